"""The annotation stage: the spaCy parse of each document with layout-aware sentences.

:class:`Annotator` loads the language pack's spaCy model once (:func:`load_pipeline`), adds the
``geowire_blocks_v1`` component before the parser, and puts ``geowire_attribute_ruler_v1`` (the
same rules, matched faster) in place of the model's attribute ruler and ``geowire_lemmatizer_v1``
(the same lemmas, each worked out once) in place of its rule lemmatizer.  The Annotator segments each
text into blocks (:mod:`geowire.nlp.blocks`) as it makes the Doc, and the component starts a
sentence at every block, so headlines, datelines and photo credits never run into the body.  The
Doc is built over the document text itself, so ``token.idx`` are document offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import spacy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer, Pipe
from spacy.strings import get_string_id
from spacy.tokens import Doc

from geowire.errors import ModelError
from geowire.lang import LanguagePack
from geowire.nlp.blocks import segment_blocks
from geowire.settings import Settings
from geowire.types import Block, DocContext, Sentence

BLOCKS_COMPONENT = "geowire_blocks_v1"  # spaCy forbids "." in factory names
RULER_COMPONENT = "geowire_attribute_ruler_v1"
LEMMATIZER_COMPONENT = "geowire_lemmatizer_v1"
_TEXT_KEY = ("geowire", "text", None, None)  # spaCy's user_data key shape
SKIPPED_BLOCKS = frozenset({"caption", "credit"})  # no actors or events come from these

if not Doc.has_extension("geowire_blocks"):
    Doc.set_extension("geowire_blocks", default=None)


@dataclass(frozen=True)
class Annotated:
    """One annotated document: the spaCy Doc over the document text, its blocks and sentences."""

    doc: Doc
    blocks: list[Block]
    sentences: list[Sentence]


@Language.factory(
    BLOCKS_COMPONENT,
    assigns=["token.is_sent_start"],
    requires=["doc._.geowire_blocks"],
    default_config={},
)
def make_blocks_component(nlp: Language, name: str) -> BlocksComponent:
    return BlocksComponent()


class BlocksComponent:
    """Start a sentence at each layout block of ``doc._.geowire_blocks`` (set by
    :class:`Annotator` when it makes the Doc; a Doc without blocks is left as it is)."""

    def __call__(self, doc: Doc) -> Doc:
        blocks = doc._.geowire_blocks
        if blocks is not None:
            mark_block_starts(doc, blocks)
            mark_unbroken(doc)
        return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    data: dict[Any, Any] = doc.user_data
    text = data.get(_TEXT_KEY)
    if text is None:
        text = data[_TEXT_KEY] = doc.text
    return str(text)


def mark_block_starts(doc: Doc, blocks: list[Block]) -> None:
    """Set ``is_sent_start`` on the first token of every block (one pass over the block list)."""
    for block in blocks:
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is not None and len(span) and span.start > 0:
            doc[span.start].is_sent_start = True


def mark_unbroken(doc: Doc) -> None:
    """(cx56) No sentence starts right after a word that ends in a letter or a figure on the same
    line ("delivered 66 F-16V Block 70 fighters": the parser split before "Block"): a sentence ends
    with a mark, or with its block. A token already set to start one (a block's first) is left."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_sent_start is None and prev.text[-1:].isalnum() and "\n" not in prev.whitespace_ + tok.text:
            tok.is_sent_start = False


def load_model(name: str, *, fallback: str | None = None, install: str | None = None) -> Language:
    """Load spaCy model ``name`` (or ``fallback`` when that is installed instead); ``install`` is
    the hint given when neither is (a language pack's ``spacy_fallback`` and ``spacy_install``)."""
    for candidate in dict.fromkeys(c for c in (name, fallback) if c):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    hint = f"install it with `{install}`" if install else "install it"
    raise ModelError(
        f"spaCy model {name!r} is not installed; {hint} (or set spacy_model to an installed model)"
    )


def load_pipeline(lang: LanguagePack, *, model: str | None = None) -> Language:
    """The spaCy pipeline for ``lang``: ``model`` (``Settings.spacy_model``, an override) or else the
    pack's own model (:func:`load_model`).

    A pack without a model (a starter pack, ``spacy_model: null``) gets ``spacy.blank(code)`` with a
    sentencizer, silently: tokens and sentences only, so no tags, parse or entities (no warning)."""
    name = model or lang.spacy_model
    if name is not None:
        return load_model(name, fallback=lang.spacy_fallback, install=lang.spacy_install)
    try:
        nlp = spacy.blank(lang.code)
    except (ImportError, KeyError, ValueError) as e:  # spaCy knows no such language
        raise ModelError(
            f"language pack {lang.code!r} names no spaCy model, and spaCy has no such language"
        ) from e
    nlp.add_pipe("sentencizer")
    return nlp


class Annotator:
    """Parses documents with spaCy in batches. One per process (the model is loaded once)."""

    def __init__(self, settings: Settings, lang: LanguagePack, *, nlp: Language | None = None) -> None:
        self.settings = settings
        self.lang = lang
        self.nlp = nlp if nlp is not None else load_pipeline(lang, model=settings.spacy_model)
        if BLOCKS_COMPONENT not in self.nlp.pipe_names:
            self.nlp.add_pipe(BLOCKS_COMPONENT, **_blocks_place(self.nlp.pipe_names))
        use_vector_ruler(self.nlp)
        use_cached_lemmatizer(self.nlp)

    def pipe(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[tuple[DocContext, Annotated]]:
        """Annotate (context, text) pairs in input order, ``settings.batch_size`` at a time."""
        docs = self.nlp.pipe(
            ((self._make_doc(text), ctx) for ctx, text in items),
            as_tuples=True,
            batch_size=self.settings.batch_size,
        )
        for doc, ctx in docs:
            yield ctx, annotated_from_doc(doc, self.lang)

    def _make_doc(self, text: str) -> Doc:
        """The tokenised Doc with its layout blocks (``doc._.geowire_blocks``), and with ``text``
        kept for :func:`doc_text`: spaCy's tokenisation is non-destructive (``doc.text == text``),
        and rebuilding ``doc.text`` from ~1,000 tokens cost more than all the block segmentation."""
        doc = self.nlp.make_doc(text)
        data: dict[Any, Any] = doc.user_data
        data[_TEXT_KEY] = text
        doc._.geowire_blocks = segment_blocks(text, self.lang)
        return doc

    def annotate(self, text: str) -> Annotated:
        """Annotate one text."""
        return annotated_from_doc(self.nlp(self._make_doc(text)), self.lang)


def _blocks_place(names: list[str]) -> dict[str, Any]:
    """Where the blocks component goes: before the parser (which respects preset sentence starts),
    else after a rule sentencizer (which would overwrite them), else first."""
    if "parser" in names:
        return {"before": "parser"}
    for splitter in ("senter", "sentencizer"):
        if splitter in names:
            return {"after": splitter}
    return {"first": True}


def annotated_from_doc(doc: Doc, lang: LanguagePack) -> Annotated:
    """Blocks and block-tagged sentences of a parsed (or hand-built, sentence-split) Doc; the blocks
    are segmented with ``lang`` when the Doc has none yet."""
    blocks = doc._.geowire_blocks
    if blocks is None:
        blocks = segment_blocks(doc_text(doc), lang)
    return Annotated(doc=doc, blocks=list(blocks), sentences=sentences_of(doc, blocks))


def sentences_of(doc: Doc, blocks: list[Block]) -> list[Sentence]:
    """The non-blank sentences of ``doc``, trimmed, each tagged with the block it starts in."""
    starts = [b.start for b in blocks]
    text = doc_text(doc)
    out: list[Sentence] = []
    for sent in _sentence_spans(doc, blocks):
        start, end = sent
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        i = bisect_right(starts, start) - 1
        kind = blocks[i].kind if i >= 0 and start < blocks[i].end else "body"
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end], block=kind))
    return out


def _sentence_spans(doc: Doc, blocks: list[Block]) -> Iterator[tuple[int, int]]:
    """Sentence boundaries from the parse (or preset starts); without either, one per block."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for s in doc.sents:
            yield s.start_char, s.end_char
    else:
        for b in blocks:
            yield b.start, b.end


def sentence_index_of(sentences: list[Sentence], starts: list[int], offset: int) -> int:
    """Index of the sentence containing character ``offset``, or -1."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i].index
    return -1


# --- the attribute ruler, matched as numpy masks ------------------------------------------------

_VECTOR_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # string-hash / flag attributes only
_STRING_ATTRS = frozenset({"TAG", "LOWER", "DEP"})  # a REGEX test reads their strings
VectorTest = tuple[str, str, Any]  # (column, op, value); op: "==", "IN", "NOT_IN" or "REGEX"


@Language.factory(
    RULER_COMPONENT,
    assigns=[],
    requires=[],
    default_config={"validate": False},
)
def make_vector_ruler(nlp: Language, name: str, validate: bool) -> VectorAttributeRuler:
    return VectorAttributeRuler(nlp.vocab, name, validate=validate)


class VectorAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler with the same rules and the same output, matched faster.

    The model's attribute ruler holds ~180 rules, nearly all one-token tests of TAG/LOWER/DEP
    (``==``, ``IN``, ``NOT_IN``), a few of two tokens or with a regex on the lower-case form;
    spaCy's Matcher walks them token by token in Python-level state machines (~10% of the parse).
    Here all of them are evaluated as numpy masks over the Doc's attribute array (a pattern that
    reads anything else, or has operators, still goes through a Matcher).  The matches are the
    same sorted (attr_id, match_id, start, end) list, applied by the ruler's own
    ``set_annotations``, so the tokens end up exactly the same.  The tests are compiled from
    :attr:`patterns` on first use and again after :meth:`add` or :meth:`clear`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._compiled: _VectorRules | None = None
        super().__init__(*args, **kwargs)

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._compiled = None

    def clear(self) -> None:
        super().clear()
        self._compiled = None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if self._compiled is None:
                self._compiled = _VectorRules(self.vocab, self.patterns)
            self.set_annotations(doc, self._compiled.match(doc))  # type: ignore[no-untyped-call]
            return doc
        except Exception as e:  # spaCy's component error handling, as AttributeRuler.__call__
            return error_handler(self.name, self, [doc], e)


def use_vector_ruler(nlp: Language) -> None:
    """Put a :class:`VectorAttributeRuler` with the same patterns in place of ``nlp``'s attribute
    ruler (``nlp.replace_pipe``; nothing when it has none or already has ours)."""
    name = "attribute_ruler"
    if name not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(name)
    if isinstance(ruler, VectorAttributeRuler) or not isinstance(ruler, AttributeRuler):
        return
    patterns = ruler.patterns
    faster = cast(
        VectorAttributeRuler, nlp.replace_pipe(name, RULER_COMPONENT, config={"validate": ruler.validate})
    )
    faster.add_patterns(patterns)


class _VectorRules:
    """An attribute ruler's patterns as vector tests plus a Matcher for the rest.

    Every pattern of fixed tokens whose tests all read the vector columns (``==``, ``IN``,
    ``NOT_IN``; ``REGEX`` on a string column) is compiled into one truth table per column: for
    each value the tests name, and one more row for any other value, which token tests it passes.
    A Doc's tokens look their rows up (``searchsorted``), the columns' rows are and-ed into one
    (tokens × token tests) matrix, a regex test is and-ed in from its column's distinct strings,
    and a pattern of k tokens matches where its k tests hold on k tokens in a row."""

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]) -> None:
        self.vocab = vocab
        self.fallback = Matcher(vocab)
        single: list[tuple[int, list[VectorTest]]] = []  # (attr_id, tests) of the one-token patterns
        multi: list[tuple[int, list[list[VectorTest]]]] = []  # (attr_id, tests of each token) of longer ones
        for attr_id, rule in enumerate(patterns):
            for pattern in rule["patterns"]:
                token_tests = [x for token in pattern if (x := _vector_tests(token)) is not None]
                if not pattern or len(token_tests) != len(pattern):
                    self.fallback.add(str(attr_id), [pattern])
                elif len(token_tests) == 1:
                    single.append((attr_id, token_tests[0]))
                else:
                    multi.append((attr_id, token_tests))
        # the one-token patterns' tests first, in one block of columns; then each longer pattern's
        tests = [t for _, t in single] + [t for _, token_tests in multi for t in token_tests]
        self.n_tests = len(tests)
        self.n_single = len(single)
        self.single_attrs = np.array([a for a, _ in single], dtype=np.int64)
        self.multi: list[tuple[int, list[int]]] = []  # (attr_id, its tests' columns)
        for attr_id, token_tests in multi:
            first = self.n_single + sum(len(cols) for _, cols in self.multi)
            self.multi.append((attr_id, list(range(first, first + len(token_tests)))))
        self.widest = max((len(cols) for _, cols in self.multi), default=1)
        self.match_ids = np.array([get_string_id(str(a)) for a in range(len(patterns))], dtype=np.uint64)
        self.tables = [
            (c, *table) for c, name in enumerate(_VECTOR_ATTRS) if (table := _truth_table(tests, name))
        ]
        # column -> the tests with a regex on it and their regexes
        self.regexes: dict[int, tuple[list[int], list[re.Pattern[str]]]] = {}
        for t, one_token in enumerate(tests):
            for column, op, value in one_token:
                if op == "REGEX" and isinstance(value, str):
                    cols, regexes = self.regexes.setdefault(_VECTOR_ATTRS.index(column), ([], []))
                    cols.append(t)
                    regexes.append(re.compile(value))
        self._searched: dict[tuple[int, int], tuple[bool, ...]] = {}  # (column, string hash) -> found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` gives: sorted (attr_id, match_id, start, end)."""
        matches = self._vector_matches(doc) if len(doc) and self.n_tests else []
        if len(self.fallback):  # (an empty Matcher warns)
            found = [
                (int(self.vocab.strings[m_id]), m_id, start, end)
                for m_id, start, end in self.fallback(doc, allow_missing=True, as_spans=False)
            ]
            if found:
                matches = sorted(set(matches + found))
        return matches

    def _vector_matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The compiled patterns' matches, sorted, each once: (attr_id, start, width) packed into one
        integer key (the match id is the attr_id's string id, as the Matcher's key)."""
        n = len(doc)
        arr: Any = doc.to_array(list(_VECTOR_ATTRS)).astype(np.uint64)
        passed = self._passed(arr.reshape(n, len(_VECTOR_ATTRS)))
        span = self.widest + 1
        rows, k = np.nonzero(passed[:, : self.n_single])
        keys = [(self.single_attrs[k] * (n + 1) + rows) * span + 1]
        for attr_id, cols in self.multi:
            width = len(cols)
            if width > n:
                continue
            found = passed[: n - width + 1, cols[0]].copy()
            for j in range(1, width):
                found &= passed[j : n - width + 1 + j, cols[j]]
            keys.append((attr_id * (n + 1) + np.flatnonzero(found)) * span + width)
        packed = np.unique(np.concatenate(keys))
        widths, rest = packed % span, packed // span
        starts, attrs = rest % (n + 1), rest // (n + 1)
        return list(
            zip(
                attrs.tolist(),
                self.match_ids[attrs].tolist(),
                starts.tolist(),
                (starts + widths).tolist(),
                strict=True,
            )
        )

    def _passed(self, arr: Any) -> Any:
        """(tokens × token tests): whether each token passes each test."""
        passed = np.ones((arr.shape[0], self.n_tests), dtype=bool)
        for c, keys, table in self.tables:
            col = arr[:, c]
            rows = np.searchsorted(keys, col)
            rows[rows == len(keys)] = 0
            passed &= table[np.where(keys[rows] == col, rows, len(keys))]
        for c, (cols, regexes) in self.regexes.items():
            values, inverse = np.unique(arr[:, c], return_inverse=True)
            found = np.array([self._search(c, regexes, h) for h in values.tolist()], dtype=bool)
            passed[:, cols] &= found.reshape(len(values), len(cols))[inverse.reshape(-1)]
        return passed

    def _search(self, column: int, regexes: list[re.Pattern[str]], key: int) -> tuple[bool, ...]:
        """Whether each of a column's ``regexes`` finds the string of hash ``key`` (the Matcher's
        REGEX), kept per column and string."""
        found = self._searched.get((column, key))
        if found is None:
            text = self.vocab.strings[key]
            found = self._searched[(column, key)] = tuple(bool(r.search(text)) for r in regexes)
        return found


def _truth_table(tests: list[list[VectorTest]], column: str) -> tuple[Any, Any] | None:
    """The values named by the ``==``/``IN``/``NOT_IN`` tests on ``column`` (sorted), and for each
    of them, then for any other value, which tests it passes (tests not on the column: all); None
    when no test reads the column."""
    values = sorted(
        {int(v) for token_tests in tests for c, op, value in token_tests if c == column and op != "REGEX"
         for v in (value.tolist() if op in ("IN", "NOT_IN") else [value])}
    )  # fmt: skip
    if not values:
        return None
    row = {v: k for k, v in enumerate(values)}
    table = np.ones((len(values) + 1, len(tests)), dtype=bool)
    for t, token_tests in enumerate(tests):
        for c, op, value in token_tests:
            if c != column or op == "REGEX":
                continue
            named = [row[int(v)] for v in (value.tolist() if op in ("IN", "NOT_IN") else [value])]
            table[:, t] = op == "NOT_IN"
            table[named, t] = op != "NOT_IN"
    return np.array(values, dtype=np.uint64), table


def _vector_tests(token: dict[str, Any]) -> list[VectorTest] | None:
    """A pattern token as (column, op, value) tests, or None when only the Matcher can run it."""
    tests: list[VectorTest] = []
    for attr, value in token.items():
        if attr not in _VECTOR_ATTRS:
            return None
        if isinstance(value, dict):
            if len(value) != 1:
                return None
            op, values = next(iter(value.items()))
            if op == "REGEX" and attr in _STRING_ATTRS and isinstance(values, str):
                tests.append((attr, op, values))
            elif op in ("IN", "NOT_IN") and isinstance(values, list):
                tests.append((attr, op, np.array([_attr_value(attr, v) for v in values], dtype=np.uint64)))
            else:
                return None
        else:
            tests.append((attr, "==", np.uint64(_attr_value(attr, value))))
    return tests


def _attr_value(attr: str, value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    return int(get_string_id(value))  # what the Matcher compares (the pattern string's hash, as given)


# --- the rule lemmatizer, each lemma worked out once ----------------------------------------------


@Language.factory(LEMMATIZER_COMPONENT, assigns=["token.lemma"], requires=[], default_config={})
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(name)


class CachedLemmatizer(Pipe):
    """The model's rule lemmatizer (:meth:`use` hands it over) with the same lemmas, faster.

    spaCy's rule lemmatizer makes a ``Token`` and its ``MorphAnalysis`` for every token, and for a
    form it has not seen scans its lemma index, a list of tens of thousands of words, for each
    candidate lemma.  Here the tokens are read and written as arrays (``to_array`` and
    ``from_array``), the lemma of each (form, part of speech, morphology) — all the rule lemmatizer
    reads, and what its own cache is keyed on — is kept once worked out, and the lemmatizer itself
    works out the others with its lemma index as sets (only ever asked for membership).  A token
    whose lemma is already set (by the attribute ruler) keeps it, unless the lemmatizer overwrites.
    """

    def __init__(self, name: str = "lemmatizer") -> None:
        self.name = name
        self.inner: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> lemma hash

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Lemmatize with ``lemmatizer`` (a rule lemmatizer, taken out of the pipeline)."""
        tables = Lookups()
        for table_name in lemmatizer.lookups.tables:
            table = lemmatizer.lookups.get_table(table_name)
            copy = tables.add_table(table_name)
            for key, value in table.items():
                copy[key] = frozenset(value) if table_name == "lemma_index" else value
        lemmatizer.lookups = tables
        self.inner = lemmatizer
        self._lemmas.clear()

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None:
            raise ModelError(f"{LEMMATIZER_COMPONENT} has no lemmatizer: use_cached_lemmatizer() sets one")
        error_handler = self.get_error_handler()
        try:
            if not len(doc):
                return doc
            rows = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
            lemmas = [row[0] for row in rows]
            strings = doc.vocab.strings
            for i, (lemma, orth, pos, morph) in enumerate(rows):
                if lemma and not inner.overwrite:
                    continue
                key = (orth, pos, morph)
                found = self._lemmas.get(key)
                if found is None:
                    found = strings.add(inner.lemmatize(doc[i])[0])
                    if pos:  # (spaCy warns of a token without a part of speech each time it meets one)
                        self._lemmas[key] = found
                lemmas[i] = found
            column: Any = np.array(lemmas, dtype=np.uint64).reshape(len(lemmas), 1)
            doc.from_array([LEMMA], column)
            return doc
        except Exception as e:  # spaCy's component error handling, as Lemmatizer.__call__
            return error_handler(self.name, self, [doc], e)


def use_cached_lemmatizer(nlp: Language) -> None:
    """Put a :class:`CachedLemmatizer` over ``nlp``'s rule lemmatizer in its place
    (``nlp.replace_pipe``; nothing when it has none, another kind or already ours)."""
    name = "lemmatizer"
    if name not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(name)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    cached = cast(CachedLemmatizer, nlp.replace_pipe(name, LEMMATIZER_COMPONENT))
    cached.use(lemmatizer)

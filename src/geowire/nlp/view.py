"""A plain-Python view of a parsed spaCy ``Doc``: the one fast view of the parse that the actor
resolver and the event coder walk (built once per document by each stage).

The stages walk the same tokens many times (names, titles, frames, categorization, modality,
context).  Every ``doc[i]``, ``token.children`` or ``token.dep_`` on a spaCy ``Doc`` creates a new
``Token`` and looks its strings up again.  :class:`DocView` reads the attributes the stages need
once (``Doc.to_array``) into :class:`TokenView` objects with plain attributes — the subset of
spaCy's ``Token``/``Span`` interface they use, with the same meaning: ``children`` in document
order, ``subtree`` in spaCy's order (left subtrees, the token, right subtrees), ``sent`` from the
parse's sentence starts, ``root`` of a span as spaCy chooses it; the lexical flags (``is_alpha``,
``is_title``, ``is_space``, ``is_stop``, ``like_num``) are read in one more array the first time one
is asked for.  One object per token, so tokens compare by identity.  Anything rare
(``conjuncts``, span roots) is asked of spaCy.  :func:`viewed` builds a view for a ``with`` block
and frees it at the end.
"""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, overload

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    IS_TITLE,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Span, Token

from geowire.nlp.annotate import doc_text

_ATTRS = [ORTH, LOWER, LEMMA, DEP, POS, TAG, ENT_TYPE, IS_PUNCT, SPACY, HEAD, IDX, SENT_START, LENGTH]
_FLAGS = [IS_ALPHA, IS_TITLE, IS_SPACE, IS_STOP, LIKE_NUM]  # read when first asked for


class TokenView:
    """One token: ``i``, ``text``, ``lower_``, ``lemma_``, ``dep_``, ``pos_``, ``tag_``,
    ``ent_type_``, ``is_punct``, ``is_alpha``, ``is_title``, ``is_space``, ``is_stop``,
    ``like_num``, ``idx``, ``head``, ``children``, ``subtree`` and ``sent`` as on a spaCy
    ``Token``."""

    __slots__ = ("doc", "i", "text", "lower_", "lemma_", "dep_", "pos_", "idx", "head", "children")

    doc: DocView
    i: int
    text: str
    lower_: str
    lemma_: str
    dep_: str
    pos_: str
    idx: int
    head: TokenView
    children: tuple[TokenView, ...]

    # rarely read: looked up in the document's columns when asked for
    @property
    def tag_(self) -> str:
        return self.doc.string(self.doc._tags[self.i])

    @property
    def ent_type_(self) -> str:
        return self.doc.string(self.doc._ents[self.i])

    @property
    def is_punct(self) -> bool:
        return self.doc._punct[self.i] != 0

    @property
    def is_alpha(self) -> bool:
        return self.doc.flags[self.i][0] != 0

    @property
    def is_title(self) -> bool:
        return self.doc.flags[self.i][1] != 0

    @property
    def is_space(self) -> bool:
        return self.doc.flags[self.i][2] != 0

    @property
    def is_stop(self) -> bool:
        return self.doc.flags[self.i][3] != 0

    @property
    def like_num(self) -> bool:
        return self.doc.flags[self.i][4] != 0

    @property
    def sent(self) -> SpanView:
        return self.doc.sentence(bisect_right(self.doc._sent_bounds, self.i) - 1)

    @property
    def subtree(self) -> list[TokenView]:
        """The token's subtree in spaCy's order: left children's subtrees, the token, right ones
        (worked out once per token and document: a fresh list each time)."""
        kept = self.doc._subtrees.get(self.i)
        if kept is None:
            out: list[TokenView] = []
            _subtree_into(self, out)
            kept = self.doc._subtrees[self.i] = tuple(out)
        return list(kept)

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        return tuple(self.doc.tokens[t.i] for t in self.doc.spacy[self.i].conjuncts)

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def _subtree_into(tok: TokenView, out: list[TokenView]) -> None:
    """Append ``tok``'s subtree in spaCy's order, with a stack of its own rather than recursion:
    a hostile sentence can parse into a chain thousands of tokens deep (Python's recursion limit
    is 1,000). On the stack a token is to be expanded, an index to be emitted itself."""
    tokens = tok.doc.tokens
    stack: list[TokenView | int] = [tok]
    while stack:
        t = stack.pop()
        if isinstance(t, int):
            out.append(tokens[t])
            continue
        kids = t.children
        if not kids:  # a leaf (most tokens): emitted at once
            out.append(t)
            continue
        i = t.i
        stack.extend([c for c in reversed(kids) if c.i > i])  # popped last, in order
        stack.append(i)
        stack.extend([c for c in reversed(kids) if c.i < i])  # popped first, in order


class SpanView:
    """Tokens ``[start, end)`` of a :class:`DocView`, like a spaCy ``Span``."""

    __slots__ = ("doc", "start", "end", "_root", "_text")

    def __init__(self, doc: DocView, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self._root: TokenView | None = None
        self._text: str | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, i: int) -> TokenView:
        n = self.end - self.start
        if not -n <= i < n:
            raise IndexError(i)
        return self.doc.tokens[self.start + i % n]

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return 0
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text[self.start_char : self.end_char] if self.end > self.start else ""
        return self._text

    @property
    def root(self) -> TokenView:
        if self._root is None:  # kept by the document too: the same span is often asked for anew
            roots = self.doc._roots
            key = (self.start, self.end)
            root = roots.get(key)
            if root is None:
                root = roots[key] = self.doc.tokens[self.doc.spacy[self.start : self.end].root.i]
            self._root = root
        return self._root


_T = TypeVar("_T")


class DocView:
    """The tokens of one parsed ``Doc`` as :class:`TokenView` objects; build once per document."""

    def __init__(self, doc: Doc) -> None:
        self.spacy = doc
        self._text: str | None = None
        self._char_spans: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._sents: dict[int, SpanView] = {}
        self._roots: dict[tuple[int, int], TokenView] = {}  # each span's root (SpanView.root)
        self._subtrees: dict[int, tuple[TokenView, ...]] = {}  # each token's (TokenView.subtree)
        self._flags: list[list[int]] | None = None
        self.memo: dict[object, Any] = {}  # per-document results kept by the stages
        n = len(doc)
        arr = doc.to_array(_ATTRS) if n else numpy.zeros((0, len(_ATTRS)), dtype=numpy.uint64)
        cols = arr[:, :8].T.tolist()
        orth, low, lem, dep, pos = _strings(cols[:5], doc)
        self._tags: list[int] = cols[5]
        self._ents: list[int] = cols[6]
        self._punct: list[int] = cols[7]
        signed = arr[:, 9:].view(numpy.int64)  # HEAD (a relative offset), IDX, SENT_START, LENGTH
        idx = signed[:, 1].tolist()
        self.starts: list[int] = idx  # each token's first character
        self.ends: list[int] = (signed[:, 1] + signed[:, 3]).tolist()  # one past its last character
        # where each token's text and trailing space end: they tile the text (for char_span)
        self._tiles = (signed[:, 1] + signed[:, 3] + arr[:, 8].view(numpy.int64)).tolist()
        is_start = signed[:, 2] == 1
        if n:
            is_start[0] = True
        heads = (signed[:, 0] + numpy.arange(n)).tolist()
        tokens: list[TokenView] = []
        new = TokenView.__new__
        for i, o, lo, le, d, p, ix in zip(range(n), orth, low, lem, dep, pos, idx, strict=True):
            t = new(TokenView)
            t.doc = self
            t.i = i
            t.text = o
            t.lower_ = lo
            t.lemma_ = le
            t.dep_ = d
            t.pos_ = p
            t.idx = ix
            t.children = ()
            tokens.append(t)
        kids: dict[int, list[TokenView]] = {}
        for t, h in zip(tokens, heads, strict=True):
            t.head = tokens[h]
            if h != t.i:
                kids.setdefault(h, []).append(t)
        for h, k in kids.items():
            tokens[h].children = tuple(k)
        self.tokens = tokens
        self._sent_bounds = [*numpy.flatnonzero(is_start).tolist(), n]

    @property
    def flags(self) -> list[list[int]]:
        """Per token: ``is_alpha``, ``is_title``, ``is_space``, ``is_stop``, ``like_num`` (0 or 1)."""
        if self._flags is None:
            self._flags = self.spacy.to_array(_FLAGS).tolist() if len(self.tokens) else []
        return self._flags

    def string(self, key: int) -> str:
        """The string of a hash in the document's string store."""
        _STRINGS.store = self.spacy.vocab.strings
        return _STRINGS[key]

    @property
    def text(self) -> str:
        """The document text (``Doc.text``, kept by the annotator: :func:`~geowire.nlp.annotate.doc_text`)."""
        if self._text is None:
            self._text = doc_text(self.spacy)
        return self._text

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def release(self) -> None:
        """Break the references between the tokens so that the view is freed at once (no wait for
        the cyclic garbage collector); the view is unusable afterwards."""
        for t in self.tokens:
            t.doc = t.head = t.children = None  # type: ignore[assignment]
        self.tokens = []
        self._flags = None
        self._sents.clear()
        self._roots.clear()
        self._subtrees.clear()
        self.memo.clear()

    def memoised(self, table: str, key: Hashable, make: Callable[[], _T]) -> _T:
        """``make()``, worked out once per ``key`` of ``table`` in this document (kept in
        :attr:`memo`): what the stages ask for again and again, once per reading or candidate."""
        memo = self.memo.setdefault(table, {})
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            memo[key] = made = make()
            return made

    @overload
    def __getitem__(self, key: int) -> TokenView: ...

    @overload
    def __getitem__(self, key: slice) -> SpanView: ...

    def __getitem__(self, key: int | slice) -> TokenView | SpanView:
        if key.__class__ is int:
            return self.tokens[key]
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self.tokens))
            return SpanView(self, start, max(start, stop))
        return self.tokens[key]

    def sentence(self, k: int) -> SpanView:
        """The ``k``-th sentence of the parse (spaCy's ``doc.sents``)."""
        span = self._sents.get(k)
        if span is None:
            span = self._sents[k] = SpanView(self, self._sent_bounds[k], self._sent_bounds[k + 1])
        return span

    def char_span(self, start: int, end: int, alignment_mode: str = "strict") -> SpanView | None:
        """spaCy's ``Doc.char_span`` (the ``expand`` mode computed here the same way)."""
        if alignment_mode != "expand":
            span = self.spacy.char_span(start, end, alignment_mode=alignment_mode)
            return None if span is None else SpanView(self, span.start, span.end)
        key = (start, end)
        if key in self._char_spans:
            found = self._char_spans[key]
        else:
            found = self._char_spans[key] = self._expand(start, end)
        return None if found is None else SpanView(self, *found)

    def _expand(self, start: int, end: int) -> tuple[int, int] | None:
        first = self._token_by_char(start)
        if first < 0:
            return None
        last = self._token_by_char(end - 1)
        if last < 0:
            return None
        tok = self.tokens[first]
        if start == tok.idx + len(tok.text):  # trailing whitespace is not part of the token
            first += 1
        return first, last + 1

    def _token_by_char(self, char: int) -> int:
        """The token whose text or trailing space holds character ``char``, or -1 (as spaCy finds it:
        the tokens with their trailing spaces tile the text)."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self._tiles[i] else -1


class _StringCache(dict[int, str]):
    """String hash → string, filled from the string store of the document being read."""

    store: Any = None

    def __missing__(self, key: int) -> str:
        found: str = self.store[key]
        self[key] = found
        return found


_STRINGS = _StringCache()  # hashes are a function of the string: one cache serves every vocabulary


def _strings(cols: list[list[int]], doc: Doc) -> list[list[str]]:
    """The strings of hash columns (new hashes looked up in the document's string store)."""
    _STRINGS.store = doc.vocab.strings
    return [list(map(_STRINGS.__getitem__, c)) for c in cols]


_OPEN_VIEW = ("geowire", "view", None, None)  # the view open on a Doc (spaCy's user_data key shape)


@contextmanager
def viewed(doc: Doc) -> Iterator[DocView]:
    """The view of ``doc`` for the ``with`` block, freed at its end (:meth:`DocView.release`); the
    cyclic garbage collector is paused meanwhile (left running, it would move the view's objects
    into the old generation and bring on full collections of the heap).  Inside an enclosing
    ``with viewed(doc)`` it is that block's view (built once, freed by that block), so stages run
    inside one block share one view of the document."""
    data: dict[Any, Any] = doc.user_data  # (spaCy's stubs say str keys; its own are tuples)
    outer: DocView | None = data.get(_OPEN_VIEW)
    if outer is not None:
        yield outer
        return
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        view = DocView(doc)
        data[_OPEN_VIEW] = view
        try:
            yield view
        finally:
            del data[_OPEN_VIEW]
            view.release()
    finally:
        if paused:
            gc.enable()


AnyToken = Token | TokenView  # what the coding functions accept: spaCy's objects or the view's
AnyDoc = Doc | DocView
AnySpan = Span | SpanView

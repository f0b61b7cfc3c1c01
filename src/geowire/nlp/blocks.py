"""Split a document's text into layout blocks: headline, dateline, body, caption, credit.

Works on the stored (NFKC-normalised) text and returns character offsets into it.  Every line is
a block of its own, so headlines, section headings, captions and photo credits never run into the
sentences around them.  Photo credits ("… | Firstname Lastname/Agency/AFP via Getty Images",
"Photo: …", "(Reuters)") and the captions they end become ``caption``/``credit`` blocks, which
later stages skip.  The words of credits and the shape of a dateline line come from the language
pack (``surface.yaml``, section ``text``), compiled once per pack.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from geowire.lang import LanguagePack, LanguagePackError
from geowire.types import Block, BlockKind

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_URL = re.compile(r"https?://|www\.")
_FINAL_PUNCT = ".!?;:,\"'”’)…"
HEADLINE_MAX_WORDS = 20
HEADING_MAX_WORDS = 12
NEVER = "(?!)"  # what an empty word list compiles to: a pattern that matches nothing


@dataclass(frozen=True)
class CreditPatterns:
    """The layout patterns of one language pack (``surface.yaml`` ``text``), compiled once."""

    line: re.Pattern[str]  # a whole line that is a credit ("Photo: …", "(Reuters)", "By Jane Roe")
    tail: re.Pattern[str]  # the credit after a caption's " | " ("… /AFP via Getty Images")
    paren: re.Pattern[str]  # a bracketed credit ending a caption ("(AP Photo/John Roe)")
    dateline: re.Pattern[str]  # a line that is nothing but a dateline


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as one regex group of escaped alternatives (in their order); :data:`NEVER` if none."""
    return f"(?:{'|'.join(map(re.escape, words))})" if words else NEVER


def credit_patterns(lang: LanguagePack) -> CreditPatterns:
    """The compiled layout patterns of ``lang`` (built once per pack)."""
    return lang.compiled("nlp.blocks", _build_patterns)


def _build_patterns(lang: LanguagePack) -> CreditPatterns:
    words = lang.surface.text
    agency, labels = alternation(words.credit_agencies), alternation(words.credit_labels)
    by, via = alternation(words.credit_by), alternation(words.credit_via)
    try:
        dateline = re.compile(words.dateline_line)
    except re.error as e:
        raise LanguagePackError(f"data/lang/{lang.code}/surface.yaml: text.dateline_line: {e}") from e
    return CreditPatterns(
        line=re.compile(
            rf"^(?:{labels}s?\s*(?::|{by}\b)|\(?{agency}\)?\s*$|{alternation(words.bylines)}\s+[A-Z])"
        ),
        tail=re.compile(rf"(?:\b{via} {agency}|/{agency}|\b{agency}(?:/[^\s/]+)*)\s*$"),
        paren=re.compile(rf"\s\([^()]*\b{agency}\b[^()]*\)\s*$"),
        dateline=dateline,
    )


def segment_blocks(text: str, lang: LanguagePack) -> list[Block]:
    """The layout blocks of ``text`` in order (whitespace-only lines belong to no block)."""
    patterns = credit_patterns(lang)
    blocks: list[Block] = []
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            blocks.extend(_classify_line(text, start, end, patterns, first=not blocks))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _classify_line(text: str, start: int, end: int, patterns: CreditPatterns, *, first: bool) -> list[Block]:
    line = text[start:end]
    n_words = len(line.split())
    if patterns.line.match(line) or (_URL.search(line) and n_words <= 15):
        return [Block("credit", start, end)]
    split = _caption_split(line, patterns)
    if split is not None:
        cap_end = _trim(text, start, start + split)[1]
        blocks = [Block("caption", start, cap_end)] if cap_end > start else []
        return [*blocks, Block("credit", start + split + _leading_space(line[split:]), end)]
    if n_words <= 12 and patterns.dateline.match(line):
        return [Block("dateline", start, end)]
    kind: BlockKind = "body"
    if line[-1] not in _FINAL_PUNCT and n_words <= (HEADLINE_MAX_WORDS if first else HEADING_MAX_WORDS):
        kind = "headline"
    return [Block(kind, start, end)]


def _leading_space(s: str) -> int:
    return len(s) - len(s.lstrip())


def _caption_split(line: str, patterns: CreditPatterns) -> int | None:
    """Offset in ``line`` where a photo credit that ends a caption begins, if any."""
    bar = line.rfind(" | ")
    if bar >= 0:
        tail = line[bar + 3 :]
        if "/" in tail or patterns.tail.search(tail) or len(tail.split()) <= 6:
            return bar + 1
    m = patterns.paren.search(line)
    if m:
        return m.start()
    return None


def block_at(blocks: list[Block], starts: list[int], offset: int) -> Block | None:
    """The block containing character ``offset`` (``starts`` = the blocks' start offsets)."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and blocks[i].start <= offset < max(blocks[i].end, blocks[i].start + 1):
        return blocks[i]
    return None

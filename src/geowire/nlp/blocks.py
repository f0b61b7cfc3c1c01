"""Split a document's text into layout blocks: headline, dateline, body, caption, credit.

Works on the stored (NFKC-normalised) text and returns character offsets into it.  Every line is
a block of its own, so headlines, section headings, captions and photo credits never run into the
sentences around them.  Photo credits ("… | Firstname Lastname/Agency/AFP via Getty Images",
"Photo: …", "(Reuters)") and the captions they end become ``caption``/``credit`` blocks, which
later stages skip.
"""

from __future__ import annotations

import re

from geowire.types import Block, BlockKind

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_AGENCY = (
    r"(?:Getty Images|AFP|Reuters|AP|AP Photo|EPA|EPA-EFE|Xinhua|TASS|Sputnik|Anadolu|Bloomberg|"
    r"Shutterstock|Alamy|NurPhoto|SOPA Images|Pool|Handout|Wikimedia Commons)"
)
_CREDIT_LINE = re.compile(
    rf"^(?:(?:Photo|Photograph|Image|Picture|Credit|Video|Photos|Images)s?\s*(?::|by\b)"
    rf"|\(?{_AGENCY}\)?\s*$"
    rf"|(?:By|Reporting by|Editing by|Writing by|Additional reporting by)\s+[A-Z])",
)
_CREDIT_TAIL = re.compile(rf"(?:\bvia {_AGENCY}|/{_AGENCY}|\b{_AGENCY}(?:/[^\s/]+)*)\s*$")
_PAREN_CREDIT = re.compile(rf"\s\((?:Photo:?\s*)?[^()]*\b{_AGENCY}\b[^()]*\)\s*$")
_URL = re.compile(r"https?://|www\.")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATELINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:\s*(?:[-–—,|at]+)?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*$"
)
_FINAL_PUNCT = ".!?;:,\"'”’)…"
HEADLINE_MAX_WORDS = 20
HEADING_MAX_WORDS = 12


def segment_blocks(text: str) -> list[Block]:
    """The layout blocks of ``text`` in order (whitespace-only lines belong to no block)."""
    blocks: list[Block] = []
    for m in _LINE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            blocks.extend(_classify_line(text, start, end, first=not blocks))
    return blocks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _classify_line(text: str, start: int, end: int, *, first: bool) -> list[Block]:
    line = text[start:end]
    n_words = len(line.split())
    if _CREDIT_LINE.match(line) or (_URL.search(line) and n_words <= 15):
        return [Block("credit", start, end)]
    split = _caption_split(line)
    if split is not None:
        cap_end = _trim(text, start, start + split)[1]
        blocks = [Block("caption", start, cap_end)] if cap_end > start else []
        return [*blocks, Block("credit", start + split + _leading_space(line[split:]), end)]
    if n_words <= 12 and _DATELINE.match(line):
        return [Block("dateline", start, end)]
    kind: BlockKind = "body"
    if line[-1] not in _FINAL_PUNCT and n_words <= (HEADLINE_MAX_WORDS if first else HEADING_MAX_WORDS):
        kind = "headline"
    return [Block(kind, start, end)]


def _leading_space(s: str) -> int:
    return len(s) - len(s.lstrip())


def _caption_split(line: str) -> int | None:
    """Offset in ``line`` where a photo credit that ends a caption begins, if any."""
    bar = line.rfind(" | ")
    if bar >= 0:
        tail = line[bar + 3 :]
        if "/" in tail or _CREDIT_TAIL.search(tail) or len(tail.split()) <= 6:
            return bar + 1
    m = _PAREN_CREDIT.search(line)
    if m:
        return m.start()
    return None


def block_at(blocks: list[Block], starts: list[int], offset: int) -> Block | None:
    """The block containing character ``offset`` (``starts`` = the blocks' start offsets)."""
    from bisect import bisect_right

    i = bisect_right(starts, offset) - 1
    if i >= 0 and blocks[i].start <= offset < max(blocks[i].end, blocks[i].start + 1):
        return blocks[i]
    return None

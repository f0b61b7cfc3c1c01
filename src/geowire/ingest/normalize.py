"""Text normalisation: NFKC, tidy whitespace, keep paragraph breaks as a blank line ("\\n\\n").

The result is what ``documents.text`` stores and what every offset downstream points into.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphen, zero-widths, BOM
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_LINE_SEPARATORS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalize_text(text: str, *, paragraphs: Literal["auto", "lines"] = "auto") -> str:
    """Return ``text`` NFKC-normalised with tidy whitespace and ``\\n\\n`` between paragraphs.

    With ``paragraphs="auto"`` a text that has blank lines keeps its single newlines as line
    breaks inside a block; a text without any blank line has one paragraph per line (as do
    ``"lines"`` texts, e.g. trafilatura output).
    """
    text = unicodedata.normalize("NFKC", text)
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    if paragraphs == "lines" or not _BLANK_LINES.search(text):
        return "\n\n".join(line for line in lines if line)
    return "\n\n".join(block.strip() for block in _BLANK_LINES.split(text) if block.strip())


def count_words(text: str) -> int:
    """Number of whitespace-separated tokens."""
    return len(text.split())

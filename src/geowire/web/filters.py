"""Jinja2 filters and the output hook of the UI's templates.

:func:`neutral_bidi` drops the Unicode bidirectional controls (embeddings and overrides
U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E/U+200F) from text taken from documents,
so a title or sentence cannot reverse or reorder what the page shows around it.  It is applied
to every value a template prints (:func:`finalize`); the JSON API keeps the stored text as it is
(its character offsets point into it).
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutral_bidi(value: str) -> str:
    """``value`` without bidirectional control characters."""
    return BIDI_CONTROLS.sub("", value)


def finalize(value: Any) -> Any:
    """What a template prints for ``value``: nothing for None, text without bidi controls."""
    if value is None:
        return ""
    if isinstance(value, Markup):  # already safe HTML (a macro's output): stays markup
        return Markup(neutral_bidi(str(value)))
    if isinstance(value, str):
        return neutral_bidi(value)
    return value

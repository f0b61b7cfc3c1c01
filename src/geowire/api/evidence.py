"""Evidence highlighting: cut a document's text into segments at the stored span offsets.

The segments are plain text plus a role (``actor``, ``recipient``, ``trigger`` or None) and whether
they fall inside the evidence sentence.  Templates render each segment's text with autoescape, so
hostile article text stays text: no markup is ever built by string concatenation.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLE_ORDER = ("trigger", "actor", "recipient")


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    role: str


@dataclass(frozen=True)
class Segment:
    text: str
    role: str | None = None
    in_sentence: bool = False


def _clean(spans: list[Highlight], length: int) -> list[Highlight]:
    """Clip spans to the text and drop those overlapping an earlier (or higher-priority) span."""
    ranked = sorted(
        (h for h in spans if 0 <= h.start < h.end <= length),
        key=lambda h: (ROLE_ORDER.index(h.role) if h.role in ROLE_ORDER else 9, h.start),
    )
    kept: list[Highlight] = []
    for h in ranked:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def segments(text: str, spans: list[Highlight], *, sentence: tuple[int, int] | None = None) -> list[Segment]:
    """Split ``text`` at every span and sentence boundary; each piece keeps its role."""
    kept = _clean(spans, len(text))
    cuts = {0, len(text)}
    for h in kept:
        cuts.update((h.start, h.end))
    if sentence is not None:
        cuts.update(max(0, min(len(text), c)) for c in sentence)
    bounds = sorted(cuts)
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        role = next((h.role for h in kept if h.start <= a and b <= h.end), None)
        inside = sentence is not None and sentence[0] <= a and b <= sentence[1]
        out.append(Segment(text=text[a:b], role=role, in_sentence=inside))
    return out

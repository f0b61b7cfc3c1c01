"""The date patterns tried only at their anchors find exactly what a full ``finditer`` finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.lang import load_language
from geowire.nlp import dates
from geowire.nlp.anchors import finditer_at

RULES = dates.date_rules(load_language("en"))

_WORDS = [
    "in", "In", "since", "prior to", "prior", "to", "until", "the", "last", "this", "next", "past", "early",
    "mid", "of", "by", "on", "May", "March", "Mar.", "Jan", "Sept.", "June", "Monday", "yesterday", "Today",
    "yeſterday", "TOMORROW", "2022", "1999", "2025-01-03", "12", "3", "31st", "15-year", "year", "years",
    "month", "ago", "AGO", "two", "an", "days", "x", "_", "é", "İn", "ſince", "2022s",
]  # fmt: skip
_SEPS = [" ", " ", "", "-", "  ", "\n", "\n\n", ", ", ". "]


def _full_scan(text: str) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    return [(p.kind, m.span(), m.groupdict()) for p in RULES.patterns for m in p.regex.finditer(text)]


def _anchored_scan(text: str) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    starts = dates._candidate_starts(text, RULES)
    return [
        (p.kind, m.span(), m.groupdict())
        for p, at in zip(RULES.patterns, starts, strict=True)
        for m in finditer_at(p.regex, text, at)
    ]


def test_dates_anchored_scan_on_a_plain_sentence():
    text = "Since 7 May 2025 and until Jan. 3, 2026, in October, four years ago, last year, on Monday, today."
    assert _anchored_scan(text) == _full_scan(text)
    assert len(_full_scan(text)) >= 8


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), min_size=1, max_size=12))
def test_dates_anchored_scan_equals_full_scan(parts):
    text = "".join(w + s for w, s in parts)
    assert _anchored_scan(text) == _full_scan(text)

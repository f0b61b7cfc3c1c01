"""The number pattern tried only where a match can start finds exactly what ``finditer`` finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from geowire.lang import load_language
from geowire.nlp import quantities

RULES = quantities.quantity_rules(load_language("en"))

_WORDS = [
    "about", "more than", "more", "than", "in excess of", "of", "as many as", "up to", "UP TO", "at least",
    "an estimated", "just over", "$", "US$", "us$", "€", "£", "5", "5,000", "1.2", "12.5bn", "3 million",
    "20%", "per cent", "2020", "F-16", "7th", "May", "10am", "x", "_", "é", "Moreover", "over", "ſome",
]  # fmt: skip
_SEPS = [" ", " ", "", "-", "  ", "\n", ", ", ". ", "$", " $", "/"]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_quantities_anchored_scan_on_a_plain_sentence():
    text = "More than $20 billion, around 5,000 troops, up to 250 km and US$ 1.2bn in 2020."
    assert _spans(quantities._number_matches(text, RULES)) == _spans(RULES.number.finditer(text))
    assert len(_spans(RULES.number.finditer(text))) >= 4


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), min_size=1, max_size=12))
def test_quantities_anchored_scan_equals_full_scan(parts):
    text = "".join(w + s for w, s in parts)
    assert _spans(quantities._number_matches(text, RULES)) == _spans(RULES.number.finditer(text))

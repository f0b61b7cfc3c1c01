"""DocAnalysis survives the JSON round-trip of the batch output unchanged."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from geowire.scale.serialize import analysis_from_json, analysis_to_json
from geowire.types import ActorMention, Block, Claim, DateExpr, DocAnalysis, Quantity, Sentence

from .conftest import make_event


def _analysis(claim_fields: dict[str, object]) -> DocAnalysis:
    return DocAnalysis(
        doc_id="d1",
        blocks=(Block("headline", 0, 9), Block("body", 10, 60)),
        sentences=(Sentence(0, 10, 60, "The Bolivian foreign minister visited Lisbon on Monday."),),
        mentions=(ActorMention(14, 39, "Bolivian", "country", "BOL", sentence=0),),
        dates=(DateExpr(50, 56, "Monday", dt.date(2025, 11, 3), "day", sentence=0),),
        quantities=(Quantity(0, 3, "two", 2.0, None, "exactly", 0),),
        events=(make_event("e1"), make_event("e2", date=None, context=())),
        claims=(Claim("agreement", "d1", 0, 10, 60, claim_fields, {"parties": (14, 39)}, "e1"),),
    )


def test_serialize_roundtrip_is_lossless():
    original = _analysis({"parties": ["BOL", "PRT"], "signed": dt.date(2025, 11, 3), "n": 2.5})
    assert analysis_from_json(analysis_to_json(original)) == original


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=5),
        st.one_of(st.none(), st.integers(), st.text(max_size=8), st.dates()),
        max_size=4,
    )
)
def test_serialize_roundtrip_claim_fields(fields):
    original = _analysis(dict(fields))
    assert analysis_from_json(analysis_to_json(original)) == original

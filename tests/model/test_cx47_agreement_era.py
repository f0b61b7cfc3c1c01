"""(cx47) A country's possessive after "since", "until" or "before" dates the sentence; it is no
party of the agreement the sentence tells ("… gives Amman what it has sought since Syria's civil
war"). A party named in the possessive of the act itself stays one."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 10, 20)


def _parties(analyzer, text: str) -> list[list[str]]:  # noqa: ANN001
    return [list(f.get("parties") or []) for f in claim_fields(analyzer, text, "agreement", _DAY)]


def test_cx47_a_possessive_after_since_is_no_party(analyzer) -> None:  # noqa: ANN001
    text = (
        "The water accord, which Jordan's parliament ratified in August, gives Amman what it has "
        "sought since Syria's civil war: a reliable share of the Yarmouk."
    )
    assert all("SYR" not in p for p in _parties(analyzer, text))
    text = "Before Iraq's election, Kuwait and Saudi Arabia signed a border accord."
    assert _parties(analyzer, text) == [["KWT", "SAU"]]
    # a possessive that acts keeps its country: "Syria's parliament ratified the accord with Jordan"
    text = "Syria's parliament ratified the water accord with Jordan in August."
    assert ["JOR", "SYR"] in _parties(analyzer, text)


def _acts(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (tuple(f.get("parties") or ()), f.get("action"), f.get("place"))
        for f in claim_fields(analyzer, text, "agreement", _DAY)
    ]


def test_cx47_a_deal_struck_or_concluded_is_signed(analyzer) -> None:  # noqa: ANN001
    text = "The accord between Oman and Tanzania, struck in Muscat last spring, covers port security."
    assert _acts(analyzer, text) == [(("OMN", "TZA"), "signed", "Muscat")]
    text = "The pact struck in Muscat between Oman and Tanzania covers port security."
    assert _acts(analyzer, text) == [(("OMN", "TZA"), "signed", "Muscat")]
    text = "The conclusion of a fisheries accord between Oman and Tanzania in April pleased both navies."
    assert [a[:2] for a in _acts(analyzer, text)] == [(("OMN", "TZA"), "signed")]
    # a strike is no signing, and a concluding remark no agreement
    text = "Talks on an accord between Oman and Tanzania went on after a storm struck Muscat."
    assert all(a[1] != "signed" for a in _acts(analyzer, text))

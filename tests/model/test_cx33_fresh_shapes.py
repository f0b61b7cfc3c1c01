"""(cx33) General readings from a fresh dev part of wire and analysis text (part_74).

Transfers: a passive after an aside set off by commas ("…, donated by Japan, were received by …") is
no inverted condition, its aside's contract no frame, its aside's date an earlier step's; an
approving verb's actor sells; a phrase fronted before "it" names no subject; "the contract it
signed with X" has the pronoun as buyer; a count of the same sentence with a party of its own that
agrees with the earlier step is that step's batch; "one of the two" is a share.

Agreements: "in Lima, where the agreement … was signed" places the signing.

Statements: a "whether" clause before ", X said" is the subject of the sentence said, no open
question."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (r.get("supplier"), r.get("recipient"), r.get("status"), r.get("quantity"), bool(r.get("negated")))
        for r in stepped_transfers(analyzer, text, _DAY)
    ]


def test_cx33_a_passive_after_an_aside_is_no_condition(analyzer) -> None:  # noqa: ANN001
    text = "Four patrol boats, donated by Japan, were received by the Philippine coast guard on Friday."
    assert _rows(analyzer, text) == [("JPN", "PHL", "delivered", 4.0, False)]
    assert _rows(analyzer, "Were Japan to send the four patrol boats, Manila would pay for fuel.") == []


def test_cx33_an_asides_contract_frames_no_main_verb(analyzer) -> None:  # noqa: ANN001
    text = (
        "The first 12 Otokar armoured vehicles, supplied by Turkey under a 2023 contract, were handed "
        "over to Kazakhstan in May."
    )
    found = [(r["status"], r.get("date")) for r in stepped_transfers(analyzer, text, _DAY)]
    assert found == [("delivered", "2025-05-01")]
    framed = "Poland took delivery of nine K2 tanks, part of a contract for 180."
    assert [r[2:4] for r in _rows(analyzer, framed)] == [("delivered", 9.0)]


def test_cx33_an_asides_date_is_an_earlier_steps(analyzer) -> None:  # noqa: ANN001
    dated = "The six jets, bought from Spain in 2020, were finally handed over to Chile in May."
    assert [r.get("date") for r in stepped_transfers(analyzer, dated, _DAY)] == ["2025-05-01"]
    undated = "The six jets, bought from Spain in 2020, were handed over to Chile."
    assert [r.get("date") for r in stepped_transfers(analyzer, undated, _DAY)] == ["2020-01-01"]


def test_cx33_the_approver_of_a_sale_sells(analyzer) -> None:  # noqa: ANN001
    text = "Under a sale that Washington cleared in 2024, Qatar is buying 24 Apache helicopters."
    assert [r[:3] for r in _rows(analyzer, text)] == [("USA", "QAT", "contracted")]


def test_cx33_a_fronted_phrase_names_no_subject_before_it(analyzer) -> None:  # noqa: ANN001
    text = (
        "Oman's army wants modern armour. Under a sale that Washington approved in 2023, it is buying "
        "40 M1A2 Abrams tanks, and the first ten arrived in May."
    )
    rows = _rows(analyzer, text)
    assert ("USA", "OMN", "contracted", 40.0, False) in rows
    assert ("USA", "OMN", "delivered", 10.0, False) in rows
    other = "Spain bought 20 Leopard 2 tanks from Germany, and Italy received 12."
    assert all(r[1] != "ESP" or r[3] != 12.0 for r in _rows(analyzer, other))


def test_cx33_the_contract_it_signed_with_a_seller(analyzer) -> None:  # noqa: ANN001
    text = "Ghana wanted new ships. The contract it signed with Brazil in March covers four patrol boats."
    assert [r[:4] for r in _rows(analyzer, text)] == [("BRA", "GHA", "contracted", 4.0)]
    # a relative clause on a later noun does not make the contract a sale by its subject
    hedged = (
        "Kazakhstan has long hedged. The Tor-M2 contract it signed with Moscow in 2022 stood beside "
        "talks with Ankara on drones, which have yet to produce an order."
    )
    assert ("RUS", "KAZ") in [r[:2] for r in _rows(analyzer, hedged)]


def test_cx33_one_of_the_two_is_a_share(analyzer) -> None:  # noqa: ANN001
    text = "Ghana has now received one of the two C-295 aircraft it ordered from Spain."
    assert sorted(r[2:4] for r in _rows(analyzer, text)) == [("delivered", 1.0), ("ordered", 2.0)]
    none = "Ghana has received none of the two C-295 aircraft it ordered from Spain."
    assert ("delivered", True) in [(r[2], r[4]) for r in _rows(analyzer, none)]
    every = "Every one of the 24 F-16 jets has been delivered to Romania by Norway."
    assert [r[2:4] for r in _rows(analyzer, every)] == [("delivered", 24.0)]


def test_cx33_where_the_agreement_was_signed(analyzer) -> None:  # noqa: ANN001
    def places(text: str) -> list[object]:
        return [f.get("place") for f in claim_fields(analyzer, text, "agreement", _DAY)]

    assert places(
        "The ministers met in Lima, where the agreement between Chile and Peru was signed on Monday."
    ) == ["Lima"]
    discussed = (
        "The ministers met in Lima, where they discussed the agreement that Chile and Peru signed in March."
    )
    assert places(discussed) == [None]


def test_cx33_a_whether_subject_before_the_speaker_is_said(analyzer) -> None:  # noqa: ANN001
    def speakers(text: str) -> list[object]:
        return [f.get("speaker") for f in claim_fields(analyzer, text, "statement", _DAY)]

    said = (
        "Whether more Pacific states will join depends on funding from Canberra, an Australian official said."
    )
    assert speakers(said) == ["AUS"]
    assert (
        speakers("Australia's defence ministry declined to say whether more troops would go to Fiji.") == []
    )

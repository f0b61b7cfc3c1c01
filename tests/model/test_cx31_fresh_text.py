"""(cx31) General readings from a fresh dev part of wire and analysis text (part_73).

Transfers: "were not delivered on time, but reached …" is a late delivery, not a denied one (the
predicate "but" joins to the denied manner tells the step).

Statements: "according to industry figures" names a source no actor owns; "has said nothing about
the deal" reports nothing; a company ("Rheinmetall said", "Embraer said", "according to Leonardo,
the maker, …") speaks for no state."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return stepped_transfers(analyzer, text, _DAY)


def _speakers(analyzer, text: str) -> list[str]:  # noqa: ANN001
    return [str(f["speaker"]) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx31_late_but_arrived_is_a_delivery(analyzer) -> None:  # noqa: ANN001
    head = "The six Piranha vehicles bought by Ghana from Spain were not delivered on time, "
    text = head + "but reached the army depot in Accra in April."
    found = [(r["status"], bool(r.get("negated"))) for r in _transfers(analyzer, text)]
    assert found == [("delivered", False)]
    other = head + "but Ghana ordered more."
    assert all(r["status"] != "delivered" for r in _transfers(analyzer, other))


def test_cx31_figures_nobody_owns_have_no_speaker(analyzer) -> None:  # noqa: ANN001
    unowned = "Arms sales to the region rose by a quarter, according to Italian export data."
    assert _speakers(analyzer, unowned) == []
    owned = "Six of the jets have arrived, according to figures released by the Greek defence ministry."
    assert _speakers(analyzer, owned) == ["GRC"]


def test_cx31_saying_nothing_about_a_thing_is_no_statement(analyzer) -> None:  # noqa: ANN001
    assert _speakers(analyzer, "Ankara has said nothing about the tender so far.") == []
    assert _speakers(analyzer, "Ankara said the tender was open to all bidders.") == ["TUR"]


def test_cx31_a_company_speaks_for_no_state(analyzer) -> None:  # noqa: ANN001
    maker = "Hanwha Aerospace said on Monday that Estonia had received six more guns."
    assert _speakers(analyzer, maker) == []
    assert _speakers(analyzer, "According to Patria, the maker, Latvia will be its fifth customer.") == []
    ministry = "Estonia's defence ministry said on Monday that six more guns had arrived."
    assert _speakers(analyzer, ministry) == ["EST"]


def _roles(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    return [(r["supplier"], r["recipient"], r["status"]) for r in _transfers(analyzer, text)]


def test_cx31_a_possessed_contract_with_a_counterpart(analyzer) -> None:  # noqa: ANN001
    buyer = "Chile's $900 million contract with Sweden for 12 Gripen jets was signed in October."
    assert _roles(analyzer, buyer) == [("SWE", "CHL", "contracted")]
    maker = "Sweden's contract with Chile for 12 Gripen jets was signed in October."
    assert _roles(analyzer, maker) == [("SWE", "CHL", "contracted")]
    # a maker's country signing with its customer sells, as its firms do
    signed = "Sweden signed a contract with Chile for 12 Gripen jets in October."
    assert _roles(analyzer, signed) == [("SWE", "CHL", "contracted")]
    # no "for": the noun phrase names no system
    assert _roles(analyzer, "Chile's vehicle deal with Sweden has drawn criticism.") == []

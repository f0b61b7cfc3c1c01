"""(cx30) General readings from a fresh dev part in the early wire style (part_72).

A counted force placed by a bare copula ("… soldiers are now in <host>") is a deployment whatever
the copula's number ("a contingent of 300 soldiers is now in …" agrees with the collective head)
and however many words the host's name has ("in South Sudan", "in Sierra Leone")
(``deployments.in_place``)."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs

_DAY = dt.date(2025, 6, 4)


def _deployments(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    return [
        (f.get("country"), f.get("host"), f.get("personnel"))
        for f in claim_fields(analyzer, text, "deployment", _DAY)
    ]


def test_cx30_a_contingent_placed_by_a_singular_copula_is_deployed(analyzer) -> None:  # noqa: ANN001
    text = "A contingent of 420 Nepalese soldiers is now in Mali, the army said."
    assert _deployments(analyzer, text) == [("NPL", "MLI", 420.0)]


def test_cx30_a_host_of_two_words_after_a_bare_copula(analyzer) -> None:  # noqa: ANN001
    assert _deployments(analyzer, "About 300 Ghanaian troops are now in Sierra Leone.") == [
        ("GHA", "SLE", 300.0)
    ]
    assert _deployments(analyzer, "A unit of 120 Irish soldiers is now in South Sudan.") == [
        ("IRL", "SSD", 120.0)
    ]


def test_cx30_a_copula_with_no_place_is_no_deployment(analyzer) -> None:  # noqa: ANN001
    # counter-examples: a copula that places nothing, a count of the host's own forces
    assert _deployments(analyzer, "A contingent of 420 Nepalese soldiers is now ready to leave.") == []
    assert _deployments(analyzer, "Mali's army said 400 of its soldiers were in training.") == []


def _transfer_sides(analyzer, text: str) -> list[tuple[object, object, object]]:  # noqa: ANN001
    return [
        (f.get("supplier"), f.get("recipient"), f.get("status"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") != "mentioned"
    ]


def test_cx30_a_contract_counterpart_for_counted_goods_supplies_them(analyzer) -> None:  # noqa: ANN001
    text = (
        "Ghana's contract with Argentina for five Pampa aircraft has been completed with the delivery "
        "of the last two aircraft in May."
    )
    assert _transfer_sides(analyzer, text) == [("ARG", "GHA", "delivered")]


def test_cx30_a_counterpart_for_a_span_of_time_is_no_source(analyzer) -> None:  # noqa: ANN001
    # counter-example: "for 20 years" is the contract's term, not its goods
    text = (
        "Ghana's deal with Brazil for 20 years was followed by the delivery of two patrol boats from Spain."
    )
    assert ("BRA", "GHA", "delivered") not in _transfer_sides(analyzer, text)


def test_cx30_two_dates_of_one_last_delivery_under_a_contract_contradict() -> None:
    # (lead30) a model the equipment data does not list: with a listed one (the Super Tucano since
    # cx50, or the Rafale) the contract's count (five) is taken over the delivery's ("the last two")
    a = (
        "a",
        "2025-07-08",
        "Ghana's contract with Argentina for five Pampa aircraft has been completed with the delivery "
        "of the last two aircraft in June, the Argentine embassy said on Monday.",
    )
    b = (
        "b",
        "2025-07-11",
        "Argentina delivered the last two Pampa aircraft to Ghana in April, the Ghanaian air force said.",
    )
    assert ("a", "b", "date") in contradiction_pairs([a, b])

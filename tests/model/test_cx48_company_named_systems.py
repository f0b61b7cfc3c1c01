"""(cx48) A company named after the system it makes ("Javelin Joint Venture", "Akash Industries")
names the company, not the goods. A later definite noun of the system's class in the sentence ("…
agreed to take 120 of the missiles") is where the system is told, with its count; a later mention
of the system's own name is the goods. With neither, the name stays the system, as before."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 5, 12)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("system"), f.get("supplier"), f.get("recipient"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status")
    ]


def test_cx48_a_definite_noun_of_the_class_carries_the_company_product(analyzer) -> None:  # noqa: ANN001
    text = (
        "Javelin Joint Venture has booked a new sale after Estonia agreed to buy 120 launch units "
        "of the missile from the United States, officials said on Friday."
    )
    assert _rows(analyzer, text) == [("Javelin", "USA", "EST", 120.0)]


def test_cx48_a_later_own_name_is_the_goods(analyzer) -> None:  # noqa: ANN001
    text = "Akash Industries said Armenia will receive four batteries of the Akash missile system from India."
    assert _rows(analyzer, text) == [("Akash", "IND", "ARM", 4.0)]


def test_cx48_counter_examples(analyzer) -> None:  # noqa: ANN001
    # the system's own name, no company word: counted as ever
    text = "Estonia agreed to buy 120 Javelin missiles from the United States."
    assert _rows(analyzer, text) == [("Javelin", "USA", "EST", 120.0)]
    # a company's name with no later noun of its class: the name stays the system, uncounted
    text = "Javelin Joint Venture said Estonia agreed to buy the weapon from the United States."
    assert [r[:3] for r in _rows(analyzer, text)] == [("Javelin", "USA", "EST")]
    # a noun of another class ("trucks") is not the company's product
    text = "Javelin Joint Venture said Estonia agreed to buy 40 of the trucks from the United States."
    assert all(r[3] != 40.0 or r[0] != "Javelin" for r in _rows(analyzer, text))

"""Transfers in phrasings of a fresh writer (issue 13, part_46): buyers a supplier "does not name"
or that stand after an object ("delivered Stingers to several European armies") are unnamed; a
signed lease and "signed in July 2024 for" are contracts; an ordinal place before a singular
system ("received its first F-16 jet") counts one; a relative clause's offer or coming supply
("which Sweden put forward", "that Denmark will buy new and pass straight to Kyiv") names its
supplier; "handed 30 of them over to", ", and four have been delivered" refer back with a count;
a count inside deliveries said to begin ("Deliveries of four corvettes … began") is the order, not
what was delivered; an aid package that names systems pledges them."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import transfer_rows

_PUBLISHED = dt.date(2025, 8, 21)


def _transfers(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return transfer_rows(analyzer, text, _PUBLISHED)


@pytest.mark.model
def test_tx19_buyers_left_unnamed_after_an_object(analyzer) -> None:  # noqa: ANN001
    text = (
        "The sale to Morocco of 600 Stinger missiles was approved by the State Department on Thursday. "
        "The maker has lately delivered Stingers to several European armies that it will not name."
    )
    assert _transfers(analyzer, text) == [("USA", "MAR", 600.0, "approved")]
    text = (
        "Hanwha shipped K9 howitzers worth $1 billion to customers it does not name last year. "
        "Romania signed in July 2024 for 54 K9 howitzers from South Korea."
    )
    assert _transfers(analyzer, text) == [("KOR", "ROU", 54.0, "contracted")]


@pytest.mark.model
def test_tx19_a_signed_lease_is_a_contract(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Uruguay signed a three-year lease for two C-295 aircraft from Spain on Monday."
    )
    assert found == [("ESP", "URY", 2.0, "contracted")]


@pytest.mark.model
def test_tx19_an_ordinal_before_a_singular_system_counts_one(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer, "Bulgaria received its first F-16 Block 70 jet from the United States on Tuesday."
    )
    assert found == [("USA", "BGR", 1.0, "delivered")]
    found = _transfers(analyzer, "Brazil received its eighth Gripen E fighter from Sweden on Thursday.")
    assert found == [("SWE", "BRA", 1.0, "delivered")]
    # plural: no count
    for text in (
        "Indonesia received its first Rafales from France in January.",
        "Poland received its first K2 tanks from South Korea on Tuesday.",
        "Pakistan took delivery of the first J-10C fighter jets from China.",
    ):
        assert [q for _s, _r, q, _st in _transfers(analyzer, text)] == [None]


@pytest.mark.model
def test_tx19_a_relative_clause_names_the_supplier(analyzer) -> None:  # noqa: ANN001
    found = _transfers(
        analyzer,
        "The package includes 19 Caesar howitzers that Denmark will buy new and pass straight to Kyiv.",
    )
    assert [(s, r) for s, r, _q, _st in found] == [("DNK", "UKR")]
    found = _transfers(analyzer, "Peru is studying the corvettes that Spain put forward in May.")
    assert [(s, r, st) for s, r, _q, st in found] == [("ESP", "PER", "offered")]


@pytest.mark.model
def test_tx19_counts_that_refer_back(analyzer) -> None:  # noqa: ANN001
    text = "Germany sent Leopard 1 tanks to Ukraine in May. Berlin has now handed 30 of them over to Kyiv."
    assert ("DEU", "UKR", 30.0, "delivered") in _transfers(analyzer, text)
    text = (
        "Romania ordered seven Patriot batteries from the United States in 2017, "
        "and four have been delivered so far."
    )
    assert _transfers(analyzer, text) == [("USA", "ROU", 7.0, "ordered"), ("USA", "ROU", 4.0, "delivered")]


@pytest.mark.model
def test_tx19_an_aid_package_pledges_its_systems(analyzer) -> None:  # noqa: ANN001
    found = _transfers(analyzer, "Denmark's nineteenth aid package for Ukraine includes 19 Caesar howitzers.")
    assert found == [("DNK", "UKR", 19.0, "planned")]
    # a verb that delivered them is stronger
    found = _transfers(
        analyzer, "The American aid package delivered in March included four HIMARS launchers for Ukraine."
    )
    assert found == [("USA", "UKR", 4.0, "delivered")]


@pytest.mark.model
def test_tx19_a_count_in_begun_deliveries_is_the_order(analyzer) -> None:  # noqa: ANN001
    for text in (
        "Deliveries of four Type 056 corvettes from China to Bangladesh began on Wednesday.",
        "Finland began delivering 76 Patria AMV vehicles to Slovakia this week.",
    ):
        assert [q for _s, _r, q, st in _transfers(analyzer, text) if st == "delivered"] == [None]
    found = _transfers(
        analyzer, "Finland delivered 76 Patria AMV vehicles to Slovakia, and training began in May."
    )
    assert [q for _s, _r, q, _st in found] == [76.0]

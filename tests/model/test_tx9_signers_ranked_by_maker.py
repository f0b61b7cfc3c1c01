"""Two signers of a contract with no maker known (issue 13): the first named is read as the buyer
only until the article says which of them makes the system — a signer that builds it, or a town
of a signer's country where it is built, makes that signer the seller."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _legs(analyzer, text: str) -> set[tuple[object, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return {(c.fields.get("supplier"), c.fields.get("recipient")) for c in a.claims if c.kind == "transfer"}


def test_a_town_of_the_first_signer_where_it_is_built_makes_it_the_seller(analyzer) -> None:  # noqa: ANN001
    text = (
        "Spain and Peru signed a contract for four patrol boats on Monday. "
        "The boats will be built at a shipyard near Cadiz over three years."
    )
    assert _legs(analyzer, text) == {("ESP", "PER")}


def test_the_first_signer_that_builds_it_sells(analyzer) -> None:  # noqa: ANN001
    text = (
        "Norway and Chile signed a contract for two corvettes in Oslo. "
        "Norway will build both hulls before handing them over in 2028."
    )
    assert _legs(analyzer, text) == {("NOR", "CHL")}


def test_without_word_of_making_the_first_signer_still_buys(analyzer) -> None:  # noqa: ANN001
    text = "Peru and Spain signed a contract for four patrol boats on Monday. The price was not disclosed."
    assert _legs(analyzer, text) == {("ESP", "PER")}


def test_both_signers_named_with_the_making_changes_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru and Spain signed a contract for four patrol boats on Monday. "
        "Peru and Spain will build the boats together."
    )
    assert _legs(analyzer, text) == {("ESP", "PER")}

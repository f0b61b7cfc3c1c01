"""A contract named first with a relative clause of its signing by two coordinated parties (issue 13):
"the Kx contract that Peru and Korea signed" is a contract those two signed, read like "Peru and Korea
signed a contract" — a record, with the maker's country selling."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


def test_coordinated_signers_of_a_contract_named_first(analyzer) -> None:  # noqa: ANN001
    text = "The Leopard 2 contract that Norway and Germany signed in May is worth about $1 billion."
    legs = {(t["supplier"], t["recipient"], t["status"]) for t in _transfers(analyzer, text)}
    assert ("DEU", "NOR", "contracted") in legs


def test_a_contract_never_signed_is_no_contract(analyzer) -> None:  # noqa: ANN001
    text = "The Leopard 2 contract that Norway and Germany never signed would have been worth $1 billion."
    assert all(t["status"] != "contracted" or t.get("negated") for t in _transfers(analyzer, text))


def _legs(analyzer, text: str) -> set[tuple[object, object]]:  # noqa: ANN001
    return {
        (t["supplier"], t["recipient"]) for t in _transfers(analyzer, text) if t["status"] == "contracted"
    }


def test_with_no_maker_known_the_first_named_signer_buys(analyzer) -> None:  # noqa: ANN001
    text = "Chile and Spain signed a contract on Monday for six training jets."
    assert _legs(analyzer, text) == {("ESP", "CHL")}


def test_an_unknown_designation_in_a_contract_named_first(analyzer) -> None:  # noqa: ANN001
    text = (
        "The K9 contract that Peru and South Korea signed this week is worth $900 million, "
        "officials in Lima said."
    )
    assert ("KOR", "PER") in _legs(analyzer, text)


def test_the_service_named_for_the_buyer_still_rules(analyzer) -> None:  # noqa: ANN001
    text = "Spain and Chile signed a contract on Monday for six training jets for the Chilean air force."
    assert _legs(analyzer, text) == {("ESP", "CHL")}


def test_an_agreement_to_develop_together_has_no_buyer(analyzer) -> None:  # noqa: ANN001
    text = "Chile and Spain signed a $2 billion agreement on Monday to develop a new training jet together."
    assert not _legs(analyzer, text)

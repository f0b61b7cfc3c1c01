"""Agreement claims read from their clause (issue 13): the one who reports a signing is no party,
a question or a modal clause asserts no action, a contract dated by its year is an agreement
referred to, and a participle after the kind keeps the signing asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


def test_agreement_the_reporting_organisation_and_the_signing_place_are_no_parties(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "Chile and the European Union signed a trade agreement in Brussels, the United Nations said.",
    )
    assert a["parties"] == ["CHL", "EU"]


def test_agreement_an_action_in_a_question_is_not_asserted(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(
        analyzer, "The pact Egypt and Greece signed in May leaves one thing open: does it extend to Cyprus?"
    )
    modality = {str(a["action"]): a["modality"] for a in acts if a.get("action")}
    assert modality["signed"] == "asserted" and modality["extended"] == "hypothetical"


def test_agreement_an_expected_entry_into_force_is_not_asserted(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chile and Peru signed a defence pact in Santiago. "
        "It is expected to enter into force in 2027 after ratification by both parliaments."
    )
    later = [a for a in _agreements(analyzer, text) if a.get("action") in ("in-force", "ratified")]
    assert later and all(a["modality"] != "asserted" for a in later)


def test_agreement_a_contract_dated_by_its_year_is_referred_to(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Qatar has received Turkish Bayraktar TB2 drones under a 2021 contract.")
    assert a["parties"] == ["QAT", "TUR"] and "action" not in a


def test_agreement_a_contract_signed_after_a_future_supply_is_signed(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer, "Italy will supply two frigates to Indonesia under a contract signed in Jakarta on Monday."
    )
    assert (a["action"], a["modality"], a["place"]) == ("signed", "asserted", "Jakarta")


def test_agreement_value_in_a_currency_word_of_a_party(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Mexico signed a contract worth 12 billion pesos with Spain for two ships.")
    assert (a["value"], a["value_currency"]) == (12e9, "MXN")
    (a,) = _agreements(analyzer, "Norway signed a deal worth 4 billion Swedish kronor with Finland.")
    assert a["value_currency"] == "SEK"


def test_agreement_value_of_a_prefixed_dollar_is_not_us_dollars(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Australia signed an A$2 billion deal with Japan for submarines.")
    assert (a["value"], a["value_currency"]) == (2e9, "AUD") and "value_usd" not in a
    (a,) = _agreements(analyzer, "Japan signed a $2 billion deal with Australia.")
    assert (a["value"], a["value_currency"], a["value_usd"]) == (2e9, "USD", 2e9)


def test_agreement_named_without_an_action_is_referred_to(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Peru said the seizure broke the Geneva Convention on the Law of Sea.")
    assert a["parties"] == ["PER"] and "action" not in a


def test_agreement_an_owner_before_the_name_is_a_party_not_part_of_it(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "It follows Japan's Reciprocal Access Agreement with Australia, of 2022.")
    assert (a["name"], a["parties"]) == ("Reciprocal Access Agreement", ["AUS", "JPN"])


def test_agreement_kinds_in_the_plural(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Kenya and the UAE signed nine agreements worth $5 billion on Monday.")
    assert (a["parties"], a["action"], a["value_usd"]) == (["ARE", "KEN"], "signed", 5e9)


def test_agreement_signed_nothing_is_negated(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "After the accords collapsed, Armenia and Azerbaijan signed nothing.")
    modality = {x["action"]: x["modality"] for x in [a] if x.get("action")}
    assert modality == {"signed": "negated"}

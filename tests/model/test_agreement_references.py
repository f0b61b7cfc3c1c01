"""Agreement claims (issue 13): what a bare "the deal" refers to, the date and place of an action
read from its clause only, a city standing for the organisation seated there, and a purchase or an
order that is an agreement only when its signing is told."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _agreements(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 6)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "agreement"]


def test_agreement_the_deal_after_a_new_treaty_is_that_treaty(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(
        analyzer,
        "Ghana and Togo signed a twenty-year water treaty on Tuesday. "
        "The deal is worth $40 million a year to the smaller of the two.",
    )
    assert {a["kind"] for a in acts} == {"treaty"} and acts[-1].get("refers_back")
    assert acts[-1]["value"] == 40e6


def test_agreement_a_named_agreement_does_not_refer_back(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(
        analyzer,
        "Chile and Peru signed a lithium pact on Monday. "
        "The pact copies Chile's Free Trade Agreement with Bolivia, which entered into force in May.",
    )
    in_force = [a for a in acts if a.get("action") == "in-force"]
    assert in_force and not in_force[0].get("refers_back")


def test_agreement_a_date_before_the_action_in_its_clause(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Senegal and Gambia agreed on Wednesday to prolong their fishing accord.")
    assert (a["action"], a["date"]) == ("extended", "2025-06-04")


def test_agreement_a_year_before_its_kind_does_not_date_a_later_action(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(analyzer, "A 2019 accord between Senegal and Gambia was renewed.")
    assert all(a.get("date") != "2019-01-01" for a in acts if a.get("action") == "extended")


def test_agreement_the_end_of_its_term_is_not_the_date_of_the_action(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Senegal and Gambia have extended their fishing accord until 2031.")
    assert a.get("date") != "2031-01-01" and a["until_year"] == 2031


def test_agreement_no_signing_place_in_the_report_clause_or_at_sea(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "Senegal and Gambia renewed their fishing accord, the Gambian government said after talks in Dakar.",
    )
    assert "place" not in a
    (b,) = _agreements(analyzer, "Senegal and Gambia renewed their fishing accord in the Atlantic Ocean.")
    assert "place" not in b


def test_agreement_brussels_stands_for_the_eu_the_article_names(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "The European Union wants more partners in the Andes. Brussels and Lima signed a pact on Monday.",
    )
    assert a["parties"] == ["EU", "PER"]
    (b,) = _agreements(analyzer, "Belgium and Peru signed a tax treaty in Brussels on Monday.")
    assert b["parties"] == ["BEL", "PER"]


def test_agreement_a_signed_order_is_one_a_bare_order_is_not(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(
        analyzer,
        "Greece's frigate order from France, signed in Athens on Friday, is the navy's largest in decades.",
    )
    assert (a["action"], a["parties"], a["place"]) == ("signed", ["FRA", "GRC"], "Athens")
    assert _agreements(analyzer, "Greece placed an order for three French frigates.") == []


def test_agreement_has_to_be_ratified_is_not_a_ratification(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(
        analyzer,
        "Kenya and Uganda signed a border treaty on Monday. It has to be ratified by both parliaments.",
    )
    ratified = [a for a in acts if a.get("action") == "ratified"]
    assert all(a["modality"] != "asserted" for a in ratified)


def test_agreement_a_value_with_and_a_half_in_words(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Oman and Jordan signed a gas deal worth two and a half billion dollars.")
    assert (a["value"], a["value_currency"]) == (2.5e9, "USD")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Oman and Jordan signed a gas deal on Monday, to run for an initial 15 years.", 15),
        ("Oman and Jordan renewed their gas deal for another decade.", 10),
        ("Oman and Jordan signed their decade-long gas deal on Monday.", 10),
        ("The gas deal Oman and Jordan signed on Monday, meant to last twenty years, fixes prices.", 20),
    ],
)
def test_agreement_a_term_in_years_however_written(analyzer, text: str, years: int) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, text)
    assert a["duration_years"] == years


def test_agreement_a_hyphenated_dollar_value(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Oman signed a 420-million-dollar contract with Jordan on Monday.")
    assert (a["value"], a["value_currency"]) == (420e6, "USD")


def test_agreement_a_whole_country_after_the_action_is_no_signing_place(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Oman and Jordan signed a deal on Monday to station troops in Jordan.")
    assert "place" not in a


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Laos and Cambodia struck a power-sharing deal on Friday.", "signed"),
        ("Laos and Cambodia entered into a defence pact on Friday.", "signed"),
        ("Laos and Cambodia reached an accord on river traffic on Friday.", "signed"),
        ("Laos and Cambodia finalised the border protocol on Friday.", "signed"),
        ("The Laotian assembly approved the border treaty with Cambodia on Friday.", "ratified"),
        ("The river accord between Laos and Cambodia came into effect on Friday.", "in-force"),
    ],
)
def test_agreement_more_verbs_of_an_action(analyzer, text: str, action: str) -> None:  # noqa: ANN001
    acts = _agreements(analyzer, text)
    assert [a.get("action") for a in acts] == [action] and acts[0]["modality"] == "asserted"


def test_agreement_a_verb_that_needs_its_agreement_after_it(analyzer) -> None:  # noqa: ANN001
    acts = _agreements(
        analyzer,
        "Laos and Cambodia signed a river accord on Friday. Its premier struck a harsher tone on Monday.",
    )
    assert [a.get("action") for a in acts] == ["signed"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Bhutan refused to sign the transit pact with Nepal.", "signed"),
        ("Bhutan declined to extend its transit pact with Nepal.", "extended"),
        ("Bhutan and Nepal did not sign the transit pact.", "signed"),
        ("Bhutan has yet to ratify the transit pact with Nepal.", "ratified"),
    ],
)
def test_agreement_a_refusal_is_a_negated_action(analyzer, text: str, action: str) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, text)
    assert (a["action"], a["modality"]) == (action, "negated")


def test_agreement_a_sign_of_something_is_no_signing(analyzer) -> None:  # noqa: ANN001
    assert _agreements(analyzer, "The transit pact is a sign of trust between Bhutan and Nepal.") == []


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("Bhutan and Nepal signed a NPR 900 million transit deal.", "NPR", None),
        ("Denmark and Latvia signed a DKK 2 billion contract.", "DKK", 2e9),
        ("Brazil and Chile signed a R$3 billion contract.", "BRL", 3e9),
    ],
)
def test_agreement_a_currency_code_or_prefix_before_the_figure(
    analyzer,  # noqa: ANN001
    text: str,
    currency: str,
    value: float | None,
) -> None:
    (a,) = _agreements(analyzer, text)
    if value is None:  # a code the lexicon does not list is not taken for a currency
        assert a.get("value_currency") != "USD"
    else:
        assert (a["value"], a["value_currency"]) == (value, currency)


def test_agreement_withdrawing_from_one_refers_to_it(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Niger pulled out of the security agreement with Benin.")
    assert a["parties"] == ["BEN", "NER"] and "action" not in a
    assert _agreements(analyzer, "Benin said the raid violated bilateral agreements with Niger.") == []


def test_agreement_a_compound_of_two_nations_names_both_parties(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "The Franco-Spanish border treaty was signed in Madrid on Friday.")
    assert a["parties"] == ["ESP", "FRA"]
    (b,) = _agreements(analyzer, "Chile and Peru signed an Indo-Pacific shipping pact on Friday.")
    assert b["parties"] == ["CHL", "PER"]


def test_agreement_a_dates_possessive_is_the_day_it_was_made(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Thursday's Franco-Spanish water treaty ends a long quarrel over the Ebro.")
    assert (a["action"], a["modality"], a["date"], a["parties"]) == (
        "signed",
        "asserted",
        "2025-06-05",
        ["ESP", "FRA"],
    )


def test_agreement_an_action_in_progress_is_not_done(analyzer) -> None:  # noqa: ANN001
    (a,) = _agreements(analyzer, "Chile and Peru said further contracts were being finalised.")
    assert a["modality"] != "asserted"

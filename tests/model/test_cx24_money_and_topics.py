"""(cx24) General readings from a fresh dev part in the early wire style (part_67).

A body after "according to a statement from" speaks ("… the general staff"), and "its officials say"
speaks for the state the pronoun stands for (``statements.after_verb_name``, ``anonymous_speaker``).

A continent or world region is no signing place (``agreements.not_place_names``: "the largest
deal Spain has concluded in South America").

A generic system's name stops at its cue and at a subject pronoun ("Turkey hands radars", "It promises
radars": "radars", ``_generic_systems``, ``transfers.system_stopwords``).

A contract "for the sale of" (or "for the export of") a system is signed by its seller
(``transfers.supply_verb``), as one "to sell" it is; "for the supply of" is said by buyers too.

A sum of money whose currency word follows its issuer ("1.3 billion US dollars", "40 million
Australian dollars") is that currency's value, and the issuer named inside it is no party, target or
supplier (``numbers.currency_issuers``, ``extract.outside_money``). Before, the figure had no value
and "US" made the United States a party of the deal and the target of statements about it.

Two agreements one article qualifies in words that share none, one of them a topic ("has not signed
a defence agreement … signed a trade agreement in 2023", ``records._qualified_apart``), are two
agreements: the denial of the one is no longer swallowed by the signing of the other."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

from geowire.lang import load_language
from geowire.model.claims_eval import run_pipeline
from geowire.settings import load_settings

_DAY = dt.date(2025, 6, 4)


def test_cx24_a_figure_in_us_dollars_is_a_usd_value_and_names_no_american_party(analyzer) -> None:  # noqa: ANN001
    text = "Chile signed a contract worth 2.4 billion US dollars with Spain on Monday for four frigates."
    (agreement,) = claim_fields(analyzer, text, "agreement", _DAY)
    assert agreement["value"] == 2.4e9
    assert agreement["value_currency"] == "USD"
    assert agreement["parties"] == ["CHL", "ESP"]


def test_cx24_a_figure_in_another_issuers_dollars_keeps_its_currency(analyzer) -> None:  # noqa: ANN001
    text = "Canberra signed a contract worth 90 million Canadian dollars with Ottawa for radar spares."
    (agreement,) = claim_fields(analyzer, text, "agreement", _DAY)
    assert agreement["value"] == 9e7
    assert agreement["value_currency"] == "CAD"
    assert "value_usd" not in agreement


def test_cx24_the_issuer_of_a_currency_is_no_statement_target(analyzer) -> None:  # noqa: ANN001
    text = "Peru's defence minister said the 300 million US dollar radar deal with Israel was fair."
    (statement,) = claim_fields(analyzer, text, "statement", _DAY)
    assert statement.get("target") != "USA"


def test_cx24_a_country_named_before_its_currency_word_outside_a_figure_stays_an_actor(analyzer) -> None:  # noqa: ANN001
    text = "The United States will sell 12 Black Hawk helicopters to Peru, the US embassy said."
    rows = [(f.get("supplier"), f.get("recipient")) for f in claim_fields(analyzer, text, "transfer", _DAY)]
    assert ("USA", "PER") in rows


def _agreements(text: str) -> list[tuple[object, object]]:
    """(action, negated) of each agreement record the whole pipeline makes of one article."""
    out = run_pipeline(
        [{"id": "a", "published": "2025-06-04", "text": text}], load_settings(None), lang=load_language("en")
    )
    return sorted((r["action"], r["negated"]) for r in out.per_doc["a"]["agreements"])


def test_cx24_a_denial_of_one_agreement_beside_the_signing_of_another_stays_a_denial() -> None:
    text = (
        "DAR ES SALAAM (Wire) — Tanzania has not signed a defence agreement with Uganda, a spokesman "
        "said on Wednesday. The two countries signed a fisheries agreement in 2022 that shared the "
        "lake's catch."
    )
    assert _agreements(text) == [("signed", False), ("signed", True)]


def test_cx24_an_article_that_qualifies_one_agreement_in_two_plain_words_keeps_it_one() -> None:
    text = (
        "Tanzania signed a security agreement with Uganda on Monday, a spokesman said. Officials said the "
        "defence agreement would cover joint patrols on the lake."
    )
    assert _agreements(text) == [("signed", False)]


def test_cx24_a_contract_for_the_sale_of_a_system_is_signed_by_its_seller(analyzer) -> None:  # noqa: ANN001
    text = "Norway has not signed any contract with Peru for the sale of NASAMS launchers, officials said."
    rows = [(f.get("supplier"), f.get("recipient")) for f in claim_fields(analyzer, text, "transfer", _DAY)]
    assert rows == [("NOR", "PER")]


def test_cx24_a_contract_for_the_supply_of_a_system_is_still_signed_by_its_buyer(analyzer) -> None:  # noqa: ANN001
    text = "Peru signed a contract with Norway for the supply of six NASAMS launchers."
    rows = [(f.get("supplier"), f.get("recipient")) for f in claim_fields(analyzer, text, "transfer", _DAY)]
    assert rows == [("NOR", "PER")]


def _names(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("system_name") for f in claim_fields(analyzer, text, "transfer", _DAY)]


def test_cx24_the_cue_verb_before_a_generic_system_is_no_part_of_its_name(analyzer) -> None:  # noqa: ANN001
    assert _names(analyzer, "Turkey hands radars to Kenya.") == ["radars"]


def test_cx24_a_subject_pronoun_and_a_promise_are_no_part_of_a_systems_name(analyzer) -> None:  # noqa: ANN001
    text = "Oman and Jordan signed a defence pact. It promises patrol boats and radars, not troops."
    assert not [n for n in _names(analyzer, text) if "It" in str(n) or "promises" in str(n)]


def test_cx24_the_modifiers_of_a_generic_system_stay_in_its_name(analyzer) -> None:  # noqa: ANN001
    assert _names(analyzer, "Tokyo promises five coastal surveillance radars to Manila.") == [
        "coastal surveillance radars"
    ]


def test_cx24_a_continent_is_no_signing_place(analyzer) -> None:  # noqa: ANN001
    text = (
        "Spain and Peru signed a frigate contract. It is the largest deal Spain has concluded in "
        "South America."
    )
    assert not [f for f in claim_fields(analyzer, text, "agreement", _DAY) if f.get("place")]


def test_cx24_a_city_stays_a_signing_place(analyzer) -> None:  # noqa: ANN001
    text = "Spain and Peru signed a frigate contract in Lima on Tuesday."
    assert [f.get("place") for f in claim_fields(analyzer, text, "agreement", _DAY)] == ["Lima"]


def _speakers(analyzer, text: str) -> list[object]:  # noqa: ANN001
    return [f.get("speaker") for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx24_a_body_after_according_to_a_statement_from_speaks(analyzer) -> None:  # noqa: ANN001
    text = (
        "HANOI, 2 June 2025 — Vietnam's navy received two corvettes, the defence ministry said. The ships "
        "will patrol the Gulf of Tonkin, according to a statement from the naval command."
    )
    assert _speakers(analyzer, text).count("VNM") == 2


def test_cx24_a_states_own_officials_speak_for_it(analyzer) -> None:  # noqa: ANN001
    text = "Egypt already flies Rafale jets, and its officials say more orders will follow."
    assert _speakers(analyzer, text) == ["EGY"]


def test_cx24_unnamed_officials_stay_unnamed(analyzer) -> None:  # noqa: ANN001
    assert _speakers(analyzer, "Some officials say more orders will follow.") == []

"""(cx40) Shapes found on fresh wire and analysis text written like the early parts (corpus
part_80), in the project's own sentences.

Transfers: a later purchase verb counts the system named before it ("after Niger agreed to buy six
of the aircraft"); a system its owner retires is no transfer's. Agreements: nations' adjectives on
another agreement kind ("next to the American and Australian deals") are that one's parties; an act
inside a report a denial rejects ("rejecting reports that the two had signed …") is denied; more
currency words ("forints", "lei"). Statements: a role after a comma right before the verb ("… the
UN mission there, the army said") speaks, not the body before it; a modal before a speech verb
("few admirals can say") says nothing."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, transfer_rows

_DAY = dt.date(2025, 6, 18)


def _agreements(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    rows = claim_fields(analyzer, text, "agreement", _DAY)
    return [(tuple(f.get("parties") or ()), f.get("modality"), f.get("value_currency")) for f in rows]


def _statements(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(f.get("speaker"), f.get("text")) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx40_a_later_purchase_verb_counts_the_system(analyzer) -> None:  # noqa: ANN001
    text = "Turkey won an export order for its Akinci drone after Niger agreed to buy six of the aircraft."
    assert [r[2] for r in transfer_rows(analyzer, text, _DAY)] == [6]
    text = "Brazil has won a contract for its C-390 transport after Uruguay agreed to buy three of them."
    assert [r[2] for r in transfer_rows(analyzer, text, _DAY)] == [3]
    # a figure before the system keeps its own count
    text = "Niger agreed to buy two Akinci drones from Turkey and has since received one of them."
    assert [r[2] for r in transfer_rows(analyzer, text, _DAY)][:1] == [2]


def test_cx40_a_retired_system_is_no_transfer(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's contract with South Korea for ten FA-50 jets, signed in June, came after the air force "
        "retired its old Mirage jets."
    )
    rows = transfer_rows(analyzer, text, _DAY)
    assert [r[:3] for r in rows] == [("KOR", "PER", 10)]
    # a retired system its owner then passes on is the one moved; a retired system as an adjective too
    text = "Portugal retired its old Leopard 2A4 tanks in 2023 and gave them to Ukraine."
    assert ("PRT", "UKR") in [r[:2] for r in transfer_rows(analyzer, text, _DAY)]
    text = "Portugal handed its six retired Leopard 2A4 tanks over to Ukraine in April."
    assert ("PRT", "UKR") in [r[:2] for r in transfer_rows(analyzer, text, _DAY)]


def test_cx40_adjectives_on_another_agreement_are_its_parties(analyzer) -> None:  # noqa: ANN001
    text = (
        "Japan's $200 million radar agreement with Vietnam, signed in May, is modest next to the "
        "American and Australian deals that came before it."
    )
    assert {a[0] for a in _agreements(analyzer, text)} == {("JPN", "VNM")}
    # the agreement's own adjectives stay its parties
    text = "The French and Greek governments signed a defence agreement in Athens in May."
    assert {a[0] for a in _agreements(analyzer, text)} == {("FRA", "GRC")}


def test_cx40_an_act_inside_a_rejected_report_is_denied(analyzer) -> None:  # noqa: ANN001
    text = (
        "Laos has not signed a defence pact with Vietnam, the ministry said on Friday, rejecting "
        "reports that the two had concluded such a pact in March."
    )
    assert {a[1] for a in _agreements(analyzer, text)} == {"negated"}
    # a report the sentence confirms is told
    text = "The report that Laos and Vietnam signed a defence pact in March was confirmed by the ministry."
    assert {a[1] for a in _agreements(analyzer, text)} == {"asserted"}
    text = (
        "Nepal's army spoke on Monday, rejecting reports that Nepal had received four Mi-17 helicopters "
        "from Russia."
    )
    rows = claim_fields(analyzer, text, "transfer", _DAY)
    assert rows and all(f.get("negated") for f in rows)


def test_cx40_more_currency_words(analyzer) -> None:  # noqa: ANN001
    text = "Hungary and Serbia signed a contract worth 40 billion forints for air-defence radars in May."
    assert [a[2] for a in _agreements(analyzer, text)] == ["HUF"]
    text = "Moldova and Ukraine signed a 30 million lei agreement on border patrols in May."
    assert [a[2] for a in _agreements(analyzer, text)] == ["MDL"]


def test_cx40_a_role_after_a_comma_speaks(analyzer) -> None:  # noqa: ANN001
    text = "LIMA, 3 May 2025 — Peru sent 200 soldiers to Haiti to join the UN mission there, the army said."
    assert [s for s, _ in _statements(analyzer, text)] == ["PER"]
    # the body named right before the verb still speaks
    text = "The African Union mission said its troops would stay in Somalia until December."
    assert [s for s, _ in _statements(analyzer, text)] == ["AU"]


def test_cx40_a_modal_before_a_speech_verb_says_nothing(analyzer) -> None:  # noqa: ANN001
    text = "Chile now operates no British-built frigates at all, something few Argentine admirals can say."
    assert _statements(analyzer, text) == []
    text = "Chile said it now operates no British-built frigates at all."
    assert [s for s, _ in _statements(analyzer, text)] == ["CHL"]

"""(cx29) General readings from a fresh dev part in the analysis style (part_71).

Transfers: a participle after a unit ("for units deployed along the border") describes who uses the
goods, not their deployment; "suggests" closing its clause offers nothing; "the aircraft" may refer
back to helicopters; what reports "gave" is a figure; a model's name with lower-case modifiers
before its noun ("18 K10 resupply vehicles") is a system, and one counted in a list with a known
system takes that system's parties; of two coordinated verbs before a system, the second is its
step ("signed for its howitzers and took delivery of 18 guns"); what a sum "buys" is contracted;
"did not arrive quickly" denies the manner, not the arrival; a system in a "in which" clause after
the cue is not that cue's.

Statements: "denied that Y, saying that Z" is two statements; a participle after ", X said," is the
writer's comment; a speaker opening a relative clause without "that" ("the
schedule Bucharest had announced.") reports nothing."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return stepped_transfers(analyzer, text, _DAY)


def _statements(analyzer, text: str) -> list[str]:  # noqa: ANN001
    return [str(f["text"]) for f in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx29_units_deployed_are_the_users_not_the_step(analyzer) -> None:  # noqa: ANN001
    text = "Kenya received 20 Kirpi vehicles from Turkey in May for battalions deployed near the coast."
    assert {r["status"] for r in _transfers(analyzer, text)} == {"delivered"}
    deployed = "Russia deployed Iskander missiles to Belarus in May."
    assert {r["status"] for r in _transfers(analyzer, deployed)} == {"deployed"}


def test_cx29_a_suggestion_without_object_offers_nothing(analyzer) -> None:  # noqa: ANN001
    text = "The arrival of two Abukuma-class escorts from Japan means more to Manila than size suggests."
    assert {r["status"] for r in _transfers(analyzer, text)} == {"delivered"}
    offer = "Seoul suggested selling 12 FA-50 jets to Peru."
    assert {r["status"] for r in _transfers(analyzer, offer)} == {"offered"}


def test_cx29_the_aircraft_refers_back_to_helicopters(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru ordered six UH-60 Black Hawk helicopters from the United States in May 2022, "
        "and the aircraft were handed over to the Peruvian army later that year."
    )
    rows = _transfers(analyzer, text)
    assert any(r["status"] == "delivered" and r["recipient"] == "PER" for r in rows)


def test_cx29_what_reports_gave_is_a_figure(analyzer) -> None:  # noqa: ANN001
    text = (
        "Korean firms sell guns in pairs. Peru's contract, signed in Lima on 2 May, is only the start, "
        "and it covers 40 K9 howitzers, fewer than some reports gave."
    )
    assert [(r["supplier"], r["recipient"], r["status"]) for r in _transfers(analyzer, text)] == [
        ("KOR", "PER", "contracted")
    ]


def test_cx29_a_listed_unknown_model_shares_the_known_ones_parties(analyzer) -> None:  # noqa: ANN001
    text = (
        "Korean firms sell guns in pairs. Peru's contract, signed in Lima on 2 May, is only the start, "
        "and it covers 40 K9 howitzers and 12 K10 supply vehicles."
    )
    rows = _transfers(analyzer, text)
    k10 = [r for r in rows if "K10" in str(r.get("system_name"))]
    assert [(r["supplier"], r["recipient"], r["quantity"]) for r in k10] == [("KOR", "PER", 12.0)]


def test_cx29_the_second_of_two_coordinated_verbs_is_the_systems_step(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru signed for its Korean guns in May 2022 and, to general surprise, took delivery of the "
        "first ten K9 howitzers from South Korea the following spring."
    )
    rows = _transfers(analyzer, text)
    assert [(r["status"], r.get("date")) for r in rows] == [("delivered", "2023-01-01")]


def test_cx29_what_the_money_buys_is_contracted(analyzer) -> None:  # noqa: ANN001
    text = "Peru's deal with Sweden was signed in May. The money buys 30 CV90 vehicles."
    rows = _transfers(analyzer, text)
    assert {r["status"] for r in rows} == {"contracted"}


def test_cx29_a_manner_denied_is_no_denied_delivery(analyzer) -> None:  # noqa: ANN001
    slow = "Ten Leopard 2 tanks that Peru ordered from Germany in 2021 did not arrive quickly."
    assert [(r["status"], r.get("negated")) for r in _transfers(analyzer, slow)] == [("ordered", None)]
    denied = "Germany did not deliver the six Leopard 2 tanks to Peru."
    assert any(r.get("negated") for r in _transfers(analyzer, denied))


def test_cx29_a_system_in_an_in_which_clause_is_not_the_cues(analyzer) -> None:  # noqa: ANN001
    text = "Peru ordered 12 FA-50 jets from South Korea in 2023 after a contest in which India's Tejas led."
    assert {r["system"] for r in _transfers(analyzer, text)} == {"FA-50"}


def test_cx29_denied_saying_is_two_statements(analyzer) -> None:  # noqa: ANN001
    text = (
        "Chilean officials denied on Monday that any of the tanks had reached Chile, saying that the "
        "crews were still training in Germany."
    )
    assert _statements(analyzer, text) == [
        "any of the tanks had reached Chile",
        "the crews were still training in Germany",
    ]


def test_cx29_a_participle_after_the_attribution_is_the_writers(analyzer) -> None:  # noqa: ANN001
    text = (
        "Peru's first two patrol boats arrived from Korea in May, the Peruvian navy said, "
        "starting a programme that ends in 2028."
    )
    assert _statements(analyzer, text) == ["Peru's first two patrol boats arrived from Korea in May"]


def test_cx29_a_speaker_opening_a_bare_relative_reports_nothing(analyzer) -> None:  # noqa: ANN001
    text = "The boats came in May, a month ahead of the date Lima had announced."
    assert _statements(analyzer, text) == []
    tail = "The boats came in May, the navy in Lima announced."
    assert _statements(analyzer, tail) == ["The boats came in May"]

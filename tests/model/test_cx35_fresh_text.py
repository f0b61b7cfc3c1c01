"""(cx35) Shapes found on fresh analysis-style text (corpus part_76), in the project's own sentences.

Statements: an aside ("Moscow, for its part, has warned") keeps the subject as speaker; a quote's
speaker set off as an analyst or researcher of an institute speaks for no state; a city's name that
is a person's given name ("the minister, Milan Petrović, told …") is no speaker and no target;
"told parliament last week that …" reports the that-clause; "…, which Paris announced in May, …"
says nothing; ", it added" continues the body that spoke before. Knowledge: Sky Sabre is a system
of its own (not the CAMM missile it fires). Contradictions: a contract tied to the system of its own
sentence when the article names other systems of the same parties besides."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields, contradiction_pairs, stepped_transfers

_DAY = dt.date(2025, 6, 4)


def _speakers(analyzer, text: str) -> list[tuple[object, object]]:  # noqa: ANN001
    return [(r.get("speaker"), r.get("target")) for r in claim_fields(analyzer, text, "statement", _DAY)]


def test_cx35_an_institute_analyst_speaks_for_no_state(analyzer) -> None:  # noqa: ANN001
    text = '"Chile is buying a relationship, not frigates," said Pablo Ortiz, an analyst at the Andes Forum.'
    assert _speakers(analyzer, text) == []
    text = '"Peru wants ships it can afford," said Rosa da Silva, a senior fellow with the Harbour Institute.'
    assert _speakers(analyzer, text) == []
    # a post in a state's own body keeps its speaker
    text = '"Peru will not buy more tanks," said Jorge Salas, a researcher at the Peruvian defence ministry.'
    assert [s for s, _ in _speakers(analyzer, text)] == ["PER"]
    text = '"Peru will not buy more tanks," said Peru\'s defence minister, Jorge Salas.'
    assert [s for s, _ in _speakers(analyzer, text)] == ["PER"]


def test_cx35_a_city_that_is_a_given_name_is_no_speaker(analyzer) -> None:  # noqa: ANN001
    text = "Croatia's defence minister, Milan Petrović, told reporters that the army would buy more drones."
    assert _speakers(analyzer, text) == [("HRV", None)]
    # officials at the city still speak for its country
    text = "Officials in Milan said on Monday that the frigate deal with Egypt was off."
    assert [s for s, _ in _speakers(analyzer, text)] == ["ITA"]


def test_cx35_told_parliament_last_week_reports_the_clause(analyzer) -> None:  # noqa: ANN001
    text = "Serbia's defence minister told parliament last week that the army would retire its old tanks."
    rows = claim_fields(analyzer, text, "statement", _DAY)
    assert [r.get("text") for r in rows] == ["the army would retire its old tanks"]
    text = "Serbia's defence minister told reporters that the army would retire its old tanks."
    rows = claim_fields(analyzer, text, "statement", _DAY)
    assert [r.get("text") for r in rows] == ["the army would retire its old tanks"]


def test_cx35_sky_sabre_is_its_own_system(analyzer) -> None:  # noqa: ANN001
    text = "Britain delivered three Sky Sabre batteries to Oman in March."
    assert [(r["system"], r["quantity"]) for r in stepped_transfers(analyzer, text, _DAY)] == [
        ("Sky Sabre", 3)
    ]
    text = "Britain delivered 40 CAMM missiles to Oman in March."
    assert [r["system"] for r in stepped_transfers(analyzer, text, _DAY)] == ["CAMM"]


def test_cx35_contract_tied_by_its_own_sentence(analyzer) -> None:  # noqa: ANN001
    first = (
        "Cambodia signed a contract with Russia in 2020 for six Mi-17 helicopters, the ministry said. "
        "It had received Yak-130 trainers from Russia in 2017."
    )
    second = (
        "Cambodia, which ordered six Mi-17 helicopters from Russia under a contract signed in 2021, "
        "will fly them soon."
    )
    docs = [("a", "2024-05-01", first), ("b", "2024-06-01", second)]
    assert ("a", "b", "date") in contradiction_pairs(docs)
    # the contract's own sentence names no system: the article's two systems tie nothing
    first = (
        "Cambodia signed a contract with Russia in 2020, the ministry said. "
        "It received six Mi-17 helicopters and Yak-130 trainers from Russia in 2023."
    )
    docs = [("a", "2024-05-01", first), ("b", "2024-06-01", second)]
    assert ("a", "b", "date") not in contradiction_pairs(docs)


def test_cx35_an_aside_between_speaker_and_verb(analyzer) -> None:  # noqa: ANN001
    text = "Moscow, for its part, has warned that Armenia should not host foreign troops."
    assert [s for s, _ in _speakers(analyzer, text)] == ["RUS"]
    text = "Ankara, in turn, said the sanctions on Tehran were unlawful."
    assert [s for s, _ in _speakers(analyzer, text)] == ["TUR"]
    # a place inside another clause does not become the speaker of unnamed officials
    text = "The deal was signed in Ankara, however, officials said that the first jets had not arrived."
    assert _speakers(analyzer, text) == []


def test_cx35_a_relative_announcement_says_nothing(analyzer) -> None:  # noqa: ANN001
    text = "The sale, which Washington announced alongside a training package, covers 40 missiles for Oslo."
    assert _speakers(analyzer, text) == []
    text = "The sale, which Washington announced in May, covers 40 missiles for Oslo."
    assert _speakers(analyzer, text) == []
    # a clause after the verb is what was said
    text = "Egypt bought the jets, which France said in a statement were the last of the batch."
    assert [s for s, _ in _speakers(analyzer, text)] == ["FRA"]


def test_cx35_it_added_continues_the_body_that_spoke(analyzer) -> None:  # noqa: ANN001
    text = (
        "Sweden delivered four Archer howitzers to Latvia on Monday, the Latvian army said. "
        "The remaining guns will arrive next year, it added."
    )
    rows = claim_fields(analyzer, text, "statement", _DAY)
    assert [(r.get("speaker"), r.get("text")) for r in rows][-1] == (
        "LVA",
        "The remaining guns will arrive next year",
    )
    # "it" inside a clause, not after a comma before the verb, names no speaker
    text = "The army bought the drones because it said they were cheap."
    assert _speakers(analyzer, text) == []

"""Candidate recall and parties of the rule stages (issue 11, cod5): a date is no trigger, a verdict
noun is an accusation, a main verb the tagger reads as a participle keeps its subject, a rejected
claim is aimed at its maker, a judgement's grounds are not the judge's act. Sentences written for
these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _keys(events) -> set[tuple[str, tuple[str | None, ...], tuple[str | None, ...]]]:  # noqa: ANN001
    return {
        (e.category, tuple(a.code for a in e.actors), tuple(r.code for r in e.recipients)) for e in events
    }


@pytest.mark.parametrize(
    "text",
    [
        "The duties on Canadian timber took effect in March and were dropped in June.",
        "Talks between Chile and Peru resumed on Independence Day.",
    ],
)
def test_cod5_a_word_inside_a_date_is_no_trigger(candidates, text: str) -> None:  # noqa: ANN001
    cands = candidates(text)
    assert not [e for e, _ in cands if e.category == "PROTEST"], [e.trigger.text for e, _ in cands]


def test_cod5_a_protest_march_is_still_a_trigger(candidates) -> None:  # noqa: ANN001
    cands = candidates("Hundreds of students joined a march against the Kenyan embassy in Kampala.")
    assert any(e.category == "PROTEST" for e, _ in cands)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Norway said the Danish decision to close the consulate was a provocation.", "DNK"),
        ("Quito described the Peruvian naval manoeuvres as a reckless provocation.", "PER"),
        ("Lima said the Bolivian remarks were gross interference in its affairs.", "BOL"),
    ],
)
def test_cod5_a_verdict_noun_is_an_accusation_candidate(candidates, text: str, accused: str) -> None:  # noqa: ANN001
    cands = candidates(text)
    accusations = {(a.code, r.code) for e, _ in cands if e.category == "ACCUSE" for a in e.actors
                   for r in e.recipients}  # fmt: skip
    speaker = {"Norway": "NOR", "Quito": "ECU", "Lima": "PER"}[text.split()[0]]
    assert (speaker, accused) in accusations


@pytest.mark.parametrize(
    "text",
    [
        "Finland — and Estonia — imposed sanctions on Belarus.",
        "Finland – and later Estonia – imposed sanctions on Belarus.",
    ],
)
def test_cod5_a_main_verb_misread_as_a_participle_keeps_its_subjects(code_text, text: str) -> None:  # noqa: ANN001
    keys = _keys(code_text(text))
    assert any(cat == "SANCTION" and "FIN" in actors and "BLR" in rcpt for cat, actors, rcpt in keys), keys


def test_cod5_a_bare_participle_without_object_stays_passive(code_text) -> None:  # noqa: ANN001
    keys = _keys(code_text("Belgium said the Congolese rebel leader, arrested last week, attacked Rwanda."))
    assert not any("ASSAULT" == cat and "BEL" in actors for cat, actors, _ in keys), keys


@pytest.mark.parametrize(
    ("text", "denier", "accuser"),
    [
        ("Ghana rejected the allegations made by Togo about the border post.", "GHA", "TGO"),
        ("Chile dismissed the accusations levelled by Peru as baseless.", "CHL", "PER"),
    ],
)
def test_cod5_a_rejected_claim_made_by_a_party_is_aimed_at_it(
    code_text, text: str, denier: str, accuser: str
) -> None:  # noqa: ANN001
    keys = _keys(code_text(text))
    assert ("REJECT", (denier,), (accuser,)) in keys, keys


def test_cod5_who_rejects_a_claim_did_not_make_it(candidates) -> None:  # noqa: ANN001
    cands = candidates("Ghana rejected the allegations made by Togo about the border post.")
    made = [(e, f) for e, f in cands if e.category == "ACCUSE" and [a.code for a in e.actors] == ["GHA"]]
    assert made and all("veto=none" not in f for _, f in made), [(e.trigger.text, f[:3]) for e, f in made]


def test_cod5_the_act_a_judgement_is_about_is_not_the_judge_s(candidates) -> None:  # noqa: ANN001
    cands = candidates("Portugal condemned Morocco over raids on the islands.")
    judged = [(e, f) for e, f in cands if e.category == "ASSAULT" and [a.code for a in e.actors] == ["PRT"]]
    assert judged and all("veto=judged-act" in f for _, f in judged)


def test_cod5_a_directive_to_a_party_named_inside_its_object_is_a_request(code_text) -> None:  # noqa: ANN001
    keys = _keys(code_text("Chad told the junta in Niger to step down."))
    assert ("REQUEST", ("TCD",), ("NER",)) in keys, keys


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon accused Rabat of arming the rebels. Morocco rejected the accusation as baseless.",
        "Peru accused Bolivia of sheltering smugglers. Bolivia dismissed the charges on Friday.",
    ],
)
def test_cod5_rejecting_a_claim_answers_its_accuser(code_text, text: str) -> None:  # noqa: ANN001
    events = code_text(text)
    accuser = next(e for e in events if e.category == "ACCUSE")
    rejections = [e for e in events if e.category == "REJECT"]
    assert rejections and all(
        [r.code for r in e.recipients] == [accuser.actors[0].code] for e in rejections
    ), [(e.category, [a.code for a in e.actors], [r.code for r in e.recipients]) for e in events]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Vietnam applied to join the trade bloc in 2023.", "REQUEST"),
        ("Tehran said no to the proposal from Baghdad.", "REJECT"),
        ("Kenya complained about the licences revoked by Tanzania in May.", "SANCTION"),
    ],
)
def test_cod5_phrases_around_the_verb(code_text, text: str, category: str) -> None:  # noqa: ANN001
    events = code_text(text)
    assert any(e.category == category for e in events), _keys(events)

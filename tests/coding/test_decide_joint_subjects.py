"""Symmetric acts whose two parties are coordinated subjects ("X and Y agreed") come out as joint
actors with no recipient, as PLOVER codes them and the rule coder does; "X agreed with Y" keeps its
direction (decide.joint_subjects)."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.coding.decide import joint_subjects
from geowire.settings import Settings
from geowire.types import DocContext, Event, EventActor, Span


def _party(code: str, start: int) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=start, end=start + 3)


def _event(category: str, actor: EventActor, recipient: EventActor, trigger_at: int) -> Event:
    return Event(id="e", doc_id="d", sentence_index=0, sentence="s", sentence_start=0, category=category,
                 trigger=Span(trigger_at, trigger_at + 5, "agree"), actors=(actor,),
                 recipients=(recipient,))  # fmt: skip


def _always(a: EventActor, b: EventActor) -> bool:
    return True


def _never(a: EventActor, b: EventActor) -> bool:
    return False


def test_coordinated_subjects_of_a_symmetric_act_are_joint_actors() -> None:
    pair = joint_subjects(_event("AGREE", _party("MLI", 10), _party("SEN", 0), 20), _always)
    assert pair is not None and [p.code for p in pair] == ["SEN", "MLI"]


def test_a_party_after_the_trigger_keeps_the_direction() -> None:
    assert joint_subjects(_event("CONSULT", _party("MLI", 0), _party("SEN", 30), 20), _always) is None


def test_a_later_mention_of_the_coordinated_partner_makes_them_joint_actors() -> None:
    # "X and Y agreed on a pact between the two countries, Y's capital said": the reading names a later
    # mention of Y; another reading of the trigger has Y's coordinated mention as its actor
    later = _event("AGREE", _party("MLI", 0), _party("SEN", 40), 20)
    other = _event("AGREE", _party("SEN", 8), _party("MLI", 50), 20)
    pair = joint_subjects(later, lambda a, b: {a.start, b.start} == {0, 8}, [(other, ())])
    assert pair is not None and [(p.code, p.start) for p in pair] == [("MLI", 0), ("SEN", 8)]
    # without that reading, or when the two are not coordinated, the direction stays
    assert joint_subjects(later, _always) is None
    assert joint_subjects(later, _never, [(other, ())]) is None


def test_parties_not_coordinated_keep_the_direction() -> None:
    assert joint_subjects(_event("AGREE", _party("MLI", 0), _party("SEN", 10), 20), _never) is None


def test_directed_categories_are_left_alone() -> None:
    assert joint_subjects(_event("ACCUSE", _party("MLI", 0), _party("SEN", 10), 20), _always) is None


@pytest.fixture(scope="module")
def learned():  # noqa: ANN201 - geowire.pipeline.Analyzer with the shipped decider
    from geowire.pipeline import Analyzer

    return Analyzer(Settings())


def _events(analyzer, text: str) -> list[Event]:  # noqa: ANN001
    (analysis,) = analyzer.analyse([(DocContext(doc_id="dj", published=dt.date(2026, 3, 10)), text)])
    return list(analysis.events)


def test_learned_coder_codes_two_agreeing_subjects_jointly(learned) -> None:  # noqa: ANN001
    text = "Norway and Finland agreed on Tuesday to pool their coast guard patrols."
    agree = [e for e in _events(learned, text) if e.category == "AGREE"]
    assert agree, "no AGREE coded"
    assert {a.code for a in agree[0].actors} == {"NOR", "FIN"} and not agree[0].recipients


def test_learned_coder_keeps_an_agreement_with_a_partner_directed(learned) -> None:  # noqa: ANN001
    text = "Norway agreed with Finland on Tuesday to pool coast guard patrols."
    agree = [e for e in _events(learned, text) if e.category == "AGREE"]
    assert all(e.recipients for e in agree)

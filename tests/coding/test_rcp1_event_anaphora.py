"""Recipients implied by an event noun that points back to an act told before (issue 11, rcp1):
"Japan condemned the test" is aimed at whoever carried out the test the article told of earlier
(news guidelines §5, implied recipients). The noun's class (``event_anaphors.yaml``) names the
categories it points back to; the nearest earlier act of one of them gives its actor as the
recipient; no such act, no recipient; never the event's own actor. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.coding.event_anaphora import EventAnaphorFile, antecedent_event, event_nouns
from geowire.lang.pack import LanguagePackError, validated
from geowire.types import Event, EventActor, Span

from .conftest import EN

WORDS = event_nouns(EN)


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=3)


def _event(sentence: int, category: str, actor: str, *, modality: str = "asserted") -> Event:
    return Event(
        id=f"e{sentence}{category}", doc_id="d", sentence_index=sentence, sentence="", sentence_start=0,
        category=category, trigger=Span(text="x", start=0, end=1), actors=(_actor(actor),), recipients=(),
        date=dt.date(2026, 3, 1), modality=modality,  # type: ignore[arg-type]
    )  # fmt: skip


def _find(lemma: str, sentence: int, earlier: list[Event], own: str = "JPN") -> str | None:
    found = antecedent_event(
        lemma, sentence, earlier, WORDS, own=frozenset({own}), trigger_lemmas=lambda e: frozenset()
    )
    return None if found is None else str(found.actors[0].code)


def test_rcp1_the_file_is_validated() -> None:
    assert WORDS.nouns["test"][0] >= {"MOBILIZE"} and WORDS.nouns["move"][0] == {"*"}
    with pytest.raises(LanguagePackError, match="event_anaphors.yaml"):
        validated(EventAnaphorFile, {"classes": [{"words": ["test"]}]}, "data/lang/xx/event_anaphors.yaml")


def test_rcp1_the_class_of_the_noun_picks_the_nearest_act_of_its_kind() -> None:
    earlier = [_event(0, "MOBILIZE", "PRK"), _event(1, "CONSULT", "USA")]
    assert _find("test", 3, earlier) == "PRK"  # the visit between is of another kind
    assert _find("visit", 3, earlier) == "USA"


def test_rcp1_no_act_of_the_kind_before_gives_no_recipient() -> None:
    assert _find("strike", 2, [_event(0, "AGREE", "FRA")]) is None
    assert _find("test", 0, [_event(0, "MOBILIZE", "PRK")]) is None  # only earlier sentences count


def test_rcp1_the_nearest_act_by_the_event_own_actor_implies_no_one() -> None:
    earlier = [_event(0, "MOBILIZE", "PRK"), _event(1, "MOBILIZE", "JPN")]
    assert _find("test", 2, earlier, own="JPN") is None


def test_rcp1_a_negated_act_is_no_antecedent() -> None:
    earlier = [_event(0, "ASSAULT", "ISR"), _event(1, "ASSAULT", "IRN", modality="negated")]
    assert _find("strike", 2, earlier, own="SYR") == "ISR"


def test_rcp1_a_bare_move_reaches_only_a_few_sentences_back() -> None:
    assert _find("move", 2, [_event(0, "SANCTION", "GBR")], own="RUS") == "GBR"
    assert _find("move", 9, [_event(0, "SANCTION", "GBR")], own="RUS") is None


def _recipients(events: list[Event], actor: str, trigger: str) -> set[str | None]:
    found = [e for e in events if trigger in e.trigger.text and actor in {a.code for a in e.actors}]
    assert found, (actor, trigger, events)
    return {r.code for e in found for r in e.recipients}


@pytest.mark.model
def test_rcp1_a_condemnation_of_the_launch_is_aimed_at_the_launcher(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "North Korea fired a ballistic missile into the sea on Tuesday. The missile flew about six "
        "hundred kilometres before it came down. Japan condemned the launch as a grave threat."
    )
    assert _recipients(events, "JPN", "condemned") == {"PRK"}


@pytest.mark.model
def test_rcp1_welcoming_the_deal_is_aimed_at_its_signatories(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Serbia and Kosovo signed a deal on energy on Monday. The European Union welcomed the deal."
    )
    assert _recipients(events, "EU", "welcomed") == {"SRB", "XKX"}


@pytest.mark.model
def test_rcp1_a_noun_that_names_its_party_takes_nothing_from_before(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Iran tested a missile on Monday. On Wednesday Israel struck a depot in Syria. "
        "Jordan condemned the Iranian test."
    )
    assert "ISR" not in _recipients(events, "JOR", "condemned")


@pytest.mark.model
def test_rcp1_without_an_earlier_act_no_recipient_is_invented(code_text) -> None:  # noqa: ANN001
    assert _recipients(code_text("Japan condemned the test on Friday."), "JPN", "condemned") == set()


@pytest.mark.model
def test_rcp1_the_actor_defending_its_own_test_implies_no_one(code_text) -> None:  # noqa: ANN001
    events = code_text("Iran tested a missile on Monday. Iran defended the test as lawful.")
    assert all("IRN" not in {r.code for r in e.recipients} for e in events)


def _pointed(cands: list[tuple[Event, tuple[str, ...]]], trigger: str) -> list[list[str | None]]:
    return [
        [r.code for r in e.recipients]
        for e, f in cands
        if e.trigger.text == trigger and "rcpt=previous-event" in f
    ]


@pytest.mark.model
def test_rcp1_the_learned_stage_gets_the_reading_as_a_candidate(candidates) -> None:  # noqa: ANN001
    # the nearest earlier subject (and the party named most) is Argentina; the expulsions were Chile's
    cands = candidates(
        "Chile expelled three Bolivian diplomats on Monday. Argentina said on Tuesday that Argentina "
        "would send an envoy, and Argentina's minister called for calm. Peru criticised the "
        "expulsions on Wednesday."
    )
    assert _pointed(cands, "criticised") == [["CHL"]]


@pytest.mark.model
def test_rcp1_a_judged_subject_points_back_too(candidates) -> None:  # noqa: ANN001
    # "interference" completes "was"; its subject, the visit, was the Americans' act
    cands = candidates(
        "The American Speaker toured Taipei on Monday. Japan said on Tuesday that Japan would send a "
        "delegation, and Japan's minister called for calm. Beijing said the visit was a gross interference."
    )
    found = _pointed(cands, "interference")
    assert found and all(r == ["USA"] for r in found)


@pytest.mark.model
def test_rcp1_the_subject_of_a_verb_trigger_is_the_act_itself(code_text) -> None:  # noqa: ANN001
    events = code_text("Turkey shelled a village on Monday. On Tuesday the strikes killed four people.")
    assert all("TUR" not in {r.code for r in e.recipients} for e in events if e.trigger.text == "killed")


@pytest.mark.model
def test_rcp1_a_pair_phrase_means_the_coordinated_pair_before_it(code_text) -> None:  # noqa: ANN001
    # the last two named are Azerbaijan and the United States (the place of the signing)
    events = code_text(
        "Armenia and Azerbaijan signed a framework accord in Washington on Friday. "
        "The two neighbours later agreed to reopen rail links with Turkey."
    )
    agreed = [e for e in events if e.sentence_index == 1 and e.category == "AGREE"]
    assert agreed and all({a.code for a in e.actors} == {"ARM", "AZE"} for e in agreed)


@pytest.mark.model
def test_rcp1_a_pair_phrase_after_two_uncoordinated_parties_keeps_them(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Sudan's army attacked positions of the Rapid Support Forces near Khartoum on Sunday. "
        "Both sides later agreed to a truce brokered by Saudi Arabia."
    )
    agreed = [
        e for e in events if e.sentence_index == 1 and e.category == "AGREE" and e.trigger.text != "brokered"
    ]
    assert agreed and all({a.code for a in e.actors} == {"SDN", "RSF"} for e in agreed)

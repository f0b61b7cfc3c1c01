"""Three readings on hand-built Docs (no model): a person named again by one word of the full name
written before is that person; an unknown name the tagger finds in the opening dateline is where
the story was filed, not an unresolved actor; national forces known by their own name (the
Bundeswehr) are their country's military."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc

from geowire.actors.kb import KnowledgeBase, shipped_kb
from geowire.actors.resolve import resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import ActorMention, DocContext

EN = load_language("en")
ON = dt.date(2026, 2, 9)


def _resolve(doc: Doc, kb: KnowledgeBase) -> list[ActorMention]:
    annotated = annotated_from_doc(doc, EN)
    return resolve_mentions(doc, DocContext("d1", ON), kb, EN, sentences=annotated.sentences)


def _rows(mentions: list[ActorMention]) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.text, m.kind, m.code, m.name) for m in mentions]


def _persons(doc: Doc, *spans: tuple[int, int]) -> Doc:
    doc.ents = [doc.char_span(s, e, label="PERSON") for s, e in spans]
    return doc


def test_resolve_an_unknown_persons_surname_names_the_person_again(make_doc: Callable[..., Doc]):
    text = "Ines Valcourt told reporters the plan was fair. Valcourt added that talks would go on."
    doc = _persons(make_doc(text), (0, 13), (48, 56))  # the tagger's second PERSON: "Valcourt"
    found = _resolve(doc, shipped_kb(EN))
    assert [(m.text, m.kind, m.how, m.name) for m in found] == [
        ("Ines Valcourt", "unresolved", "ner:PERSON", None),
        ("Valcourt", "unresolved", "surname", "Ines Valcourt"),
    ]


def test_resolve_a_family_name_written_first_names_the_person_again(make_doc: Callable[..., Doc]):
    text = "Chinese envoy Tan Weiming said the draft was unbalanced. Tan added that Beijing would abstain."
    doc = make_doc(text, [("Tan Weiming", "PERSON")])  # the tagger missed the second: the word is read
    found = {m.text: m for m in _resolve(doc, shipped_kb(EN))}
    envoy, again = found["Chinese envoy Tan Weiming"], found["Tan"]
    assert (envoy.kind, envoy.code, envoy.sector) == ("person", "CHN", "GOV")
    assert (again.kind, again.code, again.sector, again.how) == ("person", "CHN", "GOV", "surname")
    assert again.name == "Tan Weiming"


def test_resolve_a_word_two_people_share_names_neither(make_doc: Callable[..., Doc]):
    text = "Lena Ostrova met Pavel Ostrova. Ostrova said nothing."
    doc = make_doc(text, [("Lena Ostrova", "PERSON"), ("Pavel Ostrova", "PERSON")])
    assert [m.text for m in _resolve(doc, shipped_kb(EN))] == ["Lena Ostrova", "Pavel Ostrova"]


def test_resolve_a_surname_inside_a_longer_name_is_no_mention_of_the_person(make_doc: Callable[..., Doc]):
    text = "Ines Valcourt spoke first. Valcourt Industries said nothing."
    doc = make_doc(text, [("Ines Valcourt", "PERSON")])
    assert [m.text for m in _resolve(doc, shipped_kb(EN))] == ["Ines Valcourt"]


def test_resolve_an_unknown_capital_in_the_dateline_is_no_actor(make_doc: Callable[..., Doc]):
    text = "TALLINN, 2 February 2026 — Estonia's navy escorted a tanker on Monday."
    doc = make_doc(text, [("TALLINN", "ORG")])
    assert _rows(_resolve(doc, shipped_kb(EN))) == [("Estonia's navy", "country", "EST", "Estonia")]


def test_resolve_an_unknown_name_after_an_agency_dateline_is_no_actor(make_doc: Callable[..., Doc]):
    text = "RIGA (Wire) — Latvia closed two border crossings."
    doc = make_doc(text, [("RIGA", "GPE")])
    assert [m.text for m in _resolve(doc, shipped_kb(EN))] == ["Latvia"]


def test_resolve_an_unknown_name_opening_a_sentence_stays_unresolved(make_doc: Callable[..., Doc]):
    text = "Talks opened. Acme Norvalis said it would bid."
    doc = make_doc(text, [("Acme Norvalis", "ORG")])
    assert [(m.text, m.kind) for m in _resolve(doc, shipped_kb(EN))] == [("Acme Norvalis", "unresolved")]


def test_resolve_the_bundeswehr_is_germanys_military(make_doc: Callable[..., Doc]):
    doc = make_doc("The Bundeswehr sent a brigade to Lithuania.", [("Bundeswehr", "GPE")])
    (forces, _) = _resolve(doc, shipped_kb(EN))
    assert (forces.kind, forces.code, forces.country, forces.sector) == ("group", "BUNDESWEHR", "DEU", "MIL")

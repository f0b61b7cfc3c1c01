"""A person named again by the first word of the full name: many first names are common words too
("Grant", "Marine"), so that word names the person only when the tagger marks it PERSON or a
reporting verb follows it, and never when it modifies the noun after it.  The overlap test that
keeps such a word from standing inside another mention looks mentions up by position.  Texts
written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Span

from geowire.actors.kb import shipped_kb
from geowire.actors.resolve import _covered, _reaches, resolve_mentions
from geowire.lang import load_language
from geowire.nlp.annotate import annotated_from_doc
from geowire.types import ActorMention, DocContext

EN = load_language("en")


def _found(doc: Doc) -> list[tuple[str, str, str | None]]:
    annotated = annotated_from_doc(doc, EN)
    found = resolve_mentions(doc, DocContext("d1", dt.date(2026, 3, 2)), shipped_kb(EN), EN,
                             sentences=annotated.sentences)  # fmt: skip
    return [(m.text, m.how, m.name) for m in found]


def test_a_first_name_used_as_an_ordinary_word_is_no_person(make_doc: Callable[..., Doc]) -> None:
    text = "Grant Ferrow opened the budget debate. Grant money for farms was halved."
    doc = make_doc(text, [("Grant Ferrow", "PERSON")])
    assert _found(doc) == [("Grant Ferrow", "ner:PERSON", None)]


def test_a_first_name_before_a_reporting_verb_names_the_person(make_doc: Callable[..., Doc]) -> None:
    text = "Grant Ferrow opened the budget debate. Grant said farms would be spared."
    doc = make_doc(text, [("Grant Ferrow", "PERSON")])
    assert _found(doc)[1] == ("Grant", "surname", "Grant Ferrow")


def test_a_first_name_the_tagger_marks_a_person_names_the_person(make_doc: Callable[..., Doc]) -> None:
    text = "Grant Ferrow opened the budget debate. After lunch Grant walked out."
    doc = make_doc(text, [("Grant Ferrow", "PERSON")])
    doc.ents = [*doc.ents, Span(doc, 9, 10, label="PERSON")]
    assert _found(doc)[1] == ("Grant", "surname", "Grant Ferrow")


def test_a_first_name_modifying_a_noun_is_no_person(make_doc: Callable[..., Doc]) -> None:
    words = ["Marine", "Dubreuil", "arrived", ".", "Marine", "units", "landed", "."]
    doc = Doc(
        make_doc("").vocab, words=words, spaces=[True, False, False, True, True, True, False, False],
        heads=[1, 2, 2, 2, 5, 6, 6, 6],
        deps=["compound", "nsubj", "ROOT", "punct", "amod", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, True, False, False, False],
    )  # fmt: skip
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, 4, 5, label="PERSON"),
    ]  # the tagger errs on the second
    assert [t for t, how, _ in _found(doc) if how == "surname"] == []


def _mention(start: int, end: int, code: str | None) -> ActorMention:
    return ActorMention(text="x" * (end - start), start=start, end=end, kind="country", code=code,
                        confidence=1.0, how="test")  # fmt: skip


def test_covered_sees_a_long_mention_that_began_well_before() -> None:
    mentions = [_mention(0, 50, "FRA"), _mention(10, 12, "DEU"), _mention(60, 64, None)]
    starts, reach = _reaches(mentions)
    assert _covered(mentions, starts, reach, (40, 45))  # inside the first, past the second
    assert not _covered(mentions, starts, reach, (52, 58))
    assert not _covered(mentions, starts, reach, (60, 64))  # the unresolved mention of that very span
    assert _covered(mentions, starts, reach, (62, 70))

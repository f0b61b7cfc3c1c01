"""A location word before a date says when, not where: when the parser reads "In 2019 Chile and
Peru …" as one noun phrase after "In", that phrase is no stated location, and the countries after
the year (the sentence's subject) are named, not the event's place."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en import English
from spacy.tokens import Doc

from geowire.geo.spans import place_spans
from geowire.lang import load_language

PREPS = frozenset({"in", "at", "near"})
WORDS = load_language("en").surface.places


@dataclass(frozen=True)
class _Stated:
    start: int
    end: int


def _doc(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    words, pos, heads, deps, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(English().vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def _year_then_subject() -> Doc:
    return _doc([("In", "ADP", 5, "prep", "O"), ("2019", "NUM", 2, "nummod", "B-DATE"),
                 ("Chile", "PROPN", 0, "pobj", "B-GPE"), ("and", "CCONJ", 2, "cc", "O"),
                 ("Peru", "PROPN", 2, "conj", "B-GPE"), ("signed", "VERB", 5, "ROOT", "O"),
                 ("a", "DET", 7, "det", "O"), ("treaty", "NOUN", 5, "dobj", "O"),
                 (".", "PUNCT", 5, "punct", "O")])  # fmt: skip


def test_place_spans_a_stated_location_opening_with_a_year_is_none() -> None:
    doc = _year_then_subject()
    stated = _Stated(doc[1].idx, doc[4].idx + len("Peru"))  # "2019 Chile and Peru"
    spans = place_spans(doc[:], stated, PREPS, WORDS)
    assert [(s.text, s.cue) for s in spans] == [("Chile", "named"), ("Peru", "named")]


def test_place_spans_the_subject_after_a_year_is_never_one_span() -> None:
    doc = _year_then_subject()
    assert all(s.text in ("Chile", "Peru") for s in place_spans(doc[:], None, PREPS, WORDS))


def test_place_spans_a_stated_location_without_a_date_keeps_its_cue() -> None:
    doc = _doc([("Talks", "NOUN", 1, "nsubj", "O"), ("opened", "VERB", 1, "ROOT", "O"),
                ("in", "ADP", 1, "prep", "O"), ("Lima", "PROPN", 2, "pobj", "B-GPE"),
                (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    (span,) = place_spans(doc[:], _Stated(doc[3].idx, doc[3].idx + 4), PREPS, WORDS)
    assert (span.text, span.cue) == ("Lima", "location")

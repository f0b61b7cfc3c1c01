"""Place names the entity tagger mislabels are still found: a place entity it calls a noun, a
name after a location word it calls a person (then resolved only where its country is in view),
"the town of" before any name, and the object of the event's verb or noun ("shelled X", "the
bombardment of X") — unless the actor stage resolved that name to someone."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from geowire.geo.resolve import Geography, event_place, geography
from geowire.geo.spans import place_spans
from geowire.lang import load_language
from geowire.lang.pack import PlaceWords

PREPS = frozenset({"in", "at", "near"})


@pytest.fixture(scope="module")
def words() -> PlaceWords:
    return load_language("en").surface.places


@pytest.fixture(scope="module")
def geo() -> Geography:
    return geography(load_language("en"))


def _doc(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parsed doc from (word, pos, head index, dep, entity IOB) rows."""
    words, pos, heads, deps, ents = (list(col) for col in zip(*rows, strict=True))
    return Doc(English().vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents)


def test_place_spans_a_place_entity_tagged_as_a_noun(words: PlaceWords):
    doc = _doc([("Jets", "NOUN", 1, "nsubj", "O"), ("hit", "VERB", 1, "ROOT", "O"),
                ("a", "DET", 3, "det", "O"), ("depot", "NOUN", 1, "dobj", "O"),
                ("in", "ADP", 1, "prep", "O"), ("Mykolaiv", "NOUN", 4, "pobj", "B-GPE"),
                (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    (span,) = place_spans(doc[:], None, PREPS, words)
    assert (span.text, span.cue, span.doubtful) == ("Mykolaiv", "prep", False)


def test_place_spans_a_person_tag_after_a_location_word_is_doubtful(words: PlaceWords, geo: Geography):
    doc = _doc([("Shells", "NOUN", 1, "nsubj", "O"), ("fell", "VERB", 1, "ROOT", "O"),
                ("in", "ADP", 1, "prep", "O"), ("Mykolaiv", "PROPN", 2, "pobj", "B-PERSON"),
                (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    (span,) = place_spans(doc[:], None, PREPS, words)
    assert (span.text, span.cue, span.doubtful) == ("Mykolaiv", "prep", True)
    assert event_place(geo, [span]) is None  # a town under a million people, its country not in view
    place = event_place(geo, [span], sentence_countries={"UKR"})
    assert place is not None and (place.geonames_id, place.country) == (700569, "UKR")


def test_place_spans_the_town_of_introduces_any_name(words: PlaceWords):
    doc = _doc([("Artillery", "NOUN", 1, "nsubj", "O"), ("pounded", "VERB", 1, "ROOT", "O"),
                ("the", "DET", 3, "det", "O"), ("town", "NOUN", 1, "dobj", "O"),
                ("of", "ADP", 3, "prep", "O"), ("Avdiivka", "PROPN", 4, "pobj", "B-ORG"),
                (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    (span,) = place_spans(doc[:], None, PREPS, words)
    assert (span.text, span.cue, span.doubtful) == ("Avdiivka", "city-of", False)


def _object_docs() -> list[Doc]:
    verb = _doc([("Drones", "NOUN", 1, "nsubj", "O"), ("pounded", "VERB", 1, "ROOT", "O"),
                 ("Mykolaiv", "PROPN", 1, "dobj", "B-PERSON"), ("overnight", "ADV", 1, "advmod", "O"),
                 (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    noun = _doc([("They", "PRON", 1, "nsubj", "O"), ("resumed", "VERB", 1, "ROOT", "O"),
                 ("the", "DET", 3, "det", "O"), ("bombardment", "NOUN", 1, "dobj", "O"),
                 ("of", "ADP", 3, "prep", "O"), ("Mykolaiv", "PROPN", 4, "pobj", "B-PERSON"),
                 (".", "PUNCT", 1, "punct", "O")])  # fmt: skip
    return [verb, noun]


@pytest.mark.parametrize("doc", _object_docs(), ids=["verb-object", "noun-of-object"])
def test_place_spans_the_object_of_the_event_is_a_doubtful_place(doc: Doc, words: PlaceWords, geo: Geography):
    (span,) = place_spans(doc[:], None, PREPS, words)
    assert (span.text, span.cue, span.doubtful) == ("Mykolaiv", "named", True)
    place = event_place(geo, [span], sentence_countries={"UKR"})
    assert place is not None and place.geonames_id == 700569


@pytest.mark.parametrize("doc", _object_docs(), ids=["verb-object", "noun-of-object"])
def test_place_spans_an_object_resolved_to_an_actor_is_no_place(doc: Doc, words: PlaceWords):
    name = next(t for t in doc if t.text == "Mykolaiv")
    assert place_spans(doc[:], None, PREPS, words, actors=[(name.idx, name.idx + len(name.text))]) == []

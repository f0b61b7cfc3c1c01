"""Named features (seas, straits, regions: data/geo/features.yaml) are places; rivers and other
features named like towns are not read as the towns (issue 15)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from geowire.errors import KnowledgeBaseError
from geowire.geo.features import load_features, parse_features
from geowire.geo.resolve import GeoContext, Geography, PlaceSpan, event_place, geography, resolve
from geowire.geo.spans import place_spans
from geowire.lang import load_language

PREPS = frozenset({"in", "at", "near"})


@pytest.fixture(scope="module")
def geo() -> Geography:
    return geography(load_language("en"))


def _span(text: str, cue: str = "prep", **kw) -> PlaceSpan:  # noqa: ANN003
    return PlaceSpan(text, 0, len(text), cue, **kw)  # type: ignore[arg-type]


def test_features_file_is_valid_and_every_name_is_found(geo: Geography):
    features = load_features()
    assert len(features) > 60
    for f in features:
        found = [m.entry for m in geo.lookup(f.name) if m.entry.kind == f.kind]
        assert found and found[0].name == f.name and not (f.country and len(f.country) != 3), f.name


def test_features_file_errors_are_one_line():
    with pytest.raises(KnowledgeBaseError, match="country"):
        parse_features("features: [{name: X Sea, kind: water, lat: 1, lon: 2, country: Russia}]")
    with pytest.raises(KnowledgeBaseError, match="kind"):
        parse_features("features: [{name: X Sea, kind: ocean, lat: 1, lon: 2, country: ''}]")
    with pytest.raises(KnowledgeBaseError, match="twice"):
        one = "{name: X Sea, kind: water, lat: 1, lon: 2, country: ''}"
        parse_features(f"features: [{one}, {one}]")


def test_resolve_seas_and_straits_are_water_without_a_country(geo: Geography):
    for text in ("Black Sea", "the Red Sea", "Strait of Hormuz", "South China Sea", "Gulf of Aden"):
        place = resolve(geo, _span(text))
        assert place is not None and place.kind == "water" and place.country == "", text
    black = resolve(geo, _span("Black Sea"))
    assert black is not None and black.geonames_id == 630673 and 40 < black.lat < 47


def test_resolve_a_region_word_keeps_the_admin1_of_the_same_name(geo: Geography):
    sudan = GeoContext(doc_countries=frozenset({"SDN"}))
    assert resolve(geo, _span("Red Sea"), context=sudan).kind == "water"  # type: ignore[union-attr]
    state = resolve(geo, _span("Red Sea", region=True), context=sudan)
    assert state is not None and state.kind == "admin1" and state.country == "SDN"


def test_resolve_regions_have_their_country(geo: Geography):
    donbas = resolve(geo, _span("Donbass"))
    assert donbas is not None and (donbas.name, donbas.kind, donbas.country) == ("Donbas", "region", "UKR")
    assert resolve(geo, _span("Darfur", "named")).country == "SDN"  # type: ignore[union-attr]


def test_resolve_a_river_is_not_the_town_of_its_name(geo: Geography):
    assert resolve(geo, _span("Dnipro")).kind == "city"  # type: ignore[union-attr]
    assert resolve(geo, _span("Dnipro", feature=True)) is None
    assert resolve(geo, _span("Aden", feature=True)) is None  # "the Gulf of Aden" is no town
    assert event_place(geo, [_span("Dnipro", feature=True), _span("Kherson")]).name == "Kherson"  # type: ignore[union-attr]


def test_event_place_a_town_beats_the_sea_it_lies_on(geo: Geography):
    spans = [_span("Odesa"), _span("Black Sea")]
    assert event_place(geo, spans).name == "Odesa"  # type: ignore[union-attr]


def _doc(words: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    return Doc(English().vocab, words=words, pos=pos, ents=ents or ["O"] * len(words))


def test_place_spans_mark_a_river_and_join_a_strait_of_name():
    words = load_language("en").surface.places
    river = _doc(["Troops", "crossed", "near", "the", "Dnipro", "river", "."],
                 ["NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"])  # fmt: skip
    (span,) = place_spans(river[:], None, PREPS, words)
    assert (span.text, span.feature, span.cue) == ("Dnipro", True, "prep")
    strait = _doc(["Iran", "seized", "a", "tanker", "in", "the", "Strait", "of", "Hormuz", "."],
                  ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT"],
                  ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O"])  # fmt: skip
    spans = place_spans(strait[:], None, PREPS, words)
    assert [(s.text, s.feature, s.cue) for s in spans] == [
        ("Iran", False, "named"),
        ("Strait of Hormuz", True, "prep"),
    ]


def test_resolve_drops_a_leading_direction_only_when_the_name_is_unknown(geo: Geography):
    darfur = resolve(geo, _span("North Darfur"))
    assert darfur is not None and (darfur.name, darfur.kind) == ("Darfur", "region")
    korea = resolve(geo, _span("North Korea"))
    assert korea is not None and korea.country == "PRK"


def test_place_spans_a_direction_word_before_a_name_makes_it_a_place():
    words = load_language("en").surface.places
    doc = _doc(["Jets", "struck", "southern", "Lebanon", "."], ["NOUN", "VERB", "ADJ", "PROPN", "PUNCT"],
               ["O", "O", "O", "B-GPE", "O"])  # fmt: skip
    (span,) = place_spans(doc[:], None, PREPS, words)
    assert (span.text, span.cue) == ("Lebanon", "prep")

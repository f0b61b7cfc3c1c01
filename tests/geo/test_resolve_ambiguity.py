"""Place names ranked by population and country context; the event's place chosen from its spans."""

from __future__ import annotations

import pytest

from geowire.geo.resolve import (
    GeoContext,
    Geography,
    PlaceSpan,
    dateline_place,
    event_place,
    geography,
    resolve,
)
from geowire.lang import load_language


@pytest.fixture(scope="module")
def gaz() -> Geography:
    return geography(load_language("en"))


def _span(text: str, cue: str = "prep", **kw) -> PlaceSpan:  # noqa: ANN003
    return PlaceSpan(text, 0, len(text), cue, **kw)  # type: ignore[arg-type]


def test_resolve_paris_is_france_unless_texas_is_said(gaz: Geography):
    assert resolve(gaz, _span("Paris")).country == "FRA"  # type: ignore[union-attr]
    texas = resolve(gaz, _span("Paris", qualifier="Texas"))
    assert texas is not None and texas.country == "USA" and texas.admin1 == "Texas"


def test_resolve_tripoli_follows_the_country_context(gaz: Geography):
    assert resolve(gaz, _span("Tripoli")).country == "LBY"  # type: ignore[union-attr]
    assert resolve(gaz, _span("Tripoli"), sentence_countries={"LBN"}).country == "LBN"  # type: ignore[union-attr]
    in_article = GeoContext(doc_countries=frozenset({"LBN"}))
    assert resolve(gaz, _span("Tripoli"), context=in_article).country == "LBN"  # type: ignore[union-attr]
    assert resolve(gaz, _span("Tripoli", qualifier="Lebanon")).country == "LBN"  # type: ignore[union-attr]


def test_resolve_georgia_is_the_country_and_atlanta_georgia_the_state(gaz: Geography):
    georgia = resolve(gaz, _span("Georgia"))
    assert georgia is not None and georgia.kind == "country" and georgia.country == "GEO"
    atlanta = resolve(gaz, _span("Atlanta", qualifier="Georgia"))
    assert atlanta is not None and atlanta.country == "USA" and atlanta.admin1 == "Georgia"


def test_resolve_city_before_its_admin1_and_suffixes_dropped(gaz: Geography):
    for text in ("Khartoum", "Donetsk", "Kharkiv region", "Gaza City", "Odessa"):
        place = resolve(gaz, _span(text))
        assert place is not None and place.kind == "city", text
    assert resolve(gaz, _span("Donetsk")).country == "UKR"  # type: ignore[union-attr]
    assert resolve(gaz, _span("Gaza City")).geonames_id == 281133  # type: ignore[union-attr]
    assert resolve(gaz, _span("Zzyzxqvw")) is None


def test_event_place_prefers_a_city_to_its_country(gaz: Geography):
    spans = [_span("Ukraine", "location"), _span("Kharkiv", "named")]
    place = event_place(gaz, spans)
    assert place is not None and place.name == "Kharkiv" and place.kind == "city"


def test_event_place_skips_actor_spans_and_named_countries(gaz: Geography):
    moscow_said = [_span("Moscow", "named", actor=True)]
    assert event_place(gaz, moscow_said) is None
    assert event_place(gaz, [_span("France", "named")]) is None
    assert event_place(gaz, [_span("France", "prep")]).kind == "country"  # type: ignore[union-attr]


def test_event_place_falls_back_to_the_dateline(gaz: Geography):
    dateline = dateline_place(gaz, "KHARKIV, 4 March 2024 — Officials said")
    assert dateline is not None and dateline.source == "dateline" and dateline.name == "Kharkiv"
    assert event_place(gaz, [], context=GeoContext(dateline=dateline)) == dateline
    beirut = event_place(gaz, [_span("Beirut")], context=GeoContext(dateline=dateline))
    assert beirut is not None and beirut.name == "Beirut" and beirut.source == "sentence"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("KHARKIV, 4 March 2024 — Shelling", "Kharkiv", "UKR"),
        ("Strikes go on\nGAZA CITY (Wire) — Israeli jets", "Gaza", "PSE"),
        ("TRIPOLI, Lebanon — Clashes", "Tripoli", "LBN"),
        ("SANAA — The Houthis", "Sanaa", "YEM"),
    ],
)
def test_dateline_place_reads_upper_case_datelines(gaz: Geography, text: str, name: str, country: str):
    place = dateline_place(gaz, text)
    assert place is not None and (place.name, place.country) == (name, country)


def test_dateline_place_ignores_ordinary_sentences(gaz: Geography):
    assert dateline_place(gaz, "The UN said on Monday that talks would resume.") is None
    assert dateline_place(gaz, "Paris, the French capital, hosted talks.") is None


def test_event_place_a_bare_capital_is_a_government_unless_struck(gaz: Geography):
    ratified = [_span("Moscow", "named", capital=True)]
    assert event_place(gaz, ratified) is None
    struck = event_place(gaz, [_span("Beirut", "named", capital=True, target=True)])
    assert struck is not None and struck.name == "Beirut"
    assert event_place(gaz, [_span("Moscow", "prep", capital=True)]).name == "Moscow"  # type: ignore[union-attr]


def test_event_place_a_bare_name_needs_its_country_in_view_or_a_big_city(gaz: Geography):
    assert event_place(gaz, [_span("Rodriguez", "named")]) is None
    in_view = GeoContext(doc_countries=frozenset({"PHL"}))
    assert event_place(gaz, [_span("Rodriguez", "named")], context=in_view) is not None
    assert event_place(gaz, [_span("Rodriguez", "prep")]) is not None
    assert event_place(gaz, [_span("Kharkiv", "named")]).name == "Kharkiv"  # type: ignore[union-attr]


def test_event_place_the_dateline_word_in_the_sentence_is_the_dateline(gaz: Geography):
    dateline = dateline_place(gaz, "MOSCOW, 3 May — Russia warned")
    assert dateline is not None
    place = event_place(gaz, [_span("MOSCOW", "named")], context=GeoContext(dateline=dateline))
    assert place is not None and place.source == "dateline"

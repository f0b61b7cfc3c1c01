"""Countries by their other names: a direction before a country name, the knowledge base's aliases
("DR Congo", "Burma") and a name several countries share ("Congo": the bigger one unless the text
points at the other) — never a town whose name only matches once its article is dropped."""

from __future__ import annotations

import pytest

from geowire.errors import KnowledgeBaseError
from geowire.geo.countries import load_shared_names, parse_shared_names
from geowire.geo.resolve import GeoContext, Geography, PlaceSpan, dateline_place, geography, resolve
from geowire.lang import load_language


@pytest.fixture(scope="module")
def geo() -> Geography:
    return geography(load_language("en"))


def _country(geo: Geography, text: str, **kw) -> str | None:  # noqa: ANN003
    place = resolve(geo, PlaceSpan(text, 0, len(text), "prep"), **kw)
    assert place is None or place.kind == "country", (text, place)
    return place.country if place else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("eastern Congo", "COD"),
        ("northern Mali", "MLI"),
        ("southern Lebanon", "LBN"),
        ("western Ukraine", "UKR"),
        ("central Somalia", "SOM"),
    ],
)
def test_place_countries_a_direction_before_a_country_is_the_country(geo: Geography, text: str, country: str):
    assert _country(geo, text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Democratic Republic of the Congo", "COD"),
        ("DR Congo", "COD"),
        ("DRC", "COD"),
        ("Congo-Kinshasa", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("Britain", "GBR"),
        ("Burma", "MMR"),
    ],
)
def test_place_countries_knowledge_base_names_find_the_country(geo: Geography, text: str, country: str):
    assert _country(geo, text) == country


def test_place_countries_congo_alone_is_the_drc_unless_the_text_points_at_brazzaville(geo: Geography):
    assert _country(geo, "Congo") == "COD"
    assert _country(geo, "the Congo") == "COD"
    assert _country(geo, "Congo", sentence_countries={"COG"}) == "COG"
    assert _country(geo, "Congo", context=GeoContext(doc_countries=frozenset({"COG"}))) == "COG"
    brazzaville = dateline_place(geo, "BRAZZAVILLE, 2 June — Officials met on Monday.")
    assert brazzaville is not None and brazzaville.country == "COG"
    assert _country(geo, "Congo", context=GeoContext(dateline=brazzaville)) == "COG"


def test_place_countries_an_article_stripped_town_never_beats_a_country(geo: Geography):
    # "El Congo" (a town in El Salvador) is found under "Congo" once its article is dropped
    towns = [m.entry for m in geo.lookup("Congo") if m.entry.kind == "city"]
    assert towns and all(t.country == "SLV" for t in towns)
    assert _country(geo, "Congo") == "COD"
    town = resolve(geo, PlaceSpan("El Congo", 0, 8, "prep"))
    assert town is not None and (town.kind, town.country) == ("city", "SLV")


def test_place_countries_each_country_is_listed_once_per_name(geo: Geography):
    found = [m.entry.country for m in geo.lookup("Congo") if m.entry.kind == "country"]
    assert sorted(found) == ["COD", "COG"]
    assert [m.entry.country for m in geo.lookup("Ukraine") if m.entry.kind == "country"] == ["UKR"]


def test_place_countries_shared_names_file_is_valid_and_errors_are_one_line():
    assert any(item.name == "Congo" for item in load_shared_names())
    with pytest.raises(KnowledgeBaseError, match="country_names.yaml"):
        parse_shared_names("names: [{name: Congo, countries: [COD]}]")
    with pytest.raises(KnowledgeBaseError, match="country_names.yaml"):
        parse_shared_names("names: [{name: Congo, countries: [COD, Brazzaville]}]")

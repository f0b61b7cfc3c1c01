"""Events carry their gazetteer place: coded by the pipeline, stored (migration 011), read back,
and written by the GDELT and PLOVER exports (issue 15, deliverable 2)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources

import jsonschema
import pytest

from geowire.export.codes import ExportCodes
from geowire.export.gdelt import GDELT_COLUMNS, gdelt_row
from geowire.export.plover_jsonl import plover_record
from geowire.export.records import ExportEvent
from geowire.export.service import event_from_row
from geowire.store import open_store
from geowire.store.events import query_events, replace
from geowire.types import DocAnalysis, DocContext, Event, EventActor, Place, Span

KHARKIV = Place(
    name="Kharkiv", kind="city", geonames_id=706483, lat=49.9818, lon=36.2548, country="UKR",
    admin1="Kharkivs’ka Oblast’", admin1_code="07", source="sentence", text="Kharkiv",
)  # fmt: skip
SENT = "Russia shelled Kharkiv."


def _event(place: Place | None) -> Event:
    return Event(
        id="ev1",
        doc_id="d1",
        sentence_index=3,
        sentence=SENT,
        sentence_start=0,
        category="ASSAULT",
        trigger=Span(7, 14, "shelled"),
        actors=(EventActor("RUS", None, "Russia", "Q159", 0, 6),),
        recipients=(),
        date=dt.date(2024, 3, 4),
        date_precision="day",
        date_source="clause",
        place=place,
        quad_class=4,
        score=-9.0,
        confidence=0.9,
        rule="test",
    )


def _stored_row(event: Event) -> dict:
    store = open_store(None)
    with store.transaction() as con:
        replace(con, [DocAnalysis("d1", (), (), (), (), (), (event,))])
    (row,) = query_events(store)
    return row


def test_event_places_round_trip_through_the_store():
    row = _stored_row(_event(KHARKIV))
    assert row["place_geonames_id"] == 706483 and row["place_country"] == "UKR"
    assert event_from_row(row).place == KHARKIV
    assert event_from_row(_stored_row(_event(None))).place is None


def _gdelt_fields(row: dict) -> dict[str, str]:
    values = gdelt_row(ExportEvent(event_from_row(row), row=row), codes=ExportCodes.load())
    assert values is not None
    return dict(zip(GDELT_COLUMNS, values, strict=True))


def test_event_places_in_gdelt_action_geo():
    row = _stored_row(_event(KHARKIV))
    fields = _gdelt_fields(row)
    assert fields["ActionGeo_Type"] == "4" and fields["ActionGeo_CountryCode"] == "UP"
    assert fields["ActionGeo_ADM1Code"] == "UP07" and fields["ActionGeo_FeatureID"] == "706483"
    assert fields["ActionGeo_FullName"] == "Kharkiv, Kharkivs’ka Oblast’, Ukraine"
    assert (float(fields["ActionGeo_Lat"]), float(fields["ActionGeo_Long"])) == (49.9818, 36.2548)
    country = dataclasses.replace(
        KHARKIV, kind="country", name="Ukraine", geonames_id=690791, admin1=None, admin1_code=None
    )
    row = _stored_row(_event(country))
    fields = _gdelt_fields(row)
    assert (fields["ActionGeo_Type"], fields["ActionGeo_FeatureID"], fields["ActionGeo_ADM1Code"]) == (
        "1",
        "UP",
        "",
    )


def test_event_places_in_plover_event_loc_valid_against_the_schema():
    schema = json.loads(
        resources.files("geowire.data").joinpath("schemas/plover.schema.json").read_text("utf-8")
    )
    row = _stored_row(_event(KHARKIV))
    record = plover_record(ExportEvent(event_from_row(row), row=row), ExportCodes.load())
    assert record is not None
    jsonschema.Draft202012Validator(schema).validate(record)
    loc = record["event_loc"]
    assert loc["geonameid"] == 706483 and loc["country_code"] == "UKR" and loc["resolution"] == 4
    assert (
        loc["city"] == "Kharkiv" and loc["province"] == "Kharkivs’ka Oblast’" and loc["feature_class"] == "P"
    )


@pytest.fixture(scope="module")
def code_places():  # noqa: ANN201
    from geowire.pipeline import Analyzer
    from geowire.settings import Settings

    analyzer = Analyzer(Settings(coder="rules"))

    def run(text: str) -> list[Event]:
        (analysis,) = analyzer.analyse([(DocContext(doc_id="g1", published=dt.date(2024, 3, 4)), text)])
        return list(analysis.events)

    return run


@pytest.mark.model
def test_event_places_from_the_sentence_the_country_context_and_the_dateline(code_places):
    events = code_places(
        "TRIPOLI, Lebanon — Lebanese troops clashed with gunmen in Tripoli on Sunday. "
        "Lebanon's prime minister accused Syria of arming the militants."
    )
    places = {e.sentence[:8]: e.place for e in events}
    tripoli = places["TRIPOLI,"]
    assert tripoli is not None and (tripoli.country, tripoli.geonames_id, tripoli.source) == (
        "LBN",
        266826,
        "sentence",
    )
    fallback = places["Lebanon'"]
    assert fallback is not None and fallback.source == "dateline" and fallback.country == "LBN"


@pytest.mark.model
def test_event_places_most_specific_and_not_the_actor(code_places):
    (strike,) = [
        e for e in code_places("Russia attacked Ukraine in Kharkiv on Monday.") if e.category == "ASSAULT"
    ]
    assert strike.place is not None and strike.place.name == "Kharkiv" and strike.place.kind == "city"
    said = code_places("Moscow accused Kyiv of sabotage.")
    assert said and all(e.place is None for e in said)


def test_event_places_survive_the_batch_output_json():
    from geowire.scale.serialize import analysis_from_json, analysis_to_json

    analysis = DocAnalysis("d1", (), (), (), (), (), (_event(KHARKIV),))
    assert analysis_from_json(analysis_to_json(analysis)).events[0].place == KHARKIV


@pytest.mark.model
def test_event_places_the_struck_town_and_not_the_arrested_person(code_places):
    struck = [e for e in code_places("Ukraine says Russian artillery pounded Kherson overnight.") if e.place]
    assert struck and all(e.place.name == "Kherson" for e in struck)  # type: ignore[union-attr]
    arrested = code_places("Police in Pakistan detained Imran Khan on Friday.")
    assert arrested and all(e.place is None or e.place.country == "PAK" for e in arrested)
    assert all(e.place is None or e.place.kind == "country" for e in arrested)

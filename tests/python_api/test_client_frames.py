"""geowire.open(): flat data-frame results in pandas, polars, Arrow and DuckDB; read-only visits."""

from __future__ import annotations

import datetime as dt
import sys

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import geowire
from geowire.errors import OptionalDependencyError, StoreError
from geowire.store.db import open_store
from geowire.store.frames import PLACE_COLUMNS

pytestmark = pytest.mark.model


def test_client_events_are_flat_in_every_library(examples_db):
    ds = geowire.open(examples_db)
    result = ds.events()
    frame = result.df()
    assert isinstance(frame, pd.DataFrame) and len(frame) == len(result) > 0
    assert isinstance(result.pl(), pl.DataFrame) and isinstance(result.arrow(), pa.Table)
    schema = result.arrow().schema
    for column in ("actor_codes", "actor_sectors", "actor_names", "recipient_codes", "context"):
        assert pa.types.is_list(schema.field(column).type), column
    for column in schema.names:  # no JSON text anywhere
        assert not frame[column].astype(str).str.startswith('[{"').any(), column
    assert result.relation.aggregate("count(*)").fetchall() == [(len(result),)]


def test_client_events_have_flat_place_columns(examples_db):
    frame = geowire.open(examples_db).events().df()
    assert set(PLACE_COLUMNS) <= set(frame.columns)
    placed = frame.dropna(subset=["place_name"])
    assert len(placed) > 0 and set(placed["place_kind"]) <= {"country", "admin1", "city", "region", "water"}
    assert placed["place_lat"].between(-90, 90).all() and placed["place_lon"].between(-180, 180).all()
    # ISO alpha-3, or empty for international waters ("the Caribbean")
    assert placed["place_country"].str.fullmatch(r"[A-Z]{3}|").all()
    assert (placed[placed["place_country"] == ""]["place_kind"] != "city").all()
    assert set(placed["place_source"]) <= {"sentence", "dateline"}
    cities = placed[placed["place_kind"] == "city"]
    assert len(cities) > 0 and cities["place_geonames_id"].notna().all()
    unplaced = frame[frame["place_name"].isna()]
    assert unplaced[list(PLACE_COLUMNS)].isna().all().all()


def test_client_events_filters(examples_db):
    ds = geowire.open(examples_db)
    rus = ds.events(actor="rus", modality="asserted").df()
    assert len(rus) > 0
    assert all("RUS" in codes for codes in rus["actor_codes"]) and set(rus["modality"]) == {"asserted"}
    since = dt.date(2025, 11, 1)
    dated = ds.events(since=since, until="2025-11-30").df()
    assert all(since <= d.date() <= dt.date(2025, 11, 30) for d in dated["date"])
    category = rus["category"].iloc[0]
    assert set(ds.events(category=category.lower()).df()["category"]) == {category}
    assert (ds.events(min_confidence=0.9).df()["confidence"] >= 0.9).all()


def test_client_model_tables(examples_db):
    ds = geowire.open(examples_db)
    assert len(ds.occurrences()) > 0 and len(ds.actors()) > 0 and len(ds.statements()) > 0
    agreements = ds.agreements().df()
    assert "fields" not in agreements.columns and all(
        isinstance(p, list | object) for p in agreements["parties"]
    )
    transfers = ds.transfers().pl()
    assert transfers.schema["doc_ids"] == pl.List(pl.String)
    assert "evidence" not in ds.contradictions().columns
    assert len(ds.deployments()) >= 0
    actors = ds.actors(kind="country").df()
    assert set(actors["kind"]) == {"country"} and "RUS" in set(actors["code"])


def test_client_dyad_matches_occurrence_counts(examples_db):
    ds = geowire.open(examples_db)
    series = ds.dyad("RUS", "VEN", by="year").df()
    assert len(series) > 0 and set(series["a"]) == {"RUS"}
    both = series["a_to_b_occurrences"] + series["b_to_a_occurrences"]
    assert (series["occurrences"] >= both.clip(upper=series["occurrences"])).all()
    assert (series["balance"] == series["cooperation"] - series["conflict"]).all()


def test_client_lets_go_of_the_store(examples_db):
    result = geowire.open(examples_db).events()
    with open_store(examples_db) as writer:  # a writer gets in while the result is alive
        assert writer.scalar("SELECT count(*) FROM events") == len(result)
    assert len(result.rows()) == len(result)


def test_client_missing_store_is_one_line(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        geowire.open(tmp_path / "none.duckdb")


def test_client_missing_extra_names_it(examples_db, monkeypatch):
    result = geowire.open(examples_db).actors()
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(OptionalDependencyError, match=r"pip install 'geowire\[polars\]'"):
        result.pl()

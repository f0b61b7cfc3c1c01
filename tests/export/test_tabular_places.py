"""The CSV and Parquet events exports carry each event's place in flat columns (issue 15), read
back with pandas and pyarrow."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.records import ExportEvent
from geowire.export.tabular import COLUMNS, events_table, flat_record
from geowire.store.frames import PLACE_COLUMNS
from geowire.types import Event, Place, Span


def _event(place: Place | None) -> ExportEvent:
    event = Event(
        id="e1", doc_id="d1", sentence_index=0, sentence="Shelling hit Kharkiv.", sentence_start=0,
        category="ASSAULT", trigger=Span(0, 8, "Shelling"), actors=(), recipients=(), place=place,
    )  # fmt: skip
    return ExportEvent(event)


KHARKIV = Place(
    name="Kharkiv", kind="city", geonames_id=706483, lat=49.98, lon=36.25, country="UKR",
    admin1="Kharkiv", admin1_code="07", source="sentence", text="Kharkiv",
)  # fmt: skip


def test_tabular_place_columns_by_hand():
    assert set(PLACE_COLUMNS) <= set(COLUMNS)
    rec = flat_record(_event(KHARKIV))
    assert (rec["place_name"], rec["place_geonames_id"], rec["place_country"]) == ("Kharkiv", 706483, "UKR")
    assert all(flat_record(_event(None))[c] is None for c in PLACE_COLUMNS)
    table = events_table([_event(KHARKIV), _event(None)])
    assert table.schema.field("place_lat").type == pa.float64()
    assert table.column("place_geonames_id").to_pylist() == [706483, None]


def _export(db: Path, out: Path, fmt: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output


@pytest.mark.model
def test_tabular_csv_and_parquet_places_agree(examples_db, tmp_path):
    _export(examples_db, tmp_path / "events.csv", "csv")
    _export(examples_db, tmp_path / "events.parquet", "parquet")
    csv = pd.read_csv(tmp_path / "events.csv", keep_default_na=False, na_values={"place_lat": [""]})
    parquet = pq.read_table(tmp_path / "events.parquet").to_pandas()
    assert list(csv.columns) == list(COLUMNS) == list(parquet.columns)
    placed = parquet.dropna(subset=["place_name"])
    assert len(placed) > 0 and placed["place_lon"].between(-180, 180).all()
    assert set(placed["place_kind"]) <= {"country", "admin1", "city", "region", "water"}
    by_id = csv.set_index("event_id")
    assert (by_id.loc[placed["event_id"], "place_name"].to_numpy() == placed["place_name"].to_numpy()).all()
    assert by_id.loc[placed["event_id"], "place_lat"].to_numpy() == pytest.approx(
        placed["place_lat"].to_numpy()
    )

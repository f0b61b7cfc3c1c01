"""CSV and Parquet events exports: header, fixed schema, round-trip of values."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pyarrow as pa
import pyarrow.parquet as pq

from geowire.export.records import ExportReport
from geowire.export.tabular import COLUMNS, events_schema, write_csv, write_parquet


def test_tabular_csv_has_header_and_one_row_per_event(export_events):
    out, report = io.StringIO(), ExportReport("csv", "-")
    write_csv(export_events, out, report)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert report.rows == len(rows) == 4
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["actor_codes"] == "BOL" and rows[0]["contexts"] == "diplomatic"
    assert rows[0]["date"] == "2025-11-03" and rows[3]["date"] == ""
    assert rows[0]["trigger"] == "visited" and rows[0]["trigger_start"] == "35"


def test_tabular_parquet_has_fixed_schema(export_events, tmp_path):
    path = tmp_path / "events.parquet"
    report = ExportReport("parquet", str(path))
    write_parquet(export_events, path, report)
    table = pq.read_table(path)
    assert table.schema.equals(events_schema())
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("actor_codes").type == pa.list_(pa.string())
    first = table.to_pylist()[0]
    assert first["event_id"] == "e1" and first["date"] == dt.date(2025, 11, 3)
    assert first["score"] == 4.0 and first["recipient_codes"] == ["PRT"]
    assert report.rows == table.num_rows == 4

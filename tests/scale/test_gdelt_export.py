"""GDELT 2.0 Events export: 61 typed columns, CAMEO codes, Goldstein mapping, modality filter."""

from __future__ import annotations

import io
import re

from geowire.export.cameo import load_cameo_table
from geowire.export.codes import ExportCodes
from geowire.export.gdelt import GDELT_COLUMNS, global_event_id, goldstein, write_gdelt
from geowire.export.records import ExportReport
from geowire.types import PLOVER_CATEGORIES

INT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "IsRootEvent",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
)
FLOAT_COLUMNS = ("FractionDate", "GoldsteinScale", "AvgTone")


def _rows(events, **kw):
    out, report = io.StringIO(), ExportReport("gdelt", "-")
    write_gdelt(events, out, report, **kw)
    lines = out.getvalue().splitlines()
    return [line.split("\t") for line in lines], report


def test_gdelt_columns_are_gdelt_2_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert GDELT_COLUMNS[51] == "ActionGeo_Type"


def test_gdelt_rows_have_61_typed_columns(export_events):
    rows, _ = _rows(export_events, include_nonasserted=True)
    assert rows
    for fields in rows:
        assert len(fields) == 61
        rec = dict(zip(GDELT_COLUMNS, fields, strict=True))
        for col in INT_COLUMNS:
            int(rec[col])
        for col in FLOAT_COLUMNS:
            float(rec[col])
        assert re.fullmatch(r"(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", rec["SQLDATE"])
        assert rec["MonthYear"] == rec["SQLDATE"][:6] and rec["Year"] == rec["SQLDATE"][:4]
        assert re.fullmatch(r"\d{14}", rec["DATEADDED"])
        assert re.fullmatch(r"\d{2,4}", rec["EventCode"])
        assert rec["EventBaseCode"] == rec["EventCode"][:3] and rec["EventRootCode"] == rec["EventCode"][:2]
        assert -10 <= float(rec["GoldsteinScale"]) <= 10


def test_gdelt_maps_actors_codes_and_source(export_events):
    rows, _ = _rows(export_events[:2])
    first = dict(zip(GDELT_COLUMNS, rows[0], strict=True))
    assert first["Actor1Code"] == "BOLGOV" and first["Actor1CountryCode"] == "BOL"
    assert first["Actor1Type1Code"] == "GOV" and first["Actor2Code"] == "PRT"
    assert first["EventCode"] == "042" and first["QuadClass"] == "1"
    assert first["SQLDATE"] == "20251103" and first["DATEADDED"] == "20251104093005"
    assert first["SOURCEURL"] == "https://news.example/a1" and first["ActionGeo_FullName"] == "Caracas"
    assert first["ActionGeo_CountryCode"] == "VE" and first["ActionGeo_Type"] == "4"
    second = dict(zip(GDELT_COLUMNS, rows[1], strict=True))
    assert second["EventCode"] == "190" and second["GoldsteinScale"] == "-10.0"  # CAMEO Goldstein of 190
    assert second["IsRootEvent"] == "0" and second["SOURCEURL"] == ""  # a local path is never written
    assert int(first["GLOBALEVENTID"]) == global_event_id("e1") != global_event_id("e2")


def test_gdelt_leaves_out_nonasserted_unless_asked(export_events):
    rows, report = _rows(export_events)
    assert len(rows) == 2
    assert report.skipped == {"modality future": 1, "no date": 1}
    rows, report = _rows(export_events, include_nonasserted=True)
    assert len(rows) == 3 and report.skipped == {"no date": 1}


def test_gdelt_undated_event_falls_back_to_publication(export_events):
    from dataclasses import replace

    item = replace(export_events[3], published=export_events[0].published)
    rows, _ = _rows([item])
    assert rows[0][1] == "20251104"


def test_gdelt_goldstein_is_the_cameo_table():
    codes = ExportCodes.load()
    assert goldstein("042", codes) == 1.9 and goldstein("190", codes) == -10.0
    assert goldstein("0871", codes) == 10.0


def test_cameo_table_covers_all_sixteen_categories():
    table = load_cameo_table()
    assert table.categories() == set(PLOVER_CATEGORIES)
    assert len(table.codes) > 200
    for category in PLOVER_CATEGORIES:
        assert table.codes[table.code_for(category)].category == category


def test_cameo_table_picks_representative_codes():
    table = load_cameo_table()
    assert table.code_for("AGREE") == "030"
    assert table.code_for("CONSULT", "visit") == "042"
    assert table.code_for("RETREAT", "ceasefire") == "0871"
    assert table.code_for("ASSAULT", None, ["military"]) == "190"
    assert table.code_for("COERCE", "arrest") == "173"

"""The GDELT export read by pandas with GDELT 2.0's own 61-column event schema (issue 15)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.codes import ExportCodes
from geowire.export.gdelt import GDELT_COLUMNS

# GDELT 2.0 Event Codebook: column names and types, in file order
GDELT_SCHEMA: dict[str, str] = {
    "GLOBALEVENTID": "int64", "SQLDATE": "int64", "MonthYear": "int64", "Year": "int64",
    "FractionDate": "float64",
    **{f"Actor{n}{f}": "string" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")},
    "IsRootEvent": "int64", "EventCode": "string", "EventBaseCode": "string",
    "EventRootCode": "string", "QuadClass": "int64", "GoldsteinScale": "float64",
    "NumMentions": "int64", "NumSources": "int64", "NumArticles": "int64", "AvgTone": "float64",
    **{f"{who}Geo_{f}": t for who in ("Actor1", "Actor2", "Action") for f, t in (
        ("Type", "Int64"), ("FullName", "string"), ("CountryCode", "string"), ("ADM1Code", "string"),
        ("ADM2Code", "string"), ("Lat", "float64"), ("Long", "float64"), ("FeatureID", "string"))},
    "DATEADDED": "int64", "SOURCEURL": "string",
}  # fmt: skip
CAMEO_ACTOR = re.compile(r"^([A-Z]{3}){1,3}$")
CODES = ExportCodes.load()
FIPS = {c.fips for c in CODES.countries.values()}


def test_gdelt_schema_is_61_columns_in_our_order():
    assert len(GDELT_SCHEMA) == 61 and tuple(GDELT_SCHEMA) == GDELT_COLUMNS


@pytest.fixture(scope="module")
def frame(examples_db: Path, tmp_path_factory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("gdelt") / "events.tsv"
    result = CliRunner().invoke(
        app, ["export", "--db", str(examples_db), "--format", "gdelt", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    return pd.read_csv(
        io.StringIO(text),
        sep="\t",
        header=None,
        names=list(GDELT_SCHEMA),
        dtype=GDELT_SCHEMA,
        keep_default_na=False,
        na_values={c: [""] for c, t in GDELT_SCHEMA.items() if t != "string"},
    )


@pytest.mark.model
def test_gdelt_loads_with_the_official_schema(frame):
    assert len(frame) > 0 and list(frame.columns) == list(GDELT_COLUMNS)
    assert frame["GLOBALEVENTID"].is_unique
    assert frame["SQLDATE"].between(19000101, 21001231).all()
    assert frame["QuadClass"].isin([1, 2, 3, 4]).all()


@pytest.mark.model
def test_gdelt_codes_are_cameo_and_fips(frame):
    for column in ("Actor1Code", "Actor2Code"):
        codes = set(frame[column]) - {""}
        assert codes and all(CAMEO_ACTOR.match(c) for c in codes), codes
        assert not codes & {"UNSC", "PDVSA", "UN"}
    geo = set(frame["ActionGeo_CountryCode"]) - {""}
    assert geo and geo <= FIPS and "RS" in geo  # Russia is RS in FIPS 10-4, not RUS
    assert set(frame["ActionGeo_Type"].dropna()) <= {0, 1, 2, 3, 4, 5}
    placed = frame[frame["ActionGeo_Type"].isin([1, 4])]
    assert (
        len(placed)
        and placed["ActionGeo_Lat"].notna().all()
        and placed["ActionGeo_Long"].between(-180, 180).all()
    )


@pytest.mark.model
def test_gdelt_goldstein_counts_and_url(frame):
    expected = frame["EventCode"].map(lambda c: round(CODES.goldstein(c) or 0.0, 1))
    assert (frame["GoldsteinScale"] == expected).all()
    assert (frame["NumMentions"] >= frame["NumArticles"]).all() and (frame["NumArticles"] >= 1).all()
    assert (frame["NumMentions"] > 1).any()  # occurrence-based, not always 1
    urls = set(frame["SOURCEURL"])
    assert all(u == "" or u.startswith(("http://", "https://")) for u in urls)

"""Every ``geowire export`` format over a store built from the project's own examples."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.export.gdelt import GDELT_COLUMNS
from geowire.export.tabular import events_schema

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FTM_SCHEMATA = {"PublicBody", "Organization", "Person", "LegalEntity", "Contract", "UnknownLink"}


@pytest.fixture(scope="module")
def store_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    for path in sorted(EXAMPLES.glob("*.md"))[:8]:
        if path.name != "README.md":
            shutil.copy(path, folder / path.name)
    db = folder / "ex.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return db


def _export(db: Path, out: Path, fmt: str, *extra: str) -> dict:
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--format", fmt, "--out", str(out), "--json", *extra]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.model
def test_export_gdelt_rows_are_61_columns(store_db, tmp_path):
    report = _export(store_db, tmp_path / "e.tsv", "gdelt")
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    assert report["rows"] == len(lines) > 0
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == len(GDELT_COLUMNS) == 61
        int(fields[0]), int(fields[1]), float(fields[4]), float(fields[30])
        assert len(fields[1]) == 8 and len(fields[59]) == 14
    with_all = _export(store_db, tmp_path / "all.tsv", "gdelt", "--include-nonasserted")
    assert with_all["rows"] >= report["rows"]


@pytest.mark.model
def test_export_plover_jsonl_parses_and_filters(store_db, tmp_path):
    _export(store_db, tmp_path / "p.jsonl", "plover-jsonl")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and all(r["id"] and r["event"] and "cite_info" in r for r in records)
    category = records[0]["event"][0]
    report = _export(store_db, tmp_path / "q.jsonl", "plover-jsonl", "--type", category)
    filtered = [json.loads(x) for x in (tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()]
    assert report["rows"] == len(filtered) and {r["event"][0] for r in filtered} == {category}


@pytest.mark.model
def test_export_csv_and_parquet_agree(store_db, tmp_path):
    _export(store_db, tmp_path / "e.csv", "csv")
    _export(store_db, tmp_path / "e.parquet", "parquet")
    with (tmp_path / "e.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.schema.equals(events_schema())
    assert sorted(r["event_id"] for r in rows) == sorted(table.column("event_id").to_pylist())


@pytest.mark.model
def test_export_graphml_reads_with_networkx(store_db, tmp_path):
    report = _export(store_db, tmp_path / "n.graphml", "graphml")
    graph = nx.read_graphml(tmp_path / "n.graphml")
    assert graph.number_of_nodes() + graph.number_of_edges() == report["rows"] > 0
    _, _, data = next(iter(graph.edges(data=True)))
    assert data["occurrences"] >= 1


@pytest.mark.model
def test_export_ftm_entities_are_well_formed(store_db, tmp_path):
    _export(store_db, tmp_path / "e.ftm.json", "ftm")
    entities = [json.loads(x) for x in (tmp_path / "e.ftm.json").read_text(encoding="utf-8").splitlines()]
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids)) and {e["schema"] for e in entities} <= FTM_SCHEMATA
    assert {"PublicBody", "Person"} <= {e["schema"] for e in entities}
    for e in entities:
        assert all(
            isinstance(v, list) and all(isinstance(x, str) for x in v) for v in e["properties"].values()
        )
        for key in ("subject", "object"):  # links point at entities in the file
            assert all(ref in ids for ref in e["properties"].get(key, []))


def test_export_unknown_format_is_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["export", "--format", "xml", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2

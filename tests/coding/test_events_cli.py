"""``geowire events``, ``geowire explain`` and ``geowire recode`` on a small store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.store import open_store
from geowire.store.events import replace

from .test_events_store import analysis, make_event

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.duckdb"
    with open_store(path) as s, s.transaction() as con:
        replace(
            con, [analysis("d1", make_event("e1"), make_event("e2", category="AID", modality="hypothetical"))]
        )
    return path


def test_events_cli_jsonl_one_plover_record_a_line(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["id"] for r in lines} == {"e1", "e2"}
    assert all(r["text"] and r["cite_info"]["document_id"] == "d1" for r in lines)


def test_events_cli_filters_by_modality_and_type(db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--modality", "hypothetical", "--json"])
    assert [r["id"] for r in json.loads(result.stdout)] == ["e2"]
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "ASSAULT", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == ["e1"] and rows[0]["actor"] == "CHL/MIL"


def test_events_cli_bad_modality_is_usage_error(db: Path) -> None:
    assert runner.invoke(app, ["events", "--db", str(db), "--modality", "maybe"]).exit_code == 2


def test_events_cli_explain_prints_marked_sentence_and_reasons(db: Path) -> None:
    result = runner.invoke(app, ["explain", "e1", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "⟦shelled⟧" in result.stdout and "line two" in result.stdout and "test:rule" in result.stdout
    data = json.loads(runner.invoke(app, ["explain", "e1", "--db", str(db), "--json"]).stdout)
    assert data["marked_text"].startswith("[A: Chile]")


def test_events_cli_explain_unknown_id_fails(db: Path) -> None:
    result = runner.invoke(app, ["explain", "nope", "--db", str(db)])
    assert result.exit_code == 1


@pytest.mark.model
def test_events_cli_recode_codes_stored_documents(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Turkish jets bombed Kurdish positions in Iraq on Monday.\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    stored = runner.invoke(
        app, ["ingest", str(article), "--db", str(db), "--no-code", "--date", "2025-06-03"]
    )
    assert stored.exit_code == 0, stored.output
    empty = runner.invoke(app, ["events", "--db", str(db), "--json"])
    assert json.loads(empty.stdout) == []
    result = runner.invoke(app, ["recode", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1
    records = json.loads(runner.invoke(app, ["events", "--db", str(db), "--actor", "TUR", "--json"]).stdout)
    assert records and records[0]["event"] == ["ASSAULT"] and records[0]["date"] == "2025-06-02"


def test_events_cli_reads_the_decider_artefact_once(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both floors (the view's and the model's) come from one parse of the artefact."""
    from geowire.coding import floors

    own = tmp_path / "decider.json"
    own.write_text(json.dumps({"min_confidence": 0.6, "store_threshold": 0.2, "model_min_confidence": 0.5}))
    reads: list[object] = []
    real = floors.read_floors

    def counted(path: Path | str | None = None) -> floors.ArtefactFloors:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(floors, "read_floors", counted)  # every read goes through it
    monkeypatch.setenv("GEOWIRE_DECIDER_MODEL", str(own))
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert reads == [own]


def test_events_cli_broken_artefact_is_one_line(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "decider.json"
    broken.write_text("{not json")
    monkeypatch.setenv("GEOWIRE_DECIDER_MODEL", str(broken))
    result = runner.invoke(app, ["events", "--db", str(db)])
    assert result.exit_code != 0
    assert "run `make train`" in result.output and "Traceback" not in result.output

"""`geowire eval plv` on small authored files: scoring, --json, --predictions, prediction-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app

pytestmark = pytest.mark.model
FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_eval_cli_plv_scores_and_writes_predictions(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(
        app, ["eval", "plv", str(FIXTURES / "plv_small.tsv"), "--predictions", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rows"] == 5
    metrics = report["metrics"]
    assert metrics["accuracy"] == 1.0 and metrics["coverage"] == 1.0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in lines] == ["own-001", "own-002", "own-003", "own-004", "own-005"]
    assert lines[3]["predicted"] == "YIELD"


def test_eval_cli_plv_table_output_names_the_metrics() -> None:
    result = runner.invoke(app, ["eval", "plv", str(FIXTURES / "plv_small.tsv")])
    assert result.exit_code == 0, result.output
    assert "accuracy 1.000" in result.stdout and "macro-F1" in result.stdout and "confusion" in result.stdout


def test_eval_cli_plv_without_gold_only_predicts(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(
        app, ["eval", "plv", str(FIXTURES / "plv_nogold.tsv"), "--predictions", str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["metrics"] is None
    assert {p["id"]: p["predicted"] for p in report["predictions"]} == {
        "own-101": "COERCE",
        "own-102": "SUPPORT",
    }
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_eval_cli_plv_malformed_file_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tsentence\nx\ty\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "plv", str(bad)])
    assert result.exit_code == 1
    assert "marked_sentence" in result.output

"""Issue 14 through the CLI: one poison record among 21 in a JSONL file no longer stops the store.
The others are processed, the bad one is listed by ``docs --failed`` with its exception class,
the next ingest neither fails nor retries it, and ``recode ID`` / ``docs rm ID`` deal with it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from geowire.cli import app

from .fake_pipeline import texts

runner = CliRunner()


def _jsonl(path: Path) -> Path:
    lines = []
    for i, text in enumerate(texts(21)):
        published = "2025-05-0" + str(1 + i % 9)
        lines.append(
            {"title": f"Record {i}", "published": published, "text": text + (" POISON." if i == 7 else "")}
        )
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    return path


def test_cli_poison_record_is_failed_others_processed_issue14(tmp_path: Path, fake_pipeline: None) -> None:
    source, db = _jsonl(tmp_path / "feed.jsonl"), str(tmp_path / "s.duckdb")
    first = runner.invoke(app, ["ingest", str(source), "--db", db, "--json"])
    assert first.exit_code == 1  # an item failed; the run still went through
    processing = json.loads(first.stdout)["processing"]
    assert processing["documents"] == 20 and [f["error_class"] for f in processing["failed"]] == [
        "ValueError"
    ]
    failed = json.loads(runner.invoke(app, ["docs", "--failed", "--db", db, "--json"]).stdout)
    assert [(d["title"], d["error_class"], d["reason"]) for d in failed] == [
        ("Record 7", "ValueError", "processing-failed")
    ]
    again = runner.invoke(app, ["ingest", str(source), "--db", db, "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["processing"]["documents"] == 0
    bad = failed[0]["id"]
    assert runner.invoke(app, ["recode", bad, "--db", db]).exit_code == 1  # still raises: still failed
    removed = runner.invoke(app, ["docs", "rm", bad, "--db", db])
    assert removed.exit_code == 0 and "removed 1" in removed.stdout
    listing = json.loads(runner.invoke(app, ["docs", "--db", db, "--json"]).stdout)
    assert len(listing) == 20 and {d["status"] for d in listing} == {"processed"}
    assert runner.invoke(app, ["check", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["docs", "rm", "dmissing", "--db", db]).exit_code == 1

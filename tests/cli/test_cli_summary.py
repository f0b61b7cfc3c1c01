"""``geowire summary`` says how many event mentions are stored and how many ``geowire events``
shows, under the same confidence view (and the same --min-confidence)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from geowire.cli import app


def _json(*args: str) -> object:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_cli_summary_counts_what_events_shows(cli_store: Path) -> None:
    db = ["--db", str(cli_store)]
    summary = _json("summary", "--json", *db)
    assert isinstance(summary, dict)
    shown = _json("events", "--json", *db)
    assert isinstance(shown, list)
    assert summary["events"] == 4
    assert summary["events_shown"]["events"] == len(shown) == 2  # the two below the floor hidden
    every = _json("summary", "--json", "--min-confidence", "0", *db)
    assert isinstance(every, dict)
    assert every["events_shown"] == {"events": 4, "min_confidence": 0.0, "learned_floor": None}


def test_cli_summary_text_says_both_numbers(cli_store: Path) -> None:
    result = CliRunner().invoke(app, ["summary", "--db", str(cli_store)])
    text = " ".join(result.output.split())
    assert result.exit_code == 0
    assert "4 event mentions stored" in text and "2 shown by `geowire events` at confidence ≥" in text

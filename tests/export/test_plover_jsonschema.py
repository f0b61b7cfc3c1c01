"""Every PLOVER JSONL record is valid against the spec's JSON Schema kept in the repo (issue 15)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from geowire.cli import app

SCHEMA = json.loads(resources.files("geowire.data").joinpath("schemas/plover.schema.json").read_text("utf-8"))


def test_plover_schema_is_a_valid_schema_and_refuses_a_null_date():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    validator = jsonschema.Draft202012Validator(SCHEMA)
    bad = {"id": "x", "date": None, "actor": [{"code": "USA"}], "event": ["CONSULT"]}
    assert not validator.is_valid(bad)
    assert validator.is_valid({**bad, "date": "2016-07-24"})


@pytest.mark.model
def test_plover_every_record_is_valid(examples_db: Path, tmp_path):
    out = tmp_path / "events.jsonl"
    args = ["export", "--db", str(examples_db), "--format", "plover-jsonl", "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert records
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record["id"], [e.message for e in errors])
        assert "event_score" not in record and "location" not in record
        assert record["cite_info"].get("language") == "en"
        assert "path" not in record["cite_info"]
    assert any("event_loc" in r for r in records)
    assert any(a.get("identifier_id") for r in records for a in r["actor"])

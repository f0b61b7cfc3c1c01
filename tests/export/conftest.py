"""A store built from the bundled examples (what ``make demo`` builds), once per module."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("export") / "geowire.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return db

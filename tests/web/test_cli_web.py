"""``geowire serve``: binds 127.0.0.1 unless told, takes the token from --token or GEOWIRE_TOKEN."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geowire.cli import app


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(web_app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=web_app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("GEOWIRE_TOKEN", raising=False)
    return seen


def test_cli_web_serve_binds_loopback_read_only_by_default(served: dict[str, Any], tmp_path: Path) -> None:
    from geowire.store import open_store

    open_store(tmp_path / "x.duckdb").close()
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8000
    assert served["app"].state.token is None
    assert "read-only" in result.output


def test_cli_web_serve_takes_host_port_and_env_token(
    served: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOWIRE_TOKEN", "from-env")
    args = ["serve", "--db", str(tmp_path / "x.duckdb"), "--host", "0.0.0.0", "--port", "8123"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("0.0.0.0", 8123)
    assert served["app"].state.token == "from-env"
    assert "ingest enabled" in result.output


def test_cli_web_serve_read_only_refuses_a_missing_store_issue_12(
    served: dict[str, Any], tmp_path: Path
) -> None:
    missing = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert f"no store at {missing}" in result.output and "Traceback" not in result.output
    assert not missing.exists() and "app" not in served


def test_cli_web_serve_reports_a_bad_store_in_one_line(served: dict[str, Any], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = CliRunner().invoke(app, ["serve", "--db", str(blocker / "x.duckdb")])
    assert result.exit_code == 1
    assert "error:" in result.output and "Traceback" not in result.output
    assert "app" not in served


def test_cli_web_serve_json_says_where_it_serves(served: dict[str, Any], tmp_path: Path) -> None:
    import json

    from geowire.store import open_store

    open_store(tmp_path / "x.duckdb").close()
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--json", "--port", "8001"]
    )
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["url"] == "http://127.0.0.1:8001/" and info["read_only"] is True

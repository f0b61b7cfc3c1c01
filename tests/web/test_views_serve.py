"""``geowire serve`` on a port another process holds fails with one line and never says
"serving" (issue 16.5)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.cli.web import port_problem


def test_cli_web_serve_busy_port_fails_before_announcing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from geowire.store import open_store

    ran: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: ran.append(k))
    monkeypatch.delenv("GEOWIRE_TOKEN", raising=False)
    open_store(tmp_path / "x.duckdb").close()
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        port = held.getsockname()[1]
        assert port_problem("127.0.0.1", port)
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", str(port)])
    assert result.exit_code == 1 and not ran
    assert "serving" not in result.output and "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and f"127.0.0.1:{port}" in lines[0] and "in use" in lines[0]


def test_cli_web_port_problem_is_none_for_a_free_port() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert port_problem("127.0.0.1", port) is None

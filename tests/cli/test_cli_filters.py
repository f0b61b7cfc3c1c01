"""Bad filter values are refused with the value and what is accepted (exit 2, like a bad --since);
a well-formed known code with no events gives an empty answer; the API refuses the same values."""

from __future__ import annotations

import warnings
from pathlib import Path

from typer.testing import CliRunner

from geowire.cli import app
from geowire.settings import Settings

with warnings.catch_warnings():  # starlette warns at import that it prefers httpx2 to httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())  # Rich boxes wrap lines


def test_cli_events_unknown_category_names_it_and_the_categories(cli_store: Path) -> None:
    code, out = _run("events", "--type", "FOO", "--db", str(cli_store))
    assert code == 2 and "--type" in out
    assert "unknown category FOO" in out and "AGREE" in out and "ASSAULT" in out
    assert _run("events", "--type", "agree", "--db", str(cli_store))[0] == 0  # any case


def test_cli_export_refuses_an_unknown_category_too(cli_store: Path, tmp_path: Path) -> None:
    code, out = _run("export", "--format", "csv", "--type", "NOPE", "--out", str(tmp_path / "x.csv"),
                     "--db", str(cli_store))  # fmt: skip
    assert code == 2 and "unknown category NOPE" in out


def test_cli_dyad_unknown_codes_are_refused(cli_store: Path) -> None:
    code, out = _run("dyad", "XXX", "YYY", "--db", str(cli_store))
    assert code == 2 and "unknown actor code XXX" in out and "Traceback" not in out


def test_cli_events_unknown_actor_and_recipient_are_refused(cli_store: Path) -> None:
    code, out = _run("events", "--actor", "QQQ", "--db", str(cli_store))
    assert code == 2 and "--actor" in out and "unknown actor code QQQ" in out
    code, out = _run("events", "--recipient", "ZZ9", "--db", str(cli_store))
    assert code == 2 and "--recipient" in out and "unknown actor code ZZ9" in out


def test_cli_known_codes_without_events_give_an_empty_answer(cli_store: Path) -> None:
    # FRA and NATO are in the knowledge base, not in this store: no error, nothing found
    code, out = _run("events", "--actor", "FRA", "--json", "--db", str(cli_store))
    assert code == 0 and out == "[]"
    code, out = _run("dyad", "FRA", "NATO", "--json", "--db", str(cli_store))
    assert code == 0 and '"series": []' in out
    code, out = _run("events", "--actor", "chl", "--json", "--db", str(cli_store))  # in the store
    assert code == 0 and '"CHL"' in out


def test_api_refuses_the_same_values_with_the_reason(cli_store: Path) -> None:
    from geowire.api import create_app

    client = TestClient(create_app(Settings(db=cli_store)))
    for url, reason in (
        ("/api/events?type=FOO", "type: unknown category FOO"),
        ("/api/events?actor=QQQ", "actor: unknown actor code QQQ"),
        ("/api/events?recipient=QQQ", "recipient: unknown actor code QQQ"),
        ("/api/events.csv?actor=QQQ", "actor: unknown actor code QQQ"),
        ("/api/occurrences?actor=QQQ", "actor: unknown actor code QQQ"),
        ("/api/occurrences?type=FOO", "type: unknown category FOO"),
        ("/api/dyads?actor=QQQ", "actor: unknown actor code QQQ"),
        ("/api/dyads/XXX/YYY", "a: unknown actor code XXX"),
    ):
        r = client.get(url)
        assert r.status_code == 422, url
        assert r.json()["error"]["message"].startswith(reason), url
    assert client.get("/api/events?actor=FRA").json()["total"] == 0  # known, no events
    assert client.get("/api/dyads/FRA/NATO").status_code == 404  # known, never named together

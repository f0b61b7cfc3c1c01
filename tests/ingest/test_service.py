"""ingest_sources over local inputs: every input kind, bad inputs, duplicates, idempotency and
the one-transaction-per-document guarantee."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from geowire.ingest import ingest_sources
from geowire.ingest.normalize import normalize_text
from geowire.settings import Settings
from geowire.store import Store
from geowire.store import documents as store_docs
from geowire.types import DocStatus

from .conftest import DISPATCH_A, DISPATCH_B, FRENCH, html_page, long_dispatch


def docs_by_path(store: Store) -> dict[str, dict[str, object]]:
    return {str(r["path"]): r for r in store_docs.list_documents(store)}


def test_service_reads_every_local_input_kind(tmp_path: Path, store: Store, settings: Settings) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(DISPATCH_A)
    (tmp_path / "in" / "b.md").write_text(
        "---\ntitle: Grid pledge\noutlet: Test Wire\nurl: https://wire.example/b\n"
        "published: 2025-02-03\n---\n" + DISPATCH_B
    )
    (tmp_path / "in" / "sub" / "c.html").write_text(html_page("Regional talks", long_dispatch(1)))
    (tmp_path / "in" / "d.json").write_text(
        json.dumps({"text": long_dispatch(2), "outlet": "JSON Wire", "published": "2025-06-01"})
    )
    (tmp_path / "in" / "e.jsonl").write_text(
        "\n".join(json.dumps({"text": long_dispatch(i)}) for i in (3, 4))
    )
    (tmp_path / "in" / "notes.csv").write_text("ignored,unsupported,type")
    (tmp_path / "in" / ".hidden.txt").write_text(long_dispatch(9))
    stdin = io.BytesIO(long_dispatch(5).encode())

    report = ingest_sources(store, settings, [str(tmp_path / "in"), "-"], stdin=stdin)

    assert (report.stored, report.failed, report.duplicates) == (7, 0, 0), [r.line() for r in report.items]
    docs = docs_by_path(store)
    md = docs[str(tmp_path / "in" / "b.md")]
    assert (md["title"], md["outlet"], md["url"], md["published"], md["published_source"]) == (
        "Grid pledge",
        "Test Wire",
        "https://wire.example/b",
        dt.date(2025, 2, 3),
        "metadata",
    )
    html = docs[str(tmp_path / "in" / "sub" / "c.html")]
    assert (html["title"], html["outlet"], html["published"]) == (
        "Regional talks",
        "Test Wire",
        dt.date(2025, 5, 7),
    )
    assert docs[str(tmp_path / "in" / "d.json")]["outlet"] == "JSON Wire"
    assert docs[str(tmp_path / "in" / "a.txt")]["title"] == "Lisbon talks end with a fisheries accord"
    assert [r.source for r in report.items][-1] == "stdin"
    assert sum(1 for r in report.items if r.source.startswith(str(tmp_path / "in" / "e.jsonl:"))) == 2


def test_service_stores_normalised_text_with_stable_id(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Fisheries\u00a0accord\r\n\r\nOfficials in Lisbon signed it.")
    report = ingest_sources(store, settings, [str(path)])
    doc = store_docs.get_document(store, report.items[0].document_id or "")
    assert doc is not None and doc.text == normalize_text(path.read_text()) == (
        "Fisheries accord\n\nOfficials in Lisbon signed it."
    )
    assert doc.id == "d" + doc.content_hash[:15] and len(doc.id) == 16


def test_service_second_ingest_adds_nothing(tmp_path: Path, store: Store, settings: Settings) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(long_dispatch(i))
    first = ingest_sources(store, settings, [str(tmp_path)])
    second = ingest_sources(store, settings, [str(tmp_path)])
    assert (first.stored, first.new) == (3, 3)
    assert (second.new, second.existing, second.failed) == (0, 3, 0)
    assert second.summary() == "nothing new: 3 already stored"
    assert store.scalar("SELECT count(*) FROM documents") == 3


def test_service_same_text_twice_in_one_batch_is_stored_once(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH_A)
    (tmp_path / "b.txt").write_text(
        "  " + DISPATCH_A.replace("\n\n", "\n\n\n") + "\n"
    )  # same once normalised
    report = ingest_sources(store, settings, [str(tmp_path)])
    assert (report.stored, report.existing) == (1, 1)
    assert report.items[1].document_id == report.items[0].document_id


def test_service_near_duplicate_is_stored_as_duplicate_of_first(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    original = long_dispatch(7)
    syndicated = original.replace("Regional talks", "REGIONAL TALKS") + "\n\nDistributed by a news agency."
    (tmp_path / "1-original.txt").write_text(original)
    (tmp_path / "2-copy.txt").write_text(syndicated)
    (tmp_path / "3-other.txt").write_text(long_dispatch(8))
    report = ingest_sources(store, settings, [str(tmp_path)])
    assert (report.stored, report.duplicates) == (2, 1)
    docs = docs_by_path(store)
    first, copy = docs[str(tmp_path / "1-original.txt")], docs[str(tmp_path / "2-copy.txt")]
    assert copy["status"] == DocStatus.DUPLICATE and copy["duplicate_of"] == first["id"]
    assert str(copy["reason"]).startswith(f"near-duplicate of {first['id']}")
    pending = store.scalar("SELECT count(*) FROM documents WHERE status = 'stored'")
    assert pending == 2  # the copy is not processed


def test_service_near_duplicate_of_a_document_from_an_earlier_run(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "a.txt").write_text(long_dispatch(11))
    ingest_sources(store, settings, [str(tmp_path / "a.txt")])
    (tmp_path / "b.txt").write_text(long_dispatch(11) + " Updated at noon.")
    report = ingest_sources(store, settings, [str(tmp_path / "b.txt")])
    assert report.duplicates == 1


def test_service_non_english_is_skipped_with_language_reason(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH)
    report = ingest_sources(store, settings, [str(tmp_path / "fr.txt")])
    assert report.skipped == 1 and report.ok
    row = store_docs.list_documents(store)[0]
    assert (row["status"], row["reason"], row["language"]) == ("skipped", "language fr", "fr")


def test_service_cli_date_used_only_when_nothing_else(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH_A)
    (tmp_path / "b.txt").write_text("Grid pledge\n\nMar 3, 2025 - 10:00\n\n" + DISPATCH_B)
    ingest_sources(store, settings, [str(tmp_path)], date=dt.date(2025, 9, 9))
    docs = docs_by_path(store)
    assert (
        docs[str(tmp_path / "a.txt")]["published"],
        docs[str(tmp_path / "a.txt")]["published_source"],
    ) == (dt.date(2025, 9, 9), "cli")
    assert (
        docs[str(tmp_path / "b.txt")]["published"],
        docs[str(tmp_path / "b.txt")]["published_source"],
    ) == (dt.date(2025, 3, 3), "dateline")


def test_service_undated_document_stays_unknown(tmp_path: Path, store: Store, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text(DISPATCH_A)
    ingest_sources(store, settings, [str(tmp_path)])
    row = store_docs.list_documents(store)[0]
    assert (row["published"], row["published_source"]) == (None, "unknown")


def test_service_every_bad_input_has_its_reason_and_batch_goes_on(
    tmp_path: Path, store: Store, settings: Settings, make_unreadable: Callable[[Path], Path]
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good1.txt").write_text(DISPATCH_A)
    (folder / "good2.md").write_text(DISPATCH_B)
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.txt").write_text("   \n\t\n")
    (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 3)
    (folder / "broken.jsonl").write_text(json.dumps({"text": long_dispatch(1)}) + "\n{not json\n")
    (folder / "broken.json").write_text('{"text": "unterminated')
    (folder / "huge.txt").write_text("word " * 1000)
    (folder / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    locked = folder / "locked.txt"
    locked.write_text(long_dispatch(2))
    make_unreadable(locked)
    small = settings.with_overrides(max_text_bytes=3000)

    report = ingest_sources(store, small, [str(folder), str(tmp_path / "missing.txt")])

    reasons = {
        r.source.replace(str(folder) + "/", ""): r.reason for r in report.items if r.outcome == "failed"
    }
    assert reasons == {
        "binary.txt": "binary-file",
        "empty.txt": "empty-text",
        "undecodable.txt": "undecodable",
        "broken.jsonl:2": "malformed-json",
        "broken.json:1": "malformed-json",
        "huge.txt": "too-large",
        "menu.html": "no-article",
        "locked.txt": "permission-denied",
        str(tmp_path / "missing.txt"): "missing-path",
    }
    assert report.stored == 3 and not report.ok
    assert store.scalar("SELECT count(*) FROM ingest_log WHERE outcome = 'failed'") == len(reasons)


def test_service_failure_mid_batch_leaves_no_partial_row(
    tmp_path: Path, store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(long_dispatch(20 + i))
    two_a_batch = settings.with_overrides(save_batch=2)
    real_insert = store_docs.insert_rows
    calls = {"log": 0}

    def crash_on_second_log(con: object, table: str, *args: object) -> None:
        if table == "ingest_log":
            calls["log"] += 1
            if calls["log"] == 2:  # the second batch's document rows are already inserted
                raise KeyboardInterrupt
        real_insert(con, table, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store_docs, "insert_rows", crash_on_second_log)
    with pytest.raises(KeyboardInterrupt):
        ingest_sources(store, two_a_batch, [str(tmp_path)])
    assert store.scalar("SELECT count(*) FROM documents") == 2
    assert store.scalar("SELECT count(*) FROM ingest_log") == 2

    monkeypatch.setattr(store_docs, "insert_rows", real_insert)
    again = ingest_sources(store, two_a_batch, [str(tmp_path)])
    assert (again.existing, again.stored) == (2, 2)
    rows = store.query("SELECT path, text FROM documents ORDER BY path")
    assert [r["text"] for r in rows] == [normalize_text(long_dispatch(20 + i)) for i in range(4)]


def test_service_stdin_html_and_oversized_stdin(store: Store, settings: Settings) -> None:
    page = html_page("Regional talks", long_dispatch(12)).encode()
    report = ingest_sources(store, settings, ["-"], stdin=io.BytesIO(page))
    assert report.stored == 1 and report.items[0].title == "Regional talks"
    small = settings.with_overrides(max_text_bytes=100)
    report = ingest_sources(store, small, ["-"], stdin=io.BytesIO(b"x " * 400))
    assert (report.items[0].reason, report.failed) == ("too-large", 1)


def test_service_explicit_file_with_other_suffix_is_read_as_text(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    (tmp_path / "dispatch.eml").write_text(DISPATCH_B)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    report = ingest_sources(store, settings, [str(tmp_path / "dispatch.eml"), str(tmp_path / "photo.jpg")])
    assert [(r.outcome, r.reason) for r in report.items] == [("stored", None), ("failed", "binary-file")]

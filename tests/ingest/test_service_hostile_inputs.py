"""One ingest run over good and hostile files (issue 14): every bad item is one failed line with a
reason from the fixed set, the run goes on, and the good items around the bad ones are stored —
the queued batch is committed even when a later file is bad."""

from __future__ import annotations

import json
import os
from pathlib import Path

from geowire.ingest import ingest_sources
from geowire.settings import Settings
from geowire.store import Store
from geowire.store import documents as store_docs

from .conftest import unique_dispatch

HOSTILE: dict[str, str | bytes] = {
    "b_feb30.md": "---\npublished: 2023-02-30\n---\nA ferry berth opened.\n",
    "c_year0.md": "---\ndate: 0000-01-01\n---\nA ferry berth opened.\n",
    "d_hour25.md": "---\npublished: 2024-05-05 25:00:00\n---\nA ferry berth opened.\n",
    "e_tag.md": '---\ntitle: !!int "abc"\n---\nA ferry berth opened.\n',
    "f_deep.json": "[" * 100_000,
    "g_deep.jsonl": '{"text": ' + "[" * 100_000,
    "h_deep.md": "---\nx: " + "[" * 100_000 + "\n---\nA ferry berth opened.\n",
    "i_bomb.md": "---\n"
    + "\n".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}' if i else 'z'] * 9)}]" for i in range(10))
    + "\ntitle: *l9\n---\nA ferry berth opened.\n",
}


def test_service_issue14_hostile_files_fail_alone_and_good_ones_are_stored(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(unique_dispatch(1))
    for name, body in HOSTILE.items():
        (folder / name).write_bytes(body if isinstance(body, bytes) else body.encode())
    os.mkfifo(folder / "j_pipe.txt")
    (folder / "k_surrogate.jsonl").write_text(
        json.dumps({"text": unique_dispatch(2) + " \ud800", "title": "Port \udfff talks"}) + "\n"
    )
    (folder / "z_good.md").write_text(unique_dispatch(3))

    report = ingest_sources(store, settings.with_overrides(save_batch=2), [str(folder)])

    reasons = {Path(r.source).name.split(":")[0]: r.reason for r in report.items if r.outcome == "failed"}
    assert reasons == {
        "b_feb30.md": "bad-date",
        "c_year0.md": "bad-date",
        "d_hour25.md": "bad-date",
        "e_tag.md": "malformed-front-matter",
        "f_deep.json": "too-deep",
        "g_deep.jsonl": "too-deep",
        "h_deep.md": "too-deep",
        "i_bomb.md": "malformed-front-matter",
        "j_pipe.txt": "not-a-regular-file",
    }
    assert report.stored == 3
    docs = {Path(str(d["path"])).name: d for d in store_docs.list_documents(store)}
    assert sorted(docs) == ["a_good.txt", "k_surrogate.jsonl", "z_good.md"]
    flagged = docs["k_surrogate.jsonl"]
    assert (flagged["status"], flagged["reason"]) == ("stored", "bad-encoding")
    assert flagged["title"] == "Port \ufffd talks"
    assert docs["a_good.txt"]["reason"] is None
    logged = store.query("SELECT count(*) AS n FROM ingest_log WHERE outcome = 'failed'")
    assert logged[0]["n"] == 9


def test_service_invalid_utf8_file_is_stored_flagged(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(unique_dispatch(4).encode() + b" \xe9t\xe9 " + "Genève".encode())
    report = ingest_sources(store, settings, [str(path)])
    assert report.stored == 1
    (doc,) = store_docs.list_documents(store)
    assert doc["reason"] == "bad-encoding"
    text = store.query("SELECT text FROM documents")[0]["text"]
    assert "Genève" in text and "\ufffd" in text

"""Ray batch + import gives the same store as ``geowire ingest`` on the same input (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.scale.importer import import_batch
from geowire.scale.ray_batch import run_batch
from geowire.settings import Settings
from geowire.store.db import open_store

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"

# Our own dispatches (invented events); the third is a near-duplicate rewrite of the first.
OWN = [
    {
        "title": "Ministers meet in Lisbon",
        "date": "2025-11-03",
        "url": "https://news.example/1",
        "text": "LISBON, Nov. 3 — The foreign ministers of Portugal and Brazil met in Lisbon on Monday "
        "to discuss a trade agreement. Brazil pledged to send a delegation to Portugal next month. Portugal "
        "criticized Venezuela for detaining two Portuguese citizens.",
    },
    {
        "title": "Navy escorts tankers",
        "date": "2025-11-04",
        "url": "https://news.example/2",
        "text": "The United States deployed two destroyers to the Caribbean on Tuesday, officials said. "
        "Russia accused Washington of threatening Venezuela. Cuba rejected a request from Spain to extradite "
        "a former minister.",
    },
    {
        "title": "Ministers meet in Lisbon (update)",
        "date": "2025-11-03",
        "url": "https://news.example/1b",
        "text": "LISBON, Nov. 3 — The foreign ministers of Portugal and Brazil met in Lisbon on Monday "
        "to discuss a trade agreement. Brazil pledged to send a delegation to Portugal next month. Portugal "
        "criticized Venezuela for detaining two Portuguese citizens today.",
    },
    {
        "title": "Aid convoy",
        "url": "https://news.example/4",
        "text": "Colombia sent humanitarian aid to Ecuador after the floods. Ecuador thanked Colombia for "
        "its support and asked the United Nations for more help.",
    },
]

DOC_COLUMNS = (
    "id, content_hash, title, outlet, url, path, published, published_source, language, status, "
    "reason, duplicate_of, text, n_words, minhash"
)
EVENT_COLUMNS = (
    "id, doc_id, sentence_index, category, mode, context, trigger_start, trigger_end, actor_codes, "
    "recipient_codes, actors, recipients, date, modality, score, quad_class, rule"
)

ANALYSIS_TABLES = ("sentences", "mentions", "dates", "quantities", "claims")
MODEL_TABLES = (
    "occurrences",
    "occurrence_events",
    "occurrence_dyads",
    "agreements",
    "transfers",
    "deployments",
    "statements",
    "contradictions",
)


@pytest.fixture(scope="module")
def ray_session():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, object_store_memory=150 * 1024 * 1024)
    yield ray
    ray.shutdown()


def _corpus(path: Path) -> Path:
    records = list(OWN)
    records.append(OWN[1])  # an exact duplicate: 'already stored', nothing written
    for seed in sorted(SEEDS.glob("*.txt")):
        records.append({"text": seed.read_text(encoding="utf-8"), "title": seed.stem})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _dump(db: Path) -> dict[str, list[tuple]]:
    with open_store(db) as store:
        tables = {
            "documents": f"SELECT {DOC_COLUMNS} FROM documents ORDER BY id",
            "events": f"SELECT {EVENT_COLUMNS} FROM events ORDER BY id",
            **{t: f"SELECT * FROM {t} ORDER BY ALL" for t in ANALYSIS_TABLES + MODEL_TABLES},
        }
        return {name: store.con.execute(sql).fetchall() for name, sql in tables.items()}


@pytest.mark.ray
@pytest.mark.model
def test_ray_batch_output_equals_single_machine(tmp_path, ray_session):
    corpus = _corpus(tmp_path / "corpus.jsonl")
    single = tmp_path / "single.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(single), "--json"])
    assert result.exit_code == 0, result.output

    out = tmp_path / "batch"
    report = run_batch([str(corpus)], out, Settings(), workers=2, chunk_size=2)
    assert report.items == 8 and report.existing == 1 and report.duplicates == 1
    assert (out / "documents" / "published=2025-11-03").is_dir()
    assert any(p.name == "published=unknown" for p in (out / "documents").iterdir())
    events = ds.dataset(out / "events", partitioning="hive", format="parquet").to_table()
    assert events.num_rows == report.events and "published" in events.column_names
    batched = tmp_path / "batched.duckdb"
    with open_store(batched) as store:
        imported = import_batch(store, out)
    assert imported.documents == 7 and imported.events == report.events > 0

    with open_store(batched) as store:
        again = import_batch(store, out)
    assert again.documents == 0 and again.parts == 0 and again.parts_skipped == imported.parts > 0

    a, b = _dump(single), _dump(batched)
    assert len(a["documents"]) == 7 and a["events"]
    assert a == b

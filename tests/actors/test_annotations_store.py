"""The annotation rows round-trip through the store and feed ``geowire actors``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from geowire.cli import app
from geowire.store import open_store
from geowire.store.annotations import actor_counts, document_mentions, replace
from geowire.store.db import Store
from geowire.types import ActorMention, Block, DateExpr, DocAnalysis, Quantity, Sentence

TEXT = "Russian officials met Putin. Maduro and Puskov spoke of $5 million in 2024."


def _analysis(doc_id: str) -> DocAnalysis:
    mentions = (
        ActorMention(
            0,
            17,
            "Russian officials",
            "country",
            code="RUS",
            sector="GOV",
            wikidata="Q159",
            name="Russia",
            confidence=0.9,
            how="demonym+sector",
            sentence=0,
        ),
        ActorMention(
            22,
            27,
            "Putin",
            "person",
            code="RUS",
            sector="GOV",
            wikidata="Q7747",
            name="Vladimir Putin",
            confidence=0.95,
            how="person-role@2026-01-06",
            sentence=0,
            country="RUS",
        ),
        ActorMention(
            29,
            35,
            "Maduro",
            "person",
            code="VEN",
            wikidata="Q57413",
            name="Nicolás Maduro",
            confidence=0.7,
            how="person-country@2026-01-06",
            sentence=1,
            country="VEN",
        ),
        ActorMention(40, 46, "Puskov", "unresolved", confidence=0.0, how="ner:PERSON", sentence=1),
    )
    return DocAnalysis(
        doc_id=doc_id,
        blocks=(Block("body", 0, len(TEXT)),),
        sentences=(Sentence(0, 0, 28, TEXT[:28]), Sentence(1, 29, len(TEXT), TEXT[29:])),
        mentions=mentions,
        dates=(DateExpr(69, 73, "2024", dt.date(2024, 1, 1), "year", sentence=1),),
        quantities=(Quantity(56, 66, "$5 million", 5e6, "USD", sentence=1),),
        events=(),
    )


def _add_document(store: Store, doc_id: str) -> None:
    store.con.execute(
        "INSERT INTO documents (id, content_hash, published_source, ingested_at, status, text, n_words)"
        " VALUES (?, ?, 'unknown', now(), 'stored', ?, 12)",
        [doc_id, doc_id + "hash", TEXT],
    )


def test_annotations_replace_is_idempotent_and_counts(tmp_path: Path) -> None:
    with open_store(None) as store:
        for doc_id in ("d1", "d2"):
            _add_document(store, doc_id)
            for _ in range(2):  # replacing twice leaves one copy
                with store.transaction() as con:
                    replace(con, [_analysis(doc_id)])
        assert len(document_mentions(store, "d1")) == 4
        assert store.scalar("SELECT count(*) FROM dates") == 2
        assert store.scalar("SELECT count(*) FROM quantities") == 2
        rows = {(r["kind"], r["code"], r["name"]): r for r in actor_counts(store)}
        putin = rows[("person", "RUS", "Vladimir Putin")]
        assert (putin["count"], putin["documents"], putin["sectors"]) == (2, 2, {"GOV": 2})
        assert all(code is not None for _, code, _ in rows)
        assert actor_counts(store, unresolved=True)[0]["text"] == "Puskov"
        assert len(actor_counts(store, doc_id="d1", limit=1)) == 1


def test_annotations_cli_actors_json(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with open_store(db) as store:
        _add_document(store, "d1")
        with store.transaction() as con:
            replace(con, [_analysis("d1")])
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(r["kind"], r["code"]) for r in rows} == {
        ("country", "RUS"),
        ("person", "RUS"),
        ("person", "VEN"),
    }
    unresolved = json.loads(runner.invoke(app, ["actors", "--db", str(db), "--unresolved", "--json"]).stdout)
    assert [r["text"] for r in unresolved] == ["Puskov"]
    missing = runner.invoke(app, ["actors", "--db", str(db), "--doc", "nope"])
    assert missing.exit_code == 1
    table = runner.invoke(app, ["actors", "--db", str(db), "--doc", "d1"])
    assert table.exit_code == 0 and "Vladimir Putin" in table.stdout

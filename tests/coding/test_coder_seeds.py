"""The three seed articles end to end (ingest → annotate → resolve → code → store): the events the
issue names, with the right actors, recipients, categories and modality.  The seeds are read from
../shared at run time and never copied into the project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geowire.settings import Settings
from geowire.store import open_store
from geowire.store.db import Store
from geowire.store.events import query_events

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from geowire.ingest.service import ingest_sources
    from geowire.pipeline import process_pending

    settings = Settings(db=tmp_path_factory.mktemp("seeds") / "s.duckdb")
    with open_store(settings.db) as s:
        ingest_sources(s, settings, [str(SEEDS)])
        process_pending(s, settings)
        yield s


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {a["code"] for a in actors}


def _in(rows: list[dict[str, Any]], *words: str) -> list[dict[str, Any]]:
    return [r for r in rows if all(w in r["sentence"] for w in words)]


def test_coder_seeds_raid_that_captured_maduro(store: Store) -> None:
    rows = _in(query_events(store, actor="USA", recipient="VEN"), "raid", "Maduro")
    assert rows, "the U.S. raid on Maduro is not coded"
    assert all(r["category"] in ("COERCE", "ASSAULT") and r["modality"] == "asserted" for r in rows)


def test_coder_seeds_russia_supplies_air_defences_to_venezuela(store: Store) -> None:
    rows = _in(query_events(store, actor="RUS", recipient="VEN"), "S-300VM", "supplied")
    assert [r["category"] for r in rows] in (["AID"], ["COOPERATE"])
    assert "military" in rows[0]["context"] and rows[0]["modality"] == "asserted"


def test_coder_seeds_moscow_warns_washington(store: Store) -> None:
    rows = _in(query_events(store, actor="RUS", recipient="USA", type="THREATEN"), "warned", "fatal mistake")
    assert len(rows) == 1 and rows[0]["modality"] == "asserted"
    assert rows[0]["trigger_text"].startswith("warned")


def test_coder_seeds_oil_ventures_extended_to_2041(store: Store) -> None:
    rows = _in(query_events(store), "joint oil ventures", "2041")
    coded = [r for r in rows if {"RUS", "VEN"} <= _codes(r["actors"]) | _codes(r["recipients"])]
    assert coded and all(r["category"] in ("AGREE", "COOPERATE") for r in coded)
    assert all(r["date"] is None or r["date"].year != 2041 for r in coded)


def test_coder_seeds_oreshnik_proposal_is_hypothetical_not_a_delivery(store: Store) -> None:
    rows = _in(query_events(store, recipient="VEN"), "Zhuravlev", "Oreshnik")
    assert rows, "Zhuravlev's proposal is not coded"
    assert all(r["modality"] == "hypothetical" and r["reported"] for r in rows)
    assert not [r for r in rows if r["counts"]]


def test_coder_seeds_readiness_to_supply_is_coded(store: Store) -> None:
    # The rules read the stated readiness as future; the learned modality model (more often right
    # on the authored dev split) reads it as asserted. Known error, docs/learned.md.
    rows = _in(query_events(store, actor="RUS", recipient="VEN"), "readiness to supply")
    assert rows and all(r["category"] == "AID" for r in rows)


def test_coder_seeds_historical_supplies_dated_1999(store: Store) -> None:
    rows = _in(query_events(store, actor="RUS"), "Since 1999")
    assert rows and all(r["date"] == dt.date(1999, 1, 1) and r["date_precision"] == "year" for r in rows)


def test_coder_seeds_statement_described_it_accuses_the_attacker(store: Store) -> None:
    rows = _in(query_events(store, actor="RUS", type="ACCUSE"), "described it")
    assert rows and _codes(rows[0]["recipients"]) == {"USA"}
    assert {a["sector"] for a in rows[0]["actors"]} == {"GOV"}


def test_coder_seeds_no_event_from_captions(store: Store) -> None:
    rows = query_events(store)
    assert not [r for r in rows if "Getty Images" in r["sentence"]]


def test_coder_seeds_recode_keeps_the_same_events(store: Store) -> None:
    from geowire.pipeline import process_pending

    before = sorted(r["id"] for r in query_events(store))
    process_pending(store, Settings(db=store.path), recode=True)
    assert sorted(r["id"] for r in query_events(store)) == before

"""Occurrences from articles run through the whole pipeline: strikes in two cities on one day stay
two; one strike reported under a dateline and "on Tuesday" stays one (issue 13, item 6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geowire.settings import Settings

pytestmark = pytest.mark.model


def _occurrences(tmp_path: Path, texts: list[str], date: dt.date) -> list[dict]:
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.store import open_store

    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    settings = Settings(db=tmp_path / "s.duckdb")
    with open_store(settings.db) as store:
        ingest_sources(store, settings, [str(p) for p in paths], date=date)
        process_pending(store, settings, code=True)
        return store.query(
            "SELECT id, date, mention_count, doc_count FROM occurrences"
            " WHERE category = 'ASSAULT' AND actor_codes = ['RUS'] AND recipient_codes = ['UKR']"
        )


def test_pipeline_same_day_strikes_in_two_cities_are_two_occurrences(tmp_path: Path) -> None:
    texts = [
        "KYIV, 5 March 2024 — Russia launched missiles at Ukraine in Kharkiv, killing four people.\n",
        "Russia launched missiles at Ukraine in Odesa on Tuesday, killing two people, officials said.\n",
    ]
    found = _occurrences(tmp_path, texts, dt.date(2024, 3, 6))
    assert len(found) == 2 and {o["date"] for o in found} == {dt.date(2024, 3, 5)}


def test_pipeline_dateline_and_weekday_reports_are_one_occurrence(tmp_path: Path) -> None:
    texts = [
        "KYIV, 6 March 2024 — Russia fired missiles at Ukraine in Kharkiv overnight, killing four people,"
        " officials said.\n",
        "Russia fired missiles at Ukraine in Kharkiv on Tuesday, killing four people.\n",
        "Russia struck Ukraine with missiles on Tuesday, killing four people in Kharkiv.\n",
    ]
    found = _occurrences(tmp_path, texts, dt.date(2024, 3, 7))
    assert [(o["date"], o["doc_count"]) for o in found] == [(dt.date(2024, 3, 5), 3)]

"""`compare` on an act one article reports and another denies (issue 13): the two are not one
agreed occurrence but a difference with both sentences, and a plan only one article mentions is
listed as only in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from geowire.settings import Settings
from geowire.store.model import _disputed

ACT = "YEREVAN, 9 September 2024 — France delivered three Caesar howitzers to Armenia."
PLAN = "Paris will send two more howitzers next year, the defence ministry said."
DENIAL = "PARIS, 10 September 2024 — France has not delivered any Caesar howitzers to Armenia, an aide said."


@pytest.mark.model
def test_compare_lists_an_asserted_and_a_denied_delivery_under_differ(tmp_path: Path) -> None:
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.model import compare

    (tmp_path / "a.txt").write_text(f"{ACT} {PLAN}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{DENIAL}\n", encoding="utf-8")
    settings = Settings(db=tmp_path / "s.duckdb")
    with open_store(settings.db) as store:
        ingest_sources(store, settings, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        process_pending(store, settings, code=True)
        doc_a, doc_b = (r["id"] for r in store.query("SELECT id FROM documents ORDER BY path"))
        occs = store.query("SELECT modality, counts, source_count FROM occurrences WHERE category = 'AID'")
        assert {(o["modality"], o["counts"], o["source_count"]) for o in occs} >= {
            ("asserted", True, 1),
            ("negated", False, 1),
        }
        result = compare(store, doc_a, doc_b)
    assert not [a for a in result["agree"] if a["topic"].startswith("occurrence AID")], result["agree"]
    (dispute,) = [d for d in result["differ"] if d["topic"].startswith("occurrence AID")]
    assert (dispute["a"], dispute["b"]) == ("asserted", "negated")
    assert [e["sentence"] for e in dispute["evidence"]] == [ACT, DENIAL]
    assert any(d["a"] == "transferred" and d["b"] == "not transferred" for d in result["differ"])
    planned = [o for o in result["only_a"] if o["topic"].endswith("(planned)")]
    assert planned and planned[0]["evidence"]["sentence"] == PLAN
    assert not result["only_b"]


def _occ(modality: str, date: dt.date | None, *, precision: str = "day", trigger: str = "delivered",
         recipients: tuple[str, ...] = ("ARM",)) -> dict[str, Any]:  # fmt: skip
    return {
        "category": "AID",
        "modality": modality,
        "actor_codes": ["FRA"],
        "recipient_codes": list(recipients),
        "trigger_text": trigger,
        "date": date,
        "date_precision": precision,
    }


def test_a_denial_of_the_same_act_in_the_same_days_is_a_dispute() -> None:
    act = _occ("asserted", dt.date(2024, 9, 9))
    assert _disputed(act, _occ("negated", dt.date(2024, 9, 12)))
    assert _disputed(_occ("negated", dt.date(2024, 9, 12)), act)  # either side may hold the denial
    this_year = _occ("asserted", dt.date(2024, 1, 1), precision="year")
    assert _disputed(this_year, _occ("negated", None))
    assert _disputed(this_year, _occ("negated", dt.date(2024, 9, 1)))


def test_compatible_occurrences_are_no_dispute() -> None:
    act = _occ("asserted", dt.date(2024, 9, 9))
    assert not _disputed(act, _occ("asserted", dt.date(2024, 9, 9)))  # both assert it
    assert not _disputed(act, _occ("future", dt.date(2024, 9, 9)))  # a plan does not deny it
    assert not _disputed(act, _occ("negated", dt.date(2024, 3, 2)))  # denied months before it
    assert not _disputed(act, _occ("negated", dt.date(2024, 9, 12), recipients=("GEO",)))
    assert not _disputed(act, _occ("negated", dt.date(2024, 9, 12), trigger="promised"))

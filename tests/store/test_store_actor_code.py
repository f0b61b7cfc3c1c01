"""A typed actor code is matched, in any case, against the stored codes (upper case for actors);
equipment codes, the only mixed-case ones, never count as actors."""

from __future__ import annotations

from pathlib import Path

from geowire.actors.kb import KnowledgeBase
from geowire.actors.known import unknown_actor
from geowire.store import open_store
from geowire.store.search import has_actor_code


def _mention(code: str, kind: str) -> list[object]:
    return ["d1", 0, 0, 3, "txt", kind, code, None, None, None, 0.9, "test", None]


def test_store_actor_code_lookup_is_case_blind_and_skips_equipment(tmp_path: Path) -> None:
    with open_store(tmp_path / "codes.duckdb") as store:
        store.con.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_mention("QXZ", "country"), _mention("REDBANNER", "group"), _mention("Buk-M2E", "equipment")],
        )
        assert has_actor_code(store, "qxz") and has_actor_code(store, "RedBanner")
        assert not has_actor_code(store, "Buk-M2E") and not has_actor_code(store, "BUK-M2E")
        assert not has_actor_code(store, "QXY")


def test_store_actor_level_code_is_known_by_its_actor_part(tmp_path: Path) -> None:
    def no_kb() -> KnowledgeBase:
        raise AssertionError("the store knows the code: the knowledge base is not needed")

    with open_store(tmp_path / "codes.duckdb") as store:
        store.con.execute(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _mention("QXZ", "country")
        )
        assert unknown_actor(store, "qxz:gov", kb=no_kb) is None
        assert unknown_actor(store, "QXZ", kb=no_kb) is None

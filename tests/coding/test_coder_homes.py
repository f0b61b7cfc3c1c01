"""The coder's group homes: the shipped ``groups.yaml`` countries, read from the knowledge base
it already parsed when that holds the shipped files alone, from the file otherwise."""

from __future__ import annotations

from pathlib import Path

from geowire.actors.kb import load_kb
from geowire.coding.coder import EventCoder
from geowire.coding.matching import group_countries
from geowire.settings import Settings

from .conftest import EN


def test_homes_from_the_shipped_kb_equal_groups_yaml(settings: Settings) -> None:
    coder = EventCoder(load_kb(settings, EN), settings, EN)
    assert coder.homes == group_countries()


def test_homes_ignore_groups_of_extra_knowledge_files(tmp_path: Path) -> None:
    extra = tmp_path / "extra.yaml"
    group = "{code: ZZ-MILITIA, name: Zz Militia, country: FRA, sector: MIL}"
    extra.write_text(f"groups:\n  - {group}\n", encoding="utf-8")
    settings = Settings(actors_files=[extra])
    kb = load_kb(settings, EN)
    assert kb.group("ZZ-MILITIA") is not None
    homes = EventCoder(kb, settings, EN).homes
    assert "ZZ-MILITIA" not in homes
    assert homes == group_countries()

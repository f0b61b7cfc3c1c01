"""YAML is read one way: safe, and a mapping that names a key twice is refused in one line
(a plain loader keeps the later value, so an entry of a knowledge file would vanish silently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.actors.kb import KnowledgeBase, KnowledgeBaseError
from geowire.lang import load_language
from geowire.yamlio import RepeatedKeyError, load_yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "geowire" / "data"


def test_repeated_key_is_one_line_with_both_lines() -> None:
    with pytest.raises(RepeatedKeyError) as e:
        load_yaml("alpha: 1\nbeta:\n  gamma: 2\n  gamma: 3\n")
    assert str(e.value) == "repeated key 'gamma' at line 4 (first at line 3)"


def test_same_key_in_different_mappings_and_merges_are_fine() -> None:
    data = load_yaml("one: {name: a}\ntwo: {name: b}\nbase: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n")
    assert data["one"]["name"] == "a" and data["more"] == {"x": 1, "y": 2}


def test_shipped_yaml_has_no_repeated_keys() -> None:
    files = sorted(DATA.rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        load_yaml(path.read_text(encoding="utf-8"))


def test_knowledge_file_with_a_repeated_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(
        "groups:\n  - {code: RIVERMEN, name: River Men, name: Rivermen, country: FRA, sector: MIL}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError) as e:
        KnowledgeBase.from_files([path], lang=load_language("en"), shipped=False)
    assert "repeated key 'name'" in str(e.value) and "\n" not in str(e.value)


def test_settings_file_with_a_repeated_key_is_refused_in_one_line(tmp_path: Path) -> None:
    from geowire.errors import ConfigError
    from geowire.settings import load_settings

    path = tmp_path / "geowire.yaml"
    path.write_text("db: first.duckdb\nworkers: 2\ndb: second.duckdb\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(path)
    assert "repeated key 'db'" in str(e.value) and "\n" not in str(e.value)
    broken = tmp_path / "broken.yaml"
    broken.write_text("db: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(broken)
    assert "does not parse" in str(e.value) and "\n" not in str(e.value)

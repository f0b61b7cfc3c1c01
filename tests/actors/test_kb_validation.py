"""Knowledge-base files are validated; errors name the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.actors.kb import KnowledgeBase, load_kb
from geowire.errors import KnowledgeBaseError
from geowire.lang import load_language
from geowire.settings import Settings

from .conftest import FIXTURES

EN = load_language("en")


def _write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kb_fixture_loads_every_section(small_kb: KnowledgeBase) -> None:
    assert small_kb.country("RUS").name == "Russia"
    assert small_kb.organisation("NATO").members == ["USA", "FRA"]
    assert small_kb.group("WAGNER").country == "RUS"
    assert small_kb.equipment("Igla-S").category == "MANPADS"
    assert small_kb.sector_of_phrase(("foreign", "ministry")) == "GOV"
    assert small_kb.person("putin").wikidata == "Q7747"


def test_kb_error_names_file_entry_and_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "countries:\n  - {code: ABC, name: Abc}\n  - {code: XYZ, name: Xyz, demonyms: Xyzian}\n"
    )
    with pytest.raises(KnowledgeBaseError) as err:
        KnowledgeBase.from_files([path], lang=EN, shipped=False)
    msg = str(err.value)
    assert str(path) in msg and "countries[1] (code=XYZ)" in msg and "'demonyms'" in msg


def test_kb_rejects_unknown_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "equipment:\n  - {code: T-90, name: T-90, category: tank, colour: green}\n")
    with pytest.raises(KnowledgeBaseError, match=r"equipment\[0\] \(code=T-90\): field 'colour'"):
        KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_kb_rejects_bad_role_date(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "people:\n  - id: x\n    name: X Y\n    roles: [{country: RUS, sector: GOV, start: 2020-13}]\n",
    )
    with pytest.raises(KnowledgeBaseError, match=r"people\[0\] \(id=x\): field 'roles.0.start'"):
        KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_kb_rejects_unknown_top_level_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "leaders: []\n")
    with pytest.raises(KnowledgeBaseError, match="unknown top-level key 'leaders'"):
        KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_kb_rejects_duplicate_codes_in_one_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "groups:\n  - {code: G1, name: A, sector: REB}\n  - {code: G1, name: B, sector: REB}\n"
    )
    with pytest.raises(KnowledgeBaseError, match=r"groups\[1\] \(code=G1\): field 'code': duplicate"):
        KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_kb_rejects_unknown_country_reference(tmp_path: Path) -> None:
    path = _write(tmp_path, "equipment:\n  - {code: Zz-1, name: Zz-1, category: drone, producer: QQQ}\n")
    with pytest.raises(
        KnowledgeBaseError, match="equipment entry Zz-1: field 'producer': unknown country code QQQ"
    ):
        KnowledgeBase.from_files([FIXTURES / "kb_small.yaml", path], lang=EN, shipped=False)


def test_kb_rejects_invalid_yaml(tmp_path: Path) -> None:
    path = _write(tmp_path, "countries: [\n")
    with pytest.raises(KnowledgeBaseError, match="not valid YAML"):
        KnowledgeBase.from_files([path], lang=EN, shipped=False)


def test_kb_user_file_extends_and_replaces(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        (
            "groups:\n  - {code: WAGNER, name: Wagner Group, aliases: [Wagner], country: RUS, sector: MIL}\n"
            "equipment:\n  - {code: Zz-1, name: Zz-1 drone, category: drone, producer: FRA}\n"
        ),
    )
    kb = KnowledgeBase.from_files([FIXTURES / "kb_small.yaml", extra], lang=EN, shipped=False)
    assert kb.group("WAGNER").sector == "MIL"  # replaced
    assert kb.equipment("Zz-1").producer == "FRA"  # added
    assert kb.country("RUS") is not None  # kept
    assert kb.refs_for_name("Zz-1 drone")[0].code == "Zz-1"


def test_kb_load_kb_applies_settings_actors_files(tmp_path: Path) -> None:
    extra = _write(tmp_path, "equipment:\n  - {code: Zz-2, name: Zz-2 glider, category: drone}\n")
    kb = load_kb(Settings(actors_files=[extra]), EN)
    assert kb.equipment("Zz-2") is not None
    assert load_kb(Settings(actors_files=[extra]), EN) is kb  # kept on the pack
    assert load_kb(Settings(), EN).equipment("Zz-2") is None


def test_kb_shipped_files_validate() -> None:
    kb = load_kb(Settings(), EN)
    assert kb.country("RUS") is not None and kb.country("XKX") is not None and kb.country("TWN") is not None
    assert len(kb.countries) >= 197
    assert kb.sector_of_phrase(("troops",)) == "MIL"


def test_kb_rejects_unknown_sector_reference(tmp_path: Path) -> None:
    path = _write(tmp_path, "groups:\n  - {code: G9, name: Gee Nine, sector: XYZ}\n")
    with pytest.raises(KnowledgeBaseError, match="groups entry G9: field 'sector': unknown sector code XYZ"):
        KnowledgeBase.from_files([FIXTURES / "kb_small.yaml", path], lang=EN, shipped=False)

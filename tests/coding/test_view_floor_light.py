"""The default view's floor is read from the artefact's JSON alone: the read commands and the API
ask for it at start and must not pay for loading the coder (spaCy); a broken artefact is a one-line
``ConfigError`` when the coder loads it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geowire.coding.decide import load_decider
from geowire.coding.floors import default_view_floor
from geowire.errors import ConfigError
from geowire.settings import Settings


def test_the_floor_of_the_artefact_or_the_setting(tmp_path: Path) -> None:
    shipped = load_decider()
    assert default_view_floor(Settings()) == shipped.min_confidence > shipped.store_threshold
    assert default_view_floor(Settings(min_confidence=0.3)) == 0.3
    assert default_view_floor(Settings(coder="rules")) is None
    noop = tmp_path / "noop.json"
    noop.write_text(json.dumps({"min_confidence": 0.2, "store_threshold": 0.25}), encoding="utf-8")
    assert default_view_floor(Settings(decider_model=noop)) is None
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert default_view_floor(Settings(decider_model=broken)) is None
    assert default_view_floor(Settings(decider_model=tmp_path / "absent.json")) is None


def test_reading_the_floor_loads_no_spacy() -> None:
    code = (
        "import sys; from geowire.coding.floors import default_view_floor;"
        "from geowire.settings import Settings;"
        "f = default_view_floor(Settings()); assert f is not None;"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_decider_with_malformed_weights_is_one_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    malformed = {"weights": [1, 2], "store_threshold": 0.2, "min_confidence": 0.5}
    bad.write_text(json.dumps(malformed), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_decider(bad)
    assert "\n" not in str(e.value) and "unreadable" in str(e.value)


def test_an_artefact_that_is_not_utf8_is_a_one_line_model_error(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 read as 'no view floor' and as a ModelError for the model layer,
    never a UnicodeDecodeError traceback (review of 2026-12-05)."""
    from geowire.coding.floors import read_floors
    from geowire.errors import ModelError
    from geowire.model.build import decider_floor

    odd = tmp_path / "odd.json"
    odd.write_bytes(b"\xff\xfe{\x00}")
    assert read_floors(odd).problem is not None
    assert default_view_floor(Settings(decider_model=odd)) is None
    with pytest.raises(ModelError, match="make train"):
        decider_floor(odd)


def test_floors_read_from_another_artefact_are_not_used(tmp_path: Path) -> None:
    from geowire.coding.floors import read_floors
    from geowire.model.build import decider_floor

    one, other = tmp_path / "one.json", tmp_path / "other.json"
    one.write_text(json.dumps({"min_confidence": 0.6, "store_threshold": 0.2, "model_min_confidence": 0.5}))
    other.write_text(json.dumps({"min_confidence": 0.7, "store_threshold": 0.2, "model_min_confidence": 0.4}))
    read = read_floors(other)
    assert decider_floor(one, read) == 0.5
    assert default_view_floor(Settings(decider_model=one), read) == 0.6
    assert decider_floor(other, read) == 0.4

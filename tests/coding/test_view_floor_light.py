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

"""The default view's floor is read from the artefact's JSON alone: the read commands and the API
ask for it at start and must not pay for loading the coder (spaCy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from geowire.coding.decide import default_min_confidence
from geowire.coding.floors import default_view_floor
from geowire.settings import Settings


def test_same_floor_as_the_loaded_decider(tmp_path: Path) -> None:
    assert default_view_floor(Settings()) == default_min_confidence(Settings())
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

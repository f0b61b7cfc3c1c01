"""The demo's outputs, byte for byte (issue 17, item 5): a refactor that changes what geowire makes of
the bundled examples fails here.

The demo runs on ``examples/`` into a fresh store, in-process through the CLI, and each output is
compared with its golden file under ``tests/golden/demo/``, normalised as
``scripts/behaviour_snapshot.sh`` normalises it (so the files equal that script's ``demo.json``,
``events.jsonl`` and ``export.*``):

- ``demo.json``: ``geowire demo --json``, its ``ingest`` line set to null (it names the run),
  re-dumped with ``indent=1, sort_keys=True``;
- ``events.jsonl``: ``geowire events --min-confidence 0 --format jsonl``;
- ``export.<format>``: ``geowire export --format <format>`` for plover-jsonl, gdelt, gdelt-mentions
  and ftm, the GDELT ``DATEADDED`` timestamps masked.

A change of behaviour that is meant (a fixed rule, a new field) regenerates them, and the diff is
reviewed in the commit::

    GEOWIRE_REGOLD=1 .venv/bin/python -m pytest tests/test_demo_golden.py
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geowire.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden" / "demo"
REGOLD = os.environ.get("GEOWIRE_REGOLD") == "1"
EXPORTS = ("plover-jsonl", "gdelt", "gdelt-mentions", "ftm")
OUTPUTS = ("demo.json", "events.jsonl", *(f"export.{f}" for f in EXPORTS))
_DATEADDED = re.compile(r"\b20[0-9]{12}\b")  # GDELT's DATEADDED: when the row was exported


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def demo_json(stdout: str) -> str:
    """The demo's JSON without its ingest line, as the snapshot script writes it."""
    data = json.loads(stdout)
    data["ingest"] = None
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def masked(text: str) -> str:
    """A GDELT export with its DATEADDED timestamps masked."""
    return _DATEADDED.sub("DATEADDED", text)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Every normalised output of one demo run, by golden file name."""
    out = tmp_path_factory.mktemp("demo_golden")
    db = str(out / "demo.duckdb")
    with pytest.MonkeyPatch.context() as mp:
        for name in [k for k in os.environ if k.startswith("GEOWIRE_")]:
            mp.delenv(name)
        found = {"demo.json": demo_json(_run("demo", "--db", db, "--json", str(EXAMPLES)))}
        found["events.jsonl"] = _run("events", "--db", db, "--min-confidence", "0", "--format", "jsonl")
        for fmt in EXPORTS:
            path = out / f"export.{fmt}"
            _run("export", "--db", db, "--format", fmt, "--out", str(path))
            text = path.read_bytes().decode("utf-8")
            found[f"export.{fmt}"] = masked(text) if fmt.startswith("gdelt") else text
    if REGOLD:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, text in found.items():
            (GOLDEN / name).write_bytes(text.encode("utf-8"))
    yield found


@pytest.mark.parametrize("name", OUTPUTS)
def test_demo_golden_output_is_unchanged(outputs: dict[str, str], name: str) -> None:
    golden = (GOLDEN / name).read_bytes().decode("utf-8")
    if outputs[name] != golden:
        got = outputs[name].splitlines()
        want = golden.splitlines()
        pairs = enumerate(zip(got, want, strict=False))
        first = next((i for i, (a, b) in pairs if a != b), min(len(got), len(want)))
        pytest.fail(
            f"{name} differs from tests/golden/demo/{name} from line {first + 1} ({len(got)} lines,"
            f" golden {len(want)}); if the change is meant: GEOWIRE_REGOLD=1 pytest tests/test_demo_golden.py"
        )


def test_demo_golden_masks_only_gdelt_timestamps() -> None:
    row = "1\t20250301\t20260101120000\t2025"
    assert masked(row) == "1\t20250301\tDATEADDED\t2025"

"""Every ```python block of docs/python.md runs, in order, against a store of the examples."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "python.md"


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_docs_python_has_a_walkthrough():
    assert len(_blocks()) >= 6


@pytest.mark.model
def test_docs_python_examples_run(examples_db, tmp_path, monkeypatch, capsys):
    shutil.copy(examples_db, tmp_path / "geowire.duckdb")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for number, block in enumerate(_blocks(), 1):
        exec(compile(block, f"docs/python.md block {number}", "exec"), namespace)  # noqa: S102
    out = capsys.readouterr().out
    assert "event mentions" in out

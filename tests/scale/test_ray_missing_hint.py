"""Without Ray installed, ``geowire batch`` fails with one line naming the extra to install."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from geowire.cli import app
from geowire.errors import OptionalDependencyError
from geowire.scale.ray_batch import require_ray


def test_ray_batch_missing_ray_raises_optional_dependency(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(OptionalDependencyError) as info:
        require_ray()
    assert info.value.extra == "ray"


def test_ray_batch_cli_gives_install_hint(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)
    shard = tmp_path / "a.jsonl"
    shard.write_text('{"text": "Peru thanked Chile for its help."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(shard), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "pip install 'geowire[ray]'" in result.output
    assert "Traceback" not in result.output

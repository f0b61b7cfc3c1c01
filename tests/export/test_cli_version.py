"""``geowire --version`` prints the one version (issue 15)."""

from __future__ import annotations

from typer.testing import CliRunner

import geowire
from geowire.cli import app


def test_cli_version_prints_the_package_version():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"geowire {geowire.__version__}"

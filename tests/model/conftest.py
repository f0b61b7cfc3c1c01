"""Make ``helpers.py`` importable from the model tests (pytest runs with --import-mode=importlib),
and the analyzer the claims tests run their sentences through."""

import sys
from pathlib import Path

import pytest

from geowire.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="module")
def analyzer():  # noqa: ANN201
    """The whole per-document pipeline with default settings (one per test module)."""
    from geowire.pipeline import Analyzer

    return Analyzer(Settings())

"""A bare "package" is no aid: "a package of sanctions" is the sanctions (lead, fourteenth session,
from a new-user trial); an aid or support package still is."""

from __future__ import annotations

import pytest

from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Settings(coder="rules"))


def _categories(analyzer: Analyzer, text: str) -> set[str]:
    (result,) = analyzer.analyse([(DocContext("pk1", None), text)])
    return {e.category for e in result.events}


def test_a_package_of_sanctions_is_no_aid(analyzer: Analyzer) -> None:
    cats = _categories(analyzer, "Canada imposed a fresh package of sanctions on Belarus.")
    assert "SANCTION" in cats and "AID" not in cats


def test_an_aid_package_is_aid(analyzer: Analyzer) -> None:
    assert "AID" in _categories(analyzer, "Norway approved an aid package for Sudan.")

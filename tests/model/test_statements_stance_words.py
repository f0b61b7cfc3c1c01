"""The stance of a statement from its words (lead, fourteenth session, from a new-user trial): a
charge called baseless or groundless and a firm opposition are critical; "playing with fire" and
"will pay a heavy price" are threats."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _stances(analyzer, text: str) -> list[object]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 5, 2)), text)])
    return [dict(c.fields).get("stance") for c in a.claims if c.kind == "statement"]


@pytest.mark.parametrize(("text", "stance"), [
    ("Chile's foreign ministry said the claims made by Peru were groundless.", "critical"),
    ("Norway said it firmly opposes the fishing quotas set by Russia.", "critical"),
    ("Serbia's president said Kosovo was playing with fire.", "threatening"),
    ("Iran's defence minister said Israel would pay a heavy price for the raid.", "threatening"),
])  # fmt: skip
def test_the_stance_of_a_statement_from_its_words(analyzer, text: str, stance: str) -> None:  # noqa: ANN001
    assert _stances(analyzer, text) == [stance]

"""A held system written with a possessive pronoun and an origin adjective (issue 13): "its Spanish
boats" — the possessor holds them and the origin names where they came from."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.types import DocContext

pytestmark = pytest.mark.model


def _transfers(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    (a,) = analyzer.analyse([(DocContext(doc_id="t", published=dt.date(2025, 6, 1)), text)])
    return [dict(c.fields) for c in a.claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    "text",
    [
        "Colombia flies its South Korean FA-50s from a base near the capital.",
        "Colombia still operates its South Korean FA-50s on border patrols.",
    ],
)
def test_the_possessor_holds_and_the_origin_supplied(analyzer, text: str) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, text)
    assert (t["supplier"], t["recipient"]) == ("KOR", "COL")


def test_a_possessor_that_sends_its_foreign_jets_on_still_supplies(analyzer) -> None:  # noqa: ANN001
    (t,) = _transfers(analyzer, "Norway sent its American F-16s to Romania last year.")
    assert (t["supplier"], t["recipient"], t["status"]) == ("NOR", "ROU", "delivered")

"""A planned transfer or deployment dated by a month or weekday without its year takes the coming
one ("will deliver … in March", published in January: this March), a done one the last one."""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import claim_fields

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2025, 1, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway will deliver eight artillery pieces to Latvia in March.", "2025-03-01"),
        ("Norway delivered eight artillery pieces to Latvia in March.", "2024-03-01"),
    ],
)
def test_a_planned_transfer_takes_the_coming_month(analyzer, text: str, expected: str) -> None:  # noqa: ANN001
    (fields,) = claim_fields(analyzer, text, "transfer", PUBLISHED)
    assert fields["date"] == expected


def test_a_planned_deployment_takes_the_coming_month(analyzer) -> None:  # noqa: ANN001
    text = "Denmark will send 250 soldiers to Latvia in April."
    (fields,) = claim_fields(analyzer, text, "deployment", PUBLISHED)
    assert (fields.get("modality"), fields["date"]) == ("future", "2025-04-01")

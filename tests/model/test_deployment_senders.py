"""Deployments whose senders are coordinated or named as a demonym of the forces (issue 13)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

pytestmark = pytest.mark.model


def _deployments(analyzer, text: str) -> list[dict[str, object]]:  # noqa: ANN001
    return claim_fields(analyzer, text, "deployment", dt.date(2025, 6, 1))


def test_deployment_coordinated_senders_each_send_and_share_the_count(analyzer) -> None:  # noqa: ANN001
    ds = _deployments(analyzer, "Norway and Denmark will send 300 soldiers to Estonia next year.")
    assert {(d["country"], d["host"]) for d in ds} == {("NOR", "EST"), ("DNK", "EST")}
    assert all("personnel" not in d and d["personnel_joint"] == 300.0 for d in ds)


def test_deployment_a_single_sender_keeps_its_count(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Norway will send 300 soldiers to Estonia next year.")
    assert (d["country"], d["host"], d["personnel"]) == ("NOR", "EST", 300.0)


def test_deployment_a_demonym_of_the_forces_is_the_sender(analyzer) -> None:  # noqa: ANN001
    (d,) = _deployments(analyzer, "Egyptian troops have been stationed in Sudan for training since 2021.")
    assert (d["country"], d["host"]) == ("EGY", "SDN")

"""Two parties of one cooperative act are each other's partners: no third party of the article is
implied as its recipient (issue 11: "both countries ratify it" took a company named elsewhere).
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_cod3_joint_parties_imply_no_third_recipient(candidates) -> None:  # noqa: ANN001
    cands = candidates(
        "Gazprom signed a gas contract with Serbia last year. "
        "Hungary and Slovakia signed a border accord on Friday, officials in Bratislava said."
    )
    joint = [e for e, _ in cands if e.category in ("AGREE", "SUPPORT") and len(e.actors) > 1]
    assert joint
    for e in joint:
        assert {r.code for r in e.recipients} <= {a.code for a in e.actors}, e.recipients

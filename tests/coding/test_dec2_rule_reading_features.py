"""The rules' own reading tells whether the rules found its recipient (issue 11, dec2): a rule reading with
no recipient is seldom the whole event (a denial or refusal lacks its implied recipient), one with a
recipient often is, so the learned stage reads the two apart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Candidates

pytestmark = pytest.mark.model


def _rule_readings(cands: Candidates, word: str) -> list[tuple[str, ...]]:
    return [f for e, f in cands if e.trigger.text.startswith(word) and "rulepick" in f]


def test_features_rule_reading_with_its_recipient_is_marked(candidates) -> None:  # noqa: ANN001
    (feats,) = _rule_readings(candidates("Chile vetoed the Peruvian proposal on fishing quotas."), "vetoed")
    assert "rulepick|cat|rcpt=REJECT|role" in feats


def test_features_rule_reading_without_a_recipient_is_marked(candidates) -> None:  # noqa: ANN001
    (feats,) = _rule_readings(candidates("Bolivia denied the report on Tuesday."), "denied")
    assert "rulepick|cat|rcpt=REJECT|none" in feats

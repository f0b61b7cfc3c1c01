"""Quantifiers the tagger reads as adjectives or nouns ("most of", "much of", "none of") are looked
through their partitive preposition as "some of" is (grammar ``quantifier_words``, one helper with the
measure nouns). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_quantifier_read_as_adjective_is_looked_through(code_text) -> None:  # noqa: ANN001
    # "most of" is looked through as "some of" is: the sanctions are what is lifted
    events = code_text("Ghana lifted most of its sanctions on Togo.")
    assert find(events, "RETREAT", actor="GHA", recipient="TGO")
    assert not find(events, "SANCTION", actor="GHA")

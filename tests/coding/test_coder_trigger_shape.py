"""Features that tell the learned stage when a trigger word is not an event (issue 11, "triggers
that are not events"): a noun that only modifies another noun names a kind of thing, and a verb
in an infinitive or participle clause hanging on a noun that is not the candidate's
actor has that noun, not the actor, as its agent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Candidates

pytestmark = pytest.mark.model


def _features(cands: Candidates, word: str) -> set[str]:
    """The features of every candidate whose trigger is ``word``."""
    got = [f for e, f in cands if e.trigger.text == word]
    assert got, f"no candidate on {word!r}"
    return set().union(*got)


SALE = "Germany has sold Poland anti-aircraft rocket launchers built to deny an enemy any air cover."


def test_noun_modifying_a_noun_is_marked(candidates) -> None:  # noqa: ANN001
    cands = candidates(SALE)
    assert "nmod=compound" in _features(cands, "rocket")
    assert "nmod=compound" not in _features(cands, "deny")  # a verb


def test_clause_on_a_non_actor_noun_is_marked(candidates) -> None:  # noqa: ANN001
    feats = _features(candidates(SALE), "deny")
    assert "clause=purpose-of-noun" in feats
    assert "clause=purpose-of-noun|actor-elsewhere" in feats


def test_clause_on_the_actors_own_noun_is_told_apart(candidates) -> None:  # noqa: ANN001
    text = "Egyptian commandos dispatched to raid the smugglers' camp returned at dawn."
    feats = _features(candidates(text), "raid")
    assert "clause=purpose-of-noun" not in feats


def test_purpose_clause_of_the_main_verb_is_not_marked(candidates) -> None:  # noqa: ANN001
    text = "Turkey sent troops to Syria to attack Kurdish positions on Monday."
    feats = _features(candidates(text), "attack")
    assert not {f for f in feats if f.startswith("clause=")}
    assert "nmod=compound" not in feats

"""Candidates for an act whose only named party is the one it is aimed at (candidate recall on real
articles, 2026-12-05): "duties were levied on X", "a blockade of the roads into X", "threatened
strikes on X" name the target and leave the actor to an earlier sentence. The target becomes the
recipient and the implied parties (the subject of a sentence before, the article's main party) the
actors, as for an agentless passive; the target is never only offered as the actor. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import candidate_features as _feats
from .conftest import find

pytestmark = pytest.mark.model


def test_coder_target_of_a_preposition_gets_an_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Norway hosted the donors on Friday. Officials said tariffs were imposed on Iceland in May."
    cands = candidates(text)
    assert find(_events(cands), "SANCTION", actor="NOR", recipient="ISL")
    assert "veto=targeted" in _feats(cands, "SANCTION", "NOR", "ISL")  # typed, for the learned stage


def test_coder_target_behind_a_genitive_object_gets_an_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Mali's army retook the town of Tessit on Monday. A blockade of the roads into Niger followed."
    assert find(_events(candidates(text)), "COERCE", actor="MLI", recipient="NER")


def test_coder_target_of_a_threatened_act_gets_an_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Ghana's leaders gathered in Accra on Sunday. The delegates have threatened an attack on Togo."
    events = _events(candidates(text))
    assert any(e.actors[0].code == "GHA" for e in find(events, "THREATEN", recipient="TGO") if e.actors)


def test_coder_targeted_act_with_a_named_agent_adds_no_implied_actor(candidates) -> None:  # noqa: ANN001
    text = "Norway hosted the donors on Friday. Kenya imposed sanctions on Uganda."
    cands = candidates(text)
    assert not any("veto=targeted" in f for e, f in cands if e.trigger.text.endswith("sanctions"))
    assert not find(_events(cands), "SANCTION", actor="NOR", recipient="UGA")

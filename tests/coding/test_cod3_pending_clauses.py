"""An act in a clause still to come ("until both sides ratify it", "once Lima approves it") is not
done yet: future, not asserted (issue 11). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_cod3_an_act_in_a_pending_clause_is_future(code_text) -> None:  # noqa: ANN001
    events = code_text("The tariffs will be dropped once Ghana recognises Togo's claim.")
    recognised = [e for e in events if e.trigger.text.startswith("recognises")]
    assert recognised and all(e.modality != "asserted" for e in recognised)


def test_cod3_an_act_in_a_past_until_clause_stays_done(code_text) -> None:  # noqa: ANN001
    events = code_text("Shelling went on until the Somali army withdrew from the port.")
    assert all(e.modality == "asserted" for e in events if e.trigger.text.startswith("withdrew"))


def test_cod3_a_marked_clause_keeps_its_own_polarity(code_text) -> None:  # noqa: ANN001
    events = code_text("Oman will not restore the subsidies until Yemen signs the fisheries accord.")
    signed = [e for e in events if e.trigger.text.startswith("signs")]
    assert signed and all(e.category != "REJECT" for e in signed)


def test_cod3_a_pending_clause_is_a_condition_the_model_may_not_assert(candidates) -> None:  # noqa: ANN001
    from geowire.coding.decide import CONDITION_CUES

    cands = candidates("The tariffs will be dropped once Ghana recognises Togo's claim.")
    cues = {x[len("cue=") :] for e, f in cands if e.trigger.text.startswith("recognises") for x in f
            if x.startswith("cue=")}  # fmt: skip
    assert cues and cues <= CONDITION_CUES

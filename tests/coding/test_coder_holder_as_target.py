"""The holder of what an act is done to is its target (issue 11, fut session): "will freeze any assets
that X's officers hold abroad" aims at X, named only as the subject of a relative clause on the verb's
object, so X becomes the recipient and the implied parties (the subject of an earlier sentence, the
article's main party) the actors, as for the other targeted acts. An event noun as the subject ("the
sanctions will freeze …") names no actor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import candidate_events as _events
from .conftest import candidate_features as _feats
from .conftest import find

pytestmark = pytest.mark.model


def test_coder_holder_in_a_relative_clause_is_the_target(candidates) -> None:  # noqa: ANN001
    text = (
        "Canada imposed sanctions on Haiti's gang leaders on Monday. "
        "The measures will freeze any assets that the Haitian officials hold in France."
    )
    cands = candidates(text)
    assert find(_events(cands), "SANCTION", actor="CAN", recipient="HTI")
    assert "veto=targeted" in _feats(cands, "SANCTION", "CAN", "HTI")


def test_coder_subject_of_a_relative_clause_on_the_subject_is_no_target(candidates) -> None:  # noqa: ANN001
    # the relative clause hangs on the subject, not on the verb's object: Mexico is no target of it
    text = "Canada hosted the donors on Monday. The officials that Mexico sent froze the fund."
    cands = candidates(text)
    assert not any("veto=targeted" in f for e, f in cands if any(r.code == "MEX" for r in e.recipients))

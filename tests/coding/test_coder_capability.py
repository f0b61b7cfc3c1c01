"""What a thing is made or able to do is no event: the verb under a participle or adjective on a
noun ("radars designed to track …", "boats capable of striking …") is vetoed ``capability`` (a
feature of the learned stage; the rule coder drops it); the same verb as an act is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ankara has sold Baku attack drones, aircraft designed to strike Armenian positions.", "strike"),
        ("Tehran supplied Moscow with boats capable of attacking Ukrainian ships.", "attacking"),
    ],
)
def test_what_a_thing_can_do_is_vetoed(candidates, text: str, verb: str) -> None:  # noqa: ANN001
    found = [(e, v) for e, v in candidates(text) if e.trigger.text.startswith(verb)]
    assert found and all("veto=capability" in v for _e, v in found)


def test_the_same_verb_as_an_act_is_not(candidates, code_text) -> None:  # noqa: ANN001
    text = "Azerbaijani drones struck Armenian positions on Tuesday."
    found = [(e, v) for e, v in candidates(text) if e.trigger.text.startswith("struck")]
    assert found and not any("veto=capability" in v for _e, v in found)
    assert [e.category for e in code_text(text)] == ["ASSAULT"]


def test_the_learned_stage_obeys_the_capability_veto() -> None:
    import datetime as dt

    from geowire.pipeline import Analyzer
    from geowire.settings import Settings
    from geowire.types import DocContext

    text = "Over a decade Cairo has sold Tripoli coastal guns, batteries designed to restrict enemy landings."
    (a,) = Analyzer(Settings()).analyse([(DocContext("cap", dt.date(2025, 2, 3)), text)])
    assert not [e for e in a.events if e.trigger.text.startswith("restrict")]

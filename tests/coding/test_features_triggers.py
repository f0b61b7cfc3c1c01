"""The readings of one trigger grouped (hand-made events: no parse)."""

from __future__ import annotations

from geowire.coding.features import by_trigger, grouped, trigger_key
from geowire.types import Event, Span


def _event(eid: str, start: int, sentence: int = 0) -> Event:
    return Event(id=eid, doc_id="d", sentence_index=sentence, sentence="s", sentence_start=0,
                 category="AID", trigger=Span(start, start + 3, "xyz"), actors=(), recipients=())  # fmt: skip


def test_by_trigger_gives_the_positions_of_each_triggers_readings_in_order_first_seen() -> None:
    cands = [(_event("a", 5), ()), (_event("b", 0), ()), (_event("c", 5), ()),
             (_event("d", 5, sentence=1), ())]  # fmt: skip
    groups = by_trigger(cands)
    assert list(groups.values()) == [[0, 2], [1], [3]]
    assert list(groups) == [trigger_key(cands[0][0]), trigger_key(cands[1][0]), trigger_key(cands[3][0])]


def test_grouped_keeps_the_order_keys_are_first_seen() -> None:
    assert grouped("abab c") == {"a": [0, 2], "b": [1, 3], " ": [4], "c": [5]}

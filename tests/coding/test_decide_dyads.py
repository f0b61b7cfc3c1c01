"""The article's dyads as features of a reading (``features.dyad_context``) and the decider that reads
them (``LinearDecider.dyads``): hand-made events and weights, no model."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from geowire.coding.decide import LinearDecider, load_decider
from geowire.coding.features import dyad_context
from geowire.types import Event, EventActor, Span


def _actor(code: str) -> EventActor:
    return EventActor(code=code, sector=None, entity_text=code, wikidata=None, start=0, end=1)


def _event(category: str, actors: list[str], recipients: list[str], *, sentence: int) -> Event:
    return Event(id=f"{category}{sentence}{actors}{recipients}", doc_id="d", sentence_index=sentence,
                 sentence="s", sentence_start=0, category=category, trigger=Span(0, 3, "xyz"),
                 actors=tuple(_actor(a) for a in actors),
                 recipients=tuple(_actor(r) for r in recipients))  # fmt: skip


def _dyads(feats: tuple[str, ...]) -> list[str]:
    return [x for x in feats if x.startswith("dyad")]


def test_a_pair_the_rules_join_in_another_sentence_is_marked() -> None:
    cands = [
        (_event("ASSAULT", ["IRN"], ["GBR"], sentence=0), ("bias", "rulepick", "rcpt=role")),
        (_event("ACCUSE", ["GBR"], ["IRN"], sentence=2), ("bias", "rcpt=previous-subject")),
        (_event("ACCUSE", ["FRA"], ["IRN"], sentence=2), ("bias", "rcpt=previous-subject")),
        (_event("ASSAULT", ["IRN"], ["GBR"], sentence=3), ("bias", "rcpt=topic")),
        (_event("ACCUSE", ["GBR"], [], sentence=2), ("bias",)),
    ]
    out = [_dyads(f) for _, f in dyad_context(cands)]
    # the first reading is the rules' own: its own sentence does not count for it, and no other sentence
    # has a rule reading, so the article says nothing of its pair
    assert out[0] == []
    assert out[1] == ["dyad=reversed", "dyad|cat=no|ACCUSE", "dyad|rcpt=reversed|previous-subject"]
    assert out[2][0] == "dyad=no"
    assert out[3] == ["dyad=same", "dyad|cat=same|ASSAULT", "dyad|rcpt=same|topic"]
    assert out[4] == []  # no recipient: nothing to compare


def test_a_one_sentence_item_reads_no_dyad() -> None:
    # a single sentence (a GSR item, a brief) has no other sentence: "the rules join this pair nowhere
    # else" would be read as evidence against every reading with a recipient
    cands = [(_event("ASSAULT", ["IRN"], ["GBR"], sentence=0), ("bias", "rulepick", "rcpt=role")),
             (_event("ASSAULT", ["GBR"], ["IRN"], sentence=0), ("bias", "rcpt=role"))]  # fmt: skip
    assert [_dyads(f) for _, f in dyad_context(cands)] == [[], []]
    # a second sentence with a rule reading of other parties: the absence is evidence again
    other = (_event("CONSULT", ["FRA"], ["DEU"], sentence=1), ("bias", "rulepick", "rcpt=role"))
    out = [_dyads(f) for _, f in dyad_context([*cands, other])]
    assert out[0] == ["dyad=no", "dyad|cat=no|ASSAULT", "dyad|rcpt=no|role"]


def test_the_context_is_added_once() -> None:
    cands = [(_event("ASSAULT", ["IRN"], ["GBR"], sentence=0), ("rulepick",)),
             (_event("ASSAULT", ["IRN"], ["GBR"], sentence=1), ("bias",))]  # fmt: skip
    once = dyad_context(cands)
    assert dyad_context(once) == once


def test_a_decider_with_dyads_reads_them_and_keeps_the_flag(tmp_path: Path) -> None:
    cands = [(_event("ASSAULT", ["IRN"], ["GBR"], sentence=0), ("bias", "rulepick")),
             (_event("ASSAULT", ["IRN"], ["GBR"], sentence=1), ("bias",))]  # fmt: skip
    plain = LinearDecider({"bias": 0.0, "dyad=same": 2.0}, 0.5, 0.7, "test")
    with_dyads = dataclasses.replace(plain, dyads=True)
    assert plain.probabilities(cands)[1] == 0.5
    assert with_dyads.probabilities(cands)[1] > 0.8
    path = tmp_path / "m.json"
    path.write_text(json.dumps(with_dyads.to_json()), encoding="utf-8")
    assert load_decider(path).dyads
    path.write_text(json.dumps(plain.to_json()), encoding="utf-8")
    assert not load_decider(path).dyads

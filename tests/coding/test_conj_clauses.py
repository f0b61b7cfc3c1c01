"""A verb coordinated with another is a clause of its own when each takes its own object: a party
named under the second verb is no recipient of the first ("condemned X and demanded Y ..."), while
a conjunct sharing the first verb's object stays in its clause ("met and praised X").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_conj_recipient_is_not_taken_from_the_second_verbs_object(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Uruguay's foreign minister condemned the closure as illegal and demanded guarantees "
        "that Paraguay would reopen the bridge."
    )
    condemned = [e for e in find(events, "ACCUSE", actor="URY") if e.trigger.text == "condemned"]
    assert condemned and all("PRY" not in {r.code for r in e.recipients} for e in condemned)


def test_conj_self_loop_from_the_second_verb_is_gone(code_text) -> None:  # noqa: ANN001
    events = code_text("Ghana rejected the plan and blamed its own ministers for the delay.")
    rejected = [e for e in events if e.trigger.text == "rejected"]
    assert not [e for e in rejected if {r.code for r in e.recipients} == {"GHA"}]


def test_conj_shared_object_keeps_both_verbs_in_one_clause(code_text) -> None:  # noqa: ANN001
    events = code_text("Norway criticised and condemned Belarus on Tuesday.")
    assert any("BLR" in {r.code for r in e.recipients} for e in find(events, "ACCUSE", actor="NOR"))


def test_conj_object_shared_by_a_stranded_preposition_stays(code_text) -> None:  # noqa: ANN001
    events = code_text(
        "Laos has established diplomatic ties with and opened a consulate in Hanoi, its ministry said."
    )
    assert any(
        "VNM" in {r.code for r in e.recipients} for e in events if e.trigger.text.startswith("established")
    )


def test_conj_learned_stage_never_sees_the_other_conjuncts_pair(candidates) -> None:  # noqa: ANN001
    from geowire.coding.coder import FIRM_VETOES

    cands = candidates(
        "Togo's premier condemned the raid as piracy and demanded proof that Benin had freed the crew."
    )
    crossed = [
        f for e, f in cands if e.trigger.text == "condemned" and "BEN" in {r.code for r in e.recipients}
    ]
    assert all(FIRM_VETOES.intersection(f) for f in crossed)

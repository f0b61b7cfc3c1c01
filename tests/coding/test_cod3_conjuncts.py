"""A verb coordinated with another that takes its own object is an act of its own: its trigger, its
actor (the first verb's subject) and its recipient (issue 11). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import find

pytestmark = pytest.mark.model


def test_cod3_second_conjunct_is_coded_with_its_own_recipient(code_text) -> None:  # noqa: ANN001
    events = code_text("Malawi deplored the shooting and expelled three Zambian diplomats on Friday.")
    expelled = [e for e in find(events, "SANCTION", actor="MWI") if e.trigger.text.startswith("expelled")]
    assert expelled and all({r.code for r in e.recipients} == {"ZMB"} for e in expelled)


def test_cod3_first_conjunct_takes_no_party_of_the_second(code_text) -> None:  # noqa: ANN001
    events = code_text("Malawi deplored the shooting and expelled three Zambian diplomats on Friday.")
    deplored = [e for e in events if e.trigger.text == "deplored"]
    assert all("ZMB" not in {r.code for r in e.recipients} for e in deplored)


def test_cod3_second_conjunct_summons_its_object(code_text) -> None:  # noqa: ANN001
    events = code_text("Estonia denounced the incursion and summoned the Russian charge d'affaires.")
    assert any(
        {r.code for r in e.recipients} == {"RUS"} and e.trigger.text.startswith("summoned")
        for e in find(events, "ACCUSE", actor="EST")
    )


def test_cod3_lexical_pairs_skip_the_other_conjuncts_party(candidates) -> None:  # noqa: ANN001
    cands = candidates("Malawi deplored the shooting and expelled three Zambian diplomats on Friday.")
    crossed = [
        e for e, f in cands
        if e.trigger.text == "deplored" and "ZMB" in {r.code for r in e.recipients}
        and not {"veto=other-conjunct"} & set(f)
    ]  # fmt: skip
    assert not crossed

"""Deployment shapes of ``corpus/claims/part_58.jsonl`` (issue 13, ``dep5``): the part of a force a
partial withdrawal leaves, sized with no personnel noun, is the force there and the part that left
is none; forces "taken out of" a country leave it as host; a size as an adjective phrase after the
force ("a force about 220 strong"); a state that joined another nation's mission sends the
forces, the place hosts them; "Its garrison numbers …" with the host only named before.
Sentences of our own."""

from functools import cache

from tests.model.helpers import deployment_rows

_DOCS = {
    "partial": "Sweden pulled 90 soldiers out of Estonia in June, "
    "leaving about 160 in the battlegroup there.",
    "taken": "Greece has taken 70 troops out of Kosovo, "
    "leaving some 110 with the NATO force in the territory.",
    "whole": "Italy withdrew 200 soldiers from Iraq in May.",
    "strong": "Croatia keeps a contingent some 180 strong in Poland.",
    "strong_words": "Austria has a force about two hundred strong in Bosnia and Herzegovina.",
    "tall": "The tower, about 300 metres high, stands in Dubai.",
    "joined": "Latvia joined the Italian mission in Lebanon in 2021 with some 40 soldiers.",
    "alliance": "Sweden joined NATO in March 2024 after two years of waiting.",
    "garrison": "Italy has run a small base in Djibouti since 2013. Its garrison numbers about 90 soldiers.",
}


@cache
def _found() -> dict[str, list[tuple[object, object, object]]]:
    return deployment_rows(_DOCS, "2025-06-12")


def test_dep5_the_forces_a_partial_withdrawal_leaves_are_the_record() -> None:
    assert _found()["partial"] == [("SWE", "EST", 160)]
    assert _found()["taken"] == [("GRC", "XKX", 110)]
    assert _found()["whole"] == [("ITA", "IRQ", 200)]


def test_dep5_a_size_as_an_adjective_phrase_after_the_force() -> None:
    assert _found()["strong"] == [("HRV", "POL", 180)]
    assert _found()["strong_words"] == [("AUT", "BIH", 200)]
    assert _found().get("tall", []) == []


def test_dep5_the_state_that_joins_a_mission_sends_its_forces() -> None:
    assert _found()["joined"] == [("LVA", "LBN", 40)]
    assert _found().get("alliance", []) == []


def test_dep5_its_garrison_takes_the_host_named_before() -> None:
    assert _found()["garrison"] == [("ITA", "DJI", 90)]

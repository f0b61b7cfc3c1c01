"""(cx51) A bare definite plural class noun ("The frigates, which Greece sold to Peru …") in a sentence
that names no system of its own takes the one system of its class an earlier sentence named, and
that mention's count ("four Elli-class frigates") as its own: the whole set. With no count of its
own only; not when two systems of the class were named, not across classes, not with a reference
word ("the first frigates") or a count of its own."""

from __future__ import annotations

import datetime as dt

from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 3)


def _rows(analyzer, text: str) -> list[tuple[object, ...]]:  # noqa: ANN001
    return [
        (f.get("system_name"), f.get("supplier"), f.get("recipient"), f.get("quantity"))
        for f in claim_fields(analyzer, text, "transfer", _DAY)
        if f.get("status") not in (None, "mentioned")
    ]


def test_cx51_the_whole_set_takes_the_earlier_count(analyzer) -> None:  # noqa: ANN001
    text = (
        "The coming of four Elli-class frigates is the largest naval event in years for Lima. "
        "The frigates, which were handed over to Peru by Greece at Salamis in August, had left service "
        "a year earlier."
    )
    rows = _rows(analyzer, text)
    assert [r[1:] for r in rows] == [("GRC", "PER", 4.0)]
    assert "Elli" in str(rows[0][0])


def test_cx51_no_earlier_system_names_nothing(analyzer) -> None:  # noqa: ANN001
    text = (
        "Lima has long waited for a bigger navy. The frigates, which were handed over to Peru by Greece "
        "at Salamis in August, had left service a year earlier."
    )
    assert all(r[3] is None for r in _rows(analyzer, text))


def test_cx51_two_systems_of_the_class_take_no_count(analyzer) -> None:  # noqa: ANN001
    text = (
        "The coming of four Elli-class frigates and two Hydra-class frigates is a big event for Lima. "
        "The frigates, which were handed over to Peru by Greece at Salamis in August, had left service "
        "a year earlier."
    )
    assert all(r[3] not in (4.0, 2.0) for r in _rows(analyzer, text))


def test_cx51_another_class_is_no_antecedent(analyzer) -> None:  # noqa: ANN001
    text = (
        "The coming of four Elli-class frigates is the largest naval event in years for Lima. "
        "The helicopters, which were handed over to Peru by Greece at Salamis in August, had left "
        "service a year earlier."
    )
    assert all(r[3] != 4.0 for r in _rows(analyzer, text))


def test_cx51_a_reference_word_or_own_count_keeps_its_own(analyzer) -> None:  # noqa: ANN001
    text = (
        "The coming of four Elli-class frigates is the largest naval event in years for Lima. "
        "The first two frigates were handed over to Peru by Greece at Salamis in August."
    )
    assert all(r[3] != 4.0 for r in _rows(analyzer, text))
    text = (
        "The coming of four Elli-class frigates is the largest naval event in years for Lima. "
        "The first frigates were handed over to Peru by Greece at Salamis in August."
    )
    assert all(r[3] != 4.0 for r in _rows(analyzer, text))


def test_cx51_a_noun_of_the_class_takes_the_count(analyzer) -> None:  # noqa: ANN001
    # "ships" is not the name's own noun ("corvettes"): the one system of its class the article names
    text = (
        "The coming of three Kasturba-class corvettes is a big event for Sri Lanka's navy. "
        "The ships, which were handed over to Sri Lanka by India at Kochi in November, had left "
        "service the year before."
    )
    assert _rows(analyzer, text) == [("Kasturba-class corvettes", "IND", "LKA", 3.0)]
    # a singular noun is no whole set of three
    text = (
        "The coming of three Kasturba-class corvettes is a big event for Sri Lanka's navy. "
        "The ship, which was handed over to Sri Lanka by India at Kochi in November, had left "
        "service the year before."
    )
    assert all(r[3] != 3.0 for r in _rows(analyzer, text))


def test_cx51_a_model_name_over_a_known_system_is_one_system(analyzer) -> None:  # noqa: ANN001
    # "Gepard-class warships": a model's name over the known "Gepard-class", one system, not two
    text = (
        "The coming of two Gepard-class warships is a milestone for Vietnam's navy. "
        "The ships, which were handed over to Vietnam by Russia at Kaliningrad in May, had been "
        "refitted the year before."
    )
    rows = _rows(analyzer, text)
    assert [r[1:] for r in rows] == [("RUS", "VNM", 2.0)]
    assert "Gepard" in str(rows[0][0])

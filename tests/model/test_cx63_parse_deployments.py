"""(cx63) The structural deployment reader (``geowire.model.rules_parse_forces``): forces read from
the dependency parse — the force noun and its count, the verb that governs it, the sender (subject,
agent, demonym), the host (destination, or the subject of a receiving verb), the modality and the
clause's date.  Each shape with a counter-example; most are read with the parse reader alone
(``Settings.deployment_reader`` ``parse``), the fallback through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.model.helpers import claim_fields

_DAY = dt.date(2025, 9, 15)


def _rows(
    analyzer, text: str, monkeypatch: pytest.MonkeyPatch, mode: str = "parse"
) -> list[tuple[object, ...]]:  # noqa: ANN001
    monkeypatch.setattr(analyzer, "settings", analyzer.settings.with_overrides(deployment_reader=mode))
    return [
        (
            f.get("country"),
            f.get("host"),
            f.get("personnel"),
            f.get("date"),
            f.get("modality"),
            bool(f.get("negated")),
        )
        for f in claim_fields(analyzer, text, "deployment", _DAY)
    ]


# the host as the subject of a receiving verb


def test_cx63_host_as_subject_of_receive(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "Latvia received a further 250 Danish soldiers in April.", monkeypatch)
    assert rows == [("DNK", "LVA", 250.0, "2025-04-01", None, False)]


def test_cx63_received_people_who_are_no_forces(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Latvia received a further 250 Danish students in April.", monkeypatch) == []


def test_cx63_host_as_subject_through_the_whole_pipeline(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = "Latvia received a further 250 Danish soldiers in April."
    assert _rows(analyzer, text, monkeypatch, mode="regex") == []  # the regex reader misses it
    assert _rows(analyzer, text, monkeypatch, mode="both") == [
        ("DNK", "LVA", 250.0, "2025-04-01", None, False)
    ]


# an increment told in an "after …" clause after the total


def test_cx63_increment_after_the_total(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = "Spain now keeps 900 troops in Latvia after sending a further 200 in March."
    rows = _rows(analyzer, text, monkeypatch)
    assert ("ESP", "LVA", 900.0, None, None, False) in rows  # the clause under it dates the batch only
    assert ("ESP", "LVA", 200.0, "2025-03-01", None, False) in rows


def test_cx63_a_bare_count_with_no_force_before_it_is_none(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Spain sent 200 to Latvia in March.", monkeypatch) == []


# future, planned and negated forces never become an arrival


def test_cx63_raise_a_force_to_a_total_with_a_future_auxiliary(
    analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    text = "Canada will raise its force in Latvia to about 2,200 soldiers next year."
    assert _rows(analyzer, text, monkeypatch) == [("CAN", "LVA", 2200.0, "2026-01-01", "future", False)]


def test_cx63_a_denied_plan_is_no_record(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Canada will not send 300 soldiers to Latvia.", monkeypatch) == []


def test_cx63_a_plan_verb_above_the_infinitive(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = "Belgium plans to station 120 paratroopers in Romania."
    assert _rows(analyzer, text, monkeypatch) == [("BEL", "ROU", 120.0, None, "future", False)]


def test_cx63_negated_past_deployment(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "Portugal has not deployed 200 marines to Lithuania.", monkeypatch)
    assert rows == [("PRT", "LTU", 200.0, None, None, True)]


def test_cx63_asserted_past_deployment_is_not_negated(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "Portugal has deployed 200 marines to Lithuania.", monkeypatch)
    assert rows == [("PRT", "LTU", 200.0, None, None, False)]


# numbers in words


def test_cx63_count_in_words(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "Four hundred Ghanaian peacekeepers arrived in Lebanon in June.", monkeypatch)
    assert rows == [("GHA", "LBN", 400.0, "2025-06-01", None, False)]


def test_cx63_a_year_is_no_count(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Ghanaian peacekeepers arrived in Lebanon in 2019.", monkeypatch) == []


# a town the gazetteer does not know: the article's country


def test_cx63_forces_now_in_an_unknown_town(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = (
        "Mozambique has asked its neighbours for help in the north.\n\n"
        "Some 2,000 Rwandan troops are now in Quvelani, the army said."
    )
    assert _rows(analyzer, text, monkeypatch) == [("RWA", "MOZ", 2000.0, None, None, False)]


def test_cx63_an_unknown_name_that_is_an_operation_is_no_town(
    analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    text = (
        "Mozambique has asked its neighbours for help in the north.\n\n"
        "Some 2,000 Rwandan troops are now in Operation Quvelani, the army said."
    )
    assert _rows(analyzer, text, monkeypatch) == []


# equipment is no force


def test_cx63_trainer_aircraft_are_no_trainers(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Chile received six T-35 jet trainers from Spain last year.", monkeypatch) == []


# a force carried by a unit noun's "of", and one the parser hangs on a dateline's town


def test_cx63_a_garrison_of_counted_troops(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    rows = _rows(analyzer, "Kenya keeps a garrison of about 600 soldiers in Somalia.", monkeypatch)
    assert rows == [("KEN", "SOM", 600.0, None, None, False)]


def test_cx63_the_families_of_soldiers_are_no_force(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "The families of 600 Kenyan soldiers arrived in Somalia.", monkeypatch) == []


def test_cx63_forces_after_a_dateline(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = "NAIROBI, 2 May 2025 — Some 300 Kenyan soldiers landed in Somalia on Friday."
    assert [r[:3] for r in _rows(analyzer, text, monkeypatch)] == [("KEN", "SOM", 300.0)]


def test_cx63_people_after_a_dateline_who_are_no_force(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = "NAIROBI, 2 May 2025 — Some 300 Kenyan students landed in Somalia on Friday."
    assert _rows(analyzer, text, monkeypatch) == []


# a total across a wider place, then a share: no one host's force (as the regex reader reads it)


def test_cx63_a_total_across_a_region_is_no_hosts_force(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Niger has 3,000 soldiers across the Sahel, mostly in Mali.", monkeypatch) == []


def test_cx63_a_force_in_one_country_is_its_hosts(analyzer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    assert _rows(analyzer, "Niger keeps 3,000 soldiers in Mali.", monkeypatch) == [
        ("NER", "MLI", 3000.0, None, None, False)
    ]

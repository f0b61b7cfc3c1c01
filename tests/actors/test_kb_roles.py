"""People resolve by the role they held on a date."""

from __future__ import annotations

import datetime as dt

from geowire.actors.kb import KnowledgeBase


def test_kb_person_role_maduro_until_capture(small_kb: KnowledgeBase) -> None:
    role = small_kb.person_role("maduro", on=dt.date(2025, 12, 1))
    assert role is not None and (role.country, role.sector, role.title) == ("VEN", "GOV", "President")
    assert role.end == dt.date(2026, 1, 3)
    assert small_kb.person_role("maduro", on=dt.date(2026, 2, 1)) is None


def test_kb_person_role_partial_end_date_covers_the_month(small_kb: KnowledgeBase) -> None:
    assert small_kb.person_role("assad", on=dt.date(2024, 12, 1)) is not None
    assert small_kb.person_role("assad", on=dt.date(2025, 1, 15)) is None


def test_kb_person_role_picks_role_of_the_date(small_kb: KnowledgeBase) -> None:
    assert small_kb.person_role("putin", on=dt.date(2010, 3, 1)).title == "Prime Minister"
    assert small_kb.person_role("putin", on=dt.date(2020, 3, 1)).title == "President"
    assert small_kb.person_role("putin", on=None).title == "President"  # unknown date: the latest role
    assert small_kb.person_role("putin", on=dt.date(2001, 1, 1)) is None


def test_kb_person_nearest_role_keeps_country_after_office(small_kb: KnowledgeBase) -> None:
    role = small_kb.person_nearest_role("maduro", on=dt.date(2026, 2, 1))
    assert role is not None and role.country == "VEN"


def test_kb_partial_start_year_is_first_of_january(small_kb: KnowledgeBase) -> None:
    assert small_kb.person("kovacs").roles[0].start == dt.date(2015, 1, 1)

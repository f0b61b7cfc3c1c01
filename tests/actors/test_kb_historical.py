"""The shipped knowledge base knows leaders of the 1980s-2010s by dated roles, and officials of
international organisations by roles held in the organisation."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.actors.kb import KnowledgeBase
from geowire.lang import load_language

EN = load_language("en")


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return KnowledgeBase.from_files([], lang=EN, shipped=True)


@pytest.mark.parametrize(
    ("name", "on", "country", "title"),
    [
        ("Mubarak", "1995-06-01", "EGY", "President"),
        ("Yeltsin", "1996-01-01", "RUS", "President"),
        ("Gorbachev", "1990-06-01", "RUS", "President of the Soviet Union"),
        ("Thatcher", "1985-01-01", "GBR", "Prime Minister"),
        ("Arafat", "1997-01-01", "PSE", "President of the Palestinian Authority"),
        ("Peres", "1995-11-10", "ISR", "Prime Minister"),
        ("Museveni", "2000-01-01", "UGA", "President"),
        ("Chirac", "1987-01-01", "FRA", "Prime Minister"),
    ],
)
def test_kb_historical_people_by_date(
    shipped: KnowledgeBase, name: str, on: str, country: str, title: str
) -> None:
    refs = [r for r in shipped.refs_for_name(name) if r.kind == "person"]
    assert len(refs) == 1
    role = shipped.person_role(refs[0].code, on=dt.date.fromisoformat(on))
    assert role is not None and (role.country, role.title) == (country, title)


def test_kb_historical_org_officials(shipped: KnowledgeBase) -> None:
    role = shipped.person_role("annan", on=dt.date(2000, 1, 1))
    assert role is not None and (role.organisation, role.country, role.title) == (
        "UN",
        "",
        "Secretary-General",
    )
    solana = shipped.person_role("solana", on=dt.date(1997, 1, 1))
    assert solana is not None and solana.organisation == "NATO"


def test_kb_historical_regions_never_usa(shipped: KnowledgeBase) -> None:
    for name in ("Latin America", "Latin American", "South America", "North America", "Central America"):
        assert {r.kind for r in shipped.refs_for_name(name)} == {"blocked"}, name

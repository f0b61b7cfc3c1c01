"""Consistency checks over the shipped knowledge files in src/geowire/data/.

These tests read the YAML directly (not through the loader in geowire.actors.kb) so that the
data can be checked on its own: every file has its one top-level key, codes are unique, every
ISO code a file refers to is a country in countries.yaml, every date parses, and no surface
form (name, alias, demonym, capital, seat) points to two different actors.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

import geowire

DATA = Path(geowire.__file__).parent / "data"
FILES = ("countries", "organisations", "people", "groups", "equipment", "sectors")
PLOVER_SECTORS = set(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK "
    "AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)
PLOVER_ORG_TYPES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")


@functools.cache
def _load(name: str) -> list[dict[str, Any]]:
    """The list under the file's one top-level key."""
    doc = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(doc, dict) and list(doc) == [name], f"{name}.yaml must hold one key {name!r}"
    entries = doc[name]
    assert isinstance(entries, list) and entries, f"{name}.yaml: empty list"
    return entries


def _country_codes() -> set[str]:
    return {c["code"] for c in _load("countries")}


def _is_date(value: object) -> bool:
    if isinstance(value, dt.date):
        return True
    if isinstance(value, str):
        if PARTIAL_DATE.match(value):
            return True
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


def _forms(entry: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = entry.get(key)
        if value is None:
            continue
        out.extend([value] if isinstance(value, str) else value)
    return out


def _norm(form: str) -> str:
    return form[4:] if form.startswith(("the ", "The ")) else form


@pytest.mark.parametrize("name", FILES)
def test_data_files_codes_unique(name: str) -> None:
    key = "id" if name == "people" else "code"
    seen: dict[str, int] = defaultdict(int)
    for entry in _load(name):
        seen[entry[key]] += 1
    assert [k for k, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("name", ("countries", "organisations", "people", "groups", "equipment"))
def test_data_files_wikidata_ids_well_formed_and_unique(name: str) -> None:
    ids = [e.get("wikidata") for e in _load(name) if e.get("wikidata") is not None]
    assert [i for i in ids if not WIKIDATA.match(i)] == []
    assert len(ids) == len(set(ids))


def test_data_files_countries_cover_un_members_observers_and_others() -> None:
    countries = _load("countries")
    by_status: dict[str, set[str]] = defaultdict(set)
    for c in countries:
        assert re.fullmatch(r"[A-Z]{3}", c["code"]), c["code"]
        by_status[c["status"]].add(c["code"])
    assert len(by_status["member"]) == 193
    assert by_status["observer"] == {"VAT", "PSE"}
    assert by_status["other"] == {"HKG", "TWN", "XKX"}


def test_data_files_iso_references_exist() -> None:
    iso = _country_codes()
    bad: list[str] = []
    for org in _load("organisations"):
        bad += [f"{org['code']}: {m}" for m in org.get("members") or [] if m not in iso]
    orgs = {o["code"] for o in _load("organisations")}
    for person in _load("people"):
        bad += [
            f"{person['id']}: {r['country']}"
            for r in person["roles"]
            if "country" in r and r["country"] not in iso
        ]
        bad += [
            f"{person['id']}: {r['organisation']}"
            for r in person["roles"]
            if "organisation" in r and r["organisation"] not in orgs
        ]
        bad += [
            f"{person['id']}: no holder"
            for r in person["roles"]
            if "country" not in r and "organisation" not in r
        ]
    for group in _load("groups"):
        if group.get("country") is not None and group["country"] not in iso:
            bad.append(f"{group['code']}: {group['country']}")
    for item in _load("equipment"):
        # a system built in several countries names no producer (NH90, FREMM)
        if item.get("producer") is not None and item["producer"] not in iso:
            bad.append(f"{item['code']}: {item['producer']}")
    assert bad == []


def test_data_files_sector_codes_are_plover() -> None:
    assert {s["code"] for s in _load("sectors")} == PLOVER_SECTORS
    used = [r["sector"] for p in _load("people") for r in p["roles"]]
    used += [g["sector"] for g in _load("groups")]
    used += [o["sector"] for o in _load("organisations") if o.get("sector")]
    assert set(used) <= PLOVER_SECTORS
    assert {o["plover"] for o in _load("organisations")} <= PLOVER_ORG_TYPES


def test_data_files_sector_words_lowercase_and_unique() -> None:
    words = [w for s in _load("sectors") for w in s["words"]]
    assert [w for w in words if w != w.lower()] == []
    assert len(words) == len(set(words))


def test_data_files_role_dates_parse_and_are_ordered() -> None:
    bad: list[str] = []
    for person in _load("people"):
        assert person["roles"], person["id"]
        for role in person["roles"]:
            start, end = role.get("start"), role.get("end")
            if start is not None and not _is_date(start):
                bad.append(f"{person['id']} start {start!r}")
            if end is not None and not _is_date(end):
                bad.append(f"{person['id']} end {end!r}")
            if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
                bad.append(f"{person['id']} {start}..{end}")
    assert bad == []


def test_data_files_surface_forms_point_to_one_actor() -> None:
    owner: dict[str, set[str]] = defaultdict(set)
    keys = ("name", "aliases", "demonyms", "capitals", "seats")
    for c in _load("countries"):
        for form in _forms(c, keys):
            owner[_norm(form)].add(f"country:{c['code']}")
    for name, key in (("organisations", "code"), ("groups", "code"), ("equipment", "code")):
        for e in _load(name):
            for form in _forms(e, ("code", "name", "aliases")):
                owner[_norm(form)].add(f"{name}:{e[key]}")
    for p in _load("people"):
        for form in _forms(p, ("name", "aliases")):
            owner[_norm(form)].add(f"person:{p['id']}")
    # people may share a surname ("Bush", "Kabila"): the resolver tells them apart by the article
    # date (who held a role then), else codes their common country
    shared = {f: sorted(o) for f, o in owner.items() if len(o) > 1}
    assert {f: o for f, o in shared.items() if not all(x.startswith("person:") for x in o)} == {}


def test_data_files_seed_named_actors_present() -> None:
    people = {p["id"] for p in _load("people")}
    wanted = set(
        "putin maduro trump zelenskyy assad yanukovych "
        "zhuravlev pushkov dugin simonyan girkin gallyamov".split()
    )
    assert wanted <= people
    equipment = {a for e in _load("equipment") for a in [e["code"], *e.get("aliases", [])]}
    assert (
        set("S-300VM Buk-M2E Igla-S Pantsir-S1 Oreshnik Il-76 F-16 HIMARS Patriot Shahed-136".split())
        <= equipment
    )


# offices that one person holds at a time: (country, title as in people.yaml, first year covered)
_SINGLE_OFFICES = (
    ("USA", "President", 1990), ("USA", "Secretary of State", 1990), ("USA", "Vice President", 2009),
    ("GBR", "Prime Minister", 1990), ("GBR", "Foreign Secretary", 2006), ("RUS", "President", 2001),
    ("RUS", "Foreign Minister", 1999), ("RUS", "Defence Minister", 1998), ("CHN", "President", 1994),
    ("DEU", "Chancellor", 1990), ("IND", "Prime Minister", 1999), ("TUR", "President", 2015),
)  # fmt: skip


@pytest.mark.parametrize(("country", "title", "since"), _SINGLE_OFFICES)
def test_data_files_main_offices_have_one_holder_at_a_time(country: str, title: str, since: int) -> None:
    """ "the U.S. president" resolves by date (issue 11): every mid-month from ``since`` to 2025
    has exactly one holder of the office (on a handover day, the incoming one)."""
    held = [
        (role.get("start"), role.get("end"), p["id"])
        for p in _load("people")
        for role in p["roles"]
        if role.get("country") == country and role.get("title") in (title, f"Acting {title}")
    ]
    for year in range(since, 2026):
        for month in range(1, 13):
            day = dt.date(year, month, 15)
            who = {
                pid
                for start, end, pid in held
                if (start is None or _as_date(start) <= day)
                and (end is None or day <= _as_date(end))
                and not (start is not None and end is not None and _as_date(end) == day)  # handed over
            }
            assert len(who) == 1, f"{country} {title} on {day}: {sorted(who) or 'nobody'}"


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in str(value).split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

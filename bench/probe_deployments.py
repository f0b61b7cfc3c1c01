"""Probe deployment extraction with generated one- and two-sentence articles (issue 13, ``dep3``).

Hand-written dev text finds the gaps its writer happens to think of. This script builds short
articles from a grid of general dimensions instead, each item knowing the deployment FORMAT.md
gives it, runs them through the path ``geowire eval claims`` uses (``claims_eval.run_pipeline``
and ``deployment_items``), and prints recall per dimension value, so the weakest values show.

Dimensions (each item draws one value of each, balanced and seeded, then the realiser records the
values it could actually use):

* ``sender``: the sending state as a country, a demonym on the forces ("British troops"), a
  service or ministry ("the Indian navy", "France's defence ministry"), or its capital ("Ankara");
* ``host``: a country, a city with its country ("Constanta, Romania"), a city alone, a region
  ("eastern Romania"), a base ("a base in Qatar"), or a sea (no host: no record expected);
* ``unit``: troops, soldiers, personnel, marines, a battalion, a brigade, warships, a carrier
  group, fighter jets, air-defence batteries, advisers, peacekeepers;
* ``verb``: deploy, send, station, dispatch, move, base, rotate, withdraw, pull out, reinforce,
  keep, maintain, have, arrive, bolster, draw down;
* ``voice``: active, passive, nominal ("the deployment of"), contingent ("Britain's contingent in
  Estonia"), relative ("Britain, which has 900 troops in Estonia, …"), hosting ("Estonia hosts");
* ``quantity``: digits, words, about, some, up to, more than, none;
* ``tense``: past, present, perfect, future, planned, negated, reported;
* ``date``: none, weekday, month, year, relative ("last month");
* ``order``: plain, date first, dateline, two sentences (forces named in the second).

Usage::

    PYTHONPATH=src .venv/bin/python bench/probe_deployments.py [--n 480] [--seed 13] [--show 6]
        [--json OUT]

Every sentence is generated here from the grid; none is copied from any corpus.
"""

# ruff: noqa: E501  (the grid's phrase tables read best one table row to a line)
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from geowire.lang import load_language
from geowire.model.claims_eval import deployment_match, run_pipeline
from geowire.settings import load_settings

# --- the grid ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    code: str
    name: str
    demonym: str
    capital: str
    possessive: str = ""  # "Britain's"; defaults to name + "'s"

    def owns(self) -> str:
        return self.possessive or f"{self.name}'s"


SENDERS = [
    State("GBR", "Britain", "British", "London"),
    State("FRA", "France", "French", "Paris"),
    State("DEU", "Germany", "German", "Berlin"),
    State("ITA", "Italy", "Italian", "Rome"),
    State("ESP", "Spain", "Spanish", "Madrid"),
    State("NLD", "the Netherlands", "Dutch", "The Hague", "the Netherlands'"),
    State("IND", "India", "Indian", "New Delhi"),
    State("JPN", "Japan", "Japanese", "Tokyo"),
    State("TUR", "Turkey", "Turkish", "Ankara"),
    State("USA", "the United States", "American", "Washington", "the United States'"),
    State("CAN", "Canada", "Canadian", "Ottawa"),
    State("AUS", "Australia", "Australian", "Canberra"),
    State("KOR", "South Korea", "South Korean", "Seoul"),
    State("EGY", "Egypt", "Egyptian", "Cairo"),
    State("POL", "Poland", "Polish", "Warsaw"),
    State("SWE", "Sweden", "Swedish", "Stockholm"),
]


@dataclass(frozen=True)
class Host:
    code: str
    name: str
    city: str
    region: str  # a part of the country, with its article when it takes one


HOSTS = [
    Host("EST", "Estonia", "Tartu", "eastern Estonia"),
    Host("LVA", "Latvia", "Riga", "western Latvia"),
    Host("LTU", "Lithuania", "Kaunas", "southern Lithuania"),
    Host("ROU", "Romania", "Constanta", "eastern Romania"),
    Host("QAT", "Qatar", "Doha", "central Qatar"),
    Host("SOM", "Somalia", "Mogadishu", "southern Somalia"),
    Host("IRQ", "Iraq", "Erbil", "northern Iraq"),
    Host("CYP", "Cyprus", "Limassol", "southern Cyprus"),
    Host("PHL", "the Philippines", "Manila", "the northern Philippines"),
    Host("LBN", "Lebanon", "Tyre", "southern Lebanon"),
    Host("BHR", "Bahrain", "Manama", "northern Bahrain"),
    Host("FIN", "Finland", "Rovaniemi", "northern Finland"),
    Host("GRC", "Greece", "Thessaloniki", "northern Greece"),
    Host("BGR", "Bulgaria", "Varna", "eastern Bulgaria"),
    Host("JOR", "Jordan", "Amman", "northern Jordan"),
    Host("NER", "Niger", "Niamey", "western Niger"),
]
SEAS = [
    "the Baltic Sea",
    "the eastern Mediterranean",
    "the South China Sea",
    "the Red Sea",
    "the Arabian Sea",
]

# unit → (noun as counted, is personnel, singular unit noun or None)
UNITS: dict[str, tuple[str, bool, str | None]] = {
    "troops": ("troops", True, None),
    "soldiers": ("soldiers", True, None),
    "personnel": ("military personnel", True, None),
    "marines": ("marines", True, None),
    "battalion": ("soldiers", True, "battalion"),
    "brigade": ("troops", True, "brigade"),
    "warships": ("warships", False, None),
    "carrier group": ("carrier strike group", False, "carrier strike group"),
    "fighter jets": ("fighter jets", False, None),
    "air-defence batteries": ("air-defence batteries", False, None),
    "advisers": ("military advisers", True, None),
    "peacekeepers": ("peacekeepers", True, None),
}

QUANTITIES = ["digits", "words", "about", "some", "up to", "more than", "none"]
_WORDS = {300: "three hundred", 400: "four hundred", 600: "six hundred", 800: "eight hundred",
          1200: "twelve hundred", 2000: "two thousand", 150: "a hundred and fifty", 250: "two hundred and fifty"}  # fmt: skip
_SMALL = {2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 12: "twelve"}

VERBS = ["deploy", "send", "station", "dispatch", "move", "base", "rotate", "withdraw", "pull out", "reinforce",
         "keep", "maintain", "have", "arrive", "bolster", "draw down"]  # fmt: skip
VOICES = ["active", "passive", "nominal", "contingent", "relative", "hosting"]
TENSES = ["past", "present", "perfect", "future", "planned", "negated", "reported"]
DATES = ["none", "weekday", "month", "year", "relative"]
ORDERS = ["plain", "date first", "dateline", "two sentences"]
SENDER_FORMS = ["country", "demonym", "service", "capital"]
HOST_FORMS = ["country", "city in country", "city", "region", "base", "sea"]

# verb → (base, past, participle, preposition before the host)
_FORMS: dict[str, tuple[str, str, str, str]] = {
    "deploy": ("deploy", "deployed", "deployed", "to"),
    "send": ("send", "sent", "sent", "to"),
    "station": ("station", "stationed", "stationed", "in"),
    "dispatch": ("dispatch", "dispatched", "dispatched", "to"),
    "move": ("move", "moved", "moved", "to"),
    "base": ("base", "based", "based", "in"),
    "rotate": ("rotate", "rotated", "rotated", "into"),
    "keep": ("keep", "kept", "kept", "in"),
    "maintain": ("maintain", "maintained", "maintained", "in"),
    "have": ("have", "had", "had", "in"),
    "arrive": ("arrive", "arrived", "arrived", "in"),
}
_DATE_TEXT = {"weekday": "on Tuesday", "month": "in March", "year": "in 2023", "relative": "last month"}
_FUTURE_DATE = {"weekday": "on Tuesday", "month": "in June", "year": "in 2025", "relative": "next month"}
_PRESENT_DATE = {"weekday": "this week", "month": "this month", "year": "this year", "relative": "now"}
_PUBLISHED = "2024-04-11"  # a Thursday: "on Tuesday" is 9 April 2024, "last month" March 2024


@dataclass
class Item:
    id: str
    text: str
    dims: dict[str, str]
    expected: list[dict[str, Any]] = field(default_factory=list)
    scored: bool = True  # False: no expectation either way (a part withdrawn)
    found: list[dict[str, Any]] = field(default_factory=list)


# --- the realiser -----------------------------------------------------------------------------------


def _figure(rng: random.Random, qform: str, personnel: bool) -> tuple[str, int | None]:
    """The count phrase (with its trailing space) and the personnel figure it gives."""
    if not personnel:
        n = rng.choice(sorted(_SMALL))
        return ("" if qform == "none" else f"{n if qform == 'digits' else _SMALL[n]} "), None
    n = rng.choice(sorted(_WORDS))
    if qform == "none":
        return "", None
    digits = f"{n:,}"
    text = {"digits": digits, "words": _WORDS[n], "about": f"about {digits}", "some": f"some {digits}",
            "up to": f"up to {digits}", "more than": f"more than {digits}"}[qform]  # fmt: skip
    return text + " ", n


def _host_phrase(rng: random.Random, form: str, host: Host, prep: str) -> tuple[str, str | None]:
    """The host phrase after its preposition (the preposition included) and the code it gives."""
    to = "to" if prep in ("to", "into") else "in"
    if form == "country":
        return f"{prep} {host.name}", host.code
    if form == "city in country":
        return f"{prep} {host.city}, {host.name}", host.code
    if form == "city":
        return f"{prep} {host.city}", host.code
    if form == "region":
        return f"{prep} {host.region}", host.code
    if form == "base":
        base = rng.choice(["a base", "an air base", "a naval base", "a military base"])
        return f"{to} {base} in {host.name}", host.code
    return f"{to} {rng.choice(SEAS)}", None


def _service(sender: State, unit: str) -> str:
    if unit in ("warships", "carrier group"):
        return f"the {sender.demonym} navy"
    if unit == "fighter jets":
        return f"the {sender.demonym} air force"
    return (
        f"{sender.owns()} defence ministry"
        if unit in ("advisers", "personnel")
        else f"the {sender.demonym} army"
    )


def _subject(form: str, sender: State, unit: str) -> str:
    return {"country": sender.name, "capital": sender.capital, "service": _service(sender, unit)}.get(
        form, sender.name
    )


def _forces(count: str, unit: str, demonym: str = "") -> str:
    """The force noun phrase: "300 troops", "a battalion of 300 soldiers", "two warships"."""
    noun, _personnel, single = UNITS[unit]
    adj = f"{demonym} " if demonym else ""
    a = "an" if (adj or single or "x")[0].lower() in "aeiou" else "a"
    if single in ("battalion", "brigade"):
        return f"{a} {adj}{single} of {count}{noun}" if count else f"{a} {adj}{single}"
    if single:
        return f"{a} {adj}{single}"
    return f"{count}{adj}{noun}" if count else f"{adj}{noun}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def realise(i: int, rng: random.Random, want: dict[str, str]) -> Item:  # noqa: C901 (a grid is a list of cases)
    sender = rng.choice(SENDERS)
    host = rng.choice([h for h in HOSTS if h.code != sender.code])
    dims = dict(want)
    unit, verb, voice, tense = want["unit"], want["verb"], want["voice"], want["tense"]
    if verb in ("withdraw", "pull out"):
        tense = dims["tense"] = "past"  # the whole force left: told in the past
    personnel = UNITS[unit][1]
    count, figure = _figure(rng, want["quantity"], personnel)
    if UNITS[unit][2] in ("carrier group",) or (unit == "carrier group"):
        count, figure = "", None
        dims["quantity"] = "none"
    date = {"future": _FUTURE_DATE, "planned": _FUTURE_DATE, "present": _PRESENT_DATE}.get(
        tense, _DATE_TEXT
    ).get(want["date"], "")
    sform = want["sender"]
    subj = _subject(sform, sender, unit)
    demonym = sender.demonym if sform == "demonym" else ""
    scored = True
    expect_record = True
    prep = _FORMS.get(verb, ("", "", "", "to"))[3]
    hostp, hcode = _host_phrase(rng, want["host"], host, prep)
    tail = f" {date}" if date and want["order"] != "date first" else ""
    # the modality: future and planned are records (planned forces), negated ones are not
    if tense == "negated":
        expect_record = False
    sent = ""
    # --- withdrawals and reductions ---
    if verb in ("withdraw", "pull out", "draw down"):
        voice = dims["voice"] = "active"
        subj = subj if sform != "demonym" else sender.name
        dims["sender"] = "country" if sform == "demonym" else sform
        if verb == "draw down" and personnel and figure is not None:
            aux = {"future": "will draw", "planned": "plans to draw", "negated": "has not drawn",
                   "present": "is drawing", "perfect": "has drawn"}.get(tense, "drew")  # fmt: skip
            hp = _host_phrase(rng, want["host"], host, "in")[0]
            sent = f"{_cap(subj)} {aux} down its force {hp} to {count}{UNITS[unit][0]}{tail}."
            scored = tense != "negated"  # "has not drawn down its force to 300": no figure either way
        else:
            # the whole force leaving: no record
            out = "withdrew all of its" if verb == "withdraw" else "pulled all of its"
            sent = f"{_cap(subj)} {out} {UNITS[unit][0]} {'from' if verb == 'withdraw' else 'out of'} {host.name}{tail}."
            dims["verb"] = verb + " (all)"
            dims["quantity"] = "none"
            figure, expect_record = None, False
            dims["tense"] = "past"
    elif verb in ("reinforce", "bolster"):
        voice = dims["voice"] = "active"
        subj = subj if sform != "demonym" else sender.name
        dims["sender"] = "country" if sform == "demonym" else sform
        what = "its garrison" if verb == "reinforce" else "its presence"
        v = {"reinforce": ("reinforced", "will reinforce", "plans to reinforce", "has not reinforced", "is reinforcing", "has reinforced"),
             "bolster": ("bolstered", "will bolster", "plans to bolster", "has not bolstered", "is bolstering", "has bolstered")}[verb]  # fmt: skip
        aux = {"future": v[1], "planned": v[2], "negated": v[3], "present": v[4], "perfect": v[5]}.get(
            tense, v[0]
        )
        hp = _host_phrase(rng, want["host"], host, "in")[0]
        sent = f"{_cap(subj)} {aux} {what} {hp} with {_forces(count, unit)}{tail}."
    else:
        base, past, part, _prep = _FORMS[verb]
        forces = _forces(count, unit, demonym)
        stative = verb in ("keep", "maintain", "have", "base", "station")
        if voice == "hosting":
            hname = {"country": host.name, "city": host.city, "city in country": f"{host.city}, {host.name},",
                     "region": _cap(host.region), "base": f"A base in {host.name}", "sea": ""}[want["host"]]  # fmt: skip
            if want["host"] in ("sea", "base"):
                hname, hcode = host.name, host.code
                dims["host"] = "country"
            dem = sender.demonym
            dims["sender"] = "demonym"
            hv = {"future": "will host", "planned": "plans to host", "negated": "does not host", "past": "hosted",
                  "perfect": "has hosted"}.get(tense, "hosts")  # fmt: skip
            dims["verb"] = "host"
            if count or UNITS[unit][2]:
                sent = f"{_cap(hname)} {hv} {_forces(count, unit, dem)}{tail}."
            else:
                sent = f"{_cap(hname)} {hv} {dem} {UNITS[unit][0]}{tail}."
        elif voice == "nominal":
            noun = {"deploy": "the deployment", "send": "the dispatch", "dispatch": "the dispatch",
                    "station": "the stationing", "move": "the move", "base": "the basing", "rotate": "the rotation",
                    "keep": "the presence", "maintain": "the presence", "have": "the presence",
                    "arrive": "the arrival"}[verb]  # fmt: skip
            s2 = subj if sform != "demonym" else sender.name
            dims["sender"] = "country" if sform == "demonym" else sform
            av = {"future": "will begin", "planned": "is planning", "negated": "has ruled out",
                  "present": "is completing", "perfect": "has approved"}.get(tense, "announced")  # fmt: skip
            if noun == "the presence":
                av = {"future": "will extend", "negated": "denied"}.get(tense, "confirmed")
            forces = _forces(count, unit)
            hp = (
                hostp
                if noun not in ("the presence", "the stationing", "the basing")
                else _host_phrase(rng, want["host"], host, "in")[0]
            )
            sent = f"{_cap(s2)} {av} {noun} of {forces} {hp}{tail}."
        elif voice == "contingent":
            s2 = (
                sender.owns()
                if sform in ("country", "demonym")
                else (f"{sender.capital}'s" if sform == "capital" else f"{_service(sender, unit)}'s")
            )
            dims["sender"] = "country" if sform == "demonym" else sform
            hp = _host_phrase(rng, want["host"], host, "in")[0]
            word = rng.choice(["contingent", "garrison", "force"])
            num = figure if figure is not None else None
            if num is None:
                sent = f"{_cap(s2)} {word} {hp} was {'not ' if tense == 'negated' else ''}reinforced{tail}."
                scored = tense != "negated"  # a force not reinforced is still there: no claim either way
            else:
                q = count.strip()
                nv = {"future": "will number", "past": "numbered", "negated": "does not number",
                      "planned": "is to number", "perfect": "has grown to"}.get(tense, "numbers")  # fmt: skip
                sent = f"{_cap(s2)} {word} {hp} {nv} {q}{tail}."
            dims["unit"] = "(contingent)"
        elif voice == "relative":
            s2 = subj if sform != "demonym" else sender.name
            dims["sender"] = "country" if sform == "demonym" else sform
            hp = _host_phrase(rng, want["host"], host, "in")[0]
            rv = {"past": "which had", "future": "which will have", "planned": "which plans to keep",
                  "negated": "which has no", "perfect": "which has kept"}.get(tense, "which has")  # fmt: skip
            f2 = _forces(count, unit) if tense != "negated" else UNITS[unit][0]
            said = "said" if tense != "reported" else "told reporters"
            sent = f"{_cap(s2)}, {rv} {f2} {hp}, {said}{tail} it would stay."
            dims["tense"] = "present" if tense == "reported" else tense
        elif voice == "passive" or sform == "demonym" or verb == "arrive":
            # the forces are the subject
            voice = dims["voice"] = "passive" if verb != "arrive" else "intransitive"
            pl = not (
                UNITS[unit][2] and UNITS[unit][2] != "battalion" and UNITS[unit][2] != "brigade"
            ) and UNITS[unit][2] not in ("battalion", "brigade")
            be = {"past": "were" if pl else "was", "present": "are" if pl else "is",
                  "perfect": "have been" if pl else "has been", "future": "will be", "planned": "are to be" if pl else "is to be",
                  "negated": "have not been" if pl else "has not been", "reported": "were" if pl else "was"}[tense]  # fmt: skip
            by = ""
            if sform == "demonym":
                fr = _forces(count, unit, sender.demonym)
            else:
                fr = forces
                by = f" by {subj}" if sform != "service" or True else ""
            if verb == "arrive":
                av = {"past": "arrived", "present": "are arriving" if pl else "is arriving", "perfect": "have arrived" if pl else "has arrived",
                      "future": "will arrive", "planned": "are to arrive" if pl else "is to arrive", "negated": "have not arrived" if pl else "has not arrived",
                      "reported": "arrived"}[tense]  # fmt: skip
                if sform != "demonym":
                    fr = f"{fr} from {subj}"
                hp2 = _host_phrase(rng, want["host"], host, "in")[0]
                sent = f"{_cap(fr)} {av} {hp2}{tail}."
            else:
                if verb in ("keep", "maintain", "have"):
                    part, dims["verb"] = "stationed", "station"
                    hostp = _host_phrase(rng, want["host"], host, "in")[0]
                sent = f"{_cap(fr)} {be} {part}{by} {hostp}{tail}."
        else:
            if stative:
                v = {"past": past, "present": {"have": "has"}.get(base, base + "s"), "perfect": f"has {part}",
                     "future": f"will {base}", "planned": f"plans to {base}", "negated": f"does not {base}",
                     "reported": past}[tense]  # fmt: skip
                if verb == "have" and tense == "negated":
                    v, forces = "has no", UNITS[unit][0]
                hp = _host_phrase(rng, want["host"], host, "in")[0]
                sent = f"{_cap(subj)} {v} {forces} {hp}{tail}."
            else:
                v = {"past": past, "present": f"is {base}ing" if not base.endswith("e") else f"is {base[:-1]}ing",
                     "perfect": f"has {part}", "future": f"will {base}", "planned": f"plans to {base}",
                     "negated": f"has not {part} any", "reported": past}[tense]  # fmt: skip
                if tense == "negated":
                    forces = UNITS[unit][0]
                sent = f"{_cap(subj)} {v} {forces} {hostp}{tail}."
    if dims["tense"] == "reported":
        sent = sent[:-1] + ", officials said."
    if want["order"] == "date first" and date:
        sent = f"{_cap(date)}, {_lower_first(sent)}"
    text = sent
    if want["order"] == "dateline":
        text = f"{host.city.upper()}, 11 April 2024 — {sent}"
    elif want["order"] == "two sentences":
        lead = _cap(subj)
        if sent.startswith(lead + " ") and sform != "demonym":
            # the sender named in a first sentence, the forces in the second by "It"
            opener = rng.choice(["stepped up its military role abroad this spring", "announced new commitments to its allies",
                                 "has been widening its military footprint"])  # fmt: skip
            text = f"{lead} {opener}. It {sent[len(lead) + 1 :]}"
        else:
            text = f"{sent} {rng.choice(['The move followed weeks of talks.', 'Officials gave few other details.'])}"
    exp = []
    if hcode is None:
        expect_record = False
    if expect_record:
        exp = [{"country": sender.code, "host": hcode, "personnel": figure}]
    return Item(id=f"p{i:04d}", text=text, dims=dims, expected=exp, scored=scored)


_LOWER = ("The ", "A ", "An ", "About ", "Some ", "Up ", "More ")


def _lower_first(sent: str) -> str:
    """``sent`` with its first word lower-cased when that word is no name ("The Hague" stays)."""
    if sent.startswith(_LOWER) and not sent.startswith(("The Hague", "The Netherlands")):
        return sent[0].lower() + sent[1:]
    first = sent.split()[0]
    return sent[0].lower() + sent[1:] if first.lower() in {w.split()[0] for w in _WORDS.values()} else sent


DIMENSIONS: dict[str, list[str]] = {
    "sender": SENDER_FORMS, "host": HOST_FORMS, "unit": list(UNITS), "verb": VERBS, "voice": VOICES,
    "quantity": QUANTITIES, "tense": TENSES, "date": DATES, "order": ORDERS,
}  # fmt: skip


def generate(n: int, seed: int) -> list[Item]:
    """``n`` items whose dimension values are balanced: each dimension cycles through a seeded
    shuffle of its values, so every value appears about equally often."""
    rng = random.Random(seed)
    decks: dict[str, list[str]] = {k: [] for k in DIMENSIONS}
    items = []
    for i in range(n):
        want = {}
        for k, values in DIMENSIONS.items():
            if not decks[k]:
                decks[k] = rng.sample(values, len(values))
            want[k] = decks[k].pop()
        items.append(realise(i, rng, want))
    return items


# --- running and scoring ------------------------------------------------------------------------------


def run(items: list[Item]) -> None:
    docs = [{"id": it.id, "published": _PUBLISHED, "text": it.text} for it in items]
    out = run_pipeline(docs, load_settings(None), lang=load_language("en"))
    for it in items:
        it.found = out.per_doc.get(it.id, {}).get("deployments", [])


def _matched(it: Item) -> int:
    used: set[int] = set()
    n = 0
    for g in it.expected:
        for j, s in enumerate(it.found):
            if j not in used and deployment_match(g, s):
                used.add(j)
                n += 1
                break
    return n


def report(items: list[Item], *, show: int) -> dict[str, Any]:
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    failing: dict[tuple[str, str], list[Item]] = defaultdict(list)
    tot = [0, 0, 0, 0]  # gold, matched, system, false records on items expecting none
    for it in items:
        if not it.scored:
            continue
        m = _matched(it)
        false = len(it.found) - m
        for k, v in it.dims.items():
            row = per[k][v]
            row[0] += len(it.expected)
            row[1] += m
            row[2] += len(it.found)
            row[3] += false
            if m < len(it.expected):
                failing[(k, v)].append(it)
        tot = [tot[0] + len(it.expected), tot[1] + m, tot[2] + len(it.found), tot[3] + false]
    summary = {
        "items": len(items), "gold": tot[0], "matched": tot[1], "system": tot[2], "extra": tot[3],
        "recall": round(tot[1] / tot[0], 3) if tot[0] else None,
        "precision": round(tot[1] / tot[2], 3) if tot[2] else None,
        "dimensions": {k: {v: {"gold": r[0], "matched": r[1], "extra": r[3],
                               "recall": round(r[1] / r[0], 3) if r[0] else None}
                           for v, r in sorted(vals.items())} for k, vals in per.items()},
    }  # fmt: skip
    summary["failing"] = [
        {"id": it.id, "text": it.text, "dims": it.dims, "want": it.expected,
         "got": [{k: s.get(k) for k in ("country", "host", "personnel")} for s in it.found]}
        for it in items if it.scored and (_matched(it) < len(it.expected) or len(it.found) > _matched(it))
    ]  # fmt: skip
    print(f"items {len(items)}  gold {tot[0]}  matched {tot[1]}  system {tot[2]}  extra {tot[3]}  "
          f"recall {summary['recall']}  precision {summary['precision']}")  # fmt: skip
    for k, vals in per.items():
        print(f"\n{k}:")
        for v, r in sorted(vals.items(), key=lambda kv: (kv[1][1] / kv[1][0]) if kv[1][0] else 2):
            rec = f"{r[1] / r[0]:.2f}" if r[0] else "  - "
            print(f"  {v:24s} recall {rec}  ({r[1]}/{r[0]})  extra {r[3]}")
    worst = sorted(
        ((k, v) for k, vals in per.items() for v, r in vals.items() if r[0]),
        key=lambda kv: per[kv[0]][kv[1]][1] / per[kv[0]][kv[1]][0],
    )
    print("\nfailing items, worst values first:")
    for k, v in worst[:8]:
        print(f"\n[{k} = {v}]")
        for it in failing[(k, v)][:show]:
            got = [(s["country"], s["host"], s["personnel"]) for s in it.found]
            want = [(g["country"], g["host"], g["personnel"]) for g in it.expected]
            print(f"  {it.id} {it.text}\n      want {want} got {got}")
    print("\nfalse records (items expecting none, or extras):")
    shown = 0
    for it in items:
        if it.scored and len(it.found) > _matched(it) and shown < show * 2:
            shown += 1
            got = [(s["country"], s["host"], s["personnel"]) for s in it.found]
            print(
                f"  {it.id} {it.text}\n      want {[(g['country'], g['host'], g['personnel']) for g in it.expected]} got {got}"
            )
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=480)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=6)
    ap.add_argument("--json", help="write the per-dimension summary here")
    ap.add_argument("--list", action="store_true", help="print the generated items and stop")
    args = ap.parse_args(argv)
    items = generate(args.n, args.seed)
    if args.list:
        for it in items:
            print(it.id, json.dumps(it.dims), it.text, it.expected)
        return 0
    run(items)
    summary = report(items, show=args.show)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

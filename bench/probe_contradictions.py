# ruff: noqa: E501 — the grid's sentence templates read best one per line
"""Probe: are two reports of one transfer, force or agreement compared the way they should be?

``PYTHONHASHSEED=0 PYTHONPATH=$PWD/src .venv/bin/python bench/probe_contradictions.py [--seed 17]
[--json OUT] [--list]``

Generates pairs of short invented articles (two documents per story, each story with its own
countries so that stories do not group with each other) from a grid of general dimensions:

* ``kind``: transfer, deployment, agreement;
* ``differ``: what differs between the two reports — ``status`` (delivered / signed vs not),
  ``quantity``, ``date``, ``place`` (an agreement's signing place), ``value`` (its worth),
  ``party`` (another recipient, host or signatory: another fact) or ``nothing``;
* ``phrasing`` of each side: active, passive, nominal, reported, received / arrival, and for a
  denying side negated, denied, "officials disputed", "yet to", a negated passive;
* quantity forms (digits, words, "about", a range) and date forms (a day, a month, a year, a
  weekday, "last month"), with their precisions;
* compatible variants: a plan vs the force there, a batch vs the total, another system, a coarser
  date containing the other, "about N" vs N, a range holding the figure, a count grown later, a
  denial published before the act, a country vs its capital.

Runs the pipeline used by ``geowire eval claims`` (ingest → annotate → code → claims → model) on
all pairs at once, and reports for each pair one outcome:

* ``ok`` — flagged when expected, or not flagged when compatible;
* ``side missing`` — a contradiction expected but one side has no claim of the kind between the
  story's parties;
* ``value missing`` — both claims there, but one side lacks the differing value (no figure, date,
  place or worth; no negation for a status dispute);
* ``not flagged`` — both claims there with their values, yet no contradiction;
* ``flagged compatible`` — a contradiction between reports that can both be true.

Prints a table per dimension value (pairs, ok, and each failure outcome). ``--list`` prints every
failing pair's two texts. Seeded and deterministic: the same seed gives the same pairs.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import json
import random
import sys
from dataclasses import dataclass, field
from typing import Any

# name, code, capital — invented stories use only these; every pair of them appears at most once
COUNTRIES = [
    ("Poland", "POL", "Warsaw"), ("Romania", "ROU", "Bucharest"), ("Portugal", "PRT", "Lisbon"),
    ("Greece", "GRC", "Athens"), ("Chile", "CHL", "Santiago"), ("Peru", "PER", "Lima"),
    ("Indonesia", "IDN", "Jakarta"), ("Vietnam", "VNM", "Hanoi"), ("Kenya", "KEN", "Nairobi"),
    ("Morocco", "MAR", "Rabat"), ("Egypt", "EGY", "Cairo"), ("India", "IND", "New Delhi"),
    ("Japan", "JPN", "Tokyo"), ("Australia", "AUS", "Canberra"), ("Canada", "CAN", "Ottawa"),
    ("Norway", "NOR", "Oslo"), ("Finland", "FIN", "Helsinki"), ("Spain", "ESP", "Madrid"),
    ("Italy", "ITA", "Rome"), ("Turkey", "TUR", "Ankara"), ("the Philippines", "PHL", "Manila"),
    ("Thailand", "THA", "Bangkok"), ("Nigeria", "NGA", "Abuja"), ("Ghana", "GHA", "Accra"),
    ("Colombia", "COL", "Bogotá"), ("Argentina", "ARG", "Buenos Aires"), ("Sweden", "SWE", "Stockholm"),
    ("Denmark", "DNK", "Copenhagen"), ("Belgium", "BEL", "Brussels"), ("Hungary", "HUN", "Budapest"),
    ("Croatia", "HRV", "Zagreb"), ("Estonia", "EST", "Tallinn"), ("Latvia", "LVA", "Riga"),
    ("Lithuania", "LTU", "Vilnius"), ("Pakistan", "PAK", "Islamabad"), ("Bangladesh", "BGD", "Dhaka"),
    ("Malaysia", "MYS", "Kuala Lumpur"), ("Senegal", "SEN", "Dakar"), ("Jordan", "JOR", "Amman"),
    ("Oman", "OMN", "Muscat"), ("Saudi Arabia", "SAU", "Riyadh"), ("Germany", "DEU", "Berlin"),
    ("France", "FRA", "Paris"), ("Slovakia", "SVK", "Bratislava"), ("Bulgaria", "BGR", "Sofia"),
    ("Serbia", "SRB", "Belgrade"), ("Uruguay", "URY", "Montevideo"), ("Ecuador", "ECU", "Quito"),
    ("Algeria", "DZA", "Algiers"), ("Tunisia", "TUN", "Tunis"), ("Kazakhstan", "KAZ", "Astana"),
    ("Uzbekistan", "UZB", "Tashkent"), ("Mexico", "MEX", "Mexico City"), ("Brazil", "BRA", "Brasília"),
    ("the Netherlands", "NLD", "Amsterdam"), ("Austria", "AUT", "Vienna"), ("Ireland", "IRL", "Dublin"),
    ("Cyprus", "CYP", "Nicosia"), ("Qatar", "QAT", "Doha"), ("Kuwait", "KWT", "Kuwait City"),
]  # fmt: skip
SYSTEMS = ["Leopard 2 tanks", "Gripen fighters", "Rafale jets", "CAESAR howitzers", "HIMARS launchers",
           "Patriot batteries", "F-16 jets", "Stinger missiles", "Javelin missiles", "NASAMS batteries",
           "IRIS-T systems", "CV90 vehicles"]  # fmt: skip
WORDS = {6: "six", 8: "eight", 12: "twelve", 14: "fourteen", 18: "eighteen", 20: "twenty", 24: "twenty-four",
         36: "thirty-six", 40: "forty", 42: "forty-two", 800: "eight hundred", 1500: "fifteen hundred",
         600: "six hundred", 400: "four hundred"}  # fmt: skip
RANGE_LOW = {8: 6, 12: 10, 24: 20, 40: 30, 400: 300, 800: 600, 1500: 1200}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip


@dataclass(frozen=True)
class Country:
    name: str
    code: str
    capital: str

    @property
    def title(self) -> str:
        return self.name[0].upper() + self.name[1:]


@dataclass
class Pair:
    kind: str
    differ: str
    variant: str  # the contradicting form or the compatible variant
    phrasing: str  # "a-phrasing/b-phrasing"
    qty_form: str
    date_form: str
    expected: bool
    field: str | None  # the field expected to differ (status, quantity, date, place, value, personnel)
    parties: tuple[str, ...]
    docs: list[dict[str, Any]] = field(default_factory=list)
    outcome: str = ""
    found: list[str] = field(default_factory=list)


def qty(n: int, form: str) -> str:
    """``n`` told in ``form``: digits, words, about, range (a range ending at n)."""
    digits = f"{n:,}"
    if form == "words":
        return WORDS.get(n, digits)
    if form == "about":
        return f"about {digits}"
    if form == "range":
        return f"between {RANGE_LOW.get(n, n - 2):,} and {digits}"
    return digits


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def date_phrase(d: dt.date, form: str, published: dt.date) -> str:
    """``d`` told in ``form`` (day, month, year, weekday — within the week before ``published``,
    lastmonth — the month before ``published``)."""
    if form == "day":
        return f" on {d.day} {MONTHS[d.month - 1]}"
    if form == "month":
        return f" in {MONTHS[d.month - 1]}"
    if form == "year":
        return f" in {d.year}"
    if form == "weekday":
        return f" on {d.strftime('%A')}"
    if form == "lastmonth":
        return " last month"
    return ""


# --- transfers --------------------------------------------------------------------------------------

POSITIVE_T = {
    "active": "{S} delivered {q} {X} to {R}{d}.",
    "passive": "{Q} {X} were delivered to {R} by {S}{d}.",
    "nominal": "The delivery of {q} {X} from {S} to {R} was completed{d}.",
    "reported": "{S} handed over {q} {X} to {R}{d}, defence officials said.",
    "received": "{R} received {q} {X} from {S}{d}.",
}
NEGATIVE_T = {
    "negated": "{S} has not delivered any {X} to {R}, officials said.",
    "denied": "{S} denied that it had delivered any {X} to {R}.",
    "disputed": "Officials in {Rcap} disputed reports that {S} had delivered {X} to {R}.",
    "yet": "{R} has yet to receive any {X} from {S}.",
    "neg-passive": "No {X} have been delivered to {R} by {S}, the ministry said.",
}


def t_text(template: str, s: Country, r: Country, system: str, q: str, d: str) -> str:
    q_sp = q or ""
    text = template.format(
        S=s.title, R=r.name, Rcap=r.capital, X=system, q=q_sp, Q=cap(q_sp) if q_sp else "", d=d
    )
    text = " ".join(text.split()).replace(" ,", ",").replace(" .", ".")
    return cap(text)


# --- deployments ------------------------------------------------------------------------------------

POSITIVE_D = {
    "active": "{S} deployed {q} soldiers to {H}{d}.",
    "passive": "{Q} soldiers were sent to {H} by {S}{d}.",
    "arrival": "{Q} soldiers from {S} arrived in {H}{d}.",
    "nominal": "The deployment of {q} troops from {S} to {H} was completed{d}.",
    "reported": "{S} sent {q} troops to {H}{d}, its defence ministry said.",
}
NEGATIVE_D = {
    "negated": "{S} has not deployed any troops to {H}, officials said.",
    "denied": "{S} denied that it had sent troops to {H}.",
    "disputed": "Officials in {Hcap} disputed reports that {S} had deployed troops to {H}.",
    "neg-passive": "No soldiers from {S} have been deployed to {H}, the ministry said.",
}


def d_text(template: str, s: Country, h: Country, q: str, d: str) -> str:
    text = template.format(S=s.title, H=h.name, Hcap=h.capital, q=q, Q=cap(q) if q else "", d=d)
    return cap(" ".join(text.split()).replace(" ,", ",").replace(" .", "."))


# --- agreements -------------------------------------------------------------------------------------

POSITIVE_A = {
    "active": "{A} and {B} signed a defence cooperation agreement{v}{p}{d}.",
    "passive": "A defence cooperation agreement{v} was signed by {A} and {B}{p}{d}.",
    "with": "{A} signed a defence cooperation agreement{v} with {B}{p}{d}.",
    "reported": "{A} and {B} signed a defence cooperation agreement{v}{p}{d}, officials said.",
    "nominal": "The signing of a defence cooperation agreement{v} between {A} and {B} took place{p}{d}.",
}
NEGATIVE_A = {
    "negated": "{A} and {B} have not signed a defence cooperation agreement, officials said.",
    "denied": "{A} denied that it had signed a defence cooperation agreement with {B}.",
    "disputed": "Officials in {Acap} disputed reports that {A} had signed a defence cooperation agreement with {B}.",
    "collapsed": "Talks between {A} and {B} on a defence cooperation agreement collapsed, and no agreement was signed.",
}  # fmt: skip


def a_text(template: str, a: Country, b: Country, value: str, place: str, d: str) -> str:
    v = f" worth {value}" if value else ""
    p = f" in {place}" if place else ""
    text = template.format(A=a.title, B=b.name, Acap=a.capital, v=v, p=p, d=d)
    return cap(" ".join(text.split()))


# --- the grid ---------------------------------------------------------------------------------------


class Allocator:
    """Distinct country pairs, each country used a bounded number of times."""

    def __init__(self, rng: random.Random) -> None:
        cs = [Country(*c) for c in COUNTRIES]
        self.pairs = [(a, b) for a, b in itertools.permutations(cs, 2)]
        rng.shuffle(self.pairs)
        self.used: set[frozenset[str]] = set()
        self.uses: collections.Counter[str] = collections.Counter()
        self.cap = 9  # uses of one country beyond which it is not taken

    def take(self, n: int = 2) -> list[Country]:
        for a, b in self.pairs:
            key = frozenset((a.code, b.code))
            if key in self.used or self.uses[a.code] > self.cap or self.uses[b.code] > self.cap:
                continue
            if n == 3:
                third = next(
                    (c for c, _ in self.pairs if c.code not in (a.code, b.code)
                     and frozenset((a.code, c.code)) not in self.used and self.uses[c.code] <= self.cap),
                    None,
                )  # fmt: skip
                if third is None:
                    continue
                self.used.add(frozenset((a.code, third.code)))
                self.uses[third.code] += 1
            self.used.add(key)
            self.uses[a.code] += 1
            self.uses[b.code] += 1
            return [a, b] + ([third] if n == 3 else [])
        raise RuntimeError("out of country pairs")


PUB_A = dt.date(2025, 7, 8)
PUB_B = dt.date(2025, 7, 18)
QTY_FORMS = ("digits", "words", "about", "range")
DATE_DIFFER_FORMS = (
    ("month", "month"),
    ("day", "day"),
    ("lastmonth", "month"),
    ("weekday", "day"),
    ("year", "year"),
)


def _two_dates(form_a: str, form_b: str) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """(date a, date b, published a, published b) that differ at the forms' precision."""
    if "weekday" in (form_a, form_b):
        pub_b = PUB_B
        b = pub_b - dt.timedelta(days=3)
        return b - dt.timedelta(days=9), b, PUB_A, pub_b
    if "lastmonth" in (form_a, form_b):
        return dt.date(2025, 3, 12), dt.date(2025, 6, 10), PUB_A, PUB_B
    if "year" in (form_a, form_b):
        return dt.date(2023, 3, 12), dt.date(2024, 6, 10), PUB_A, PUB_B
    if form_a == form_b == "day":
        return dt.date(2025, 3, 12), dt.date(2025, 3, 19), PUB_A, PUB_B
    return dt.date(2025, 3, 12), dt.date(2025, 6, 10), PUB_A, PUB_B


def _swap_forms(fa: str, fb: str) -> tuple[str, str]:
    # the relative form (weekday, last month) goes on b, the later report, whose week/month it names
    return (fb, fa) if fa in ("weekday", "lastmonth") else (fa, fb)


def build_pairs(seed: int) -> list[Pair]:
    rng = random.Random(seed)
    alloc = Allocator(rng)
    pairs: list[Pair] = []
    pos_t, neg_t = list(POSITIVE_T), list(NEGATIVE_T)
    pos_d, neg_d = list(POSITIVE_D), list(NEGATIVE_D)
    pos_a, neg_a = list(POSITIVE_A), list(NEGATIVE_A)

    def add(kind: str, differ: str, variant: str, pa: str, pb: str, qf: str, df: str, expected: bool,
            fld: str | None, parties: list[Country], texts: tuple[str, str],
            pubs: tuple[dt.date, dt.date] = (PUB_A, PUB_B)) -> None:  # fmt: skip
        n = len(pairs)
        p = Pair(kind, differ, variant, f"{pa}/{pb}", qf, df, expected, fld, tuple(c.code for c in parties))
        p.docs = [{"id": f"p{n:03d}-{side}", "published": pub.isoformat(), "text": text, "title": f"probe {n} {side}"}
                  for side, pub, text in zip("ab", pubs, texts, strict=True)]  # fmt: skip
        pairs.append(p)

    # transfers: status (each positive against each negative)
    for pa, pb in itertools.product(pos_t, neg_t):
        s, r = alloc.take()
        x = rng.choice(SYSTEMS)
        qa = qty(rng.choice((8, 12, 24)), rng.choice(QTY_FORMS))
        ta = t_text(POSITIVE_T[pa], s, r, x, qa, date_phrase(dt.date(2025, 6, 3), "month", PUB_A))
        tb = t_text(NEGATIVE_T[pb], s, r, x, "", "")
        add("transfer", "status", "delivered/not", pa, pb, "-", "month", True, "status", [s, r], (ta, tb))
    # transfers: quantity (forms × phrasings, sampled)
    for qa, qb in itertools.product(QTY_FORMS, QTY_FORMS):
        for _ in range(2):
            s, r = alloc.take()
            x = rng.choice(SYSTEMS)
            pa, pb = rng.choice(pos_t), rng.choice(pos_t)
            d = date_phrase(dt.date(2025, 6, 3), "month", PUB_A)
            ta = t_text(POSITIVE_T[pa], s, r, x, qty(24, qa), d)
            tb = t_text(POSITIVE_T[pb], s, r, x, qty(40, qb), d)
            add(
                "transfer",
                "quantity",
                "24/40",
                pa,
                pb,
                f"{qa}/{qb}",
                "month",
                True,
                "quantity",
                [s, r],
                (ta, tb),
            )
    # transfers: date
    for fa, fb in DATE_DIFFER_FORMS:
        for _ in range(3):
            fa2, fb2 = _swap_forms(fa, fb)
            s, r = alloc.take()
            x = rng.choice(SYSTEMS)
            pa, pb = rng.choice(pos_t), rng.choice(pos_t)
            da, db, puba, pubb = _two_dates(fa2, fb2)
            ta = t_text(POSITIVE_T[pa], s, r, x, "12", date_phrase(da, fa2, puba))
            tb = t_text(POSITIVE_T[pb], s, r, x, "12", date_phrase(db, fb2, pubb))
            add(
                "transfer",
                "date",
                f"{fa2}/{fb2}",
                pa,
                pb,
                "digits",
                f"{fa2}/{fb2}",
                True,
                "date",
                [s, r],
                (ta, tb),
                (puba, pubb),
            )
    # transfers: compatible variants
    compat_t: list[tuple[str, str, str, str, str, dt.date, dt.date]] = []
    for _ in range(3):
        compat_t += [
            ("about/exact", "{S} delivered about 40 {X} to {R} in June.", "{R} received 42 {X} from {S} in June.",
             "about", "month", PUB_A, PUB_B),
            ("range-holds", "{S} delivered between 20 and 25 {X} to {R} in June.",
             "{S} handed over 22 {X} to {R} in June, officials said.", "range", "month", PUB_A, PUB_B),
            ("words/digits", "{S} delivered twelve {X} to {R} in June.", "Twelve {X} were delivered to {R} by {S} in June.",
             "words", "month", PUB_A, PUB_B),
            ("month/day", "{S} delivered 12 {X} to {R} in June.", "{S} delivered 12 {X} to {R} on 17 June.",
             "digits", "month/day", PUB_A, PUB_B),
            ("year/month", "{S} delivered 12 {X} to {R} in 2024.", "{R} received 12 {X} from {S} in October 2024.",
             "digits", "year/month", PUB_A, PUB_B),
            ("lastmonth/day", "{S} delivered 12 {X} to {R} on 17 June.", "{S} delivered 12 {X} to {R} last month.",
             "digits", "day/lastmonth", PUB_A, PUB_B),
            ("batches", "{S} delivered 6 {X} to {R} in March.", "{S} delivered another 8 {X} to {R} in June.",
             "digits", "month", PUB_A, PUB_B),
            ("subtotal/total", "{S} has delivered the first 6 of the 24 {X} ordered by {R}.",
             "{S} has delivered all 24 {X} to {R}, completing the order.", "digits", "-",
             dt.date(2025, 3, 5), PUB_B),
            ("cumulative-later", "{S} has delivered 10 {X} to {R} so far this year.",
             "{S} has delivered 30 {X} to {R} this year.", "digits", "-", dt.date(2025, 4, 2),
             dt.date(2025, 12, 10)),
            ("plan/delivered", "{S} will deliver 24 {X} to {R} by 2027.", "{S} delivered 8 {X} to {R} in June.",
             "digits", "year/month", PUB_A, PUB_B),
            ("denial-before", "{S} has not delivered any {X} to {R}, officials said.",
             "{S} delivered 12 {X} to {R} in June.", "-", "month", dt.date(2025, 2, 3), PUB_B),
            ("nothing", "{S} delivered 12 {X} to {R} in June.", "{R} received 12 {X} from {S} in June.",
             "digits", "month", PUB_A, PUB_B),
        ]  # fmt: skip
    for variant, ta_t, tb_t, qf, df, puba, pubb in compat_t:
        s, r = alloc.take()
        x = rng.choice(SYSTEMS)
        ta, tb = t_text(ta_t, s, r, x, "", ""), t_text(tb_t, s, r, x, "", "")
        differ = "nothing" if variant == "nothing" else "compatible"
        add("transfer", differ, variant, "-", "-", qf, df, False, None, [s, r], (ta, tb), (puba, pubb))
    for _ in range(3):  # another system, one denied
        s, r = alloc.take()
        x1, x2 = rng.sample(SYSTEMS, 2)
        ta = t_text(POSITIVE_T["active"], s, r, x1, "12", " in June")
        tb = t_text(NEGATIVE_T["negated"], s, r, x2, "", "")
        add(
            "transfer",
            "compatible",
            "other-system",
            "active",
            "negated",
            "-",
            "-",
            False,
            None,
            [s, r],
            (ta, tb),
        )
    for _ in range(3):  # another recipient: another fact
        s, r, r2 = alloc.take(3)
        x = rng.choice(SYSTEMS)
        ta = t_text(POSITIVE_T["active"], s, r, x, "12", " in June")
        tb = t_text(NEGATIVE_T["negated"], s, r2, x, "", "")
        add(
            "transfer",
            "party",
            "other-recipient",
            "active",
            "negated",
            "-",
            "-",
            False,
            None,
            [s, r],
            (ta, tb),
        )

    # deployments: status
    for pa, pb in itertools.product(pos_d, neg_d):
        s, h = alloc.take()
        ta = d_text(POSITIVE_D[pa], s, h, qty(rng.choice((400, 800)), rng.choice(QTY_FORMS)), " in June")
        tb = d_text(NEGATIVE_D[pb], s, h, "", "")
        add("deployment", "status", "deployed/not", pa, pb, "-", "month", True, "status", [s, h], (ta, tb))
    for qa, qb in itertools.product(QTY_FORMS, QTY_FORMS):
        s, h = alloc.take()
        pa, pb = rng.choice(pos_d), rng.choice(pos_d)
        ta = d_text(POSITIVE_D[pa], s, h, qty(800, qa), " in June")
        tb = d_text(POSITIVE_D[pb], s, h, qty(1500, qb), " in June")
        add(
            "deployment",
            "quantity",
            "800/1500",
            pa,
            pb,
            f"{qa}/{qb}",
            "month",
            True,
            "personnel",
            [s, h],
            (ta, tb),
        )
    for fa, fb in DATE_DIFFER_FORMS:
        for _ in range(2):
            fa2, fb2 = _swap_forms(fa, fb)
            s, h = alloc.take()
            da, db, puba, pubb = _two_dates(fa2, fb2)
            ta = d_text(POSITIVE_D["arrival"], s, h, "600", date_phrase(da, fa2, puba))
            tb = d_text(POSITIVE_D["arrival"], s, h, "600", date_phrase(db, fb2, pubb))
            add("deployment", "date", f"{fa2}/{fb2}", "arrival", "arrival", "digits", f"{fa2}/{fb2}", True, "date",
                [s, h], (ta, tb), (puba, pubb))  # fmt: skip
    compat_d = [
        ("plan/current", "{S} has 600 soldiers in {H}.", "{S} plans to station 2,000 soldiers in {H} by 2028.",
         PUB_A, PUB_B),
        ("plan/current-will", "{S} has 600 soldiers in {H}.", "{S} will send 2,000 soldiers to {H} by 2028.",
         PUB_A, PUB_B),
        ("about/exact", "{S} deployed about 800 soldiers to {H} in June.", "{S} sent 820 troops to {H} in June.",
         PUB_A, PUB_B),
        ("another-contingent", "{S} has 1,500 soldiers in {H}.", "{S} sent another 400 soldiers to {H} in June.",
         PUB_A, PUB_B),
        ("grown-later", "{S} has 600 soldiers in {H}.", "{S} now has 1,500 soldiers in {H}.",
         dt.date(2022, 5, 4), PUB_B),
        ("month/day", "600 soldiers from {S} arrived in {H} in June.", "600 soldiers from {S} arrived in {H} on 9 June.",
         PUB_A, PUB_B),
        ("denial-before", "{S} has not deployed any troops to {H}, officials said.",
         "{S} deployed 600 soldiers to {H} in June.", dt.date(2025, 2, 3), PUB_B),
        ("nothing", "{S} deployed 600 soldiers to {H} in June.", "600 soldiers from {S} arrived in {H} in June.",
         PUB_A, PUB_B),
    ]  # fmt: skip
    for _ in range(2):
        for variant, ta_t, tb_t, puba, pubb in compat_d:
            s, h = alloc.take()
            differ = "nothing" if variant == "nothing" else "compatible"
            add("deployment", differ, variant, "-", "-", "-", "-", False, None, [s, h],
                (d_text(ta_t, s, h, "", ""), d_text(tb_t, s, h, "", "")), (puba, pubb))  # fmt: skip

    # agreements: status
    for pa, pb in itertools.product(pos_a, neg_a):
        a, b = alloc.take()
        ta = a_text(POSITIVE_A[pa], a, b, "", "", " on 3 June")
        tb = a_text(NEGATIVE_A[pb], a, b, "", "", "")
        add("agreement", "status", "signed/not", pa, pb, "-", "day", True, "status", [a, b], (ta, tb))
    for fa, fb in DATE_DIFFER_FORMS:
        for _ in range(2):
            fa2, fb2 = _swap_forms(fa, fb)
            a, b = alloc.take()
            pa, pb = rng.choice(pos_a), rng.choice(pos_a)
            da, db, puba, pubb = _two_dates(fa2, fb2)
            ta = a_text(POSITIVE_A[pa], a, b, "", "", date_phrase(da, fa2, puba))
            tb = a_text(POSITIVE_A[pb], a, b, "", "", date_phrase(db, fb2, pubb))
            add("agreement", "date", f"{fa2}/{fb2}", pa, pb, "-", f"{fa2}/{fb2}", True, "date", [a, b], (ta, tb),
                (puba, pubb))  # fmt: skip
    for _ in range(5):
        a, b = alloc.take()
        pa, pb = rng.choice(pos_a), rng.choice(pos_a)
        ta = a_text(POSITIVE_A[pa], a, b, "", a.capital, " on 3 June")
        tb = a_text(POSITIVE_A[pb], a, b, "", b.capital, " on 3 June")
        add("agreement", "place", "capital/capital", pa, pb, "-", "day", True, "place", [a, b], (ta, tb))
    for va, vb, label in (("$2 billion", "$3.5 billion", "digits"), ("€800 million", "€1.2 billion", "digits"),
                          ("about two billion dollars", "$3.5 billion", "words/about")):  # fmt: skip
        for _ in range(2):
            a, b = alloc.take()
            pa, pb = rng.choice(pos_a), rng.choice(pos_a)
            ta = a_text(POSITIVE_A[pa], a, b, va, "", " on 3 June")
            tb = a_text(POSITIVE_A[pb], a, b, vb, "", " on 3 June")
            add("agreement", "value", f"{va}/{vb}", pa, pb, label, "day", True, "value", [a, b], (ta, tb))
    compat_a = [
        ("country/capital", "{A} and {B} signed a defence cooperation agreement in {Bn} on 3 June.",
         "{A} and {B} signed a defence cooperation agreement in {Bc} on 3 June.", PUB_A, PUB_B),
        ("month/day", "{A} and {B} signed a defence cooperation agreement in June.",
         "{A} and {B} signed a defence cooperation agreement on 3 June.", PUB_A, PUB_B),
        ("about/value", "{A} and {B} signed a defence cooperation agreement worth about $2 billion on 3 June.",
         "{A} and {B} signed a defence cooperation agreement worth $2.1 billion on 3 June.", PUB_A, PUB_B),
        ("denial-before", "{A} and {B} have not yet signed a defence cooperation agreement, officials said.",
         "{A} and {B} signed a defence cooperation agreement on 3 June.", dt.date(2025, 2, 3), PUB_B),
        ("nothing", "{A} and {B} signed a defence cooperation agreement on 3 June.",
         "A defence cooperation agreement was signed by {A} and {B} on 3 June.", PUB_A, PUB_B),
    ]  # fmt: skip
    for _ in range(2):
        for variant, ta_t, tb_t, puba, pubb in compat_a:
            a, b = alloc.take()
            fmt = {"A": a.title, "B": b.name, "Bn": b.name, "Bc": b.capital}
            differ = "nothing" if variant == "nothing" else "compatible"
            add("agreement", differ, variant, "-", "-", "-", "-", False, None, [a, b],
                (cap(ta_t.format(**fmt)), cap(tb_t.format(**fmt))), (puba, pubb))  # fmt: skip
    for _ in range(2):
        a, b, c = alloc.take(3)
        ta = a_text(POSITIVE_A["active"], a, b, "", a.capital, " on 3 June")
        tb = a_text(NEGATIVE_A["negated"], a, c, "", "", "")
        add(
            "agreement",
            "party",
            "other-signatory",
            "active",
            "negated",
            "-",
            "-",
            False,
            None,
            [a, b],
            (ta, tb),
        )
    extra_pairs(add, alloc, rng)
    alloc.cap = 13  # the later grids share countries more (never a pair): the earlier pairs stay as they were
    told_apart_pairs(add, alloc, rng)
    return pairs


def extra_pairs(add: Any, alloc: Allocator, rng: random.Random) -> None:
    """Further shapes: forces counted where they are, figures in relative clauses and floors, a
    denied remainder, a unit of a larger force, and a specific kind of agreement dated twice."""
    present = ("{S} has {q} soldiers stationed in {H}.", "{Q} troops from {S} are based in {H}.")
    for qa, qb in (("digits", "digits"), ("about", "digits"), ("words", "about")):
        for ta_t, tb_t in (present, present[::-1]):
            s, h = alloc.take()
            ta, tb = d_text(ta_t, s, h, qty(800, qa), ""), d_text(tb_t, s, h, qty(1500, qb), "")
            add("deployment", "quantity", "present 800/1500", "present", "present", f"{qa}/{qb}", "-", True,
                "personnel", [s, h], (ta, tb))  # fmt: skip
    for _ in range(3):
        s, r = alloc.take()
        x = rng.choice(SYSTEMS)
        ta = t_text(POSITIVE_T["active"], s, r, x, "24", " in June")
        tb = t_text("The {q} {X} that {S} delivered to {R}{d} are now in service.", s, r, x, "40", " in June")
        add("transfer", "quantity", "24/40 relative", "active", "relative", "digits/digits", "month", True,
            "quantity", [s, r], (ta, tb))  # fmt: skip
    compat = [
        ("at-least", "{S} delivered at least 20 {X} to {R} in June.", "{R} received 24 {X} from {S} in June."),
        ("remaining-denied", "{S} delivered 8 {X} to {R} in June.",
         "{S} has not yet delivered the remaining four {X} to {R}."),
        ("nearly", "{S} delivered nearly 40 {X} to {R} in June.", "{S} delivered 36 {X} to {R} in June."),
    ]  # fmt: skip
    for _ in range(3):
        for variant, ta_t, tb_t in compat:
            s, r = alloc.take()
            x = rng.choice(SYSTEMS)
            add("transfer", "compatible", variant, "-", "-", "-", "-", False, None, [s, r],
                (t_text(ta_t, s, r, x, "", ""), t_text(tb_t, s, r, x, "", "")))  # fmt: skip
    compat_d = [
        ("battalion-of-total", "{S} has 1,500 soldiers in {H}.",
         "A battalion of 400 soldiers from {S} arrived in {H} in June."),
        ("presence/arrival", "{S} has about 800 soldiers stationed in {H}.",
         "800 soldiers from {S} arrived in {H} in June."),
        ("rotated-since", "{S} has 800 soldiers in {H}.",
         "{S} has rotated 5,000 soldiers through {H} since 2017."),
        ("raise-to", "{S} has 800 soldiers in {H}.", "{S} will raise its force in {H} to 1,500 soldiers next year."),
        ("cap", "About 600 soldiers from {S} are in {H}.", "{S} may station up to 1,000 soldiers in {H}."),
        ("peak", "{S} has 600 soldiers in {H}.", "At its peak in 2019, {S} had 2,000 soldiers in {H}."),
        ("trained", "{S} has 300 soldiers in {H}.", "{S} has trained 10,000 soldiers in {H} since 2015."),
        ("share-of-multinational", "{S} has 300 soldiers in {H}.",
         "A multinational battlegroup of 1,200 troops in {H} includes soldiers from {S}."),
    ]  # fmt: skip
    for _ in range(3):
        for variant, ta_t, tb_t in compat_d:
            s, h = alloc.take()
            add("deployment", "compatible", variant, "-", "-", "-", "-", False, None, [s, h],
                (d_text(ta_t, s, h, "", ""), d_text(tb_t, s, h, "", "")))  # fmt: skip
    for fa, fb in (("month", "month"), ("day", "day")):
        for _ in range(2):
            a, b = alloc.take()
            da, db, puba, pubb = _two_dates(fa, fb)
            ta = f"{a.title} and {b.name} signed a memorandum of understanding on defence{date_phrase(da, fa, puba)}."
            tb = f"{a.title} signed a memorandum of understanding on defence with {b.name}{date_phrase(db, fb, pubb)}."
            add("agreement", "date", f"memorandum {fa}/{fb}", "active", "with", "-", f"{fa}/{fb}", True, "date",
                [a, b], (ta, tb), (puba, pubb))  # fmt: skip


def told_apart_pairs(add: Any, alloc: Allocator, rng: random.Random) -> None:
    """Shapes of ``cx18``: a batch handed over and a later, smaller count of all delivered; a count
    of all delivered that shrank between reports months apart; vague counts ("several hundred",
    "dozens of") and counts in words ("two dozen"); a date told by a second sentence ("The ceremony
    took place on …") or stressed by a cleft ("It was in March that …")."""
    early, late = dt.date(2025, 3, 5), dt.date(2025, 7, 18)
    t_pairs = [  # (differ, variant, a, b, published a, published b, expected field or None)
        ("quantity", "batch/total-smaller", "A batch of 12 {X} from {S} reached {R} in June.",
         "{S} has delivered 8 {X} to {R}.", PUB_A, PUB_B, "quantity"),
        ("quantity", "shipment/total-smaller", "A shipment of 12 {X} from {S} arrived in {R} on 2 July.",
         "{S} has handed over 6 {X} to {R}.", PUB_A, PUB_B, "quantity"),
        ("compatible", "batch/total-larger", "A batch of 12 {X} from {S} reached {R} in June.",
         "{S} has delivered 20 {X} to {R}.", PUB_A, PUB_B, None),
        ("compatible", "batch-after-total", "{S} has delivered 8 {X} to {R}.",
         "A batch of 12 {X} from {S} reached {R} on 15 July.", PUB_A, PUB_B, None),
        ("quantity", "total-shrank", "{S} has delivered more than 40 {X} to {R}.",
         "The 25 {X} that {S} handed to {R} are now in service.", early, late, "quantity"),
        ("quantity", "total-shrank-words", "{S} has delivered thirty {X} to {R}.",
         "{R} has received twenty {X} from {S}.", early, late, "quantity"),
        ("compatible", "total-grew", "{S} has delivered 25 {X} to {R}.",
         "The 40 {X} that {S} handed to {R} are now in service.", early, late, None),
        ("compatible", "total-then-dated-batch", "{S} has delivered 25 {X} to {R}.",
         "{S} delivered 10 {X} to {R} in July.", early, late, None),
        ("quantity", "two-dozen/30", "{S} delivered two dozen {X} to {R} in June.",
         "{R} received 30 {X} from {S} in June.", PUB_A, PUB_B, "quantity"),
        ("compatible", "two-dozen/24", "{S} delivered two dozen {X} to {R} in June.",
         "{R} received 24 {X} from {S} in June.", PUB_A, PUB_B, None),
        ("quantity", "a-dozen/20", "{S} delivered a dozen {X} to {R} in June.",
         "{S} handed over 20 {X} to {R} in June.", PUB_A, PUB_B, "quantity"),
        ("compatible", "dozens/40", "{S} delivered dozens of {X} to {R} in June.",
         "{R} received 40 {X} from {S} in June.", PUB_A, PUB_B, None),
        ("date", "second-sentence handover", "{S} handed over 12 {X} to {R}. The handover took place on 3 June.",
         "{S} delivered 12 {X} to {R} on 17 June.", PUB_A, PUB_B, "date"),
        ("date", "cleft month", "It was in March that {S} delivered 12 {X} to {R}.",
         "{R} received 12 {X} from {S} in June.", PUB_A, PUB_B, "date"),
    ]  # fmt: skip
    for _ in range(2):
        for differ, variant, ta_t, tb_t, puba, pubb, fld in t_pairs:
            s, r = alloc.take()
            x = rng.choice(SYSTEMS)
            add("transfer", differ, variant, "-", "-", "-", "-", fld is not None, fld, [s, r],
                (t_text(ta_t, s, r, x, "", ""), t_text(tb_t, s, r, x, "", "")), (puba, pubb))  # fmt: skip
    d_pairs = [
        ("quantity", "several-hundred/1500", "{S} has sent several hundred soldiers to {H}.",
         "{S} deployed 1,500 troops to {H}.", "personnel"),
        ("compatible", "several-hundred/400", "{S} has sent several hundred soldiers to {H}.",
         "About 400 soldiers from {S} are now in {H}.", None),
        ("compatible", "a-few-hundred/300", "{S} has a few hundred soldiers in {H}.",
         "{S} has 300 soldiers stationed in {H}.", None),
    ]  # fmt: skip
    for _ in range(2):
        for differ, variant, ta_t, tb_t, fld in d_pairs:
            s, h = alloc.take()
            add("deployment", differ, variant, "-", "-", "-", "-", fld is not None, fld, [s, h],
                (d_text(ta_t, s, h, "", ""), d_text(tb_t, s, h, "", "")))  # fmt: skip
    a_pairs = [
        ("date", "ceremony second sentence",
         "{A} and {B} signed a defence cooperation agreement. The ceremony took place on 3 June.",
         "{A} and {B} signed a defence cooperation agreement on 17 June.", "date"),
        ("compatible", "ceremony day/month",
         "{A} and {B} signed a defence cooperation agreement. The ceremony took place on 3 June.",
         "{A} and {B} signed a defence cooperation agreement in June.", None),
        ("date", "cleft day", "It was on 3 June that {A} and {B} signed a defence cooperation agreement.",
         "{A} signed a defence cooperation agreement with {B} on 17 June.", "date"),
    ]  # fmt: skip
    for _ in range(2):
        for differ, variant, ta_t, tb_t, fld in a_pairs:
            a, b = alloc.take()
            fmt = {"A": a.title, "B": b.name}
            add("agreement", differ, variant, "-", "-", "-", "-", fld is not None, fld, [a, b],
                (cap(ta_t.format(**fmt)), cap(tb_t.format(**fmt))))  # fmt: skip


# --- running and judging ----------------------------------------------------------------------------


def _claims_of(claims: list[Any], kind: str, parties: tuple[str, ...]) -> list[Any]:
    a, b = parties[0], parties[1]
    out = []
    for c in claims:
        if c.kind != kind:
            continue
        f = c.fields
        if kind == "transfer" and (f.get("supplier"), f.get("recipient")) == (a, b):
            out.append(c)
        elif kind == "deployment" and (f.get("country"), f.get("host")) == (a, b):
            out.append(c)
        elif kind == "agreement" and {a, b} <= set(f.get("parties") or []):
            out.append(c)
    return out


def _has_value(cs: list[Any], fld: str) -> bool:
    from geowire.model.records import denied

    if fld == "status":
        return True  # both claims there; the denial is judged by the pair's other side
    key = {"quantity": ("quantity", "personnel"), "personnel": ("personnel", "quantity"), "date": ("date",),
           "place": ("place",), "value": ("value",)}[fld]  # fmt: skip
    return any(any(c.fields.get(k) not in (None, "") for k in key) and not denied(c) for c in cs)


def judge(pairs: list[Pair]) -> None:
    from geowire.lang import load_language
    from geowire.model.claims_eval import _doc_claims, processed_store
    from geowire.settings import load_settings
    from geowire.store.model import contradictions

    docs = [d for p in pairs for d in p.docs]
    lang = load_language("en")
    with processed_store(docs, load_settings(None), lang=lang) as (store, ids):
        claims = {ids[k]: v for k, v in _doc_claims(store).items() if k in ids}
        found: dict[frozenset[str], list[str]] = collections.defaultdict(list)
        for x in contradictions(store):
            if x["kind"] == "assessment":
                continue
            a, b = ids.get(x["doc_a"]), ids.get(x["doc_b"])
            if a and b:
                found[frozenset((a, b))].append(f"{x['kind']}:{x['field']}")
    for p in pairs:
        ida, idb = p.docs[0]["id"], p.docs[1]["id"]
        p.found = found.get(frozenset((ida, idb)), [])
        flagged = bool(p.found)
        if not p.expected:
            p.outcome = "flagged compatible" if flagged else "ok"
            continue
        if flagged:
            p.outcome = "ok"
            continue
        ca = _claims_of(claims.get(ida, []), p.kind, p.parties)
        cb = _claims_of(claims.get(idb, []), p.kind, p.parties)
        if not ca or not cb:
            p.outcome = "side missing"
        elif p.field and not (_has_value(ca, p.field) and (p.field == "status" or _has_value(cb, p.field))):
            p.outcome = "value missing"
        else:
            p.outcome = "not flagged"


OUTCOMES = ("ok", "side missing", "value missing", "not flagged", "flagged compatible")


def table(pairs: list[Pair]) -> str:
    lines = []
    dims = (("kind", lambda p: p.kind), ("differ", lambda p: f"{p.kind}/{p.differ}"),
            ("variant", lambda p: f"{p.kind}/{p.differ}/{p.variant}"),
            ("phrasing b", lambda p: f"{p.kind}/{p.differ}/{p.phrasing.split('/')[-1]}"),
            ("phrasing a", lambda p: f"{p.kind}/{p.differ}/{p.phrasing.split('/')[0]}"),
            ("quantity form", lambda p: f"{p.kind}/{p.differ}/{p.qty_form}"),
            ("date form", lambda p: f"{p.kind}/{p.differ}/{p.date_form}"))  # fmt: skip
    head = f"{'value':44} {'n':>4} " + " ".join(f"{o[:12]:>12}" for o in OUTCOMES)
    for name, key in dims:
        groups: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for p in pairs:
            groups[key(p)][p.outcome] += 1
        rows = [
            (k, c)
            for k, c in sorted(groups.items())
            if name in ("kind", "differ") or c["ok"] < sum(c.values())
        ]
        if not rows:
            continue
        lines += [
            "",
            f"## by {name}" + ("" if name in ("kind", "differ") else " (values with a failure)"),
            head,
        ]
        for k, c in rows:
            lines.append(f"{k[:44]:44} {sum(c.values()):>4} " + " ".join(f"{c[o]:>12}" for o in OUTCOMES))
    total = collections.Counter(p.outcome for p in pairs)
    lines += ["", "total " + ", ".join(f"{o}: {total[o]}" for o in OUTCOMES) + f" (of {len(pairs)})"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--json", help="write every pair with its outcome to this file")
    ap.add_argument("--list", action="store_true", help="print every failing pair's texts")
    args = ap.parse_args(argv)
    pairs = build_pairs(args.seed)
    judge(pairs)
    print(table(pairs))
    if args.list:
        for p in pairs:
            if p.outcome != "ok":
                print(f"\n[{p.outcome}] {p.kind}/{p.differ}/{p.variant} {p.phrasing} found={p.found}")
                for d in p.docs:
                    print(f"  {d['id']} ({d['published']}): {d['text']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump([{**p.__dict__} for p in pairs], f, ensure_ascii=False, indent=1, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())

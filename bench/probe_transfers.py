"""A combinatorial probe of transfer extraction (issue 13, tx21).

Generates short articles (one sentence, sometimes with a second neutral one) from a grid of general
dimensions — how the supplier and the recipient are named (country, "the French government",
a capital as metonym, "France's defence ministry", "the French army"), the verb family, the voice
(active, passive with "by", nominal, possessive purchase, relative clause), the quantity, the
system (named or generic), tense and modality, dates, and the clause order — and knows for each
one the transfer a reader expects (supplier, recipient, system, quantity, status, negated). The
articles run through the same path as ``geowire eval claims`` (``claims_eval.run_pipeline`` and
``transfer_items``), and each expected transfer is matched with ``claims_eval.transfer_match``.

Prints recall per dimension value (worst first) and the failing items grouped by the way they
fail (no record, wrong parties, wrong status, wrong quantity, wrong system).

    PYTHONHASHSEED=0 PYTHONPATH=src python bench/probe_transfers.py [--n 600] [--seed 13]
        [--show 40] [--json out.json] [--only dim=value]

All wording here is the probe's own.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

# (code, name, demonym, capital, name takes "the")
COUNTRIES: list[tuple[str, str, str, str]] = [
    ("FRA", "France", "French", "Paris"),
    ("DEU", "Germany", "German", "Berlin"),
    ("TUR", "Turkey", "Turkish", "Ankara"),
    ("SWE", "Sweden", "Swedish", "Stockholm"),
    ("KOR", "South Korea", "South Korean", "Seoul"),
    ("POL", "Poland", "Polish", "Warsaw"),
    ("JPN", "Japan", "Japanese", "Tokyo"),
    ("BRA", "Brazil", "Brazilian", "Brasília"),
    ("IND", "India", "Indian", "New Delhi"),
    ("EGY", "Egypt", "Egyptian", "Cairo"),
    ("NOR", "Norway", "Norwegian", "Oslo"),
    ("ROU", "Romania", "Romanian", "Bucharest"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta"),
    ("ITA", "Italy", "Italian", "Rome"),
    ("ESP", "Spain", "Spanish", "Madrid"),
    ("GRC", "Greece", "Greek", "Athens"),
    ("QAT", "Qatar", "Qatari", "Doha"),
    ("MAR", "Morocco", "Moroccan", "Rabat"),
    ("VNM", "Vietnam", "Vietnamese", "Hanoi"),
    ("KEN", "Kenya", "Kenyan", "Nairobi"),
    ("PAK", "Pakistan", "Pakistani", "Islamabad"),
    ("CAN", "Canada", "Canadian", "Ottawa"),
    ("AUS", "Australia", "Australian", "Canberra"),
    ("NGA", "Nigeria", "Nigerian", "Abuja"),
    ("FIN", "Finland", "Finnish", "Helsinki"),
    ("CZE", "the Czech Republic", "Czech", "Prague"),
    ("EST", "Estonia", "Estonian", "Tallinn"),
    ("THA", "Thailand", "Thai", "Bangkok"),
    ("SAU", "Saudi Arabia", "Saudi", "Riyadh"),
    ("USA", "the United States", "American", "Washington"),
    ("GBR", "Britain", "British", "London"),
    ("ISR", "Israel", "Israeli", "Jerusalem"),
]

# (gold name, plural phrase as written, generic?)
SYSTEMS: list[tuple[str, str, bool]] = [
    ("F-16", "F-16 fighter jets", False),
    ("Leopard 2", "Leopard 2 tanks", False),
    ("Patriot", "Patriot air defence batteries", False),
    ("K9", "K9 howitzers", False),
    ("Bayraktar TB2", "Bayraktar TB2 drones", False),
    ("CV90", "CV90 infantry fighting vehicles", False),
    ("Caesar", "Caesar howitzers", False),
    ("Rafale", "Rafale jets", False),
    ("fighter jets", "fighter jets", True),
    ("artillery shells", "artillery shells", True),
    ("armoured vehicles", "armoured vehicles", True),
    ("patrol boats", "patrol boats", True),
    ("attack helicopters", "attack helicopters", True),
    ("air defence systems", "air defence systems", True),
]

WORDS = {2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 12: "twelve", 18: "eighteen", 24: "24",
         36: "thirty-six", 40: "forty"}  # fmt: skip

# verb families: (family, past, perfect participle, base, passive ok, status when asserted)
SUPPLIER_VERBS: list[tuple[str, str, str, str, bool, str]] = [
    ("deliver", "delivered", "delivered", "deliver", True, "delivered"),
    ("supply", "supplied", "supplied", "supply", True, "delivered"),
    ("sell", "sold", "sold", "sell", True, "delivered"),
    ("transfer", "transferred", "transferred", "transfer", True, "delivered"),
    ("hand over", "handed over", "handed over", "hand over", True, "delivered"),
    ("ship", "shipped", "shipped", "ship", True, "delivered"),
    ("send", "sent", "sent", "send", True, "delivered"),
    ("provide", "provided", "provided", "provide", True, "delivered"),
    ("donate", "donated", "donated", "donate", True, "delivered"),
    ("gift", "gifted", "gifted", "gift", True, "delivered"),
    ("lease", "leased", "leased", "lease", True, "delivered"),
    ("export", "exported", "exported", "export", True, "delivered"),
]
RECIPIENT_VERBS: list[tuple[str, str, str, str, str]] = [
    # (family, past, participle, base, status)
    ("receive", "received", "received", "receive", "delivered"),
    ("take delivery of", "took delivery of", "taken delivery of", "take delivery of", "delivered"),
    ("acquire", "acquired", "acquired", "acquire", "delivered"),
    ("buy", "bought", "bought", "buy", "delivered"),
    ("purchase", "purchased", "purchased", "purchase", "delivered"),
    ("order", "ordered", "ordered", "order", "ordered"),
]

DATES = {"none": "", "weekday": "on Monday", "month": "in March 2024", "last_year": "last year"}
REPORTS = ("none", "said_after", "according_first", "said_first")
TENSES = ("past", "perfect", "future", "negated")
QUANTITIES = ("digits", "words", "batch", "more", "several", "none")
SECOND = ("none", "background")
FORMS = ("name", "demonym_gov", "capital", "ministry", "army")


@dataclass
class Item:
    text: str
    gold: dict[str, Any]
    dims: dict[str, str] = field(default_factory=dict)


def _party(rng: random.Random, code: str, form: str, *, role: str) -> str:
    _, name, dem, cap = next(c for c in COUNTRIES if c[0] == code)
    if form == "name":
        return name
    if form == "demonym_gov":
        return f"the {dem} government"
    if form == "capital":
        return cap
    if form == "ministry":
        return f"the defence ministry of {name}" if name.startswith("the ") else f"{name}'s defence ministry"
    return f"the {dem} army"


def _quantity(rng: random.Random, kind: str, system: str) -> tuple[str, int | None]:
    n = rng.choice(sorted(WORDS))
    if kind == "digits":
        return f"{n} {system}", n
    if kind == "words":
        return f"{WORDS[n] if WORDS[n] != str(n) else 'twenty-four'} {system}", n
    if kind == "batch":
        return f"a batch of {n} {system}", n
    if kind == "more":
        return f"{WORDS[n] if not WORDS[n].isdigit() else n} more {system}", n
    if kind == "several":
        return f"several {system}", None
    return system, None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _wrap(rng: random.Random, clause: str, date: str, report: str, date_first: bool) -> str:
    """The sentence around a clause: its date (after or first) and its attribution."""
    core = clause.replace(" {D}", f" {date}" if date and not date_first else "")
    if date and date_first:
        core = f"{date[:1].upper()}{date[1:]}, {core}"
    elif date and "{D}" not in clause:
        core = f"{core} {date}"
    if report == "said_after":
        return _cap(core) + ", officials said."
    if report == "according_first":
        return "According to officials, " + core + "."
    if report == "said_first":
        return "Officials said " + core + "."
    return _cap(core) + "."


def _supplier_active(tense: str, v: tuple[str, str, str, str, bool, str]) -> tuple[str, str, bool]:
    fam, past, part, base, _, status = v
    if tense == "past":
        return past, status, False
    if tense == "perfect":
        return "has " + part, status, False
    if tense == "future":
        return "will " + base, "planned", False
    return "did not " + base, status, True


def make_item(rng: random.Random) -> Item:
    sup, rec = rng.sample(COUNTRIES, 2)
    sform, rform = rng.choice(FORMS), rng.choice(FORMS)
    if sform == rform == "capital":  # two bare capitals: leave one as the country
        rform = "name"
    s_txt = _party(rng, sup[0], sform, role="supplier")
    r_txt = _party(rng, rec[0], rform, role="recipient")
    gname, sphrase, generic = rng.choice(SYSTEMS)
    qkind = rng.choice(QUANTITIES)
    q_txt, qty = _quantity(rng, qkind, sphrase)
    date_key = rng.choice(sorted(DATES))
    date = DATES[date_key]
    report = rng.choice(REPORTS)
    date_first = bool(date) and report in ("none", "said_after") and rng.random() < 0.35
    voice = rng.choice(("active_supplier", "active_recipient", "passive", "nominal", "possessive",
                        "relative", "contract", "approve", "agree", "offer", "dative_passive", "participle",
                        "said_party", "pronoun", "aspect", "nominal_owner", "arm_with", "obtain",
                        "under_which", "order_for", "more_verbs", "recipient_future", "headline",
                        "cleared_export", "for_service", "scheduled", "contents", "denied_relative",
                        "covers"))  # fmt: skip
    bare_r = _party(rng, rec[0], "name" if rform not in ("name", "capital") else rform, role="recipient")
    the_q = q_txt if qkind not in ("none", "several") else "the " + sphrase
    tense = "-"
    verb = "-"
    negated = False
    if voice == "active_supplier":
        v = rng.choice(SUPPLIER_VERBS)
        verb, tense = v[0], rng.choice(TENSES)
        vp, status, negated = _supplier_active(tense, v)
        shape = (
            rng.choice(("to", "dative")) if v[0] in ("send", "sell", "hand over", "gift", "ship") else "to"
        )
        if v[0] == "provide" and rng.random() < 0.5:
            clause = f"{s_txt} {vp} {r_txt} with {q_txt}"
            shape = "with"
        elif shape == "dative":
            vp1 = vp.replace(" over", "")
            clause = f"{s_txt} {vp1} {r_txt} {q_txt}"
        else:
            clause = f"{s_txt} {vp} {q_txt} to {r_txt}"
        voice = f"active_supplier:{shape}"
    elif voice == "active_recipient":
        v2 = rng.choice(RECIPIENT_VERBS)
        verb, tense = v2[0], rng.choice(TENSES)
        status = v2[4]
        if tense == "past":
            vp = v2[1]
        elif tense == "perfect":
            vp = "has " + v2[2]
        elif tense == "future":
            vp, status = "will " + v2[3], "planned"
        else:
            vp, negated = "did not " + v2[3], True
        clause = f"{r_txt} {vp} {q_txt} from {s_txt}"
    elif voice == "passive":
        v = rng.choice(SUPPLIER_VERBS)
        verb, tense = v[0], rng.choice(TENSES)
        status = v[5]
        aux = {"past": "were", "perfect": "have been", "future": "will be", "negated": "were not"}[tense]
        if tense == "future":
            status = "planned"
        negated = tense == "negated"
        subj = q_txt if qkind != "none" else "the " + sphrase
        clause = f"{subj} {aux} {v[2]} to {r_txt} by {s_txt}"
    elif voice == "nominal":
        noun, status = rng.choice((("delivery", "delivered"), ("transfer", "delivered"),
                                   ("shipment", "delivered"), ("handover", "delivered")))  # fmt: skip
        verb = noun
        tense = rng.choice(("past", "perfect"))
        done = "was completed" if tense == "past" else "has been completed"
        if rng.random() < 0.5:
            clause = f"the {noun} of {q_txt} from {s_txt} to {r_txt} {done}"
        else:
            clause = f"{s_txt} completed the {noun} of {q_txt} to {r_txt}"
    elif voice == "possessive":
        verb, status, tense = "purchase", "contracted", "past"
        clause = f"{r_txt}'s purchase of {q_txt} from {s_txt} was signed"
        if rform == "ministry":  # "X's armed forces's" reads badly
            clause = f"the purchase by {r_txt} of {q_txt} from {s_txt} was signed"
    elif voice == "relative":
        verb, status, tense = "buy", "delivered", "past"
        clause = f"{r_txt}, which bought {q_txt} from {s_txt} {{D}}, is now training crews"
    elif voice == "contract":
        verb, tense = "contract", rng.choice(("past", "perfect", "negated"))
        status = "contracted"
        aux = {"past": "signed", "perfect": "has signed", "negated": "has not signed"}[tense]
        negated = tense == "negated"
        if rng.random() < 0.5:
            clause = f"{r_txt} {aux} a contract with {s_txt} for {q_txt}"
        else:
            clause = f"{r_txt} {aux} a contract to buy {q_txt} from {s_txt}"
    elif voice == "approve":
        verb, tense = "approve the sale", rng.choice(("past", "perfect", "negated"))
        status = "approved"
        aux = {"past": "approved", "perfect": "has approved", "negated": "has not approved"}[tense]
        negated = tense == "negated"
        clause = f"{s_txt} {aux} the sale of {q_txt} to {r_txt}"
    elif voice == "agree":
        verb, tense, status = "agree to sell", "past", "contracted"
        clause = f"{s_txt} agreed to sell {q_txt} to {r_txt}"
    elif voice == "dative_passive":
        verb, tense, status = rng.choice(("supply with", "sell", "give")), "past", "delivered"
        clause = {"supply with": f"{r_txt} was supplied with {q_txt} by {s_txt}",
                  "sell": f"{r_txt} was sold {q_txt} by {s_txt}",
                  "give": f"{r_txt} was given {q_txt} by {s_txt}"}[verb]  # fmt: skip
    elif voice == "participle":
        verb, tense, status = rng.choice(("supplied by", "bought from", "donated by")), "past", "delivered"
        rform = "name" if rform not in ("name", "capital") else rform
        clause = f"{the_q} {verb} {s_txt} arrived in {bare_r} {{D}}"
    elif voice == "said_party":
        verb = rng.choice(
            ("recipient said received", "supplier said would supply", "supplier confirmed sold")
        )
        tense = "past"
        if verb.startswith("recipient"):
            status, clause = "delivered", f"{r_txt} said it had received {q_txt} from {s_txt} {{D}}"
        elif "would" in verb:
            status, tense, date_first = "planned", "future", False
            clause = f"{s_txt} said it would supply {q_txt} to {r_txt}"
        else:
            status, clause = "delivered", f"{s_txt} confirmed it had sold {q_txt} to {r_txt} {{D}}"
        report = "none"
    elif voice == "pronoun":
        verb, tense = rng.choice(("it received", "it sold", "the country bought")), "past"
        status = "delivered"
        if verb == "it sold":
            lead = f"{_cap(s_txt)} has become a busy arms exporter. "
            clause = f"it sold {q_txt} to {r_txt}"
        else:
            lead = f"{_cap(bare_r)} is rebuilding its armed forces. "
            clause = (f"it received {q_txt} from {s_txt}" if verb == "it received"
                      else f"the country bought {q_txt} from {s_txt}")  # fmt: skip
            rform = "name" if rform not in ("name", "capital") else rform
        report = "none"
        date_first = False
        clause = "\x00" + lead + "\x01" + clause
    elif voice == "aspect":
        verb = rng.choice(("began delivering", "completed deliveries of", "had delivered", "plans to sell",
                           "is expected to deliver", "is due to hand over"))  # fmt: skip
        tense = (
            "past" if verb in ("began delivering", "completed deliveries of", "had delivered") else "future"
        )
        status = "delivered" if tense == "past" else "planned"
        clause = f"{s_txt} {verb} {q_txt} to {r_txt}"
    elif voice == "nominal_owner":
        verb, tense, status = rng.choice((("sale completed", "past", "delivered"),
                                          ("delivery finished", "past", "delivered"),
                                          ("transfer planned", "future", "planned")))  # fmt: skip
        noun = verb.split()[0]
        owner = (s_txt[4:] if s_txt.startswith("the ") else s_txt) if sform in ("name", "capital") else None
        tail = {"completed": "was completed", "finished": "was finished", "planned": "is planned"}[
            verb.split()[1]
        ]
        if owner and not owner.endswith("'s defence ministry"):
            clause = (
                f"{'the ' if s_txt.startswith('the ') else ''}{owner}'s {noun} of {q_txt} to {r_txt} {tail}"
            )
        else:
            clause = f"the {noun} of {q_txt} to {r_txt} by {s_txt} {tail}"
        if tense == "future" and date_key != "none":
            date = {"month": "for March 2026", "last_year": "for next year", "weekday": "for next week"}[
                date_key
            ]
    elif voice == "arm_with":
        verb, tense, status = rng.choice(("armed", "equipped")), "past", "delivered"
        clause = f"{s_txt} {verb} {r_txt} with {q_txt}"
    elif voice == "obtain":
        verb, tense, status = rng.choice(("obtained", "procured", "got")), "past", "delivered"
        clause = f"{r_txt} {verb} {q_txt} from {s_txt}"
    elif voice == "under_which":
        verb, tense, status = "deal under which", "past", "contracted"
        clause = f"{r_txt} signed a deal under which {s_txt} will supply {q_txt}"
    elif voice == "order_for":
        verb, tense, status = rng.choice((("placed an order", "past", "ordered"),
                                          ("confirmed its order", "past", "ordered")))  # fmt: skip
        clause = (f"{r_txt} placed an order with {s_txt} for {q_txt}" if verb.startswith("placed")
                  else f"{r_txt} confirmed its order for {q_txt} from {s_txt}")  # fmt: skip
    elif voice == "more_verbs":
        verb = rng.choice(("lent", "loaned", "dispatched", "turned over", "rushed", "sold on", "passed on"))
        tense, status = "past", "delivered"
        clause = f"{s_txt} {verb} {q_txt} to {r_txt}"
    elif voice == "recipient_future":
        verb = rng.choice(("is set to receive", "is due to receive", "will get", "is to take delivery of",
                           "expects to receive"))  # fmt: skip
        tense, status = "future", "planned"
        clause = f"{r_txt} {verb} {q_txt} from {s_txt}"
        if date_key == "last_year":
            date = "next year"
        elif date_key == "month":
            date = "in March 2026"
    elif voice == "headline":
        verb = rng.choice(("to supply", "to sell", "to send"))
        tense, status, report, date_first = "future", "planned", "none", False
        clause = f"{s_txt} {verb} {q_txt} to {r_txt}"
        date = ""
        date_key = "none"
    elif voice == "cleared_export":
        verb = rng.choice(("cleared for export", "licensed the export"))
        tense, status = "past", "approved"
        clause = (f"{s_txt} cleared {q_txt} for export to {r_txt}" if verb.startswith("cleared")
                  else f"{s_txt} licensed the export of {q_txt} to {r_txt}")  # fmt: skip
    elif voice == "for_service":
        verb = rng.choice(("delivered for the navy", "handed over to the air force"))
        tense, status = "past", "delivered"
        service = "navy" if "navy" in verb else "air force"
        owner = _party(rng, rec[0], "name", role="recipient")
        owner = f"the {owner[4:]}'s" if owner.startswith("the ") else f"{owner}'s"
        rform = "service"
        clause = (f"{s_txt} delivered {q_txt} for {owner} {service}" if service == "navy"
                  else f"{s_txt} handed over {q_txt} to {owner} {service}")  # fmt: skip
    elif voice == "scheduled":  # (tx22) an infinitive after the object schedules the clause's step
        verb = rng.choice(
            ("ordered, to be delivered", "contract, to be delivered", "will buy, to be shipped")
        )
        when = rng.choice(("from 2026", "in three batches", "by the end of 2027", "over two years"))
        date, date_key, date_first = "", "none", False
        if verb.startswith("ordered"):
            tense, status = "perfect", "ordered"
            clause = f"{r_txt} has ordered {q_txt} from {s_txt}, to be delivered {when}"
        elif verb.startswith("contract"):
            tense, status = "past", "contracted"
            clause = f"{r_txt} signed a contract for {q_txt} from {s_txt}, to be delivered {when}"
        else:
            tense, status = "future", "planned"
            clause = f"{r_txt} will buy {q_txt} from {s_txt}, to be shipped {when}"
    elif voice == "contents":  # (tx22) a list of contents after the sentence that told the transfer
        verb = rng.choice(("package includes", "among them"))
        date, date_key, date_first = "", "none", False
        rform = "name" if rform not in ("name", "capital") else rform
        if verb == "package includes":
            tense, status, sform = "future", "planned", "name"
            owner = _party(rng, sup[0], "name", role="supplier")
            owner = f"the {owner[4:]}'s" if owner.startswith("the ") else f"{owner}'s"
            lead = f"{_cap(owner)} latest military package for {bare_r} is its largest yet. "
            clause = f"it includes {q_txt}"
        else:
            tense, status = "past", "approved"
            lead = f"{_cap(s_txt)} has approved another round of arms exports. "
            clause = f"among them are {q_txt} for {bare_r}"
        report = rng.choice(("none", "said_after"))
        clause = "\x00" + lead + "\x01" + clause
    elif voice == "denied_relative":  # (tx22) a denied delivery of what a relative clause says was bought
        verb = rng.choice(("agreed to buy", "ordered", "signed for"))
        tense, status = "past", "contracted" if verb != "ordered" else "ordered"
        qty = rng.choice(sorted(WORDS))
        qkind = "digits"
        clause = f"{r_txt} has yet to receive any of the {qty} {sphrase} it {verb} from {s_txt} {{D}}"
    elif voice == "covers":  # (tx22) the count a contract naming the system covers, after a relative
        verb, tense, status = "contract covers", "past", "contracted"
        qty = rng.choice(sorted(WORDS))
        qkind = "digits"
        date_first = False
        clause = f"the contract for {sphrase}, which {r_txt} signed with {s_txt} {{D}}, covers {qty} units"
    else:
        verb, tense, status = "offer", rng.choice(("past", "perfect")), "offered"
        vp = "offered" if tense == "past" else "has offered"
        clause = f"{s_txt} {vp} {q_txt} to {r_txt}"
    if tense == "perfect" and date_key != "none":  # no perfect with a past date
        date_key, date, date_first = "none", "", False
    if tense == "future" and date:
        date = {"month": "in March 2026", "last_year": "next year"}.get(date_key, date)
    lead = ""
    if clause.startswith("\x00"):
        lead, clause = clause[1:].split("\x01")
    text = lead + _wrap(rng, clause, date, report, date_first)
    second = rng.choice(SECOND)
    if second == "background":
        text += " " + rng.choice((
            "The two governments have deepened their defence ties in recent years.",
            "The move is part of a wider modernisation drive.",
            "Neither side disclosed the value of the arrangement.",
        ))  # fmt: skip
    gold = {"supplier": sup[0], "recipient": rec[0], "system": gname, "quantity": qty,
            "status": status, "negated": negated}  # fmt: skip
    dims = {"supplier_form": sform, "recipient_form": rform, "voice": voice.split(":")[0],
            "voice_shape": voice, "verb": verb, "tense": tense, "quantity": qkind,
            "system": "generic" if generic else "named", "date": date_key,
            "date_first": str(date_first), "report": report, "second": second}  # fmt: skip
    return Item(text=text, gold=gold, dims=dims)


def generate(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    return [make_item(rng) for _ in range(n)]


def _why(gold: dict[str, Any], found: list[dict[str, Any]], lex: Any) -> str:
    from geowire.model.claims_eval import _system_match, transfer_match

    if any(transfer_match(gold, s, lex=lex) for s in found):
        return "ok"
    if not found:
        return "no record"
    parties = [s for s in found if (s["supplier"], s["recipient"]) == (gold["supplier"], gold["recipient"])]
    if not parties:
        return "parties " + ",".join(f"{s['supplier']}>{s['recipient']}" for s in found)
    sys_ok = [s for s in parties if _system_match(gold["system"], s["system"], lex)]
    if not sys_ok:
        return "system"
    s = sys_ok[0]
    if (s["status"], bool(s["negated"])) != (gold["status"], gold["negated"]):
        return f"status {s['status']}{'-neg' if s['negated'] else ''}"
    return f"quantity {s['quantity']}"


def run(items: list[Item], published: str = "2025-06-12") -> list[tuple[Item, str, list[dict[str, Any]]]]:
    from geowire.lang import load_language
    from geowire.model.claims_eval import run_pipeline
    from geowire.model.lexicon import model_lexicon
    from geowire.settings import load_settings

    settings = load_settings(None)
    lang = load_language(settings.language)
    lex = model_lexicon(lang)
    docs = [{"id": f"probe-{i:04d}", "story": f"probe-s{i:04d}", "published": published, "text": it.text,
             "title": f"Probe {i}", "outlet": "Probe Wire"} for i, it in enumerate(items)]  # fmt: skip
    out = run_pipeline(docs, settings, lang=lang)
    res = []
    for i, it in enumerate(items):
        found = out.per_doc.get(f"probe-{i:04d}", {}).get("transfers", [])
        res.append((it, _why(it.gold, found, lex), found))
    return res


def report(res: list[tuple[Item, str, list[dict[str, Any]]]], show: int) -> dict[str, Any]:
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for it, why, _ in res:
        for d, v in it.dims.items():
            per[d][v][1] += 1
            per[d][v][0] += why == "ok"
    hits = sum(why == "ok" for _, why, _ in res)
    extra = sum(max(0, len(found) - 1) for _, _, found in res)
    print(f"recall {hits}/{len(res)} = {hits / len(res):.3f}; extra records {extra}")
    table: dict[str, dict[str, float]] = {}
    for d in per:
        rows = sorted(per[d].items(), key=lambda kv: kv[1][0] / kv[1][1])
        table[d] = {v: round(h / t, 3) for v, (h, t) in rows}
        print(f"  {d}: " + "  ".join(f"{v} {h}/{t}={h / t:.2f}" for v, (h, t) in rows))
    groups: dict[str, list[tuple[Item, list[dict[str, Any]]]]] = defaultdict(list)
    for it, why, found in res:
        if why != "ok":
            groups[why.split(" ")[0] if not why.startswith("parties") else "parties"].append((it, found))
    counts = Counter({k: len(v) for k, v in groups.items()})
    print("failures by kind: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))
    for k, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n== {k} ({len(rows)})")
        for it, found in rows[:show]:
            g = it.gold
            got = "; ".join(f"{s['supplier']}>{s['recipient']} {s['system']} {s['quantity']} {s['status']}"
                            f"{'-neg' if s['negated'] else ''}" for s in found) or "-"  # fmt: skip
            want = f"{g['supplier']}>{g['recipient']} {g['system']} {g['quantity']} {g['status']}"
            print(f"  [{it.dims['voice_shape']}/{it.dims['verb']}/{it.dims['tense']}] {it.text}\n"
                  f"      want {want}{'-neg' if g['negated'] else ''} | got {got}")  # fmt: skip
    return {"recall": hits / len(res), "n": len(res), "extra": extra, "per_dimension": table}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=25, help="failing items shown per group")
    ap.add_argument("--json", help="write the per-dimension table here")
    ap.add_argument("--only", action="append", default=[], help="keep items with dim=value")
    ap.add_argument("--print", action="store_true", help="print the generated texts and stop")
    a = ap.parse_args(argv)
    items = generate(a.n, a.seed)
    for cond in a.only:
        d, v = cond.split("=", 1)
        items = [it for it in items if it.dims.get(d) == v]
    if a.print:
        for it in items:
            print(it.text, "=>", it.gold)
        return 0
    summary = report(run(items), a.show)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

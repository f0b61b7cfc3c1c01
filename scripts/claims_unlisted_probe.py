"""How much the claims model leans on the equipment list (or on the place lists): the claims corpus
scored as written and again with every gold system's name (``--cipher places``: every town, base,
port, region or province the texts name) ciphered into an invented one.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python scripts/claims_unlisted_probe.py \
        [--corpus corpus/claims] [--split dev] [--parts 17] [--cipher systems|places|both] [--json OUT]

Real articles name systems the knowledge base does not list (new models, export variants, local
names). The cipher keeps each name's shape — capitals, digits, hyphens, a plural "s" — and maps its
letters (vowel to vowel, consonant to consonant) and digits to others, the same way in the text, the
title and the gold records, so "Rafale" becomes an invented word the knowledge base cannot know while
every count, party, date and status stays. The drop from "as written" to "ciphered" is what the
model owes to `equipment.yaml` rather than to the sentence. Words of a system's name that are
ordinary words of a model's name ("Block", "Type", "Mk") are left as they are.

``--cipher places`` ciphers, the same way and phrase by phrase, every place name of the texts that
is neither a country's name (nor alias, demonym) nor a capital: a capitalised run of words standing
where a place stands (after "in", "at", "near", "to", "from" …, before "Air Base", "province",
"region" …, after "Port of", opening a dateline) that the gazetteer (``data/geo``), the named
features or a country's ``regions`` (``data/countries.yaml``) know, and the gold agreements' place;
a name the knowledge base knows as anything but a region (a person, a group) is left. The words of a
place's shape ("North", "Air", "Base", "Port", "San") are kept, so "Rzeszow" becomes an unknown word
and "Mihail Kogalniceanu Air Base" keeps its "Air Base".

``--cipher both`` ciphers the places first (their names found in the texts as written) and then the
gold systems, so that neither list can fill what the sentence leaves out.

``--parts N`` keeps the documents of parts 1..N (the parts whose other half is the held-out split).
For measurement only: never run it on the test split for tuning.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from geowire.actors.kb import shipped_kb
from geowire.geo.resolve import Geography, geography
from geowire.lang import load_language
from geowire.lang.pack import LanguagePack
from geowire.model.claims_eval import model_lexicon, read_claims_corpus, run_pipeline, score
from geowire.settings import Settings

_VOWELS, _CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxyz"
_SHIFT = 7
# words of a model's name that are ordinary ("F-16 Block 70", "Type 23", "K2 Black Panther")
_KEPT = frozenset({"Block", "Type", "Black", "Mk", "II", "III", "IV", "B", "C", "D", "E"})
_RECORD_TEXT = ("system", "evidence", "content", "name", "place")
# words of a place's shape, kept as they are ("Port of X", "X Air Base", "North X", "San X")
_PLACE_KEPT = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower New Old Saint St San"
    " Santa Port Air Base Naval Station Camp Fort Mount Lake Gulf Sea Bay Cape Island Islands City"
    " Province Region Oblast District County State Airport Field Harbour Harbor Strait Valley"
    " Republic de del la le al el of the and".split()
)
# names the gazetteer knows that stand for no one place here (continents, oceans, surnames)
_NOT_PLACES = frozenset(
    "Africa Asia Europe Arab Atlantic Pacific Balkan Balkans Horn Andes Martin Mesa Tata Male Batman"
    " Port-Au-Prince".split()
)
# a place stands after one of these words ("stationed in X", "arrived at X", "the port of X")
_PLACE_BEFORE = (
    r"(?:in|at|near|to|from|outside|around|into|via|towards?|across"
    r"|(?:port|city|town|province|region|state|island|outskirts|north|south|east|west)\s+of)"
)
# … or before one of these ("X Air Base", "X province", "X region")
_PLACE_AFTER = (
    r"(?:Air\s+Base|Air\s+Station|Naval\s+Base|air\s+base|naval\s+base|base|port|harbou?r|airport|province"
    r"|Province|region|Region|oblast|Oblast|district|county|governorate|state)"
)
_RUN = r"[A-Z][^\W\d_]*[a-z][\w'’\-]*(?:\s+(?:(?:de|del|la|al|el|es|of)\s+)?[A-Z][\w'’\-]+){0,3}"
_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_KINDS = ("transfers", "agreements", "deployments", "statements")


def cipher_char(ch: str) -> str:
    """One character of a name ciphered: a vowel to a vowel, a consonant to a consonant, a digit to a
    digit (case kept); anything else as it is."""
    for group in (_VOWELS, _CONSONANTS):
        low = ch.lower()
        if low in group:
            out = group[(group.index(low) + _SHIFT) % len(group)]
            return out.upper() if ch.isupper() else out
    return str((int(ch) + 3) % 10) if ch.isdigit() else ch


def name_words(name: str) -> list[str]:
    """The words of a system's name that make it a model's name: capitalised, all capitals or with a
    figure ("Rafale", "NASAMS", "K9"), not a class noun ("tanks") nor an ordinary word (``_KEPT``)."""
    return [
        w
        for w in name.split()
        if re.search(r"[A-Za-z]", w) and w not in _KEPT and (w[:1].isupper() or any(c.isdigit() for c in w))
    ]


def cipherer(names: Iterable[str]) -> Callable[[Any], Any]:
    """A function that ciphers every word of ``names`` where it stands as a word (a plural "s" after
    it is kept) in a string, and leaves anything else as it is."""
    words = sorted({w for n in names for w in name_words(n)}, key=len, reverse=True)
    if not words:
        return lambda text: text
    rx = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?=s?(?![\w-]))")

    def sub(text: Any) -> Any:
        if not isinstance(text, str):
            return text
        return rx.sub(lambda m: "".join(cipher_char(ch) for ch in m.group(1)), text)

    return sub


def place_cipherer(
    names: Iterable[str], *, kept: Iterable[str] = (), known: Callable[[str], bool] = lambda _n: False
) -> Callable[[Any], Any]:
    """A function that ciphers every name of ``names`` where it stands as a phrase (in its own case
    or in capitals, as a dateline writes it), the words of a place's shape (``_PLACE_KEPT``) kept;
    a longer name of ``kept`` ("New Delhi" beside "Delhi") stays as it is. A cipher that is itself
    a ``known`` place ("Tapa" → "Cixi", a Chinese city) is ciphered again until it is none."""
    forms: dict[str, str] = {k: k for k in kept}
    for name in names:
        out = name
        for _ in range(5):
            out = " ".join(w if w in _PLACE_KEPT else "".join(map(cipher_char, w)) for w in out.split())
            if not known(out):
                break
        if out != name:
            forms[name], forms[name.upper()] = out, out.upper()
    if all(k == v for k, v in forms.items()):
        return lambda text: text
    rx = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])"
    )

    def sub(text: Any) -> Any:
        return rx.sub(lambda m: forms[m.group(1)], text) if isinstance(text, str) else text

    return sub


def _is_place(name: str, geo: Geography, kb: Any) -> bool:
    """Whether ``name`` is a place that is neither a country nor a capital: a region of a country
    the knowledge base lists, or a town, region or feature the gazetteer knows and the knowledge
    base does not know as anything else."""
    refs = kb.refs_for_name(name)
    if refs:
        return all(r.how == "region" for r in refs)
    words = name.split()
    if (
        all(w in _PLACE_KEPT for w in words)
        or words[0] in _MONTHS_DAYS
        or len(name) < 4
        or name in _NOT_PLACES
    ):
        return False
    # a town, an admin1 region or a region of one country; not a sea, nor a region of several
    return any(
        m.entry.kind in ("city", "admin1") or (m.entry.kind == "region" and m.entry.country)
        for m in geo.lookup(name)
    )


def _known_otherwise(name: str, kb: Any) -> bool:
    """The knowledge base knows ``name`` as a country, a capital, a person … (not as a region)."""
    return any(r.how != "region" for r in kb.refs_for_name(name))


def place_names(docs: Sequence[dict[str, Any]], lang: LanguagePack) -> tuple[set[str], set[str]]:
    """The names of towns, bases, ports, regions and provinces ``docs`` name (see the module's
    docstring), countries and capitals left out; and the longer names the knowledge base knows as
    something else that hold one of them ("New Delhi", "Abu Dhabi"), to be kept."""
    geo, kb = geography(lang), shipped_kb(lang)
    systems = {w for d in docs for t in d.get("transfers") or [] for w in name_words(str(t["system"]))}
    run = re.compile(
        rf"(?:\b{_PLACE_BEFORE}\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?P<a>{_RUN}))"
        rf"|(?:(?P<b>{_RUN})\s+{_PLACE_AFTER}\b)|(?:^\s*(?P<c>[A-Z][A-Z'\-]+(?:\s[A-Z][A-Z'\-]+)?),)",
        re.M,
    )
    found: set[str] = set()
    for d in docs:
        for record in d.get("agreements") or []:
            if record.get("place") and _is_place(str(record["place"]), geo, kb):
                found.add(str(record["place"]))
        for text in (d.get("text") or "", d.get("title") or ""):
            for m in run.finditer(text):
                name = m.group("a") or m.group("b") or (m.group("c") or "").title()
                # the longest known leading run: "Rzeszow Air Base" → "Rzeszow", "Kharkiv and" → "Kharkiv"
                # (the rest only words of a place's shape); a run known as something else is no place
                words = name.split()
                for n in range(len(words), 0, -1):
                    head = " ".join(words[:n])
                    if _known_otherwise(head, kb) or any(w in systems for w in words[:n]):
                        break
                    if all(w in _PLACE_KEPT for w in words[n:]) and _is_place(head, geo, kb):
                        found.add(head)
                        break
    named = re.compile(_RUN)
    kept = {
        m.group(0)
        for d in docs
        for text in (d.get("text") or "", d.get("title") or "")
        for m in named.finditer(text)
        if " " in m.group(0) and _known_otherwise(m.group(0), kb)
    }
    return found, {k for k in kept if any(re.search(rf"\b{re.escape(f)}\b", k) for f in found)}


def ciphered(
    docs: Sequence[dict[str, Any]], *, mode: str = "systems", lang: LanguagePack | None = None
) -> list[dict[str, Any]]:
    """Copies of ``docs`` with their gold systems' names (``mode`` "places": their place names;
    "both": places, then systems) ciphered in text, title and records."""
    if mode == "both":
        return ciphered(ciphered(docs, mode="places", lang=lang), mode="systems")
    if mode == "places":
        assert lang is not None
        names, kept = place_names(docs, lang)
        geo, kb = geography(lang), shipped_kb(lang)
        sub = place_cipherer(names, kept=kept, known=lambda n: bool(geo.lookup(n) or kb.refs_for_name(n)))
    else:
        sub = cipherer(str(t["system"]) for d in docs for t in d.get("transfers") or [])
    out = []
    for d in docs:
        e = copy.deepcopy(d)
        e["text"], e["title"] = sub(e["text"]), sub(e.get("title"))
        for kind in _KINDS:
            for record in e.get(kind) or []:
                for key in _RECORD_TEXT:
                    if key in record:
                        record[key] = sub(record[key])
        out.append(e)
    return out


def _part(doc_id: str) -> int:
    return int(doc_id.split("-")[0].lstrip("k") or 0)


def _lost(before: list[Any], after: list[Any], docs: Sequence[dict[str, Any]], kind: str) -> list[Any]:
    """The gold records of ``kind`` missed once ciphered that were found as written (the first
    ``n`` missed of a document counted as the same; their evidence as written)."""
    missed_before: dict[str, int] = {}
    for u in before:
        if u["side"] == "gold":
            missed_before[u["doc"]] = missed_before.get(u["doc"], 0) + 1
    missed_after: dict[str, int] = {}
    for u in after:
        if u["side"] == "gold":
            missed_after[u["doc"]] = missed_after.get(u["doc"], 0) + 1
    by_id = {str(d["id"]): d for d in docs}
    return [
        {"doc": doc, "gold": by_id[doc].get(kind) or []}
        for doc, n in sorted(missed_after.items())
        if n > missed_before.get(doc, 0)
    ]


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    kinds = {
        k: {x: v[x] for x in ("precision", "recall", "matched", "gold")} for k, v in report["kinds"].items()
    }
    cx = report["contradictions"]
    return {
        **kinds,
        "contradictions": {
            x: cx[x]
            for x in ("matched", "gold", "recall", "between_compatible", "compatible_pairs_flagged", "missed")
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus/claims"))
    ap.add_argument("--split", default="dev", choices=("dev", "all"))
    ap.add_argument("--parts", type=int, default=None, help="only parts 1..N")
    ap.add_argument("--cipher", default="systems", choices=("systems", "places", "both"))
    ap.add_argument("--json", type=Path, default=None, help="write both summaries here")
    args = ap.parse_args()
    settings = Settings()
    lang = load_language(settings.language)
    lex = model_lexicon(lang)
    docs = read_claims_corpus(args.corpus, args.split)
    if args.parts is not None:
        docs = [d for d in docs if _part(str(d["id"])) <= args.parts]
    out: dict[str, Any] = {"documents": len(docs)}
    unmatched: dict[str, dict[str, list[Any]]] = {}
    for tag, chosen in (("as_written", docs), ("ciphered", ciphered(docs, mode=args.cipher, lang=lang))):
        report = score(chosen, run_pipeline(chosen, settings, lang=lang), lex=lex)
        out[tag] = _summary(report)
        unmatched[tag] = report["unmatched"]
        row = out[tag]
        print(
            f"{tag:>10}: transfers P {row['transfers']['precision']:.3f} R {row['transfers']['recall']:.3f}"
            f" ({row['transfers']['matched']}/{row['transfers']['gold']}); deployments"
            f" P {row['deployments']['precision']:.3f} R {row['deployments']['recall']:.3f}"
            f" ({row['deployments']['matched']}/{row['deployments']['gold']}); agreements"
            f" R {row['agreements']['recall']:.3f}; contradictions"
            f" {row['contradictions']['matched']}/{row['contradictions']['gold']},"
            f" {row['contradictions']['between_compatible']} between compatible",
            flush=True,
        )
    # the gold records found as written and lost once ciphered (by document and position)
    out["lost"] = {
        kind: _lost(unmatched["as_written"][kind], unmatched["ciphered"][kind], docs, kind) for kind in _KINDS
    }
    if args.json is not None:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validate claims corpus files (format in corpus/claims/FORMAT.md) and check they share no 8-word
run with the protected third-party texts (../shared/eval, ../shared/corpus/seeds).

usage: python scripts/check_claims_corpus.py [FILES...]   (default: corpus/claims/*.jsonl)
Exit 1 with one line per problem.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import ROOT, iter_jsonl, known_codes, ngrams, protected_ngrams  # noqa: E402

STATUSES = {"offered", "planned", "approved", "contracted", "ordered", "delivered", "operated", "deployed"}
ACTIONS = {"signed", "ratified", "in-force", "extended", "expires", "mentioned"}
STANCES = {"critical", "supportive", "threatening", "neutral"}
KINDS = {"transfer", "agreement", "deployment"}
FIELDS = {"status", "quantity", "date", "place", "value"}  # value: an agreement's stated worth
DATE = re.compile(r"(19|20)\d\d(-\d\d(-\d\d)?)?")


def _date(v: object) -> bool:
    return v is None or (isinstance(v, str) and DATE.fullmatch(v) is not None)


def _num(v: object) -> bool:
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0)


def check_doc(doc: dict, codes: set[str], where: str) -> list[str]:
    errs: list[str] = []
    for key in ("id", "story", "genre", "published", "title", "text"):
        if key not in doc:
            errs.append(f"{where}: missing {key}")
    if errs:
        return errs
    if not re.fullmatch(r"k\d+-\d{3}", doc["id"]) or not re.fullmatch(r"k\d+-s\d{2,3}", doc["story"]):
        errs.append(f"{where}: id/story {doc['id']!r}/{doc['story']!r}")
    if doc["genre"] not in ("wire", "analysis"):
        errs.append(f"{where}: genre {doc['genre']!r}")
    if not re.fullmatch(r"(2019|202[0-6])-\d\d-\d\d", str(doc["published"])):
        errs.append(f"{where}: published {doc['published']!r}")
    text = doc["text"]
    extra = set(doc) - {"id", "story", "genre", "published", "title", "outlet", "text", "transfers",
                        "agreements", "deployments", "statements", "contradicts"}  # fmt: skip
    if extra:
        errs.append(f"{where}: unknown keys {sorted(extra)}")

    def code(v: object, w: str, *, null: bool = False) -> None:
        if v is None and null:
            return
        if v not in codes:
            errs.append(f"{w}: unknown code {v!r}")

    def ev(r: dict, w: str) -> None:
        if not r.get("evidence") or r["evidence"] not in text:
            errs.append(f"{w}: evidence not a substring of text: {r.get('evidence')!r}")

    for k, r in enumerate(doc.get("transfers") or []):
        w = f"{where} transfer {k}"
        code(r.get("supplier"), w)
        code(r.get("recipient"), w)
        if not isinstance(r.get("system"), str) or not r["system"]:
            errs.append(f"{w}: no system")
        if r.get("status") not in STATUSES:
            errs.append(f"{w}: status {r.get('status')!r}")
        if not _num(r.get("quantity")) or not _date(r.get("date")):
            errs.append(f"{w}: quantity/date {r.get('quantity')!r}/{r.get('date')!r}")
        if not isinstance(r.get("negated", False), bool):
            errs.append(f"{w}: negated must be true/false")
        ev(r, w)
    for k, r in enumerate(doc.get("agreements") or []):
        w = f"{where} agreement {k}"
        parties = r.get("parties")
        if not isinstance(parties, list) or not parties:
            errs.append(f"{w}: no parties")
        for p in parties or []:
            code(p, w)
        if r.get("action") not in ACTIONS:
            errs.append(f"{w}: action {r.get('action')!r}")
        if not _num(r.get("value")) or not _num(r.get("duration_years")) or not _date(r.get("date")):
            errs.append(f"{w}: value/duration/date")
        if r.get("value") is not None and not re.fullmatch(r"[A-Z]{3}", str(r.get("currency"))):
            errs.append(f"{w}: a value needs an ISO 4217 currency")
        if r.get("place") is not None and r["place"] not in text:
            errs.append(f"{w}: place {r['place']!r} not in text")
        ev(r, w)
    for k, r in enumerate(doc.get("deployments") or []):
        w = f"{where} deployment {k}"
        code(r.get("country"), w)
        code(r.get("host"), w)
        if not _num(r.get("personnel")) or not _date(r.get("date")):
            errs.append(f"{w}: personnel/date")
        ev(r, w)
    for k, r in enumerate(doc.get("statements") or []):
        w = f"{where} statement {k}"
        code(r.get("speaker"), w)
        code(r.get("target"), w, null=True)
        if r.get("stance") not in STANCES:
            errs.append(f"{w}: stance {r.get('stance')!r}")
        if not r.get("content") or r["content"] not in text or len(r["content"].split()) < 3:
            errs.append(f"{w}: content not a substring of text (or under 3 words): {r.get('content')!r}")
        ev(r, w)
    for k, r in enumerate(doc.get("contradicts") or []):
        w = f"{where} contradiction {k}"
        if r.get("kind") not in KINDS or r.get("field") not in FIELDS or not r.get("doc"):
            errs.append(f"{w}: {r!r}")
    return errs


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "corpus" / "claims").glob("part_*.jsonl"))
    codes, grams = known_codes(), protected_ngrams()
    errs: list[str] = []
    docs: dict[str, dict] = {}
    for where, doc in iter_jsonl(files, errs):
        errs += check_doc(doc, codes, where)
        if doc.get("id") in docs:
            errs.append(f"{where}: duplicate id {doc['id']}")
        docs[doc.get("id", where)] = doc
        overlap = ngrams(doc.get("text", "") + " " + doc.get("title", "")) & grams
        if overlap:
            errs.append(f"{where}: shares an 8-word run with ../shared: {' '.join(next(iter(overlap)))!r}")
    for d in docs.values():
        for r in d.get("contradicts") or []:
            other = docs.get(r.get("doc"))
            if other is None or other.get("story") != d.get("story"):
                errs.append(f"{d['id']}: contradicts {r.get('doc')!r}, not an article of its story")
    for e in errs:
        print(e)
    n = len(docs)
    counts = {k: sum(len(d.get(k) or []) for d in docs.values())
              for k in ("transfers", "agreements", "deployments", "statements", "contradicts")}  # fmt: skip
    print(f"{n} documents, {len({d.get('story') for d in docs.values()})} stories, {counts}", file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

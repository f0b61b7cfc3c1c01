#!/usr/bin/env python3
"""Validate authored corpus files (format in corpus/FORMAT.md) and check they share no 8-word run
with the protected third-party texts (../shared/eval, ../shared/corpus/seeds).

usage: python scripts/check_corpus.py [FILES...]   (default: corpus/authored/*.jsonl)
Exit 1 with one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "geowire" / "data"
CATEGORIES = set(
    "AGREE ACCUSE ASSAULT AID CONCEDE CONSULT COOPERATE COERCE MOBILIZE PROTEST REJECT REQUEST "
    "RETREAT SANCTION SUPPORT THREATEN".split()
)
MODALITIES = {"asserted", "negated", "future", "hypothetical"}
WORD = re.compile(r"[a-z0-9]+")


def known_codes() -> set[str]:
    codes: set[str] = set()
    for name in ("countries.yaml", "organisations.yaml", "groups.yaml"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*-\s*code:\s*(\S+)", line)
            if m:
                codes.add(m.group(1).strip("'\""))
    return codes


def ngrams(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def protected_ngrams() -> set[tuple[str, ...]]:
    shared = ROOT.parent / "shared"
    grams: set[tuple[str, ...]] = set()
    paths = [*sorted((shared / "eval").rglob("*.jsonl")), *sorted((shared / "eval").rglob("*.tsv"))]
    paths += (
        sorted((shared / "corpus" / "seeds").rglob("*")) if (shared / "corpus" / "seeds").exists() else []
    )
    for p in paths:
        if p.is_file():
            grams |= ngrams(p.read_text(encoding="utf-8", errors="replace"))
    return grams


def iter_jsonl(files: list[Path], errs: list[str]) -> Iterator[tuple[str, dict]]:
    """(file:line, document) of every non-empty line; a line that is not JSON is an error."""
    for f in files:
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield f"{f.name}:{i}", json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{f.name}:{i}: bad JSON ({e})")


def check_doc(doc: dict, codes: set[str], where: str) -> list[str]:
    errs = []
    for key in ("id", "genre", "published", "title", "text", "events"):
        if key not in doc:
            errs.append(f"{where}: missing {key}")
    if errs:
        return errs
    if doc["genre"] not in ("wire", "analysis"):
        errs.append(f"{where}: genre {doc['genre']!r}")
    if not re.fullmatch(r"(2019|202[0-6])-\d\d-\d\d", str(doc["published"])):
        errs.append(f"{where}: published {doc['published']!r}")
    text = doc["text"]
    for k, ev in enumerate(doc["events"]):
        w = f"{where} event {k}"
        if ev.get("sentence", "") not in text or not ev.get("sentence"):
            errs.append(f"{w}: sentence not a substring of text: {ev.get('sentence')!r}")
        elif ev.get("trigger") and ev["trigger"] not in ev["sentence"]:
            errs.append(f"{w}: trigger {ev['trigger']!r} not in sentence")
        if not ev.get("trigger"):
            errs.append(f"{w}: no trigger")
        if ev.get("event") not in CATEGORIES:
            errs.append(f"{w}: event {ev.get('event')!r}")
        for a in ev.get("alt") or []:
            if a not in CATEGORIES:
                errs.append(f"{w}: alt {a!r}")
        if ev.get("modality") not in MODALITIES:
            errs.append(f"{w}: modality {ev.get('modality')!r}")
        if not isinstance(ev.get("reported"), bool):
            errs.append(f"{w}: reported must be true/false")
        for role in ("actor", "recipient"):
            cs, ts = ev.get(role), ev.get(f"{role}_text")
            if not isinstance(cs, list) or not isinstance(ts, list) or len(cs) != len(ts):
                errs.append(f"{w}: {role} and {role}_text must be lists of equal length")
                continue
            for c, t in zip(cs, ts, strict=True):
                if c not in codes:
                    errs.append(f"{w}: unknown {role} code {c!r}")
                if not t or t not in text:
                    errs.append(f"{w}: {role}_text {t!r} not in text")
        if not ev.get("actor"):
            errs.append(f"{w}: no actor")
    return errs


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "corpus" / "authored").glob("*.jsonl"))
    codes = known_codes()
    banned = protected_ngrams()
    errs: list[str] = []
    ids: Counter[str] = Counter()
    n_docs = n_sents = n_events = 0
    cats: Counter[str] = Counter()
    mods: Counter[str] = Counter()
    for where, doc in iter_jsonl(files, errs):
        errs += check_doc(doc, codes, where)
        ids[doc.get("id", "")] += 1
        n_docs += 1
        n_sents += len(re.findall(r"[.!?](\s|$)", doc.get("text", "")))
        for ev in doc.get("events", []):
            n_events += 1
            cats[ev.get("event")] += 1
            mods[ev.get("modality")] += 1
        overlap = ngrams(doc.get("title", "") + "\n" + doc.get("text", "")) & banned
        if overlap:
            errs.append(f"{where}: 8-word overlap with ../shared: {' '.join(sorted(overlap)[0])!r}")
    errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for e in errs:
        print(e)
    print(
        f"{n_docs} documents, ~{n_sents} sentences, {n_events} events; "
        f"categories {dict(sorted(cats.items()))}; modality {dict(mods)}",
        file=sys.stderr,
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

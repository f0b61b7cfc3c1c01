"""How much the claims model leans on the equipment list: the claims corpus scored as written and
again with every gold system's name ciphered into an invented one.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python scripts/claims_unlisted_probe.py \
        [--corpus corpus/claims] [--split dev] [--parts 17] [--json OUT]

Real articles name systems the knowledge base does not list (new models, export variants, local
names). The cipher keeps each name's shape — capitals, digits, hyphens, a plural "s" — and maps its
letters (vowel to vowel, consonant to consonant) and digits to others, the same way in the text, the
title and the gold records, so "Rafale" becomes an invented word the knowledge base cannot know while
every count, party, date and status stays. The drop from "as written" to "ciphered" is what the
model owes to `equipment.yaml` rather than to the sentence. Words of a system's name that are
ordinary words of a model's name ("Block", "Type", "Mk") are left as they are.

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

from geowire.lang import load_language
from geowire.model.claims_eval import model_lexicon, read_claims_corpus, run_pipeline, score
from geowire.settings import Settings

_VOWELS, _CONSONANTS = "aeiou", "bcdfghjklmnpqrstvwxyz"
_SHIFT = 7
# words of a model's name that are ordinary ("F-16 Block 70", "Type 23", "K2 Black Panther")
_KEPT = frozenset({"Block", "Type", "Black", "Mk", "II", "III", "IV", "B", "C", "D", "E"})
_RECORD_TEXT = ("system", "evidence", "content", "name")
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


def ciphered(docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of ``docs`` with their gold systems' names ciphered in text, title and records."""
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


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    kinds = {
        k: {x: v[x] for x in ("precision", "recall", "matched", "gold")} for k, v in report["kinds"].items()
    }
    cx = report["contradictions"]
    return {
        **kinds,
        "contradictions": {x: cx[x] for x in ("matched", "gold", "recall", "between_compatible")},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus/claims"))
    ap.add_argument("--split", default="dev", choices=("dev", "all"))
    ap.add_argument("--parts", type=int, default=None, help="only parts 1..N")
    ap.add_argument("--json", type=Path, default=None, help="write both summaries here")
    args = ap.parse_args()
    settings = Settings()
    lang = load_language(settings.language)
    lex = model_lexicon(lang)
    docs = read_claims_corpus(args.corpus, args.split)
    if args.parts is not None:
        docs = [d for d in docs if _part(str(d["id"])) <= args.parts]
    out: dict[str, Any] = {"documents": len(docs)}
    for tag, chosen in (("as_written", docs), ("ciphered", ciphered(docs))):
        out[tag] = _summary(score(chosen, run_pipeline(chosen, settings, lang=lang), lex=lex))
        row = out[tag]
        print(
            f"{tag:>10}: transfers P {row['transfers']['precision']:.3f} R {row['transfers']['recall']:.3f}"
            f" ({row['transfers']['matched']}/{row['transfers']['gold']}); contradictions"
            f" {row['contradictions']['matched']}/{row['contradictions']['gold']},"
            f" {row['contradictions']['between_compatible']} between compatible",
            flush=True,
        )
    if args.json is not None:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

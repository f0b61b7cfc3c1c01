"""The claims corpus's transfer errors on the dev split, by cause and by part (writer).

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python scripts/claims_transfer_errors.py [--show CAUSE]

Runs the pipeline on the dev articles (as ``geowire eval claims --split dev`` does) and gives each
unmatched gold record (a miss) and each unmatched system record (a false positive) the first cause
that applies, with the scorer's own matching (``claims_eval.transfer_match``):

* ``miss: step folded`` — the article's gold has another record of the same supplier, recipient
  and system (a step: "ordered 96", "received 24"), and the system has that transfer, as one record;
* ``miss: status, figure or denial`` — the system has the transfer, with another status, quantity
  or negation;
* ``miss: system name`` — a record of the same two parties, of a system the name does not match;
* ``miss: roles`` — a record of the system with a party of the gold one (roles swapped, one wrong);
* ``miss: nothing`` — no record of the system with either party;
* ``fp: steps split`` — more system records of one transfer than the gold has;
* ``fp: status, figure or denial`` — the gold has the transfer, with another status, figure or negation;
* ``fp: roles`` — the gold has the system with one of its parties;
* ``fp: not in gold``.

Parts are the corpus files (``kN-`` ids): each is one writer, so a cause seen in one part only
is one writer's shape. Only the dev split: the test split is never inspected.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Item = dict[str, Any]


def _same_transfer(same_system: Callable[[str, str], bool]) -> Callable[[Item, Item], bool]:
    def same(a: Item, b: Item) -> bool:
        return (
            a["supplier"] == b["supplier"]
            and a["recipient"] == b["recipient"]
            and same_system(str(a["system"]), str(b["system"]))
        )

    return same


def _shares_a_party(a: Item, b: Item) -> bool:
    return bool({a["supplier"], a["recipient"]} & {b["supplier"], b["recipient"]} - {None})


def miss_cause(
    i: int, gold: Sequence[Item], system: Sequence[Item], *, same_system: Callable[[str, str], bool]
) -> str:
    """The cause of gold record ``i``'s miss."""
    g, same = gold[i], _same_transfer(same_system)
    keyed = [j for j, s in enumerate(system) if same(g, s)]
    if keyed and any(k != i and same(g, other) for k, other in enumerate(gold)):
        return "miss: step folded"
    if keyed:
        return "miss: status, figure or denial"
    if any(g["supplier"] == s["supplier"] and g["recipient"] == s["recipient"] for s in system):
        return "miss: system name"
    if any(_shares_a_party(g, s) and same_system(str(g["system"]), str(s["system"])) for s in system):
        return "miss: roles"
    return "miss: nothing"


def fp_cause(
    j: int, gold: Sequence[Item], system: Sequence[Item], *, same_system: Callable[[str, str], bool]
) -> str:
    """The cause of system record ``j``'s false positive."""
    s, same = system[j], _same_transfer(same_system)
    keyed = [g for g in gold if same(g, s)]
    siblings = [o for k, o in enumerate(system) if k != j and same(s, o)]
    if siblings and len(siblings) + 1 > len(keyed):
        return "fp: steps split"
    if keyed:
        return "fp: status, figure or denial"
    if any(_shares_a_party(g, s) and same_system(str(g["system"]), str(s["system"])) for g in gold):
        return "fp: roles"
    return "fp: not in gold"


def main() -> None:
    from geowire.lang import load_language
    from geowire.model import claims_eval as ce
    from geowire.model.lexicon import model_lexicon
    from geowire.settings import load_settings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus/claims"))
    ap.add_argument("--show", help="print the records of this cause")
    args = ap.parse_args()
    settings = load_settings()
    lang = load_language(settings.language)
    lex = model_lexicon(lang)
    docs = ce.read_claims_corpus(args.corpus, "dev")
    records = ce.run_pipeline(docs, settings, lang=lang)

    def same_system(a: str, b: str) -> bool:
        return ce._system_match(a, b, lex)

    causes: Counter[str] = Counter()
    parts: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    for d in docs:
        gold = list(d.get("transfers") or [])
        system = records.per_doc.get(d["id"], {}).get("transfers", [])
        pairs = ce.match_items(gold, system, lambda g, s: ce.transfer_match(g, s, lex=lex))
        gi, sj = {i for i, _ in pairs}, {j for _, j in pairs}
        found = [(miss_cause(i, gold, system, same_system=same_system), gold[i]) for i in range(len(gold))
                 if i not in gi]  # fmt: skip
        found += [(fp_cause(j, gold, system, same_system=same_system), system[j]) for j in range(len(system))
                  if j not in sj]  # fmt: skip
        for cause, rec in found:
            causes[cause] += 1
            parts[cause][d["id"].split("-")[0]] += 1
            if cause == args.show:
                keys = ("supplier", "recipient", "system", "status", "negated", "quantity", "date")
                said = rec.get("evidence") or rec.get("sentence") or ""
                shown.append(f"{d['id']} {[rec.get(k) for k in keys]}\n    {said}")
    for cause, n in sorted(causes.items()):
        print(f"{cause:34} {n:4}  " + " ".join(f"{p}:{k}" for p, k in sorted(parts[cause].items())))
    print("\n".join(shown))


if __name__ == "__main__":
    main()

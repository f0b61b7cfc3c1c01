"""Why the learned coder loses to the rules on a PLOVER-GSR-layout file, by mechanism, with counts.

    PYTHONPATH=src .venv/bin/python scripts/gsr_mechanisms.py ../shared/eval/plover_gsr.jsonl [--dev]

Measurement only (issue 11; docs/quality.md, "GSR and PLV by mechanism"): it prints counts, never a
sentence. For every record it keeps the candidates, the decider's probabilities and the rule
coder's events, then re-decides under each hypothesis: the store threshold against the default
view's floor, where each kept event comes from (the rules' own reading, a reading only the learned
stage proposes, a reading the rules veto — ``unadjusted``: the act where the rules read intent or
refusal), why each gold event is missed and why each extra key is wrong, and decoding policies
(best event per sentence, the rules' events where the decider keeps nothing). ``--dev`` measures
the origins and the policies on the authored dev split too, whole and one document per sentence
(``scripts/isolated_sentences.py``), under the corpus's own matching; the test split is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from geowire.coding.decide import decide, load_decider
from geowire.coding.eval import (
    EventKey,
    event_keys,
    load_code_map,
    load_group_countries,
    match_events,
    read_gsr,
)
from geowire.coding.train import DocCandidates
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext, Event

CODES = load_code_map()
GROUPS = load_group_countries()
DECIDER = load_decider()
Cands = Sequence[tuple[Event, tuple[str, ...]]]
Policy = Callable[[Cands, Sequence[float], Sequence[Event]], list[Event]]


def keys(events: Sequence[Event]) -> set[EventKey]:
    return set(event_keys(events, CODES, group_countries=GROUPS))


def learned(cands: Cands, probs: Sequence[float], rules: Sequence[Event], floor: float = 0.0) -> list[Event]:
    kept = decide(cands, DECIDER, threshold=DECIDER.store_threshold, probabilities=probs) if cands else []
    return [e for e in kept if e.confidence >= floor]


def best_per_sentence(cands: Cands, probs: Sequence[float], rules: Sequence[Event]) -> list[Event]:
    best: dict[int, Event] = {}
    for e in sorted(learned(cands, probs, rules), key=lambda e: -e.confidence):
        best.setdefault(e.sentence_index, e)
    return list(best.values())


def rules_where_none(cands: Cands, probs: Sequence[float], rules: Sequence[Event]) -> list[Event]:
    kept = learned(cands, probs, rules)
    have = {e.sentence_index for e in kept}
    return kept + [e for e in rules if e.sentence_index not in have]


POLICIES: dict[str, Policy] = {
    "shipped (every stored event)": learned,
    "the decider's best event per sentence": best_per_sentence,
    "the rules' events where the decider keeps none": rules_where_none,
    "rules": lambda c, p, r: list(r),
}


def origin(feats: Sequence[str]) -> str:
    f = set(feats)
    if "rulepick" in f:
        return "the rules' own reading"
    if "veto=none" not in f:
        return "a reading the rules veto" + (" (unadjusted)" if "veto=unadjusted" in f else "")
    return "a reading only the learned stage proposes"


def missed(gold: EventKey, kept: Sequence[Event], cands: Cands, probs: Sequence[float]) -> str:
    cat, actors, recipients = gold
    if actors & recipients:
        return "domestic event (the actor is its own recipient)"
    right = [(p, f, e) for (e, f), p in zip(cands, probs, strict=True) if gold in keys([e])]
    if not right:
        return "no candidate with the gold key"
    p, f, e = max(right, key=lambda x: x[0])
    where = origin(f)
    if p < DECIDER.store_threshold:
        return f"right candidate below the store threshold [{where}]"
    return f"another reading of the right trigger kept [{where}]"


def gsr(path: Path) -> None:
    records = read_gsr(path)
    analyzer = Analyzer(Settings().with_overrides(coder="rules"))
    items = [(DocContext(doc_id=r.id or f"gsr-{i}", published=r.date), r.text) for i, r in enumerate(records)]
    rows = []
    for r, p in zip(records, analyzer.prepare(items), strict=True):
        cands = analyzer.candidates(p)
        rows.append((r.key, cands, DECIDER.probabilities(cands) if cands else [], analyzer.events(p)))
    gold = [{k} for k, *_ in rows]

    def show(name: str, chosen: list[set[EventKey]]) -> None:
        c = match_events(gold, chosen)
        print(f"  {name:<48} tp {c.tp:3d} fp {c.fp:3d}  P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")

    print(f"{len(rows)} records")
    show(f"learned, default view (>= {DECIDER.min_confidence})",
         [keys(learned(c, p, r, DECIDER.min_confidence)) for _, c, p, r in rows])  # fmt: skip
    for name, policy in POLICIES.items():
        show(name, [keys(policy(c, p, r)) for _, c, p, r in rows])
    causes: Counter[str] = Counter()
    right_by: Counter[str] = Counter()
    all_by: Counter[str] = Counter()
    for key, cands, probs, rules in rows:
        kept = learned(cands, probs, rules)
        feats = {e.id: f for e, f in cands}
        found = key in keys(kept)
        for e in kept:
            o = origin(feats.get(e.id, ("veto=none",)))
            all_by[o] += 1
            right_by[o] += key in keys([e])
        if not found:
            rules_right = "rules right" if key in keys(rules) else "rules wrong"
            causes[f"missed ({rules_right}): {missed(key, kept, cands, probs)}"] += 1
        for _ in keys(kept) - {key}:
            causes["extra key: " + ("beside the found gold event" if found else "gold event missed")] += 1
    for k, n in sorted(causes.items()):
        print(f"  {n:4d}  {k}")
    print("kept events by origin, right / all:")
    for o, n in sorted(all_by.items()):
        print(f"  {o:<56} {right_by[o]:4d} / {n}")
    print(f"candidates a sentence {sum(len(c) for _, c, _, _ in rows) / len(rows):.1f}")


def dev() -> None:
    from isolated_sentences import sentence_docs  # type: ignore[import-not-found]

    from geowire.coding.corpus import read_corpus
    from geowire.coding.matching import Matcher, group_countries
    from geowire.coding.train import collect, score_docs, sys_event

    settings = Settings()
    matcher = Matcher(group_countries())
    docs = [d for d in read_corpus() if d.split == "dev"]
    parts = (("authored dev", docs), ("dev, one document per sentence", sentence_docs(docs, settings)))
    for part, split_docs in parts:
        collected = collect(split_docs, settings)
        probs = {dc.doc.id: DECIDER.probabilities(dc.candidates) if dc.candidates else [] for dc in collected}
        print(part)
        for name, policy in POLICIES.items():
            s = score_docs(collected, _chosen(policy, probs), matcher)
            print(f"  {name:<48} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        right_by: Counter[str] = Counter()
        all_by: Counter[str] = Counter()
        for dc in collected:
            kept = learned(dc.candidates, probs[dc.doc.id], dc.rules)
            feats = {e.id: f for e, f in dc.candidates}
            hit = set(matcher.match(list(dc.doc.gold), [sys_event(e) for e in kept]).values())
            for j, e in enumerate(kept):
                o = origin(feats.get(e.id, ("veto=none",)))
                all_by[o] += 1
                right_by[o] += j in hit
        for o, n in sorted(all_by.items()):
            print(f"  {o:<56} {right_by[o]:4d} / {n}")


def _chosen(policy: Policy, probs: dict[str, list[float]]) -> Callable[[DocCandidates], list[Event]]:
    def chosen(dc: DocCandidates) -> list[Event]:
        return policy(dc.candidates, probs[dc.doc.id], dc.rules)

    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--dev", action="store_true", help="the origins and policies on authored dev too")
    args = ap.parse_args()
    gsr(args.file)
    if args.dev:
        dev()


if __name__ == "__main__":
    main()

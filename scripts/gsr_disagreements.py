"""Where the learned coder and the rule coder part on a PLOVER-GSR-layout file, by type, with counts.

    PYTHONPATH=src .venv/bin/python scripts/gsr_disagreements.py ../shared/eval/plover_gsr.jsonl [--show TYPE]

Measurement only (issue 11, gsr5; docs/learned.md, "Why the learned coder loses on GSR"): it
prints no rule and the sentences only with ``--show``. Each record's gold event is compared
with the exact keys ``geowire eval plover`` scores (category, actor set, recipient set). A gold
event the learned coder misses gets one type, checked in this order: a domestic event (the
gold actor is its own recipient: the news guidelines leave domestic politics unannotated), co-actors
(two gold actors, no recipient) read as actor and recipient, an intended act coded as itself where
the gold reads the intent (AGREE, THREATEN), the right candidate below the store threshold, its
trigger kept with other parties or in another category, or no candidate at all. A learned event
that is not the gold one is another event of a sentence whose gold event it found (GSR annotates
one event per sentence), a second reading of a kept trigger, or a wrong event.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from geowire.coding.decide import decide, load_decider
from geowire.coding.eval import EventKey, GsrRecord, event_keys, load_code_map, load_group_countries, read_gsr
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import DocContext, Event

CODES = load_code_map()
GROUPS = load_group_countries()
INTENT = frozenset({"AGREE", "THREATEN"})  # categories a CAMEO coder gives a stated intention


def keys(events: Sequence[Event]) -> set[EventKey]:
    """The keys ``geowire eval plover`` compares (compound actors merged)."""
    out: set[EventKey] = event_keys(events, CODES, group_countries=GROUPS)
    return out


def _span(e: Event) -> tuple[int, int]:
    return e.trigger.start, e.trigger.end


def missed_type(gold: EventKey, kept: Sequence[Event], cands: Sequence[tuple[Event, float]],
                threshold: float) -> str:  # fmt: skip
    """Why the learned coder's events lack the record's gold event."""
    cat, actors, recipients = gold
    if actors & recipients:
        return "missed: domestic event (actor is its own recipient)"
    if len(actors) > 1 and not recipients and any(k[0] == cat and k[1] | k[2] == actors for k in keys(kept)):
        return "missed: co-actors read as actor and recipient"
    right = [(e, p) for e, p in cands if gold in keys([e])]
    spans = {_span(e) for e, _ in right}
    on_trigger = [e for e in kept if _span(e) in spans]
    if cat in INTENT and any(e.category != cat and e.modality != "asserted" for e in on_trigger):
        return "missed: the intended act coded, gold reads the intent"
    if not right:
        return "missed: no candidate has the gold key"
    if not on_trigger:
        return "missed: right candidate below the store threshold" if max(p for _, p in right) < threshold \
            else "missed: right candidate outranked"  # fmt: skip
    if any(e.category == cat for e in on_trigger):
        return "missed: its trigger kept with other parties"
    return "missed: its trigger kept in another category"


def extra_types(gold: EventKey, kept: Sequence[Event]) -> list[str]:
    """One type per learned key that is not the gold one (the key's likeliest event decides)."""
    found = gold in keys(kept)
    ranked = sorted(kept, key=lambda x: -x.confidence)
    first: dict[tuple[int, int], int] = {}
    for n, e in enumerate(ranked):
        first.setdefault(_span(e), n)
    out = []
    for cat, actors, recipients in sorted(keys(kept) - {gold}, key=str):
        n, e = next((n, e) for n, e in enumerate(ranked) for k in keys([e])
                    if k[0] == cat and k[1] <= actors and k[2] <= recipients)  # fmt: skip
        out.append("extra: second reading of a kept trigger" if first[_span(e)] < n
                   else "extra: another event beside the gold one" if found
                   else "extra: wrong event (gold missed)")  # fmt: skip
    return out


def classify(records: Sequence[GsrRecord], analyzer: Analyzer) -> tuple[Counter[str], dict[str, list[str]]]:
    decider = load_decider()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    items = [(DocContext(doc_id=r.id or f"gsr-{i}", published=r.date), r.text) for i, r in enumerate(records)]
    for r, p in zip(records, analyzer.prepare(items), strict=True):
        cands = analyzer.candidates(p)
        kept = decide(cands, decider, threshold=decider.store_threshold)
        rules_right = r.key in keys(analyzer.events(p))
        learned_right = r.key in keys(kept)
        verdict = ("right" if learned_right else "wrong", "right" if rules_right else "wrong")
        counts["records: learned {}, rules {}".format(*verdict)] += 1
        found: list[str] = []
        if not learned_right:
            probs = decider.probabilities(cands)
            found.append(missed_type(r.key, kept, [(e, q) for (e, _), q in zip(cands, probs, strict=True)],
                                     decider.store_threshold))  # fmt: skip
            if rules_right:
                found.append("rules right: " + found[-1].removeprefix("missed: "))
        found += extra_types(r.key, kept)
        for t in found:
            counts[t] += 1
            examples[t].append(r.text)
    return counts, examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--show", help="print the sentences of the types starting with this")
    ap.add_argument("--limit", type=int, default=10)
    args = ap.parse_args()
    analyzer = Analyzer(Settings().with_overrides(coder="rules"))
    counts, examples = classify(read_gsr(args.file), analyzer)
    for prefix in ("records", "missed", "rules right", "extra"):
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if k.startswith(prefix):
                print(f"{n:5d}  {k}")
    if args.show:
        for k, texts in sorted(examples.items()):
            if k.startswith(args.show) or k.split(": ", 1)[-1].startswith(args.show):
                print(f"\n== {k}")
                for t in texts[: args.limit]:
                    print("  " + t)


if __name__ == "__main__":
    main()

"""Why the learned decider misses what its candidates hold: its errors on a split, by cause.

    PYTHONPATH=src .venv/bin/python scripts/decider_errors.py [--split train|dev] [--cache FILE]
        [--model FILE] [--show CAUSE] [--limit N]

For the train and dev splits of the authored corpus (the test split is never inspected), with the
decider's own selection (:func:`geowire.coding.decide.decide` at its ``store_threshold``):

* **missed** gold events that some candidate of their sentence matches (the scorer's rules), by the
  first cause that applies to the best-scoring such candidate: ``kept, matched elsewhere`` (kept,
  but the one-to-one matching gave it to another gold event), ``below threshold``, or
  ``outranked by a kept reading`` — another candidate the decoding kept says "the same event"
  (:func:`geowire.coding.decide._same_event`), split by how it differs: ``same trigger, other
  category|actor|recipient``, or ``other trigger``;
* **false positives** (kept events the matching leaves unmatched): ``no gold in sentence``,
  ``spurious trigger`` (gold in the sentence, none whose trigger words overlap the event's),
  ``wrong category``, ``wrong actor``, ``wrong recipient`` (against the gold events on the same
  trigger) and ``duplicate`` (compatible with a gold event that another kept event took);
* **labels** (how training labels the candidates, :func:`geowire.coding.train.gold_of`): gold
  events with several positive candidates (on one trigger, on several), candidates the scorer
  would accept but the labels call wrong (a party the gold event lacks), positives by an ``alt``
  category only, and positive/negative pairs on one trigger that differ only by the recipient.

``--cache`` keeps the candidates (a pickle) between runs: proposing them takes minutes.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from geowire.coding.corpus import CORPUS_DIR, read_corpus
from geowire.coding.decide import LinearDecider, _same_event, decide, load_decider, split_joint, trigger_key
from geowire.coding.matching import GoldEvent, Matcher, group_countries, same_sentence
from geowire.coding.train import DocCandidates, _no_more, collect, gold_of, sys_event
from geowire.settings import Settings
from geowire.types import Event


def gold_triggers() -> dict[str, list[str]]:
    """The gold trigger words of each document, in the order of its events."""
    out: dict[str, list[str]] = {}
    for p in sorted(CORPUS_DIR.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                out[raw["id"]] = [str(e.get("trigger") or "") for e in raw["events"]]
    return out


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,;:'\"") for w in text.split() if len(w) > 2}


def _short(e: Event, p: float | None = None) -> str:
    a = "+".join(x.code for x in e.actors)
    r = "+".join(x.code for x in e.recipients)
    tail = f" p={p:.2f}" if p is not None else ""
    return f"{e.category} {a}->{r or '-'} '{e.trigger.text}'{tail}"


def _gold_short(g: GoldEvent) -> str:
    alt = f"|{'|'.join(g.alt)}" if g.alt else ""
    return f"{g.event}{alt} {'+'.join(g.actor)}->{'+'.join(g.recipient) or '-'}"


def _how_differs(e: Event, by: Event) -> str:
    if trigger_key(e) != trigger_key(by):
        return "outranked: other trigger"
    if e.category != by.category:
        return "outranked: same trigger, other category"
    if {x.code for x in e.actors} != {x.code for x in by.actors}:
        return "outranked: same trigger, other actor"
    return "outranked: same trigger, other recipient"


def analyse(docs: Sequence[DocCandidates], decider: LinearDecider, matcher: Matcher,
            triggers: dict[str, list[str]]) -> tuple[Counter[str], dict[str, list[str]]]:  # fmt: skip
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    t = decider.store_threshold
    for dc in docs:
        cands = dc.candidates
        probs = decider.probabilities(cands)
        kept = decide(cands, decider, threshold=t)
        system = [sys_event(e) for e in kept]
        gold = list(dc.doc.gold)
        m = matcher.match(gold, system)
        matched_sys = set(m.values())
        kept_ids = {e.id for e in kept}
        # the decoding's accepted readings, in its own order (to find what outranked a candidate)
        order = sorted(range(len(cands)), key=lambda k: (-probs[k], k))
        accepted: dict[int, list[Event]] = defaultdict(list)
        outranked_by: dict[int, Event] = {}
        for k in order:
            if probs[k] < t:
                continue
            e = cands[k][0]
            hit = next((a for a in accepted[e.sentence_index] if _same_event(e, a)), None)
            if hit is None:
                accepted[e.sentence_index].append(e)
            else:
                outranked_by[k] = hit
        sys_c = [sys_event(e) for e, _ in cands]
        # missed gold events with a matching candidate
        for i, g in enumerate(gold):
            counts["gold"] += 1
            if i in m:
                counts["gold matched"] += 1
                continue
            ok = [k for k, s in enumerate(sys_c) if same_sentence(g, s) and matcher.compatible(g, s)]
            if not ok:
                counts["missed: no candidate"] += 1
                continue
            k = max(ok, key=lambda j: probs[j])
            e = cands[k][0]
            if any(x.id in kept_ids for x in [cands[j][0] for j in ok]) or e.id in kept_ids:
                cause = "missed: kept, matched elsewhere"
            elif probs[k] < t:
                cause = "missed: below threshold"
                counts[f"missed: below threshold, p>={t / 2:.2f}"] += probs[k] >= t / 2
                rivals = [j for j, (x, _) in enumerate(cands) if trigger_key(x) == trigger_key(e)]
                top = max(rivals, key=lambda j: probs[j])
                if probs[top] < t:
                    counts["missed: below threshold, no reading of its trigger kept"] += 1
                elif cands[top][0].category != e.category:
                    counts["missed: below threshold, its trigger kept in another category"] += 1
                else:
                    counts["missed: below threshold, its trigger kept with other parties"] += 1
            elif k in outranked_by:
                cause = _how_differs(e, outranked_by[k])
            else:
                cause = "missed: other"
            counts[cause] += 1
            by = f" BY {_short(outranked_by[k], None)}" if k in outranked_by else ""
            examples[cause].append(f"{dc.doc.id}: gold {_gold_short(g)} | best {_short(e, probs[k])}{by}"
                                   f"\n      {g.sentence[:140]}")  # fmt: skip
        # false positives
        words = triggers.get(dc.doc.id, [])
        for j, (e, s) in enumerate(zip(kept, system, strict=True)):
            counts["system"] += 1
            if j in matched_sys:
                continue
            here = [(g, words[i] if i < len(words) else "")
                    for i, g in enumerate(gold) if same_sentence(g, s)]  # fmt: skip
            on_trigger = [g for g, w in here if _words(w) & _words(e.trigger.text)]
            if not here:
                cause = "fp: no gold in sentence"
            elif any(matcher.compatible(g, s) for g, _ in here):
                cause = "fp: duplicate"
            elif not on_trigger:
                cause = "fp: spurious trigger"
            elif not any(e.category in matcher.gold_cats(g) for g in on_trigger):
                cause = "fp: wrong category"
            elif not any(matcher.overlap(g.actor, s.actor) for g in on_trigger
                         if e.category in matcher.gold_cats(g)):  # fmt: skip
                cause = "fp: wrong actor"
            else:
                cause = "fp: wrong recipient"
            counts[cause] += 1
            gs = "; ".join(_gold_short(g) for g, _ in here) or "-"
            examples[cause].append(f"{dc.doc.id}: kept {_short(e, e.confidence)} | gold {gs}"
                                   f"\n      {e.sentence[:140]}")  # fmt: skip
        label_noise(dc, matcher, counts, examples)
    return counts, examples


def label_noise(dc: DocCandidates, matcher: Matcher, counts: Counter[str],
                examples: dict[str, list[str]]) -> None:  # fmt: skip
    """How the training labels sit on the candidates of ``dc``."""
    labels = dc.matched or gold_of(dc, matcher)
    pos_by_gold: dict[int, set[tuple[int, int, int]]] = defaultdict(set)
    n_pos: Counter[int] = Counter()
    ids = {id(g): i for i, g in enumerate(dc.doc.gold)}
    by_trigger: dict[tuple[int, int, int], list[tuple[Event, GoldEvent | None]]] = defaultdict(list)
    for (e, _), g in zip(dc.candidates, labels, strict=True):
        counts["labels: candidates"] += 1
        by_trigger[trigger_key(e)].append((e, g))
        s = sys_event(e)
        if g is None:
            loose = [x for x in dc.doc.gold if same_sentence(x, s) and matcher.compatible(x, s)]
            if loose:
                joint = len(e.actors) > 1 and bool(e.recipients) and all(
                    any(matcher.compatible(x, sys_event(part)) and _no_more(x, sys_event(part), matcher)
                        for x in loose) for part in split_joint(e))  # fmt: skip
                kind = "joint actors, right once split" if joint else "extra party"
                counts[f"labels: negative, though the scorer accepts it ({kind})"] += 1
                examples[f"labels: negative ({kind})"].append(
                    f"{dc.doc.id}: {_short(e)} | gold {'; '.join(_gold_short(x) for x in loose)}"
                )
            continue
        counts["labels: positive"] += 1
        pos_by_gold[ids[id(g)]].add(trigger_key(e))
        n_pos[ids[id(g)]] += 1
        if e.category != g.event:
            counts["labels: positive by an alt category"] += 1
    for i, g in enumerate(dc.doc.gold):
        if i not in n_pos and any(same_sentence(g, s) and matcher.compatible(g, s)
                                  for s in (sys_event(e) for e, _ in dc.candidates)):  # fmt: skip
            counts["labels: gold events a candidate matches, with no positive"] += 1
            examples["labels: no positive"].append(f"{dc.doc.id}: gold {_gold_short(g)}  {g.sentence[:120]}")
    for i, n in n_pos.items():
        counts["labels: gold events with a positive"] += 1
        if n > 1:
            counts["labels: gold events with >1 positive"] += 1
            if len(pos_by_gold[i]) > 1:
                counts["labels: gold events with positives on >1 trigger"] += 1
    for readings in by_trigger.values():
        pos = [(e, g) for e, g in readings if g is not None]
        if not pos:
            continue
        counts["labels: triggers with a positive"] += 1
        neg = [e for e, g in readings if g is None]
        counts["labels: negatives beside a positive on its trigger"] += len(neg)
        for e in neg:
            same = [p for p, _ in pos if p.category == e.category
                    and {x.code for x in p.actors} == {x.code for x in e.actors}]  # fmt: skip
            if same:
                counts["labels: negative, same trigger+category+actor as a positive (recipient differs)"] += 1
            elif any({x.code for x in p.actors} == {x.code for x in e.actors} for p, _ in pos):
                counts["labels: negative, same trigger+actor, other category"] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev"), default="train")
    ap.add_argument("--cache", type=Path, help="pickle of the collected candidates (made if absent)")
    ap.add_argument("--model", type=Path, help="decider artefact (default: the shipped one)")
    ap.add_argument("--show", help="print examples of causes starting with this")
    ap.add_argument("--limit", type=int, default=15)
    args = ap.parse_args()
    if args.cache is not None and args.cache.exists():
        collected: list[DocCandidates] = pickle.loads(args.cache.read_bytes())
    else:
        collected = collect(read_corpus(), Settings())
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(collected))
    matcher = Matcher(group_countries())
    docs = [dc for dc in collected if dc.doc.split == args.split]
    for dc in docs:
        dc.matched = gold_of(dc, matcher)
    counts, examples = analyse(docs, load_decider(args.model), matcher, gold_triggers())
    missed = counts["gold"] - counts["gold matched"]
    print(f"{args.split}: {counts['gold']} gold, {counts['gold matched']} matched, {missed} missed;"
          f" {counts['system']} kept")  # fmt: skip
    for prefix in ("missed", "fp", "labels"):
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if k.startswith(prefix):
                print(f"  {k:<75} {n:6d}")
    if args.show:
        for k, lines in sorted(examples.items()):
            if k.startswith(args.show) or k.split(": ", 1)[-1].startswith(args.show):
                print(f"\n== {k} ({len(lines)})")
                for line in lines[: args.limit]:
                    print("  " + line)


if __name__ == "__main__":
    main()

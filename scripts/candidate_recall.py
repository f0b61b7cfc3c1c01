"""Which gold events of the authored corpus no candidate can match, grouped by cause.

    PYTHONPATH=src .venv/bin/python scripts/candidate_recall.py [--split dev] [--show CAUSE] [--limit N]

The learned coder can only keep what the rule stages propose (``EventCoder.code_candidates``):
a gold event no candidate of its sentence matches (the news scorer's rules,
:class:`geowire.coding.matching.Matcher`) is lost before the model decides. For each such event
this prints the first cause that applies, from the trigger outwards:

* ``trigger not in lexicon``: no word of the gold trigger is an event-lexicon trigger here;
* ``trigger, no candidate``: the trigger is in the lexicon but no candidate of the sentence has
  the gold category (an actor the stages could not tie to it);
* ``category wrong``: a candidate stands on the gold trigger, with another category;
* ``actor not found`` (``… not in sentence``: no mention of the actor's code in the sentence —
  pronouns, descriptions, implied actors): candidates of the gold category, none with its actor;
* ``direction wrong``: a candidate of the category with actor and recipient swapped;
* ``recipient not found``: a candidate of the category with the actor, none with the recipient.

It prints too how many of the non-asserted gold events (future, hypothetical, negated) some
candidate matches, in their sentence and document-wide; ``--non-asserted`` shows only those.

Only for the dev and train splits (error analysis); the test split is never inspected (its ceiling figure
is printed by ``geowire train``'s report, ``oracle_candidates``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geowire.coding.categorize import is_trigger, lexicon_of
from geowire.coding.corpus import CORPUS_DIR, CorpusDoc, read_corpus
from geowire.coding.matching import GoldEvent, Matcher, SysEvent, group_countries, same_sentence
from geowire.coding.train import sys_event
from geowire.coding.view import DocView
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import ActorMention, DocContext, Event, Sentence

_MODALITY_WRONG = "matched, modality wrong"


@dataclass
class Lost:
    doc: str
    cause: str
    gold: dict[str, Any]
    near: list[str]  # the candidates of the sentence, in short
    elsewhere: bool  # matched by a candidate of another sentence (the scorer allows it)
    matched: bool = False  # matched in its sentence, by no candidate of its modality


def raw_events(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """The corpus records with their words (trigger, actor_text), by document id."""
    out: dict[str, list[dict[str, Any]]] = {}
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                out[raw["id"]] = raw["events"]
    return out


def _short(e: Event) -> str:
    a = ",".join(x.code or "?" for x in e.actors)
    r = ",".join(x.code or "?" for x in e.recipients)
    return f"{e.category}:{e.trigger.text}({a}->{r})"


def _trigger_tokens(view: DocView, sent_start: int, sentence: str, gold_sentence: str, trigger: str) -> list:
    """The tokens of the gold trigger (its first occurrence in the gold clause)."""
    at = sentence.find(gold_sentence)
    k = gold_sentence.find(trigger)
    if at < 0 or k < 0:
        return []
    lo = sent_start + at + k
    span = view.char_span(lo, lo + len(trigger), alignment_mode="expand")
    return list(span) if span is not None else []


def cause_of(
    g: GoldEvent,
    raw: dict[str, Any],
    cands: list[tuple[Event, SysEvent]],
    matcher: Matcher,
    trigger_tokens: list,
    in_lexicon: bool,
    sentence_codes: set[str],
) -> str:
    """The first cause (see the module docstring) that keeps ``g`` from every candidate."""
    t_chars = {(t.idx, t.idx + len(t.text)) for t in trigger_tokens}
    on_trigger = [(e, s) for e, s in cands
                  if any(e.trigger.start < b and a < e.trigger.end for a, b in t_chars)]  # fmt: skip
    cats = matcher.gold_cats(g)
    of_cat = [(e, s) for e, s in cands if cats & set(s.event)]
    if not of_cat:
        if on_trigger:
            return "category wrong"
        return "trigger, no candidate" if in_lexicon else "trigger not in lexicon"
    with_actor = [s for _, s in of_cat if matcher.overlap(g.actor, (*s.actor, *s.recipient))]
    if not with_actor:
        if not any(matcher.eq(a, c) for a in g.actor for c in sentence_codes):
            return "actor not found (not in sentence)"
        return "actor not found"
    if any(matcher.overlap(g.recipient, s.actor) and matcher.overlap(g.actor, s.recipient)
           for s in with_actor):  # fmt: skip
        return "direction wrong"
    if not any(matcher.eq(r, c) for r in g.recipient for c in sentence_codes):
        return "recipient not found (not in sentence)"
    return "recipient not found"


def analyse(docs: list[CorpusDoc], raws: dict[str, list[dict[str, Any]]], settings: Settings
            ) -> tuple[int, int, int, list[Lost]]:  # fmt: skip
    """(gold events, those some candidate of their sentence matches, those the scorer's one-to-one
    matching over the whole document finds among all candidates, the lost ones)."""
    analyzer = Analyzer(settings.with_overrides(coder="rules"))
    lexicon = lexicon_of(analyzer.lang)
    matcher = Matcher(group_countries())
    by_id = {d.id: d for d in docs}
    items = [(DocContext(doc_id=d.id, published=d.published, title=d.title), d.text) for d in docs]
    total = found = scored = 0
    lost: list[Lost] = []
    modal: Counter[str] = Counter()
    outcome: Counter[tuple[str, str]] = Counter()  # (gold modality, outcome) for non-asserted gold
    n_sent = n_cand = 0
    for p in analyzer.prepare(items):
        ctx, annotated, doc, mentions = p.ctx, p.annotated, p.annotated.doc, p.mentions
        cands = analyzer.candidates(p)
        view = DocView(doc)
        pairs = [(e, sys_event(e)) for e, _ in cands]
        n_sent += len(annotated.sentences)
        n_cand += len(pairs)
        cd = by_id[ctx.doc_id]
        doc_wide = matcher.match(list(cd.gold), [s for _, s in pairs])
        scored += len(doc_wide)
        for i, (g, raw) in enumerate(zip(cd.gold, raws[cd.id], strict=True)):
            total += 1
            here = [(e, s) for e, s in pairs if same_sentence(g, s)]
            if g.modality != "asserted":
                modal["non-asserted"] += 1
                modal["non-asserted, document-wide"] += i in doc_wide
            right = [s for _, s in here if matcher.compatible(g, s)]
            if right:
                found += 1
                modal["non-asserted, in sentence"] += g.modality != "asserted"
                ok = any(s.modality == g.modality for s in right)
                outcome[g.modality, "matched" if ok else _MODALITY_WRONG] += 1
                if not ok:
                    near = [f"{_short(e)}[{e.modality}]" for e, s in here if matcher.compatible(g, s)]
                    lost.append(Lost(cd.id, _MODALITY_WRONG, raw, near, i in doc_wide, matched=True))
                continue
            sent = next((s for s in annotated.sentences if same_sentence(g, sys_event_of(s))), None)
            toks = _trigger_tokens(view, sent.start, sent.text, g.sentence, raw["trigger"]) if sent else []
            in_lex = any(is_trigger(view, t, lexicon) for t in toks)
            codes = _codes_in(mentions, sent.start, sent.end) if sent else set()
            cause = cause_of(g, raw, here, matcher, toks, in_lex, codes)
            lost.append(Lost(cd.id, cause, raw, [_short(e) for e, _ in here], i in doc_wide))
            outcome[g.modality, cause] += 1
        view.release()
    print(
        f"non-asserted gold events {modal['non-asserted']}: matched by a candidate of their sentence "
        f"{modal['non-asserted, in sentence']}, document-wide {modal['non-asserted, document-wide']}"
    )
    print(f"candidates {n_cand} in {n_sent} sentences ({n_cand / max(1, n_sent):.2f} per sentence)")
    _print_outcomes(outcome)
    return total, found, scored, lost


def _print_outcomes(outcome: Counter[tuple[str, str]]) -> None:
    """The gold events by modality and outcome (matched in their sentence with the gold
    modality, matched with another modality only, or the first cause that keeps every candidate off)."""
    mods = sorted({m for m, _ in outcome})
    kinds = sorted({k for _, k in outcome}, key=lambda k: -sum(outcome[m, k] for m in mods))
    print(f"  {'outcome':40s} " + " ".join(f"{m:>12s}" for m in mods))
    for k in kinds:
        print(f"  {k:40s} " + " ".join(f"{outcome[m, k]:12d}" for m in mods))


def sys_event_of(s: Sentence) -> SysEvent:
    """A sentence as a system event's text, for :func:`same_sentence`."""
    return SysEvent(doc="", event=(), actor=(), recipient=(), text=s.text)


def _codes_in(mentions: list[ActorMention], start: int, end: int) -> set[str]:
    return {m.code for m in mentions if m.code and start <= m.start < end}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["dev", "train"], help="never the test split")
    ap.add_argument("--show", action="append", default=[], help="print the lost events of this cause")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--non-asserted", action="store_true", help="--show only the non-asserted lost events")
    ap.add_argument("--json", type=Path, help="write every lost event to this file")
    a = ap.parse_args()
    paths = sorted(CORPUS_DIR.glob("*.jsonl"))
    docs = [d for d in read_corpus(paths) if d.split == a.split]
    total, found, scored, lost = analyse(docs, raw_events(paths), Settings())
    print(f"{a.split}: {len(docs)} documents, {total} gold events; matched by a candidate of their "
          f"sentence {found} ({found / total:.3f}); by the scorer's document-wide matching {scored} "
          f"({scored / total:.3f}, the training report's oracle_candidates recall)")  # fmt: skip
    by_cause: dict[str, list[Lost]] = defaultdict(list)
    for x in lost:
        by_cause[x.cause].append(x)
    for cause, xs in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
        if cause == _MODALITY_WRONG:
            continue
        cats = Counter(x.gold["event"] for x in xs).most_common(5)
        away = sum(x.elsewhere for x in xs)
        print(f"  {len(xs):4d}  {cause:40s} (matched elsewhere {away:3d})  "
              f"{' '.join(f'{c}:{n}' for c, n in cats)}")  # fmt: skip
    for cause in a.show:
        print(f"\n--- {cause}")
        shown = [x for x in by_cause.get(cause, []) if not a.non_asserted or x.gold["modality"] != "asserted"]
        for x in shown[: a.limit]:
            g = x.gold
            print(f"[{x.doc}] {g['event']} {g['actor']}->{g['recipient']} trig={g['trigger']!r} "
                  f"actor_text={g['actor_text']} rcpt_text={g['recipient_text']} {g['modality']}\n"
                  f"    {g['sentence']}\n    cands: {'; '.join(x.near[:8])}")  # fmt: skip
    if a.json:
        a.json.write_text(json.dumps([x.__dict__ for x in lost], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

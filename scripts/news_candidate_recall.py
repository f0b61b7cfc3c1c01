"""Which gold events of a news folder (``articles.jsonl`` + ``gold.jsonl``) no candidate can match.

    PYTHONPATH=src .venv/bin/python scripts/news_candidate_recall.py DIR [--show CAUSE] [--limit N]

The news twin of ``scripts/candidate_recall.py`` for folders without trigger annotations (news_dev):
every candidate the rule stages propose (``Analyzer.candidates``, before the learned decision) is
matched with the scorer's rules to the gold events of its sentence; a gold event none matches gets
the first cause that applies:

* ``no candidate in sentence``: the rule stages propose nothing there (no trigger, or no party);
* ``category wrong``: a candidate with the gold parties (actor, and recipient when the gold has one),
  of another category;
* ``no candidate of the category``: candidates there, none of the gold category nor with its parties;
* ``actor not found`` (``… not in sentence``: no mention resolved to the actor's code there):
  candidates of the gold category, none with its actor;
* ``direction wrong`` / ``recipient not found`` (``… not in sentence``): as in candidate_recall.py.

It prints how many gold events have a right candidate and the candidates per sentence (what a
candidate change costs the decider). A gold event that some candidate matches is ``candidate,
matched`` (with the gold modality) or ``candidate, modality wrong``. For measurement and error
analysis only: ``--show`` prints sentences to the terminal; nothing of them belongs in the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path

from geowire.coding.matching import GoldEvent, Matcher, SysEvent, group_countries, same_sentence
from geowire.coding.news_eval import _fmt_g, read_gold
from geowire.coding.train import sys_event
from geowire.pipeline import Analyzer
from geowire.settings import Settings
from geowire.types import ActorMention, DocContext, Event


def _short(e: Event) -> str:
    a = ",".join(x.code or "?" for x in e.actors)
    r = ",".join(x.code or "?" for x in e.recipients)
    return f"{e.category}:{e.trigger.text}({a}->{r})[{e.modality}]"


def cause_of(g: GoldEvent, here: list[SysEvent], matcher: Matcher, codes: set[str]) -> str:
    """The first cause (see the module docstring) that keeps ``g`` from every candidate."""
    if not here:
        return "no candidate in sentence"
    cats = matcher.gold_cats(g)
    of_cat = [s for s in here if cats & set(s.event)]
    if not of_cat:
        both = [(*s.actor, *s.recipient) for s in here]
        parties = [
            b
            for b in both
            if matcher.overlap(g.actor, b) and (not g.recipient or matcher.overlap(g.recipient, b))
        ]
        return "category wrong" if parties else "no candidate of the category"
    with_actor = [s for s in of_cat if matcher.overlap(g.actor, (*s.actor, *s.recipient))]
    if not with_actor:
        found = any(matcher.eq(a, c) for a in g.actor for c in codes)
        return "actor not found" if found else "actor not found (not in sentence)"
    if any(
        matcher.overlap(g.recipient, s.actor) and matcher.overlap(g.actor, s.recipient) for s in with_actor
    ):
        return "direction wrong"
    if not any(matcher.eq(r, c) for r in g.recipient for c in codes):
        return "recipient not found (not in sentence)"
    return "recipient not found"


def _codes_in(mentions: list[ActorMention], start: int, end: int) -> set[str]:
    return {m.code for m in mentions if m.code and start <= m.start < end}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", type=Path)
    ap.add_argument("--show", action="append", default=[], help="print the gold events of this cause")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument(
        "--stored",
        type=Path,
        help="a `geowire eval news --details` report: splits the gold events "
        "some candidate matches into those the scored view matched and those it did not",
    )
    a = ap.parse_args()
    arts = [json.loads(x) for x in (a.directory / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]  # fmt: skip
    gold = read_gold(a.directory / "gold.jsonl")
    by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    settings = Settings()
    analyzer = Analyzer(settings.with_overrides(coder="rules"))
    matcher = Matcher(group_countries())
    items = [(DocContext(doc_id=x["id"], published=dt.date.fromisoformat(x["published"]) if x.get("published")
                         else None, title=x.get("title")), x["text"]) for x in arts]  # fmt: skip
    unmatched = (
        Counter(json.loads(a.stored.read_text(encoding="utf-8"))["unmatched_gold"]) if a.stored else None
    )
    causes: Counter[str] = Counter()
    by_cause: dict[str, list[str]] = defaultdict(list)
    n_cand = n_sent = 0
    for p in analyzer.prepare(items):
        cands = [e for e, _ in analyzer.candidates(p)]
        n_cand += len(cands)
        n_sent += len(p.annotated.sentences)
        pairs = [(e, sys_event(e, p.ctx.doc_id)) for e in cands]
        for g in by_doc[p.ctx.doc_id]:
            here = [(e, s) for e, s in pairs if same_sentence(g, s)]
            right = [s for _, s in here if matcher.compatible(g, s)]
            if right:
                ok = any(s.modality == g.modality for s in right)
                cause = "candidate, matched" if ok else "candidate, modality wrong"
                if unmatched is not None:
                    lost = unmatched[_fmt_g(g)] > 0
                    unmatched[_fmt_g(g)] -= lost
                    cause += ", not in the view" if lost else ", in the view"
            else:
                sent = next(
                    (s for s in p.annotated.sentences if g.sentence in s.text or s.text in g.sentence), None
                )
                codes = _codes_in(p.mentions, sent.start, sent.end) if sent else set()
                cause = cause_of(g, [s for _, s in here], matcher, codes)
                if unmatched is not None and unmatched[_fmt_g(g)] > 0:
                    unmatched[_fmt_g(g)] -= 1
                elif unmatched is not None:
                    cause += ", matched elsewhere"
            causes[cause] += 1
            alt = "/" + "/".join(g.alt) if g.alt else ""
            by_cause[cause].append(
                f"[{g.doc}] {g.event}{alt} {list(g.actor)}->{list(g.recipient)} {g.modality}\n"
                f"    {g.sentence}\n    cands: {'; '.join(_short(e) for e, _ in here[:10])}"
            )
    covered = causes["candidate, matched"] + causes["candidate, modality wrong"]
    covered += sum(n for c, n in causes.items() if c.startswith("candidate, ") and "view" in c)
    print(f"{len(gold)} gold events, {covered} with a right candidate ({covered / max(len(gold), 1):.3f})")
    print(f"{n_cand} candidates in {n_sent} sentences ({n_cand / max(n_sent, 1):.2f} per sentence)")
    for c, n in causes.most_common():
        print(f"  {n:4d}  {c}")
    for c in a.show:
        print(f"\n--- {c}")
        for line in by_cause.get(c, [])[: a.limit]:
            print(line)


if __name__ == "__main__":
    main()

"""Relabel offers, pledges, promises and expressed readiness in the authored corpus as AGREE.

PLOVER and the news guidelines (§6, §8) code an offer, a pledge, a promise or a stated readiness or
willingness to act as AGREE, asserted: the offering is the act, made by the one who offers towards
the one offered to; the act offered is not coded again unless it is announced as decided (then
future). The authored corpus used to code "offered to / ready to / willing to X" as X, hypothetical.
This script finds those events (the offer cue governing the trigger, or inside it) and rewrites each
as AGREE, asserted, with the old category kept as its first ``alt``; the trigger becomes the offer's
own words. Each event it would change was reviewed by hand (issue 11, agree, 2026-12-06):
``EXCLUDE`` lists those that are no offer of cooperation (a readiness to strike or sanction, an
offer only considered, a cue that governs another clause).

    python scripts/offers_as_agree.py            # list what would change
    python scripts/offers_as_agree.py --write    # rewrite corpus/authored/part_*.jsonl
Deterministic: the files are read and written in order, each line re-serialised as it was.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "authored"

# the offer's own words: a verb of offering or pledging, or an adjective of readiness with its "to"
CUE = re.compile(
    r"\b(?:(?:has|have|had|was|were|is|are|also|quickly|publicly|quietly|since|again|repeatedly|"
    r"already|said|says|it|they|he|she|stood|stands|stand|be|been|being|would|remained|remains)\s+)*"
    r"(?P<cue>offer(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|(?:stood|stand|stands)\s+ready|"
    r"(?:ready|willing|prepared|eager)\s+to)\b",
    re.I,
)
# cooperative categories: an offer of these is AGREE (PLOVER: willingness to cooperate); a readiness
# to strike, sanction or threaten is no AGREE and is left alone
COOPERATIVE = {"CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT", "AGREE"}
MAX_GAP = 4  # at most this many words between the cue and the trigger ("offered to help Ecuador's navy")
# reviewed: found by the pattern but no offer made (document id, event index): a pledge being prepared
# or wanted, an offer under "if" or "could", an offer considered, a condition after "pledges … until"
EXCLUDE: set[tuple[str, int]] = {
    ("a5-030", 9),  # "are said to be preparing a pledge"
    ("a5-066", 13),  # "if Washington offered a trade deal"
    ("a6-026", 10),  # "had wanted a stronger pledge"
    ("a6-032", 18),  # "said it could offer"
    ("a8-015", 7),  # "would not make new aid pledges until … troops left": the leaving is the condition
    ("a9-096", 8),  # "could be offered to … companies"
    ("a11-002", 3),  # "was considering an offer to train"
}


def offer_span(sentence: str, trigger: str) -> str | None:
    """The words of the offer governing ``trigger`` in ``sentence`` (the cue through the trigger's
    start, or the trigger when it opens with the cue), or None."""
    start = sentence.find(trigger)
    if start < 0:
        return None
    if CUE.search(trigger) is not None:
        return trigger  # "has offered to mediate", "was ready to host", "Oman's offer to host"
    best = None
    for m in CUE.finditer(sentence[:start]):
        gap = sentence[m.end() : start].split()
        if len(gap) <= MAX_GAP and all(not w.endswith((",", ";")) for w in gap[:-1] or []):
            best = m
    if best is None:
        return None
    return sentence[best.start("cue") : start + len(trigger)]


def offer_trigger(sentence: str, trigger: str) -> str:
    """The offer's own words as the new trigger: the cue word ("offered", "pledged", "ready to")."""
    span = offer_span(sentence, trigger) or trigger
    m = CUE.search(span)
    assert m is not None
    cue = m.group("cue")
    return cue if cue in sentence else trigger


def relabel(doc_id: str, i: int, e: dict) -> dict | None:
    """The event rewritten as AGREE asserted, or None when it is no offer to relabel."""
    if (doc_id, i) in EXCLUDE or e["event"] not in COOPERATIVE:
        return None
    if e["event"] == "AGREE" and e["modality"] == "asserted":
        return None
    if e["modality"] not in ("hypothetical", "asserted"):
        return None  # a negated or future offer: reviewed one by one, not rewritten
    if offer_span(e["sentence"], e["trigger"]) is None:
        return None
    if e["event"] != "AGREE" and e["modality"] == "asserted" and not CUE.search(e["trigger"]):
        return None  # an asserted act near an offer word is mostly another act
    alt = [a for a in [e["event"], *e.get("alt", [])] if a != "AGREE"]
    out = dict(e)
    out["trigger"] = offer_trigger(e["sentence"], e["trigger"])
    out["event"] = "AGREE"
    if alt:
        out["alt"] = list(dict.fromkeys(alt))
    else:
        out.pop("alt", None)
    out["modality"] = "asserted"
    return {k: out[k] for k in _order(e, out)}


def _order(old: dict, new: dict) -> list[str]:
    keys = list(old)
    if "alt" in new and "alt" not in old:
        keys.insert(keys.index("event") + 1, "alt")
    return [k for k in keys if k in new]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite the corpus files")
    args = ap.parse_args(argv)
    changed = 0
    for path in sorted(CORPUS.glob("part_*.jsonl"), key=lambda p: int(p.stem.split("_")[1])):
        lines = path.read_text(encoding="utf-8").splitlines()
        out_lines = []
        for line in lines:
            doc = json.loads(line)
            for i, e in enumerate(doc["events"]):
                new = relabel(doc["id"], i, e)
                if new is None:
                    continue
                changed += 1
                print(
                    f"{doc['id']}\t{i}\t{e['event']}/{e['modality']} -> AGREE ({e['trigger']!r} -> "
                    f"{new['trigger']!r})\t{e['sentence']}"
                )
                doc["events"][i] = new
            out_lines.append(json.dumps(doc, ensure_ascii=False))
        if args.write:
            path.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    print(f"{changed} events {'rewritten' if args.write else 'to rewrite'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

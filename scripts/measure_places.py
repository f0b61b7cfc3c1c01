"""Measure event places on annotated samples (issue 15): ``geowire.geo.measure``.

Run: ``python scripts/measure_places.py [--json] [--show] [--sample FILE ...] [--all]``
(default: the tuning sample; ``--all``: the three shipped samples and their total).
``place_sample.yaml`` was used to tune the resolver; ``place_sample_heldout.yaml`` and
``place_sample_heldout_2.yaml`` were not (docs/geography.md says how far each is held out).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from geowire.geo.measure import measure
from geowire.pipeline import Analyzer
from geowire.settings import Settings

HERE = Path(__file__).resolve().parents[1] / "tests" / "geo"
SAMPLE = HERE / "place_sample.yaml"
SHIPPED = (SAMPLE, HERE / "place_sample_heldout.yaml", HERE / "place_sample_heldout_2.yaml")
COUNTS = ("events", "named", "covered", "placed", "correct", "dateline", "unannotated")


def total(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts of several samples added up, with their coverage and precision."""
    out: dict[str, Any] = {k: sum(r[k] for r in results) for k in COUNTS}
    out["coverage"] = round(out["covered"] / out["named"], 3) if out["named"] else None
    out["precision"] = round(out["correct"] / out["placed"], 3) if out["placed"] else None
    return out


def line(name: str, r: dict[str, Any]) -> str:
    return (
        f"{name}: events {r['events']}; sentence names a place: {r['named']}, got one: "
        f"{r['covered']} (coverage {r['coverage']}); placed from the sentence: {r['placed']}, "
        f"right: {r['correct']} (precision {r['precision']}); dateline fallback {r['dateline']}; "
        f"unannotated {r['unannotated']}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every event with its place and gold")
    ap.add_argument("--sample", type=Path, action="append", help="annotated sample (repeatable)")
    ap.add_argument("--all", action="store_true", help="the three shipped samples and their total")
    args = ap.parse_args()
    samples = list(SHIPPED) if args.all else (args.sample or [SAMPLE])
    analyzer = Analyzer(Settings.model_validate({}))  # the shipped defaults, loaded once
    results = {s.name: measure(s, show=args.show, analyzer=analyzer) for s in samples}
    if len(results) > 1:
        results["total"] = total(list(results.values()))
    if args.json:
        print(json.dumps(results if len(results) > 1 else next(iter(results.values()))))
    else:
        for name, r in results.items():
            print(line(name, r))


if __name__ == "__main__":
    main()

"""Measure event places on an annotated sample (issue 15): ``geowire.geo.measure``.

Run: ``python scripts/measure_places.py [--json] [--show] [--sample tests/geo/place_sample_heldout.yaml]``
(``place_sample.yaml`` was used to tune the resolver; ``place_sample_heldout.yaml`` was not).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from geowire.geo.measure import measure

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "geo" / "place_sample.yaml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every event with its place and gold")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="annotated sample (default: the tuning one)")
    args = ap.parse_args()
    result = measure(args.sample, show=args.show)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"events {result['events']}; sentence names a place: {result['named']}, got one: "
            f"{result['covered']} (coverage {result['coverage']}); placed from the sentence: "
            f"{result['placed']}, right: {result['correct']} (precision {result['precision']}); "
            f"dateline fallback {result['dateline']}; unannotated {result['unannotated']}"
        )


if __name__ == "__main__":
    main()

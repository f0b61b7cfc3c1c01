"""Compare the rule and a learned pair categorizer side by side on the same splits (issue 11).

    PYTHONPATH=src .venv/bin/python scripts/pairs_experiment.py [--plv FILE] [--test]

Every marked pair of corpus/authored (:func:`pairs_model.corpus_pairs`: a gold event whose
actor's words stand in its sentence) is read once (rules' decision + features). For each training set
(all pairs of the train split, or only the "clean" ones: both parties in the sentence, the gold
trigger on the path between them, one label for the marked pair) and each regularisation, a
multinomial logistic model is fitted on the train split, and dev prints the accuracy of

* rules     — the rule categorizer alone;
* learned   — the model alone;
* override  — the model's label where it is at least ``t`` sure, the rules' elsewhere;
* gated     — the model's label only where the rules found no trigger on the path (no decision,
  or one found near the path, in the actor's span or elsewhere in the sentence).

``--plv-convention`` relabels the authored events by their modality as the plv layout (and the rules'
adjustments) code them (:func:`pairs_model.plv_convention`), for training and dev alike.
Dev pairs are those with both parties in the sentence (as in the plv layout). The setting of each
form is chosen on dev; ``--plv FILE`` then measures the chosen forms on a plv-layout file (measurement
only: nothing is chosen on it) and ``--test`` on the authored test split (summary figures, once).
Deterministic: the fits start at zero and L-BFGS has no randomness.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

L2S = (3e-4, 1e-3, 3e-3, 1e-2)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
WEAK = frozenset({None, "near", "actor-span", "sentence"})  # the rules' `where` the gated form overrides


@dataclass(frozen=True)
class Row:
    gold: str
    reading: Any  # PairReading | None
    split: str = ""
    clean: bool = False
    has_target: bool = True


@dataclass(frozen=True)
class Form:
    name: str
    train: str
    l2: float
    threshold: float  # 0: the model alone, above 1: never
    gated: bool
    weights: dict[str, tuple[float, ...]]


def _corpus_rows(*, convention: bool) -> list[Row]:
    from collections import Counter

    from pairs_model import corpus_pairs, featurize, plv_convention

    from geowire.coding.categorize import lexicon_of
    from geowire.lang import load_language
    from geowire.nlp.annotate import load_pipeline

    lang = load_language("en")
    nlp = load_pipeline(lang)
    pairs = corpus_pairs(nlp)
    if convention:
        pairs = [replace(p, gold=plv_convention(p.gold, p.modality)) for p in pairs]
    readings = featurize([(p.text, p.source, p.target) for p in pairs], nlp, lexicon=lexicon_of(lang),
                         triggers=[p.trigger for p in pairs])  # fmt: skip
    labels = Counter((p.text, p.source, p.target, p.gold) for p in pairs)
    kinds = Counter((p.text, p.source, p.target) for p in pairs)
    rows = []
    for p, r in zip(pairs, readings, strict=True):
        one_label = labels[(p.text, p.source, p.target, p.gold)] == kinds[(p.text, p.source, p.target)]
        clean = p.target is not None and r is not None and r.trigger_place == "path" and one_label
        rows.append(Row(p.gold, r, p.split, clean, p.target is not None))
    return rows


def _plv_rows(path: Path) -> list[Row]:
    from pairs_model import featurize

    from geowire.coding.categorize import lexicon_of
    from geowire.coding.eval import read_plv
    from geowire.lang import load_language
    from geowire.nlp.annotate import load_pipeline

    lang = load_language("en")
    rows = read_plv(path)
    readings = featurize([(r.text, r.source, r.target) for r in rows], load_pipeline(lang),
                         lexicon=lexicon_of(lang))  # fmt: skip
    return [Row(r.gold or "", x) for r, x in zip(rows, readings, strict=True)]


def _rule_label(reading: Any) -> str | None:
    from geowire.coding.eval import plv_label

    d = reading.decision
    return None if d is None else plv_label(d.category)


def predict(form: Form | None, rows: Sequence[Row]) -> list[str]:
    """Each row's label by ``form`` (None: the rules); NONE where nothing is decided."""
    from pairs_model import PairModel

    from geowire.coding.eval import NO_DECISION, PLV_LABELS

    out: list[str] = []
    model = PairModel(PLV_LABELS, form.weights, form.threshold) if form is not None else None
    for r in rows:
        x = r.reading
        rule = _rule_label(x) if x is not None else None
        where = x.decision.where if x is not None and x.decision is not None else None
        if x is None or model is None or (form is not None and form.gated and where not in WEAK):
            out.append(rule or NO_DECISION)
        else:
            out.append(model.choose(x.features, rule)[0])
    return out


def _score(form: Form | None, rows: Sequence[Row]) -> tuple[float, float]:
    from geowire.coding.eval import classification_metrics

    m = classification_metrics([r.gold for r in rows], predict(form, rows))
    return m.accuracy, m.macro_f1


def _best(forms: Sequence[Form], dev: Sequence[Row]) -> Form:
    """The form with the best dev accuracy (the first of equals, in the grid's order)."""
    scored = [(_score(f, dev)[0], -k, f) for k, f in enumerate(forms)]
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def _grid(rows: Sequence[Row], dev: Sequence[Row]) -> dict[str, Form]:
    from pairs_model import fit

    from geowire.coding.eval import PLV_LABELS

    sets: dict[str, Callable[[Row], bool]] = {"all": lambda r: True, "clean": lambda r: r.clean}
    learned: list[Form] = []
    override: list[Form] = []
    gated: list[Form] = []
    for name, keep in sets.items():
        train = [r for r in rows if r.split == "train" and r.reading is not None and keep(r)]
        for l2 in L2S:
            w = fit([r.reading.features for r in train], [r.gold for r in train], classes=PLV_LABELS, l2=l2)
            learned.append(Form("learned", name, l2, 0.0, False, w))
            override += [Form("override", name, l2, t, False, w) for t in THRESHOLDS]
            gated += [Form("gated", name, l2, t, True, w) for t in (0.0, *THRESHOLDS)]
            print(f"  fitted {name} ({len(train)} pairs) l2={l2:g}: dev accuracy learned "
                  f"{_score(learned[-1], dev)[0]:.3f}", flush=True)  # fmt: skip
    return {"learned": _best(learned, dev), "override": _best(override, dev), "gated": _best(gated, dev)}


def _table(name: str, forms: dict[str, Form], rows: Sequence[Row]) -> None:
    acc, f1 = _score(None, rows)
    print(f"{name} ({len(rows)} pairs)")
    print(f"  rules      accuracy {acc:.3f}  macro-F1 {f1:.3f}")
    for kind, f in forms.items():
        acc, f1 = _score(f, rows)
        print(f"  {kind:10s} accuracy {acc:.3f}  macro-F1 {f1:.3f}   "
              f"(train {f.train}, l2 {f.l2:g}, threshold {f.threshold:g})")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--plv", type=Path, help="a plv-layout file to measure the dev-chosen forms on")
    ap.add_argument("--test", action="store_true", help="also measure the authored test split (once)")
    ap.add_argument(
        "--plv-convention",
        action="store_true",
        help="label the authored events as the plv layout does (pairs.plv_convention)",
    )
    args = ap.parse_args()
    rows = _corpus_rows(convention=args.plv_convention)
    dev = [r for r in rows if r.split == "dev" and r.has_target and r.reading is not None]
    forms = _grid(rows, dev)
    _table("authored dev", forms, dev)
    if args.test:
        _table("authored test", forms, [r for r in rows if r.split == "test" and r.has_target and r.reading])
    if args.plv is not None:
        _table(str(args.plv), forms, _plv_rows(args.plv))


if __name__ == "__main__":
    main()

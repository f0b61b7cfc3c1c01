"""Measure the event coder: the PLV pair-classification set and the PLOVER end-to-end set.

* :func:`evaluate_plv` — rows of the ``plv_dev.tsv`` layout (a sentence with a marked source
  ``<s>…</s>`` and target ``<t>…</t>``): parse the unmarked sentence, map the marks to token
  ranges, ask :func:`geowire.coding.categorize.categorize` for the category. CONCEDE and RETREAT
  count as YIELD; no decision counts as the wrong label ``NONE`` (and lowers coverage).
* :func:`evaluate_plover` — records of the ``plover_gsr.jsonl`` layout: run the whole analyser on
  the raw text and match events on (category, set of actor codes, set of recipient codes);
  :func:`evaluate_plover_view` scores what ``geowire events`` would list (the default view's floor)
  beside every stored event, as ``geowire eval news`` does for articles.

The PLV figure measures the rule categorizer between the given pair whatever the coder setting:
the learned decision stage ranks a sentence's candidate events (is this reading a right event?),
not the category linking two given parties (docs/quality.md, "GSR and PLV by mechanism").

The metric arithmetic (:func:`classification_metrics`, :func:`match_events`) is plain code over
plain data so it is tested on small hand-made inputs.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from geowire.errors import ConfigError, GeowireError
from geowire.lang.pack import LanguagePack
from geowire.types import DocAnalysis, DocContext, Event, EventActor, LearnedFloor
from geowire.yamlio import load_yaml

PLV_LABELS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "YIELD", "COOPERATE", "AID",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
NO_DECISION = "NONE"
CODES_PATH = Path(__file__).resolve().parents[1] / "data" / "plover_codes.yaml"
_MARK = re.compile(r"</?[st]>")


class EvalFormatError(GeowireError):
    """An evaluation file does not have the expected layout."""


# --- PLV: category between a marked pair -------------------------------------------------------


@dataclass(frozen=True)
class PlvRow:
    """One row of the plv layout: the unmarked text and the character spans of the marks."""

    id: str
    text: str
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    gold: str | None = None


def parse_marked(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """Strip ``<s>…</s>`` and ``<t>…</t>`` from ``marked``; return the text and the character span
    of each mark (None when absent; the first one when a mark occurs twice)."""
    out: list[str] = []
    pos = 0
    length = 0
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        tag = m.group()
        if tag.startswith("</"):
            start = opened.pop(tag[2], None)
            if start is None:
                raise EvalFormatError(f"closing {tag} without opening in {marked[:60]!r}")
            spans.setdefault(tag[2], (start, length))
        else:
            opened[tag[1]] = length
    out.append(marked[pos:])
    if opened:
        raise EvalFormatError(f"unclosed mark in {marked[:60]!r}")
    text = "".join(out)
    return text, *(_strip(spans[k], text) if k in spans else None for k in ("s", "t"))  # type: ignore[return-value]


def _strip(span: tuple[int, int], text: str) -> tuple[int, int]:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_plv(path: Path) -> list[PlvRow]:
    """Read a plv-layout TSV (``gold_root`` optional); raise :class:`EvalFormatError` when malformed."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = {"id", "marked_sentence"} - set(reader.fieldnames or ())
            if missing:
                raise EvalFormatError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
            rows = [_plv_row(r) for r in reader]
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from e
    return rows


def _plv_row(r: dict[str, str]) -> PlvRow:
    text, source, target = parse_marked(r["marked_sentence"])
    gold = (r.get("gold_root") or "").strip().upper() or None
    if gold is not None and gold not in PLV_LABELS:
        raise EvalFormatError(f"{r['id']}: unknown gold label {gold!r}")
    return PlvRow(id=r["id"], text=text, source=source, target=target, gold=gold)


def plv_label(category: str | None) -> str:
    """Our category as a PLV label: CONCEDE/RETREAT → YIELD, no decision → NONE."""
    if category is None:
        return NO_DECISION
    return "YIELD" if category in ("CONCEDE", "RETREAT") else category


@dataclass(frozen=True)
class PlvPrediction:
    id: str
    predicted: str
    rule: str | None = None
    trigger: str | None = None


def predict_plv(
    rows: Sequence[PlvRow],
    nlp: Any,
    *,
    lang: LanguagePack,
    categorize: Callable[..., Any] | None = None,
    batch_size: int = 64,
) -> list[PlvPrediction]:
    """Parse each row's sentence (``nlp.pipe``) and categorize its marked pair with the event
    lexicon of ``lang`` (or with ``categorize``, which then gets no lexicon)."""
    if categorize is None:
        from geowire.coding.categorize import categorize as categorize_fn
        from geowire.coding.categorize import lexicon_of

        categorize = partial(categorize_fn, lexicon=lexicon_of(lang))
    out: list[PlvPrediction] = []
    for row, doc in zip(rows, nlp.pipe((r.text for r in rows), batch_size=batch_size), strict=True):
        source = token_range(doc, row.source)
        target = token_range(doc, row.target)
        if source is None and target is not None:  # no marked actor: categorize from the recipient
            source, target = target, None
        decision = categorize(doc, source=source, target=target) if source else None
        if decision is None:
            out.append(PlvPrediction(row.id, NO_DECISION))
            continue
        trig = doc[decision.trigger : decision.trigger_end].text
        out.append(PlvPrediction(row.id, plv_label(decision.category), decision.rule, trig))
    return out


def token_range(doc: Any, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tokens of ``doc`` that the character ``span`` covers (expanded to whole tokens)."""
    if span is None:
        return None
    cs = doc.char_span(span[0], span[1], alignment_mode="expand")
    if cs is None or len(cs) == 0:
        return None
    return cs.start, cs.end


@dataclass(frozen=True)
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class ClassificationMetrics:
    """Accuracy, macro-F1 over ``labels``, per-class scores, the confusion matrix, coverage."""

    n: int
    accuracy: float
    macro_f1: float
    coverage: float
    per_class: dict[str, ClassScore]
    confusion: dict[str, dict[str, int]]  # gold → predicted → count
    labels: tuple[str, ...] = field(default=PLV_LABELS)


def classification_metrics(gold: Sequence[str], predicted: Sequence[str], *,
                           labels: Sequence[str] = PLV_LABELS) -> ClassificationMetrics:  # fmt: skip
    """Score ``predicted`` against ``gold``; a prediction outside ``labels`` (e.g. NONE) is wrong.

    Macro-F1 is the mean F1 over ``labels`` (a label with no gold and no prediction scores 0 and is
    still averaged, as in scikit-learn's ``f1_score(average="macro", labels=...)``)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    n = len(gold)
    pairs = Counter(zip(gold, predicted, strict=True))
    confusion: dict[str, dict[str, int]] = {}
    for (g, p), c in pairs.items():
        confusion.setdefault(g, {})[p] = c
    per_class = {lab: _class_score(lab, pairs) for lab in labels}
    correct = sum(c for (g, p), c in pairs.items() if g == p)
    covered = sum(1 for p in predicted if p != NO_DECISION)
    return ClassificationMetrics(
        n=n,
        accuracy=correct / n if n else 0.0,
        macro_f1=sum(s.f1 for s in per_class.values()) / len(per_class) if per_class else 0.0,
        coverage=covered / n if n else 0.0,
        per_class=per_class,
        confusion=confusion,
        labels=tuple(labels),
    )


def _class_score(label: str, pairs: Counter[tuple[str, str]]) -> ClassScore:
    tp = pairs.get((label, label), 0)
    pred = sum(c for (_, p), c in pairs.items() if p == label)
    gold = sum(c for (g, _), c in pairs.items() if g == label)
    precision = tp / pred if pred else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScore(precision, recall, f1, gold)


def evaluate_plv(
    rows: Sequence[PlvRow], nlp: Any, *, lang: LanguagePack, **kw: Any
) -> tuple[list[PlvPrediction], ClassificationMetrics | None]:
    """Predict every row; score when every row has a gold label (else metrics are None)."""
    preds = predict_plv(rows, nlp, lang=lang, **kw)
    if not rows or any(r.gold is None for r in rows):
        return preds, None
    return preds, classification_metrics([r.gold or "" for r in rows], [p.predicted for p in preds])


# --- PLOVER end to end ---------------------------------------------------------------------------

EventKey = tuple[str, frozenset[str], frozenset[str]]


@dataclass(frozen=True)
class GsrRecord:
    """One gold record: the raw text, its date and the gold event key."""

    id: str
    text: str
    date: dt.date | None
    key: EventKey


@dataclass(frozen=True)
class CodeMap:
    """How codes are compared: old/variant codes → current ones, organisation types → IGO etc."""

    aliases: Mapping[str, str]
    igo_types: frozenset[str]
    stateless_group: str | None = None

    def normalise(self, code: str | None) -> str | None:
        if not code:
            return None
        code = code.strip().upper()
        code = self.aliases.get(code, code)
        return "IGO" if code in self.igo_types else code


def load_code_map(path: Path = CODES_PATH) -> CodeMap:
    """Read ``plover_codes.yaml`` (aliases of old codes, organisation types compared as IGO)."""
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from e
    if not isinstance(raw, dict) or not {"aliases", "igo_types"} <= set(raw) <= _CODE_KEYS:
        raise ConfigError(f"{path.name}: expected the keys 'aliases' and 'igo_types' (and 'stateless_group')")
    aliases = {str(k).upper(): str(v).upper() for k, v in (raw["aliases"] or {}).items()}
    stateless = raw.get("stateless_group")
    return CodeMap(aliases=aliases, igo_types=frozenset(str(t).upper() for t in raw["igo_types"]),
                   stateless_group=str(stateless).upper() if stateless else None)  # fmt: skip


_CODE_KEYS = frozenset({"aliases", "igo_types", "stateless_group"})


def load_group_countries() -> dict[str, str | None]:
    """The country of each non-state group of the shipped knowledge base (None when it has none).
    The gold sets code a group by its country plus a sector (Hamas → PSE REB), so a group is
    compared by its country."""
    from geowire.actors.kb import shipped_kb
    from geowire.lang import load_language

    return {code: g.country for code, g in shipped_kb(load_language("en")).groups.items()}


def read_gsr(path: Path, *, codes: CodeMap | None = None) -> list[GsrRecord]:
    """Read a plover_gsr-layout JSONL file into gold records."""
    codes = codes or load_code_map()
    out: list[GsrRecord] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(_gsr_record(r, codes))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise EvalFormatError(f"{path}:{n}: not a plover_gsr record ({e})") from e
    return out


def _gsr_record(r: dict[str, Any], codes: CodeMap) -> GsrRecord:
    def code_set(v: Any) -> frozenset[str]:
        items = v if isinstance(v, list) else []
        return frozenset(c for c in (codes.normalise(a.get("code")) for a in items) if c)

    event = r.get("event_current") or r["event_orig"]
    date = dt.date.fromisoformat(r["date"]) if r.get("date") else None
    return GsrRecord(id=str(r.get("id", "")), text=r["text"], date=date,
                     key=(event, code_set(r.get("actors")), code_set(r.get("recipients"))))  # fmt: skip


def actor_code(
    actor: EventActor,
    codes: CodeMap,
    *,
    org_types: Mapping[str, str] | None = None,
    group_countries: Mapping[str, str | None] | None = None,
) -> str | None:
    """The code an event actor is compared with. Organisations compare as "IGO" (the gold sets code
    every organisation so) unless ``org_types`` gives their PLOVER type. A group listed in
    ``group_countries`` compares as its country, or as ``codes.stateless_group`` when it has none."""
    if actor.kind == "igo":
        kind = (org_types or {}).get(actor.code or "", "IGO")
        return codes.normalise(kind)
    if actor.kind == "group" and group_countries is not None and (actor.code or "") in group_countries:
        return codes.normalise(group_countries[actor.code or ""] or codes.stateless_group or actor.code)
    return codes.normalise(actor.code)


def event_keys(
    events: Iterable[Event],
    codes: CodeMap,
    *,
    org_types: Mapping[str, str] | None = None,
    group_countries: Mapping[str, str | None] | None = None,
    asserted_only: bool = False,
) -> set[EventKey]:
    """Comparable keys of one sentence's events; compound actors count once: the parts of one event
    (the events of one trigger: joint action coded once per actor) of the same category and
    recipients are merged into one with the union of their actors (and likewise recipients for the
    same category and actors). Events of different triggers stay apart: merging them would make a
    key no event has ("X gave asylum to Y" and "X gave asylum to Z" are not X → {Y, Z})."""

    def code(a: EventActor) -> str | None:
        return actor_code(a, codes, org_types=org_types, group_countries=group_countries)

    by_trigger: dict[tuple[int, int, int], list[EventKey]] = {}
    for e in events:
        if asserted_only and e.modality != "asserted":
            continue
        acts = frozenset(c for c in (code(a) for a in e.actors) if c)
        recs = frozenset(c for c in (code(a) for a in e.recipients) if c)
        trigger = (e.sentence_index, e.trigger.start, e.trigger.end)
        by_trigger.setdefault(trigger, []).append((e.category, acts, recs))
    out: set[EventKey] = set()
    for parts in by_trigger.values():
        out |= _merge(_merge(parts, by_actors=True), by_actors=False)
    return out


def _merge(keys: Iterable[EventKey], *, by_actors: bool) -> set[EventKey]:
    groups: dict[tuple[str, frozenset[str]], set[str]] = {}
    for cat, acts, recs in keys:
        fixed, other = (acts, recs) if by_actors else (recs, acts)
        groups.setdefault((cat, frozenset(fixed)), set()).update(other)
    out: set[EventKey] = set()
    for (cat, key_set), rest in groups.items():
        merged = frozenset(rest)
        out.add((cat, key_set, merged) if by_actors else (cat, merged, key_set))
    return out


@dataclass(frozen=True)
class MatchCounts:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match_events(gold: Sequence[set[EventKey]], predicted: Sequence[set[EventKey]]) -> MatchCounts:
    """Exact key matching per sentence, summed: tp = shared keys, fp/fn = the rest."""
    tp = fp = fn = 0
    for g, p in zip(gold, predicted, strict=True):
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    return MatchCounts(tp, fp, fn)


@dataclass(frozen=True)
class PloverResult:
    id: str
    gold: EventKey
    predicted: tuple[EventKey, ...]


Analyse = Callable[[Iterable[tuple[DocContext, str]]], Iterator[DocAnalysis]]


@dataclass(frozen=True)
class PloverEvaluation:
    """The PLOVER end-to-end figures of the events a user is shown (``shown``: what ``geowire events``
    lists under the same floors) and of every event the coder stored (``stored``); ``results`` per
    record, from the shown events."""

    shown: MatchCounts
    stored: MatchCounts
    results: list[PloverResult]
    min_confidence: float | None
    learned_floor: LearnedFloor | None


def shown_events(events: Iterable[Event], *, min_confidence: float | None = None,
                 learned_floor: LearnedFloor | None = None) -> list[Event]:  # fmt: skip
    """The events ``geowire events`` lists with these options: ``min_confidence`` hides every event
    below it; ``learned_floor`` (the default view's floor: one, or one per modality) hides only
    the learned stage's, as
    :func:`geowire.store.events.query_events` does (the rule coder's confidences are tiers on
    another scale)."""
    from geowire.store.derived import in_model

    return [
        e for e in events
        if (min_confidence is None or e.confidence >= min_confidence)
        and in_model({"rule": e.rule, "confidence": e.confidence, "modality": e.modality}, learned_floor)
    ]  # fmt: skip


def evaluate_plover(
    records: Sequence[GsrRecord],
    analyse: Analyse,
    *,
    codes: CodeMap | None = None,
    org_types: Mapping[str, str] | None = None,
    group_countries: Mapping[str, str | None] | None = None,
) -> tuple[MatchCounts, list[PloverResult]]:
    """Run ``analyse`` (e.g. ``pipeline.Analyzer(settings).analyse``) over each record's text and
    match every event it codes against the gold event. Groups compare as their country
    (``group_countries``, by default those of the shipped knowledge base)."""
    ev = evaluate_plover_view(records, analyse, codes=codes, org_types=org_types,
                              group_countries=group_countries)  # fmt: skip
    return ev.stored, ev.results


def evaluate_plover_view(
    records: Sequence[GsrRecord],
    analyse: Analyse,
    *,
    min_confidence: float | None = None,
    learned_floor: LearnedFloor | None = None,
    codes: CodeMap | None = None,
    org_types: Mapping[str, str] | None = None,
    group_countries: Mapping[str, str | None] | None = None,
) -> PloverEvaluation:
    """:func:`evaluate_plover` scoring what a user is shown (:func:`shown_events` under
    ``min_confidence`` and ``learned_floor``, as ``geowire eval news`` scores news articles) beside
    every stored event, from one run of ``analyse``."""
    codes = codes or load_code_map()
    if group_countries is None:
        group_countries = load_group_countries()
    items = [(DocContext(doc_id=r.id or f"gsr-{i}", published=r.date), r.text) for i, r in enumerate(records)]
    analyses = list(analyse(items))
    if len(analyses) != len(records):
        raise EvalFormatError(f"the analyser returned {len(analyses)} analyses for {len(records)} records")

    def keyed(events: Iterable[Event]) -> set[EventKey]:
        return event_keys(events, codes, org_types=org_types, group_countries=group_countries)

    gold = [{r.key} for r in records]
    stored = [keyed(a.events) for a in analyses]
    shown = [
        keyed(shown_events(a.events, min_confidence=min_confidence, learned_floor=learned_floor))
        for a in analyses
    ]
    results = [
        PloverResult(r.id, r.key, tuple(sorted(p, key=str))) for r, p in zip(records, shown, strict=True)
    ]
    return PloverEvaluation(match_events(gold, shown), match_events(gold, stored), results,
                            min_confidence, learned_floor)  # fmt: skip


__all__ = [
    "NO_DECISION", "PLV_LABELS", "ClassScore", "ClassificationMetrics", "CodeMap", "EvalFormatError",
    "GsrRecord", "MatchCounts", "PloverEvaluation", "PloverResult", "PlvPrediction", "PlvRow",
    "actor_code", "classification_metrics", "evaluate_plover", "evaluate_plover_view", "evaluate_plv",
    "event_keys", "load_code_map", "load_group_countries", "match_events", "parse_marked", "plv_label",
    "predict_plv", "read_gsr", "read_plv", "shown_events",
]  # fmt: skip

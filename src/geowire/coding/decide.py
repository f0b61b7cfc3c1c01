"""The learned decision stage: which candidate events to keep, and how sure we are.

The rule stages (roles → categorize → modality) propose candidates, each with features
(:mod:`geowire.coding.features`); a model trained on the authored corpus (``geowire train``,
:mod:`geowire.coding.train`) gives each the probability that it is a right event (category, actor
and recipient as the annotation guidelines code them). The shipped model is the gated form
(:meth:`LinearDecider._gated`): a logistic model over the trigger's own features of whether the
trigger is an event at all, the reading's single-stage score and how far it trails the best
reading of its trigger, weighed together and calibrated on the corpus's dev split — a reading that
leads its trigger gains nothing from leading, so it cannot make a trigger that is no event one.
Per trigger the best-scoring reading is kept (with other actors' shares of joint action on its
recipient); events whose probability is below the model's ``store_threshold`` are not coded. The
probability is the event's ``confidence``; ``min_confidence`` (the default of ``--min-confidence``)
was chosen on dev for precision ≥ 0.8.

The artefact is a small JSON file (``data/models/decider.json``): feature → weight for each
factor, the calibration and the thresholds. Its user reads it once and keeps it (the coder, at
construction). A file with ``gate_weights`` is the gated form; without them and without the
trigger factor it is a single logistic model over the readings; with ``trigger_weights`` the
two-factor form (P(the trigger is an event) × a softmax over its readings); one with
``event_weights`` is the relative form (docs/learned.md, "Why the decider underfits"), and with
``single_weights`` too the mixed form (the higher of the single-stage and the relative
probability); one with ``rank_weights`` is the stacked form (a single logistic model that also
reads how each reading compares with the other readings of its trigger, and where a model of
which reading is right ranks it: :meth:`LinearDecider.in_context`).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path

from geowire.coding.features import (
    CUE,
    TriggerKey,
    by_trigger,
    dyad_context,
    grouped,
    trigger_context,
    trigger_key,
)
from geowire.coding.floors import ARTEFACT, modality_floors_of, model_floor_of
from geowire.errors import ConfigError
from geowire.types import Event, EventActor

MODEL_PATH = ARTEFACT
SYMMETRIC = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})
# the kinds of modality cue that tie the act to a condition ("will defend X if Y attacks", "would
# expel them if …"): whatever the modality model prefers, such a reading is never made a deed (it may
# still tell a condition's future from its hypothesis); a rule reading, like a firm veto of the coder
CONDITION_CUES = frozenset({"condition", "conditioned"})


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def log_odds(p: float) -> float:
    """log(p / (1 - p)), finite at 0 and 1 (the two-factor probability before calibration)."""
    return math.log(p / (1.0 - p + 1e-12) + 1e-12)


@dataclass(frozen=True)
class LinearDecider:
    """A logistic model over string features; with ``trigger_weights``, the two-factor model:
    P(the trigger is an event) × softmax over its readings of ``weights``, calibrated by
    ``calibration`` (a, b: sigmoid(a · log-odds + b))."""

    weights: dict[str, float]
    store_threshold: float
    min_confidence: float
    version: str = "decider"
    modality_weights: dict[str, dict[str, float]] = dataclasses.field(default_factory=dict)
    modality_margin: float = 0.0  # the model overrides the rules only by this share of the votes
    assert_margin: float = 2.0  # ... and asserts what the rules read as not done by this (2: never)
    # the kinds of modality cue (:data:`geowire.coding.modality.CueKind`) whose reading the modality
    # model may not overrule ("refrained from criticising" stays negated): ``train.FIRM_ALWAYS`` and what
    # dev adds to it (``train.choose_firm``)
    firm_cues: frozenset[str] = frozenset()
    trigger_weights: dict[str, float] = dataclasses.field(default_factory=dict)
    calibration: tuple[float, float] = (1.0, 0.0)
    event_weights: dict[str, float] = dataclasses.field(default_factory=dict)  # the relative form's
    single_weights: dict[str, float] = dataclasses.field(default_factory=dict)  # the mixed form's
    rank_weights: dict[str, float] = dataclasses.field(default_factory=dict)  # the stacked form's
    gate_weights: dict[str, float] = dataclasses.field(default_factory=dict)  # the gated form's
    # the gated form's single-stage and reading models read what sets each reading apart from the other
    # readings of its trigger (:func:`~geowire.coding.features.trigger_context`; ``train.Form.GATED_CONTEXT``)
    context: bool = False
    # the gated form with a choice per trigger: the reading the reading model ranks first (``weights``) takes
    # the highest probability any reading of its trigger has (``train.Form.GATED_CHOICE``)
    reading_choice: bool = False
    # every model reads whether the rules join a reading's parties in another sentence of its article
    # (:func:`~geowire.coding.features.dyad_context`; ``train.DYADS``)
    dyads: bool = False
    mix: tuple[float, ...] = ()  # the gated form's: single-stage, trigger and reading weights, bias
    # the gated form's calibration per modality: added to its log-odds by the reading's modality (fitted on
    # dev with ``mix``; a modality rarer in training is not scored down for its rarity alone)
    modality_shift: dict[str, float] = dataclasses.field(default_factory=dict)
    # the floor at which the model layer (occurrences, dyads, network) counts events: chosen on dev
    # for precision >= 0.7; unset: ``min_confidence`` (:attr:`model_floor`)
    model_min_confidence: float | None = None
    # the default view's floor per modality of the event, chosen on dev by ``min_confidence``'s rule
    # (``train.choose_modality_floors``); a modality without one, or an artefact without the field,
    # has ``min_confidence`` (:func:`geowire.coding.floors.read_floors`)
    modality_floors: dict[str, float] = dataclasses.field(default_factory=dict)

    @property
    def model_floor(self) -> float:
        """The floor at which the model layer counts events: ``model_min_confidence``, else
        ``min_confidence`` (artefacts written before the field)."""
        return model_floor_of(self.model_min_confidence, self.min_confidence)

    def modality(self, features: Sequence[str], rules: str) -> tuple[str, float] | None:
        """The modality the modality model prefers over the rules' ``rules``, with its share of the
        votes; None when there is no model or it does not beat the rules' reading by the margin."""
        if not self.modality_weights:
            return None
        if self.firm_cues and any(x.startswith(CUE) and x[len(CUE) :] in self.firm_cues for x in features):
            return None
        names, table = self._modality_table
        sums = [0.0] * len(names)
        for f in dict.fromkeys(features):  # every model's sum in one pass (each feature counted once)
            for i, x in table.get(f, ()):
                sums[i] += x
        scores = {name: _sigmoid(z) for name, z in zip(names, sums, strict=True)}
        total = sum(scores.values()) or 1.0
        best = max(sorted(scores), key=lambda k: scores[k])
        conditioned = any(x.startswith(CUE) and x[len(CUE) :] in CONDITION_CUES for x in features)
        if best == "asserted" and conditioned:
            return None  # "will defend X if Y attacks": the act holds only under the condition
        margin = self.assert_margin if best == "asserted" else self.modality_margin
        if best == rules or (scores[best] - scores.get(rules, 0.0)) / total < margin:
            return None  # turning a rule's "not done" into a deed needs more evidence (GDELT's error)
        return best, scores[best] / total

    def logit(self, features: Sequence[str]) -> float:
        """The reading's score (each feature counted once, as in training)."""
        w = self.weights
        return sum(w.get(f, 0.0) for f in dict.fromkeys(features))

    def probability(self, features: Sequence[str]) -> float:
        """The probability of one candidate scored alone (the single-stage model)."""
        return _sigmoid(self.logit(features))

    def in_context(self, candidates: Sequence[tuple[Event, Sequence[str]]]
                   ) -> list[tuple[Event, tuple[str, ...]]]:  # fmt: skip
        """The candidates as the model reads them: for the stacked form (``rank_weights``) with
        the features that compare each with the other readings of its trigger
        (:func:`~geowire.coding.features.trigger_context`) and where a model of which reading of a
        trigger is right ranks it (:func:`ranked`); with ``context`` (the gated form) with those
        comparing features only; the others read the candidates' own features. With ``dyads`` each
        also reads whether the rules join its parties elsewhere in the article (:func:`dyad_context`)."""
        if self.dyads:
            candidates = dyad_context(candidates)
        if self.rank_weights:
            return ranked(trigger_context(candidates), self.rank_weights)
        if self.context:
            return trigger_context(candidates)
        return [(e, tuple(f)) for e, f in candidates]

    def probabilities(self, candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[float]:
        """The probability of each candidate, its features put in context (:meth:`in_context`)."""
        return self.scored(self.in_context(candidates))

    def scored(self, candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[float]:
        """The probability of each candidate whose features are in context (:meth:`in_context`):
        alone (single-stage and stacked models), P(its trigger is an event) × its share of the
        softmax over the readings of its trigger (two-factor), the relative form's
        (:meth:`_relative`), or the higher of the single-stage and the relative probability
        (mixed), or the gated form's (:meth:`_gated`); all calibrated."""
        if self.gate_weights:
            return self._gated(candidates)
        if self.event_weights and self.single_weights:  # the mixed form: the higher of the two
            sw = self.single_weights
            single = [_sigmoid(sum(sw.get(x, 0.0) for x in dict.fromkeys(f))) for _, f in candidates]
            return [max(p, q) for p, q in zip(single, self._relative(candidates), strict=True)]
        if self.event_weights:
            return self._relative(candidates)
        if not self.trigger_weights:
            return [self.probability(f) for _, f in candidates]
        groups = by_trigger(candidates)
        out = [0.0] * len(candidates)
        tw = self.trigger_weights
        a, b = self.calibration
        for members in groups.values():
            union = dict.fromkeys(f for k in members for f in candidates[k][1])
            p_event = _sigmoid(sum(tw.get(f, 0.0) for f in union))
            z = [self.logit(candidates[k][1]) for k in members]
            top = max(z)
            e = [math.exp(x - top) for x in z]
            total = sum(e)
            for k, ek in zip(members, e, strict=True):
                out[k] = _sigmoid(a * log_odds(p_event * ek / total) + b)
        return out

    def _relative(self, candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[float]:
        """The relative form: P(the reading is an event, were it the right reading of its trigger)
        (``event_weights``, over the reading's own features) × exp(its reading score − the best
        reading score of its trigger): the trigger's best reading keeps the whole event
        probability, the others are discounted by how far they trail it; calibrated."""
        z = [self.logit(f) for _, f in candidates]
        best: dict[TriggerKey, float] = {}
        for (event, _), zk in zip(candidates, z, strict=True):
            key = trigger_key(event)
            best[key] = max(best.get(key, zk), zk)
        ew = self.event_weights
        a, b = self.calibration
        out = []
        for (event, f), zk in zip(candidates, z, strict=True):
            p_event = _sigmoid(sum(ew.get(x, 0.0) for x in dict.fromkeys(f)))
            out.append(_sigmoid(a * log_odds(p_event * math.exp(zk - best[trigger_key(event)])) + b))
        return out

    def _gated(self, candidates: Sequence[tuple[Event, Sequence[str]]]) -> list[float]:
        """The gated form: the log-odds that the trigger is an event at all, a logistic model over
        the trigger's own features only (``gate_weights``, :func:`trigger_features`: its words,
        where it stands, its negation and modality cues, which categories its readings have,
        whether the rules code it), the reading's single-stage score (``single_weights``) and how
        far the reading trails its trigger's best under a model of which reading is right
        (``weights``; 0 for the best), weighed by ``mix`` (fitted on dev). Being the best reading
        adds nothing: a trigger that is no event stays none however clearly one reading leads."""
        *w, bias = self.mix
        shift = self.modality_shift
        parts = self.gated_parts(candidates)
        out = [_sigmoid(sum(a * x for a, x in zip(w, p, strict=True)) + bias + shift.get(e.modality, 0))
               for p, (e, _) in zip(parts, candidates, strict=True)]  # fmt: skip
        return self._chosen(candidates, parts, out) if self.reading_choice else out

    @staticmethod
    def _chosen(candidates: Sequence[tuple[Event, Sequence[str]]],
                parts: Sequence[tuple[float, float, float]], probs: list[float]) -> list[float]:  # fmt: skip
        """``probs`` with, per trigger, the highest probability of its readings given to the reading the
        reading model ranks first (its gap 0; ties: the higher single-stage score, then the first): which
        reading of an event trigger is right is the reading model's choice, whether it is an event the
        weighing's (the other readings keep their own probability, the one that had the highest just
        below it: the choice does not depend on the candidates' order)."""
        out = list(probs)
        for members in by_trigger(candidates).values():
            first = max(members, key=lambda k: (parts[k][2], parts[k][0], -k))
            best = max(probs[k] for k in members)
            for k in members:
                if k != first and out[k] >= best:
                    out[k] = math.nextafter(best, 0.0)
            out[first] = best
        return out

    def gated_parts(self, candidates: Sequence[tuple[Event, Sequence[str]]]
                    ) -> list[tuple[float, float, float]]:  # fmt: skip
        """For each candidate the gated form's three scores (:meth:`_gated`): single-stage, trigger,
        and the reading's gap to the best reading of its trigger (≤ 0)."""
        gw, both = self.gate_weights, self._single_and_reading.get
        out = [(0.0, 0.0, 0.0)] * len(candidates)
        for members in by_trigger(candidates).values():
            feats = [candidates[k][1] for k in members]
            gate = sum(gw.get(f, 0.0) for f in trigger_features(feats))
            scores = []
            for f in feats:  # both sums in one pass over the reading's features (each counted once)
                single = reading = 0.0
                for x in dict.fromkeys(f):
                    pair = both(x)
                    if pair is not None:  # a feature neither model knows adds 0.0 to both
                        single += pair[0]
                        reading += pair[1]
                scores.append((single, reading))
            top = max(z for _, z in scores)
            for k, (single, z) in zip(members, scores, strict=True):
                out[k] = (single, gate, z - top)
        return out

    @cached_property
    def _modality_table(self) -> tuple[list[str], dict[str, list[tuple[int, float]]]]:
        """The modality models' names, and for each feature the (model, weight) pairs of the models
        that weigh it, in the models' order: :meth:`modality` reads each feature once for all the
        models (a feature a model lacks adds 0.0 to its sum, which changes no sum)."""
        names = list(self.modality_weights)
        table: dict[str, list[tuple[int, float]]] = {}
        for i, name in enumerate(names):
            for f, x in self.modality_weights[name].items():
                table.setdefault(f, []).append((i, x))
        return names, table

    @cached_property
    def _single_and_reading(self) -> dict[str, tuple[float, float]]:
        """Each feature's single-stage and reading weight (0.0 where one model lacks it), so that
        :meth:`gated_parts` looks each feature up once."""
        sw, w = self.single_weights, self.weights
        return {x: (sw.get(x, 0.0), w.get(x, 0.0)) for x in (*sw, *w)}

    def contributions(self, features: Sequence[str], top: int = 8) -> list[tuple[str, float]]:
        """The features that moved the score most, strongest first: the reading's (which of the
        trigger's readings; the gated form: its single-stage model's) and, marked "event:", the trigger
        factor's (whether it is an event)."""
        unique = [f for f in dict.fromkeys(features) if f != "bias"]
        w = self.single_weights if self.gate_weights else self.weights
        reading = sorted(((f, w[f]) for f in unique if f in w), key=lambda p: -abs(p[1]))
        factor = self.gate_weights or self.event_weights or self.trigger_weights
        if not factor:
            return reading[:top]
        own = trigger_features([unique]) if self.gate_weights else unique
        event = sorted(((f"event:{f}", factor[f]) for f in own if f in factor),
                       key=lambda p: -abs(p[1]))  # fmt: skip
        half = (top + 1) // 2
        return event[:half] + reading[: top - min(half, len(event))]

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "store_threshold": self.store_threshold,
            "min_confidence": self.min_confidence,
            "model_min_confidence": self.model_min_confidence,
            **(
                {"modality_floors": dict(sorted(self.modality_floors.items()))}
                if self.modality_floors
                else {}
            ),
            "weights": dict(sorted(self.weights.items())),
            "modality_weights": {
                k: dict(sorted(v.items())) for k, v in sorted(self.modality_weights.items())
            },
            "modality_margin": self.modality_margin,
            "assert_margin": self.assert_margin,
            **({"firm_cues": sorted(self.firm_cues)} if self.firm_cues else {}),
            "trigger_weights": dict(sorted(self.trigger_weights.items())),
            "calibration": list(self.calibration),
            **({"event_weights": dict(sorted(self.event_weights.items()))} if self.event_weights else {}),
            **({"single_weights": dict(sorted(self.single_weights.items()))} if self.single_weights else {}),
            **({"rank_weights": dict(sorted(self.rank_weights.items()))} if self.rank_weights else {}),
            **({"gate_weights": dict(sorted(self.gate_weights.items()))} if self.gate_weights else {}),
            **({"context": True} if self.context else {}),
            **({"reading_choice": True} if self.reading_choice else {}),
            **({"dyads": True} if self.dyads else {}),
            **({"mix": list(self.mix)} if self.mix else {}),
            **({"modality_shift": dict(sorted(self.modality_shift.items()))} if self.modality_shift else {}),
        }


def load_decider(path: Path | None = None) -> LinearDecider:
    """The decider saved at ``path`` (default: the shipped artefact), read from disk on each call:
    its user loads it once and keeps it (:class:`~geowire.coding.coder.EventCoder` at construction)."""
    path = path or MODEL_PATH
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LinearDecider(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            store_threshold=float(raw["store_threshold"]),
            min_confidence=float(raw["min_confidence"]),
            model_min_confidence=_optional_float(raw.get("model_min_confidence")),
            modality_floors=modality_floors_of(raw.get("modality_floors")),
            version=str(raw.get("version", "decider")),
            modality_weights={
                str(m): {str(k): float(v) for k, v in w.items()}
                for m, w in (raw.get("modality_weights") or {}).items()
            },
            modality_margin=float(raw.get("modality_margin", 0.0)),
            assert_margin=float(raw.get("assert_margin", 2.0)),
            firm_cues=frozenset(str(k) for k in raw.get("firm_cues") or ()),
            trigger_weights={str(k): float(v) for k, v in (raw.get("trigger_weights") or {}).items()},
            calibration=_pair(raw.get("calibration", (1.0, 0.0))),
            event_weights={str(k): float(v) for k, v in (raw.get("event_weights") or {}).items()},
            single_weights={str(k): float(v) for k, v in (raw.get("single_weights") or {}).items()},
            rank_weights={str(k): float(v) for k, v in (raw.get("rank_weights") or {}).items()},
            gate_weights={str(k): float(v) for k, v in (raw.get("gate_weights") or {}).items()},
            context=bool(raw.get("context", False)),
            reading_choice=bool(raw.get("reading_choice", False)),
            dyads=bool(raw.get("dyads", False)),
            mix=tuple(float(x) for x in (raw.get("mix") or ())),
            modality_shift={str(k): float(v) for k, v in (raw.get("modality_shift") or {}).items()},
        )
    except FileNotFoundError as e:
        raise ConfigError(f"no decision model at {path} (run `geowire train` or `make train`)") from e
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ConfigError(f"decision model {path} is unreadable: {e}") from e


def _pair(raw: object) -> tuple[float, float]:
    if not isinstance(raw, list | tuple) or len(raw) != 2:
        raise ValueError(f"calibration must be two numbers, not {raw!r}")
    return float(raw[0]), float(raw[1])


# the features of a reading that belong to its trigger, not to the reading (the same for every reading
# of it: its words, where it stands, its sentence, its negation and modality cues, its shape)
TRIGGER_LEVEL = ("bias", "lemma=", "pos=", "dep=", "head=", "where=", "adj=", "block=", "question", "quote",
                 "sentidx=", "len=", "hedge=", "gov=", "top=", "topsubj=", "topmod=", "tmod=", "nmod=",
                 "nmod|dep=", "clause=", "mod=", "rep=", "cat|lemma=", "tparty=", "tgov=")  # fmt: skip


_MARKED = ("cat=", "rulepick")  # a reading's, marked as its trigger's (``t:cat=``, ``t:rulepick``)


def trigger_features(readings: Sequence[Sequence[str]]) -> list[str]:
    """The features of a trigger for the gated form's event factor, from the features of its
    ``readings``: the trigger-level ones (``TRIGGER_LEVEL``) of any reading, each category read on
    it (``t:cat=``), whether the rule stages code it (``t:rulepick``, with the category) and the
    vetoes every reading has (``t:veto=``)."""
    out: list[str] = []
    marks: set[str] = set()
    vetoes: list[str] = []
    kinds = _KINDS  # each feature's kind, read inline: half the cost of an lru_cache call
    for x in dict.fromkeys(chain.from_iterable(readings)):  # one pass: this runs for every trigger
        kind = kinds.get(x)
        if kind is None:
            if len(kinds) >= _MAX_KINDS:
                kinds.clear()
            kind = kinds[x] = _feature_kind(x)
        if kind == _TRIGGER:
            out.append(x)
        elif kind == _MARK:
            marks.add(f"t:{x}")
        elif kind == _VETO:
            vetoes.append(x)
    out += sorted(marks)
    out += sorted(f"t:{v}" for v in vetoes if all(v in f for f in readings))
    out.append(f"t:nread={_bucket(len(readings), (1, 3, 8, 20))}")
    return out


_TRIGGER, _MARK, _VETO, _OTHER = range(4)


# the kind of each feature seen (kept: the same feature strings come back in every article, and trying
# each prefix was most of :func:`trigger_features`' time), emptied when it holds _MAX_KINDS
_KINDS: dict[str, int] = {}
_MAX_KINDS = 1 << 16


def _feature_kind(x: str) -> int:
    """Which of :func:`trigger_features`' kinds a feature is."""
    if x.startswith(TRIGGER_LEVEL):
        return _TRIGGER
    if x.startswith(_MARKED):
        return _MARK
    return _VETO if x.startswith("veto=") else _OTHER


def _bucket(x: float, edges: tuple[float, ...]) -> str:
    return str(next((k for k, e in enumerate(edges) if x <= e), len(edges)))


def rank_features(z: Sequence[float], keys: Sequence[TriggerKey],
                  crosses: Sequence[Sequence[str]]) -> list[list[str]]:  # fmt: skip
    """For each reading (score ``z`` by a model of which reading of a trigger is right, trigger
    ``keys``) where that model puts it among the readings of its trigger: the top one or
    trailing (also crossed with each of the reading's ``crosses``, e.g. its category), by how
    much, its softmax share, and for the top one its lead over the next."""
    ranks = {}  # per trigger: its scores best first, and the softmax's denominator
    for key, members in grouped(keys).items():
        scores = sorted((z[k] for k in members), reverse=True)
        ranks[key] = (scores, sum(math.exp(x - scores[0]) for x in scores))
    out = []
    for zk, key, cross in zip(z, keys, crosses, strict=True):
        scores, total = ranks[key]
        gap = scores[0] - zk
        share = math.exp(-gap) / total
        top = "top" if gap <= 1e-9 else "trail"
        f = [f"rk={top}", *(f"rk|{c}|{top}" for c in cross),
             f"rkgap={_bucket(gap, (0.0, 0.5, 1.0, 2.0, 4.0))}",
             f"rkshare={_bucket(share, (0.1, 0.25, 0.5, 0.75, 0.95))}"]  # fmt: skip
        if top == "top" and len(scores) > 1:
            f.append(f"rklead={_bucket(scores[0] - scores[1], (0.25, 0.5, 1.0, 2.0, 4.0))}")
        out.append(f)
    return out


RANK_CROSSES = ("cat=", "rcpt=", "rrank=")  # the features the stacked form crosses with the rank


def rank_crosses(feats: Sequence[str]) -> list[str]:
    """The features of a reading that :func:`rank_features` crosses with its rank."""
    return [x for x in feats if x.startswith(RANK_CROSSES)]


def ranked(candidates: Sequence[tuple[Event, Sequence[str]]], rank_weights: dict[str, float]
           ) -> list[tuple[Event, tuple[str, ...]]]:  # fmt: skip
    """The candidates with their :func:`rank_features` under the reading model ``rank_weights``."""
    z = [sum(rank_weights.get(x, 0.0) for x in dict.fromkeys(f)) for _, f in candidates]
    keys = [trigger_key(e) for e, _ in candidates]
    extra = rank_features(z, keys, [rank_crosses(f) for _, f in candidates])
    return [(e, (*f, *x)) for (e, f), x in zip(candidates, extra, strict=True)]


def _placed_by(event: Event, others: Sequence[Event], finish: Callable[[Event], Event]) -> Event:
    """``event`` (kept, finished, with no location) with the location the first of ``others`` —
    other triggers of the same event in its sentence, dropped as repeats — names once finished
    ("launched missiles at Ukraine in Kharkiv, killing four": the killing happened in Kharkiv), so
    two such events at different named places stay apart as occurrences whichever trigger was kept."""
    for other in others:
        placed = finish(other)
        if placed.location is not None:
            return dataclasses.replace(event, location=placed.location, location_code=placed.location_code)
    return event


def decide(
    candidates: Sequence[tuple[Event, tuple[str, ...]]],
    decider: LinearDecider,
    *,
    threshold: float,
    probabilities: Sequence[float] | None = None,
    finish: Callable[[Event], Event] | None = None,
    reciprocal: Collection[str] = (),
    directed: Callable[[Event, Sequence[str]], bool] | None = None,
    conjoined: Callable[[EventActor, EventActor], bool] | None = None,
) -> list[Event]:
    """The kept events, best first within each sentence: a candidate whose probability is at least
    ``threshold`` and which says no more than a kept one of its sentence already says (same
    category, same actors, compatible recipients: two triggers or two recipient readings of one
    event are one event), on a trigger not kept yet — another reading of a kept trigger is kept only
    as another actor's share of joint action (:func:`joint_partner`). Confidence = the probability;
    joint action on a recipient is split into one event per actor. Returned in text order.
    ``probabilities`` (one per candidate) replace the decider's own, to measure another model with
    the same selection. ``finish`` completes each kept event before the split (the coder looks its
    place up there). A kept reading then takes the parties its trigger's other readings show it
    shares (:func:`widened`: conjunct recipients, as ``conjoined`` (the parse) tells them; both sides of
    a ``reciprocal`` act, by lemma, unless ``directed`` says the reading is aimed at its recipient)."""
    candidates = decider.in_context(candidates)
    readings = by_trigger(candidates)
    probs = probabilities if probabilities is not None else decider.scored(candidates)
    scored = [(p, k, e, f) for k, ((e, f), p) in enumerate(zip(candidates, probs, strict=True))]
    by_sentence: dict[int, list[tuple[float, int, Event, tuple[str, ...]]]] = {}
    for item in scored:
        if item[0] >= threshold:
            by_sentence.setdefault(item[2].sentence_index, []).append(item)
    kept: list[tuple[int, Event, float, tuple[str, ...]]] = []
    others: dict[int, list[Event]] = {}  # per kept candidate, the other triggers of its event
    for items in by_sentence.values():
        accepted: list[tuple[int, Event]] = []
        for p, k, event, feats in sorted(items, key=lambda x: (-x[0], x[1])):
            same = next((j for j, a in accepted if _same_event(event, a)), None)
            if same is None:
                accepted.append((k, event))
                kept.append((k, event, p, feats))
            else:
                others.setdefault(same, []).append(event)
    out: list[Event] = []
    seen: set[str] = set()
    for k, event, p, feats in sorted(kept, key=lambda x: x[0]):
        learned = decider.modality(feats, event.modality)
        modality = learned[0] if learned is not None else event.modality
        chosen = dataclasses.replace(
            event,
            modality=modality,  # type: ignore[arg-type]
            confidence=round(p, 3),
            rule=f"{event.rule}>{decider.version}",
            explanation=(
                *event.explanation,
                f"{decider.version}: probability {p:.3f} (kept at ≥ {threshold:.2f}); "
                + ", ".join(f"{f} {w:+.2f}" for f, w in decider.contributions(feats, 5)),
                *(
                    [
                        f"modality model: {learned[0]} ({learned[1]:.2f} of the votes;"
                        f" rules said {event.modality})"
                    ]
                    if learned is not None
                    else []
                ),
            ),
        )
        done = finish(chosen) if finish is not None else chosen
        if finish is not None and done.location is None:
            done = _placed_by(done, others.get(k, ()), finish)
        peers = [candidates[k] for k in readings[trigger_key(event)]]
        for e in split_joint(
            widened(done, feats, peers, reciprocal=reciprocal, directed=directed, conjoined=conjoined)
        ):
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
    return out


def widened(event: Event, feats: Sequence[str], readings: Sequence[tuple[Event, Sequence[str]]], *,
            reciprocal: Collection[str] = (),
            directed: Callable[[Event, Sequence[str]], bool] | None = None,
            conjoined: Callable[[EventActor, EventActor], bool] | None = None) -> Event:  # fmt: skip
    """``event`` (a kept reading) with the parties the other ``readings`` of its trigger show it
    shares, as the guidelines code them (§5): a reciprocal act ("clashed", "fighting between";
    ``reciprocal`` lemmas) has both sides as actors and no recipient; otherwise its recipient's
    conjuncts ("urged Iran and Oman", "condemned Peru and Chile") are recipients too. A reading
    keeps one recipient although the rules read them all, and the scorer counts the set once."""
    sides = None if directed is not None and directed(event, feats) else co_agents(
        event, feats, readings, reciprocal=reciprocal)  # fmt: skip
    if sides is not None:
        return with_parties(event, sides, (), f"both sides of a reciprocal act: {_codes(sides)}")
    pair = joint_subjects(event, conjoined, readings)
    if pair is not None:
        return with_parties(event, pair, (), f"joint subjects of a symmetric act: {_codes(pair)}")
    extra = conjunct_recipients(event, feats, readings, conjoined=conjoined)
    if not extra:
        return event
    recipients = tuple(sorted((*event.recipients, *extra), key=lambda r: r.start))
    return with_parties(event, event.actors, recipients, f"conjunct recipients: {_codes(recipients)}")


def conjunct_recipients(
    event: Event,
    feats: Sequence[str],
    readings: Sequence[tuple[Event, Sequence[str]]],
    *,
    conjoined: Callable[[EventActor, EventActor], bool] | None = None,
) -> tuple[EventActor, ...]:
    """The recipients coordinated with ``event``'s that another reading of its trigger (same category
    and actors) names: a reading whose recipient is a conjunct of ``event``'s (its relation
    ``via-conj:`` the one ``event``'s recipient has ``direct:``), or the rules' own reading naming them
    all, those of its recipients ``conjoined`` (the parse) says are coordinated with one of ``event``'s
    (the rules' recipient phrase also holds possessors and modifiers: "its hold on Sweden's NATO bid")."""
    if not event.recipients:
        return ()
    own, actors = _code_set(event.recipients), _code_set(event.actors)
    rel = next((x[len("irel=direct:") :] for x in feats if x.startswith("irel=direct:")), None)
    extra: dict[str | None, EventActor] = {}
    for e, f in readings:
        if e.category != event.category or _code_set(e.actors) != actors:
            continue
        new = [r for r in e.recipients if r.code not in own | actors]
        if rel is not None and f"irel=via-conj:{rel}" in f:
            extra.update((r.code, r) for r in new)
        elif "rulepick" in f and conjoined is not None and own < _code_set(e.recipients):
            extra.update((r.code, r) for r in new if any(conjoined(x, r) for x in event.recipients))
    return tuple(extra.values())


def co_agents(event: Event, feats: Sequence[str], readings: Sequence[tuple[Event, Sequence[str]]], *,
              reciprocal: Collection[str]) -> tuple[EventActor, ...] | None:  # fmt: skip
    """Both sides of a reciprocal act ("X and Y clashed", "fighting between X and Y", "X clashed with
    Y"; its trigger's lemma in ``reciprocal``): ``event``'s actors and recipients, and the actors of
    the readings of its trigger that name them as joint agents; None when ``event`` is no such act
    or names one side only."""
    if event.category in SYMMETRIC or not any(f"lemma={w}" in feats for w in reciprocal):
        return None
    sides: dict[str | None, EventActor] = {a.code: a for a in (*event.actors, *event.recipients)}
    actors = _code_set(event.actors)
    for e, _ in readings:
        if e.category == event.category and not e.recipients and actors <= _code_set(e.actors):
            sides.update((a.code, a) for a in e.actors if a.code not in sides)
    if len(sides) < 2:
        return None
    return tuple(sorted(sides.values(), key=lambda a: a.start))


def joint_subjects(event: Event, conjoined: Callable[[EventActor, EventActor], bool] | None,
                   readings: Sequence[tuple[Event, Sequence[str]]] = ()
                   ) -> tuple[EventActor, EventActor] | None:  # fmt: skip
    """Both parties of a symmetric act (agree, consult, cooperate, support) read as X → Y when the
    text names them as coordinated subjects ("X and Y agreed", "X and Y held talks"): the two as
    joint actors with no recipient, as PLOVER codes them and the rule coder does; the news scorer
    matches either form. The recipient may be a later mention of the subject's partner ("X and Y
    agreed on a pact between the two countries, Y's capital said"): the partner's coordinated
    mention is then the one another reading of the trigger (``readings``) takes as its actor. None
    for any other reading ("X agreed with Y" keeps its direction)."""
    if event.category not in SYMMETRIC or conjoined is None:
        return None
    if len(event.actors) != 1 or len(event.recipients) != 1:
        return None
    actor, recipient = event.actors[0], event.recipients[0]
    if actor.start >= event.trigger.start:
        return None
    taken = (recipient.start, actor.start)
    partners = [recipient, *(a for e, _ in readings for a in e.actors
                             if a.code == recipient.code and a.start not in taken)]  # fmt: skip
    partner = next((p for p in partners if p.start < event.trigger.start and conjoined(actor, p)), None)
    if partner is None:
        return None
    first, second = sorted((actor, partner), key=lambda a: a.start)
    return (first, second)


def with_parties(event: Event, actors: tuple[EventActor, ...], recipients: tuple[EventActor, ...],
                 note: str | None = None) -> Event:  # fmt: skip
    """``event`` with other parties, under the id those parties give it (and ``note`` added to its
    explanation)."""
    from geowire.coding.coder import event_id

    eid = event_id(event.doc_id, event.sentence_index, event.trigger.start, event.trigger.end, event.category,
                   [a.code for a in actors], [r.code for r in recipients])  # fmt: skip
    explanation = event.explanation if note is None else (*event.explanation, note)
    return dataclasses.replace(event, id=eid, actors=actors, recipients=recipients, explanation=explanation)


def _code_set(parties: Sequence[EventActor]) -> frozenset[str | None]:
    return frozenset(p.code for p in parties)


def _codes(parties: Sequence[EventActor]) -> str:
    return "+".join(str(p.code) for p in parties)


def _same_event(a: Event, b: Event) -> bool:
    """Whether ``a`` is another reading of the event ``b`` (same sentence assumed): one trigger is
    one event (one category, one actor, one recipient reading) unless ``a`` is joint action on
    ``b``'s recipient (:func:`joint_partner`); and two triggers of one category with the same
    parties ("signed a pact") are one event."""
    a_act, b_act = {x.code for x in a.actors}, {x.code for x in b.actors}
    a_rec, b_rec = {x.code for x in a.recipients}, {x.code for x in b.recipients}
    a_all, b_all = a_act | a_rec, b_act | b_rec
    if (a.trigger.start, a.trigger.end) == (b.trigger.start, b.trigger.end) and not joint_partner(a, b):
        return True
    if a.category != b.category:
        return False
    if a.category in SYMMETRIC:
        return a_all <= b_all or b_all <= a_all
    if not a_act & b_act:
        return False
    return not a_rec or not b_rec or bool(a_rec & b_rec)


def joint_partner(a: Event, b: Event) -> bool:
    """Whether ``a``, a reading of ``b``'s trigger, is another actor's share of joint action on the
    same recipient ("Denmark and Estonia sanctioned the firm": one event per actor, guidelines §5):
    the same category (not symmetric) and recipients (some), no shared actor. Any other second
    reading of a kept trigger — its recipient acting on its actor, another recipient — is another
    reading of the same event (issue 11, gsr5: docs/learned.md, "Why the learned coder loses on
    GSR")."""
    a_act, b_act = {x.code for x in a.actors}, {x.code for x in b.actors}
    a_rec, b_rec = {x.code for x in a.recipients}, {x.code for x in b.recipients}
    if a.category != b.category or a.category in SYMMETRIC:
        return False
    # partners in one act stand on the same side of its trigger ("Denmark and Estonia sanctioned",
    # "was sanctioned by Denmark and Estonia"); a name in the object's phrase ("sanctioned the
    # Russian firm Rosneft") is no partner of the subject
    if not _sides(a) <= _sides(b):
        return False
    return bool(a_rec) and a_rec == b_rec and not a_act & b_act


def _sides(e: Event) -> set[bool]:
    """For each actor of ``e``: whether it stands before the trigger."""
    return {x.start < e.trigger.start for x in e.actors}


def split_joint(event: Event) -> list[Event]:
    """Joint action on a recipient ("Denmark and Estonia sanctioned the firm") as one event per
    actor, as the annotation guidelines code it; symmetric categories and events without a
    recipient stay one event."""
    if len(event.actors) < 2 or not event.recipients or event.category in SYMMETRIC:
        return [event]
    return [with_parties(event, (a,), event.recipients) for a in event.actors]


def _optional_float(value: object) -> float | None:
    """A JSON number, or None for a field the artefact leaves out (or writes as null)."""
    return None if value is None else float(value)  # type: ignore[arg-type]

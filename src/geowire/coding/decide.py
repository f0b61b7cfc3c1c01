"""The learned decision stage: which candidate events to keep, and how sure we are.

The rule stages (roles → categorize → modality) propose candidates, each with features
(:mod:`geowire.coding.features`); a logistic model trained on the authored corpus
(``geowire train``, :mod:`geowire.coding.train`) gives each the probability that it is a right
event (category, actor and recipient as the annotation guidelines code them). Per trigger and
actor the best-scoring recipient reading is kept; events whose probability is below the model's
``store_threshold`` are not coded. The probability, calibrated on the corpus's dev split, is the
event's ``confidence``; ``min_confidence`` (the default of ``--min-confidence``) was chosen on dev
for precision ≥ 0.8.

The artefact is a small JSON file (``data/models/decider.json``): feature → weight, the bias and
the thresholds. Its user reads it once and keeps it (the coder, at construction).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from geowire.errors import ConfigError
from geowire.types import Event

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "decider.json"
SYMMETRIC = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})


@dataclass(frozen=True)
class LinearDecider:
    """A logistic model over string features."""

    weights: dict[str, float]
    store_threshold: float
    min_confidence: float
    version: str = "decider"
    modality_weights: dict[str, dict[str, float]] = dataclasses.field(default_factory=dict)
    modality_margin: float = 0.0  # the model overrides the rules only by this share of the votes
    assert_margin: float = 2.0  # ... and asserts what the rules read as not done by this (2: never)

    def modality(self, features: Sequence[str], rules: str) -> tuple[str, float] | None:
        """The modality the modality model prefers over the rules' ``rules``, with its share of the
        votes; None when there is no model or it does not beat the rules' reading by the margin."""
        if not self.modality_weights:
            return None
        scores = {}
        for name, w in self.modality_weights.items():
            z = max(-30.0, min(30.0, sum(w.get(f, 0.0) for f in features)))
            scores[name] = 1.0 / (1.0 + math.exp(-z))
        total = sum(scores.values()) or 1.0
        best = max(sorted(scores), key=lambda k: scores[k])
        margin = self.assert_margin if best == "asserted" else self.modality_margin
        if best == rules or (scores[best] - scores.get(rules, 0.0)) / total < margin:
            return None  # turning a rule's "not done" into a deed needs more evidence (GDELT's error)
        return best, scores[best] / total

    def logit(self, features: Sequence[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in features)

    def probability(self, features: Sequence[str]) -> float:
        z = max(-30.0, min(30.0, self.logit(features)))
        return 1.0 / (1.0 + math.exp(-z))

    def contributions(self, features: Sequence[str], top: int = 8) -> list[tuple[str, float]]:
        """The features that moved the score most, strongest first."""
        pairs = [(f, self.weights[f]) for f in features if f in self.weights and f != "bias"]
        return sorted(pairs, key=lambda p: -abs(p[1]))[:top]

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "store_threshold": self.store_threshold,
            "min_confidence": self.min_confidence,
            "weights": dict(sorted(self.weights.items())),
            "modality_weights": {
                k: dict(sorted(v.items())) for k, v in sorted(self.modality_weights.items())
            },
            "modality_margin": self.modality_margin,
            "assert_margin": self.assert_margin,
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
            version=str(raw.get("version", "decider")),
            modality_weights={
                str(m): {str(k): float(v) for k, v in w.items()}
                for m, w in (raw.get("modality_weights") or {}).items()
            },
            modality_margin=float(raw.get("modality_margin", 0.0)),
            assert_margin=float(raw.get("assert_margin", 2.0)),
        )
    except FileNotFoundError as e:
        raise ConfigError(f"no decision model at {path} (run `geowire train` or `make train`)") from e
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"decision model {path} is unreadable: {e}") from e


def default_min_confidence(settings: object) -> float | None:
    """The confidence below which events are hidden by default: the ``min_confidence`` setting,
    else the shipped model's (chosen on dev for precision), else none (the rule coder)."""
    explicit = getattr(settings, "min_confidence", None)
    if explicit is not None:
        return float(explicit)
    if getattr(settings, "coder", "learned") != "learned":
        return None
    try:
        d = load_decider(getattr(settings, "decider_model", None))
    except ConfigError:
        return None
    return d.min_confidence if d.min_confidence > d.store_threshold else None  # else: a no-op


def decide(
    candidates: Sequence[tuple[Event, tuple[str, ...]]],
    decider: LinearDecider,
    *,
    threshold: float,
    probabilities: Sequence[float] | None = None,
) -> list[Event]:
    """The kept events, best first within each sentence: a candidate whose probability is at least
    ``threshold`` and which says no more than a kept one of its sentence already says (same
    category, same actors, compatible recipients: two triggers or two recipient readings of one
    event are one event). Confidence = the probability; joint action on a recipient is split into
    one event per actor. Returned in text order. ``probabilities`` (one per candidate) replace the
    decider's own, to measure another model with the same selection."""
    probs = probabilities if probabilities is not None else [decider.probability(f) for _, f in candidates]
    scored = [(p, k, e, f) for k, ((e, f), p) in enumerate(zip(candidates, probs, strict=True))]
    by_sentence: dict[int, list[tuple[float, int, Event, tuple[str, ...]]]] = {}
    for item in scored:
        if item[0] >= threshold:
            by_sentence.setdefault(item[2].sentence_index, []).append(item)
    kept: list[tuple[int, Event, float, tuple[str, ...]]] = []
    for items in by_sentence.values():
        accepted: list[Event] = []
        for p, k, event, feats in sorted(items, key=lambda x: (-x[0], x[1])):
            if any(_same_event(event, a) for a in accepted):
                continue
            accepted.append(event)
            kept.append((k, event, p, feats))
    out: list[Event] = []
    seen: set[str] = set()
    for _, event, p, feats in sorted(kept, key=lambda x: x[0]):
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
        for e in split_joint(chosen):
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
    return out


def _same_event(a: Event, b: Event) -> bool:
    """Whether ``a`` is another reading of the event ``b`` (same sentence assumed): one trigger
    with one actor is one event (one category, one recipient reading); and two triggers of one
    category with the same parties ("signed a pact") are one event."""
    a_act, b_act = {x.code for x in a.actors}, {x.code for x in b.actors}
    a_rec, b_rec = {x.code for x in a.recipients}, {x.code for x in b.recipients}
    a_all, b_all = a_act | a_rec, b_act | b_rec
    if (a.trigger.start, a.trigger.end) == (b.trigger.start, b.trigger.end):
        if a_act & b_act or (a.category in SYMMETRIC and b.category in SYMMETRIC and a_all & b_all):
            return True
    if a.category != b.category:
        return False
    if a.category in SYMMETRIC:
        return a_all <= b_all or b_all <= a_all
    if not a_act & b_act:
        return False
    return not a_rec or not b_rec or bool(a_rec & b_rec)


def split_joint(event: Event) -> list[Event]:
    """Joint action on a recipient ("Denmark and Estonia sanctioned the firm") as one event per
    actor, as the annotation guidelines code it; symmetric categories and events without a
    recipient stay one event."""
    if len(event.actors) < 2 or not event.recipients or event.category in SYMMETRIC:
        return [event]
    from geowire.coding.coder import event_id

    out = []
    for a in event.actors:
        out.append(
            dataclasses.replace(
                event,
                id=event_id(
                    event.doc_id,
                    event.sentence_index,
                    event.trigger.start,
                    event.trigger.end,
                    event.category,
                    [a.code],
                    [r.code for r in event.recipients],
                ),  # fmt: skip
                actors=(a,),
            )
        )
    return out

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
the thresholds. It is read once per process.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
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
        }


def load_decider(path: Path | None = None) -> LinearDecider:
    """The decider saved at ``path`` (default: the shipped artefact). Cached per path."""
    return _load(path or MODEL_PATH)


@lru_cache(maxsize=4)
def _load(path: Path) -> LinearDecider:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LinearDecider(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            store_threshold=float(raw["store_threshold"]),
            min_confidence=float(raw["min_confidence"]),
            version=str(raw.get("version", "decider")),
        )
    except FileNotFoundError as e:
        raise ConfigError(f"no decision model at {path} (run `geowire train` or `make train`)") from e
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"decision model {path} is unreadable: {e}") from e


def decide(
    candidates: Sequence[tuple[Event, tuple[str, ...]]], decider: LinearDecider, *, threshold: float
) -> list[Event]:
    """The kept events: per (trigger, actors) the best reading, if its probability ≥ ``threshold``;
    confidence = that probability; joint action on a recipient split into one event per actor."""
    best: dict[tuple[object, ...], tuple[float, Event, tuple[str, ...]]] = {}
    order: list[tuple[object, ...]] = []
    for event, feats in candidates:
        p = decider.probability(feats)
        key = (event.sentence_index, event.trigger.start, event.trigger.end,
               frozenset(a.code for a in event.actors))  # fmt: skip
        if key not in best:
            order.append(key)
        if key not in best or p > best[key][0]:
            best[key] = (p, event, feats)
    out: list[Event] = []
    seen: set[str] = set()
    for key in order:
        p, event, feats = best[key]
        if p < threshold:
            continue
        kept = dataclasses.replace(
            event,
            confidence=round(p, 3),
            rule=f"{event.rule}>{decider.version}",
            explanation=(
                *event.explanation,
                f"{decider.version}: probability {p:.3f} (kept at ≥ {threshold:.2f}); "
                + ", ".join(f"{f} {w:+.2f}" for f, w in decider.contributions(feats, 5)),
            ),
        )
        for e in split_joint(kept):
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
    return out


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
                id=event_id(event.doc_id, event.sentence_index, event.trigger.start, event.trigger.end,
                            event.category, [a.code], [r.code for r in event.recipients]),  # fmt: skip
                actors=(a,),
            )
        )
    return out

"""What the learned decision stage saw in one sentence: every candidate with its probability and
the features that weighed most (``geowire explain EVENT_ID --candidates``)."""

from __future__ import annotations

from dataclasses import dataclass

from geowire.coding.decide import load_decider
from geowire.settings import Settings
from geowire.types import DocContext


@dataclass(frozen=True)
class CandidateView:
    category: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    trigger: str
    modality: str
    probability: float
    kept: bool
    features: tuple[tuple[str, float], ...]


def sentence_candidates(settings: Settings, ctx: DocContext, text: str, sentence_index: int,
                        kept_ids: frozenset[str] = frozenset()) -> list[CandidateView]:  # fmt: skip
    """Re-analyse the document and list the candidates of one sentence, most probable first."""
    from geowire.pipeline import Analyzer

    decider = load_decider(settings.decider_model)
    analyzer = Analyzer(settings.with_overrides(coder="rules"))
    out: list[CandidateView] = []
    for p in analyzer.prepare([(ctx, text)]):
        candidates = analyzer.candidates(p)
        for (event, feats), probability in zip(candidates, decider.probabilities(candidates), strict=True):
            if event.sentence_index != sentence_index:
                continue
            out.append(CandidateView(
                category=event.category,
                actors=tuple(a.code or "" for a in event.actors),
                recipients=tuple(r.code or "" for r in event.recipients),
                trigger=event.trigger.text,
                modality=event.modality,
                probability=round(probability, 3),
                kept=event.id in kept_ids,
                features=tuple(decider.contributions(feats, 6)),
            ))  # fmt: skip
    return sorted(out, key=lambda v: -v.probability)

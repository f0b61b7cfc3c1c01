"""Matching system events to gold events within one document, by the rules of the news_dev scorer
(``../shared/eval/news_dev/score.py``): category equal to the gold event or one of its ``alt``s,
actor codes overlapping, recipient codes overlapping when the gold has any, direction ignored for
the four symmetric categories, maximum one-to-one matching with same-sentence pairs tried first.

Used by ``geowire eval news`` (the same numbers as that script) and to label the candidates of the
authored corpus for training (:mod:`geowire.coding.corpus`). Plain data in, plain data out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SYMMETRIC = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT"})
UN_FAMILY = frozenset({"UN", "UNSC", "UNGA"})


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    sentence: str
    event: str
    alt: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    modality: str = "asserted"
    reported: bool = False


@dataclass(frozen=True)
class SysEvent:
    doc: str
    event: tuple[str, ...]
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    text: str
    modality: str = "asserted"
    reported: bool = False
    id: str = ""
    trigger: str = ""
    confidence: float = 1.0


@dataclass
class Matcher:
    """The scorer's matching rules; ``country_map`` maps group/force codes to their country."""

    country_map: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    same_sentence_required: bool = False
    empty_recipient_ok: bool = False

    def eq(self, g: str, s: str) -> bool:
        if not g or not s:
            return False
        if g == s or self.country_map.get(s) == g:
            return True
        return g in UN_FAMILY and s in UN_FAMILY

    def overlap(self, gs: Sequence[str], ss: Sequence[str]) -> bool:
        return any(self.eq(g, s) for g in gs for s in ss)

    def gold_cats(self, g: GoldEvent) -> set[str]:
        return {g.event} | (set() if self.strict else set(g.alt))

    def compatible(self, g: GoldEvent, s: SysEvent) -> bool:
        if g.doc != s.doc:
            return False
        shared = self.gold_cats(g) & set(s.event)
        if not shared:
            return False
        if self.same_sentence_required and not same_sentence(g, s):
            return False
        if self.empty_recipient_ok and not s.recipient and self.overlap(g.actor, s.actor):
            return True
        if shared & SYMMETRIC:
            both = (*s.actor, *s.recipient)
            if self.overlap(g.actor, both) and (not g.recipient or self.overlap(g.recipient, both)):
                return True
        if not self.overlap(g.actor, s.actor):
            return False
        return (not g.recipient) or self.overlap(g.recipient, s.recipient)

    def match(self, gold: Sequence[GoldEvent], system: Sequence[SysEvent]) -> dict[int, int]:
        """Maximum-cardinality bipartite matching (augmenting paths), same-sentence edges first:
        gold index → system index."""
        full: list[list[int]] = []
        for g in gold:
            e = [j for j, s in enumerate(system) if self.compatible(g, s)]
            e.sort(key=lambda j: 0 if same_sentence(g, system[j]) else 1)
            full.append(e)
        match_s: dict[int, int] = {}

        def augment(i: int, adj: list[list[int]], seen: set[int]) -> bool:
            for j in adj[i]:
                if j in seen:
                    continue
                seen.add(j)
                if j not in match_s or augment(match_s[j], adj, seen):
                    match_s[j] = i
                    return True
            return False

        first = [[j for j in e if same_sentence(gold[i], system[j])] for i, e in enumerate(full)]
        for i in range(len(gold)):
            augment(i, first, set())
        for i in range(len(gold)):
            if i not in set(match_s.values()):
                augment(i, full, set())
        return {i: j for j, i in match_s.items()}


def same_sentence(g: GoldEvent, s: SysEvent) -> bool:
    """Whether the gold clause and the system sentence are the same text (or share 30 characters)."""
    t = s.text or ""
    gs = g.sentence
    if not t:
        return False
    if gs in t or t in gs:
        return True
    return any(gs[i : i + 30] in t for i in range(0, max(1, len(gs) - 30), 10))


def prf(tp_g: int, n_g: int, tp_s: int, n_s: int) -> tuple[float, float, float]:
    """Precision, recall, F1 rounded to three places, as the scorer prints them."""
    r = tp_g / n_g if n_g else 0.0
    p = tp_s / n_s if n_s else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def group_countries(path: Path | None = None) -> dict[str, str]:
    """Group/force code → its country, from ``groups.yaml`` (the scorer's ``--groups``)."""
    from geowire.yamlio import load_yaml

    path = path or Path(__file__).resolve().parents[1] / "data" / "groups.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {str(g["code"]): str(g["country"]) for g in raw.get("groups", []) if g.get("country")}

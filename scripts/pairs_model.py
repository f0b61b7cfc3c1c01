"""A learned categorizer for a marked actor→recipient pair, beside the rule one (issue 11).

The rule categorizer (:func:`geowire.coding.categorize.categorize`) reads the first lexicon trigger
on the dependency path between the pair. The learned one is a multinomial logistic regression over
the 15 PLV labels (CONCEDE and RETREAT as YIELD) whose features are the rules' own decision (category,
lexicon sense, where the trigger was found, its adjustment), every other lexicon reading of the
sentence's words for this pair with where it stands (on the path, attached to it, elsewhere) and how
the actor and the recipient hang on it, the words on the path (lemmas, prepositions, negation) and
the head of the path. The model is trained on the authored corpus' train split
(:func:`corpus_pairs`: each gold event whose actor words stand in its sentence is a marked pair), its
regularisation and the confidence at which it overrides the rules chosen on dev.

An experiment, not shipped: it beat the rules on authored dev and lowered plv_dev in every form
(``docs/learned.md``), so no artefact, setting or command uses it.  ``scripts/pairs_experiment.py``
reproduces the table.  Plain functions over a parsed document and token ranges; the fit is scipy's
L-BFGS over numpy arrays (scipy: a development dependency of this script, not of geowire).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from geowire.coding.categorize import (
    _MATERIAL_CONFLICT_TO_THREAT,
    Decision,
    Lexicon,
    categorize,
    decide_readings,
)
from geowire.coding.corpus import CORPUS_DIR, CorpusError, Split, split_of
from geowire.coding.eval import token_range
from geowire.coding.features import _path_deps, _relation
from geowire.coding.view import DocView, TokenView
from geowire.types import QUAD_CLASS

_PREP_POS = frozenset({"ADP"})
_NEG_DEPS = frozenset({"neg"})


# --- the pairs of the authored corpus ----------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """One marked pair: a sentence, the character spans of its actor and recipient (None: none in
    the sentence) and its gold PLV label."""

    id: str
    text: str
    source: tuple[int, int]
    target: tuple[int, int] | None
    gold: str
    split: Split
    trigger: tuple[int, int] | None = None  # the gold trigger's character span, when found
    modality: str = "asserted"


@dataclass(frozen=True)
class _RawEvent:
    doc: str
    split: Split
    clause: tuple[int, int]  # character span of the event's sentence field in the document text
    actor: str
    recipient: str
    label: str
    trigger: str
    modality: str


def _raw_events(files: Iterable[Path]) -> Iterator[tuple[str, list[_RawEvent]]]:
    """Each document's text with its events (the parts of them a pair needs); a malformed line is a
    :class:`CorpusError`."""
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield _raw_doc(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
                raise CorpusError(f"{path.name}:{n}: {e}") from e


def _raw_doc(raw: dict[str, Any]) -> tuple[str, list[_RawEvent]]:
    from geowire.coding.eval import plv_label

    text: str = raw["text"]
    split: Split = raw.get("split") or split_of(str(raw["id"]))
    events: list[_RawEvent] = []
    for e in raw["events"]:
        start = text.find(e["sentence"])
        actor = (e.get("actor_text") or [""])[0]
        if start < 0 or not actor:
            continue
        recipient = (e.get("recipient_text") or [""])[0]
        clause = (start, start + len(e["sentence"]))
        label, trigger, modality = plv_label(e["event"]), str(e.get("trigger") or ""), str(e.get("modality"))
        events.append(_RawEvent(str(raw["id"]), split, clause, actor, recipient, label, trigger, modality))
    return text, events


def plv_convention(label: str, modality: str) -> str:
    """The PLV label of an authored event of ``modality``, as the rule categorizer's adjustments read
    such an event: a negated cooperation is REJECT, an intended (future) assault, coercion or protest
    THREATEN, an intended cooperation AGREE. The authored corpus keeps the act's own category and
    says the modality apart."""
    quad = QUAD_CLASS["CONCEDE" if label == "YIELD" else label]
    if modality == "negated" and quad in (1, 2):
        return "REJECT"
    if modality == "future" and label in _MATERIAL_CONFLICT_TO_THREAT:
        return "THREATEN"
    if modality == "future" and quad in (1, 2):
        return "AGREE"
    return label


def corpus_pairs(nlp: Any, files: Iterable[Path] | None = None) -> list[Pair]:
    """The marked pairs of the authored corpus: for every gold event, the sentence (as ``nlp`` splits
    the document) holding its clause, with its actor's words marked (the occurrence nearest the clause)
    and its recipient's words when they stand in that sentence too. Events whose actor is not in the
    sentence (an implied or earlier-named actor) give no pair."""
    paths = sorted(files) if files is not None else sorted(CORPUS_DIR.glob("part_*.jsonl"))
    docs = list(_raw_events(paths))
    out: list[Pair] = []
    for (text, events), doc in zip(docs, nlp.pipe(t for t, _ in docs), strict=True):
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        for k, ev in enumerate(events):
            pair = _pair(text, sents, ev, f"{ev.doc}#{k}")
            if pair is not None:
                out.append(pair)
    return out


def _pair(text: str, sents: Sequence[tuple[int, int]], ev: _RawEvent, pid: str) -> Pair | None:
    lo = min((s for s, e in sents if e > ev.clause[0]), default=0)
    hi = max((e for s, e in sents if s < ev.clause[1]), default=len(text))
    sentence = text[lo:hi]
    source = _nearest(sentence, ev.actor, (ev.clause[0] - lo, ev.clause[1] - lo), avoid=None)
    if source is None:
        return None
    target = _nearest(sentence, ev.recipient, (ev.clause[0] - lo, ev.clause[1] - lo), avoid=source)
    trigger = _nearest(sentence, ev.trigger, (ev.clause[0] - lo, ev.clause[1] - lo), avoid=None)
    return Pair(pid, sentence, source, target, ev.label, ev.split, trigger, ev.modality)


def _nearest(sentence: str, words: str, clause: tuple[int, int],
             avoid: tuple[int, int] | None) -> tuple[int, int] | None:  # fmt: skip
    """The occurrence of ``words`` in ``sentence`` nearest the clause (inside it first), not
    overlapping ``avoid``."""
    if not words:
        return None
    best: tuple[int, tuple[int, int]] | None = None
    start = sentence.find(words)
    while start >= 0:
        span = (start, start + len(words))
        if avoid is None or span[1] <= avoid[0] or span[0] >= avoid[1]:
            dist = max(clause[0] - span[1], span[0] - clause[1], 0)
            if best is None or dist < best[0]:
                best = (dist, span)
        start = sentence.find(words, start + 1)
    return best[1] if best is not None else None


# --- features ------------------------------------------------------------------------------------


def _root(doc: DocView, span: tuple[int, int]) -> TokenView:
    return doc[span[0] : span[1]].root


def _chain(tok: TokenView) -> list[TokenView]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 20:
        out.append(out[-1].head)
    return out


def _path(src: TokenView, tgt: TokenView | None) -> tuple[list[TokenView], TokenView]:
    """The tokens from ``src`` up to the lowest common ancestor with ``tgt`` and down to ``tgt``
    (``src``'s governors when there is no ``tgt``), and that ancestor."""
    up = _chain(src)
    if tgt is None:
        return up[1:4], up[1] if len(up) > 1 else src
    index = {t.i: k for k, t in enumerate(up)}
    down = _chain(tgt)
    for j, t in enumerate(down):
        if t.i in index:
            return up[: index[t.i] + 1] + list(reversed(down[:j])), t
    return up + down, up[-1]


def _inside(i: int, *spans: tuple[int, int] | None) -> bool:
    return any(s is not None and s[0] <= i < s[1] for s in spans)


def pair_features(
    doc: DocView, *, source: tuple[int, int], target: tuple[int, int] | None, lexicon: Lexicon
) -> tuple[Decision | None, tuple[str, ...]]:
    """The rules' decision for the pair (token ranges) and the features the learned categorizer
    reads: the decision itself, the path between the pair, and every lexicon reading of the
    sentence's other words for this pair."""
    decision = categorize(doc, source=source, target=target, lexicon=lexicon)
    f = ["bias", *_decision_features(doc, decision)]
    src = _root(doc, source)
    tgt = _root(doc, target) if target is not None else None
    path, top = _path(src, tgt)
    on_path = {t.i for t in path}
    f += [f"top={top.lemma_.lower()}", f"toppos={top.pos_}", f"tgt={'yes' if tgt is not None else 'none'}"]
    for t in path:
        if _inside(t.i, source, target):
            continue
        f.append(f"plemma={t.lemma_.lower()}")
        if t.pos_ in _PREP_POS:
            f.append(f"prep={t.lower_}")
        if any(ch.dep_ in _NEG_DEPS for ch in t.children):
            f.append("neg")
    if tgt is not None:
        f.append(f"ppath={_path_deps(src, tgt)}")
    f += _reading_features(doc, src, tgt, on_path, source=source, target=target, lexicon=lexicon)
    return decision, tuple(f)


Marked = tuple[str, tuple[int, int] | None, tuple[int, int] | None]  # text, source and target char spans
Place = Literal["path", "near", "far"]


@dataclass(frozen=True)
class PairReading:
    """What :func:`featurize` gives for one pair: the rules' decision, the features and, when the gold
    trigger is known, where it stands: on the path between the pair, attached to it, or elsewhere."""

    decision: Decision | None
    features: tuple[str, ...]
    trigger_place: Place | None = None


def featurize(
    items: Sequence[Marked],
    nlp: Any,
    *,
    lexicon: Lexicon,
    triggers: Sequence[tuple[int, int] | None] | None = None,
    batch_size: int = 64,
) -> list[PairReading | None]:
    """Parse each sentence (``nlp.pipe``) and read its pair (None when no mark maps to tokens); a pair
    with only a target is read as that party alone, as the rules do. ``triggers``: the gold trigger's
    character span per item, for :func:`trigger_place`."""
    from geowire.nlp.view import viewed

    trigs = list(triggers) if triggers is not None else [None] * len(items)
    out: list[PairReading | None] = []
    parsed = nlp.pipe((t for t, _, _ in items), batch_size=batch_size)
    for (_, src, tgt), trig, spacy_doc in zip(items, trigs, parsed, strict=True):
        with viewed(spacy_doc) as doc:
            source, target = token_range(doc, src), token_range(doc, tgt)
            if source is None:
                source, target = target, None
            if source is None:
                out.append(None)
                continue
            decision, feats = pair_features(doc, source=source, target=target, lexicon=lexicon)
            gold = token_range(doc, trig)
            place = trigger_place(doc, gold, source=source, target=target) if gold is not None else None
            out.append(PairReading(decision, feats, place))
    return out


def trigger_place(doc: DocView, trigger: tuple[int, int], *, source: tuple[int, int],
                  target: tuple[int, int] | None) -> Place:  # fmt: skip
    """Where the trigger (token range) stands for the pair: a word of it on the dependency path between
    the pair ("path"), hanging on the path ("near"), or elsewhere ("far")."""
    path, _ = _path(_root(doc, source), _root(doc, target) if target is not None else None)
    on = {t.i for t in path}
    words = range(*trigger)
    if any(i in on for i in words):
        return "path"
    return "near" if any(doc[i].head.i in on for i in words) else "far"


def _decision_features(doc: DocView, d: Decision | None) -> list[str]:
    if d is None:
        return ["rule=none"]
    cat = _label(d.category)
    lemma = doc[d.trigger].lemma_.lower()
    return [f"rule={cat}", f"rule|sense={cat}|{d.sense}", f"rule|where={cat}|{d.where}",
            f"rule|adj={cat}|{d.adjustment}", f"rule|base={cat}|{d.base_category}",
            f"rule|lemma={cat}|{lemma}", f"rtrig={lemma}"]  # fmt: skip


def _reading_features(
    doc: DocView,
    src: TokenView,
    tgt: TokenView | None,
    on_path: set[int],
    *,
    source: tuple[int, int],
    target: tuple[int, int] | None,
    lexicon: Lexicon,
) -> list[str]:
    """Each lexicon reading of the sentence's words for this pair, by where the word stands."""
    f: list[str] = []
    for tok in src.sent:
        if _inside(tok.i, source, target) or tok.is_punct:
            continue
        readings = decide_readings(doc, tok, source=source, target=target, lexicon=lexicon)
        if not readings:
            continue
        loc = "path" if tok.i in on_path else "near" if tok.head.i in on_path else "far"
        arel = _relation(tok, src)
        rrel = _relation(tok, tgt) if tgt is not None else "none"
        for k, d in enumerate(readings):
            cat = _label(d.category)
            f += [f"cand={cat}|{loc}", f"cand|arel={cat}|{arel}", f"cand|rrel={cat}|{rrel}",
                  f"cand|lemma={cat}|{tok.lemma_.lower()}"]  # fmt: skip
            if k == 0:
                f.append(f"cand1={cat}|{loc}")
            if d.adjustment is not None:
                f.append(f"cand|adj={cat}|{d.adjustment}")
    return f


def _label(category: str) -> str:
    return "YIELD" if category in ("CONCEDE", "RETREAT") else category


# --- the model -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairModel:
    """Weights per feature and label; ``threshold``: the probability from which the model overrides
    the rules' category (0: always the model's; a probability above 1: never)."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        scores = [0.0] * len(self.labels)
        for x in set(feats):
            w = self.weights.get(x)
            if w is not None:
                scores = [s + v for s, v in zip(scores, w, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {lab: e / total for lab, e in zip(self.labels, exp, strict=True)}

    def choose(self, feats: Iterable[str], rule_label: str | None) -> tuple[str, float]:
        """The label (the rules' unless the model is at least ``threshold`` sure of another, or the
        rules have none) and the model's probability of it."""
        probs = self.probabilities(feats)
        best = max(self.labels, key=lambda lab: probs[lab])
        if rule_label is None or rule_label not in probs or probs[best] >= self.threshold:
            return best, probs[best]
        return rule_label, probs[rule_label]


def fit(
    examples: Sequence[Sequence[str]], labels: Sequence[str], *, classes: Sequence[str], l2: float,
    min_count: int = 2,
) -> dict[str, tuple[float, ...]]:  # fmt: skip
    """Multinomial logistic regression by L-BFGS (deterministic: a fixed start at zero), mean log-loss
    plus ``l2``/2 · |W|² (the bias unpenalised); features seen in fewer than ``min_count`` examples
    are left out. Returns the weights per feature, rounded to 4 decimals."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts = Counter(x for ex in examples for x in set(ex))
    vocab = sorted(x for x, c in counts.items() if c >= min_count or x == "bias")
    index = {x: k for k, x in enumerate(vocab)}
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for x in sorted({index[x] for x in ex if x in index}):
            rows.append(r)
            cols.append(x)
    X = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab)))
    cls = {c: k for k, c in enumerate(classes)}
    Y = np.zeros((len(examples), len(classes)))
    Y[np.arange(len(labels)), [cls[y] for y in labels]] = 1.0
    mask = np.ones((len(vocab), 1))
    mask[index["bias"]] = 0.0
    n = len(examples)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        W = w.reshape(len(vocab), len(classes))
        S = X @ W
        S -= S.max(axis=1, keepdims=True)
        logp = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
        value = -(Y * logp).sum() / n + 0.5 * l2 * float(((W * mask) ** 2).sum())
        grad = X.T @ (np.exp(logp) - Y) / n + l2 * W * mask
        return value, grad.ravel()

    res = minimize(loss, np.zeros(len(vocab) * len(classes)), jac=True, method="L-BFGS-B",
                   options={"maxiter": 500})  # fmt: skip
    W = res.x.reshape(len(vocab), len(classes))
    return {x: tuple(round(float(v), 4) for v in W[k]) for x, k in index.items()}


__all__ = ["Marked", "Pair", "PairModel", "PairReading", "corpus_pairs", "featurize", "fit", "pair_features",
           "plv_convention", "trigger_place"]  # fmt: skip

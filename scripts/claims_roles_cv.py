"""A learned reader of transfer roles and status beside the rules, compared by story-grouped CV.

Issue 13's held-out transfer figures stayed below dev for four sessions of hand rules written from
dev errors.  This script asks whether a small learned component, trained on the claims corpus's
DEV split only, would carry better to other writers' text.  It

1. runs the pipeline on the dev articles (as ``geowire eval claims`` does) and keeps, for every
   transfer claim the rules make, the sentence's country/organisation mentions as candidate
   parties, each with parse features (dependency relation and path to the trigger, governing
   preposition, voice, side of the trigger, owner of the system phrase, clause subject, distance,
   the trigger's lemma) and the label supplier / recipient / none from the gold record whose
   evidence is that sentence; and the claim's status context with the gold status;
2. fits multinomial logistic regressions (numpy, fixed seed, full-batch gradient descent) in
   grouped k-fold cross-validation by STORY, and
3. reports role accuracy and end-to-end transfer P/R (the scorer's own matching) for the rules,
   the learned roles alone, and rules+learned (the rules' choice as a feature; a veto that changes
   the rules' reading only when the model is confident).

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python scripts/claims_roles_cv.py [--folds 5]``.
The test split is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

ROLES = ("none", "supplier", "recipient")
STATUSES = ("offered", "planned", "approved", "contracted", "ordered", "delivered", "operated", "deployed")


# --- stage 1: the pipeline's transfer claims on dev, with mentions and gold --------------------


@dataclass
class DocData:
    corpus_id: str
    story: str
    text: str
    mentions: list[dict[str, Any]]
    claims: list[Any]  # StoredClaim of every kind (transfer_items filters)
    gold: list[dict[str, Any]]


def collect(corpus: Path, split: str) -> list[DocData]:
    """Run ingest → annotate → code → claims → model on the split's articles, keep what CV needs."""
    from geowire.lang import load_language
    from geowire.model.claims_eval import _doc_claims, processed_store, read_claims_corpus
    from geowire.settings import Settings
    from geowire.store.annotations import document_mentions

    docs = read_claims_corpus(corpus, "dev" if split == "dev" else "test")
    by_id = {d["id"]: d for d in docs}
    settings = Settings()
    lang = load_language(settings.language)
    out: list[DocData] = []
    with processed_store(docs, settings, lang=lang) as (store, ids):
        claims = _doc_claims(store)
        for store_id, cid in ids.items():
            d = by_id[cid]
            cs = claims.get(store_id, [])
            text = cs[0].doc_text if cs else d["text"]
            out.append(DocData(cid, str(d.get("story", cid)), str(text),
                               document_mentions(store, store_id), cs,
                               list(d.get("transfers") or [])))  # fmt: skip
    return out


# --- stage 2: candidates and features -----------------------------------------------------------


@dataclass
class Candidate:
    code: str
    features: list[str]
    label: str  # ROLES, or "" when the claim has no gold record in its sentence


@dataclass
class Item:
    """One transfer claim with its candidate parties and status features."""

    doc: int  # index into the DocData list
    claim: int  # index into that document's claims
    candidates: list[Candidate]
    status_features: list[str]
    gold_status: str  # "" when unknown


def party_code(m: dict[str, Any]) -> str | None:
    """The party a mention stands for (the rules' ``_party``): an armed group itself, else its country."""
    if m["kind"] in ("equipment", "unresolved", "person"):
        return None
    if m["kind"] == "group" and m.get("code"):
        return str(m["code"])
    if m["kind"] in ("country", "igo") and m.get("code"):
        return str(m["code"])
    return str(m["country"]) if m.get("country") else None


def _bucket(n: int) -> str:
    return "0" if n <= 2 else "1" if n <= 5 else "2" if n <= 10 else "3"


def _root(span: Any) -> Any:
    return span.root if span is not None and len(span) else None


def _ancestors(t: Any) -> list[Any]:
    out = [t]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _path(a: Any, b: Any) -> tuple[str, int]:
    """Dependency path a → common ancestor → b, as 'dep^dep^|dep' (up from a, down to b), and its length."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            left = [x.dep_ for x in up_a[:k]][:3]
            right = [x.dep_ for x in up_b[: ids_b[t.i]]][:3]
            return "^".join(left) + "|" + "^".join(reversed(right)), k + ids_b[t.i]
    return "none", 99


def _governing_prep(t: Any) -> str:
    """The preposition (or agent 'by') the mention hangs from: 'to', 'from', 'by', 'for', 'with' …"""
    x = t
    for _ in range(3):  # through conj/appos/compound to the pobj
        if x.dep_ in ("conj", "appos", "compound", "amod", "poss", "nmod") and x.head.i != x.i:
            x = x.head
            continue
        break
    if x.dep_ == "pobj" and x.head.dep_ in ("prep", "agent", "dative"):
        return str(x.head.lower_)
    if x.dep_ == "dative":
        return "dative"
    return "-"


def _verb_of(t: Any) -> Any:
    x = t
    for _ in range(6):
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return x
        x = x.head
    return x


def _passive(v: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def claim_items(docs: Sequence[DocData], nlp: Any, lex: Any) -> list[Item]:
    """Every transfer claim of ``docs`` with a trigger the parse can place, as a training/test item."""
    items: list[Item] = []
    for di, d in enumerate(docs):
        transfers = [(ci, c) for ci, c in enumerate(d.claims) if c.kind == "transfer"]
        if not transfers:
            continue
        sdoc = nlp(d.text)
        for ci, c in transfers:
            item = _item(di, ci, d, c, sdoc, lex)
            if item is not None:
                items.append(item)
    return items


@dataclass
class _Anchor:
    """Where a claim sits in the parse: its trigger (the status cue, else the system), the trigger's
    verb, and the system's head."""

    start: int
    trigger: Any
    verb: Any
    system: Any


def _anchor(c: Any, sdoc: Any) -> _Anchor | None:
    spans = dict(c.field_spans)
    sys_span = spans.get("system")
    trig_span = spans.get("status") or sys_span
    if trig_span is None:
        return None
    trig = _root(sdoc.char_span(trig_span[0], trig_span[1], alignment_mode="expand"))
    if trig is None:
        return None
    system = _root(sdoc.char_span(sys_span[0], sys_span[1], alignment_mode="expand")) if sys_span else None
    return _Anchor(trig_span[0], trig, _verb_of(trig), system)


def _item(di: int, ci: int, d: DocData, c: Any, sdoc: Any, lex: Any) -> Item | None:
    from geowire.model.claims_eval import _system_match

    at = _anchor(c, sdoc)
    if at is None:
        return None
    gold = _gold_for(d, c, lex, _system_match)
    coordinated = _coordinated(d, c)
    ms = [m for m in d.mentions if c.start <= m["start"] < c.end and party_code(m)]
    n_codes = len({party_code(m) for m in ms})
    cands: list[Candidate] = []
    for m in ms:
        code = str(party_code(m))
        tok = _root(sdoc.char_span(m["start"], m["end"], alignment_mode="expand"))
        if tok is None:
            continue
        label = ""
        if gold is not None and not coordinated:
            label = ("supplier" if gold["supplier"] == code else
                     "recipient" if gold["recipient"] == code else "none")  # fmt: skip
        feats = _party_features(m, tok, at, c, n_codes)
        cands.append(Candidate(code, feats + _rules_features(c, code, tok, feats), label))
    status = _gold_status(gold) if gold is not None else ""
    return Item(di, ci, cands, _status_features(c, at.trigger, at.verb, sdoc), status)


def _party_features(m: dict[str, Any], tok: Any, at: _Anchor, c: Any, n_codes: int) -> list[str]:
    """What the parse says of one party mention against the claim's trigger."""
    trig, verb, system = at.trigger, at.verb, at.system
    path, plen = _path(tok, trig)
    prep = _governing_prep(tok)
    side = "before" if m["start"] < at.start else "after"
    subj = tok.dep_ in ("nsubj", "nsubjpass") and _verb_of(tok.head).i == verb.i
    owns = (
        system is not None
        and (tok.head.i == system.i or any(a.i == system.i for a in _ancestors(tok)[1:3]))
        and tok.i < system.i
    )
    voice = "pass" if _passive(verb) else "act"
    lemma = trig.lemma_.lower()
    return [
        "bias",
        f"dep={tok.dep_}",
        f"path={path}",
        f"plen={_bucket(plen)}",
        f"prep={prep}",
        f"side={side}",
        f"voice={voice}",
        f"subj={subj}",
        f"owns={owns}",
        f"dist={_bucket(abs(tok.i - trig.i))}",
        f"lemma={lemma}",
        f"kind={m['kind']}",
        f"pos={tok.pos_}",
        f"ncodes={min(n_codes, 4)}",
        f"prep={prep}&voice={voice}",
        f"dep={tok.dep_}&voice={voice}",
        f"side={side}&voice={voice}",
        f"lemma={lemma}&side={side}",
        f"lemma={lemma}&prep={prep}",
        f"lemma={lemma}&subj={subj}",
        f"subj={subj}&voice={voice}",
        f"dateline={m['start'] < 40 and c.start == 0}",
        f"maker={c.fields.get('maker') == party_code(m)}",
    ]


def _rules_features(c: Any, code: str, tok: Any, feats: list[str]) -> list[str]:
    """The rules' reading of the party, marked ``R:`` (left out of the learned-only models)."""
    f = c.fields
    rule = "supplier" if f.get("supplier") == code else "recipient" if f.get("recipient") == code else "none"
    prep = next(x for x in feats if x.startswith("prep=")).removeprefix("prep=")
    voice = next(x for x in feats if x.startswith("voice=")).removeprefix("voice=")
    inferred = bool(f.get("supplier_inferred") or f.get("recipient_inferred"))
    out = [f"rule={rule}", f"rule={rule}&dep={tok.dep_}", f"rule={rule}&prep={prep}",
           f"rule={rule}&voice={voice}", f"rule={rule}&inferred={inferred}"]  # fmt: skip
    return ["R:" + x for x in out]


def _status_features(c: Any, trig: Any, verb: Any, sdoc: Any) -> list[str]:
    f = c.fields
    aux = sorted({x.lower_ for x in verb.children if x.dep_ in ("aux", "auxpass")})
    neg = any(x.dep_ == "neg" for x in verb.children) or any(x.dep_ == "neg" for x in trig.children)
    window = [t.lemma_.lower() for t in sdoc[max(trig.i - 4, 0) : trig.i + 4] if t.is_alpha and t.i != trig.i]
    feats = ["bias", f"lemma={trig.lemma_.lower()}", f"tag={trig.tag_}", f"vlemma={verb.lemma_.lower()}",
             f"vtag={verb.tag_}", f"neg={neg}", f"pass={_passive(verb)}", f"vdep={verb.dep_}"]  # fmt: skip
    feats += [f"aux={a}" for a in aux] + [f"w={w}" for w in window]
    feats += [f"lemma={trig.lemma_.lower()}&aux={a}" for a in aux]
    rule = str(f.get("status"))
    feats += [f"R:rule={rule}", f"R:rule={rule}&neg={bool(f.get('negated'))}",
              f"R:rule={rule}&lemma={trig.lemma_.lower()}"]  # fmt: skip
    return feats


def _gold_status(g: dict[str, Any]) -> str:
    return str(g["status"])


def _gold_for(d: DocData, c: Any, lex: Any, system_match: Any) -> dict[str, Any] | None:
    """The gold transfer whose evidence is the claim's sentence and whose system it names."""
    sent = (c.sentence or "").strip()
    found = []
    for g in d.gold:
        ev = str(g.get("evidence") or "").strip()
        if not ev or not sent or not (ev in sent or sent in ev):
            continue
        if system_match(
            str(g["system"]), str(c.fields.get("system_name") or c.fields.get("system")), lex
        ) or (system_match(str(g["system"]), str(c.fields.get("system")), lex)):
            found.append(g)
    # several records in one sentence ("Britain and France have sent …"): the one the claim's parties fit
    pair = (c.fields.get("supplier"), c.fields.get("recipient"))
    found.sort(key=lambda g: -((g["supplier"] == pair[0]) + (g["recipient"] == pair[1])))
    return found[0] if found else None


# --- stage 3: multinomial logistic regression (numpy, deterministic) ----------------------------


@dataclass
class Softmax:
    """Weights of a multinomial logistic regression over string features."""

    classes: list[str]
    index: dict[str, int]
    weights: np.ndarray  # (features, classes)

    def proba(self, feats: Sequence[str]) -> np.ndarray:
        idx = [self.index[f] for f in feats if f in self.index]
        z = self.weights[idx].sum(axis=0) if idx else np.zeros(len(self.classes))
        e = np.exp(z - z.max())
        return np.asarray(e / e.sum())

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.index, key=self.index.__getitem__)
        rows = {n: [round(float(w), 6) for w in self.weights[self.index[n]]] for n in names}
        return {"classes": self.classes, "weights": rows}


def fit(rows: Sequence[tuple[Sequence[str], str]], classes: Sequence[str], *, l2: float = 1.0,
        steps: int = 300, rate: float = 0.5, min_count: int = 2) -> Softmax:  # fmt: skip
    """Full-batch gradient descent on the L2-regularised log loss: no randomness at all."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(names)}
    k = len(classes)
    x = np.zeros((len(rows), len(names)))
    y = np.zeros((len(rows), k))
    for r, (feats, label) in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
        y[r, list(classes).index(label)] = 1.0
    w = np.zeros((len(names), k))
    n = max(len(rows), 1)
    for _ in range(steps):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / n + l2 * w / n
        w -= rate * grad
    return Softmax(list(classes), index, w)


def _feats(c: Candidate | Item, use_rules: bool) -> list[str]:
    feats = c.features if isinstance(c, Candidate) else c.status_features
    return [f for f in feats if use_rules or not f.startswith("R:")]


# --- stage 4: readings, CV, end-to-end -----------------------------------------------------------


_KEEP = 0.5  # the probability a role the sentence does not name (the rules' inference) is given


def read_roles(item: Item, fields: dict[str, Any], model: Softmax, use_rules: bool,
               margin: float | None) -> tuple[Any, Any]:  # fmt: skip
    """(supplier, recipient): the best-scoring pair of distinct parties; with ``margin``, the rules'
    pair unless the best beats it by that much in log-probability."""
    rules = (fields.get("supplier"), fields.get("recipient"))
    if not item.candidates:
        return rules
    p_sup: dict[Any, float] = {}
    p_rec: dict[Any, float] = {}
    for c in item.candidates:
        pr = model.proba(_feats(c, use_rules))
        p_sup[c.code] = max(p_sup.get(c.code, 0.0), float(pr[1]))
        p_rec[c.code] = max(p_rec.get(c.code, 0.0), float(pr[2]))
    for code, table in ((rules[0], p_sup), (rules[1], p_rec)):
        if code not in table:
            table[code] = _KEEP

    def score(s: Any, r: Any) -> float:
        return float(np.log(max(p_sup.get(s, 1e-6), 1e-6)) + np.log(max(p_rec.get(r, 1e-6), 1e-6)))

    pairs = [(score(s, r), str(s), str(r), s, r) for s in p_sup for r in p_rec if s != r]
    if not pairs:
        return rules
    best = max(pairs)
    if margin is not None and best[0] - score(*rules) < margin:
        return rules
    return best[3], best[4]


def read_status(item: Item, fields: dict[str, Any], model: Softmax, use_rules: bool,
                margin: float | None) -> str:  # fmt: skip
    rule = str(fields.get("status"))
    if rule == "mentioned":  # whether a sentence states a transfer at all stays the rules' call
        return rule
    same = _CANONICAL.get(rule, rule)
    p = model.proba(_feats(item, use_rules))
    k = int(np.argmax(p))
    if model.classes[k] == same:
        return rule
    if margin is not None:
        have = float(p[model.classes.index(same)]) if same in model.classes else 1e-6
        if np.log(max(float(p[k]), 1e-9)) - np.log(max(have, 1e-9)) < margin:
            return rule
    return model.classes[k]


_CANONICAL = {"operated-by": "operated"}  # the rules' name for a status the corpus calls "operated"


def _coordinated(d: DocData, c: Any) -> bool:
    """The rules split coordinated parties into one claim each ("Britain and France have sent …"):
    such siblings keep the rules' reading."""
    return any(o is not c and o.kind == "transfer" and o.start == c.start and o.fields.get("system")
               == c.fields.get("system") for o in d.claims)  # fmt: skip


def fold_of(story: str, k: int, by: str = "story") -> int:
    """The fold of a story: by a hash of the story id, or (``by="writer"``) of its writer's part
    ("k13-s04" → "k13"), so that no writer's text is on both sides."""
    key = story.split("-")[0] if by == "writer" else story
    return int(hashlib.sha1((f"cv:{by}:" + key).encode()).hexdigest()[:8], 16) % k


def end_to_end(docs: Sequence[DocData], changed: dict[tuple[int, int], dict[str, Any]],
               which: set[int], lex: Any) -> tuple[int, int, int]:  # fmt: skip
    """(gold, system, matched) transfers over the documents ``which``, with claim fields ``changed``."""
    from geowire.model.claims_eval import match_items, transfer_items, transfer_match

    g = s = m = 0
    for di in sorted(which):
        d = docs[di]
        cs = [
            replace(c, fields=changed[(di, ci)]) if (di, ci) in changed else c
            for ci, c in enumerate(d.claims)
        ]
        system = transfer_items(cs)
        pairs = match_items(d.gold, system, lambda a, b: transfer_match(a, b, lex=lex))
        g, s, m = g + len(d.gold), s + len(system), m + len(pairs)
    return g, s, m


def folds(docs: Sequence[DocData], k: int, by: str = "story", fresh: Sequence[str] = ()) -> list[set[int]]:
    """The held-out document sets: ``k`` folds by story or by writer; or, with ``fresh`` writers
    ("k15"), one fold of their articles (trained on every other writer's)."""
    if fresh:
        return [{i for i, d in enumerate(docs) if d.story.split("-")[0] in fresh}]
    return [{i for i, d in enumerate(docs) if fold_of(d.story, k, by) == f} for f in range(k)]


Models = dict[str, dict[bool, Softmax]]


def _models(train: Sequence[Item]) -> Models:
    """Role and status models, each with and without the rules' reading among the features."""
    role_rows = {u: [(_feats(c, u), c.label) for it in train for c in it.candidates if c.label]
                 for u in (False, True)}  # fmt: skip
    stat_rows = {u: [(_feats(it, u), it.gold_status) for it in train if it.gold_status in STATUSES]
                 for u in (False, True)}  # fmt: skip
    return {"roles": {u: fit(role_rows[u], ROLES) for u in (False, True)},
            "status": {u: fit(stat_rows[u], STATUSES) for u in (False, True)}}  # fmt: skip


def _apply(
    docs: Sequence[DocData], held: Sequence[Item], spec: dict[str, Any], models: Models
) -> dict[tuple[int, int], dict[str, Any]]:
    """The claim fields a variant ``spec`` gives the held-out items."""
    changed: dict[tuple[int, int], dict[str, Any]] = {}
    for it in held:
        c = docs[it.doc].claims[it.claim]
        fields = dict(c.fields)
        if "roles" in spec and not _coordinated(docs[it.doc], c):
            u, margin = spec["roles"]
            s, r = read_roles(it, fields, models["roles"][u], u, margin)
            fields.update(supplier=s, recipient=r)
        if "status" in spec:
            u, margin = spec["status"]
            fields["status"] = read_status(it, fields, models["status"][u], u, margin)
        changed[(it.doc, it.claim)] = fields
    return changed


_MARGINS = (0.5, 1.0, 2.0, 4.0, 1e9)  # 1e9: never overrule the rules


def _inner_margin(
    docs: Sequence[DocData], train: Sequence[Item], outer: set[int], lex: Any, part: str, use_rules: bool
) -> float:
    """The margin of a veto on ``part`` ("status", "roles") with the best end-to-end F1 in a 4-fold
    story CV on the training documents only (a tie goes to the larger margin: closer to the rules)."""
    inner = [{i for i, d in enumerate(docs) if i not in outer and fold_of(d.story, 4, "inner") == f}
             for f in range(4)]  # fmt: skip
    sums = {m: [0, 0, 0] for m in _MARGINS}
    for held_docs in inner:
        fitted = _models([it for it in train if it.doc not in held_docs])
        held = [it for it in train if it.doc in held_docs]
        for margin in _MARGINS:
            changed = _apply(docs, held, {part: (use_rules, margin)}, fitted)
            for j, v in enumerate(end_to_end(docs, changed, held_docs, lex)):
                sums[margin][j] += v

    def f1(g: int, s: int, m: int) -> float:
        return 2 * m / (g + s) if g + s else 0.0

    return max(_MARGINS, key=lambda m: (f1(*sums[m]), m))


def run_cv(
    docs: Sequence[DocData], items: Sequence[Item], held_out: Sequence[set[int]], lex: Any
) -> dict[str, Any]:
    variants: dict[str, dict[str, Any]] = {
        "rules": {},
        "learned roles": {"roles": (False, None)},
        "rules+learned roles (rules as features)": {"roles": (True, None)},
        "rules+learned roles, veto at margin 1.0": {"roles": (True, 1.0)},
        "rules+learned roles, veto at margin 2.0": {"roles": (True, 2.0)},
        "rules, learned roles (no rule features) overrule at margin 2.0": {"roles": (False, 2.0)},
        "rules, learned roles (no rule features) overrule at margin 4.0": {"roles": (False, 4.0)},
        "learned status": {"status": (False, None)},
        "rules+learned status (rules as features)": {"status": (True, None)},
        "rules+learned status, veto at margin 0.5": {"status": (True, 0.5)},
        "rules+learned status, veto at margin 1.0": {"status": (True, 1.0)},
        "rules+learned status, veto at margin 2.0": {"status": (True, 2.0)},
        "rules+learned roles and status, veto at margin 1.0": {"roles": (True, 1.0), "status": (True, 1.0)},
        "rules+learned roles and status (rules as features)": {"roles": (True, None), "status": (True, None)},
    }
    variants["rules+learned status, veto margin chosen by inner CV"] = {"status": (True, "inner")}
    variants["rules, learned roles overrule at a margin chosen by inner CV"] = {"roles": (False, "inner")}
    totals = {name: [0, 0, 0] for name in variants}
    role_acc = {name: [0, 0] for name in variants}
    status_acc = {name: [0, 0] for name in variants}
    for test_docs in held_out:
        train = [it for it in items if it.doc not in test_docs]
        held = [it for it in items if it.doc in test_docs]
        models = _models(train)
        for name, spec in variants.items():
            for part, u in (("status", True), ("roles", False)):
                if spec.get(part, (None, None))[1] == "inner":
                    spec = {part: (u, _inner_margin(docs, train, test_docs, lex, part, u))}
                    print(f"  inner CV chose {part} margin {spec[part][1]}")
            changed = _apply(docs, held, spec, models)
            for it in held:
                c = docs[it.doc].claims[it.claim]
                fields = changed[(it.doc, it.claim)]
                gold = _gold_for(docs[it.doc], c, lex, _sysmatch())
                if gold is not None and it.candidates:
                    role_acc[name][0] += int((fields.get("supplier"), fields.get("recipient"))
                                             == (gold["supplier"], gold["recipient"]))  # fmt: skip
                    role_acc[name][1] += 1
                if gold is not None and fields.get("status") != "mentioned":
                    same = {_CANONICAL.get(str(fields.get("status")), fields.get("status")), gold["status"]}
                    status_acc[name][0] += int(len(same) == 1 or same <= {"delivered", "operated"}
                                               or same <= {"contracted", "ordered"})  # fmt: skip
                    status_acc[name][1] += 1
            for j, v in enumerate(end_to_end(docs, changed, test_docs, lex)):
                totals[name][j] += v
    out = {}
    for name, (g, s, m) in totals.items():
        p, r = (m / s if s else 0.0), (m / g if g else 0.0)
        out[name] = {"gold": g, "system": s, "matched": m, "precision": round(p, 3), "recall": round(r, 3),
                     "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                     "role_accuracy": round(role_acc[name][0] / max(role_acc[name][1], 1), 3),
                     "roles_correct": role_acc[name][0], "roles_n": role_acc[name][1],
                     "status_accuracy": round(status_acc[name][0] / max(status_acc[name][1], 1), 3),
                     "status_correct": status_acc[name][0], "status_n": status_acc[name][1]}  # fmt: skip
    return out


def _sysmatch() -> Any:
    from geowire.model.claims_eval import _system_match

    return _system_match


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus/claims"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--by", choices=("story", "writer"), default="story", help="what a fold groups")
    ap.add_argument("--fresh", default="", help="writers held out as one fold, e.g. k15,k16,k17")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the collected dev items (reused)")
    ap.add_argument("--out", type=Path, default=None, help="write the CV table as JSON here")
    args = ap.parse_args()
    import spacy

    from geowire.lang import load_language
    from geowire.model.lexicon import model_lexicon

    lang = load_language("en")
    lex = model_lexicon(lang)
    if args.cache is not None and args.cache.exists():
        docs, items = pickle.loads(args.cache.read_bytes())
    else:
        docs = collect(args.corpus, "dev")  # the dev split only: test is never read
        items = claim_items(docs, spacy.load(lang.spacy_model or "en_core_web_sm"), lex)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((docs, items)))
    fresh = [w for w in args.fresh.split(",") if w]
    table = run_cv(docs, items, folds(docs, args.folds, args.by, fresh), lex)
    for name, row in table.items():
        print(f"{name:55s} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}  "
              f"roles {row['role_accuracy']:.3f} (n={row['roles_n']})  "
              f"status {row['status_accuracy']:.3f} (n={row['status_n']})")  # fmt: skip
    if args.out is not None:
        args.out.write_text(json.dumps(table, indent=1) + "\n")


if __name__ == "__main__":
    main()

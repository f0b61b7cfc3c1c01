"""``geowire eval claims DIR``: the model's records on authored articles, scored per kind.

``DIR`` holds claims-corpus files (``part_*.jsonl``, format in ``corpus/claims/FORMAT.md``).
The articles of the chosen split are ingested into an in-memory store exactly as ``geowire
ingest`` does, processed, and the model built; then, per article, the records it supports are
compared with its gold records:

* transfers — per (supplier, recipient, system) of the article's transfer claims, the status its
  asserted claims reach (``planned`` for a future one, ``offered`` for a hypothetical one, the
  verb's status with ``negated`` for "has not delivered");
* agreements — per agreement the article's claims describe (the model's own grouping);
* deployments — per (country, host) of the article's deployment claims;
* statements — the stored statements of the article;
* contradictions — the stored contradictions between two articles, by article pair and field.

Matching is lenient: parties as sets, system names by shared words, dates to the coarser
precision, quantities when both give one, statement content by word overlap (F1 ≥ 0.5).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from geowire.coding import matching
from geowire.errors import GeowireError
from geowire.lang import LanguagePack, load_language
from geowire.model.lexicon import ModelLexicon, model_lexicon
from geowire.model.records import STATUS_RANK, AgreementRecord, StoredClaim, asserted, denied
from geowire.settings import Settings

Split = Literal["dev", "test", "all"]
KINDS = ("transfers", "agreements", "deployments", "statements")
_URL = "https://claims.geowire.invalid/"
_WORD = re.compile(r"[a-z0-9]+")
_CONTENT_MIN_F1 = 0.5


class ClaimsEvalError(GeowireError):
    """The claims folder does not have readable corpus files."""


def split_of(story: str) -> Literal["dev", "test"]:
    """Half the stories are for development, half held out, by a hash of the story id."""
    return "dev" if int(hashlib.sha1(story.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "test"


def read_claims_corpus(directory: Path, split: Split = "all") -> list[dict[str, Any]]:
    """The corpus documents of ``split`` from ``directory/*.jsonl``."""
    files = sorted(directory.glob("*.jsonl")) if directory.is_dir() else [directory]
    if not files:
        raise ClaimsEvalError(f"no .jsonl files in {directory}")
    docs = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                if not isinstance(doc.get("id"), str) or not isinstance(doc.get("text"), str):
                    raise ValueError("id and text are required")
            except (json.JSONDecodeError, ValueError, AttributeError) as e:
                raise ClaimsEvalError(f"{f.name}:{n}: not a claims-corpus document ({e})") from e
            if split == "all" or split_of(str(doc.get("story", doc["id"]))) == split:
                docs.append(doc)
    if not docs:
        raise ClaimsEvalError(f"no documents of split {split!r} in {directory}")
    return docs


# --- what the system says, per article ----------------------------------------------------------


@dataclass
class SystemRecords:
    """Per corpus article id, the records of each kind; and the contradictions found."""

    per_doc: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    contradictions: list[dict[str, Any]] = field(default_factory=list)


@contextmanager
def processed_store(
    docs: Sequence[dict[str, Any]], settings: Settings, *, lang: LanguagePack
) -> Iterator[tuple[Any, dict[str, str]]]:
    """An in-memory store with ``docs`` ingested, coded and modelled, and its document ids →
    the corpus ids (closed on leaving)."""
    from geowire.ingest import ingest_sources
    from geowire.model.build import rebuild_model
    from geowire.pipeline import process_pending
    from geowire.store import open_store
    from geowire.store.documents import list_documents

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(_article(d), ensure_ascii=False) + "\n" for d in docs), "utf-8")
        with open_store(None) as store:
            ingest_sources(store, settings, [str(path)])
            process_pending(store, settings, code=True)
            rebuild_model(store, lang=lang)
            yield store, {r["id"]: str(r.get("url") or "").removeprefix(_URL) for r in list_documents(store)}


def run_pipeline(docs: Sequence[dict[str, Any]], settings: Settings, *, lang: LanguagePack) -> SystemRecords:
    """Ingest and process ``docs`` in an in-memory store; the records each article supports
    (grouped with the model lexicon of ``lang``)."""
    from geowire.store.model import contradictions, statements

    with processed_store(docs, settings, lang=lang) as (store, ids):
        claims = _doc_claims(store)
        lex = model_lexicon(lang)
        out = SystemRecords()
        for store_id, corpus_id in ids.items():
            cs = claims.get(store_id, [])
            out.per_doc[corpus_id] = {
                "transfers": transfer_items(cs),
                "agreements": agreement_items(cs, lex),
                "deployments": deployment_items(cs, lex),
                "statements": statements(store, doc_id=store_id),
            }
        for x in contradictions(store):
            if x["kind"] == "assessment":
                continue
            out.contradictions.append({**x, "doc_a": ids.get(x["doc_a"]), "doc_b": ids.get(x["doc_b"])})
        return out


def _article(d: dict[str, Any]) -> dict[str, Any]:
    return {"url": _URL + d["id"], "title": d.get("title") or d["id"], "outlet": d.get("outlet"),
            "published": d.get("published"), "text": d["text"]}  # fmt: skip


def _doc_claims(store: Any) -> dict[str, list[StoredClaim]]:
    from geowire.model.build import load_claims

    by_doc: dict[str, list[StoredClaim]] = defaultdict(list)
    with store.transaction() as con:
        for c in load_claims(con):
            by_doc[c.doc_id].append(c)
    return by_doc


def claim_status(c: StoredClaim) -> tuple[str, bool] | None:
    """(status, negated) one transfer claim states, or None for a bare mention (the rules have
    already made a future one ``planned`` and a modal one ``offered``)."""
    f = c.fields
    status = str(f.get("status") or "mentioned")
    if status == "mentioned":
        return None
    return status, bool(f.get("negated"))


def transfer_items(claims: Iterable[StoredClaim]) -> list[dict[str, Any]]:
    """One item per (supplier, recipient, system) of an article's transfer claims, at the strongest
    status its asserted claims reach; and beside it one per later step the article denies ("it ordered
    19 ... has yet to receive any": the order and the denied delivery, FORMAT.md's step records)."""
    groups: dict[tuple[Any, Any, str], list[StoredClaim]] = defaultdict(list)
    for c in claims:
        if c.kind == "transfer":
            f = c.fields
            groups[(f.get("supplier"), f.get("recipient"), str(f.get("system")))].append(c)
    out = []
    for (supplier, recipient, system), cs in groups.items():
        if not (supplier and recipient):  # no transfer record lists it (records.build_transfers)
            continue
        out += [_transfer_item(supplier, recipient, system, members, status, negated=negated)
                for status, negated, members in _steps_said(cs)]  # fmt: skip
    return out


def _steps_said(cs: Sequence[StoredClaim]) -> list[tuple[str, bool, list[StoredClaim]]]:
    """(status, negated, its claims first) per record one transfer's claims in an article give."""
    said = [(s, c) for c in cs if (s := claim_status(c)) is not None]
    if not said:
        return []
    positive = [status for (status, neg), _ in said if not neg]
    if not positive:
        return [(said[0][0][0], True, list(cs))]
    top = max(positive, key=_rank)
    own = [c for (status, neg), c in said if not neg and _same_step(status, top)]
    # the figure and the date of the step the record reports, where its own claims give them
    steps = [(top, False, own + [c for c in cs if c not in own])]
    denied = [(status, c) for (status, neg), c in said if neg]
    for status in _denied_later_steps([d for d, _ in denied], positive):
        steps.append((status, True, [c for d, c in denied if d == status]))
    return steps


def _same_step(a: str, b: str) -> bool:
    """Two statuses of one step: the scorer's own status match (:data:`_SAME_STATUS`), so a denial
    that the match would take for the asserted step adds no record of its own."""
    return _stage(a) == _stage(b)


def _stage(status: str) -> str:
    s = "operated" if status == "operated-by" else status
    return next((min(same) for same in _SAME_STATUS if s in same), s)


# statuses a reader takes for one stage: an order is a contract, an operated system was delivered
_SAME_STATUS = (frozenset({"delivered", "operated"}), frozenset({"contracted", "ordered"}))


def _denied_later_steps(denied: Sequence[str], positive: Sequence[str]) -> list[str]:
    """The denied statuses of a step beyond every step the article asserts (an order and "has not
    delivered"): a step of its own. A denial of an asserted step, or of one below it, is not."""
    top = max(_rank(s) for s in positive)
    out: list[str] = []
    for s in denied:
        if _rank(s) > top and not any(_same_step(s, p) for p in positive) and s not in out:
            out.append(s)
    return out


def _transfer_item(
    supplier: Any, recipient: Any, system: str, cs: Sequence[StoredClaim], status: str, *, negated: bool
) -> dict[str, Any]:
    first = [c for c in cs if c.fields.get("quantity") is not None]
    dated = [c for c in cs if c.fields.get("date")]
    named = next((str(c.fields["system_name"]) for c in cs if c.fields.get("system_name")), system)
    return {
        "supplier": supplier, "recipient": recipient, "system": named,
        "status": "operated" if status == "operated-by" else status, "negated": negated,
        "quantity": first[0].fields["quantity"] if first else None,
        "date": dated[0].fields["date"] if dated else None,
        "date_precision": dated[0].fields.get("date_precision") if dated else None,
        "sentence": cs[0].sentence,
    }  # fmt: skip


def _rank(status: str) -> int:
    return STATUS_RANK.get(status, -1)


def agreement_items(claims: Iterable[StoredClaim], lex: ModelLexicon) -> list[dict[str, Any]]:
    """The agreements an article's claims describe, as the model groups them."""
    from geowire.model.records import build_agreement, group_agreements

    cs = [c for c in claims if c.kind == "agreement"]
    out = []
    words = {
        "topic_stop": lex.agreements.topic_stop,
        "topic_plain": lex.agreements.topic_plain,
        "fresh": lex.agreements.fresh,
        "trade_kinds": lex.agreements.trade_kinds,
        "trade_words": lex.agreements.trade_words,
    }
    for members in group_agreements(cs, generic=tuple(lex.agreements.generic), **words):
        rec, _ = build_agreement(members, dt.date.today(), figures=lex.figures)
        acting = [c for c in members if c.fields.get("action")]  # a plan or a question denies nothing
        negated = any(denied(c) for c in acting) and not any(asserted(c) for c in acting)
        action = rec.status if rec.status not in ("mentioned", "expired") else None
        if action is None and any(c.fields.get("action") == "expires" and asserted(c) for c in members):
            action = "expires"
        if action is None and negated:
            acts = [c.fields["action"] for c in members if c.fields.get("action")]
            action = acts[0] if acts else None
        acted = rec.fields.get(f"{action}.date")  # the date of the action the item reports first
        dates = [d for d in (acted.value if acted else None, rec.signed, rec.ratified, rec.in_force) if d]
        out.append({
            "name": None if rec.name == rec.kind else rec.name, "parties": rec.parties,
            "action": action or "mentioned", "negated": bool(action) and negated,
            "date": dates[0] if dates else None, "place": rec.signed_place,
            "value": _field(rec, "value"), "currency": _field(rec, "value_currency"),
            "duration_years": rec.duration_years, "sentence": members[0].sentence,
        })  # fmt: skip
    return out


def _field(rec: AgreementRecord, key: str) -> Any:
    f = rec.fields.get(key)
    return f.value if f else None


def deployment_items(claims: Iterable[StoredClaim], lex: ModelLexicon) -> list[dict[str, Any]]:
    from geowire.model.records import build_deployments

    recs, _ = build_deployments([c for c in claims if c.kind == "deployment"], figures=lex.figures)
    return [{"country": r.country, "host": r.host, "personnel": r.personnel, "date": r.date,
             "sentence": r.sources[0].sentence if r.sources else None}
            for r in recs]  # fmt: skip


# --- matching -------------------------------------------------------------------------------------


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


# a model designator, letters and a number ("K-8", "S-400", "Su-35"), read whole: its parts alone
# are often one character, which names nothing
_DESIGNATOR = re.compile(r"\b([a-z]+)-?(\d+[a-z]*)\b")


def _designators(text: str) -> set[str]:
    return {a + b for a, b in _DESIGNATOR.findall(text.lower())}


def _stem(w: str) -> str:
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _system_match(gold: str, pred: str, lex: ModelLexicon) -> bool:
    stop = lex.evaluation.system_stopwords
    g = {_stem(w) for w in words(gold)} - stop
    p = {_stem(w) for w in words(pred)} - stop
    if not g or not p:
        return gold.lower() == pred.lower()
    aggregate = {_stem(w) for w in words(lex.transfers.aggregate_system)} - stop  # "military equipment"
    if aggregate and aggregate <= g:
        return aggregate <= p
    if _designators(gold) & _designators(pred):  # "K-8" and "K-8 jets": both tokens are one letter
        return True
    # a shared one-letter token ("S" of "S-400" and of "Igla-S") names nothing
    return any(len(t) > 1 for t in g & p) or any(
        a.replace("-", "") in b or b in a for a in g for b in p if len(a) > 1 < len(b)
    )


def dates_agree(gold: str | None, pred: str | None) -> bool:
    """Both dates name the same day/month/year, to the coarser of their precisions."""
    if not gold or not pred:
        return True
    n = min(len(gold), len(pred))
    return gold[:n] == pred[:n]


def _qty_agree(gold: Any, pred: Any) -> bool:
    return gold is None or pred is None or abs(float(gold) - float(pred)) < 0.5


def token_f1(a: str | None, b: str | None) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa) & set(wb))
    if not common:
        return 0.0
    p, r = common / len(wb), common / len(wa)
    return 2 * p * r / (p + r)


def transfer_match(g: dict[str, Any], s: dict[str, Any], *, lex: ModelLexicon) -> bool:
    status = s["status"] == g["status"] or any({s["status"], g["status"]} <= same for same in _SAME_STATUS)
    return (g["supplier"] == s["supplier"] and g["recipient"] == s["recipient"]
            and _system_match(g["system"], s["system"], lex) and status
            and bool(g.get("negated")) == bool(s.get("negated"))
            and _qty_agree(g.get("quantity"), s.get("quantity")))  # fmt: skip


def _parties_match(gold: Sequence[str], pred: Sequence[str]) -> bool:
    g, p = set(gold), set(pred)
    return g == p or (len(g & p) >= 2 and len(g & p) / len(g | p) >= 0.5)


def agreement_match(g: dict[str, Any], s: dict[str, Any]) -> bool:
    if not _parties_match(g["parties"], s["parties"]):
        return False
    if g.get("name") and s.get("name") and not set(words(g["name"])) & set(words(s["name"])):
        return False
    return (g.get("action") or "mentioned") == s["action"] and bool(g.get("negated")) == bool(
        s.get("negated")
    )


def deployment_match(g: dict[str, Any], s: dict[str, Any]) -> bool:
    return (
        g["country"] == s["country"]
        and g["host"] == s["host"]
        and _qty_agree(g.get("personnel"), s.get("personnel"))
    )


def statement_match(g: dict[str, Any], s: dict[str, Any]) -> bool:
    speakers = {s.get("speaker"), s.get("speaker_country")}
    return g["speaker"] in speakers and token_f1(g["content"], s.get("text")) >= _CONTENT_MIN_F1


Matcher = Callable[[dict[str, Any], dict[str, Any]], bool]


def matchers(lex: ModelLexicon) -> dict[str, Matcher]:
    """Per kind, whether a gold item and a system item are the same record (system names compared
    with the words of ``lex``)."""
    return {
        "transfers": functools.partial(transfer_match, lex=lex),
        "agreements": agreement_match,
        "deployments": deployment_match,
        "statements": statement_match,
    }


# field accuracy on matched pairs: (name, gold key, system key, agree)
_FIELDS: dict[str, list[tuple[str, str, str, Callable[[Any, Any], bool]]]] = {
    "transfers": [("quantity", "quantity", "quantity", lambda g, s: _qty_agree(g, s) and s is not None),
                  ("date", "date", "date", lambda g, s: s is not None and dates_agree(g, s))],
    "agreements": [("name", "name", "name", lambda g, s: bool(s) and bool(set(words(g)) & set(words(s)))),
                   ("date", "date", "date", lambda g, s: s is not None and dates_agree(g, s)),
                   ("place", "place", "place", lambda g, s: str(g).lower() == str(s).lower()),
                   ("value", "value", "value", lambda g, s: s is not None and abs(float(g) - float(s)) < 1),
                   ("duration_years", "duration_years", "duration_years", lambda g, s: g == s)],
    "deployments": [("personnel", "personnel", "personnel", lambda g, s: _qty_agree(g, s) and s is not None)],
    "statements": [("stance", "stance", "stance", lambda g, s: g == s),
                   ("target", "target", "target", lambda g, s: g == s)],
}  # fmt: skip


def match_items(
    gold: list[dict[str, Any]], system: list[dict[str, Any]], same: Callable[..., bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, system index), gold in order."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if j not in used and same(g, s):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def prf(gold: int, system: int, matched: int) -> dict[str, Any]:
    p, r, f = matching.prf(matched, gold, matched, system)
    return {"gold": gold, "system": system, "matched": matched, "precision": p, "recall": r, "f1": f}


def score(docs: Sequence[dict[str, Any]], sysrec: SystemRecords, *, lex: ModelLexicon) -> dict[str, Any]:
    """Per kind P/R/F1 and field accuracies; contradictions by article pair and field."""
    report: dict[str, Any] = {"documents": len(docs), "kinds": {}, "unmatched": {k: [] for k in KINDS}}
    same = matchers(lex)
    for kind in KINDS:
        n_gold = n_sys = n_match = 0
        fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for d in docs:
            gold = list(d.get(kind) or [])
            system = sysrec.per_doc.get(d["id"], {}).get(kind, [])
            pairs = match_items(gold, system, same[kind])
            n_gold, n_sys, n_match = n_gold + len(gold), n_sys + len(system), n_match + len(pairs)
            for i, j in pairs:
                for name, gk, sk, agree in _FIELDS[kind]:
                    if gold[i].get(gk) is not None:
                        fields[name][1] += 1
                        fields[name][0] += int(bool(agree(gold[i][gk], system[j].get(sk))))
            gi, sj = {i for i, _ in pairs}, {j for _, j in pairs}
            report["unmatched"][kind] += [{"doc": d["id"], "side": "gold", **_clean(g)}
                                          for i, g in enumerate(gold) if i not in gi]  # fmt: skip
            report["unmatched"][kind] += [{"doc": d["id"], "side": "system", **_clean(s)}
                                          for j, s in enumerate(system) if j not in sj]  # fmt: skip
        report["kinds"][kind] = {
            **prf(n_gold, n_sys, n_match),
            "fields": {k: {"accuracy": round(a / n, 3), "n": n} for k, (a, n) in sorted(fields.items())},
        }
    report["contradictions"] = score_contradictions(docs, sysrec.contradictions)
    return report


def _clean(r: dict[str, Any]) -> dict[str, Any]:
    keep = ("supplier", "recipient", "system", "quantity", "status", "negated", "date", "name", "parties",
            "action", "place", "value", "currency", "duration_years", "country", "host", "personnel",
            "speaker", "speaker_country", "target", "stance", "content", "text", "evidence",
            "sentence")  # fmt: skip
    return {k: r[k] for k in keep if k in r and r[k] is not None}


def score_contradictions(docs: Sequence[dict[str, Any]], found: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall of the gold contradicting pairs (article pair + field); precision over the pairs found
    within one story (the gold annotates contradictions only there: stories are separate worlds whose
    writers did not keep their invented facts apart, so a pair across stories is neither right nor
    wrong, and is counted apart as ``between_stories``); and the contradictions found between
    articles of one story that the gold calls compatible."""
    ids = {d["id"]: d for d in docs}
    gold = {(frozenset((d["id"], x["doc"])), x["field"]) for d in docs for x in d.get("contradicts") or []
            if x.get("doc") in ids}  # fmt: skip
    gold_pairs = {p for p, _ in gold}
    found_pairs = {(frozenset((x["doc_a"], x["doc_b"])), _field_of(x)) for x in found
                   if x["doc_a"] and x["doc_b"]}  # fmt: skip
    system = {(p, f) for p, f in found_pairs if len({ids[i].get("story") for i in p if i in ids}) == 1}
    matched = {g for g in gold if g in system or (g[0], "*") in system}
    compatible = sorted(" ".join(sorted(p)) for p in {p for p, _ in system} - gold_pairs)
    wrong = [{"docs": sorted(p), "field": f} for p, f in sorted(system, key=_pair_key) if (p, f) not in gold
             and (p, "*") not in gold]  # fmt: skip
    missed = [{"docs": sorted(p), "field": f} for p, f in sorted(gold - matched, key=_pair_key)]
    across = sorted({" ".join(sorted(p)) for p, _ in found_pairs - system})  # article pairs, as compatible
    return {**prf(len(gold), len(system), len(matched)), "between_compatible": len(compatible),
            "between_stories": len(across), "pairs_across_stories": across,
            "compatible_pairs_flagged": compatible, "missed": missed, "not_in_gold": wrong}  # fmt: skip


def _pair_key(pair: tuple[frozenset[str], str]) -> tuple[list[str], str]:
    """A pair of articles and a field in a stable order (a frozenset's ``str`` follows the hash seed)."""
    return sorted(pair[0]), pair[1]


def _field_of(x: dict[str, Any]) -> str:
    f = str(x.get("field") or x.get("kind"))
    if f in ("personnel", "quantity"):
        return "quantity"
    if f.endswith("date"):
        return "date"
    return f


def evaluate_claims(directory: Path, settings: Settings, *, split: Split = "test") -> dict[str, Any]:
    """The report of ``geowire eval claims``."""
    docs = read_claims_corpus(directory, split)
    lang = load_language(settings.language)
    report = score(docs, run_pipeline(docs, settings, lang=lang), lex=model_lexicon(lang))
    report["split"] = split
    return report

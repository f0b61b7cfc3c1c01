"""Merge stored claims across documents into model records, and find contradictions.

Input claims are dicts (a ``claims`` row decoded, plus ``outlet``, ``published``, ``sentence``
and ``doc_text`` — see :func:`geowire.model.build.load_claims`).  Every record field keeps its
provenance: value, claim id, document, and the evidence span.  Non-asserted claims ("does not
take effect until …", "has not sent any …") are kept as sources but never set a fact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Collection
from typing import Any

from geowire.model.context import dates_compatible, figures_compatible, quantity_interval
from geowire.model.lexicon import Figures

Claim = dict[str, Any]
_ACTIONS = ("signed", "ratified", "in-force", "extended", "expires")
STATUS_RANK = {"reported": 0, "offered": 1, "planned": 2, "approved": 3, "contracted": 4, "ordered": 5,
                "delivered": 6, "deployed": 7, "operated-by": 8}  # fmt: skip
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _id(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:14]


def evidence(c: Claim, field: str | None = None) -> dict[str, Any]:
    """Where a claim (or one of its fields) comes from: document, sentence, offsets and words."""
    out = {
        "claim_id": c["id"],
        "doc_id": c["doc_id"],
        "outlet": c.get("outlet"),
        "sentence_index": c["sentence_index"],
        "start": c["start"],
        "end": c["end"],
        "sentence": c.get("sentence"),
    }
    span = c["field_spans"].get(field) if field else None
    if span:
        text = c.get("doc_text")
        out.update(
            field=field,
            field_start=span[0],
            field_end=span[1],
            field_text=text[span[0] : span[1]] if text else None,
        )
    return out


def _provenance(c: Claim, field: str, value: object) -> dict[str, Any]:
    return {"value": value, **evidence(c, field)}


def asserted(c: Claim) -> bool:
    """Whether a claim states its fact (not future, hypothetical or negated)."""
    return c["fields"].get("modality", "asserted") == "asserted" and not c["fields"].get("negated")


# --- agreements ---------------------------------------------------------------------------------


def group_agreements(claims: list[Claim], *, generic: Collection[str]) -> list[list[Claim]]:
    """Claims about the same agreement: same kind, overlapping parties (a claim with fewer
    parties joins the agreement that includes them; a bare "treaty" — a kind of ``generic``, the
    lexicon's ``agreements.generic`` — joins the one treaty)."""
    groups: list[tuple[str, set[str], list[Claim]]] = []
    ordered = sorted(claims, key=lambda c: (-len(c["fields"].get("parties") or []), c["id"]))
    for c in ordered:
        kind = c["fields"].get("kind")
        parties = set(c["fields"].get("parties") or [])
        for g_kind, g_parties, members in groups:
            overlap = len(parties & g_parties) >= 2 or (
                parties <= g_parties
                and (
                    len(parties) >= 2
                    or any(m["doc_id"] == c["doc_id"] for m in members)
                    or any(
                        _proper(m["fields"]) and _proper(m["fields"]) == _proper(c["fields"]) for m in members
                    )
                )
            )
            if g_kind == kind and overlap and not any(_distinct_agreements(c, m) for m in members):
                members.append(c)
                g_parties |= parties
                break
        else:
            home = _generic_home(c, groups, generic)
            if home is not None:
                home.append(c)
            else:
                groups.append((str(kind), set(parties), [c]))
    return [members for _, _, members in groups]


def _distinct_agreements(a: Claim, b: Claim) -> bool:
    """Two claims that cannot be about one agreement: both give it a proper name and the names
    share no word, or both date the same action in different years (a 2018 contract and a 2024
    contract between the same two countries are two contracts)."""
    fa, fb = a["fields"], b["fields"]
    na, nb = _proper(fa), _proper(fb)
    if na and nb and not set(na.lower().split()) & set(nb.lower().split()):
        return True
    da, db = fa.get("date"), fb.get("date")
    same_action = fa.get("action") and fa.get("action") == fb.get("action")
    return bool(same_action and da and db and str(da)[:4] != str(db)[:4] and not (na and na == nb))


def _proper(f: dict[str, Any]) -> str | None:
    name = f.get("name")
    return str(name) if name and str(name)[:1].isupper() and str(name).lower() != str(f.get("kind")) else None


def _generic_home(
    c: Claim, groups: list[tuple[str, set[str], list[Claim]]], generic: Collection[str]
) -> list[Claim] | None:
    """The one specific agreement a bare "treaty"/"agreement" claim can only be about, if any."""
    kind = str(c["fields"].get("kind"))
    if kind not in generic:
        return None
    parties = set(c["fields"].get("parties") or [])
    fits = [
        m
        for g_kind, g_parties, m in groups
        if g_kind not in generic
        and parties <= g_parties
        and any(kind in str(x["fields"].get("name", "")).lower() for x in m)
    ]
    return fits[0] if len(fits) == 1 else None


def _consensus(values: list[tuple[Any, Claim]], *, same: Any) -> tuple[Any, Claim] | None:
    """The value most documents support (ties: the most precise, then earliest claim)."""
    if not values:
        return None
    support: dict[int, set[str]] = defaultdict(set)
    for i, (v, _c) in enumerate(values):
        for w, c2 in values:
            if same(v, w):
                support[i].add(c2["doc_id"])
    best = max(range(len(values)), key=lambda i: (len(support[i]), _precision(values[i][1]), -i))
    return values[best]


def _precision(c: Claim) -> int:
    return -_PRECISION_RANK.get(c["fields"].get("date_precision"), 3)


def _date_of(c: Claim) -> tuple[dt.date, str | None] | None:
    d = c["fields"].get("date")
    return (dt.date.fromisoformat(d), c["fields"].get("date_precision")) if d else None


def _same_date(a: tuple[dt.date, str | None], b: tuple[dt.date, str | None]) -> bool:
    return dates_compatible(a[0], a[1], b[0], b[1])


def _same_place(a: str, b: str) -> bool:
    return a.lower() == b.lower()


def build_agreement(members: list[Claim], today: dt.date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One agreement record from its claims, and the contradictions among them."""
    first = min(
        members, key=lambda c: (c["fields"].get("refers_back", False), c["published"] or dt.date.max, c["id"])
    )
    kind = first["fields"]["kind"]
    parties = sorted({p for c in members for p in c["fields"].get("parties") or []})
    rec: dict[str, Any] = {"kind": kind, "name": first["fields"].get("name") or kind, "parties": parties}
    # two agreements of one kind between the same parties (a 2018 and a 2024 contract) differ by
    # their own name or the year of their first dated action
    years = sorted(str(c["fields"]["date"])[:4] for c in members if c["fields"].get("date"))
    rec["id"] = _id("ag", kind, ",".join(parties), _proper(first["fields"]) or "", years[0] if years else "")
    fields: dict[str, Any] = {}
    contradictions: list[dict[str, Any]] = []
    by_action: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c["fields"].get("action") and asserted(c):
            by_action[c["fields"]["action"]].append(c)
    contradictions += _action_denied(members, rec, parties)
    for action in _ACTIONS:
        cs = by_action.get(action, [])
        dates = [(d, c) for c in cs if (d := _date_of(c))]
        places = [(c["fields"]["place"], c) for c in cs if c["fields"].get("place")]
        subject = f"{rec['name']} ({'–'.join(parties)}) {action}"
        if (best := _consensus(dates, same=_same_date)) is not None:
            fields[f"{action}.date"] = _provenance(best[1], "date", best[0][0].isoformat())
            fields[f"{action}.date"]["precision"] = best[0][1]
        if (bestp := _consensus(places, same=_same_place)) is not None:
            fields[f"{action}.place"] = _provenance(bestp[1], "place", bestp[0])
        contradictions += _conflicts(dates, _same_date, "date", subject, lambda d: _fmt_date(d))
        contradictions += _conflicts(places, _same_place, "place", subject, str)
        signers = [(c["fields"]["signer"], c) for c in cs if c["fields"].get("signer")]
        if signers:
            fields[f"{action}.signer"] = _provenance(signers[0][1], "signer", signers[0][0])
    for key, span in (
        ("value_usd", "value"),
        ("value", "value"),
        ("value_currency", "value"),
        ("value_text", "value"),
        ("until_year", "until_year"),
        ("duration_years", "duration_years"),
    ):
        vals = [(c["fields"][key], c) for c in members if c["fields"].get(key) is not None]
        if vals:
            v = Counter(v for v, _ in vals).most_common(1)[0][0]
            c = next(cc for vv, cc in vals if vv == v)
            fields[key] = _provenance(c, span, v)
    rec.update(_flatten_agreement(fields, by_action, today))
    rec["disputed"] = sorted({f"{x['action']}.{x['field']}" for x in contradictions})
    rec["doc_ids"] = sorted({c["doc_id"] for c in members})
    rec["claim_ids"] = sorted(c["id"] for c in members)
    rec["event_ids"] = sorted({c["event_id"] for c in members if c.get("event_id")})
    rec["fields"] = fields
    rec["sources"] = [
        evidence(c, "action" if c["fields"].get("action") else "kind")
        for c in sorted(members, key=lambda c: c["id"])
    ]
    return rec, contradictions


def _action_denied(members: list[Claim], rec: dict[str, Any], parties: list[str]) -> list[dict[str, Any]]:
    """One source says the agreement was signed (ratified …), another that it was not ("has
    still not signed") — unless the denial was published before the act it denies."""
    out = []
    for action in ("signed", "ratified"):
        said = [
            (f"not {action}" if _negated(c) else action, c)
            for c in members
            if c["fields"].get("action") == action and (asserted(c) or _negated(c))
        ]
        subject = f"{rec['name']} ({'–'.join(parties)}) {action}"
        out += _status_conflicts(said, subject, negative=f"not {action}")
    return out


def _negated(c: Claim) -> bool:
    return bool(c["fields"].get("negated")) or c["fields"].get("modality") == "negated"


def _fmt_date(d: tuple[dt.date, str | None]) -> str:
    value, precision = d
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%Y-%m")
    return value.isoformat()


def _conflicts(
    values: list[tuple[Any, Claim]], same: Any, field: str, subject: str, fmt: Any
) -> list[dict[str, Any]]:
    """One contradiction per pair of documents whose values for ``field`` cannot both be true."""
    out = []
    seen: set[tuple[str, str]] = set()
    for i, (va, ca) in enumerate(values):
        for vb, cb in values[i + 1 :]:
            pair = tuple(sorted((ca["doc_id"], cb["doc_id"])))
            if ca["doc_id"] == cb["doc_id"] or pair in seen or same(va, vb):
                continue
            seen.add(pair)
            a, b = (ca, cb) if ca["doc_id"] <= cb["doc_id"] else (cb, ca)
            fa, fb = (va, vb) if a is ca else (vb, va)
            out.append(
                {
                    "id": _id("cx", subject, field, a["id"], b["id"]),
                    "kind": field,
                    "subject": subject,
                    "field": field,
                    "action": subject.rsplit(" ", 1)[-1],
                    "value_a": fmt(fa),
                    "value_b": fmt(fb),
                    "doc_a": a["doc_id"],
                    "doc_b": b["doc_id"],
                    "claim_a": a["id"],
                    "claim_b": b["id"],
                    "evidence": [evidence(a, field), evidence(b, field)],
                }
            )
    return out


def _flatten_agreement(
    fields: dict[str, Any], by_action: dict[str, list[Claim]], today: dt.date
) -> dict[str, Any]:
    def val(key: str) -> Any:
        return fields[key]["value"] if key in fields else None

    def prec(key: str) -> Any:
        return fields[key].get("precision") if key in fields else None

    expires = val("until_year")
    status = "mentioned"
    for action in ("signed", "ratified", "in-force", "extended"):
        if by_action.get(action):
            status = action
    if expires is not None and expires < today.year:
        status = "expired"
    return {
        "signed": val("signed.date"),
        "signed_precision": prec("signed.date"),
        "signed_place": val("signed.place"),
        "signer": val("signed.signer"),
        "ratified": val("ratified.date"),
        "ratified_precision": prec("ratified.date"),
        "in_force": val("in-force.date"),
        "expires_year": expires,
        "duration_years": val("duration_years"),
        "value_usd": val("value_usd"),
        "status": status,
    }


# --- transfers and deployments -------------------------------------------------------------------


def build_transfers(
    claims: list[Claim], *, figures: Figures
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Transfer records (supplier, recipient, system) and conflicting-figure contradictions
    (``figures``: the lexicon's words for vague figures and qualifiers)."""
    explicit = {
        (c["doc_id"], c["fields"].get("supplier"), c["fields"].get("recipient"))
        for c in claims
        if c["fields"].get("status") != "mentioned" and asserted(c)
    }
    groups: dict[tuple[Any, Any, str], list[Claim]] = defaultdict(list)
    for c in claims:
        f = c["fields"]
        groups[(f.get("supplier"), f.get("recipient"), str(f.get("system")))].append(c)
    records, contradictions = [], []
    for (supplier, recipient, system), cs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        statuses = sorted(
            {c["fields"]["status"] for c in cs if c["fields"]["status"] != "mentioned" and asserted(c)},
            key=STATUS_RANK.__getitem__,
        )
        reported = any(
            (c["doc_id"], supplier, recipient) in explicit for c in cs if c["fields"]["status"] == "mentioned"
        )
        if not statuses and not reported:
            continue
        rec = _transfer_record(supplier, recipient, system, cs, statuses or ["reported"])
        records.append(rec)
        contradictions += _figure_conflicts(
            cs, "quantity", f"{system} {supplier}→{recipient} quantity", figures=figures
        )
        contradictions += _delivery_conflicts(cs, f"{system} {supplier}→{recipient} delivery")
        contradictions += _transfer_date_conflicts(cs, f"{system} {supplier}→{recipient}")
    return records, contradictions


_DONE = frozenset({"delivered", "deployed", "operated-by"})


def _delivery_conflicts(cs: list[Claim], subject: str) -> list[dict[str, Any]]:
    """One source says the transfer was made, another that it was not ("has not delivered")."""
    said = [
        ("not delivered" if c["fields"].get("negated") else "delivered", c)
        for c in cs
        if c["fields"].get("status") in _DONE and c["fields"].get("modality", "asserted") == "asserted"
    ]
    return _status_conflicts(said, subject, negative="not delivered")


def _status_conflicts(said: list[tuple[str, Claim]], subject: str, *, negative: str) -> list[dict[str, Any]]:
    """Pairs of sources where one says an act happened and the other (``negative``) that it did
    not — unless the denial was published before the act."""
    found = _conflicts(said, lambda a, b: a == b, "status", subject, str)
    by_id = {c["id"]: (v, c) for v, c in said}
    out = [
        x for x in found if not _act_came_later(by_id[x["claim_a"]], by_id[x["claim_b"]], negative=negative)
    ]
    for x in out:
        x["kind"] = "status"
    return out


def _act_came_later(a: tuple[str, Claim], b: tuple[str, Claim], *, negative: str) -> bool:
    """A "not delivered" ("not signed") report published before the delivery (the signing) it is
    compared with is no contradiction: the act came later."""
    (va, ca), (vb, cb) = a, b
    if va == vb:
        return False
    neg, done = (ca, cb) if va == negative else (cb, ca)
    when = _date_of(done)
    delivered_on = when[0] if when else done.get("published")
    said_on = neg.get("published")
    return bool(said_on and delivered_on and said_on < delivered_on)


def _transfer_date_conflicts(cs: list[Claim], subject: str) -> list[dict[str, Any]]:
    """Two sources date the same step of a transfer (its delivery, its contract) differently:
    "delivered in March" and "delivered in June", "due in 2026" and "due in 2027".  A figure
    for a batch ("the first four") dates that batch only and is left out."""
    out = []
    for status in sorted({str(c["fields"].get("status")) for c in cs}):
        if status in ("mentioned", "reported"):
            continue
        dates = [
            (d, c)
            for c in cs
            if c["fields"].get("status") == status
            and not c["fields"].get("negated")
            and not c["fields"].get("quantity_partial")
            and (d := _date_of(c))
        ]
        found = _conflicts(dates, _same_date, "date", f"{subject} {status}", _fmt_date)
        for x in found:
            x["kind"] = "date"
        out += found
    return out


def _transfer_record(
    supplier: Any, recipient: Any, system: str, cs: list[Claim], statuses: list[str]
) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, span in (
        ("supplier", "supplier"),
        ("recipient", "recipient"),
        ("system", "system"),
        ("category", "system"),
        ("quantity", "quantity"),
        ("operator", "operator"),
        ("date", "date"),
        ("since", "since"),
        ("value_usd", "value"),
    ):
        for c in sorted(cs, key=lambda c: (not asserted(c), c["id"])):
            if c["fields"].get(key) is not None:
                fields[key] = _provenance(c, span, c["fields"][key])
                if key == "quantity":
                    fields[key]["text"] = c["fields"].get("quantity_text")
                break
    status = statuses[-1]
    status_claim = next((c for c in cs if c["fields"]["status"] == status), cs[0])
    fields["status"] = _provenance(status_claim, "status", status)

    def val(k: str) -> Any:
        return fields[k]["value"] if k in fields else None

    return {
        "id": _id("tr", supplier, recipient, system),
        "supplier": supplier,
        "recipient": recipient,
        "system": system,
        "category": val("category"),
        "quantity": val("quantity"),
        "quantity_text": fields["quantity"].get("text") if "quantity" in fields else None,
        "status": status,
        "statuses": statuses,
        "operator": val("operator"),
        "date": val("date"),
        "since": val("since"),
        "value_usd": val("value_usd"),
        "doc_ids": sorted({c["doc_id"] for c in cs}),
        "claim_ids": sorted(c["id"] for c in cs),
        "fields": fields,
        "sources": [evidence(c, "system") for c in cs],
    }


def _figure_conflicts(
    cs: list[Claim],
    key: str,
    subject: str,
    *,
    figures: Figures,
    qual: str | None = None,
    text_key: str | None = None,
) -> list[dict[str, Any]]:
    qual = qual or f"{key}_qualifier"
    text_key = text_key or f"{key}_text"
    found = [
        (
            quantity_interval(
                float(c["fields"][key]),
                c["fields"].get(qual),
                c["fields"].get(text_key) or "",
                figures=figures,
            ),
            c,
        )
        for c in cs
        if c["fields"].get(key) is not None and asserted(c) and not c["fields"].get(f"{key}_partial")
    ]
    out = _conflicts(found, figures_compatible, key, subject, lambda iv: f"{iv[0]:g}–{iv[1]:g}")
    for x in out:
        x["kind"] = "quantity"
        x["value_a"] = _claim_text(found, x["claim_a"], text_key)
        x["value_b"] = _claim_text(found, x["claim_b"], text_key)
    return out


def _claim_text(figures: list[tuple[Any, Claim]], claim_id: str, text_key: str) -> str:
    c = next(c for _, c in figures if c["id"] == claim_id)
    return str(c["fields"].get(text_key) or c["fields"].get("quantity"))


def build_deployments(
    claims: list[Claim], *, figures: Figures
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Deployment records per (country, host, period) and conflicting personnel figures."""
    groups: list[list[Claim]] = []
    for c in sorted(claims, key=lambda c: c["id"]):
        for g in groups:
            if _same_deployment(g[0], c):
                g.append(c)
                break
        else:
            groups.append([c])
    records, contradictions = [], []
    for cs in groups:
        f0 = cs[0]["fields"]
        fields = {
            k: _provenance(c, k if k != "personnel" else "personnel", c["fields"][k])
            for k in ("country", "host", "personnel", "place", "role", "date")
            for c in reversed(cs)
            if c["fields"].get(k) is not None
        }
        records.append(
            {
                "id": _id("dp", f0.get("country"), f0.get("host"), cs[0]["id"]),
                "country": f0.get("country"),
                "host": f0.get("host"),
                "personnel": f0.get("personnel"),
                "personnel_text": f0.get("personnel_text"),
                "place": next((c["fields"]["place"] for c in cs if c["fields"].get("place")), None),
                "role": next((c["fields"]["role"] for c in cs if c["fields"].get("role")), None),
                "date": _iso(_deployment_date(cs[0])),
                "doc_ids": sorted({c["doc_id"] for c in cs}),
                "claim_ids": [c["id"] for c in cs],
                "fields": fields,
                "sources": [evidence(c, "personnel") for c in cs],
            }
        )
        contradictions += _figure_conflicts(
            cs, "personnel", f"{f0.get('country')} personnel in {f0.get('host')}", figures=figures
        )
    return records, contradictions


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _deployment_date(c: Claim) -> dt.date | None:
    d = c["fields"].get("date")
    return dt.date.fromisoformat(d) if d else c.get("published")


def _same_deployment(a: Claim, b: Claim) -> bool:
    fa, fb = a["fields"], b["fields"]
    if fa.get("country") != fb.get("country") or fa.get("host") != fb.get("host"):
        return False
    da, db = _deployment_date(a), _deployment_date(b)
    if da is None or db is None:
        return True  # an undated report may describe either
    pa = fa.get("date_precision") if fa.get("date") else "day"
    pb = fb.get("date_precision") if fb.get("date") else "day"
    return dates_compatible(da, pa, db, pb, slack_days=120)


# --- assessments ---------------------------------------------------------------------------------


def assessment_positions(claims: list[Claim]) -> list[dict[str, Any]]:
    """Each document's majority position on each (subject, predicate) proposition."""
    by_doc: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        f = c["fields"]
        by_doc[(c["doc_id"], f["subject"], f["predicate"])].append(c)
    out = []
    for (doc_id, subject, predicate), cs in sorted(by_doc.items()):
        votes = Counter(c["fields"]["polarity"] for c in cs)
        polarity = "negative" if votes["negative"] > votes["positive"] else "positive"
        if votes["negative"] == votes["positive"]:
            continue
        side = [c for c in cs if c["fields"]["polarity"] == polarity]
        targets = Counter(c["fields"]["target"] for c in side if c["fields"].get("target"))
        out.append(
            {
                "doc_id": doc_id,
                "outlet": cs[0].get("outlet"),
                "subject": subject,
                "predicate": predicate,
                "target": targets.most_common(1)[0][0] if targets else None,
                "polarity": polarity,
                "claims": side,
            }
        )
    return out


def assessment_contradictions(claims: list[Claim]) -> list[dict[str, Any]]:
    """Pairs of documents that take opposite positions on the same proposition."""
    positions = assessment_positions(claims)
    out = []
    for i, a in enumerate(positions):
        for b in positions[i + 1 :]:
            if (a["subject"], a["predicate"]) != (b["subject"], b["predicate"]) or a["polarity"] == b[
                "polarity"
            ]:
                continue
            if a["doc_id"] == b["doc_id"] or (a["target"] and b["target"] and a["target"] != b["target"]):
                continue
            target = a["target"] or b["target"] or "*"
            subject = f"{a['subject']} {a['predicate']} {target}"
            ca, cb = a["claims"][0], b["claims"][0]
            out.append(
                {
                    "id": _id("cx", subject, a["doc_id"], b["doc_id"]),
                    "kind": "assessment",
                    "subject": subject,
                    "field": "polarity",
                    "value_a": a["polarity"],
                    "value_b": b["polarity"],
                    "doc_a": a["doc_id"],
                    "doc_b": b["doc_id"],
                    "claim_a": ca["id"],
                    "claim_b": cb["id"],
                    "evidence": [evidence(ca, "predicate"), evidence(cb, "predicate")],
                }
            )
    return out

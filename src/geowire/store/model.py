"""Queries over the system model that every front end shares (CLI, REST API, web UI, exports).

Each function is a pure read ``(store, *, filters) -> list[dict] | dict`` over the tables that
:func:`geowire.model.build` maintains.  Counts and series use *occurrences* (event mentions
clustered across documents), never raw mentions, and only asserted occurrences count (``counts``
true); negated, hypothetical and future ones are kept but excluded from counts.  The tallies are
SQL aggregates (series and profiles over the per-pair, per-day ``dyad_days``; top dyads over
``dyad_totals``); Python only shapes the result.

- :func:`dyad_series` — occurrences between two actors per week/month/year, by quad class,
  with cooperation/conflict counts, their balance and the PLOVER score sum, per direction.
  A date less precise than the period (a year by month, a month by week) is in no period but
  tallied apart (``coarser``); a date window (:func:`network`'s since/until) holds only the
  occurrences whose whole month or year lies inside it.
- :func:`network` / :func:`network_graphml` — actors with activity and weighted edges.
- :func:`agreements`, :func:`transfers`, :func:`deployments`, :func:`statements`,
  :func:`contradictions` — model records with their sources.
- :func:`stance` — per document or outlet, the stance toward each actor and dyad.
- :func:`compare` — where two documents agree, differ, and what each has alone.
- :func:`actor_profile` — partners and rivals over time, agreements, transfers, statements.
- :func:`map_events` — the few columns the map needs of each event: its gazetteer place
  (coordinates) or its location text, newest first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any, Literal

from geowire.errors import NotFoundError
from geowire.store import derived
from geowire.store.db import Store, Where
from geowire.store.scores import float_sql
from geowire.types import date_interval

Period = Literal["week", "month", "year"]
Level = Literal["country", "actor"]
COOPERATION = (1, 2)
CONFLICT = (3, 4)


def _decode(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    for k in keys:
        if isinstance(row.get(k), str):
            row[k] = json.loads(row[k])
    return row


_TALLY = (
    "coalesce(sum(n), 0) AS occurrences,"
    " coalesce(sum(n) FILTER (WHERE quad_class = 1), 0) AS quad1,"
    " coalesce(sum(n) FILTER (WHERE quad_class = 2), 0) AS quad2,"
    " coalesce(sum(n) FILTER (WHERE quad_class = 3), 0) AS quad3,"
    " coalesce(sum(n) FILTER (WHERE quad_class = 4), 0) AS quad4,"
    " coalesce(sum(n) FILTER (WHERE quad_class IN (1, 2)), 0) AS cooperation,"
    " coalesce(sum(n) FILTER (WHERE quad_class IN (3, 4)), 0) AS conflict,"
    f" {float_sql('coalesce(sum(score), 0)')} AS score_sum"  # score: dyad_days' sums, in score units
)
_TALLY_KEYS = (
    "occurrences", "quad1", "quad2", "quad3", "quad4", "cooperation", "conflict", "balance", "score_sum",
)  # fmt: skip


def _tally(row: dict[str, Any] | None) -> dict[str, Any]:
    """A tally row as reported: counts of distinct occurrences by quad class, cooperation minus
    conflict, score sum (zeros when there were none)."""
    if row is None:
        return {k: 0 for k in _TALLY_KEYS}
    out = {k: int(row[k]) for k in _TALLY_KEYS if k not in ("balance", "score_sum")}
    out["balance"] = out["cooperation"] - out["conflict"]
    out["score_sum"] = round(row["score_sum"], 3) if row["occurrences"] else 0
    return {k: out[k] for k in _TALLY_KEYS}


_COARSER = {"week": ("month", "year"), "month": ("year",), "year": ()}  # precisions no such period holds


def _coarser(by: Period) -> str:
    """SQL: whether a row's date is less precise than a ``by`` period (a dated row without a
    precision is a day)."""
    coarser = _COARSER[by]
    if not coarser:
        return "false"
    return "coalesce(date_precision, 'day') IN (" + ", ".join(f"'{p}'" for p in coarser) + ")"


def _check_period(by: str) -> None:
    if by not in _COARSER:
        raise ValueError(f"by must be week, month or year, not {by!r}")


def dyad_series(
    store: Store, *, a: str, b: str, by: Period = "month", level: Level = "country"
) -> dict[str, Any]:
    """Occurrences between ``a`` and ``b`` (both directions) per period, with per-direction tallies
    (summed from the per-day counts in ``dyad_days``).

    A date less precise than the period (a year-precision date by month, a month-precision one by
    week) is in no period: such occurrences are tallied apart as ``coarser``; ``total`` counts
    every dated occurrence, so it is the sum of the periods and ``coarser``."""
    _check_period(by)
    a, b = a.upper(), b.upper()
    first, second = ("forward", "backward") if a <= b else ("backward", "forward")
    rows = store.query(
        # one tally per period and direction ('*' both, 'f' a->b, 'b' b->a), the period NULL for
        # dates coarser than it; and over all periods (grouping(period) = 1)
        f"WITH days AS (SELECT CASE WHEN {_coarser(by)} THEN NULL ELSE CAST(date_trunc(?, date) AS DATE)"
        " END AS period, quad_class, occurrences AS n,"
        f" score_units AS score, {first} AS n_f, score_units_{first} AS score_f, {second} AS n_b,"
        f" score_units_{second} AS score_b"
        " FROM dyad_days WHERE level = ? AND a = least(?, ?) AND b = greatest(?, ?) AND date IS NOT NULL),"
        " dirs AS (SELECT period, '*' AS dir, quad_class, n, score FROM days"
        " UNION ALL SELECT period, 'f', quad_class, n_f, score_f FROM days"
        " UNION ALL SELECT period, 'b', quad_class, n_b, score_b FROM days)"
        f" SELECT period, dir, grouping(period) AS overall, {_TALLY} FROM dirs"
        " GROUP BY GROUPING SETS ((period, dir), (dir)) ORDER BY period NULLS FIRST, dir",
        [by, level, a, b, a, b],
    )
    tallies = {(r["period"] if not r["overall"] else "total", r["dir"]): r for r in rows}

    def directed(period: Any) -> dict[str, Any]:
        return {
            **_tally(tallies.get((period, "*"))),
            f"{a}->{b}": _tally(tallies.get((period, "f"))),
            f"{b}->{a}": _tally(tallies.get((period, "b"))),
        }

    periods = sorted({p for p, _ in tallies if isinstance(p, dt.date)})
    series = [{"period": period.isoformat(), **directed(period)} for period in periods]
    total = _tally(tallies.get(("total", "*")))
    return {
        "a": a, "b": b, "by": by, "level": level, "series": series, "coarser": directed(None), "total": total,
    }  # fmt: skip


def top_dyads(store: Store, *, limit: int = 5, level: Level = "country") -> list[dict[str, Any]]:
    """Unordered actor pairs with the most counted occurrences (pre-aggregated in ``dyad_totals``
    by the model build)."""
    return store.query(
        "SELECT a, b, occurrences, cooperation, conflict FROM dyad_totals WHERE level = ?"
        " ORDER BY occurrences DESC, a, b LIMIT ?",
        [level, limit],
    )


def network(
    store: Store,
    *,
    since: dt.date | None = None,
    min_events: int = 1,
    level: Level = "country",
    until: dt.date | None = None,
) -> dict[str, Any]:
    """Nodes (actors with counted occurrences) and undirected edges weighted by cooperation and conflict
    (occurrences dated from ``since`` to ``until``, inclusive, when given)."""
    where = Where().add("level = ?", level).add("counts")
    where.match(since, f"{_FIRST_DAY} >= ?").match(until, f"{_LAST_DAY} <= ?")
    edges = store.query(
        "SELECT least(source, target) AS source, greatest(source, target) AS target,"
        " count(DISTINCT occurrence_id) AS occurrences,"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,"
        " count(DISTINCT occurrence_id) FILTER (WHERE quad_class IN (3, 4)) AS conflict,"
        " round(sum(score), 3) AS score_sum"
        f" FROM occurrence_dyads{where.sql} GROUP BY 1, 2"
        " HAVING count(DISTINCT occurrence_id) >= ?"
        " ORDER BY occurrences DESC, source, target",
        [*where.params, min_events],
    )
    activity: Counter[str] = Counter()
    for e in edges:
        activity[e["source"]] += e["occurrences"]
        activity[e["target"]] += e["occurrences"]
    nodes = [{"id": n, "occurrences": c} for n, c in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "level": level,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "min_events": min_events,
        "nodes": nodes,
        "edges": edges,
        "coarser": _straddling(store, level=level, since=since, until=until),
    }


# the first and last day an occurrence dyad's date may stand for, given its precision
_FIRST_DAY = (
    "CASE date_precision WHEN 'year' THEN make_date(year(date), 1, 1)"
    " WHEN 'month' THEN CAST(date_trunc('month', date) AS DATE) ELSE date END"
)
_LAST_DAY = (
    "CASE date_precision WHEN 'year' THEN make_date(year(date), 12, 31)"
    " WHEN 'month' THEN last_day(date) ELSE date END"
)


def _straddling(store: Store, *, level: Level, since: dt.date | None, until: dt.date | None) -> int:
    """Counted occurrences whose date may fall from ``since`` to ``until`` but, being a month or a
    year that reaches outside, may also not: left out of the network, counted here."""
    if since is None and until is None:
        return 0
    inside = Where().match(since, f"{_FIRST_DAY} >= ?").match(until, f"{_LAST_DAY} <= ?")
    where = Where().add("level = ?", level).add("counts")
    where.match(since, f"{_LAST_DAY} >= ?").match(until, f"{_FIRST_DAY} <= ?")
    where.add(f"NOT ({' AND '.join(inside.clauses)})", *inside.params)
    return int(
        store.scalar(f"SELECT count(DISTINCT occurrence_id) FROM occurrence_dyads{where.sql}", where.params)
    )


def network_graphml(net: dict[str, Any]) -> str:
    """The network as GraphML (readable by ``networkx.read_graphml``)."""
    import networkx as nx

    g = nx.Graph()
    for n in net["nodes"]:
        g.add_node(n["id"], occurrences=int(n["occurrences"]))
    for e in net["edges"]:
        g.add_edge(
            e["source"],
            e["target"],
            occurrences=int(e["occurrences"]),
            cooperation=int(e["cooperation"]),
            conflict=int(e["conflict"]),
            score_sum=float(e["score_sum"] or 0.0),
        )
    return "\n".join(nx.generate_graphml(g))


def occurrences(
    store: Store, *, actor: str | None = None, limit: int = 20, counted_only: bool = False
) -> list[dict[str, Any]]:
    """Occurrences, newest first, optionally involving ``actor`` (country-level code)."""
    where = Where()
    if actor:
        where.add(
            "(list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))",
            actor.upper(),
            actor.upper(),
        )
    if counted_only:
        where.add("counts")
    return store.query(
        f"SELECT * FROM occurrences{where.sql} ORDER BY date DESC NULLS LAST, id LIMIT ?",
        [*where.params, limit],
    )


def map_events(
    store: Store, *, since: dt.date | None = None, until: dt.date | None = None
) -> list[dict[str, Any]]:
    """Events in the date window (inclusive) that have a gazetteer place or a location text, with
    only what the map draws: id, category, date, modality, quad class, place (name, kind, GeoNames
    id, lat/lon, country, admin1) and the location text and code (the places-file fallback)."""
    where = (
        Where()
        .match(since, "date >= ?")
        .match(until, "date <= ?")
        .add("(place_lat IS NOT NULL OR location IS NOT NULL OR location_code IS NOT NULL)")
    )
    return store.query(
        "SELECT id, category, date, modality, quad_class, location, location_code, place_name,"
        " place_kind, place_geonames_id, place_lat, place_lon, place_country, place_admin1"
        f" FROM events{where.sql} ORDER BY date DESC NULLS LAST, doc_id, sentence_index, id",
        where.params,
    )


def agreements(store: Store, *, party: str | None = None) -> list[dict[str, Any]]:
    """Agreement records (with per-field provenance and sources), optionally with ``party``."""
    where = Where().match(party and party.upper(), "list_contains(parties, ?)")
    rows = store.query(
        f"SELECT * FROM agreements{where.sql} ORDER BY signed NULLS LAST, kind, id", where.params
    )
    return [_unpack(r) for r in rows]


def _unpack(row: dict[str, Any]) -> dict[str, Any]:
    extra = json.loads(row.pop("fields"))
    row["fields"] = extra["fields"]
    row["sources"] = extra["sources"]
    return row


def transfers(
    store: Store, *, supplier: str | None = None, recipient: str | None = None
) -> list[dict[str, Any]]:
    """Arms transfer records (SIPRI-style), each field with its source."""
    where = (
        Where()
        .match(supplier and supplier.upper(), "upper(supplier) = ?")
        .match(recipient and recipient.upper(), "upper(recipient) = ?")
    )
    rows = store.query(
        f"SELECT * FROM transfers{where.sql} ORDER BY supplier, recipient, system", where.params
    )
    return [_unpack(r) for r in rows]


def deployments(store: Store, *, country: str | None = None, host: str | None = None) -> list[dict[str, Any]]:
    """Deployment records: personnel counts, place, role, each with its source."""
    where = (
        Where()
        .match(country and country.upper(), "upper(country) = ?")
        .match(host and host.upper(), "upper(host) = ?")
    )
    rows = store.query(f"SELECT * FROM deployments{where.sql} ORDER BY date NULLS LAST, id", where.params)
    return [_unpack(r) for r in rows]


def statements(
    store: Store,
    *,
    speaker: str | None = None,
    target: str | None = None,
    stance: str | None = None,
    doc_id: str | None = None,
) -> list[dict[str, Any]]:
    """Attributed statements; ``speaker`` matches the actor code, country or name (case-insensitive)."""
    where = Where()
    if speaker:
        where.add(
            "(upper(speaker) = ? OR upper(speaker_country) = ? OR speaker_name ILIKE ?)",
            speaker.upper(),
            speaker.upper(),
            f"%{speaker}%",
        )
    where.match(target and target.upper(), "upper(target) = ?").match(stance, "stance = ?")
    where.match(doc_id, "doc_id = ?")
    return store.query(
        f"SELECT * FROM statements{where.sql} ORDER BY published NULLS LAST, doc_id, start", where.params
    )


def contradictions(store: Store, *, doc_id: str | None = None) -> list[dict[str, Any]]:
    """Contradictions between sources, each with both sides' evidence."""
    where = Where()
    if doc_id:
        where.add("(doc_a = ? OR doc_b = ?)", doc_id, doc_id)
    rows = store.query(
        f"SELECT * FROM contradictions{where.sql} ORDER BY kind, subject, doc_a, doc_b", where.params
    )
    return [_decode(r, "evidence") for r in rows]


# --- stance and comparison -----------------------------------------------------------------------

_STANCE_SIGN = {"supportive": 1, "neutral": 0, "critical": -1, "threatening": -1}
_STANCE_KINDS = ("supportive", "neutral", "critical", "threatening", "assessed_positive", "assessed_negative")


def stance(store: Store, *, doc_id: str | None = None, outlet: str | None = None) -> dict[str, Any]:
    """Per document (or outlet): stance toward each actor and tone of each dyad.

    Toward an actor: statements the article reports aimed at it (supportive +1, critical or
    threatening −1) and its assessments of the actor (positive +1, negative −1).  For a dyad:
    the document's asserted event mentions between the pair (cooperation +1, conflict −1) that the
    model counts (at or above the floor it was built with: :func:`derived.model_events`).
    """
    group = "d.outlet" if outlet is not None or doc_id is None else "d.id"
    where = Where().add("d.status = 'processed'").match(doc_id, "d.id = ?").match(outlet, "d.outlet = ?")
    cond, params = " AND ".join(where.clauses), where.params
    counts = ", ".join(f"coalesce(sum(n) FILTER (WHERE kind = '{k}'), 0) AS {k}" for k in _STANCE_KINDS)
    sign = " ".join(
        f"WHEN '{k}' THEN {v}"
        for k, v in (*_STANCE_SIGN.items(), ("assessed_positive", 1), ("assessed_negative", -1))
    )
    actors = store.query(
        f"WITH said AS (SELECT {group} AS source, s.target AS actor, s.stance AS kind, count(*) AS n"
        f" FROM statements s JOIN documents d ON d.id = s.doc_id WHERE {cond} AND s.target IS NOT NULL"
        f" GROUP BY 1, 2, 3 UNION ALL SELECT {group}, json_extract_string(c.fields, '$.subject'),"
        " CASE WHEN json_extract_string(c.fields, '$.polarity') = 'positive' THEN 'assessed_positive'"
        " ELSE 'assessed_negative' END, count(*) FROM claims c JOIN documents d ON d.id = c.doc_id"
        f" WHERE {cond} AND c.kind = 'assessment' GROUP BY 1, 2, 3),"
        f" tally AS (SELECT source, actor, {counts},"
        f" coalesce(sum(n * CASE kind {sign} ELSE 0 END), 0) AS score"
        " FROM said GROUP BY source, actor)"
        " SELECT *, CASE WHEN score > 0 THEN 'supportive' WHEN score < 0 THEN 'critical' ELSE 'neutral' END"
        " AS stance FROM tally ORDER BY coalesce(CAST(source AS VARCHAR), 'None'), abs(score) DESC, actor",
        [*params, *params],
    )
    dyads = store.query(
        f"SELECT {group} AS source, least(a.code, r.code) AS a, greatest(a.code, r.code) AS b,"
        " count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,"
        " count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,"
        " cooperation - conflict AS balance,"
        " CASE WHEN cooperation > conflict THEN 'cooperative' WHEN conflict > cooperation THEN 'conflictual'"
        " ELSE 'mixed' END AS tone"
        " FROM events e JOIN documents d ON d.id = e.doc_id,"
        " unnest(e.actor_codes) AS a(code), unnest(e.recipient_codes) AS r(code)"
        f" WHERE {cond} AND e.counts AND {derived.model_events(derived.recorded_floor(store.con))}"
        " AND a.code <> '' AND r.code <> '' AND a.code <> r.code GROUP BY 1, 2, 3"
        " ORDER BY coalesce(CAST(source AS VARCHAR), 'None'), cooperation + conflict DESC, a, b",
        params,
    )
    return {"by": "outlet" if group == "d.outlet" else "document", "actors": actors, "dyads": dyads}


def compare(store: Store, doc_a: str, doc_b: str) -> dict[str, Any]:
    """Where two documents agree, where they differ, and what each has that the other lacks.

    Claims are compared by topic (:func:`_topic`); events by their occurrences: one both documents
    report is agreed on, an act one asserts and the other denies (:func:`_disputed`) differs, with
    both sides' sentences, and any other occurrence — a future or hypothetical one too, marked so —
    is only in its document."""
    for d in (doc_a, doc_b):
        if not store.scalar("SELECT count(*) FROM documents WHERE id = ?", [d]):
            raise NotFoundError(f"no document {d}")
    topics_a, topics_b = _topics(store, doc_a), _topics(store, doc_b)
    agree: list[dict[str, Any]] = []
    differ: list[dict[str, Any]] = []
    for key in sorted(set(topics_a) & set(topics_b)):
        ta, tb = topics_a[key], topics_b[key]
        item = {
            "topic": key,
            "a": ta["value"],
            "b": tb["value"],
            "evidence": [ta["evidence"], tb["evidence"]],
        }
        (agree if ta["value"] == tb["value"] else differ).append(item)
    contra = contradictions(store)
    for x in contra:
        if {x["doc_a"], x["doc_b"]} == {doc_a, doc_b}:
            differ.append(
                {
                    "topic": f"{x['subject']} ({x['field']})",
                    "a": x["value_a"] if x["doc_a"] == doc_a else x["value_b"],
                    "b": x["value_b"] if x["doc_a"] == doc_a else x["value_a"],
                    "evidence": x["evidence"],
                }
            )
    occ_a, occ_b = _document_occurrences(store, doc_a), _document_occurrences(store, doc_b)
    agree += [
        {
            "topic": _occurrence_topic(o),
            "a": o["summary"],
            "b": o["summary"],
            "evidence": [o["evidence"], occ_b[key]["evidence"]],
        }
        for key, o in occ_a.items()
        if key in occ_b
    ]
    rest_a = [o for key, o in occ_a.items() if key not in occ_b]
    rest_b = [o for key, o in occ_b.items() if key not in occ_a]
    disputed: set[str] = set()
    for oa in rest_a:
        for ob in rest_b:
            if _disputed(oa, ob):
                differ.append(
                    {
                        "topic": _occurrence_topic(oa),
                        "a": oa["modality"],
                        "b": ob["modality"],
                        "evidence": [oa["evidence"], ob["evidence"]],
                    }
                )
                disputed |= {oa["id"], ob["id"]}
    only = {
        d: [
            {"topic": k, "value": v["value"], "evidence": v["evidence"]}
            for k, v in sorted(t.items())
            if k not in other
        ]
        + [
            {
                "topic": _occurrence_topic(o, marked=True),
                "value": o["evidence"]["sentence"],
                "evidence": o["evidence"],
            }
            for o in rest
            if o["id"] not in disputed
        ]
        for d, t, other, rest in ((doc_a, topics_a, topics_b, rest_a), (doc_b, topics_b, topics_a, rest_b))
    }
    return {
        "doc_a": doc_a,
        "doc_b": doc_b,
        "agree": agree,
        "differ": differ,
        "only_a": only[doc_a],
        "only_b": only[doc_b],
    }


def _document_occurrences(store: Store, doc_id: str) -> dict[str, dict[str, Any]]:
    """The occurrences a document reports, by id in date order, each with the sentence of the
    document's first mention of it (``evidence``) and that mention's trigger."""
    rows = store.query(
        "SELECT o.id, o.category, o.modality, o.date, o.date_precision, o.actor_codes, o.recipient_codes,"
        " o.summary, e.id AS event_id, e.trigger_text, e.sentence_index, e.sentence_start, e.sentence"
        " FROM occurrence_events l JOIN occurrences o ON o.id = l.occurrence_id"
        " JOIN events e ON e.id = l.event_id WHERE l.doc_id = ?"
        " ORDER BY o.date NULLS LAST, o.id, e.sentence_index, e.id",
        [doc_id],
    )
    found: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["id"] in found:
            continue
        start = r.pop("sentence_start")
        r["evidence"] = {
            "doc_id": doc_id,
            "event_id": r.pop("event_id"),
            "sentence_index": r.pop("sentence_index"),
            "start": start,
            "end": start + len(r["sentence"]),
            "sentence": r.pop("sentence"),
        }
        found[r["id"]] = r
    return found


def _occurrence_topic(o: dict[str, Any], *, marked: bool = False) -> str:
    """'occurrence AID DEU->UKR', with its modality when ``marked`` and not asserted ('(future)')."""
    topic = f"occurrence {o['category']} {','.join(o['actor_codes'])}->{','.join(o['recipient_codes'])}"
    return f"{topic} ({o['modality']})" if marked and o["modality"] != "asserted" else topic


_DENIAL_WINDOW = dt.timedelta(days=7)  # days before its date an event dated by its article may fall on


def _disputed(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one occurrence asserts the act the other denies: the same category and actors,
    recipients that overlap (or one side has none), one asserted and one negated, the same
    trigger word (its first five letters, as occurrences are clustered), and days that overlap
    (each widened by a week before, as an event dated only by its article may have happened
    then), so a denial dated before the act is none."""
    if a["category"] != b["category"] or {a["modality"], b["modality"]} != {"asserted", "negated"}:
        return False
    if not set(a["actor_codes"]) & set(b["actor_codes"]):
        return False
    ra, rb = set(a["recipient_codes"]), set(b["recipient_codes"])
    if ra and rb and not ra & rb:
        return False
    if a["trigger_text"].lower()[:5] != b["trigger_text"].lower()[:5]:
        return False
    da, db = _days(a["date"], a["date_precision"]), _days(b["date"], b["date_precision"])
    return da is None or db is None or (da[0] - _DENIAL_WINDOW <= db[1] and db[0] - _DENIAL_WINDOW <= da[1])


def _days(date: dt.date | None, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date of ``precision`` may stand for (None for no date)."""
    return None if date is None else date_interval(date, precision)


def _topics(store: Store, doc_id: str) -> dict[str, dict[str, Any]]:
    """What a document says, keyed by topic: agreement actions, transfers, deployments, assessments."""
    rows = store.query(
        "SELECT c.*, d.text AS doc_text FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.doc_id = ?"
        " ORDER BY c.sentence_index, c.id",
        [doc_id],
    )
    topics: dict[str, dict[str, Any]] = {}
    for r in rows:
        _decode(r, "fields", "field_spans")
        f = r["fields"]
        ev = {
            "doc_id": doc_id,
            "claim_id": r["id"],
            "sentence_index": r["sentence_index"],
            "start": r["start"],
            "end": r["end"],
            "sentence": r["doc_text"][r["start"] : r["end"]],
        }
        key, value = _topic(r["kind"], f)
        if key and key not in topics:
            topics[key] = {"value": value, "evidence": ev}
    return topics


def _topic(kind: str, f: dict[str, Any]) -> tuple[str | None, Any]:
    """A claim's topic and what the document says of it.  A step not taken yet is a topic of its
    own ("… (planned)", "… (future)"), so a document's plan beside its report of the act is not
    lost (a document keeps the first claim of each topic) and shows as only in it; a denied
    agreement is left to the contradictions, which know whether the denial came before the act."""
    if kind == "agreement" and f.get("action"):
        topic, modality = f"agreement {f.get('kind')} {f['action']}", f.get("modality", "asserted")
        if modality == "asserted":
            return topic, {k: f.get(k) for k in ("date", "place") if f.get(k)} or "reported"
        return (f"{topic} ({modality})", modality) if modality != "negated" else (None, None)
    if kind == "transfer" and f.get("status") != "mentioned":
        topic = f"transfer {f.get('supplier')}->{f.get('recipient')} {f.get('system')}"
        status = str(f["status"])
        if status in ("delivered", "deployed", "operated-by"):
            return topic, "not transferred" if f.get("negated") else "transferred"
        return f"{topic} ({status})", f"not {status}" if f.get("negated") else status
    if kind == "deployment":
        return f"deployment {f.get('country')} in {f.get('host')}", "present"
    if kind == "assessment":
        return f"assessment {f.get('subject')} {f.get('predicate')}", f.get("polarity")
    return None, None


def actor_profile(store: Store, code: str, *, by: Period = "year", recent: int = 10) -> dict[str, Any]:
    """An actor's partners and rivals over time, agreements, transfers, statements, recent occurrences."""
    _check_period(by)
    code = code.upper()
    pairs = (  # a date less precise than the period is in none (period NULL, coarser)
        f"SELECT CASE WHEN {_coarser(by)} THEN NULL ELSE CAST(date_trunc('{by}', date) AS DATE) END"
        f" AS period, date IS NOT NULL AND {_coarser(by)} AS coarser,"
        " CASE WHEN a = ? THEN b ELSE a END AS other,"
        " quad_class, occurrences FROM dyad_days WHERE level = 'country' AND (a = ? OR b = ?)"
    )
    tally = (
        "coalesce(sum(occurrences) FILTER (WHERE quad_class IN (1, 2)), 0) AS cooperation,"
        " coalesce(sum(occurrences) FILTER (WHERE quad_class IN (3, 4)), 0) AS conflict"
    )
    rows = store.query(
        f"SELECT period, other, {tally} FROM ({pairs}) WHERE NOT coarser GROUP BY 1, 2"
        " ORDER BY 1 NULLS LAST, 2",
        [code] * 3,
    )
    coarser = store.query(
        f"SELECT other AS actor, {tally} FROM ({pairs}) WHERE coarser GROUP BY 1 ORDER BY 1", [code] * 3
    )
    totals = store.query(
        f"SELECT other AS actor, {tally}, min(period) AS since FROM ({pairs}) GROUP BY 1"
        " ORDER BY since NULLS LAST, actor",  # the order they first appear in over_time
        [code] * 3,
    )
    partners = [t for t in totals if t["cooperation"] > t["conflict"]]
    rivals = [t for t in totals if t["conflict"] >= t["cooperation"] and t["conflict"]]
    return {
        "actor": code,
        "partners": [_total(t) for t in sorted(partners, key=lambda t: -t["cooperation"])],
        "rivals": [_total(t) for t in sorted(rivals, key=lambda t: -t["conflict"])],
        "over_time": [{**r, "period": r["period"].isoformat() if r["period"] else None} for r in rows],
        "coarser": coarser,  # per partner, occurrences dated less precisely than the period
        "agreements": agreements(store, party=code),
        "transfers": [
            _unpack(t)
            for t in store.query(
                "SELECT * FROM transfers WHERE upper(supplier) = ? OR upper(recipient) = ?"
                " ORDER BY supplier, recipient, system",
                [code, code],
            )
        ],
        "statements_by": statements(store, speaker=code),
        "statements_about": statements(store, target=code),
        "recent_occurrences": occurrences(store, actor=code, limit=recent),
    }


def _total(row: dict[str, Any]) -> dict[str, Any]:
    return {"actor": row["actor"], "cooperation": row["cooperation"], "conflict": row["conflict"]}

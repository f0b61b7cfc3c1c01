"""The data behind every page: one function per view, shared by the JSON API and the HTML UI.

Each view takes the request's store and its query options and returns a JSON-ready dict.  Views
only call the store's query modules (``store.documents``, ``store.annotations``, ``store.events``,
``store.model``) — the same functions the CLI uses — and shape their results; they hold no SQL.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BeforeValidator, StringConstraints

from geowire.actors.kb import KnowledgeBase
from geowire.actors.known import first_unknown_actor, unknown_category
from geowire.api.errors import ApiError
from geowire.api.evidence import Highlight, segments
from geowire.coding.floors import ViewFilters, floor_report
from geowire.errors import NotFoundError
from geowire.geo.places import PlacesIndex
from geowire.jsonable import to_jsonable
from geowire.store import annotations as store_annotations
from geowire.store import corrections as store_corrections
from geowire.store import documents as store_documents
from geowire.store import events as store_events
from geowire.store import listing
from geowire.store import model as store_model
from geowire.store import search as store_search
from geowire.store.db import Store

# Empty form fields ("") mean "no filter", so the plain HTML filter forms work without JS.
Blank = BeforeValidator(lambda v: None if v == "" else v)
Code = Annotated[str, Path(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9_.:-]+$")]
Id = Annotated[str, Path(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.:-]+$")]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
_CODE = StringConstraints(max_length=40, pattern=r"^[A-Za-z0-9_.:-]+$")
OptCode = Annotated[Annotated[str, _CODE] | None, Blank, Query(description="actor code, e.g. RUS")]
OptDate = Annotated[dt.date | None, Blank, Query()]
Category = Annotated[
    Annotated[str, StringConstraints(max_length=20, pattern=r"^[A-Za-z]+$")] | None, Blank, Query()
]
Confidence = Annotated[float | None, Blank, Query(ge=0, le=1)]
ModalityQ = Annotated[Literal["asserted", "negated", "hypothetical", "future"] | None, Blank, Query()]
DocRef = Annotated[
    Annotated[str, StringConstraints(max_length=80, pattern=r"^[A-Za-z0-9_.:-]+$")] | None, Blank, Query()
]
Period = Annotated[Literal["week", "month", "year"], Query()]
Level = Annotated[Literal["country", "actor"], Query(description="country-level or actor-level codes")]
StanceQ = Annotated[Literal["supportive", "critical", "threatening", "neutral"] | None, Blank, Query()]
OutletQ = Annotated[Annotated[str, StringConstraints(max_length=200)] | None, Blank, Query()]
SearchQ = Annotated[Annotated[str, StringConstraints(max_length=200)] | None, Blank, Query()]
SearchKindQ = Annotated[Literal["sentence", "document", "actor"] | None, Blank, Query()]
SortQ = Annotated[
    Annotated[str, StringConstraints(max_length=200)] | None,
    Blank,
    Query(description="comma-separated columns, '-col' for descending, e.g. -date,id"),
]
# the app's actor knowledge base, loaded on first use (``create_app`` gives it as ``actor_kb``)
ActorKB = Callable[[], KnowledgeBase]
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
# The events page's facets: (name, column of the flat event rows)
FACETS = (("category", "category"), ("modality", "modality"), ("outlet", "outlet"),
          ("actor", "actor"), ("recipient", "recipient"))  # fmt: skip


def _rows(value: Any) -> list[Any]:
    return list(to_jsonable(value) or [])


def _page(items: list[Any], *, limit: int, offset: int) -> dict[str, Any]:
    more = len(items) > limit
    return {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
        "prev_offset": max(0, offset - limit) if offset else None,
    }


# --- overview, documents, actors --------------------------------------------------------------


def overview(store: Store) -> dict[str, Any]:
    """Counts, the latest occurrences and the most active dyads."""
    counts = {
        "documents": to_jsonable(store_documents.count_documents(store)),
        "events": store_events.count_events(store),
    }
    latest = _rows(store_model.occurrences(store, limit=10, counted_only=True))
    dyads = _rows(store_model.top_dyads(store, limit=10))
    return {
        "counts": counts,
        "latest_occurrences": latest,
        "top_dyads": dyads,
        "span": store_documents.corpus_span(store),  # in SQL: the overview stays fast on big stores
        "sources": store_documents.outlet_sources(store),
    }


def search(
    store: Store,
    *,
    q: SearchQ = None,
    kind: SearchKindQ = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Sentences, document titles and actors matching every word of ``q``; actors whose name or
    code starts with or contains ``q`` first, as codes (``russia`` → RUS)."""
    if not q or not store_search.terms(q):
        return {"q": q, "kind": kind, "actors": [], "total": 0, **_page([], limit=limit, offset=offset)}
    query = store_search.search(q, kinds=(kind,) if kind else store_search.KINDS)
    found = listing.page(store, query, limit=limit + 1, offset=offset)
    hits = [{k: v for k, v in r.items() if k != "kind_order"} for r in to_jsonable(found.rows)]
    actors = to_jsonable(store_search.suggest_actors(store, q, limit=8)) if kind in (None, "actor") else []
    return {"q": q, "kind": kind, "actors": actors, "total": found.total,
            **_page(hits, limit=limit, offset=offset)}  # fmt: skip


def taken_as_typed(text: str | None) -> bool:
    """Whether a code field's text is used as typed: empty, or in capitals (a code: ``RUS``)."""
    return not text or text.isupper()


def code_for(store: Store, text: str | None) -> str | None:
    """An actor code for what was typed in a code field: text in capitals is a code and stays as
    typed (``RUS``, ``IGOUNO``: no lookup); other text is read as a name or a code in other case,
    its best suggestion (``russia`` → ``RUS``), else the text unchanged.  The events page and every
    API list that filters by actor read their code fields this way."""
    if text is None or taken_as_typed(text):
        return text
    found = store_search.suggest_actors(store, text, limit=1)
    return str(found[0]["code"]) if found else text


def check_actors(store: Store, kb: ActorKB | None, codes: list[tuple[str, str | None]]) -> None:
    """422 naming the parameter when an actor code is neither in the store nor in the knowledge
    base (as ``geowire events --actor`` and ``geowire dyad`` refuse it); a known code with no
    events is no error.  Without ``kb`` (a view called outside the app) nothing is checked."""
    found = first_unknown_actor(store, codes, kb=kb) if kb is not None else None
    if found is not None:
        raise ApiError(422, "invalid-request", f"{found[0]}: {found[1]}")


def documents(store: Store, *, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored documents (without text), in ingest order, one page at a time."""
    rows = _rows(store_documents.list_documents(store))
    return _page(rows[offset : offset + limit + 1], limit=limit, offset=offset)


def document(store: Store, *, doc_id: Id) -> dict[str, Any]:
    """One document with its text and the events coded from it."""
    doc = to_jsonable(store_documents.get_document(store, doc_id))
    if not doc:
        raise NotFoundError(f"no document {doc_id}")
    rows = store_events.query_events(store, doc_id=doc_id)
    return {"document": doc, "events": _plover(store, rows)}


def actors(store: Store, *, unresolved: bool = False, doc: OptCode = None) -> dict[str, Any]:
    """Actors with mention counts, overall or in one document."""
    rows = _rows(store_annotations.actor_counts(store, doc_id=doc, unresolved=unresolved, limit=500))
    return {"items": rows, "unresolved": unresolved, "doc": doc}


def actor(store: Store, *, code: Code, since: OptDate = None, until: OptDate = None) -> dict[str, Any]:
    """An actor's profile: partners and rivals over time, agreements, transfers, statements;
    ``since``/``until`` keep the periods, statements and occurrences in that range."""
    profile = to_jsonable(store_model.actor_profile(store, code.upper()))
    if not _known_actor(store, code) and not any(v for k, v in profile.items() if k != "actor"):
        raise NotFoundError(f"no actor {code.upper()!r} in this store")
    if since or until:
        profile["over_time"] = [
            r for r in profile.get("over_time") or [] if _period_in(r.get("period"), "year", since, until)
        ]
        for key, field in (("statements_by", "published"), ("statements_about", "published"),
                           ("recent_occurrences", "date")):  # fmt: skip
            profile[key] = [r for r in profile.get(key) or [] if _day_in(r.get(field), since, until)]
    return {
        "code": code.upper(),
        "profile": profile,
        "since": since and since.isoformat(),
        "until": until and until.isoformat(),
    }


def _known_actor(store: Store, code: str) -> bool:
    query = store_events.query_events
    return bool(query(store, actor=code, limit=1) or query(store, recipient=code, limit=1))


def _day_in(value: Any, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether an ISO date (or datetime) text is within [since, until]; an undated row is kept
    only when no range is asked for."""
    if not value:
        return since is None and until is None
    day = str(value)[:10]
    return (since is None or day >= since.isoformat()) and (until is None or day <= until.isoformat())


def _period_in(value: Any, by: str, since: dt.date | None, until: dt.date | None) -> bool:
    """Whether a period (its first day, as ISO text) overlaps [since, until]."""
    if not value:
        return since is None and until is None
    if since is not None:
        first = {"week": since - dt.timedelta(days=since.weekday()), "month": since.replace(day=1),
                 "year": since.replace(month=1, day=1)}[by]  # fmt: skip
        since = first
    return _day_in(value, since, until)


# --- events and evidence -------------------------------------------------------------------------


def check_category(category: str | None) -> None:
    """422 for a ``type`` that is no PLOVER category (as ``geowire events --type`` refuses it)."""
    bad_category = unknown_category(category)
    if bad_category is not None:
        raise ApiError(422, "invalid-request", f"type: {bad_category}")


def event_view(category: str | None, min_confidence: float | None, view_filters: ViewFilters) -> ViewFilters:
    """Check an events filter's category; the (``min_confidence``, ``learned_floor``) the events
    are filtered with: the request's ``min_confidence`` hides every event below it; without one,
    ``view_filters`` (read once by the app from its settings and the model:
    :func:`geowire.coding.floors.view_filters`, as ``geowire events`` filters)."""
    check_category(category)
    return view_filters if min_confidence is None else (min_confidence, None)


def events(
    store: Store,
    *,
    actor: OptCode = None,
    recipient: OptCode = None,
    type: Category = None,  # noqa: A002 - the CLI's option name
    since: OptDate = None,
    until: OptDate = None,
    modality: ModalityQ = None,
    min_confidence: Confidence = None,
    outlet: OutletQ = None,
    sort: SortQ = None,
    limit: Limit = 50,
    offset: Offset = 0,
    view_filters: ViewFilters = (None, None),
    actor_kb: ActorKB | None = None,
) -> dict[str, Any]:
    """Events filtered like ``geowire events``, a page at a time, as PLOVER records, with facet
    counts (category, modality, outlet, actor, recipient) over every event the filters keep; events
    below ``min_confidence`` (default: the settings' and the model's, chosen for precision, given by
    the app as ``view_filters``) are hidden.  An actor typed as a name is read as its code
    (``russia`` → RUS)."""
    hide, learned_floor = event_view(type, min_confidence, view_filters)
    actor_code, recipient_code = code_for(store, actor), code_for(store, recipient)
    check_actors(store, actor_kb, [("actor", actor_code), ("recipient", recipient_code)])
    query = listing.events(
        actor=actor_code,
        recipient=recipient_code,
        category=type,
        since=since,
        until=until,
        modality=modality,
        min_confidence=hide,
        learned_floor=learned_floor,
    )
    try:
        found = listing.page(store, query, sort=sort, limit=None)
    except listing.SortError as e:
        raise ApiError(400, "invalid-sort", str(e)) from e
    every = [r for r in found.rows if not outlet or r.get("outlet") == outlet]
    rows = every[offset : offset + limit + 1]
    found_events = [store_events.get_event(store, r["id"]) for r in rows]
    page = _page(_plover(store, found_events), limit=limit, offset=offset)
    page["total"] = len(every)
    page["facets"] = _facets(every)
    page["sort"] = sort
    page["read_as"] = {k: v for k, v in (("actor", actor_code), ("recipient", recipient_code))
                       if v and v != (actor if k == "actor" else recipient)}  # fmt: skip
    page["filters"] = {
        "actor": actor,
        "recipient": recipient,
        "type": type,
        "since": since,
        "until": until,
        "modality": modality,
        "outlet": outlet,
        "min_confidence": min_confidence,  # the request's own: a form sent back keeps the default view
    }
    # the default view's floor (its default, when it has one per modality: ``default_modality_floors``)
    shown_at = hide if hide is not None else learned_floor
    default = floor_report(None if min_confidence is not None else shown_at)
    page["default_min_confidence"] = default["min_confidence"]
    page["default_modality_floors"] = default.get("modality_floors")
    result: dict[str, Any] = to_jsonable(page)
    return result


def _facets(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each facet: its values with their counts, most first (at most 20)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for name, column in FACETS:
        counts: dict[str, int] = {}
        for r in rows:
            if r.get(column) not in (None, ""):
                counts[str(r[column])] = counts.get(str(r[column]), 0) + 1
        out[name] = [
            {"value": v, "count": n} for v, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))
        ][:20]
    return out


def _corrections_of(store: Store, event_id: str) -> list[dict[str, Any]]:
    rows = store_corrections.list_corrections(store, event_id=event_id)
    return [to_jsonable(c) for c in rows]


def _plover(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [to_jsonable(store_events.to_plover_record(r, store=store)) for r in rows]


def event(store: Store, *, event_id: Id) -> dict[str, Any]:
    """One event with its evidence: the article text cut into highlighted segments."""
    row = store_events.get_event(store, event_id)
    record = to_jsonable(store_events.to_plover_record(row, store=store))
    raw = to_jsonable(row)
    doc = to_jsonable(store_documents.get_document(store, raw["doc_id"])) or {}
    text = doc.get("text") or ""
    spans = _event_spans(raw)
    sentence = (raw["sentence_start"], raw["sentence_start"] + len(raw["sentence"]))
    segs = segments(text, spans, sentence=sentence)
    return {
        "event": record,
        "evidence": {
            "document": {k: v for k, v in doc.items() if k != "text"},
            "modality": raw.get("modality"),
            "reported": raw.get("reported"),
            "rule": raw.get("rule"),
            "explanation": list(raw.get("explanation") or []),
            "confidence": raw.get("confidence"),
            "sentence_index": raw.get("sentence_index"),
            "spans": [to_jsonable(h) for h in spans],
            "segments": [to_jsonable(s) for s in segs],
        },
        "corrections": _corrections_of(store, event_id),
    }


def _event_spans(raw: dict[str, Any]) -> list[Highlight]:
    spans = [Highlight(raw["trigger_start"], raw["trigger_end"], "trigger")] if "trigger_start" in raw else []
    for role, key in (("actor", "actors"), ("recipient", "recipients")):
        for a in raw.get(key) or []:
            if isinstance(a, dict) and a.get("start") is not None and a.get("end") is not None:
                spans.append(Highlight(int(a["start"]), int(a["end"]), role))
    return spans


# --- the model -------------------------------------------------------------------------------------


def network(
    store: Store,
    *,
    since: OptDate = None,
    until: OptDate = None,
    min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
    level: Level = "country",
) -> dict[str, Any]:
    """The actor network: nodes sized by activity, edges with cooperation and conflict weights."""
    graph = to_jsonable(
        store_model.network(store, since=since, until=until, min_events=min_events, level=level)
    )
    return {**graph, "since": since and since.isoformat(), "until": until and until.isoformat()}


def dyads(store: Store, *, limit: Limit = 20, level: Level = "country") -> dict[str, Any]:
    """The most active dyads (counted occurrences, both directions)."""
    return {"items": _rows(store_model.top_dyads(store, limit=limit, level=level))}


def dyad(
    store: Store,
    *,
    a: Code,
    b: Code,
    by: Period = "month",
    level: Level = "country",
    since: OptDate = None,
    until: OptDate = None,
    actor_kb: ActorKB | None = None,
) -> dict[str, Any]:
    """A dyad's cooperation–conflict series, its occurrences and its event mentions, within
    ``since``/``until`` if given; a code neither the store nor the knowledge base knows is a 422,
    a pair of known codes the store never names together a 404."""
    a, b = a.upper(), b.upper()
    check_actors(store, actor_kb, [("a", a), ("b", b)])
    result = to_jsonable(store_model.dyad_series(store, a=a, b=b, by=by, level=level))
    occ = [
        o
        for o in _rows(store_model.occurrences(store, actor=a, limit=1000))
        if b in (o.get("actor_codes") or []) + (o.get("recipient_codes") or [])
    ]
    query = store_events.query_events
    rows = [*query(store, actor=a, recipient=b, limit=200), *query(store, actor=b, recipient=a, limit=200)]
    if (
        not rows
        and not occ
        and not result.get("series")
        and not (result.get("total") or {}).get("occurrences")
    ):
        raise NotFoundError(f"no events between {a!r} and {b!r} in this store")
    rows.sort(key=lambda r: (r.get("date") or dt.date.min, r["id"]), reverse=True)
    if since or until:
        result["series"] = [
            p for p in result.get("series") or [] if _period_in(p.get("period"), by, since, until)
        ]
        occ = [o for o in occ if _day_in(o.get("date"), since, until)]
        rows = [r for r in rows if _day_in(r.get("date"), since, until)]
    return {**result, "a": a, "b": b, "by": by, "occurrences": occ, "events": _plover(store, rows),
            "since": since and since.isoformat(), "until": until and until.isoformat()}  # fmt: skip


def agreements(store: Store, *, party: OptCode = None) -> dict[str, Any]:
    """Agreements: parties, kind, signed/ratified/in-force/expiry, status, each field with its source."""
    items = _rows(store_model.agreements(store, party=code_for(store, party)))
    return {"items": items, "sources": _doc_sources(store)}


def transfers(store: Store, *, supplier: OptCode = None, recipient: OptCode = None) -> dict[str, Any]:
    """Arms transfers (SIPRI-style): supplier, recipient, system, quantity, status, sources."""
    rows = store_model.transfers(
        store, supplier=code_for(store, supplier), recipient=code_for(store, recipient)
    )
    return {"items": _rows(rows), "sources": _doc_sources(store)}


def deployments(store: Store, *, country: OptCode = None, host: OptCode = None) -> dict[str, Any]:
    """Deployments: personnel counts, place and role, with sources."""
    rows = store_model.deployments(store, country=code_for(store, country), host=code_for(store, host))
    return {"items": _rows(rows), "sources": _doc_sources(store)}


def statements(
    store: Store,
    *,
    speaker: OptCode = None,
    target: OptCode = None,
    stance: StanceQ = None,
    since: OptDate = None,
    until: OptDate = None,
) -> dict[str, Any]:
    """Attributed statements with speaker, target, stance, text and offsets, published within
    ``since``/``until`` if given."""
    speaker, target = code_for(store, speaker), code_for(store, target)
    rows = store_model.statements(store, speaker=speaker, target=target, stance=stance)
    items = [r for r in _rows(rows) if _day_in(r.get("published"), since, until)]
    return {"items": items, "since": since and since.isoformat(), "until": until and until.isoformat()}


def contradictions(store: Store, *, doc: DocRef = None) -> dict[str, Any]:
    """Claims that cannot both be true, each with both sides' evidence and sources."""
    items = _rows(store_model.contradictions(store, doc_id=doc))
    for c in items:
        c["shown_a"], c["shown_b"] = shown(c.get("value_a")), shown(c.get("value_b"))
    return {"items": items, "sources": _doc_sources(store)}


def shown(value: Any) -> str:
    """A stored value as people read it: lists (or their Python/JSON text) joined by commas, whole
    numbers (or their text, ``616000000.0``) with thousands separators, other numbers to 2 places."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):
            try:
                value = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                return str(value)
        else:
            try:
                value = float(text) if _NUMBER.fullmatch(text) else value
            except ValueError:
                return str(value)
    if isinstance(value, list | tuple):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {shown(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, bool) or value is None:
        return "" if value is None else ("yes" if value else "no")
    if isinstance(value, int | float):
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:,.2f}"
    return str(value)


def _doc_sources(store: Store) -> dict[str, dict[str, Any]]:
    """Each document's title, outlet and publication date by id (what pages show instead of ids)."""
    docs = _rows(store_documents.list_documents(store))
    return {
        d["id"]: {"title": d.get("title"), "outlet": d.get("outlet"),
                  "published": str(d["published"])[:10] if d.get("published") else None}
        for d in docs
    }  # fmt: skip


def stance(store: Store, *, doc: DocRef = None, outlet: OutletQ = None) -> dict[str, Any]:
    """Per document or outlet: the stance toward each actor and the tone of each dyad."""
    result: dict[str, Any] = to_jsonable(store_model.stance(store, doc_id=doc, outlet=outlet))
    return result


def compare(
    store: Store,
    *,
    a: DocRef = None,
    b: DocRef = None,
) -> dict[str, Any]:
    """Where two documents agree, differ, and what each has that the other lacks."""
    sources = _doc_sources(store)
    choices = [{"id": k, "title": v.get("title"), "outlet": v.get("outlet")} for k, v in sources.items()]
    if not a or not b:
        return {"a": a, "b": b, "comparison": None, "documents": choices, "sources": sources}
    comparison = to_jsonable(store_model.compare(store, a, b))
    comparison["differ"] = _distinct_claims(comparison.get("differ") or [])
    for key in ("agree", "differ"):
        for item in comparison.get(key) or []:
            item["a_shown"], item["b_shown"] = shown(item.get("a")), shown(item.get("b"))
    return {"a": a, "b": b, "comparison": comparison, "documents": choices, "sources": sources}


def _sentences(item: dict[str, Any]) -> set[str]:
    return {
        str(ev.get("sentence") or ev.get("text"))
        for ev in item.get("evidence") or []
        if isinstance(ev, dict) and (ev.get("sentence") or ev.get("text"))
    }


def _distinct_claims(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Differences without repeats: a contradiction on the same values and sentences as a topic
    already listed is the same claim (the first, the topic, is kept)."""
    kept: list[dict[str, Any]] = []
    for item in items:
        same = any(
            k.get("a") == item.get("a")
            and k.get("b") == item.get("b")
            and (_sentences(k) & _sentences(item) or not _sentences(item))
            for k in kept
        )
        if not same:
            kept.append(item)
    return kept


def _map_place(raw: dict[str, Any], places: PlacesIndex) -> dict[str, Any] | None:
    """Where an event is drawn: its gazetteer place's coordinates (migration 011) when it has
    them, else its location text looked up in the places file; None when neither is known."""
    if raw.get("place_lat") is not None and raw.get("place_lon") is not None:
        gid = raw.get("place_geonames_id")
        return {
            "key": f"g{gid}"
            if gid is not None
            else f"n{raw['place_name']}|{raw['place_lat']}|{raw['place_lon']}",
            "name": raw.get("place_name"),
            "kind": raw.get("place_kind"),
            "lat": raw["place_lat"],
            "lon": raw["place_lon"],
            "code": raw.get("place_country"),
            "admin1": raw.get("place_admin1"),
            "geonames_id": gid,
            "source": "gazetteer",
        }
    place = places.locate(raw.get("location")) or places.locate(raw.get("location_code"))
    if place is None:
        return None
    return {
        "key": f"p{place.name}",
        "name": place.name,
        "kind": place.kind,
        "lat": place.lat,
        "lon": place.lon,
        "code": place.code,
        "admin1": None,
        "geonames_id": None,
        "source": "places-file",
    }


def map_points(
    store: Store, *, since: OptDate = None, until: OptDate = None, places: PlacesIndex
) -> dict[str, Any]:
    """Where events took place, one point per place with its events, most events first: the
    event's gazetteer coordinates, else its location in the places file; ``cooperation`` and
    ``conflict`` count the events of quad classes 1-2 and 3-4; ``unplaced`` those whose location
    neither knows."""
    rows = store_model.map_events(store, since=since, until=until)
    points: dict[str, dict[str, Any]] = {}
    unplaced = 0
    for row in rows:
        raw = to_jsonable(row)
        place = _map_place(raw, places)
        if place is None:
            unplaced += bool(raw.get("location"))
            continue
        point = points.setdefault(place.pop("key"), {**place, "cooperation": 0, "conflict": 0, "events": []})
        quad = raw.get("quad_class")
        point["cooperation"] += quad in (1, 2)
        point["conflict"] += quad in (3, 4)
        point["events"].append(
            {
                "id": raw.get("id"),
                "category": raw.get("category"),
                "date": raw.get("date"),
                "modality": raw.get("modality"),
                "quad_class": quad,
            }
        )
    ordered = sorted(points.values(), key=lambda p: (-len(p["events"]), p["name"] or ""))
    return {"points": ordered, "unplaced": unplaced}

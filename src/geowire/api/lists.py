"""The API's lists: ``/api/<list>`` (JSON, paginated, counted, sortable) and ``/api/<list>.csv``.

Each list is one filter function — its parameters are the endpoint's query parameters and it
returns a :class:`~geowire.store.listing.ListQuery` — and one item model.  Both twins take the same
parameters (``limit``, ``offset``, ``sort`` and the filters); the CSV has the flat columns of the
list and may ask for more rows per page.  Search (``/api/search``) is a list too.

Tables inside a view's JSON (a dyad's series, the network's edges, the stance tables) have a
``.csv`` twin too (:data:`TABLES`): it calls the same view with the same parameters and writes
the one table, whole, with fixed columns.
"""

from __future__ import annotations

import csv
import inspect
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, StringConstraints

from geowire.api import schemas, views
from geowire.api.errors import ApiError
from geowire.api.twins import (
    RequestStore,
    RequestStoreDep,
    answer,
    keyword_parameter,
    public,
    store_cursor,
    view_parameters,
)
from geowire.api.views import Category, Confidence, DocRef, Level, ModalityQ, OptCode, OptDate, StanceQ
from geowire.jsonable import to_jsonable
from geowire.store import frames, listing
from geowire.store import search as store_search
from geowire.store.db import Store
from geowire.store.events import get_event, to_plover_record

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Sort = Annotated[
    str | None,
    Query(max_length=200, description="comma-separated columns, '-col' for descending, e.g. -date,id"),
]
Word = Annotated[str, StringConstraints(max_length=40, pattern=r"^[A-Za-z_-]+$")]
OptWord = Annotated[Word | None, Query()]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int
    sort: str | None


def json_paging(
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    sort: Sort = None,
) -> Paging:
    return Paging(limit, offset, sort)


def csv_paging(
    limit: Annotated[int, Query(ge=1, le=100_000, description="rows (up to 100,000 in a CSV)")] = 10_000,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    sort: Sort = None,
) -> Paging:
    return Paging(limit, offset, sort)


# --- the filters of each list (their parameters are the endpoints' query parameters) ----------------


def _codes(store: RequestStore, *typed: str | None) -> list[str | None]:
    """Actor code fields read as the events page reads them (:func:`views.code_for`: ``russia`` →
    RUS), so a list, its CSV twin and the page answer one typed name alike."""
    if all(views.taken_as_typed(t) for t in typed):  # the store is not read when nothing is looked up
        return list(typed)
    return [views.code_for(store.get(), t) for t in typed]


def _check_actors(request: Request, store: RequestStore, codes: list[tuple[str, str | None]]) -> None:
    """Refuse an unknown actor code as the events page does (:func:`views.check_actors`)."""
    if any(code for _, code in codes):
        views.check_actors(store.get(), getattr(request.app.state, "actor_kb", None), codes)


def documents_filters(status: OptWord = None, language: OptWord = None) -> listing.ListQuery:
    return listing.documents(status=status, language=language)


def events_filters(
    request: Request,
    store: RequestStoreDep,
    actor: OptCode = None,
    recipient: OptCode = None,
    type: Category = None,  # noqa: A002 - the CLI's option name
    since: OptDate = None,
    until: OptDate = None,
    modality: ModalityQ = None,
    min_confidence: Confidence = None,
    doc: DocRef = None,
) -> listing.ListQuery:
    # as the events page
    hide, floor = views.event_view(type, min_confidence, request.app.state.view_filters)
    actor, recipient = _codes(store, actor, recipient)
    _check_actors(request, store, [("actor", actor), ("recipient", recipient)])
    return listing.events(
        actor=actor,
        recipient=recipient,
        category=type,
        since=since,
        until=until,
        modality=modality,
        min_confidence=hide,
        learned_floor=floor,
        doc_id=doc,
    )


def occurrences_filters(
    request: Request,
    store: RequestStoreDep,
    actor: OptCode = None,
    type: Category = None,
    since: OptDate = None,
    until: OptDate = None,
    counted: bool = False,  # noqa: A002
) -> listing.ListQuery:
    views.check_category(type)
    (actor,) = _codes(store, actor)
    _check_actors(request, store, [("actor", actor)])
    return listing.occurrences(actor=actor, category=type, since=since, until=until, counted_only=counted)


def actors_filters(kind: OptWord = None, doc: DocRef = None) -> listing.ListQuery:
    return listing.actors(kind=kind, doc_id=doc)


def dyads_filters(
    request: Request, store: RequestStoreDep, level: Level = "country", actor: OptCode = None
) -> listing.ListQuery:
    (actor,) = _codes(store, actor)
    _check_actors(request, store, [("actor", actor)])
    return listing.dyads(level=level, actor=actor)


def agreements_filters(store: RequestStoreDep, party: OptCode = None) -> listing.ListQuery:
    (party,) = _codes(store, party)
    return listing.agreements(party=party)


def transfers_filters(
    store: RequestStoreDep, supplier: OptCode = None, recipient: OptCode = None
) -> listing.ListQuery:
    supplier, recipient = _codes(store, supplier, recipient)
    return listing.transfers(supplier=supplier, recipient=recipient)


def deployments_filters(
    store: RequestStoreDep, country: OptCode = None, host: OptCode = None
) -> listing.ListQuery:
    country, host = _codes(store, country, host)
    return listing.deployments(country=country, host=host)


def statements_filters(
    store: RequestStoreDep,
    speaker: OptCode = None,
    target: OptCode = None,
    stance: StanceQ = None,
    doc: DocRef = None,
) -> listing.ListQuery:
    speaker, target = _codes(store, speaker, target)
    return listing.statements(speaker=speaker, target=target, stance=stance, doc_id=doc)


def contradictions_filters(doc: DocRef = None, kind: OptWord = None) -> listing.ListQuery:
    return listing.contradictions(doc_id=doc, kind=kind)


SearchKind = Literal["sentence", "document", "actor"]


def search_filters(
    q: Annotated[str, Query(min_length=1, max_length=200, description="words, all of which must match")],
    kind: Annotated[SearchKind | None, Query(description="only hits of this kind")] = None,
) -> listing.ListQuery:
    return store_search.search(q, kinds=(kind,) if kind else store_search.KINDS)


# --- shaping rows ------------------------------------------------------------------------------------


def _plover_items(store: Store, rows: list[dict[str, Any]]) -> list[Any]:
    return [to_jsonable(to_plover_record(get_event(store, r["id"]), store=store)) for r in rows]


def _search_items(store: Store, rows: list[dict[str, Any]]) -> list[Any]:
    out = []
    for r in rows:
        if r["kind"] == "actor":
            link = f"/actors/{r['id']}"
        elif r["kind"] == "sentence":
            link = f"/documents/{r['doc_id']}#s{r['sentence_index']}"
        else:
            link = f"/documents/{r['id']}"
        hit = {k: v for k, v in r.items() if k != "kind_order"}
        out.append({**hit, "link": link, "api": "/api" + link.split("#")[0]})
    return out


def _flat_items(store: Store, rows: list[dict[str, Any]]) -> list[Any]:
    return [to_jsonable(r) for r in rows]


@dataclass(frozen=True)
class ListSpec:
    name: str
    filters: Callable[..., listing.ListQuery]
    item: type[BaseModel]
    summary: str
    items: Callable[[Store, list[dict[str, Any]]], list[Any]] = _flat_items


LISTS: tuple[ListSpec, ...] = (
    ListSpec("documents", documents_filters, schemas.DocumentRow, "Stored documents (without text)"),
    ListSpec("events", events_filters, schemas.PloverRecord, "Events as PLOVER records", _plover_items),
    ListSpec(
        "occurrences", occurrences_filters, schemas.OccurrenceRow, "Occurrences (events across documents)"
    ),
    ListSpec("actors", actors_filters, schemas.ActorRow, "Resolved actors with mention counts"),
    ListSpec("dyads", dyads_filters, schemas.DyadRow, "Dyads with counted occurrences"),
    ListSpec("agreements", agreements_filters, schemas.AgreementRow, "Agreements"),
    ListSpec("transfers", transfers_filters, schemas.TransferRow, "Arms transfers"),
    ListSpec("deployments", deployments_filters, schemas.DeploymentRow, "Deployments"),
    ListSpec("statements", statements_filters, schemas.StatementRow, "Attributed statements"),
    ListSpec("contradictions", contradictions_filters, schemas.ContradictionRow, "Contradictions"),
    ListSpec(
        "search", search_filters, schemas.SearchHit, "Search sentences, documents and actors", _search_items
    ),
)


# --- answers -----------------------------------------------------------------------------------------


def _page(store: Store, query: listing.ListQuery, paging: Paging) -> listing.Page:
    try:
        return listing.page(store, query, sort=paging.sort, limit=paging.limit, offset=paging.offset)
    except listing.SortError as e:
        raise ApiError(400, "invalid-sort", str(e)) from e


def _link(request: Request, offset: int | None) -> str | None:
    if offset is None:
        return None
    url = request.url.include_query_params(offset=offset)
    return f"{url.path}?{url.query}"


def _filters(request: Request) -> dict[str, Any]:
    return {k: v for k, v in request.query_params.items() if k not in ("limit", "offset", "sort")}


def list_json(
    request: Request, spec: ListSpec, query: listing.ListQuery, paging: Paging, held: RequestStore
) -> dict[str, Any]:
    store = held.get()
    found = _page(store, query, paging)
    items = public(spec.items(store, found.rows))
    end = paging.offset + paging.limit
    next_offset = end if end < found.total else None
    prev_offset = max(0, paging.offset - paging.limit) if paging.offset else None
    return {
        "items": items,
        "total": found.total,
        "limit": paging.limit,
        "offset": paging.offset,
        "next": _link(request, next_offset),
        "prev": _link(request, prev_offset),
        "next_offset": next_offset,
        "prev_offset": prev_offset,
        "sort": [f"-{c}" if d else c for c, d in found.sort],
        "filters": _filters(request),
    }


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: lists joined by ``;``, objects as JSON, and text that a spreadsheet
    would run as a formula (starting ``= + - @``, tab or CR) quoted with a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ";".join("" if v is None else str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    elif not isinstance(value, str):
        return value  # numbers and booleans are written by us, not by a document's author
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_csv(rows: list[dict[str, Any]], *, columns: tuple[str, ...] | None = None) -> str:
    """Rows as CSV text with a header line: ``columns`` (the header even without rows), else the
    first row's keys."""
    out = io.StringIO()
    header = list(columns) if columns is not None else list(rows[0]) if rows else []
    if header:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in header])
    return out.getvalue()


def list_csv(spec: ListSpec, query: listing.ListQuery, paging: Paging, held: RequestStore) -> Response:
    found = _page(held.get(), query, paging)
    rows = public(to_jsonable([{k: v for k, v in r.items() if k != "kind_order"} for r in found.rows]))
    headers = {
        "content-disposition": f'inline; filename="{spec.name}.csv"',
        "x-total-count": str(found.total),
    }
    return Response(to_csv(rows), media_type=CSV_MEDIA_TYPE, headers=headers)


def _key(kind: str, request: Request) -> tuple[Any, ...]:
    return (kind, request.url.path, tuple(sorted(request.query_params.multi_items())))


def add_list(app: FastAPI, spec: ListSpec) -> None:
    """``/api/<name>`` and ``/api/<name>.csv`` for one list."""
    filters = Depends(spec.filters)

    # the filters and the list read one store a request (``store``: FastAPI makes it once a request)
    def api_list(
        request: Request,
        store: RequestStoreDep,
        query: listing.ListQuery = filters,
        paging: Paging = Depends(json_paging),  # noqa: B008 - FastAPI's way
    ) -> Response:
        return answer(
            request,
            _key("json", request),
            lambda: JSONResponse(list_json(request, spec, query, paging, store)),
        )

    def api_list_csv(
        request: Request,
        store: RequestStoreDep,
        query: listing.ListQuery = filters,
        paging: Paging = Depends(csv_paging),  # noqa: B008 - FastAPI's way
    ) -> Response:
        return answer(request, _key("csv", request), lambda: list_csv(spec, query, paging, store))

    model = schemas.page_of(spec.item, f"{spec.name.title()}Page")
    app.add_api_route(
        f"/api/{spec.name}", api_list, methods=["GET"], tags=[spec.name], summary=spec.summary,
        response_model=model, name=f"api_{spec.name}",
    )  # fmt: skip
    app.add_api_route(
        f"/api/{spec.name}.csv",
        api_list_csv,
        methods=["GET"],
        tags=[spec.name],
        summary=f"{spec.summary} (CSV)",
        response_class=Response,
        name=f"api_{spec.name}_csv",
        responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}},
    )


# --- tables inside a view's JSON --------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """The ``.csv`` twin of one table in a view's JSON: ``rows`` picks it out of the view's answer."""

    path: str
    view: Callable[..., dict[str, Any]]
    rows: Callable[[dict[str, Any]], list[dict[str, Any]]]
    columns: tuple[str, ...]
    summary: str
    tag: str


STANCE_ACTOR_COLUMNS = (
    "source", "actor", "supportive", "neutral", "critical", "threatening", "assessed_positive",
    "assessed_negative", "score", "stance",
)  # fmt: skip
STANCE_DYAD_COLUMNS = ("source", "a", "b", "cooperation", "conflict", "balance", "tone")
EDGE_COLUMNS = ("source", "target", "occurrences", "cooperation", "conflict", "score_sum")

TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "/api/dyads/{a}/{b}.csv", views.dyad, frames.dyad_rows, frames.DYAD_COLUMNS,
        "A dyad's series, one row per period (CSV)", "dyads",
    ),
    TableSpec(
        "/api/network.csv", views.network, lambda d: d["edges"], EDGE_COLUMNS,
        "The network's edges (CSV)", "network",
    ),
    TableSpec(
        "/api/stance/actors.csv", views.stance, lambda d: d["actors"], STANCE_ACTOR_COLUMNS,
        "Stance toward each actor (CSV)", "stance",
    ),
    TableSpec(
        "/api/stance/dyads.csv", views.stance, lambda d: d["dyads"], STANCE_DYAD_COLUMNS,
        "Tone of each dyad (CSV)", "stance",
    ),
)  # fmt: skip


def table_csv(request: Request, spec: TableSpec, kwargs: dict[str, Any]) -> Response:
    """The table ``spec`` of the view's answer to ``kwargs`` as CSV."""
    with store_cursor(request.app) as store:
        rows = spec.rows(public(to_jsonable(spec.view(store, **kwargs))))
    name = spec.path.rsplit("/", 1)[-1].replace("{b}", "dyad")
    headers = {"content-disposition": f'inline; filename="{name}"', "x-total-count": str(len(rows))}
    return Response(to_csv(rows, columns=spec.columns), media_type=CSV_MEDIA_TYPE, headers=headers)


def add_table(app: FastAPI, spec: TableSpec) -> None:
    """``spec.path``: the CSV twin of one table, taking the view's own parameters."""

    def endpoint(**kwargs: Any) -> Response:
        request: Request = kwargs.pop("request")
        return answer(request, _key("csv", request), lambda: table_csv(request, spec, kwargs))

    params = [keyword_parameter("request", Request), *view_parameters(spec.view)]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = "api_" + spec.path.strip("/").replace("/", "_").replace(".", "_").replace("{", "")
    endpoint.__name__ = endpoint.__name__.replace("}", "")
    app.add_api_route(
        spec.path,
        endpoint,
        methods=["GET"],
        tags=[spec.tag],
        summary=spec.summary,
        response_class=Response,
        responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}},
    )


def add_suggest(app: FastAPI) -> None:
    """``/api/actors/suggest?q=rus``: actor codes for a name or code being typed."""

    @app.get(
        "/api/actors/suggest",
        tags=["actors"],
        summary="Actor codes for a name",
        response_model=schemas.Suggestions,
    )
    def api_actor_suggest(
        request: Request,
        q: Annotated[str, Query(min_length=1, max_length=100)],
        limit: Annotated[int, Query(ge=1, le=50)] = 10,
    ) -> Response:
        def make() -> Response:
            with store_cursor(request.app) as store:
                items = to_jsonable(store_search.suggest_actors(store, q, limit=limit))
            return JSONResponse({"q": q, "items": items})

        return answer(request, _key("suggest", request), make)


def add_lists(app: FastAPI) -> None:
    """Every list, its CSV twin, actor suggestions (before ``/api/actors/{code}``) and the CSV
    twins of the tables in views (before ``/api/dyads/{a}/{b}``)."""
    add_suggest(app)
    for spec in LISTS:
        add_list(app, spec)
    for table in TABLES:
        add_table(app, table)

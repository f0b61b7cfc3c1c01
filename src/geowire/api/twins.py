"""Register each view twice: as a JSON endpoint under ``/api`` and as an HTML page.

``add_twin(app, "/events", views.events, "events.html")`` gives ``GET /api/events`` (JSON) and
``GET /events`` (HTML, or the same JSON with ``?format=json``).  Both endpoints take the view's own
query and path parameters, so the page and its JSON twin can never drift apart.
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path, PurePath
from typing import Annotated, Any, Literal, get_type_hints

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from geowire.api.render import render
from geowire.api.schemas import ViewData
from geowire.store.db import Store, file_stamp, open_store
from geowire.store.locks import writer_active

Format = Annotated[Literal["html", "json"], Query(description="json gives the page's JSON twin")]


class SharedReader:
    """One read-only connection shared by the requests in flight (each gets its own cursor), so
    concurrent requests do not each pay DuckDB's open (~15 ms, most of a small request).

    Requests join it only while no process holds the store's writer lock; it is closed as soon as
    no request uses it, so a writer never waits longer than the requests already running.  With a
    writer about, requests open the store each for themselves, as without it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._users = 0

    @contextmanager
    def cursor(self) -> Iterator[Store]:
        shared = self._join()
        if shared is None:
            with open_store(self.path, read_only=True) as store:
                yield store
            return
        try:
            with cursor_of(shared) as store:
                yield store
        finally:
            self._leave()

    def _join(self) -> Store | None:
        with self._lock:
            if self._store is None:
                if writer_active(self.path):
                    return None
                self._store = open_store(self.path, read_only=True)
            self._users += 1
            return self._store

    def _leave(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and self._store is not None:
                self._store.close()
                self._store = None


@contextmanager
def cursor_of(store: Store) -> Iterator[Store]:
    """A store over a cursor of its own on ``store``'s connection (DuckDB cursors are safe to use
    from threads), closed afterwards."""
    cursor = store.con.cursor()
    try:
        yield Store(cursor, store.path)
    finally:
        cursor.close()


@contextmanager
def store_cursor(app: FastAPI, *, write: bool = False) -> Iterator[Store]:
    """The request's store: a cursor of its own on the app's store when it was given one (DuckDB
    cursors are safe to use from threads), else the store file opened read-only and shared by the
    requests in flight (:class:`SharedReader`), or opened for this request only when ``write``, so
    other processes can read and write it between requests."""
    base: Store | None = app.state.store
    if base is None:
        if write or getattr(app.state, "reader", None) is None:
            with open_store(app.state.settings.db, read_only=not write) as store:
                yield store
        else:
            with app.state.reader.cursor() as store:
                yield store
        return
    with cursor_of(base) as store:
        yield store


def get_store(request: Request) -> Iterator[Store]:
    """FastAPI dependency: the request's own store cursor."""
    with store_cursor(request.app) as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


class RequestStore:
    """One request's store, opened on first use (:func:`store_cursor`) and shared by all the request
    reads (a list's filters looking names up, then the list itself): one connection a request, none
    when nothing is read (an answer from the cache). Closed when the request's handler returns."""

    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._stack = ExitStack()
        self._store: Store | None = None

    def get(self) -> Store:
        if self._store is None:
            self._store = self._stack.enter_context(store_cursor(self._app))
        return self._store

    def close(self) -> None:
        self._store = None
        self._stack.close()


def request_store(request: Request) -> Iterator[RequestStore]:
    """FastAPI dependency: the request's :class:`RequestStore` (FastAPI makes a dependency once a
    request, however many of the request's dependencies ask for it)."""
    held = RequestStore(request.app)
    try:
        yield held
    finally:
        held.close()


# "function": closed when the handler returns, before the response is sent (a writer waits no longer)
RequestStoreDep = Annotated[RequestStore, Depends(request_store, scope="function")]


def public(data: Any) -> Any:
    """``data`` as the API may show it: a ``path`` is the file's name, never the server's
    directories (paths are shown only by the CLI)."""
    if isinstance(data, dict):
        return {
            k: PurePath(v).name if k == "path" and isinstance(v, str) else public(v) for k, v in data.items()
        }
    if isinstance(data, list | tuple):
        return [public(v) for v in data]
    return data


# view parameters the app gives from its state (read once when it starts), never the request
APP_ARGUMENTS = ("view_filters", "places", "actor_kb")


def view_parameters(view: Callable[..., Any]) -> list[inspect.Parameter]:
    """The view's parameters but ``store``, as an endpoint takes them (annotations resolved)."""
    hints = get_type_hints(view, include_extras=True)
    return [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in inspect.signature(view).parameters.values()
        if p.name != "store" and p.name not in APP_ARGUMENTS
    ]


def keyword_parameter(
    name: str, annotation: Any, default: Any = inspect.Parameter.empty
) -> inspect.Parameter:
    """A keyword-only endpoint parameter."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


class ResponseCache:
    """Recent answers of one server process, each kept with the store file's stamp
    (:func:`~geowire.store.db.file_stamp`: size and modification time of the file and its WAL):
    an answer is reused only while the store is unchanged, so a public read-only server answers a
    repeated request without opening the store.  Bounded; oldest entries go first."""

    def __init__(self, path: Path, *, size: int = 512) -> None:
        self.path = path
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Any, tuple[Any, bytes, str | None]] = OrderedDict()
        self._making: dict[Any, threading.Lock] = {}

    def answer(self, key: Any, make: Callable[[], Response]) -> Response:
        hit = self._hit(key)
        if hit is not None:
            return hit
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        with making:  # the same request arriving meanwhile waits for this answer, not a second one
            try:
                return self._hit(key) or self._make(key, make)
            finally:
                with self._lock:  # bounded: no lock kept for a key nobody is making now
                    if self._making.get(key) is making:
                        del self._making[key]

    def _hit(self, key: Any) -> Response | None:
        stamp = file_stamp(self.path)
        with self._lock:
            hit = self._entries.get(key)
            if hit is None or hit[0] != stamp:
                return None
            self._entries.move_to_end(key)
        return Response(content=hit[1], media_type=hit[2])

    def _make(self, key: Any, make: Callable[[], Response]) -> Response:
        stamp = file_stamp(self.path)
        response = make()
        body = getattr(response, "body", None)
        if response.status_code == 200 and isinstance(body, bytes) and stamp == file_stamp(self.path):
            with self._lock:
                self._entries[key] = (stamp, body, response.media_type)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return response


def answer(request: Request, key: Any, make: Callable[[], Response]) -> Response:
    """The cached answer to ``key`` while the store is unchanged, else ``make()``."""
    cache: ResponseCache | None = getattr(request.app.state, "cache", None)
    return make() if cache is None else cache.answer(key, make)


def app_arguments(view: Callable[..., Any]) -> tuple[str, ...]:
    """The :data:`APP_ARGUMENTS` ``view`` takes (read once, when its endpoint is made)."""
    return tuple(name for name in APP_ARGUMENTS if name in inspect.signature(view).parameters)


def _view_data(
    request: Request, view: Callable[..., Any], kwargs: dict[str, Any], wanted: tuple[str, ...]
) -> Any:
    extra = {name: getattr(request.app.state, name) for name in wanted}
    with store_cursor(request.app) as store:
        return public(view(store, **kwargs, **extra))


def _cache_key(kind: str, view: Callable[..., Any], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    return (kind, view.__name__, tuple(sorted((k, repr(v)) for k, v in kwargs.items())))


def api_endpoint(view: Callable[..., Any]) -> Callable[..., Any]:
    """A FastAPI endpoint returning the view's dict as JSON."""
    wanted = app_arguments(view)

    def endpoint(**kwargs: Any) -> Response:
        request: Request = kwargs.pop("request")
        # the views give JSON-ready data (the ?format=json twins send it as is): no re-encoding pass
        return answer(
            request,
            _cache_key("json", view, kwargs),
            lambda: JSONResponse(_view_data(request, view, kwargs, wanted)),
        )

    params = [keyword_parameter("request", Request), *view_parameters(view)]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = f"api_{view.__name__}"
    endpoint.__doc__ = view.__doc__
    return endpoint


def page_endpoint(view: Callable[..., Any], template: str) -> Callable[..., Any]:
    """A FastAPI endpoint rendering the view's dict with ``template`` (JSON with ?format=json)."""
    wanted = app_arguments(view)

    def endpoint(**kwargs: Any) -> Response:
        request: Request = kwargs.pop("request")
        fmt = kwargs.pop("format")

        def make() -> Response:
            data = _view_data(request, view, kwargs, wanted)
            if fmt == "json":
                return JSONResponse(data)
            return render(request, template, {"data": data, "params": kwargs})

        return answer(request, _cache_key(fmt, view, kwargs), make)

    params = [
        keyword_parameter("request", Request),
        keyword_parameter("format", Format, "html"),
        *view_parameters(view),
    ]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = f"page_{view.__name__}"
    endpoint.__doc__ = view.__doc__
    return endpoint


def add_twin(
    app: FastAPI,
    path: str,
    view: Callable[..., Any],
    template: str,
    *,
    api_path: str | None = None,
    api: bool = True,
    response_model: Any = None,
) -> None:
    """Serve ``view`` as a page at ``path`` (JSON with ``?format=json``) and, with ``api``, as JSON at
    ``/api{path}`` (or ``api_path``), described by ``response_model`` in the OpenAPI document.
    A list page has ``api=False``: its ``/api`` list is paginated and sortable (:mod:`geowire.api.lists`)."""
    tag = path.strip("/").split("/")[0] or "overview"
    if api:
        app.add_api_route(
            api_path or f"/api{path}",
            api_endpoint(view),
            methods=["GET"],
            tags=[tag],
            response_model=response_model or ViewData,
        )
    app.add_api_route(
        path, page_endpoint(view, template), methods=["GET"], include_in_schema=False, response_class=Response
    )

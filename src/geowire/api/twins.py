"""Register each view twice: as a JSON endpoint under ``/api`` and as an HTML page.

``add_twin(app, "/events", views.events, "events.html")`` gives ``GET /api/events`` (JSON) and
``GET /events`` (HTML, or the same JSON with ``?format=json``).  Both endpoints take the view's own
query and path parameters, so the page and its JSON twin can never drift apart.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import Annotated, Any, Literal, get_type_hints

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from geowire.store.db import Store, open_store

Format = Annotated[Literal["html", "json"], Query(description="json gives the page's JSON twin")]


@contextmanager
def store_cursor(app: FastAPI, *, write: bool = False) -> Iterator[Store]:
    """The request's store: a cursor of its own on the app's store when it was given one (DuckDB
    cursors are safe to use from threads), else the store file opened for this request only —
    read-only unless ``write`` — so other processes can read and write it between requests."""
    base: Store | None = app.state.store
    if base is None:
        with open_store(app.state.settings.db, read_only=not write) as store:
            yield store
        return
    cursor = base.con.cursor()
    try:
        yield Store(cursor, base.path)
    finally:
        cursor.close()


def get_store(request: Request) -> Iterator[Store]:
    """FastAPI dependency: the request's own store cursor."""
    with store_cursor(request.app) as store:
        yield store


StoreDep = Annotated[Store, Depends(get_store)]


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


def _view_parameters(view: Callable[..., Any]) -> list[inspect.Parameter]:
    hints = get_type_hints(view, include_extras=True)
    return [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in inspect.signature(view).parameters.values()
        if p.name != "store"
    ]


def _keyword(name: str, annotation: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


def api_endpoint(view: Callable[..., Any]) -> Callable[..., Any]:
    """A FastAPI endpoint returning the view's dict as JSON."""

    def endpoint(**kwargs: Any) -> Any:
        store = kwargs.pop("store")
        return public(view(store, **kwargs))

    params = [_keyword("store", StoreDep), *_view_parameters(view)]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = f"api_{view.__name__}"
    endpoint.__doc__ = view.__doc__
    return endpoint


def page_endpoint(view: Callable[..., Any], template: str) -> Callable[..., Any]:
    """A FastAPI endpoint rendering the view's dict with ``template`` (JSON with ?format=json)."""

    def endpoint(**kwargs: Any) -> Response:
        request: Request = kwargs.pop("request")
        fmt = kwargs.pop("format")
        store = kwargs.pop("store")
        data = public(view(store, **kwargs))
        if fmt == "json":
            return JSONResponse(data)
        return request.app.state.templates.TemplateResponse(
            request, template, {"data": data, "params": kwargs}
        )

    params = [
        _keyword("request", Request),
        _keyword("store", StoreDep),
        _keyword("format", Format, "html"),
        *_view_parameters(view),
    ]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = f"page_{view.__name__}"
    endpoint.__doc__ = view.__doc__
    return endpoint


def add_twin(
    app: FastAPI, path: str, view: Callable[..., Any], template: str, *, api_path: str | None = None
) -> None:
    """Serve ``view`` as JSON at ``/api{path}`` (or ``api_path``) and as a page at ``path``."""
    tag = path.strip("/").split("/")[0] or "overview"
    app.add_api_route(api_path or f"/api{path}", api_endpoint(view), methods=["GET"], tags=[tag])
    app.add_api_route(
        path, page_endpoint(view, template), methods=["GET"], include_in_schema=False, response_class=Response
    )

"""The one error shape every API and UI error uses: ``{"error": {"status", "code", "message"}}``.

Handlers turn HTTP errors (404, 405), validation errors (422), geowire's typed errors and any
unexpected exception (500, logged server-side, never a stack trace to the client) into that shape.
Browsers asking for HTML get the same fields rendered as a page.  :func:`reject_unknown_query`
(an app-wide dependency) turns a query parameter an ``/api`` route does not take into a 400.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from geowire.api.render import render
from geowire.errors import ConfigError, FetchError, GeowireError, NotFoundError, StoreBusyError, StoreError

log = logging.getLogger("geowire.api")


class ApiError(Exception):
    """An error raised on purpose by a route: status, a short machine code and a message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    """The JSON body of every error."""
    return {"error": {"status": status, "code": code, "message": message}}


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.query_params.get("format") == "json":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    """JSON for API clients; the same fields as an HTML page for browsers."""
    if _wants_html(request):
        if getattr(request.app.state, "templates", None) is not None:
            body = {"error": error_body(status, code, message)["error"]}
            return render(request, "error.html", body, status_code=status)
        return HTMLResponse(f"error {status}", status_code=status)
    return JSONResponse(error_body(status, code, message), status_code=status)


def _code_for(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-")
    except ValueError:
        return "error"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def known_query_names(route: Any) -> set[str] | None:
    """The query parameter names a FastAPI route declares (its dependencies' too), or None."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return None
    names: set[str] = set()
    stack = [dependant]
    while stack:
        d = stack.pop()
        names.update(p.alias for p in d.query_params)
        stack.extend(d.dependencies)
    return names


def reject_unknown_query(request: Request) -> None:
    """App-wide dependency: an ``/api`` request with a query parameter its route does not take is
    refused (400 ``unknown-parameter``) rather than silently ignored — a misspelt filter would
    otherwise return everything."""
    if not request.url.path.startswith("/api/"):
        return
    known = known_query_names(request.scope.get("route"))
    if known is None:
        return
    unknown = sorted({k for k in request.query_params if k not in known})
    if unknown:
        accepted = ", ".join(sorted(known)) or "none"
        raise ApiError(
            400, "unknown-parameter", f"unknown query parameter {', '.join(unknown)}; accepted: {accepted}"
        )


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else _code_for(exc.status_code)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return error_response(request, exc.status_code, _code_for(exc.status_code), message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, "invalid-request", _validation_message(exc))

    @app.exception_handler(GeowireError)
    async def _geowire_error(request: Request, exc: GeowireError) -> Response:
        if isinstance(exc, NotFoundError):
            return error_response(request, 404, "not-found", str(exc))
        if isinstance(exc, FetchError):
            return error_response(request, 400, exc.reason, str(exc))
        if isinstance(exc, ConfigError):
            return error_response(request, 400, "invalid-input", str(exc))
        if isinstance(exc, StoreBusyError):
            return error_response(request, 503, "store-busy", "the store is being written; try again")
        if isinstance(exc, StoreError):
            log.error("store error on %s: %s", request.url.path, exc)
            return error_response(request, 503, "store-unavailable", "the store could not be read or written")
        log.error("geowire error on %s: %s", request.url.path, exc)
        return error_response(request, 500, "internal-error", "the server could not complete the request")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal-error", "the server could not complete the request")

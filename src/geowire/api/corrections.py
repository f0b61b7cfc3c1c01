"""Corrections from the evidence page and the API, behind the ingest token.

``POST /api/events/{id}/corrections`` (JSON or form: ``action`` reject | fix, ``category``,
``actors``, ``recipients`` (codes, comma-separated in a form), ``modality``, ``who``, ``note``)
and ``POST /api/documents/{doc_id}/events`` (``action`` add: ``sentence_index``, ``category``,
``trigger``, ...) record a correction (:mod:`geowire.store.corrections`) and answer it as JSON;
the HTML forms post to ``/events/{id}/corrections`` and ``/documents/{doc_id}/events`` and are
sent back to the event's evidence page.  ``GET /corrections`` (and ``/api/corrections``) lists
them.  Without a token the server is read-only (403), a wrong token is 401, as for ingest.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from geowire.api.errors import ApiError
from geowire.api.ingest import _WRITE_LOCK, _read_request, check_token
from geowire.api.schemas import CorrectionResult
from geowire.api.twins import add_twin, store_cursor
from geowire.api.views import DocRef, Id
from geowire.jsonable import to_jsonable
from geowire.pipeline import correct
from geowire.store.corrections import Correction, CorrectionError, list_corrections
from geowire.store.db import Store

MAX_FIELD = 500


def corrections(store: Store, *, doc_id: DocRef = None) -> dict[str, Any]:
    """Every analyst's correction, newest first: what, who, when, and whether it is in effect."""
    found: dict[str, Any] = to_jsonable({"corrections": list_corrections(store, doc_id=doc_id or None)})
    return found


def _text(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    text = str(value).strip()
    if len(text) > MAX_FIELD:
        raise ApiError(422, "invalid-request", f"{name}: longer than {MAX_FIELD} characters")
    return text or None


def _codes(fields: dict[str, Any], name: str) -> tuple[str, ...] | None:
    """Codes from a list or a comma-separated string; None when the field is absent or blank
    (a form's empty field leaves the coding as it is; '-' clears the list)."""
    text = _text(fields, name)
    if text is None:
        return None
    return () if text == "-" else tuple(c for c in text.replace(" ", ",").split(",") if c)


def correction_of(
    fields: dict[str, Any], *, event_id: str | None = None, doc_id: str | None = None
) -> Correction:
    """The :class:`Correction` a request's fields ask for."""
    action = _text(fields, "action") or ("add" if doc_id else "fix")
    index = _text(fields, "sentence_index")
    if index is not None and not index.isdigit():
        raise ApiError(422, "invalid-request", "sentence_index: not a number")
    return Correction(
        action=action,  # type: ignore[arg-type]  # validated by Correction.validated
        who=_text(fields, "who") or "analyst",
        event_id=event_id,
        doc_id=doc_id,
        sentence_index=int(index) if index is not None else None,
        trigger=_text(fields, "trigger"),
        category=_text(fields, "category"),
        actors=_codes(fields, "actors"),
        recipients=_codes(fields, "recipients"),
        modality=_text(fields, "modality"),
        note=_text(fields, "note"),
    )


async def _handle(
    request: Request, *, event_id: str | None = None, doc_id: str | None = None
) -> dict[str, Any]:
    fields, _ = await _read_request(request)
    check_token(request, _text(fields, "token"))
    try:
        wanted = correction_of(fields, event_id=event_id, doc_id=doc_id).validated()
    except CorrectionError as e:
        raise ApiError(422, "invalid-correction", str(e)) from e

    def work() -> dict[str, Any]:
        settings = request.app.state.settings
        with _WRITE_LOCK, store_cursor(request.app, write=True) as store:
            try:
                done: dict[str, Any] = to_jsonable(correct(store, wanted, settings=settings))
                return done
            except CorrectionError as e:
                raise ApiError(422, "invalid-correction", str(e)) from e

    return await run_in_threadpool(work)


def add_correction_routes(app: FastAPI) -> None:
    """The correction routes and the ``/corrections`` twin."""
    add_twin(app, "/corrections", corrections, "corrections.html")

    @app.post("/api/events/{event_id}/corrections", tags=["corrections"],
              summary="Correct an event: reject or fix it (token required)",
              status_code=201, response_model=CorrectionResult)  # fmt: skip
    async def api_correct(request: Request, event_id: Id) -> JSONResponse:
        return JSONResponse(await _handle(request, event_id=event_id), status_code=201)

    @app.post("/api/documents/{doc_id}/events", tags=["corrections"],
              summary="Add an event the coder missed to a sentence (token required)",
              status_code=201, response_model=CorrectionResult)  # fmt: skip
    async def api_add(request: Request, doc_id: Id) -> JSONResponse:
        return JSONResponse(await _handle(request, doc_id=doc_id), status_code=201)

    @app.post("/events/{event_id}/corrections", include_in_schema=False)
    async def form_correct(request: Request, event_id: Id) -> Response:
        row = await _handle(request, event_id=event_id)
        target = "/corrections" if row["action"] == "reject" else f"/events/{row['event_id']}"
        return RedirectResponse(target + "#corrected", status_code=303)

    @app.post("/documents/{doc_id}/events", include_in_schema=False)
    async def form_add(request: Request, doc_id: Id) -> Response:
        row = await _handle(request, doc_id=doc_id)
        return RedirectResponse(f"/events/{row['event_id']}#corrected", status_code=303)

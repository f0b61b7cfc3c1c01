"""Ingest from the UI and the API, behind a token: paste text, give a URL or feed, upload files.

Without a token configured the app is read-only (403 ``read-only``); with one, a request must
carry it (``Authorization: Bearer T`` or a ``token`` form field), compared in constant time
(401 ``unauthorized`` otherwise).  URLs go through the ingest library, so its URL rules hold
(http/https only, no private addresses unless the settings allow them, timeout, byte cap).
"""

from __future__ import annotations

import hmac
import io
import logging
import re
import tempfile
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from geowire.api.errors import ApiError
from geowire.api.render import render
from geowire.api.schemas import IngestResult
from geowire.api.twins import Format, store_cursor
from geowire.errors import GeowireError
from geowire.jsonable import to_jsonable
from geowire.settings import Settings
from geowire.store.db import Store

log = logging.getLogger("geowire.api")

UPLOAD_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
MAX_FIELD_CHARS = 2_000
_WRITE_LOCK = threading.Lock()  # one ingest at a time per app


def check_token(request: Request, supplied: str | None) -> None:
    """Raise unless the app has a token and ``supplied`` (or the bearer header) matches it."""
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(403, "read-only", "this server is read-only: start it with --token to enable ingest")
    header = request.headers.get("authorization", "")
    candidate = header[7:] if header.lower().startswith("bearer ") else (supplied or "")
    if not hmac.compare_digest(candidate.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "a valid ingest token is required")


def _field(value: Any, name: str) -> str | None:
    if value is None or isinstance(value, UploadFile):
        return None
    text = str(value).strip()
    if name != "text" and len(text) > MAX_FIELD_CHARS:
        raise ApiError(422, "invalid-request", f"{name}: longer than {MAX_FIELD_CHARS} characters")
    return text or None


def _safe_name(filename: str | None, index: int) -> str:
    name = Path(filename or "").name
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise ApiError(
            415, "unsupported-type", f"upload {index + 1}: only {', '.join(sorted(UPLOAD_SUFFIXES))}"
        )
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(name).stem)[:60].strip("-") or "upload"
    return f"{index:03d}-{stem}{suffix}"


def run_ingest(
    store: Store,
    settings: Settings,
    *,
    text: str | None,
    sources: list[str],
    files: list[tuple[str, bytes]],
    code: bool = True,
) -> dict[str, Any]:
    """Ingest pasted text, URLs/feeds and uploaded files, then code what was stored."""
    from geowire.ingest import ingest_sources
    from geowire.pipeline import process_pending

    results: list[Any] = []
    with _WRITE_LOCK, tempfile.TemporaryDirectory(prefix="geowire-upload-") as tmp:
        for name, data in files:
            (Path(tmp) / name).write_bytes(data)
        if text:
            report = ingest_sources(store, settings, ["-"], stdin=io.BytesIO(text.encode("utf-8")))
            results.extend(report.items)
        if sources or files:
            paths = [tmp] if files else []
            report = ingest_sources(store, settings, [*sources, *paths])
            results.extend(report.items)
        # a server process is never forked (its sockets, its loop's threads): its pool, if any, spawns
        spawned = settings.with_overrides(worker_start="spawn")
        done = process_pending(store, spawned) if code else None
    processed = done.documents if done else 0
    failures = [
        {"id": f.doc_id, "error_class": f.error_class, "error": f.error}
        for f in (done.failed if done else ())
    ]
    items = [to_jsonable(r) for r in results]
    for item in items:
        if isinstance(item.get("source"), str) and item["source"].startswith(tmp):
            item["source"] = Path(item["source"]).name
    failed = sum(1 for r in results if r.outcome == "failed")
    return {"items": items, "processed": processed, "failed": failed, "processing_failed": failures}


async def _read_request(request: Request) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            body = await request.json()
        except ValueError as e:
            raise ApiError(400, "malformed-json", "the request body is not valid JSON") from e
        if not isinstance(body, dict):
            raise ApiError(422, "invalid-request", "the JSON body must be an object")
        return body, []
    async with request.form() as form:
        files = []
        uploads = [u for u in form.getlist("files") if isinstance(u, UploadFile) and u.filename]
        for i, upload in enumerate(uploads):
            files.append((_safe_name(upload.filename, i), await upload.read()))
        fields = {k: v for k, v in form.items() if not isinstance(v, UploadFile)}
    return fields, files


def add_ingest_routes(app: FastAPI) -> None:
    """``GET /ingest`` (the form), ``POST /ingest`` (form) and ``POST /api/ingest`` (JSON or form)."""

    def ingest_info(request: Request) -> dict[str, Any]:
        """Whether this server accepts ingest, and what it accepts."""
        return {
            "read_only": not request.app.state.token,
            "fields": ["token", "text", "url", "feed", "files", "code"],
            "upload_suffixes": sorted(UPLOAD_SUFFIXES),
        }

    @app.get("/api/ingest", tags=["ingest"], summary="Whether ingest is enabled (a token is set)")
    def api_ingest_info(request: Request) -> dict[str, Any]:
        return ingest_info(request)

    @app.get("/ingest", include_in_schema=False)
    def ingest_page(request: Request, format: Format = "html") -> Response:  # noqa: A002
        if format == "json":
            return JSONResponse(ingest_info(request))
        writable = bool(request.app.state.token)
        return render(request, "ingest.html", {"writable": writable, "result": None})

    async def handle(request: Request) -> dict[str, Any]:
        fields, files = await _read_request(request)
        check_token(request, _field(fields.get("token"), "token"))
        text = _field(fields.get("text"), "text")
        sources = [s for s in (_field(fields.get("url"), "url"), _field(fields.get("feed"), "feed")) if s]
        if not (text or sources or files):
            raise ApiError(422, "invalid-request", "give text, a URL, a feed or files to ingest")
        if any(not re.match(r"^https?://", s, re.I) for s in sources):
            raise ApiError(422, "unsafe-url", "only http and https URLs can be ingested")
        code = str(fields.get("code", "true")).lower() not in ("false", "0", "no", "off")

        def work() -> dict[str, Any]:
            try:
                with store_cursor(request.app, write=True) as store:
                    return run_ingest(
                        store, request.app.state.settings, text=text, sources=sources, files=files, code=code
                    )
            except GeowireError:
                raise  # the error handlers give it its status and the common shape
            except Exception as e:  # what an input did to a stage: the input's fault, not a 500
                log.exception("ingest failed")
                raise ApiError(
                    422, "ingest-failed", f"the input could not be ingested ({type(e).__name__})"
                ) from e

        return await run_in_threadpool(work)

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        summary="Ingest text, a URL, a feed or files (token required)",
        response_model=IngestResult,
    )
    async def api_ingest(request: Request) -> JSONResponse:
        return JSONResponse(await handle(request))

    @app.post("/ingest", include_in_schema=False)
    async def ingest_form(request: Request) -> Response:
        result = await handle(request)
        return render(request, "ingest.html", {"writable": True, "result": result})

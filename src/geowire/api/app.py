"""The FastAPI application: JSON API under ``/api``, the HTML UI beside it, one error shape.

Lists under ``/api`` are paginated, counted, sortable and have ``.csv`` twins
(:mod:`geowire.api.lists`); every 200 response has a model in OpenAPI (:mod:`geowire.api.schemas`);
an ``/api`` request with a query parameter its route does not take is a 400.

:func:`create_app` opens the store named by the settings, registers every view twice (JSON
and HTML, see :mod:`geowire.api.twins`), serves the UI's static JS/CSS (no CDN), and wraps
everything in security headers and a request-size cap.  Without a token the app is read-only.
"""

from __future__ import annotations

from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from geowire import __version__
from geowire.actors.known import kb_for
from geowire.api import views
from geowire.api.corrections import add_correction_routes
from geowire.api.errors import install_error_handlers, reject_unknown_query
from geowire.api.ingest import add_ingest_routes
from geowire.api.lists import add_lists
from geowire.api.middleware import BodySizeLimit, SecurityHeaders
from geowire.api.render import render
from geowire.api.schemas import VIEW_MODELS
from geowire.api.twins import ResponseCache, SharedReader, add_twin
from geowire.coding.floors import view_filters
from geowire.geo.places import places_index
from geowire.lang import load_language
from geowire.settings import Settings
from geowire.store.db import Store, open_store
from geowire.types import PLOVER_CATEGORIES
from geowire.web.filters import finalize, neutral_bidi

DEFAULT_MAX_BODY_BYTES = 8_000_000

# (path, view, template, served under /api by the twin) — a list's /api endpoint is in api/lists.py
PAGES: tuple[tuple[str, Any, str, bool], ...] = (
    ("/", views.overview, "overview.html", True),
    ("/documents", views.documents, "documents.html", False),
    ("/documents/{doc_id}", views.document, "document.html", True),
    ("/actors", views.actors, "actors.html", False),
    ("/actors/{code}", views.actor, "actor.html", True),
    ("/events", views.events, "events.html", False),
    ("/events/{event_id}", views.event, "evidence.html", True),
    ("/network", views.network, "network.html", True),
    ("/dyads", views.dyads, "dyads.html", False),
    ("/dyads/{a}/{b}", views.dyad, "dyad.html", True),
    ("/agreements", views.agreements, "agreements.html", False),
    ("/transfers", views.transfers, "transfers.html", False),
    ("/deployments", views.deployments, "deployments.html", False),
    ("/statements", views.statements, "statements.html", False),
    ("/contradictions", views.contradictions, "contradictions.html", False),
    ("/stance", views.stance, "stance.html", True),
    ("/compare", views.compare, "compare.html", True),
    ("/map", views.map_points, "map.html", True),
    ("/search", views.search, "search.html", False),
)


def web_dir() -> Path:
    """Where the templates and static files are installed."""
    return Path(str(resources.files("geowire.web")))


def safe_url(value: object) -> str | None:
    """``value`` if it is an http(s) URL (the only links built from data), else None."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def make_templates() -> Jinja2Templates:
    """Jinja2 with autoescape on for every template."""
    env = Environment(
        loader=FileSystemLoader(str(web_dir() / "templates")),
        autoescape=True,
        finalize=finalize,  # None prints as nothing; text without bidi controls
    )
    env.filters["safe_url"] = safe_url
    env.filters["neutral_bidi"] = neutral_bidi
    env.globals["version"] = __version__
    env.globals["categories"] = PLOVER_CATEGORIES
    return Jinja2Templates(env=env)


def create_app(
    settings: Settings,
    *,
    token: str | None = None,
    store: Store | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> FastAPI:
    """Build the app over ``settings.db`` (or an already open ``store``). ``token`` enables ingest.

    Without ``store`` the app holds no connection: each request opens the file read-only (an
    ingest request: for writing) and closes it, so CLI commands, notebooks and an ingest or
    ``watch`` share the store with it.  A read-only app over a missing file is refused."""
    app = FastAPI(
        title="geowire",
        version=__version__,
        description="A sourced model of the international system: documents, actors, PLOVER events, "
        "relations, agreements, transfers, statements and contradictions.",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_unknown_query)],
    )
    app.state.settings = settings
    app.state.token = token or None
    app.state.store = store
    app.state.reader = None
    app.state.cache = None
    if store is None:
        open_store(settings.db, read_only=not token).close()  # refuse a missing or stale store now
        if settings.db is not None and str(settings.db) != ":memory:":
            app.state.reader = SharedReader(Path(settings.db))
            app.state.cache = ResponseCache(Path(settings.db))
    app.state.templates = make_templates()
    app.state.view_filters = view_filters(settings)  # the events' default filters, read once
    app.state.places = places_index(load_language(settings.language))  # the map's places file
    app.state.actor_kb = partial(kb_for, settings)  # loaded when a typed actor code is not in the store
    install_error_handlers(app)
    add_lists(app)  # before the twins: /api/actors/suggest is no actor code
    for path, view, template, api in PAGES:
        add_twin(
            app,
            path,
            view,
            template,
            api_path="/api/overview" if path == "/" else None,
            api=api,
            response_model=VIEW_MODELS.get(view.__name__),
        )
    add_ingest_routes(app)
    add_correction_routes(app)
    _add_docs_page(app)
    app.mount("/static", StaticFiles(directory=str(web_dir() / "static")), name="static")
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """The app of one ``geowire serve --workers N`` process: the settings from the environment
    (``GEOWIRE_DB``, ``GEOWIRE_SETTINGS``) and ``GEOWIRE_TOKEN``, as ``serve`` set them."""
    import os

    from geowire.settings import load_settings

    settings_file = os.environ.get("GEOWIRE_SETTINGS")
    settings = load_settings(Path(settings_file) if settings_file else None)
    return create_app(settings, token=os.environ.get("GEOWIRE_TOKEN"))


def _add_docs_page(app: FastAPI) -> None:
    """``/docs``: the OpenAPI description rendered offline (no Swagger UI from a CDN)."""

    @app.get("/docs", include_in_schema=False)
    def api_docs(request: Request) -> Response:
        spec = app.openapi()
        routes = [
            {
                "path": path,
                "method": method.upper(),
                "summary": op.get("summary", ""),
                "description": (op.get("description") or "").strip(),
                "parameters": [
                    {"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                    for p in op.get("parameters", [])
                ],
            }
            for path, item in spec.get("paths", {}).items()
            for method, op in item.items()
        ]
        return render(request, "docs.html", {"routes": routes})

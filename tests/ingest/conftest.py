"""Fixtures for the ingest tests: settings, a store, dispatches written for these tests, a local
HTTP server on 127.0.0.1, and an unreadable file (also when the tests run as root)."""

from __future__ import annotations

import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from geowire.ingest import sources
from geowire.ingest.items import ItemError
from geowire.settings import Settings, load_settings
from geowire.store import Store, open_store
from geowire.types import Reason

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / ".." / "shared" / "corpus" / "seeds"

# Dispatches written for these tests (not taken from any article).
DISPATCH_A = (
    "Lisbon talks end with a fisheries accord\n\n"
    "The foreign ministers of Portugal and Morocco met in Lisbon on Tuesday and agreed to renew a "
    "fisheries accord that lets boats from both countries work each other's coastal waters.\n\n"
    "Officials said the accord would run for four more years and would be reviewed by a joint "
    "commission that meets twice a year, alternating between the two capitals.\n\n"
    "Both delegations described the talks as constructive and said technical teams would meet again "
    "in the spring to settle quotas for sardine and mackerel."
)
DISPATCH_B = (
    "Nordic ministers pledge grid cooperation\n\n"
    "Energy ministers from Norway, Sweden and Finland pledged on Thursday to link more of their "
    "electricity grids, saying shared interconnectors would steady prices during cold winters.\n\n"
    "The ministers asked their grid operators to present a joint plan by the end of the year, "
    "including the cost of two new undersea cables."
)
FRENCH = (
    "Les ministres des affaires étrangères de la France et du Sénégal se sont rencontrés mardi à Dakar "
    "pour discuter de la coopération économique et culturelle entre les deux pays, selon un communiqué "
    "publié à l'issue de la réunion."
)


def long_dispatch(seed: int = 0) -> str:
    """A ~300-word dispatch, different for every ``seed``."""
    places = ["Vienna", "Nairobi", "Hanoi", "Quito", "Tallinn", "Accra", "Manila", "Lima", "Oslo", "Rabat"]
    topics = [
        "water sharing",
        "port fees",
        "customs checks",
        "rail freight",
        "student visas",
        "flood warnings",
        "fishing quotas",
        "power lines",
        "airline routes",
        "vaccine stocks",
    ]
    place, topic = places[seed % 10], topics[(seed // 10) % 10]
    sentences = [
        f"Delegations from {n + 2} neighbouring states gathered in {place} on day {seed} of the session "
        f"to discuss {topic}, item {n} on an agenda that officials said had grown over several months."
        for n in range(12)
    ]
    return f"Regional talks on {topic} in {place}, round {seed}\n\n" + "\n\n".join(sentences)


_WORDS = (
    "minister delegation treaty border port grid cable quota visa tariff harbour envoy summit "
    "river pipeline census railway bridge corridor vaccine school budget harvest drought flood "
    "frigate convoy patrol inspector observer ballot council assembly charter accord"
).split()


def unique_dispatch(seed: int) -> str:
    """A ~200-word dispatch whose wording differs from every other seed's (no near-duplicates)."""
    rng = random.Random(seed)
    sentences = [" ".join(rng.choice(_WORDS) for _ in range(15)).capitalize() + "." for _ in range(14)]
    return f"Dispatch {seed}\n\n" + "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, 14, 2))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(None, db=tmp_path / "test.duckdb")


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with open_store(settings.db) as s:
        yield s


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class LocalServer:
    """An HTTP server on 127.0.0.1 serving :class:`Route`s; records request headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                time.sleep(route.delay)
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes, **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


class RawSocketServer:
    """A loopback TCP server that hands each accepted connection to ``handler`` on its own thread
    (for servers that misbehave below HTTP: trickling bytes, resetting connections); counts the
    connections.  A context manager: stopped and closed on exit."""

    def __init__(self, handler: Callable[[socket.socket, threading.Event], None]) -> None:
        self.handler = handler
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, path: str = "/page") -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}{path}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:  # closed at teardown
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.handler(conn, self.stop)
            except OSError:
                return

    def __enter__(self) -> RawSocketServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def make_unreadable(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Path]:
    """chmod 000 a file; as root (where chmod does not bite) reading it raises EACCES as well."""

    def apply(path: Path) -> Path:
        path.chmod(0)
        if os.geteuid() == 0:
            original = sources.open_regular

            def open_regular(self: Path) -> int:
                if Path(self).resolve() == path.resolve():
                    raise ItemError(Reason.PERMISSION, "Permission denied")
                return original(self)

            monkeypatch.setattr(sources, "open_regular", open_regular)
        return path

    return apply


def html_page(title: str, body: str, *, published: str | None = "2025-05-07", site: str = "Test Wire") -> str:
    """An article page with navigation and footer boilerplate around ``body`` paragraphs."""
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    meta = f'<meta property="article:published_time" content="{published}T09:00:00Z">' if published else ""
    return (
        f"<html><head><title>{title} | {site}</title>"
        f'<meta property="og:site_name" content="{site}">{meta}</head>'
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{paras}</article>"
        f"<footer>Copyright {site}. All rights reserved. Subscribe to our newsletter.</footer></body></html>"
    )

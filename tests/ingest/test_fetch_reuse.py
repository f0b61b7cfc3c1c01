"""A server that silently closed a kept-alive connection does not fail the next fetch: the fetcher
asks once more on a fresh connection (a GET, within the same deadline). A server that drops every
connection still gives one 'unreachable' reason."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator

import pytest

from geowire.errors import FetchError
from geowire.ingest.fetch import Fetcher
from geowire.settings import Settings

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (linger 0), as a server dropping an idle connection may."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


class DroppingServer:
    """Answers the first request on each connection while ``answer_first`` holds, then resets the
    connection when the same connection asks again; with ``answer_first`` false it resets at once."""

    def __init__(self, *, answer_first: bool) -> None:
        self.answer_first = answer_first
        self.connections = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.recv(4096)
            if self.answer_first:
                conn.sendall(ANSWER)  # no "Connection: close": the client keeps it alive
                conn.recv(4096)  # the next request on the kept-alive connection
            _reset(conn)
        except OSError:
            conn.close()


def _server(answer_first: bool) -> Iterator[DroppingServer]:
    server = DroppingServer(answer_first=answer_first)
    server.thread.start()
    yield server
    server.stop.set()
    server.thread.join(timeout=2)
    server.sock.close()


@pytest.fixture
def dropping() -> Iterator[DroppingServer]:
    yield from _server(True)


@pytest.fixture
def refusing() -> Iterator[DroppingServer]:
    yield from _server(False)


def test_fetch_asks_again_when_a_kept_alive_connection_was_dropped(
    settings: Settings, dropping: DroppingServer
) -> None:
    with Fetcher(settings.with_overrides(fetch_timeout=5.0, allow_private=True)) as fetcher:
        assert fetcher.get(dropping.url).body == b"hello"
        assert fetcher.get(dropping.url).body == b"hello"  # the first connection was reset
    assert dropping.connections == 2


def test_fetch_gives_one_reason_when_every_connection_is_dropped(
    settings: Settings, refusing: DroppingServer
) -> None:
    with (
        Fetcher(settings.with_overrides(fetch_timeout=5.0, allow_private=True)) as fetcher,
        pytest.raises(FetchError) as e,
    ):
        fetcher.get(refusing.url)
    assert e.value.reason == "unreachable"
    assert "\n" not in str(e.value)
    assert refusing.connections == 2  # asked once more, not forever

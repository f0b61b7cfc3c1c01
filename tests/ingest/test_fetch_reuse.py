"""A server that silently closed a kept-alive connection does not fail the next fetch: the fetcher
asks once more on a fresh connection (a GET, within the same deadline).  Found when CI failed on
2026-12-05 (a reused connection reset by the test's own server).  A server that drops every
connection still gives one 'unreachable' reason; a garbled answer or a cut body is not asked again."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

import pytest

from geowire.errors import FetchError
from geowire.ingest.fetch import Fetcher
from geowire.settings import Settings

from .conftest import RawSocketServer

Handler = Callable[[socket.socket, threading.Event], None]
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (linger 0), as a server dropping an idle connection may."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def answer_then_reset(conn: socket.socket, stop: threading.Event) -> None:
    """Answers the first request (no "Connection: close": the client keeps the connection) and
    resets the connection when it is asked again on it."""
    conn.recv(4096)
    conn.sendall(ANSWER)
    conn.recv(4096)
    _reset(conn)


def reset_at_once(conn: socket.socket, stop: threading.Event) -> None:
    conn.recv(4096)
    _reset(conn)


def garbled(conn: socket.socket, stop: threading.Event) -> None:
    conn.recv(4096)
    conn.sendall(b"NOT HTTP AT ALL\r\n\r\n")


def cut_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.recv(4096)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nhalf")
    _reset(conn)


@pytest.fixture
def fetcher(settings: Settings) -> Fetcher:
    return Fetcher(settings.with_overrides(fetch_timeout=5.0, allow_private=True))


def test_fetch_asks_again_when_a_kept_alive_connection_was_dropped(fetcher: Fetcher) -> None:
    with RawSocketServer(answer_then_reset) as server, fetcher:
        assert fetcher.get(server.url()).body == b"hello"
        assert fetcher.get(server.url()).body == b"hello"  # the first connection was reset
    assert server.connections == 2


def test_fetch_gives_one_reason_when_every_connection_is_dropped(fetcher: Fetcher) -> None:
    with RawSocketServer(reset_at_once) as server, fetcher, pytest.raises(FetchError) as e:
        fetcher.get(server.url())
    assert e.value.reason == "unreachable"
    assert "\n" not in str(e.value)
    assert server.connections == 2  # asked once more, not forever


@pytest.mark.parametrize("handler", [garbled, cut_body], ids=["garbled-answer", "cut-body"])
def test_fetch_does_not_ask_again_after_an_answer(fetcher: Fetcher, handler: Handler) -> None:
    with RawSocketServer(handler) as server, fetcher, pytest.raises(FetchError) as e:
        fetcher.get(server.url())
    assert e.value.reason == "unreachable"
    assert server.connections == 1

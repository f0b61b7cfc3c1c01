"""A fetch has one total deadline — connect, headers, body (issue 14) — and the address check
unwraps the IPv4 address inside IPv6 forms (NAT64, 6to4, IPv4-compatible) and refuses site-local."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from geowire.errors import FetchError
from geowire.ingest.fetch import Fetcher, is_public_address
from geowire.settings import Settings

from .conftest import RawSocketServer


class Trickle:
    """Answers every connection with ``payload``, one byte every ``gap`` s."""

    def __init__(self, payload: bytes, gap: float) -> None:
        self.payload, self.gap = payload, gap

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(4096)
        for byte in self.payload:
            if stop.wait(self.gap):
                return
            conn.sendall(bytes([byte]))


@pytest.fixture
def trickle() -> Iterator[tuple[Trickle, str]]:
    handler = Trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello", 0.1)
    with RawSocketServer(handler) as server:
        yield handler, server.url("/slow")


def test_fetch_issue14_headers_sent_a_byte_at_a_time_are_cut_at_the_deadline(
    settings: Settings, trickle: tuple[Trickle, str]
) -> None:
    _, url = trickle
    quick = settings.with_overrides(fetch_timeout=0.8, allow_private=True)
    started = time.monotonic()
    with Fetcher(quick) as fetcher, pytest.raises(FetchError) as e:
        fetcher.get(url)  # ~8 s to send everything; every byte comes well within 0.8 s
    elapsed = time.monotonic() - started
    assert e.value.reason == "timeout"
    assert elapsed < 2.0, elapsed


def test_fetch_deadline_does_not_cut_a_quick_answer(settings: Settings, trickle: tuple[Trickle, str]) -> None:
    handler, url = trickle
    handler.gap = 0.0
    with Fetcher(settings.with_overrides(fetch_timeout=5.0, allow_private=True)) as fetcher:
        assert fetcher.get(url).body == b"hello"
        assert fetcher.get(url).body == b"hello"  # the deadline is per fetch


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "64:ff9b:1::a9fe:a9fe",  # local-use NAT64 prefix
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
        "::127.0.0.1",  # IPv4-compatible loopback
        "::10.1.2.3",  # IPv4-compatible private
        "::ffff:169.254.169.254",  # IPv4-mapped link-local
        "fec0::1",  # site-local
        "2001::1",  # Teredo
        "::",
        "not an address",
    ],
)
def test_fetch_issue14_wrapped_private_addresses_are_refused(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:5db8:d822::1", "2606:4700::1111", "8.8.8.8"])
def test_fetch_wrapped_public_addresses_are_allowed(address: str) -> None:
    assert is_public_address(address)

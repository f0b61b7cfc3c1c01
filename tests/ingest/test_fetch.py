"""Safe fetching: schemes, private addresses (also on redirects), status, caps, User-Agent."""

import httpx
import pytest

from geowire.errors import FetchError, UnsafeURLError
from geowire.ingest.fetch import Fetcher, check_url, is_public_address
from geowire.settings import Settings

from .conftest import LocalServer


def public_resolver(host: str, port: int) -> list[str]:
    return {"news.example": ["93.184.216.34"], "internal.example": ["10.1.2.3"]}.get(host, ["127.0.0.1"])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.5",
        "172.16.3.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_fetch_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public_address(address)


def test_fetch_public_address_is_allowed() -> None:
    assert is_public_address("93.184.216.34")
    check_url("https://news.example/a", allow_private=False, resolver=public_resolver)


@pytest.mark.parametrize(
    "url", ["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)", "http:///x"]
)
def test_fetch_unsafe_schemes_and_hostless_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_url(url, allow_private=True, resolver=public_resolver)


def test_fetch_host_resolving_to_private_address_is_refused() -> None:
    with pytest.raises(UnsafeURLError, match="non-public"):
        check_url("http://internal.example/", allow_private=False, resolver=public_resolver)
    with pytest.raises(UnsafeURLError):
        check_url("http://localhost:8080/", allow_private=False)  # real resolution


def test_fetch_redirect_to_private_address_is_refused(settings: Settings) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"location": "http://internal.example/admin"})

    with Fetcher(settings, transport=httpx.MockTransport(handler), resolver=public_resolver) as fetcher:
        with pytest.raises(UnsafeURLError):
            fetcher.get("http://news.example/story")
    assert seen == ["http://news.example/story"]  # the private target was never requested


def test_fetch_follows_public_redirect_and_sends_user_agent(settings: Settings) -> None:
    agents: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/new"})
        return httpx.Response(200, text="Body", headers={"content-type": "text/plain; charset=utf-8"})

    with Fetcher(settings, transport=httpx.MockTransport(handler), resolver=public_resolver) as fetcher:
        got = fetcher.get("https://news.example/old")
    assert got.url == "https://news.example/new" and got.body == b"Body" and got.content_type == "text/plain"
    assert agents == [settings.user_agent] * 2 and agents[0].startswith("geowire/")


def test_fetch_redirect_loop_stops(settings: Settings) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(302, headers={"location": "/again"}))
    with Fetcher(settings, transport=transport, resolver=public_resolver) as fetcher:
        with pytest.raises(FetchError, match="redirects"):
            fetcher.get("https://news.example/again")


def test_fetch_byte_cap_and_http_status(settings: Settings, http_server: LocalServer) -> None:
    small = settings.with_overrides(fetch_max_bytes=100, allow_private=True)
    big = http_server.add("/big", b"x" * 1000, content_type="text/plain")
    missing = http_server.url("/missing")
    with Fetcher(small) as fetcher:
        with pytest.raises(FetchError) as e1:
            fetcher.get(big)
        with pytest.raises(FetchError) as e2:
            fetcher.get(missing)
    assert e1.value.reason == "too-large"
    assert (e2.value.reason, str(e2.value)) == ("http-status", "HTTP 404")


def test_fetch_timeout_and_unreachable(settings: Settings, http_server: LocalServer) -> None:
    quick = settings.with_overrides(fetch_timeout=0.3, allow_private=True)
    slow = http_server.add("/slow", "late", delay=1.5)
    with Fetcher(quick) as fetcher:
        with pytest.raises(FetchError) as e1:
            fetcher.get(slow)
        with pytest.raises(FetchError) as e2:
            fetcher.get("http://127.0.0.1:9/closed")
    assert e1.value.reason == "timeout"
    assert e2.value.reason == "unreachable"

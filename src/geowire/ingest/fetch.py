"""Safe HTTP fetching: http(s) only, public addresses only (checked after DNS resolution and on
every redirect) unless ``allow_private``, a timeout, a byte cap and an honest User-Agent.

Known limit: the address is checked on our own resolution; a hostile DNS server answering
differently to httpx a moment later (DNS rebinding) is not prevented.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from geowire.errors import FetchError, UnsafeURLError
from geowire.settings import Settings
from geowire.types import Reason

Resolver = Callable[[str, int], list[str]]
ALLOWED_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Fetched:
    """A fetched response body (complete, within the byte cap)."""

    url: str  # the final URL after redirects
    status: int
    content_type: str  # lower-cased media type without parameters, '' when absent
    charset: str | None
    body: bytes


def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local, shared, reserved, multicast and unspecified."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_private: bool, resolver: Resolver = resolve_host) -> None:
    """Raise :class:`UnsafeURLError` unless ``url`` is http(s) to a public address (or private is
    allowed); :class:`FetchError` (unreachable) when the host does not resolve."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"scheme '{parts.scheme}' refused, only http and https are fetched")
    host = parts.hostname
    if not host:
        raise UnsafeURLError("URL has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as e:
        raise UnsafeURLError(f"bad port: {e}") from e
    if allow_private:
        return
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as e:
        raise FetchError(f"cannot resolve {host}", reason=Reason.UNREACHABLE.value) from e
    private = [a for a in addresses if not is_public_address(a)]
    if private or not addresses:
        raise UnsafeURLError(
            f"{host} resolves to a non-public address {', '.join(private)} (use --allow-private to fetch it)"
        )


class Fetcher:
    """Fetches URLs with the safety rules above. Use as a context manager (closes its client)."""

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = resolve_host,
    ) -> None:
        self.settings = settings
        self._resolver = resolver
        self._client = httpx.Client(
            transport=transport,
            timeout=settings.fetch_timeout,
            headers={"User-Agent": settings.user_agent},
            follow_redirects=False,
        )

    def get(self, url: str) -> Fetched:
        """Fetch ``url`` following at most ``fetch_max_redirects`` checked redirects."""
        for _ in range(self.settings.fetch_max_redirects + 1):
            check_url(url, allow_private=self.settings.allow_private, resolver=self._resolver)
            result = self._get_once(url)
            if isinstance(result, Fetched):
                return result
            url = result
        raise FetchError(
            f"more than {self.settings.fetch_max_redirects} redirects", reason=Reason.HTTP_STATUS.value
        )

    def _get_once(self, url: str) -> Fetched | str:
        """A :class:`Fetched`, or the next URL when the response is a redirect."""
        deadline = time.monotonic() + self.settings.fetch_timeout
        try:
            with self._client.stream("GET", url) as resp:
                if resp.is_redirect and "location" in resp.headers:
                    return urljoin(str(resp.url), resp.headers["location"])
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code}", reason=Reason.HTTP_STATUS.value)
                body = self._read_capped(resp, deadline)
                media = resp.headers.get("content-type", "").split(";", 1)[0].strip().lower()
                return Fetched(
                    url=str(resp.url),
                    status=resp.status_code,
                    content_type=media,
                    charset=resp.charset_encoding,
                    body=body,
                )
        except httpx.TimeoutException as e:
            raise FetchError(
                f"no answer within {self.settings.fetch_timeout:g}s", reason=Reason.TIMEOUT.value
            ) from e
        except httpx.HTTPError as e:
            raise FetchError(f"{type(e).__name__}: {e}".rstrip(": "), reason=Reason.UNREACHABLE.value) from e

    def _read_capped(self, resp: httpx.Response, deadline: float) -> bytes:
        cap = self.settings.fetch_max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"body of {declared} bytes exceeds {cap}", reason=Reason.TOO_LARGE.value)
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"body exceeds {cap} bytes", reason=Reason.TOO_LARGE.value)
            if time.monotonic() > deadline:
                raise FetchError(
                    f"body not complete within {self.settings.fetch_timeout:g}s", reason=Reason.TIMEOUT.value
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

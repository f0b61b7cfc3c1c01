"""Safe HTTP fetching: http(s) only, public addresses only (checked after DNS resolution and on
every redirect) unless ``allow_private``, a total deadline, a byte cap and an honest User-Agent.

The deadline (``fetch_timeout``) covers the whole fetch — connecting, the headers, the body and
every redirect: each socket read, write and connect is given only the time left (a network
backend under httpx), so a server that sends its headers a byte a second is cut off at the
deadline, not kept alive by each byte.  An address is public when :func:`is_public_address`
says so after unwrapping the IPv4 address that IPv6 forms carry (IPv4-mapped, IPv4-compatible,
6to4, NAT64).

Known limits: the address is checked on our own resolution; a hostile DNS server answering
differently to httpx a moment later (DNS rebinding) is not prevented.  DNS resolution itself is
not under the deadline.  Proxies from the environment are not used (every connection is ours).
"""

from __future__ import annotations

import contextvars
import ipaddress
import socket
import ssl
import time
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
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


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # well-known prefix: the last 32 bits are IPv4
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")  # local-use NAT64: never public
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for: IPv4-mapped (``::ffff:a.b.c.d``),
    IPv4-compatible (``::a.b.c.d``), 6to4 (``2002:AABB:CCDD::``) or NAT64 (``64:ff9b::a.b.c.d``)."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (int(ip) >> 32 == 0 and int(ip) > 1):  # ::, ::1 are themselves
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local, site-local, shared, reserved, multicast and
    unspecified addresses — also when wrapped in an IPv6 form (see :func:`embedded_ipv4`)."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL or ip.is_site_local or ip.teredo is not None:
            return False
        inner = embedded_ipv4(ip)
        if inner is not None:
            ip = inner
    refused = ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
    return ip.is_global and not (refused or ip.is_multicast or ip.is_unspecified)


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


_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "geowire_fetch_deadline", default=None
)


def _time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to what is left before the current fetch's deadline; ``error`` when none is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("fetch deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write gets only the time left of the fetch."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connections bounded by the current fetch's deadline."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(super().connect_tcp(host, port, left, local_address, socket_options))


def deadline_transport() -> httpx.HTTPTransport:
    """An httpx transport whose connections honour the fetch deadline (see the module doc)."""
    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(  # noqa: SLF001 (httpx has no public hook for this)
        ssl_context=httpx.create_ssl_context(), network_backend=_DeadlineBackend()
    )
    return transport


def _dropped(error: httpx.HTTPError) -> bool:
    """Whether ``error`` says the server closed or reset the connection (a stale kept-alive one)
    rather than answering wrongly: a reset on read or write, or a close before any response.  A
    garbled answer ("illegal status line") is not asked again."""
    if isinstance(error, httpx.ReadError | httpx.WriteError):
        return True
    # httpcore's text for a close before any response ("Server disconnected without sending a
    # response."): no exception type of its own tells it from a garbled answer
    return isinstance(error, httpx.RemoteProtocolError) and "without sending" in str(error)


class _DroppedBeforeAnswer(Exception):
    """The connection closed or was reset before any response arrived; carries the error to raise
    when asking again does not help."""

    def __init__(self, error: FetchError) -> None:
        super().__init__(str(error))
        self.error = error


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
            transport=transport or deadline_transport(),
            timeout=settings.fetch_timeout,
            headers={"User-Agent": settings.user_agent},
            follow_redirects=False,
        )

    def get(self, url: str) -> Fetched:
        """Fetch ``url`` following at most ``fetch_max_redirects`` checked redirects, all within
        one deadline of ``fetch_timeout`` seconds."""
        deadline = time.monotonic() + self.settings.fetch_timeout
        token = _DEADLINE.set(deadline)
        try:
            for _ in range(self.settings.fetch_max_redirects + 1):
                check_url(url, allow_private=self.settings.allow_private, resolver=self._resolver)
                result = self._get_retrying(url, deadline)
                if isinstance(result, Fetched):
                    return result
                url = result
        finally:
            _DEADLINE.reset(token)
        raise FetchError(
            f"more than {self.settings.fetch_max_redirects} redirects", reason=Reason.HTTP_STATUS.value
        )

    def _get_retrying(self, url: str, deadline: float) -> Fetched | str:
        """:meth:`_get_once`, asked once more on a fresh connection when the server dropped the
        connection before answering — a kept-alive connection the server had already closed
        (servers close idle connections without saying so). GET is idempotent; the retry stays
        within the same deadline."""
        try:
            return self._get_once(url, deadline)
        except _DroppedBeforeAnswer as e:
            if time.monotonic() >= deadline:
                raise e.error from e.__cause__
            try:
                return self._get_once(url, deadline)
            except _DroppedBeforeAnswer as again:
                raise again.error from again.__cause__

    def _get_once(self, url: str, deadline: float) -> Fetched | str:
        """A :class:`Fetched`, or the next URL when the response is a redirect."""
        answered = False
        try:
            with self._client.stream("GET", url) as resp:
                answered = True
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
                f"not complete within {self.settings.fetch_timeout:g}s", reason=Reason.TIMEOUT.value
            ) from e
        except httpx.HTTPError as e:
            error = FetchError(f"{type(e).__name__}: {e}".rstrip(": "), reason=Reason.UNREACHABLE.value)
            if not answered and _dropped(e):
                raise _DroppedBeforeAnswer(error) from e
            raise error from e

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

"""Articles from URLs: fetched over http(s) only, from public addresses only, within a byte cap
and a time limit, and read like any file (geokg.ingest.readers.read_bytes).

A URL given to `geokg ingest` may come from anyone's feed or list, so fetching it must not
reach the machine itself, its network or a cloud metadata service (169.254.169.254): every
host's resolved addresses are checked before connecting, and redirects are followed by hand
so that each hop is checked the same way. The connection itself goes through `_CheckedBackend`,
which resolves the host, checks the addresses and connects to one of exactly those: a DNS
rebinding host, public when checked and loopback when httpx would have resolved it again, is
refused.
"""

import ipaddress
import socket
import ssl
import time
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from geokg.ingest.errors import IngestError
from geokg.ingest.readers import Document, read_bytes
from geokg.ingest.settings import get_ingest_settings

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0  # seconds for the whole fetch, redirects and body included
USER_AGENT = "geokg/0.1 (+https://github.com/geokg)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Fetched:
    """A page's bytes, and the URL they finally came from."""

    url: str
    data: bytes
    content_type: str


def is_url(value: str) -> bool:
    """Whether a command-line argument names a URL rather than a path."""
    return "://" in value or value.lower().startswith(("http:", "https:", "file:"))


def check_target(url: str, allow_private: Collection[str] = ()) -> list[str]:
    """The addresses `url`'s host resolves to; IngestError if any may not be fetched.

    Refused: any scheme but http/https, and hosts resolving to loopback, private, link-local,
    multicast, reserved, unspecified or shared (carrier NAT) addresses. `allow_private` names
    addresses let through all the same, for tests against a local server only (each other
    address, and every hop of a redirect, is still checked); the CLI never sets it.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise IngestError(url, f"refused: scheme {parts.scheme or '(none)'!r}, only http and https")
    host = parts.hostname
    if not host:
        raise IngestError(url, "refused: no host in the URL")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        return _resolve_checked(host, port, allow_private)
    except _Refused as exc:
        raise IngestError(url, exc.problem) from None
    except ValueError as exc:  # a port out of range
        raise IngestError(url, f"cannot resolve host {host!r}: {exc}") from None


class _Refused(Exception):
    """A host that may not be fetched, found while resolving it."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _resolve_checked(host: str, port: int, allow_private: Collection[str]) -> list[str]:
    """The host's addresses, each one public (or allowed); _Refused otherwise."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise _Refused(f"cannot resolve host {host!r}: {exc}") from None
    addresses = sorted({str(info[4][0]) for info in infos})
    for address in addresses:
        reason = None if address in allow_private else _non_public(address)
        if reason:
            raise _Refused(f"refused: {host} resolves to {reason} address {address}")
    return addresses


class _CheckedBackend(httpcore.NetworkBackend):
    """httpcore's network layer, connecting only to addresses it has just resolved and checked.

    httpcore hands the URL's host name to `connect_tcp` and uses it again for TLS (SNI and
    certificate check) and the Host header, so connecting to the checked IP here keeps https
    intact while no second name lookup can change the address.
    """

    def __init__(self, allow_private: Collection[str]) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """A connection to the first of the host's checked addresses that answers."""
        failure: httpcore.ConnectError | None = None
        for address in _resolve_checked(host, port, self._allow_private):
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure or httpcore.ConnectError(f"no address for {host!r}")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Never: a fetched URL names a host, not a socket file."""
        raise httpcore.ConnectError("refused: a Unix socket is not a public address")

    def sleep(self, seconds: float) -> None:
        """As httpcore's own backend (between connection retries)."""
        self._inner.sleep(seconds)


class _CheckedTransport(httpx.HTTPTransport):
    """httpx's transport over `_CheckedBackend`."""

    def __init__(
        self, allow_private: Collection[str], ssl_context: ssl.SSLContext | None = None
    ) -> None:
        super().__init__(trust_env=False)
        # httpx takes no network backend; its pool is rebuilt with one, as httpx's defaults.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=httpx.Limits().max_connections,
            network_backend=_CheckedBackend(allow_private),
        )


def _non_public(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped  # ::ffff:127.0.0.1 is loopback
    # Most specific first: 169.254.0.0/16 is also "private" to the ipaddress module.
    for name in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    # Shared (100.64.0.0/10), documentation and other special ranges: not on the Internet.
    return None if ip.is_global else "non-global"


def fetch(
    url: str,
    *,
    max_bytes: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: Collection[str] = (),
) -> Fetched:
    """GET `url`, following up to MAX_REDIRECTS redirects, each hop checked by check_target.

    The body is streamed and the fetch stops as soon as it passes `max_bytes` (default
    IngestSettings.max_article_bytes) or the whole fetch passes `timeout` seconds.
    """
    limit = max_bytes or get_ingest_settings().max_article_bytes
    deadline = time.monotonic() + timeout
    current = url
    # The per-operation timeouts of httpx bound each read; the deadline bounds a server that
    # drips a byte at a time, which never trips a per-read timeout.
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        trust_env=False,  # a proxy from the environment would hide the real target
        transport=_CheckedTransport(allow_private),
    ) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                check_target(current, allow_private)
            except IngestError as exc:
                if current == url:
                    raise
                raise IngestError(url, f"redirect to {current}: {exc.problem}") from None
            try:
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location")
                        if not location:
                            raise IngestError(
                                url, f"redirect {response.status_code} without Location"
                            )
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise IngestError(url, f"HTTP {response.status_code} from {current}")
                    data = _read_capped(response, url, limit, deadline)
                    return Fetched(current, data, response.headers.get("content-type", ""))
            except _Refused as exc:  # the name resolved to another address when connecting
                hop = "" if current == url else f"redirect to {current}: "
                raise IngestError(url, f"{hop}{exc.problem} when connecting") from None
            except httpx.TimeoutException:
                raise IngestError(url, f"timed out after {timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise IngestError(url, f"fetch failed: {type(exc).__name__}: {exc}") from None
    raise IngestError(url, f"more than {MAX_REDIRECTS} redirects")


def _read_capped(response: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise IngestError(url, f"page of {declared} bytes is over the per-article limit of {limit}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise IngestError(url, f"page is over the per-article limit of {limit} bytes")
        if time.monotonic() > deadline:
            raise IngestError(url, "timed out reading the page")
        chunks.append(chunk)
    return b"".join(chunks)


def read_url(url: str, *, allow_private: Collection[str] = ()) -> Iterator[Document | IngestError]:
    """The articles at `url`; a refused or failed fetch is one IngestError naming the URL."""
    try:
        page = fetch(url, allow_private=allow_private)
        # The URL finally fetched, after redirects, is the article's id: stable across runs.
        yield from read_bytes(page.data, url, {"url": page.url})
    except IngestError as exc:
        yield exc

"""Fetching articles from URLs: only http(s), only public addresses (after every redirect too),
within a byte cap and a time limit. No Internet: a local server plays the web, reachable only
through the tests-only `allow_private` list (127.0.0.1 only) that the CLI never sets."""

import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
import trustme

from geokg.ingest.errors import IngestError
from geokg.ingest.fetch import _CheckedTransport, _Refused, check_target, fetch, read_url
from geokg.ingest.readers import Document

LOCAL = ("127.0.0.1",)
SENTENCE = (
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
    "with officials saying this is for security reasons."
)
PAGE = f"""<html><head><title>Mahan Air banned</title>
<meta property="article:published_time" content="2019-01-21T10:00:00Z"></head>
<body><article><h1>Mahan Air banned</h1><p>{SENTENCE}</p></article></body></html>""".encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            self._send(200, PAGE)
        elif self.path.startswith("/redirect-to/"):
            self.send_response(302)
            self.send_header("Location", self.path.removeprefix("/redirect-to/"))
            self.end_headers()
        elif self.path == "/relative-redirect":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/huge":  # no Content-Length: only streaming can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(10_000):
                    self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
            except OSError:
                pass  # the client stopped reading, as it should
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>drip</p>")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif self.path == "/missing":
            self._send(404, b"not here")
        else:
            self._send(500, b"?")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://127.0.0.1:{port}/article", "loopback address 127.0.0.1"),
        ("http://localhost:{port}/article", "loopback address"),
        ("http://[::1]:{port}/article", "loopback address ::1"),
        ("http://[::ffff:127.0.0.1]:{port}/", "loopback address"),
        ("http://0.0.0.0:{port}/", "unspecified address"),
        ("http://10.0.0.1/", "private address 10.0.0.1"),
        ("http://192.168.1.1/", "private address"),
        ("http://172.16.0.1/", "private address"),
        ("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254"),
        ("http://[fe80::1]/", "link-local"),
        ("http://224.0.0.1/", "multicast address"),
        ("http://240.0.0.1/", "reserved address"),
        ("http://100.64.0.1/", "non-global address"),
        ("http://2130706433/", "loopback address 127.0.0.1"),  # 127.0.0.1 as one number
        ("file:///etc/passwd", "scheme 'file', only http and https"),
        ("ftp://example.org/a", "scheme 'ftp'"),
        ("gopher://127.0.0.1:70/", "scheme 'gopher'"),
        ("http:///no-host", "no host"),
    ],
)
def test_refused_targets(server: str, url: str, problem: str) -> None:
    url = url.format(port=server.rsplit(":", 1)[1])
    with pytest.raises(IngestError) as caught:
        fetch(url)
    assert problem in caught.value.problem
    assert caught.value.source == url
    [error] = list(read_url(url))  # the reader's form: one error naming the URL, no raise
    assert isinstance(error, IngestError) and error.source == url


def test_a_redirect_to_loopback_is_refused_at_the_hop(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    hop = f"{server}/redirect-to/http://127.0.0.1:{port}/article"
    with pytest.raises(IngestError) as caught:
        fetch(hop)  # as the CLI fetches: the local server itself is refused
    assert "loopback address 127.0.0.1" in caught.value.problem
    # 127.0.0.1 stands for a public server here: each hop it redirects to is checked anew.
    for target, problem in [
        (f"http://127.0.0.2:{port}/article", "loopback address 127.0.0.2"),
        (f"http://[::1]:{port}/article", "loopback address ::1"),
        ("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254"),
        ("http://10.0.0.1/", "private address 10.0.0.1"),
        ("file:///etc/passwd", "scheme 'file'"),
    ]:
        with pytest.raises(IngestError) as caught:
            fetch(f"{server}/redirect-to/{target}", allow_private=LOCAL)
        assert problem in caught.value.problem, caught.value
        assert caught.value.source == f"{server}/redirect-to/{target}"


def test_the_cli_guard_never_allows_private() -> None:
    with pytest.raises(IngestError):
        check_target("http://127.0.0.1/")
    assert check_target("http://127.0.0.1/", allow_private=LOCAL) == ["127.0.0.1"]
    with pytest.raises(IngestError):
        check_target("http://127.0.0.2/", allow_private=LOCAL)


def test_a_page_is_fetched_and_read(server: str) -> None:
    [doc] = list(read_url(f"{server}/relative-redirect", allow_private=LOCAL))
    assert isinstance(doc, Document), doc
    assert doc.text == f"Mahan Air banned\n\n{SENTENCE}" or SENTENCE in doc.text
    assert doc.source == f"{server}/relative-redirect"
    assert doc.id == f"{server}/article"  # where the redirect led
    assert doc.published_at.year == 2019


def test_the_byte_cap_stops_a_stream(server: str) -> None:
    start = time.perf_counter()
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/huge", max_bytes=100_000, allow_private=LOCAL)
    assert "over the per-article limit of 100000" in caught.value.problem
    assert time.perf_counter() - start < 10  # stopped early, not after 40 MB
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/huge-declared", max_bytes=100_000, allow_private=LOCAL)
    assert "page of 50000000 bytes" in caught.value.problem


def test_the_timeout_holds_for_a_dripping_server(server: str) -> None:
    start = time.perf_counter()
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/slow", timeout=1.0, allow_private=LOCAL)
    assert "timed out" in caught.value.problem
    assert time.perf_counter() - start < 5  # the server would drip for 20 s


def test_http_errors_and_redirect_loops_name_the_url(server: str) -> None:
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/missing", allow_private=LOCAL)
    assert caught.value.problem.startswith("HTTP 404")
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/loop", allow_private=LOCAL)
    assert "more than 5 redirects" in caught.value.problem


class Recorder(BaseHTTPRequestHandler):
    """A loopback service (a rebinding name's target): it notes each request's path and Host."""

    hits: ClassVar[list[str]] = []
    hosts: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.hits.append(self.path)
        Recorder.hosts.append(self.headers["Host"])
        self.send_response(200)
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def internal() -> Iterator[int]:
    """A real HTTP server on 127.0.0.2, an address no test allows: the rebinding target."""
    httpd = ThreadingHTTPServer(("127.0.0.2", 0), Recorder)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Recorder.hits.clear()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def rebinding(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`rebind.example` resolves to a public address once, then to 127.0.0.2 (DNS rebinding)."""
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        address = "93.184.215.14" if not lookups else "127.0.0.2"
        lookups.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port)))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups


def test_a_name_that_rebinds_to_loopback_is_refused_when_connecting(
    internal: int, rebinding: list[str]
) -> None:
    url = f"http://rebind.example:{internal}/secret"
    with pytest.raises(IngestError) as caught:
        fetch(url, timeout=5)
    assert rebinding == ["93.184.215.14", "127.0.0.2"]  # checked public, then rebound
    assert "loopback address 127.0.0.2 when connecting" in caught.value.problem
    assert caught.value.source == url
    assert Recorder.hits == []  # nothing reached the internal service


def test_a_redirect_hop_that_rebinds_is_refused_when_connecting(
    server: str, internal: int, rebinding: list[str]
) -> None:
    target = f"http://rebind.example:{internal}/secret"
    with pytest.raises(IngestError) as caught:
        fetch(f"{server}/redirect-to/{target}", timeout=5, allow_private=LOCAL)
    assert f"redirect to {target}: refused: rebind.example resolves to loopback address" in (
        caught.value.problem
    )
    assert Recorder.hits == []


def test_the_internal_server_is_real(internal: int) -> None:
    # The refusals above are the check's doing: the same server answers an allowed fetch.
    page = fetch(f"http://127.0.0.2:{internal}/open", allow_private=("127.0.0.2",))
    assert page.data == PAGE and Recorder.hits == ["/open"]


@pytest.fixture
def https_news(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, ssl.SSLContext]]:
    """https://news.example on a loopback TLS server whose certificate names news.example.

    Yields the URL and a client context trusting the test CA; Recorder notes the requests.
    """
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("news.example").configure_cert(server_context)
    Recorder.hosts.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    httpd.socket = server_context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "news.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", int(port)))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    yield f"https://news.example:{httpd.server_address[1]}/article", client_context
    httpd.shutdown()
    httpd.server_close()


def test_https_to_the_checked_address_keeps_the_name_for_tls_and_host(
    https_news: tuple[str, ssl.SSLContext],
) -> None:
    url, context = https_news
    transport = _CheckedTransport(LOCAL, ssl_context=context)
    with httpx.Client(transport=transport) as client:
        response = client.get(url)
    # Connected to 127.0.0.1, yet the certificate was checked for news.example (SNI), and the
    # request named it.
    assert response.status_code == 200 and response.content == PAGE
    assert Recorder.hosts == [url.split("/")[2]]
    refusing = httpx.Client(transport=_CheckedTransport((), ssl_context=context))
    with refusing, pytest.raises(_Refused, match="news.example resolves to loopback address"):
        refusing.get(url)
    assert len(Recorder.hosts) == 1

"""The API with Neo4j cut off answers 503, then recovers by itself when Neo4j is back.

A TCP proxy between the driver and the real Neo4j plays the outage: cutting it drops every
open connection and refuses new ones, as a stopped server or a broken network would.
"""

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j_support import serve_from

from geokg.app.main import create_app
from geokg.graph.db import connect
from geokg.graph.settings import Neo4jSettings


class CuttableProxy:
    """Forwards loopback connections to Neo4j's Bolt port until cut."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.up = True
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return  # closed
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.upstream)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up = False
        with self._lock:
            conns, self._conns = self._conns, []
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self._server.close()


@pytest.fixture
def proxied(
    corpus_graph: Driver, neo4j_settings: Neo4jSettings
) -> Iterator[tuple[Driver, Neo4jSettings, CuttableProxy]]:
    where = urlsplit(neo4j_settings.uri)
    proxy = CuttableProxy((where.hostname or "127.0.0.1", where.port or 7687))
    # bolt:// (direct): neo4j:// would learn the server's own address and bypass the proxy.
    through = neo4j_settings.model_copy(
        update={
            "uri": f"bolt://127.0.0.1:{proxy.port}",
            "connection_timeout": 2.0,
            "retry_time": 1.0,
        }
    )
    driver = connect(through)
    yield driver, through, proxy
    driver.close()
    proxy.close()


def test_api_answers_503_while_neo4j_is_away_and_recovers(
    proxied: tuple[Driver, Neo4jSettings, CuttableProxy],
) -> None:
    driver, through, proxy = proxied
    client = TestClient(serve_from(create_app(), driver, through))
    search = {"q": "kim"}
    assert client.get("/entities", params=search).status_code == 200

    proxy.cut()
    for path in ("/entities", "/stats", "/ready"):
        response = client.get(path, params=search)
        assert response.status_code == 503, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/health").json()["neo4j_reachable"] is False

    proxy.restore()
    deadline = time.monotonic() + 30
    while (status := client.get("/entities", params=search).status_code) != 200:
        assert status == 503 and time.monotonic() < deadline, status
        time.sleep(0.5)
    items = client.get("/entities", params=search).json()["items"]
    assert items[0]["entity"]["id"] == "person:kim-jong-un"
    assert client.get("/health").json()["neo4j_reachable"] is True

"""Security of the read API on a real Neo4j holding the corpus: Cypher-injection payloads through
every string parameter of every GET route, caps on path length and result size, the server-side
query timeout, and the local Neo4j bound to loopback.

The routes and their parameters come from the app itself (its OpenAPI and its route table), so
a route added later is attacked too without editing this file.
"""

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j.exceptions import ClientError
from neo4j_support import run_async, serve_from

from geokg.app.main import app
from geokg.graph import reads
from geokg.graph.db import connect_async
from geokg.graph.local_server import _layout, _write_config
from geokg.graph.settings import Neo4jSettings, get_settings

PAYLOADS = [
    "') RETURN 1 //",
    'x"}) MATCH (n) DETACH DELETE n //',
    "x' OR 1=1 WITH 1 AS a MATCH (n) DETACH DELETE n RETURN 1 //",
    "'}) CALL { MATCH (n) DETACH DELETE n } RETURN 1 //",
    "` MATCH (n) SET n.pwned = true //",
    "person:kim-jong-un'}) MERGE (x:Entity {id:'pwned'}) //",
    "$id",
    "*:*",
    "kim~ OR \\",
    "name:/.*/",
    "MEETS]->() DETACH DELETE n //",
    "MEETS|PWNED",
    "Country:Pwned",
    "../../../etc/passwd",
    "%00\x00nul",
    "\u202e\ufeff\U0001f4a3",
    "1; DROP DATABASE neo4j",
    "CALL dbms.killQueries([])",
]
# Values of the required parameters that are not under attack: real entities of the corpus.
VALID = {"entity_id": "person:kim-jong-un", "from": "person:kim-jong-un", "to": "country:UKR",
         "entity": "person:kim-jong-un", "article_id": "https://www.viewworld.org/?p=2787"}  # fmt: skip


REQUIRED = {"/paths": ("from", "to"), "/timeline": ("entity",), "/graph": ("entity",)}


def _is_string(schema: dict[str, Any]) -> bool:
    kinds = [schema.get("type")] + [s.get("type") for s in schema.get("anyOf", [])]
    has_ref = "$ref" in schema or any("$ref" in s for s in schema.get("anyOf", []))
    return "string" in kinds or has_ref  # a $ref here is an enum of strings (kind, modality)


def _targets() -> list[tuple[str, str, str]]:
    """(path template, parameter name, 'query' or 'path') for every string GET parameter."""
    found = []
    for path, ops in app.openapi()["paths"].items():
        for param in ops.get("get", {}).get("parameters", []):
            if _is_string(param["schema"]):
                found.append((path, param["name"], param["in"]))
    documented = {path for path, _, _ in found}
    for route in app.routes:  # the explorer's routes are left out of the OpenAPI
        if isinstance(route, APIRoute) and "GET" in route.methods and route.path not in documented:
            for name in route.param_convertors:
                found.append((route.path, name, "path"))
    return sorted(set(found))


TARGETS = _targets()


def test_the_attack_covers_every_route_with_string_parameters() -> None:
    attacked = {path for path, _, _ in TARGETS}
    expected = {"/entities", "/entities/{entity_id}", "/entities/{entity_id}/relations",
                "/entities/{entity_id}/neighbors", "/relations", "/paths", "/timeline",
                "/articles", "/articles/{article_id}", "/graph", "/dashboards/claims-by-day",
                "/dashboards/top-actors", "/jobs/{job_id}"}  # fmt: skip
    assert expected <= attacked, expected - attacked
    assert ("/paths", "from", "query") in TARGETS and ("/relations", "object", "query") in TARGETS


@pytest.fixture(scope="module")
def client(corpus_graph: Driver, neo4j_settings: Neo4jSettings) -> Iterator[TestClient]:
    yield TestClient(serve_from(app, corpus_graph, neo4j_settings))
    app.dependency_overrides.clear()


def fingerprint(driver: Driver) -> dict[str, Any]:
    """Counts by label and relationship type, and every property key in use: what a write
    through an injection would change."""
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label }"
        " WITH collect([label, n]) AS nodes"
        " CALL () { MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t }"
        " WITH nodes, collect([t, n]) AS rels"
        " CALL () { MATCH (n) UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS keys }"
        " RETURN nodes, rels, keys"
    )
    row = records[0]
    return {"nodes": row["nodes"], "rels": row["rels"], "keys": sorted(row["keys"])}


@pytest.fixture(scope="module")
def baseline(corpus_graph: Driver) -> dict[str, Any]:
    return fingerprint(corpus_graph)


def _url(path: str, name: str, where: str, payload: str) -> tuple[str, dict[str, str]]:
    params = {key: VALID[key] for key in REQUIRED.get(path, ())}
    if where == "query":
        params[name] = payload
    filled = path
    for segment in [s for s in path.split("/") if s.startswith("{")]:
        key = segment.strip("{}").split(":")[0]
        value = payload if (where == "path" and key == name) else VALID.get(key, "x")
        filled = filled.replace(segment, quote(value, safe=""))
    return filled, params


@pytest.mark.parametrize(
    ("path", "name", "where"), TARGETS, ids=[f"{p} {n}" for p, n, _ in TARGETS]
)
def test_injection_through_every_string_parameter(
    client: TestClient, corpus_graph: Driver, baseline: dict[str, Any],
    path: str, name: str, where: str,
) -> None:  # fmt: skip
    for payload in PAYLOADS:
        url, params = _url(path, name, where, payload)
        response = client.get(url, params=params)
        assert response.status_code < 500, (url, params, response.status_code, response.text)
    assert fingerprint(corpus_graph) == baseline


def test_payloads_come_back_as_plain_data(client: TestClient) -> None:
    for payload in PAYLOADS:
        items = client.get("/entities", params={"q": payload}).json()["items"]
        assert all(i["entity"]["id"] != "pwned" for i in items)
        paths = client.get("/paths", params={"from": payload, "to": "country:UKR"})
        assert paths.status_code == 404 or paths.json() == [], paths.text
        unknown_type = client.get("/relations", params={"type": payload})
        assert unknown_type.status_code in (400, 422)  # the allow-list, not the database, says no


def test_caps_on_path_length_and_result_size(client: TestClient) -> None:
    too_far = {"from": "person:kim-jong-un", "to": "country:UKR", "max_hops": 7}
    assert client.get("/paths", params=too_far).status_code == 422
    assert client.get("/paths", params={**too_far, "max_hops": 4, "limit": 51}).status_code == 422
    for url, params in [
        ("/graph", {"entity": "person:kim-jong-un", "limit": 501}),
        ("/graph", {"entity": "person:kim-jong-un", "depth": 4}),
        ("/entities/person:kim-jong-un/neighbors", {"depth": 4}),
        ("/entities", {"limit": 10_000}),
        ("/relations", {"limit": 10_000}),
        ("/dashboards/top-actors", {"limit": 201}),
    ]:
        assert client.get(url, params=params).status_code == 422, (url, params)
    # Under the caps, what comes back honours them.
    one_hop = client.get("/paths", params={**too_far, "max_hops": 2, "limit": 2}).json()
    assert len(one_hop) <= 2 and all(len(p["hops"]) <= 2 for p in one_hop)
    small = client.get("/graph", params={"entity": "person:kim-jong-un", "depth": 3, "limit": 5})
    assert 0 < len(small.json()["nodes"]) <= 6  # the centre and at most `limit` others
    assert len(client.get("/entities", params={"limit": 3}).json()["items"]) == 3


def test_a_slow_read_is_stopped_by_the_server_side_timeout(
    corpus_graph: Driver, neo4j_settings: Neo4jSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A query that would run for minutes, sent through the same door as every API read.
    slow = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(*) AS n"
    settings = get_settings().model_copy(update={"query_timeout": 0.5})
    monkeypatch.setattr(reads, "get_settings", lambda: settings)
    monkeypatch.setattr(reads, "cypher", lambda name: slow)

    async def stats() -> None:
        async with connect_async(neo4j_settings) as reader:
            await reads.count_stats(reads.Reader(reader))

    with pytest.raises(ClientError) as caught:
        run_async(stats())
    assert "Timeout" in (caught.value.code or "") or "timeout" in str(caught.value).lower()


def test_the_local_neo4j_is_bound_to_loopback(tmp_path: Path) -> None:
    settings = Neo4jSettings(home=tmp_path / "home", bolt_port=17687, http_port=17474)
    layout = _layout(settings)
    layout.conf.parent.mkdir(parents=True)
    _write_config(settings, layout)
    conf = dict(
        line.split("=", 1) for line in layout.conf.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )  # fmt: skip
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17687"
    assert conf["server.http.listen_address"] == "127.0.0.1:17474"
    assert conf["server.https.enabled"] == "false"
    assert conf["dbms.security.auth_enabled"] == "true"
    listens = {k: v for k, v in conf.items() if k.endswith("listen_address")}
    assert all(v.startswith("127.0.0.1") for v in listens.values()), listens


def _outward_address() -> str | None:
    """This machine's address on its network, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: routing only
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_the_running_local_neo4j_answers_on_loopback_only(neo4j_settings: Neo4jSettings) -> None:
    home = get_settings().home
    if not (home / "conf" / "neo4j.conf").is_file() or "127.0.0.1" not in neo4j_settings.uri:
        pytest.skip("the tests' Neo4j is not a local server started by geokg")
    port = get_settings().bolt_port
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass  # it does answer here
    outward = _outward_address()
    if outward is None:
        pytest.skip("this machine has no non-loopback address to try")
    with pytest.raises(OSError), socket.create_connection((outward, port), timeout=2):
        pass

"""The HTTP API against a real Neo4j holding the sample and the dev corpus, loaded by ingest."""

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j_support import serve_from

from geokg.app.main import app
from geokg.graph.ontology import SCHEMA_VERSION, Relation
from geokg.graph.schema import apply_schema
from geokg.graph.settings import Neo4jSettings

SAMPLE_ID = "https://www.viewworld.org/?p=2787"


@pytest.fixture(scope="module")
def client(corpus_graph: Driver, neo4j_settings: Neo4jSettings) -> Iterator[TestClient]:
    # No `with`: the lifespan's own drivers never start.
    yield TestClient(serve_from(app, corpus_graph, neo4j_settings))
    app.dependency_overrides.clear()


def test_health_counts_nodes(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["neo4j_reachable"] is True and body["schema_version"] == SCHEMA_VERSION
    assert body["nodes"]["Article"] == 25
    assert body["nodes"]["Claim"] > 50


def test_ready(client: TestClient) -> None:
    response = client.get("/ready")
    assert response.status_code == 200
    assert {"Entity", "Article", "Claim"} <= set(response.json()["constraints"])


def test_search_finds_kim_jong_un_first(client: TestClient) -> None:
    items = client.get("/entities", params={"q": "kim"}).json()["items"]
    assert items[0]["entity"]["id"] == "person:kim-jong-un"
    assert "person:kim-myong-sik" in [i["entity"]["id"] for i in items]


def test_search_by_alias_and_kind(client: TestClient) -> None:
    items = client.get("/entities", params={"q": "DPRK", "kind": "Country"}).json()["items"]
    assert items[0]["entity"]["id"] == "country:PRK"


def test_entity_detail(client: TestClient) -> None:
    body = client.get("/entities/person:kim-jong-un").json()
    assert body["entity"]["name"] == "Kim Jong Un"
    # Both spellings, from the sample and from Wikinews 01, are one node.
    assert {"Kim Jong Un", "Kim Jong-un"} <= set(body["entity"]["aliases"])
    assert body["entity"]["first_seen"] == "2015-08-21"
    assert {"type": "LEADER_OF", "of": "country:PRK"}.items() <= body["roles"][0].items()


def test_kim_meets_putin_with_evidence_from_the_sample(client: TestClient) -> None:
    response = client.get("/entities/person:kim-jong-un/relations", params={"type": "MEETS"})
    edges = {e["other"]["id"]: e for e in response.json()["items"]}
    putin = edges["person:vladimir-putin"]
    assert putin["claims"] >= 1
    assert putin["latest_evidence"]["article"] == SAMPLE_ID
    assert "Putin" in putin["latest_evidence"]["sentence"]


def test_relations_carry_evidence_and_attribution(client: TestClient) -> None:
    params = {"subject": "person:kim-jong-un", "type": "MEETS", "object": "person:vladimir-putin"}
    items = client.get("/relations", params=params).json()["items"]
    assert items and all(i["article"]["id"] == SAMPLE_ID for i in items)
    assert {i["claim"]["modality"] for i in items} & {"planned", "reported", "possible"}


def test_a_path_from_kim_jong_un_to_ukraine(client: TestClient) -> None:
    paths = client.get(
        "/paths", params={"from": "person:kim-jong-un", "to": "country:UKR", "max_hops": 4}
    ).json()
    assert paths, "Kim Jong Un reaches Ukraine through Russia"
    for path in paths:
        assert path["nodes"][0]["id"] == "person:kim-jong-un"
        assert path["nodes"][-1]["id"] == "country:UKR"
        assert all(h["type"] not in ("MENTIONS", "SUBJECT", "OBJECT") for h in path["hops"])
        assert all(h["evidence"] for h in path["hops"])


def test_timeline_of_kim_has_claims_in_september_2023(client: TestClient) -> None:
    rows = client.get("/timeline", params={"entity": "person:kim-jong-un", "bucket": "month"})
    periods = {r["period"] for r in rows.json()}
    assert "2023-09-01" in periods


def test_neighbors_and_graph_formats(client: TestClient) -> None:
    neighbors = client.get("/entities/person:kim-jong-un/neighbors", params={"depth": 1}).json()
    assert "person:vladimir-putin" in {n["entity"]["id"] for n in neighbors}
    for fmt, nodes_key in (("node-link", "nodes"), ("d3", "nodes"), ("vis", "nodes")):
        body = client.get("/graph", params={"entity": "person:kim-jong-un", "format": fmt}).json()
        assert "person:vladimir-putin" in {n["id"] for n in body[nodes_key]}
    cyto = client.get("/graph", params={"entity": "person:kim-jong-un", "format": "cytoscape"})
    ids = {n["data"]["id"] for n in cyto.json()["elements"]["nodes"]}
    assert "person:vladimir-putin" in ids


EDGES = """
MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.id AS s, type(r) AS type, o.id AS o
"""
MENTIONS = "MATCH (e:Entity) RETURN e.id AS id, e.mentions AS mentions"


def _nearest(corpus_graph: Driver, start: str, depth: int, types: set[str]) -> dict[str, int]:
    """Hops to every entity within `depth`, by a plain breadth-first search in Python."""
    adjacent: dict[str, set[str]] = {}
    for row in corpus_graph.execute_query(EDGES).records:
        if row["type"] in types:
            adjacent.setdefault(row["s"], set()).add(row["o"])
            adjacent.setdefault(row["o"], set()).add(row["s"])
    hops, frontier = {start: 0}, [start]
    for level in range(1, depth + 1):
        frontier = [n for f in frontier for n in adjacent.get(f, ()) if n not in hops]
        hops.update((n, level) for n in frontier)
    del hops[start]
    return hops


@pytest.mark.parametrize("depth", [1, 2, 3])
@pytest.mark.parametrize("types", [None, "MEETS,VISITS,LEADER_OF"])
def test_neighbors_are_the_breadth_first_levels(
    client: TestClient, corpus_graph: Driver, depth: int, types: str | None
) -> None:
    params = {"depth": depth, "limit": 200} | ({"types": types} if types else {})
    got = client.get("/entities/person:kim-jong-un/neighbors", params=params).json()
    walked = set(types.split(",")) if types else {r.value for r in Relation}
    expected = _nearest(corpus_graph, "person:kim-jong-un", depth, walked)
    assert len(expected) < 200, "the check needs every neighbour on one page"
    assert {n["entity"]["id"]: n["hops"] for n in got} == expected
    mentions = {r["id"]: r["mentions"] for r in corpus_graph.execute_query(MENTIONS).records}
    ranked = sorted(expected, key=lambda i: (expected[i], -(mentions[i] or 0), i))
    assert [n["entity"]["id"] for n in got] == ranked


@pytest.mark.parametrize("depth", [1, 2])
def test_graph_is_the_neighbours_and_every_edge_among_them(
    client: TestClient, corpus_graph: Driver, depth: int
) -> None:
    params = {"entity": "person:kim-jong-un", "depth": depth, "limit": 30}
    body = client.get("/graph", params=params).json()
    near = client.get(
        "/entities/person:kim-jong-un/neighbors", params={"depth": depth, "limit": 30}
    ).json()
    ids = [n["id"] for n in body["nodes"]]
    assert ids == ["person:kim-jong-un", *(n["entity"]["id"] for n in near)]
    inside = {
        (r["s"], r["type"], r["o"])
        for r in corpus_graph.execute_query(EDGES).records
        if r["s"] in ids and r["o"] in ids and r["type"] in {t.value for t in Relation}
    }
    assert {(e["source"], e["type"], e["target"]) for e in body["links"]} == inside
    assert client.get("/graph", params={"entity": "person:nobody"}).status_code == 404


def test_neighbors_limit_keeps_the_nearest(client: TestClient, corpus_graph: Driver) -> None:
    everything = client.get(
        "/entities/country:RUS/neighbors", params={"depth": 3, "limit": 200}
    ).json()
    first = client.get("/entities/country:RUS/neighbors", params={"depth": 3, "limit": 7}).json()
    assert first == everything[:7]


def test_article_detail_and_list(client: TestClient) -> None:
    body = client.get(f"/articles/{quote(SAMPLE_ID, safe='')}").json()
    assert body["article"]["source"] == "viewworld.org"
    assert "person:kim-jong-un" in {e["id"] for e in body["entities"]}
    listed = client.get("/articles", params={"source": "Wikinews", "limit": 5}).json()
    assert len(listed["items"]) == 5 and listed["next"]
    page2 = client.get("/articles", params={"source": "Wikinews", "cursor": listed["next"]}).json()
    assert not {a["id"] for a in page2["items"]} & {a["id"] for a in listed["items"]}


def test_stats_and_dashboard_series(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert stats["articles"] == 25 and stats["nodes_by_kind"]["Country"] > 10
    days = client.get("/dashboards/claims-by-day").json()
    assert isinstance(days, list) and days[0]["day"][:4].isdigit()
    actors = client.get("/dashboards/top-actors", params={"limit": 3}).json()
    assert len(actors) == 3 and actors[0]["degree"] >= actors[-1]["degree"]


def test_unknown_relation_type_is_400_listing_the_allowed(client: TestClient) -> None:
    response = client.get("/entities/person:kim-jong-un/relations", params={"type": "LIKES"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert "MEETS" in response.json()["detail"]


def test_not_found_and_validation_are_problem_json(client: TestClient) -> None:
    missing = client.get("/entities/person:nobody")
    assert missing.status_code == 404 and missing.json()["status"] == 404
    bad = client.get("/entities", params={"limit": 10_000})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "payload", ["') RETURN 1 //", 'x"}) MATCH (n) DETACH DELETE n //', "*:*", "kim~ OR \\"]
)
def test_injection_payloads_are_plain_data(client: TestClient, payload: str) -> None:
    before = client.get("/health").json()["nodes"]
    assert client.get("/entities", params={"q": payload}).status_code == 200
    assert client.get(f"/entities/{quote(payload, safe='')}").status_code == 404
    assert client.get("/relations", params={"subject": payload}).json()["items"] == []
    assert client.get("/health").json()["nodes"] == before


LATEST = "MATCH (:Entity)-[r]->(:Entity) RETURN elementId(r) AS edge, r.latest_claim AS claim"


def test_schema_2_gives_older_graphs_the_latest_claim_of_each_edge(
    client: TestClient, corpus_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    """Last in this module: it rewrites the edges, then checks they come back as loaded."""
    loaded = {r["edge"]: r["claim"] for r in corpus_graph.execute_query(LATEST).records}
    assert loaded and None not in loaded.values()
    corpus_graph.execute_query("MATCH (:Entity)-[r]->(:Entity) REMOVE r.latest_claim")
    apply_schema(corpus_graph, neo4j_settings.database)
    assert {r["edge"]: r["claim"] for r in corpus_graph.execute_query(LATEST).records} == loaded
    edges = client.get("/entities/person:kim-jong-un/relations", params={"limit": 200}).json()
    assert all(e["latest_evidence"]["sentence"] for e in edges["items"])

"""The exports on the corpus graph, each read back with its own reader (csv, json, pyarrow,
networkx) and compared with what the read API answers for the same filters; and the source
filter of the read endpoints."""

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j_support import serve_from
from test_cli_exit_codes import geokg

from geokg.app.exports import CLAIM_FIELDS, ClaimFormat, claims_body
from geokg.app.main import app
from geokg.graph.exports import ClaimFilter, stream_claims
from geokg.graph.ontology import SYMMETRIC
from geokg.graph.settings import Neo4jSettings

SAMPLE_SOURCE = "viewworld.org"  # the sample article's publisher; the dev corpus is Wikinews
KIM = "person:kim-jong-un"


@pytest.fixture(scope="module")
def client(corpus_graph: Driver, neo4j_settings: Neo4jSettings) -> Iterator[TestClient]:
    yield TestClient(serve_from(app, corpus_graph, neo4j_settings))
    app.dependency_overrides.clear()


def _relations(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every claim /relations gives for the filters, page after page."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        page = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
        body = client.get("/relations", params=page).json()
        items += body["items"]
        cursor = body["next"]
        if cursor is None:
            return items


def _csv(client: TestClient, **params: Any) -> list[dict[str, str]]:
    response = client.get("/export/claims", params=params, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.endswith("\r\n")  # RFC 4180 line ends
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _as_csv_row(item: dict[str, Any]) -> dict[str, str]:
    """What the CSV export should say about a claim /relations returned."""
    claim, article = item["claim"], item["article"]
    values = {
        "claim_id": claim["id"],
        "subject_id": item["subject"]["id"],
        "subject_name": item["subject"]["name"],
        "subject_kind": item["subject"]["kind"],
        "relation": claim["type"],
        "object_id": item["object"]["id"],
        "object_name": item["object"]["name"],
        "object_kind": item["object"]["kind"],
        "plover_event": claim["plover"],
        "cameo_root": claim["cameo"],
        "modality": claim["modality"],
        "tense": claim["tense"],
        "event_date": claim["date"],
        "confidence": claim["confidence"],
        "trigger": claim["trigger"],
        "role": claim["role"],
        "items": "|".join(claim["items"] or []),
        "attributed_to_id": (item["attributed_to"] or {}).get("id"),
        "attributed_to_name": (item["attributed_to"] or {}).get("name"),
        "article_id": article["id"],
        "url": article["url"],
        "title": article["title"],
        "publisher": article["source"],
        "published_at": article["published_at"],
        "sentence": claim["sentence"],
    }
    return {k: "" if v is None else str(v) for k, v in values.items()}


def test_csv_reads_back_as_the_relations_of_a_publisher(client: TestClient) -> None:
    rows = _csv(client, source=SAMPLE_SOURCE)
    assert list(rows[0]) == CLAIM_FIELDS
    expected = sorted(
        (_as_csv_row(i) for i in _relations(client, source=SAMPLE_SOURCE)),
        key=lambda r: r["claim_id"],
    )
    assert rows == expected  # every field of every claim, in claim id order
    assert len(rows) > 20
    # The sentence with quotes and commas survived the quoting.
    assert any('"' in r["sentence"] or "," in r["sentence"] for r in rows)


def test_csv_entity_and_type_and_dates_filters_match_the_read_api(client: TestClient) -> None:
    as_subject = _relations(client, subject=KIM)
    as_object = _relations(client, object=KIM)
    expected = {i["claim"]["id"] for i in as_subject + as_object}
    assert {r["claim_id"] for r in _csv(client, entity=KIM)} == expected

    window = {"since": "2019-08-01", "until": "2020-01-31", "type": "ATTACKS,SANCTIONS"}
    expected = {i["claim"]["id"] for i in _relations(client, **window)}
    got = _csv(client, **window)
    assert expected and {r["claim_id"] for r in got} == expected
    assert {r["relation"] for r in got} <= {"ATTACKS", "SANCTIONS"}


def test_json_lines_carry_plovers_field_names(client: TestClient) -> None:
    response = client.get(
        "/export/claims",
        params={"source": SAMPLE_SOURCE},
        headers={"Accept": "application/x-ndjson"},
    )
    assert response.headers["content-type"] == "application/x-ndjson"
    records = [json.loads(line) for line in response.text.splitlines()]
    by_id = {i["claim"]["id"]: i for i in _relations(client, source=SAMPLE_SOURCE)}
    assert {r["id"] for r in records} == set(by_id)
    for record in records:
        item = by_id[record["id"]]
        claim = item["claim"]
        assert record["date"] == claim["date"]
        assert record["text"] == claim["sentence"]
        assert record["event"] == ([claim["plover"]] if claim["plover"] else [])
        assert record["cite_info"]["url"] == item["article"]["url"]
        assert record["modality"] == claim["modality"] and record["relation"] == claim["type"]
        ends = [item["subject"]["id"], item["object"]["id"]]
        if claim["type"] in SYMMETRIC:  # PLOVER: both sides of an exchange are actors
            assert [a["identifier_id"] for a in record["actor"]] == ends
            assert record["recipient"] == []
        else:
            assert [a["identifier_id"] for a in record["actor"]] == ends[:1]
            assert [a["identifier_id"] for a in record["recipient"]] == ends[1:]
    modes = {r["relation"]: r["mode"] for r in records}
    assert modes.get("VISITS") == ["visit"] and modes.get("ACCUSES") == ["allege"]
    russia = next(a for r in records for a in r["actor"] if a["identifier_id"] == "country:RUS")
    assert russia["code"] == "RUS"  # PLOVER's top-level country code


def test_parquet_is_typed_and_takes_modality_and_confidence(client: TestClient) -> None:
    params = {"format": "parquet", "modality": "asserted", "min_confidence": 0.8}
    response = client.get("/export/claims", params=params)
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(response.content))
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("confidence").type == pa.float64()
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    # /relations has neither filter: apply them to its answer.
    expected = {
        i["claim"]["id"]
        for i in _relations(client)
        if i["claim"]["modality"] == "asserted" and i["claim"]["confidence"] >= 0.8
    }
    assert expected and set(table.column("claim_id").to_pylist()) == expected
    rows = {r["claim_id"]: r for r in table.to_pylist()}
    csv_rows = {r["claim_id"]: r for r in _csv(client, modality="asserted", min_confidence=0.8)}
    for claim_id, row in rows.items():
        assert row["event_date"].isoformat() == csv_rows[claim_id]["event_date"]
        assert row["sentence"] == csv_rows[claim_id]["sentence"]


def test_the_format_follows_format_then_accept(client: TestClient) -> None:
    parquet = client.get("/export/claims", headers={"Accept": "application/vnd.apache.parquet"})
    assert parquet.content.startswith(b"PAR1") and parquet.content.endswith(b"PAR1")
    ranked = client.get(
        "/export/claims", headers={"Accept": "text/csv;q=0.5, application/x-ndjson"}
    )
    assert ranked.headers["content-type"] == "application/x-ndjson"
    assert client.get("/export/claims").headers["content-type"].startswith("text/csv")
    forced = client.get("/export/claims?format=jsonl", headers={"Accept": "text/csv"})
    assert forced.headers["content-type"] == "application/x-ndjson"
    refused = client.get("/export/graph", headers={"Accept": "text/csv"})
    assert refused.status_code == 406
    assert "application/graphml+xml" in refused.json()["detail"]
    bad = client.get("/export/claims", params={"type": "HUGS"})
    assert bad.status_code == 400 and "HUGS" in bad.json()["detail"]


def _graph(client: TestClient, fmt: str, **params: Any) -> Any:
    response = client.get("/export/graph", params={"format": fmt, **params})
    assert response.status_code == 200, response.text
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(response.content))
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(response.content))
    return nx.node_link_graph(response.json())  # networkx's default keys


def _edges(graph: Any) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(s, d["type"], t): d for s, t, d in graph.edges(data=True)}


def test_graphml_reads_back_typed_with_the_summary_edges_counts(client: TestClient) -> None:
    graph = _graph(client, "graphml")
    assert isinstance(graph, nx.MultiDiGraph)
    kim = graph.nodes[KIM]
    assert kim["label"] == "Kim Jong Un" and kim["kind"] == "Person"
    assert {"Kim Jong Un", "Kim Jong-un"} <= set(kim["aliases"].split("|"))
    assert isinstance(kim["mentions"], int)
    edges = _edges(graph)
    # Kim's summary edges, as the read API has them: the same edges and counts.
    stored = client.get(f"/entities/{KIM}/relations", params={"limit": 200}).json()["items"]
    assert stored
    for edge in stored:
        got = edges[(edge["subject"], edge["type"], edge["object"])]
        assert (got["claims"], got["articles"]) == (edge["claims"], edge["articles"])
        assert isinstance(got["claims"], int) and isinstance(got["confidence"], float)
    mine = {k for k in edges if KIM in (k[0], k[2])}
    assert mine == {(e["subject"], e["type"], e["object"]) for e in stored}
    # Every claim is in exactly one edge.
    assert sum(d["claims"] for d in edges.values()) == len(_relations(client))


def test_gexf_and_node_link_json_hold_the_same_graph(client: TestClient) -> None:
    graphml = _graph(client, "graphml")
    for fmt in ("gexf", "json"):
        other = _graph(client, fmt)
        assert set(other.nodes) == set(graphml.nodes), fmt
        a, b = _edges(graphml), _edges(other)
        assert set(a) == set(b), fmt
        for key, data in a.items():
            assert (b[key]["claims"], b[key]["articles"]) == (data["claims"], data["articles"])
            assert isinstance(b[key]["claims"], int)
    gexf = _graph(client, "gexf")
    assert gexf.nodes[KIM]["label"] == "Kim Jong Un"
    node_link = _graph(client, "json")
    assert "Kim Jong-un" in node_link.nodes[KIM]["aliases"]  # a real list in JSON


def test_a_filtered_graph_counts_only_the_claims_let_through(client: TestClient) -> None:
    claims = _relations(client, source=SAMPLE_SOURCE)
    graph = _graph(client, "graphml", source=SAMPLE_SOURCE)
    ends = {i[side]["id"] for i in claims for side in ("subject", "object")}
    assert set(graph.nodes) == ends
    edges = _edges(graph)
    assert sum(d["claims"] for d in edges.values()) == len(claims)
    assert all(d["sources"] == SAMPLE_SOURCE for d in edges.values())
    per_edge = Counter(
        (*sorted([i["subject"]["id"], i["object"]["id"]]), i["claim"]["type"])
        if i["claim"]["type"] in SYMMETRIC
        else (i["subject"]["id"], i["object"]["id"], i["claim"]["type"])
        for i in claims
    )
    assert {(s, t, ty): d["claims"] for (s, ty, t), d in edges.items()} == per_edge


def test_exports_are_written_a_batch_at_a_time(corpus_graph: Driver) -> None:
    stream = stream_claims(corpus_graph, ClaimFilter(), batch=25)
    assert len(stream.first) == 25  # read before the response would start
    parts = list(claims_body(ClaimFormat.CSV, stream))
    rows = list(csv.reader(io.StringIO(b"".join(parts).decode(), newline="")))
    # The header, then one chunk per batch of 25.
    assert len(parts) == 1 + -(-(len(rows) - 1) // 25) and len(parts) > 3


def test_the_source_filter_of_the_read_endpoints(client: TestClient) -> None:
    claims = _relations(client, source=SAMPLE_SOURCE)
    everything = _relations(client)
    assert claims and len(claims) < len(everything)
    assert {i["article"]["source"] for i in claims} == {SAMPLE_SOURCE}

    days = client.get("/dashboards/claims-by-day", params={"source": SAMPLE_SOURCE}).json()
    assert sum(d["claims"] for d in days) == len(claims)
    timeline = client.get("/timeline", params={"entity": KIM, "source": SAMPLE_SOURCE}).json()
    kims = [i for i in claims if KIM in (i["subject"]["id"], i["object"]["id"])]
    assert sum(t["claims"] for t in timeline) == len(kims) > 0
    assert client.get("/timeline", params={"entity": KIM, "source": "Wikinews"}).json() != (
        timeline
    )
    top = client.get("/dashboards/top-actors", params={"source": SAMPLE_SOURCE}).json()
    degree = Counter(e for i in claims for e in {i["subject"]["id"], i["object"]["id"]})
    assert top and all(degree[a["id"]] == a["degree"] for a in top)
    assert top[0]["degree"] == max(degree.values())
    stats = client.get("/stats", params={"source": SAMPLE_SOURCE}).json()
    assert stats["articles"] == 1
    graph = client.get("/graph", params={"entity": KIM, "source": "Wikinews"}).json()
    nowhere = client.get("/graph", params={"entity": KIM, "source": "nobody"}).json()
    assert [n["id"] for n in nowhere["nodes"]] == [KIM] and nowhere["links"] == []
    full = client.get("/graph", params={"entity": KIM}).json()
    assert len(graph["links"]) < len(full["links"])


def test_cli_writes_a_file_and_stdout(
    corpus_graph: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path, client: TestClient
) -> None:
    out = tmp_path / "claims.csv"
    done = geokg(
        "export", "claims", "-o", str(out), "--source", SAMPLE_SOURCE, settings=neo4j_settings
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["claim_id"] for r in rows] == [
        r["claim_id"] for r in _csv(client, source=SAMPLE_SOURCE)
    ]
    assert f"{len(rows)} claims to {out}" in done.stderr
    done = geokg(
        "export", "graph", "--format", "graphml", "--type", "MEETS", settings=neo4j_settings
    )
    assert done.returncode == 0, done.stderr
    graph = nx.read_graphml(io.BytesIO(done.stdout.encode()))
    assert graph.number_of_edges() > 0
    assert {d["type"] for _, _, d in graph.edges(data=True)} == {"MEETS"}
    bad = geokg("export", "claims", "--since", "2020-02-30", settings=neo4j_settings)
    assert bad.returncode == 2 and "--since" in bad.stderr

"""POST /articles and POST /ingest against a real Neo4j: keys, outcomes, jobs and races."""

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j_support import serve_from

from geokg.app.main import create_app
from geokg.app.settings import ApiSettings, get_api_settings
from geokg.graph.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus/seed/viewworld-2787-kim-putin.wp.json"
SAMPLE_ID = "https://www.viewworld.org/?p=2787"
DEV = sorted((ROOT / "corpus/dev/articles").glob("*.json"))
INGEST_KEY, READ_KEY = "ingest-key-for-tests-0123456789", "read-key-for-tests-abcdef"


@pytest.fixture
def make_app(
    monkeypatch: pytest.MonkeyPatch, clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> Iterator[Callable[..., FastAPI]]:
    """An app on the clean graph, with the GEOKG_* settings given."""

    def make(**env: str) -> FastAPI:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        get_api_settings.cache_clear()
        return serve_from(create_app(ApiSettings()), clean_graph, neo4j_settings)

    yield make
    get_api_settings.cache_clear()  # the env goes back after this; the cache must follow


@pytest.fixture
def client(make_app: Callable[..., FastAPI]) -> TestClient:
    return TestClient(make_app(GEOKG_INGEST_KEY=INGEST_KEY))


def _articles(driver: Driver) -> int:
    return int(driver.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"])


def _post(
    client: TestClient,
    body: bytes,
    key: str | None = INGEST_KEY,
    path: str = "/articles",
    **params: str,
):  # type: ignore[no-untyped-def]
    headers = {"X-API-Key": key} if key else {}
    return client.post(path, content=body, headers=headers, params=params)


def test_post_article_returns_its_claims_then_is_unchanged(client: TestClient) -> None:
    first = _post(client, SAMPLE.read_bytes())
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["outcome"] == "loaded" and body["article"]["id"] == SAMPLE_ID
    meets = {(c["subject"], c["object"]) for c in body["claims"] if c["type"] == "MEETS"}
    assert ("person:kim-jong-un", "person:vladimir-putin") in meets
    assert all(c["sentence"] for c in body["claims"])
    again = _post(client, SAMPLE.read_bytes()).json()
    assert again["outcome"] == "unchanged" and len(again["claims"]) == len(body["claims"])


def test_post_of_a_changed_article_is_a_correction(client: TestClient, clean_graph: Driver) -> None:
    post = json.loads(SAMPLE.read_text())
    assert _post(client, json.dumps(post).encode()).json()["outcome"] == "loaded"
    post["content"]["rendered"] = "<p>Russia sanctioned Japan on Monday, officials said.</p>"
    post["title"]["rendered"] = "Russia sanctions Japan"  # the headline is read too
    corrected = _post(client, json.dumps(post).encode()).json()
    assert corrected["outcome"] == "replaced"
    assert _articles(clean_graph) == 1
    kim = clean_graph.execute_query(
        "MATCH (:Article {id: $id})<-[:EXTRACTED_FROM]-(c:Claim)-[:SUBJECT|OBJECT]->"
        "(:Entity {id: 'person:kim-jong-un'}) RETURN count(c) AS n",
        id=SAMPLE_ID,
    ).records[0]["n"]
    assert kim == 0, "the corrected text no longer says anything about Kim"


def test_writes_need_the_ingest_key(make_app: Callable[..., FastAPI], clean_graph: Driver) -> None:
    closed = TestClient(make_app())
    assert _post(closed, SAMPLE.read_bytes()).status_code == 403  # no key set: writes are off
    app = make_app(GEOKG_INGEST_KEY=INGEST_KEY, GEOKG_READ_KEY=READ_KEY)
    keyed = TestClient(app)
    for key in (None, "wrong", READ_KEY):  # a read key cannot write
        response = _post(keyed, SAMPLE.read_bytes(), key)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
    assert _articles(clean_graph) == 0


def test_a_read_key_closes_reads(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(GEOKG_INGEST_KEY=INGEST_KEY, GEOKG_READ_KEY=READ_KEY)
    c = TestClient(app)
    assert c.get("/entities", params={"q": "kim"}).status_code == 401
    assert c.get("/entities", params={"q": "kim"}, headers={"X-API-Key": "nope"}).status_code == 401
    for key in (READ_KEY, INGEST_KEY):
        assert (
            c.get("/entities", params={"q": "kim"}, headers={"X-API-Key": key}).status_code == 200
        )
    assert c.get("/health").status_code == 200, "probes stay open"


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b"", "empty body"),
        (b"   \n\t ", "empty body"),
        (b'{"title": "no content"', "malformed JSON"),
        (b'{"title": "x"}', "unknown JSON shape"),
        (b"\x00\x01\x02binary", "binary"),
        (
            b"Der Bundestag hat am Dienstag neue Sanktionen gegen Russland beschlossen, "
            b"teilte die Regierung in Berlin mit. Die Opposition kritisierte den Schritt.",
            "not English",
        ),
    ],
)
def test_bad_articles_are_422_naming_the_problem(
    client: TestClient, clean_graph: Driver, body: bytes, detail: str
) -> None:
    response = _post(client, body, published_at="2024-03-05")
    assert response.status_code == 422, response.text
    assert detail in response.json()["detail"]
    assert _articles(clean_graph) == 0


def test_plain_text_takes_its_metadata_from_the_query(client: TestClient) -> None:
    text = b"Japan and South Korea agreed on Tuesday to share intelligence on North Korea."
    bare = _post(client, text)
    assert bare.status_code == 422 and "published_at" in bare.json()["detail"]
    response = _post(
        client,
        text,
        published_at="2024-03-05T09:00:00Z",
        title="Tokyo and Seoul to share intelligence",
        url="https://example.org/news/1",
    )
    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert article["id"] == "https://example.org/news/1"
    assert article["title"] == "Tokyo and Seoul to share intelligence"
    assert article["published_at"].startswith("2024-03-05")


def test_a_batch_to_post_articles_points_to_ingest(client: TestClient) -> None:
    batch = json.dumps([json.loads(p.read_text()) for p in DEV[:2]]).encode()
    response = _post(client, batch)
    assert response.status_code == 422 and "POST /ingest" in response.json()["detail"]


def test_an_oversized_body_is_413(client: TestClient) -> None:
    response = _post(client, b"x" * 5_000_001)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


def test_concurrent_posts_of_one_article_leave_one_node(
    client: TestClient, clean_graph: Driver
) -> None:
    outcomes: list[str] = []

    def post() -> None:
        outcomes.append(_post(client, SAMPLE.read_bytes()).json()["outcome"])

    threads = [threading.Thread(target=post) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["loaded"] + ["unchanged"] * 5
    assert _articles(clean_graph) == 1
    claims = clean_graph.execute_query(
        "MATCH (:Article {id: $id})<-[:EXTRACTED_FROM]-(c:Claim) RETURN count(c) AS n, "
        "count(DISTINCT c.id) AS distinct",
        id=SAMPLE_ID,
    ).records[0]
    assert claims["n"] == claims["distinct"] > 0


def _wait(client: TestClient, job_id: str) -> dict:  # type: ignore[type-arg]
    for _ in range(600):
        job = client.get(f"/jobs/{job_id}", headers={"X-API-Key": INGEST_KEY}).json()
        if job["state"] in ("done", "failed"):
            return job  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def test_a_batch_job_reports_progress_and_per_article_errors(
    client: TestClient, clean_graph: Driver
) -> None:
    posts = [json.loads(p.read_text()) for p in DEV[:3]] + [{"title": "no content at all"}]
    submitted = _post(client, json.dumps(posts).encode(), path="/ingest")
    assert submitted.status_code == 202, submitted.text
    job = _wait(client, submitted.json()["id"])
    assert job["state"] == "done" and job["total"] == 4 and job["done"] == 4
    assert job["counts"] == {"loaded": 3, "failed": 1}
    assert job["claims"] > 0
    (error,) = job["errors"]
    assert error["source"].endswith("#3") and "unknown JSON shape" in error["problem"]
    assert _articles(clean_graph) == 3
    rerun = _wait(client, _post(client, json.dumps(posts).encode(), path="/ingest").json()["id"])
    assert rerun["counts"] == {"unchanged": 3, "failed": 1}
    assert _articles(clean_graph) == 3


def test_unknown_job_is_404(client: TestClient) -> None:
    response = client.get("/jobs/nope", headers={"X-API-Key": INGEST_KEY})
    assert response.status_code == 404 and "nope" in response.json()["detail"]


def test_metrics_count_requests_and_ingests(client: TestClient) -> None:
    _post(client, SAMPLE.read_bytes())
    client.get("/health")
    text = client.get("/metrics").text
    assert 'geokg_ingest_articles_total{outcome="loaded"}' in text
    assert "geokg_http_requests_total" in text and 'handler="/health"' in text
    assert "geokg_http_request_duration_seconds_bucket" in text


def test_cors_allows_only_the_configured_origins(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(GEOKG_CORS_ORIGINS="https://dash.example.org")
    c = TestClient(app)
    ok = c.get("/health", headers={"Origin": "https://dash.example.org"})
    assert ok.headers["access-control-allow-origin"] == "https://dash.example.org"
    other = c.get("/health", headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers


def test_logs_are_json_with_request_ids_and_never_the_key(
    client: TestClient, capfd: pytest.CaptureFixture[str]
) -> None:
    from geokg.app.logs import configure_logging

    configure_logging("json", "INFO")
    capfd.readouterr()
    response = client.post(
        "/articles",
        content=SAMPLE.read_bytes(),
        headers={"X-API-Key": INGEST_KEY, "X-Request-ID": "req-test-42"},
    )
    assert response.headers["x-request-id"] == "req-test-42"
    assert _post(client, b"", key="a-wrong-key-that-must-not-be-logged").status_code == 401
    err = capfd.readouterr().err
    records = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    assert records, err
    mine = [r for r in records if r.get("request_id") == "req-test-42"]
    assert any(r.get("path") == "/articles" and r.get("status") == 200 for r in mine)
    assert INGEST_KEY not in err and "a-wrong-key-that-must-not-be-logged" not in err

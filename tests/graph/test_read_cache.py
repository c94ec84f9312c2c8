"""The API's read cache against a real Neo4j: served again while nothing changes, dropped when
anybody writes, off while Neo4j does not answer."""

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j_support import run_async

from geokg.app import main
from geokg.app.main import create_app
from geokg.app.settings import get_api_settings
from geokg.graph.cache import graph_state
from geokg.graph.db import connect_async
from geokg.graph.loader import load_extractions
from geokg.graph.reads import Reader
from geokg.graph.settings import Neo4jSettings
from geokg.ingest.pipeline import extract_documents
from geokg.ingest.readers import read_paths

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus/seed/viewworld-2787-kim-putin.wp.json"
SAMPLE_ID = "https://www.viewworld.org/?p=2787"
KEY = "cache-test-ingest-key-0123456789"
KIM = "/entities/person:kim-jong-un"


def _state(settings: Neo4jSettings) -> str:
    async def read() -> str:
        async with connect_async(settings) as driver:
            return await graph_state(driver, settings.database)

    return run_async(read())


def test_the_graph_state_changes_with_every_commit_and_only_then(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    before = _state(neo4j_settings)
    assert _state(neo4j_settings) == before
    clean_graph.execute_query("MATCH (n) RETURN count(n)")  # a read commits nothing
    assert _state(neo4j_settings) == before
    clean_graph.execute_query("CREATE (:Entity {id: 'country:XXX'})")
    assert _state(neo4j_settings) != before


@pytest.fixture
def client(
    request: pytest.FixtureRequest,
    clean_graph: Driver,
    neo4j_settings: Neo4jSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    """The app with its lifespan (drivers, cache and watcher) on the test graph; the watcher
    checks every 0.1 s unless the test says otherwise."""
    monkeypatch.setenv("GEOKG_READ_CACHE_CHECK", str(getattr(request, "param", 0.1)))
    monkeypatch.setenv("GEOKG_INGEST_KEY", KEY)
    get_api_settings.cache_clear()
    monkeypatch.setattr(main, "get_settings", lambda: neo4j_settings)
    with TestClient(create_app()) as c:
        yield c
    get_api_settings.cache_clear()


def _eventually(check: Callable[[], bool], seconds: float = 10.0) -> float:
    began = time.monotonic()
    while not check():
        assert time.monotonic() - began < seconds, (
            "the API kept serving what the graph no longer says"
        )
        time.sleep(0.05)
    return time.monotonic() - began


def _load_sample(driver: Driver, settings: Neo4jSettings) -> None:
    (result,) = extract_documents(read_paths([SAMPLE]))
    assert not isinstance(result, Exception)
    load_extractions(driver, [result.extraction], database=settings.database)


def _reader(client: TestClient) -> Reader:
    reader: Reader = client.app.state.reader  # type: ignore[attr-defined]
    return reader


def test_reads_are_cached_until_another_process_writes(
    client: TestClient, clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    cache = _reader(client).cache
    assert cache is not None
    _eventually(lambda: cache.state is not None)  # the watcher's first check
    assert client.get(KIM).status_code == 404
    # Loaded the way `geokg ingest` loads, through a driver of its own.
    _load_sample(clean_graph, neo4j_settings)
    _eventually(lambda: client.get(KIM).status_code == 200)
    relations = f"{KIM}/relations?type=MEETS"
    first = client.get(relations).json()
    hits = cache.hits
    assert client.get(relations).json() == first
    assert cache.hits == hits + 1
    assert "person:vladimir-putin" in {e["other"]["id"] for e in first["items"]}
    clean_graph.execute_query(
        "MATCH (e:Entity {id: 'person:kim-jong-un'}) SET e.name = 'Kim Jong Un (renamed)'"
    )
    waited = _eventually(
        lambda: client.get(KIM).json()["entity"]["name"] == "Kim Jong Un (renamed)"
    )
    assert waited < 5.0


# The watcher checks once at start, then not for a minute: only the write itself can tell.
@pytest.mark.parametrize("client", [60.0], indirect=True)
def test_an_own_write_is_read_back_at_once(
    client: TestClient, clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    cache = _reader(client).cache
    assert cache is not None
    _eventually(lambda: cache.state is not None)
    _load_sample(clean_graph, neo4j_settings)
    article = f"/articles/{quote(SAMPLE_ID, safe='')}"
    title = client.get(article).json()["article"]["title"]
    hits = cache.hits
    assert client.get(article).json()["article"]["title"] == title != "Renamed"
    assert cache.hits == hits + 1  # the second answer came from the cache
    post = {"headers": {"X-API-Key": KEY}}
    changed = json.loads(SAMPLE.read_bytes())
    changed["title"] = {"rendered": "Renamed"}
    changed["content"]["rendered"] += "<p>The talks ended on Wednesday.</p>"
    replaced = client.post("/articles", content=json.dumps(changed), **post)
    assert replaced.json()["outcome"] == "replaced"
    assert client.get(article).json()["article"]["title"] == "Renamed"


@pytest.mark.parametrize("client", [60.0], indirect=True)
def test_a_jobs_writes_are_read_back_once_it_is_done(client: TestClient) -> None:
    cache = _reader(client).cache
    assert cache is not None
    _eventually(lambda: cache.state is not None)
    assert client.get(KIM).status_code == 404
    assert client.get(KIM).status_code == 404  # the empty answer is cached too
    keyed = {"X-API-Key": KEY}
    job = client.post("/ingest", content=SAMPLE.read_bytes(), headers=keyed).json()

    def done() -> bool:
        return bool(client.get(f"/jobs/{job['id']}", headers=keyed).json()["state"] == "done")

    _eventually(done, 60.0)
    assert client.get(KIM).status_code == 200


def test_no_cache_while_neo4j_does_not_answer(client: TestClient) -> None:
    cache = _reader(client).cache
    assert cache is not None
    _eventually(lambda: cache.state is not None)
    assert client.get("/stats").status_code == 200
    key = cache.key("count_stats", {"source": None})
    assert cache.get(key) is not None
    cache.observe(None)  # what the watcher does when its check fails
    assert cache.get(key) is None

"""The read path cannot write, and an unreachable Neo4j is a 503, never a 500."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j.exceptions import ClientError
from neo4j_support import run_async, serve_from
from pydantic import SecretStr

from geokg.app.main import app
from geokg.graph import reads
from geokg.graph.db import connect, connect_async
from geokg.graph.settings import Neo4jSettings


def test_a_write_through_the_read_path_fails(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    async def write_through_reads() -> None:
        async with connect_async(neo4j_settings) as reader:
            await reads._run(reader, "CREATE (:Entity {id: 'country:XXX'})", {})

    with pytest.raises(ClientError) as caught:
        run_async(write_through_reads())
    assert "write" in str(caught.value).lower() or "access" in str(caught.value).lower()
    count = clean_graph.execute_query("MATCH (e:Entity {id: 'country:XXX'}) RETURN count(e) AS n")
    assert count.records[0]["n"] == 0


@pytest.fixture
def down_client() -> Iterator[TestClient]:
    # Port 9 (discard) on loopback: nothing answers Bolt there.
    nowhere = Neo4jSettings(
        uri="bolt://127.0.0.1:9",
        password=SecretStr("x" * 8),
        connection_timeout=1.0,
        retry_time=0.5,
    )
    driver = connect(nowhere)
    yield TestClient(serve_from(app, driver, nowhere))
    app.dependency_overrides.clear()
    driver.close()


def test_neo4j_down_is_503_problem_json(down_client: TestClient) -> None:
    for path in ("/entities?q=kim", "/entities/person:kim-jong-un", "/stats", "/ready"):
        response = down_client.get(path)
        assert response.status_code == 503, path
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == 503
    health = down_client.get("/health")
    assert health.status_code == 200
    assert health.json()["neo4j_reachable"] is False
    # Liveness does not depend on Neo4j: a probe restarting the API would not bring it back.
    assert down_client.get("/livez").json() == {"status": "ok"}

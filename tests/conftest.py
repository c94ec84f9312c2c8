"""Shared fixtures: a real Neo4j for every graph test, and a clean graph for each one."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver
from neo4j_support import NEO4J_IMAGE, docker_is_running
from pydantic import SecretStr
from testcontainers.neo4j import Neo4jContainer  # type: ignore[import-untyped]

from geokg.graph.db import connect
from geokg.graph.schema import apply_schema
from geokg.graph.settings import Neo4jSettings, get_settings

TEST_DB_MARKER = "GEOKG_TEST_DB"  # set to 1 by `make test`: this Neo4j may be wiped
_throwaway: set[str] = set()  # URIs of the containers this session started
ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "corpus/seed/viewworld-2787-kim-putin.wp.json", ROOT / "corpus/dev/articles"]


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Neo4jSettings]:
    """Where the tests' Neo4j is: a throwaway container, else NEO4J_URI; never skipped."""
    if docker_is_running():
        with Neo4jContainer(NEO4J_IMAGE) as container:
            uri = container.get_connection_url()
            _throwaway.add(uri)  # ours alone: wiping it needs no marker
            yield Neo4jSettings(
                uri=uri, user=container.username, password=SecretStr(container.password)
            )
    elif os.getenv("NEO4J_URI"):
        yield get_settings()  # same NEO4J_* vars as the app
    else:
        pytest.fail("No Neo4j: start Docker or set NEO4J_URI (`make test` starts a local one)")


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    """One driver for the whole session, on a graph with the schema applied."""
    with connect(neo4j_settings) as driver:
        driver.verify_connectivity()
        apply_schema(driver, neo4j_settings.database)
        yield driver


def _check_wipeable(settings: Neo4jSettings) -> None:
    if settings.uri not in _throwaway and os.getenv(TEST_DB_MARKER) != "1":
        pytest.fail(
            f"Refusing to wipe {settings.uri}: set {TEST_DB_MARKER}=1 only for a Neo4j "
            "dedicated to tests (`make test` does)"
        )


@pytest.fixture
def clean_graph(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    """The driver on a graph holding no geokg data, wiped again when the test ends."""
    _check_wipeable(neo4j_settings)
    _wipe(neo4j_driver, neo4j_settings.database)
    yield neo4j_driver
    _wipe(neo4j_driver, neo4j_settings.database)


def _wipe(driver: Driver, database: str) -> None:
    """Delete geokg's nodes only: the Schema node stays, and so does anything a tool wrote."""
    # In batches, so that a large leftover graph cannot exhaust the transaction memory; that
    # needs an auto-commit transaction, hence session.run.
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n) WHERE n:Entity OR n:Article OR n:Claim "
            "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


@pytest.fixture(scope="module")
def corpus_graph(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    """The sample article and the dev corpus loaded through the real ingest pipeline."""
    from geokg.graph.loader import load_extractions
    from geokg.ingest.pipeline import extract_documents
    from geokg.ingest.readers import read_paths

    _check_wipeable(neo4j_settings)
    _wipe(neo4j_driver, neo4j_settings.database)
    results = [r for r in extract_documents(read_paths(CORPUS)) if not isinstance(r, Exception)]
    assert len(results) == 25, "the sample and the 24 dev articles"
    report = load_extractions(
        neo4j_driver, [r.extraction for r in results], database=neo4j_settings.database
    )
    assert not report.failed
    yield neo4j_driver
    _wipe(neo4j_driver, neo4j_settings.database)

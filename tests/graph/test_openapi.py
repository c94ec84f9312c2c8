"""schemathesis over the OpenAPI document: no 5xx, and every response as documented.

It runs against the corpus loaded by ingest, with an ingest key, so that writes are
exercised too (generated bodies are not articles: they must come back as 4xx problems).
"""

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from neo4j import Driver
from neo4j_support import serve_from
from schemathesis.specs.openapi.checks import positive_data_acceptance

from geokg.app.main import create_app
from geokg.app.settings import get_api_settings
from geokg.graph.settings import Neo4jSettings

KEY = "schemathesis-ingest-key-0123456789"
APP = create_app()
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def _graph_and_key(
    corpus_graph: Driver, neo4j_settings: Neo4jSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("GEOKG_INGEST_KEY", KEY)
    get_api_settings.cache_clear()
    serve_from(APP, corpus_graph, neo4j_settings)
    yield
    APP.dependency_overrides.clear()
    get_api_settings.cache_clear()


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_openapi(case: schemathesis.Case) -> None:
    response = case.call(headers={"X-API-Key": KEY})
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"
    # Positive-data acceptance is left out: an opaque cursor, a relation-type list or a body
    # that must be an English article can be schema-valid and still rightly rejected (400/422).
    case.validate_response(response, excluded_checks=[positive_data_acceptance])


def teardown_module() -> None:
    if (jobs := getattr(APP.state, "jobs", None)) is not None:
        jobs.close()

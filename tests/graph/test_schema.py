"""The schema applies idempotently, and every Cypher file compiles and is named for what it does."""

import re

import pytest
from neo4j import Driver

from geokg.graph.db import CYPHER_DIR, cypher, statements
from geokg.graph.ontology import SCHEMA_VERSION
from geokg.graph.queries import count_labels
from geokg.graph.schema import apply_schema, find_schema_version
from geokg.graph.settings import Neo4jSettings

# Files the loader runs as several `;`-separated statements rather than as one query.
MULTI_STATEMENT = {"schema"}


def _schema_state(driver: Driver) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "RETURN name, type, labelsOrTypes, properties ORDER BY name"
    )
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
        "RETURN name, type, labelsOrTypes, properties, state ORDER BY name"
    )
    return [tuple(r.values()) for r in constraints], [tuple(r.values()) for r in indexes]


def test_schema_applies_twice_without_change(
    neo4j_driver: Driver, neo4j_settings: Neo4jSettings
) -> None:
    apply_schema(neo4j_driver, neo4j_settings.database)
    before = _schema_state(neo4j_driver)
    apply_schema(neo4j_driver, neo4j_settings.database)
    assert _schema_state(neo4j_driver) == before
    schema_nodes = neo4j_driver.execute_query("MATCH (s:Schema) RETURN count(s) AS n").records
    assert schema_nodes[0]["n"] == 1


def test_uniqueness_constraints_on_id(neo4j_driver: Driver) -> None:
    records, _, _ = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
        "WHERE type IN ['UNIQUENESS', 'NODE_PROPERTY_UNIQUENESS'] AND properties = ['id'] "
        "RETURN collect(labelsOrTypes[0]) AS labels"
    )
    assert {"Entity", "Article", "Claim"} <= set(records[0]["labels"])


def test_indexes_online(neo4j_driver: Driver) -> None:
    records, _, _ = neo4j_driver.execute_query(
        "SHOW INDEXES YIELD name, type, state RETURN name, type, state"
    )
    indexes = {r["name"]: (r["type"], r["state"]) for r in records}
    assert indexes["entity_names"] == ("FULLTEXT", "ONLINE")
    for name in ("entity_name", "entity_kind", "article_published_at", "claim_type"):
        assert indexes[name] == ("RANGE", "ONLINE"), name


def test_schema_version_recorded(neo4j_driver: Driver, neo4j_settings: Neo4jSettings) -> None:
    assert find_schema_version(neo4j_driver, neo4j_settings.database) == SCHEMA_VERSION


def test_count_labels_after_schema(clean_graph: Driver, neo4j_settings: Neo4jSettings) -> None:
    labels = count_labels(clean_graph, neo4j_settings.database)
    assert labels.get("Schema") == 1
    assert "Entity" not in labels  # a wiped graph: zero counts are left out


@pytest.mark.parametrize("name", sorted(p.stem for p in CYPHER_DIR.glob("*.cypher")))
def test_query_compiles(neo4j_driver: Driver, name: str) -> None:
    queries = statements(name) if name in MULTI_STATEMENT else [cypher(name)]
    for query in queries:
        params = dict.fromkeys(re.findall(r"\$(\w+)", query))  # each $param -> null
        summary = neo4j_driver.execute_query("EXPLAIN " + query, params).summary
        # Reads are named find_/count_/export_, and only reads: 'r' is read-only; 'w', 'rw'
        # and 's' (schema) all write.
        reads = name.startswith(("find_", "count_", "export_"))
        assert (summary.query_type == "r") == reads, query
    header = cypher(name).splitlines()[0]
    assert header.startswith(f"// {name}: "), "a file opens with `// name: what it does`"
    assert "Params:" in cypher(name), "the header lists the parameters, or says none"


def test_schema_version_none_before_apply(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    clean_graph.execute_query("MATCH (s:Schema {id: 'geokg'}) DELETE s", database_=db)
    try:
        assert find_schema_version(clean_graph, db) is None
    finally:
        apply_schema(clean_graph, db)
    assert find_schema_version(clean_graph, db) == SCHEMA_VERSION

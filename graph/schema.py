"""The graph's schema: constraints, indexes and the recorded schema version."""

from typing import Any

from neo4j import Driver, Result, RoutingControl
from neo4j.exceptions import ClientError

from geokg.graph.db import cypher, statements
from geokg.graph.migrate import IDS_VERSION, migrate_ids
from geokg.graph.ontology import SCHEMA_VERSION, SYMMETRIC

# Two processes starting at once (API and ingest) may both pass IF NOT EXISTS, then one loses.
_ALREADY_THERE = frozenset(
    {
        "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        "Neo.ClientError.Schema.ConstraintAlreadyExists",
        "Neo.ClientError.Schema.IndexAlreadyExists",
    }
)
INDEX_TIMEOUT_S = 300


def apply_schema(driver: Driver, database: str) -> None:
    """Create what `cypher/schema.cypher` declares, wait for its indexes, record the version.

    A graph recorded below version 3 first has its entity and article ids migrated
    (graph/migrate.py);
    should that fail, the version stays and the next start tries again.
    """
    stored = find_schema_version(driver, database)
    if stored is not None and stored < IDS_VERSION:
        migrate_ids(driver, database)
    known: dict[str, Any] = {"version": SCHEMA_VERSION, "symmetric": sorted(SYMMETRIC)}
    for statement in statements("schema"):
        params = {k: v for k, v in known.items() if f"${k}" in statement}
        try:
            driver.execute_query(statement, params, database_=database)
        except ClientError as exc:
            if exc.code not in _ALREADY_THERE:
                raise
    # A query planned before its index is online would scan, and the full-text search would fail.
    driver.execute_query(
        "CALL db.awaitIndexes($timeout)", {"timeout": INDEX_TIMEOUT_S}, database_=database
    )


def find_schema_version(driver: Driver, database: str) -> int | None:
    """The schema version recorded in the graph, None when the schema was never applied."""
    record = driver.execute_query(
        cypher("find_schema_version"),
        routing_=RoutingControl.READ,
        database_=database,
        result_transformer_=Result.single,
    )
    version = record["version"] if record else None
    return int(version) if version is not None else None

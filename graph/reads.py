"""Read queries for the API: each runs one named `cypher/find_*` or `count_*` file.

Every read goes through `_read`: READ routing (so a write statement fails with Neo4j's
access-mode error) and a server-side timeout.
"""

from typing import Any

from neo4j import Driver, Query, RoutingControl

from graph.db import cypher
from graph.ontology import SYMMETRIC, Relation
from graph.settings import get_settings

Row = dict[str, Any]
_SYMMETRIC = sorted(SYMMETRIC)
# Walks follow the typed summary edges only, never MENTIONS or the claim structure.
_ALL_TYPES = [r.value for r in Relation]


def _read(driver: Driver, name: str, params: dict[str, Any]) -> list[Row]:
    s = get_settings()
    query = Query(cypher(name), timeout=s.query_timeout)
    records, _, _ = driver.execute_query(
        query, params, routing_=RoutingControl.READ, database_=s.database
    )
    return [r.data() for r in records]


def find_entities(
    driver: Driver, q: str | None, kind: str | None, skip: int, limit: int
) -> list[Row]:
    """Entities matching a search (full-text over names and aliases), best first."""
    if not q:
        return _read(
            driver, "find_entities_by_salience", {"kind": kind, "skip": skip, "limit": limit}
        )
    return _read(
        driver,
        "find_entities",
        {"q": lucene_query(q), "kind": kind, "skip": skip, "limit": limit},
    )


def lucene_query(text: str) -> str:
    """A user's words as a safe Lucene query: each word exact, fuzzy or as a prefix."""
    # Lower case: the analyzer lower-cases anyway, and AND, OR, NOT would be operators.
    words = ["".join(c for c in w if c.isalnum()).lower() for w in text.split()]
    terms = [f"({w}^3 OR {w}* OR {w}~1)" if len(w) > 3 else f"({w}^3 OR {w}*)" for w in words if w]
    return " AND ".join(terms) or '""'


def find_entity(driver: Driver, entity_id: str, top: int = 10) -> Row | None:
    """One entity with its roles and top relations, or None."""
    rows = _read(driver, "find_entity", {"id": entity_id, "top": top})
    return rows[0] if rows else None


def find_entity_relations(driver: Driver, entity_id: str, **filters: Any) -> list[Row]:
    """An entity's summary edges with their latest evidence."""
    return _read(driver, "find_entity_relations", {"id": entity_id, **filters})


def find_neighbors(
    driver: Driver, entity_id: str, depth: int, types: list[str] | None, limit: int
) -> list[Row]:
    """Entities within `depth` hops."""
    params = {"id": entity_id, "depth": depth, "types": types or _ALL_TYPES, "limit": limit}
    return _read(driver, "find_neighbors", params)


def find_claims(driver: Driver, **filters: Any) -> list[Row]:
    """Claims with evidence, article and attribution."""
    return _read(driver, "find_claims", {"symmetric": _SYMMETRIC, **filters})


def find_paths(
    driver: Driver, source: str, target: str, max_hops: int, types: list[str] | None, limit: int
) -> list[Row]:
    """Shortest paths between two entities, each hop with its claims."""
    params = {
        "from": source, "to": target, "max_hops": max_hops, "types": types or _ALL_TYPES,
        "limit": limit,
    }
    return _read(driver, "find_paths", params)


def count_timeline(
    driver: Driver, entity_id: str, since: str | None, until: str | None, bucket: str
) -> list[Row]:
    """Claim counts per period and type for one entity."""
    params = {"id": entity_id, "from": since, "to": until, "bucket": bucket}
    return _read(driver, "count_timeline", params)


def find_article(driver: Driver, article_id: str) -> Row | None:
    """One article with its entities and claims, or None."""
    rows = _read(driver, "find_article", {"id": article_id})
    return rows[0] if rows else None


def find_articles(
    driver: Driver, source: str | None, since: str | None, skip: int, limit: int
) -> list[Row]:
    """Articles, newest first."""
    params = {"source": source, "since": since, "skip": skip, "limit": limit}
    return _read(driver, "find_articles", params)


def find_graph(
    driver: Driver, entity_id: str, depth: int, types: list[str] | None, limit: int
) -> Row | None:
    """The node-link neighbourhood of an entity, or None when it does not exist."""
    params = {"id": entity_id, "depth": depth, "types": types or _ALL_TYPES, "limit": limit}
    rows = _read(driver, "find_graph", params)
    return rows[0] if rows else None


def count_stats(driver: Driver) -> Row:
    """Nodes by kind, edges by type, articles and the last ingest."""
    return _read(driver, "count_stats", {})[0]


def count_claims_by_day(
    driver: Driver, since: str | None, until: str | None, types: list[str] | None
) -> list[Row]:
    """Claims per day and type."""
    return _read(driver, "count_claims_by_day", {"since": since, "until": until, "types": types})


def find_top_actors(
    driver: Driver, since: str | None, until: str | None, kind: str | None, limit: int
) -> list[Row]:
    """Entities by claim count over a period."""
    params = {"since": since, "until": until, "kind": kind, "limit": limit}
    return _read(driver, "find_top_actors", params)


def count_constraints(driver: Driver) -> list[str]:
    """Labels that have a uniqueness constraint on `id`."""
    labels: list[str] = _read(driver, "count_constraints", {})[0]["labels"]
    return labels

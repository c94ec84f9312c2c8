"""Read queries for the API: each runs one named `cypher/find_*` or `count_*` file.

Every read goes through `_run`, on the async driver: a READ session (so a write statement
fails with Neo4j's access-mode error), a server-side timeout, and one auto-commit statement.
A managed transaction would add BEGIN and COMMIT round trips, and its retries would hold a
request for seconds while Neo4j is down; the API answers 503 with Retry-After instead.

Lists come back as one record holding `items` (see find_entity_relations.cypher): the
driver's Python cost is per record, and one record of 50 maps costs a third of 50 records.

With a `ReadCache` (geokg.graph.cache), a query asked again before the graph changes is answered
from memory. Rows may be shared between callers that way: read them, never change them.
"""

from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, Query

from geokg.graph.cache import ReadCache
from geokg.graph.db import cypher
from geokg.graph.ontology import SYMMETRIC, Relation
from geokg.graph.settings import get_settings

Row = dict[str, Any]
_SYMMETRIC = sorted(SYMMETRIC)
# Walks follow the typed summary edges only, never MENTIONS or the claim structure.
_ALL_TYPES = [r.value for r in Relation]


async def _run(driver: AsyncDriver, text: str, params: dict[str, Any]) -> list[Row]:
    s = get_settings()
    async with driver.session(database=s.database, default_access_mode=READ_ACCESS) as session:
        result = await session.run(Query(text, timeout=s.query_timeout), params)
        # Our queries return maps and scalars, never nodes, so dict() is enough: data() would
        # walk every value again looking for nodes to convert.
        return [dict(r) async for r in result]


@dataclass(frozen=True, slots=True)
class Reader:
    """The asyncio driver the reads run on, and the cache they may answer from."""

    driver: AsyncDriver
    cache: ReadCache | None = None


async def _read(reader: Reader, name: str, params: dict[str, Any]) -> list[Row]:
    cache = reader.cache
    if cache is None:
        return await _run(reader.driver, cypher(name), params)
    key = cache.key(name, params)
    if (rows := cache.get(key)) is not None:
        return rows
    token = cache.token()  # before the query: a write while it runs must not be hidden
    rows = await _run(reader.driver, cypher(name), params)
    cache.put(key, rows, token)
    return rows


async def _items(reader: Reader, name: str, params: dict[str, Any]) -> list[Row]:
    """The `items` list of a query that returns one record (see the module's docstring)."""
    rows = await _read(reader, name, params)
    items: list[Row] = rows[0]["items"] if rows else []
    return items


async def find_entities(
    reader: Reader, q: str | None, kind: str | None, skip: int, limit: int
) -> list[Row]:
    """Entities matching a search (full-text over names and aliases), best first."""
    if not q:
        return await _read(
            reader, "find_entities_by_salience", {"kind": kind, "skip": skip, "limit": limit}
        )
    return await _read(
        reader,
        "find_entities",
        {"q": lucene_query(q), "kind": kind, "skip": skip, "limit": limit},
    )


def lucene_query(text: str) -> str:
    """A user's words as a safe Lucene query: each word exact, fuzzy or as a prefix."""
    # Lower case: the analyzer lower-cases anyway, and AND, OR, NOT would be operators.
    words = ["".join(c for c in w if c.isalnum()).lower() for w in text.split()]
    terms = [f"({w}^3 OR {w}* OR {w}~1)" if len(w) > 3 else f"({w}^3 OR {w}*)" for w in words if w]
    return " AND ".join(terms) or '""'


async def find_entity(reader: Reader, entity_id: str, top: int = 10) -> Row | None:
    """One entity with its roles and top relations, or None."""
    rows = await _read(reader, "find_entity", {"id": entity_id, "top": top})
    return rows[0] if rows else None


async def find_entity_relations(reader: Reader, entity_id: str, **filters: Any) -> list[Row]:
    """An entity's summary edges with their latest evidence."""
    return await _items(reader, "find_entity_relations", {"id": entity_id, **filters})


async def find_neighbors(
    reader: Reader,
    entity_id: str,
    depth: int,
    types: list[str] | None,
    limit: int,
    source: str | None = None,
) -> list[Row]:
    """Entities within `depth` hops (over edges with a claim from `source`, if given)."""
    params = {
        "id": entity_id,
        "depth": depth,
        "types": types or _ALL_TYPES,
        "source": source,
        "limit": limit,
    }
    return await _items(reader, "find_neighbors", params)


async def find_claims(reader: Reader, **filters: Any) -> list[Row]:
    """Claims with evidence, article and attribution."""
    return await _read(reader, "find_claims", {"symmetric": _SYMMETRIC, **filters})


async def find_paths(
    reader: Reader,
    source: str,
    target: str,
    max_hops: int,
    types: list[str] | None,
    limit: int,
) -> list[Row]:
    """Shortest paths between two entities, each hop with its claims."""
    params = {
        "from": source,
        "to": target,
        "max_hops": max_hops,
        "types": types or _ALL_TYPES,
        "limit": limit,
    }
    return await _read(reader, "find_paths", params)


async def count_timeline(
    reader: Reader,
    entity_id: str,
    since: str | None,
    until: str | None,
    bucket: str,
    source: str | None = None,
) -> list[Row]:
    """Claim counts per period and type for one entity (of one publisher's articles, if given)."""
    params = {"id": entity_id, "from": since, "to": until, "source": source, "bucket": bucket}
    return await _read(reader, "count_timeline", params)


async def find_article(reader: Reader, article_id: str) -> Row | None:
    """One article with its entities and claims, or None."""
    rows = await _read(reader, "find_article", {"id": article_id})
    return rows[0] if rows else None


async def find_articles(
    reader: Reader, source: str | None, since: str | None, skip: int, limit: int
) -> list[Row]:
    """Articles, newest first."""
    params = {"source": source, "since": since, "skip": skip, "limit": limit}
    return await _read(reader, "find_articles", params)


async def find_graph(
    reader: Reader,
    entity_id: str,
    depth: int,
    types: list[str] | None,
    limit: int,
    source: str | None = None,
) -> Row | None:
    """The node-link neighbourhood of an entity (the neighbours find_neighbors gives, and the
    edges among them and the centre), or None when the entity does not exist. With a source,
    only edges with a claim from that publisher; their counts stay those of all their claims."""
    near = await find_neighbors(reader, entity_id, depth, types, limit, source)
    ids = [entity_id, *(n["entity"]["id"] for n in near)]
    params = {"ids": ids, "types": types or _ALL_TYPES, "source": source}
    rows = await _read(reader, "find_links", params)
    # No centre, no neighbours: find_links then holds no node.
    if not rows or not rows[0]["nodes"]:
        return None
    return rows[0]


async def count_stats(reader: Reader, source: str | None = None) -> Row:
    """Nodes by kind, edges by type, articles and the last ingest (of one publisher, if given)."""
    return (await _read(reader, "count_stats", {"source": source}))[0]


async def count_claims_by_day(
    reader: Reader,
    since: str | None,
    until: str | None,
    types: list[str] | None,
    source: str | None = None,
) -> list[Row]:
    """Claims per day and type (from one publisher's articles, if given)."""
    params = {"since": since, "until": until, "types": types, "source": source}
    return await _read(reader, "count_claims_by_day", params)


async def find_top_actors(
    reader: Reader,
    since: str | None,
    until: str | None,
    kind: str | None,
    limit: int,
    source: str | None = None,
) -> list[Row]:
    """Entities by claim count over a period (claims from one publisher's articles, if given)."""
    params = {"since": since, "until": until, "kind": kind, "source": source, "limit": limit}
    return await _read(reader, "find_top_actors", params)


async def count_constraints(reader: Reader) -> list[str]:
    """Labels that have a uniqueness constraint on `id`."""
    labels: list[str] = (await _read(reader, "count_constraints", {}))[0]["labels"]
    return labels

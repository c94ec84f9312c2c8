"""The driver and the named Cypher files: the only door to Neo4j."""

from functools import cache
from importlib.resources import files
from typing import Any, LiteralString, cast

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase

from geokg.graph.settings import Neo4jSettings

# cypher/ is installed as the data package geokg.cypher (pyproject.toml's package-dir).
CYPHER_DIR = files("geokg.cypher")


def connect(s: Neo4jSettings) -> Driver:
    """A driver for the configured Neo4j; the caller closes it."""
    return GraphDatabase.driver(s.uri, **_options(s))


def connect_async(s: Neo4jSettings) -> AsyncDriver:
    """An asyncio driver for the API's reads, configured as `connect`; the caller closes it."""
    return AsyncGraphDatabase.driver(s.uri, **_options(s))


def _options(s: Neo4jSettings) -> dict[str, Any]:
    return {
        "auth": (s.user, s.password.get_secret_value()),
        "connection_timeout": s.connection_timeout,
        "max_transaction_retry_time": s.retry_time,
    }


@cache
def cypher(name: str) -> LiteralString:
    """The text of `cypher/<name>.cypher`."""
    text = (CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    # Our files, never user input; mypy reads LiteralString as str, so it calls the cast redundant.
    return cast(LiteralString, text)  # type: ignore[redundant-cast]


def statements(name: str) -> list[LiteralString]:
    """The `;`-separated statements of a multi-statement file, comments dropped."""
    lines = [ln for ln in cypher(name).splitlines() if not ln.lstrip().startswith("//")]
    parts = "\n".join(lines).split(";")
    return [cast(LiteralString, p.strip()) for p in parts if p.strip()]  # type: ignore[redundant-cast]

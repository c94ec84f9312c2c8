"""Reads the loader's callers need: node counts for /health, an article's claims read back, and
what is stored of articles a bulk ingest is about to extract."""

from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, Driver, NotificationDisabledCategory, RoutingControl

from geokg.graph.db import cypher


def count_labels(driver: Driver, database: str) -> dict[str, int]:
    """Nodes by label, e.g. {"Entity": 52, "Country": 8, ...}, from the count store."""
    records, _, _ = driver.execute_query(
        cypher("count_labels"), routing_=RoutingControl.READ, database_=database
    )
    return {r["label"]: r["nodes"] for r in records}


def find_claims_of_article(driver: Driver, article_id: str, database: str) -> list[dict[str, Any]]:
    """An article's claims in reading order, each with its sentence, ends and speaker ids."""
    records, _, _ = driver.execute_query(
        cypher("find_claims_of_article"),
        {"id": article_id},
        routing_=RoutingControl.READ,
        database_=database,
    )
    return [dict(r["claim"]) for r in records]


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What the graph holds of one article: enough to tell whether new content changes it."""

    content_hash: str
    extractor_version: str
    claims: int


def find_article_hashes(driver: Driver, ids: list[str], database: str) -> dict[str, StoredArticle]:
    """Article id to its stored hash, extractor version and claim count; unknown ids absent."""
    if not ids:
        return {}
    # On a graph that has never held an article, Neo4j warns that content_hash is an unknown
    # property key, and the driver logs that warning for every window of a first ingest.
    with driver.session(
        database=database,
        default_access_mode=READ_ACCESS,
        notifications_disabled_categories=[NotificationDisabledCategory.UNRECOGNIZED],
    ) as session:
        records = session.execute_read(
            lambda tx: tx.run(cypher("find_article_hashes"), {"ids": ids}).data()
        )
    return {
        r["id"]: StoredArticle(r["content_hash"], r["extractor_version"], r["claims"])
        for r in records
    }

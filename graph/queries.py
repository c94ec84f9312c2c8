"""Reads the loader's callers need: node counts for /health, an article's claims read back."""

from typing import Any

from neo4j import Driver, RoutingControl

from graph.db import cypher


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

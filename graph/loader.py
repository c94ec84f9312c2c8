"""Writes extractions into Neo4j: each article whole or not at all, summaries recomputed.

One managed write transaction per batch of articles runs the named `cypher/` statements in a
fixed order: lock the articles, drop what a changed article said before, merge entities,
articles, mentions and claims, then bring the summary edges and entity summaries they touch
up to date. An edge or entity that lost claims or mentions (a corrected article) is recomputed
from the graph itself; one that only gained some gets the new ones' counts, dates and sets,
summed up here from the batch, folded in: the same result, without reading back what the
graph holds or what the batch has just written. So reloading is a no-op, a corrected article
leaves exactly what it now says, and two loaders racing on shared entities end in the state
either would have reached alone (each waits for the other's entity locks, then reads the
committed edge).
"""

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import AuthError, Forbidden, Neo4jError, TransientError
from pydantic import ValidationError

from graph.db import cypher
from graph.models import Claim, Entity, Extraction
from graph.ontology import CODING, SYMMETRIC, Relation

log = logging.getLogger("geokg.loader")

DEFAULT_BATCH_SIZE = 20
"""Articles per transaction: large enough to amortise round trips, small enough that a
deadlock retry or a failed batch (then loaded article by article) stays cheap."""

Row = dict[str, Any]


class Outcome(StrEnum):
    """What a load did to one article."""

    LOADED = "loaded"  # new id
    UNCHANGED = "unchanged"  # same content hash and extractor version: nothing written
    REPLACED = "replaced"  # known id, new content: its claims and mentions replaced
    FAILED = "failed"  # invalid or refused by Neo4j: nothing of it stored


@dataclass(frozen=True, slots=True)
class ArticleLoad:
    """One article's outcome and claim counts."""

    article_id: str
    outcome: Outcome
    claims: int  # claims stored for the article after the load
    removed_claims: int = 0  # claims of the previous content deleted (REPLACED only)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LoadReport:
    """Per-article outcomes of one `load_extractions` call, in input order."""

    articles: tuple[ArticleLoad, ...]

    @property
    def outcomes(self) -> dict[str, Outcome]:
        """Article id to outcome (the last one when an id came twice)."""
        return {a.article_id: a.outcome for a in self.articles}

    @property
    def failed(self) -> list[ArticleLoad]:
        """The articles of which nothing was stored."""
        return [a for a in self.articles if a.outcome is Outcome.FAILED]

    def count(self, outcome: Outcome) -> int:
        """How many articles had this outcome."""
        return sum(a.outcome is outcome for a in self.articles)


class LoadError(Exception):
    """The graph did not take a statement as expected; the transaction is rolled back."""


def load_extractions(
    driver: Driver,
    extractions: Iterable[Extraction],
    *,
    database: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> LoadReport:
    """Write extractions, each article all-or-nothing; a bad one is reported, never half-stored."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be positive, not {batch_size}")
    loads: dict[int, ArticleLoad] = {}
    for batch, rejected in _batches(extractions, batch_size):
        loads.update(rejected)
        if batch:
            done = _load_batch(driver, [x for _, x in batch], database)
            loads.update(zip((i for i, _ in batch), done, strict=True))
    return LoadReport(tuple(loads[i] for i in sorted(loads)))


def _batches(
    extractions: Iterable[Extraction], size: int
) -> Iterator[tuple[list[tuple[int, Extraction]], dict[int, ArticleLoad]]]:
    """Valid extractions by input position, batched with no article twice; the rejected ones."""
    # Read lazily, so that a whole corpus can stream through without being held in memory.
    batch: list[tuple[int, Extraction]] = []
    rejected: dict[int, ArticleLoad] = {}
    for i, extraction in enumerate(extractions):
        article_id = extraction.article.id
        if (error := _invalid(extraction)) is not None:
            log.error("article %s not loaded: %s", article_id, error)
            rejected[i] = ArticleLoad(article_id, Outcome.FAILED, 0, error=error)
            continue
        # A second version of an article in the same input loads after the first, in order.
        if len(batch) == size or any(x.article.id == article_id for _, x in batch):
            yield batch, rejected
            batch, rejected = [], {}
        batch.append((i, extraction))
    if batch or rejected:
        yield batch, rejected


def _invalid(extraction: Extraction) -> str | None:
    """Why an extraction cannot be written, checked before any write; None when it can."""
    try:
        # Models built with model_construct() skip validation; nothing unchecked reaches Cypher.
        Extraction.model_validate(extraction.model_dump())
    except ValidationError as exc:
        return str(exc)
    seen: set[str] = set()
    for c in extraction.claims:
        if c.id in seen:
            return f"claim {c.id} appears twice"
        if c.char_end < c.char_start:
            return f"claim {c.id} ends before it starts"
        seen.add(c.id)
    return None


def _load_batch(driver: Driver, batch: list[Extraction], database: str) -> list[ArticleLoad]:
    """One transaction for the batch; if Neo4j refuses it, each article in its own."""
    try:
        with driver.session(database=database) as session:
            # execute_write retries deadlocks and other transient errors with the whole batch.
            return session.execute_write(_write, batch)
    except (TransientError, AuthError, Forbidden):
        raise  # the server or the credentials, not the article: no other article would load
    except (Neo4jError, LoadError, ValueError) as exc:
        if len(batch) > 1:
            # One bad article must not sink its batch: retry each alone, all-or-nothing each.
            return [load for x in batch for load in _load_batch(driver, [x], database)]
        log.error("article %s not loaded: %s", batch[0].article.id, exc)
        return [ArticleLoad(batch[0].article.id, Outcome.FAILED, 0, error=str(exc))]


def _run(tx: ManagedTransaction, name: str, **params: Any) -> list[Row]:
    """Run the statement `cypher/<name>.cypher` inside the transaction."""
    return tx.run(cypher(name), params).data()


def _write(tx: ManagedTransaction, batch: list[Extraction]) -> list[ArticleLoad]:
    """The batch's statements, in an order that takes article locks before entity locks."""
    stored = {
        r["id"]: r for r in _run(tx, "lock_articles", ids=sorted(x.article.id for x in batch))
    }
    writes: list[Extraction] = []
    loads: dict[str, ArticleLoad] = {}
    for x in batch:
        held = stored[x.article.id]
        if (held["content_hash"], held["extractor_version"]) == (
            x.article.content_hash,
            x.article.extractor_version,
        ):
            loads[x.article.id] = ArticleLoad(x.article.id, Outcome.UNCHANGED, held["claims"])
        else:
            writes.append(x)
    if not writes:
        return [loads[x.article.id] for x in batch]

    # lock_articles created the node of a new article, so a stored hash means a known one.
    changed = sorted(x.article.id for x in writes if stored[x.article.id]["content_hash"])
    old_claims = _run(tx, "delete_article_claims", ids=changed) if changed else []
    old_entities = (
        {r["entity"] for r in _run(tx, "delete_article_mentions", ids=changed)}
        if changed
        else set()
    )

    mentions: dict[str, list[tuple[Extraction, Entity]]] = {}
    for x in writes:
        for e in x.entities:
            mentions.setdefault(e.id, []).append((x, e))
    entities = [r | _entity_gain(mentions[r["id"]]) for r in _entity_rows(writes)]
    new_ids = {e["id"] for e in entities}
    _run(tx, "merge_entities", rows=entities)
    if only_old := sorted(old_entities - new_ids):
        _run(tx, "lock_entities", ids=only_old)
    now = datetime.now(UTC)
    _run(tx, "merge_articles", rows=[_article_row(x, now) for x in writes])
    _run(tx, "merge_mentions", rows=[_mention_row(x, e) for x in writes for e in x.entities])
    claims = [_claim_row(x, c) for x in writes for c in x.claims]
    if claims:
        written = _run(tx, "merge_claims", rows=claims)[0]["claims"]
        if written != len(claims):
            raise LoadError(f"{len(claims) - written} of {len(claims)} claims were not written")

    new_claims: dict[tuple[str, str, str], list[tuple[Extraction, Claim]]] = {}
    for x in writes:
        for c in x.claims:
            new_claims.setdefault(_edge(c.type, *c.ordered()), []).append((x, c))
    # An edge that lost claims is recomputed from the graph; one that only gains, added to.
    lost = {_edge(Relation(r["type"]), r["subject"], r["object"]) for r in old_claims}
    if lost:
        _run(tx, "refresh_edges", rows=[_edge_row(*e) for e in sorted(lost)])
    if gained := sorted(set(new_claims) - lost):
        rows = [_edge_row(*e) | _edge_gain(new_claims[e]) for e in gained]
        _run(tx, "add_to_edges", rows=rows)
    if old_entities:
        # After every write of the load; overrides what merge_entities folded in for them.
        _run(tx, "refresh_entities", ids=sorted(old_entities))

    removed = Counter(r["id"] for r in old_claims)
    for x in writes:
        outcome = Outcome.REPLACED if x.article.id in changed else Outcome.LOADED
        loads[x.article.id] = ArticleLoad(
            x.article.id, outcome, len(x.claims), removed[x.article.id]
        )
    return [loads[x.article.id] for x in batch]


def _entity_rows(extractions: list[Extraction]) -> list[Row]:
    """Each entity once (first name and first iso3 win), sorted so that locks come in order."""
    rows: dict[str, Row] = {}
    for x in extractions:
        for e in x.entities:
            row = rows.setdefault(e.id, {"id": e.id, "name": e.name, "kind": e.kind.value})
            row["iso3"] = row.get("iso3") or e.iso3
    return [rows[k] for k in sorted(rows)]


def _article_row(x: Extraction, ingested_at: datetime) -> Row:
    """The Article node's properties: the model's fields and when they were loaded."""
    return {**x.article.model_dump(), "ingested_at": ingested_at}


def _mention_row(x: Extraction, e: Entity) -> Row:
    """One MENTIONS edge: how often and in which surface forms the article names the entity."""
    return {
        "article": x.article.id,
        "entity": e.id,
        "count": e.mentions,
        "forms": sorted(set(e.aliases)),
    }


def _claim_row(x: Extraction, c: Claim) -> Row:
    """A claim's node properties (with its event coding) and the ids of what it links."""
    props = c.model_dump(mode="python", exclude={"subject", "object", "attributed_to"})
    props.update(type=c.type.value, modality=c.modality.value, tense=c.tense.value)
    props.update(plover=c.plover, cameo=c.cameo)
    return {
        "article": x.article.id,
        "subject": c.subject,
        "object": c.object,
        "attributed_to": c.attributed_to,
        "props": props,
    }


def _edge(relation: Relation, subject: str, obj: str) -> tuple[str, str, str]:
    """A summary edge's key as stored: symmetric types with the smaller id as subject."""
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return subject, relation.value, obj


def _edge_gain(found: list[tuple[Extraction, Claim]]) -> Row:
    """What an edge's new claims add to its summary, as add_to_edges folds it in."""
    # Newest first, then the smallest id: the order refresh_edges picks the latest claim by.
    latest = min((c for _, c in found), key=lambda c: (-c.date.toordinal(), c.id))
    return {
        "claims": len(found),
        "articles": len({x.article.id for x, _ in found}),
        # ISO strings: the driver packs a string in Rust, a date through Python.
        "first_seen": min(c.date for _, c in found).isoformat(),
        "last_seen": max(c.date for _, c in found).isoformat(),
        "confidence": max(c.confidence for _, c in found),
        "modalities": sorted({c.modality.value for _, c in found}),
        "sources": sorted({x.article.source for x, _ in found if x.article.source}),
        "latest_claim": latest.id,
        "latest_date": latest.date.isoformat(),
    }


def _entity_gain(found: list[tuple[Extraction, Entity]]) -> Row:
    """What an entity's new mentions add to its summary, as merge_entities folds it in."""
    # date(a.published_at) in Cypher: the day in the article's own offset, as here.
    days = [x.article.published_at.date() for x, _ in found]
    return {
        "mentions": sum(e.mentions for _, e in found),
        "first_seen": min(days).isoformat(),
        "last_seen": max(days).isoformat(),
        "forms": sorted({form for _, e in found for form in e.aliases}),
    }


def _edge_row(subject: str, relation: str, obj: str) -> Row:
    """What refresh_edges needs to rebuild one summary edge."""
    coding = CODING[Relation(relation)]
    return {
        "subject": subject,
        "type": relation,
        "object": obj,
        "symmetric": coding.symmetric,
        "plover": coding.plover,
        "cameo": coding.cameo,
    }

"""Writes extractions into Neo4j: each article whole or not at all, summaries recomputed.

One managed write transaction per batch of articles runs the named `cypher/` statements in a
fixed order: lock the articles, drop what a changed article said before, merge entities and
articles, create mentions and claims (none of a written article's exist by then), then bring
the summary edges and entity summaries they touch up to date. An edge or entity that lost
claims or mentions (a corrected article) is recomputed from the graph itself; one that only
gained some gets the new ones' counts, dates and sets, summed up here from the batch, folded
in: the same result, without reading back what the graph holds or what the batch has just
written. So reloading is a no-op, a corrected article leaves exactly what it now says, and two
loaders racing on shared entities end in the state either would have reached alone (each
waits for the other's entity locks, then reads the committed edge).
"""

import gc
import logging
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import AuthError, Forbidden, Neo4jError, TransientError
from pydantic import ValidationError

from geokg.graph.db import cypher
from geokg.graph.models import Extraction
from geokg.graph.ontology import CODING, SYMMETRIC, Relation

log = logging.getLogger("geokg.loader")

DEFAULT_BATCH_SIZE = 250
"""Articles per transaction. The statements' fixed costs (round trips, plans, the summary
edges and entities that every batch touches again) are shared by more articles: on the
2,000-article bench corpus 250 loaded in 10 s where 20 took 17 s, and 500 gained little more.
A failed batch is retried article by article, and a transaction of 250 articles holds its
entity locks for about a second."""

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
    for batch in _batches(extractions, batch_size):
        with _collector_paused():
            checked: list[tuple[int, _Checked]] = []
            for i, extraction in batch:
                if isinstance(result := _check(extraction), str):
                    log.error("article %s not loaded: %s", extraction.article.id, result)
                    loads[i] = ArticleLoad(extraction.article.id, Outcome.FAILED, 0, error=result)
                else:
                    checked.append((i, result))
            if checked:
                done = _load_batch(driver, [x for _, x in checked], database)
                loads.update(zip((i for i, _ in checked), done, strict=True))
    return LoadReport(tuple(loads[i] for i in sorted(loads)))


@dataclass(frozen=True, slots=True)
class _Checked:
    """An extraction that passed every check, with the rows it writes."""

    extraction: Extraction
    article: Row
    entities: list[Row]  # as dumped in JSON mode: enums as values, dates as ISO strings
    mentions: list[Row]
    claims: list[Row]
    day: str  # the article's publication day in its own offset, as date(a.published_at)

    @property
    def id(self) -> str:
        return self.extraction.article.id


def _batches(
    extractions: Iterable[Extraction], size: int
) -> Iterator[list[tuple[int, Extraction]]]:
    """The extractions by input position, in batches of `size` with no article twice."""
    # Read lazily, so that a whole corpus can stream through without being held in memory.
    batch: list[tuple[int, Extraction]] = []
    ids: set[str] = set()
    for i, extraction in enumerate(extractions):
        # A second version of an article in the same input loads after the first, in order.
        if len(batch) == size or extraction.article.id in ids:
            yield batch
            batch, ids = [], set()
        batch.append((i, extraction))
        ids.add(extraction.article.id)
    if batch:
        yield batch


class _CollectorPause:
    """Python's cycle collector off while the loader checks and writes a batch, on again after.

    Checking and writing allocate tens of thousands of dicts and lists a batch, which reference
    counting frees as they go; yet each burst of allocations set the collector walking every
    object the process held. With the bench's 2,000 extractions in memory that was 0.8-1.6 s of
    the loader's 3.3-3.9 s of CPU; paused a batch at a time, 2.5-2.8 s in all. (A bare
    UNWIND MERGE of the same rows allocates little, and took as long with it off.)

    The collector is one switch for the whole process. Loads that overlap in several threads
    share one pause, which ends with the last of them. Only a pause that found the collector
    on turns it back on: one found off (by the caller, or by a library that flips it around
    its own work, as srsly does) is left to whoever turned it off, so the loader can never
    leave it off for good. Other threads, bulk ingest's NLP among them, run without the
    collector while a batch is written, so cyclic garbage can wait for a batch's time
    (bench.memory still finds ingest's peak flat).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loads = 0  # loads inside the pause
        self._ours = False  # whether the pause turned the collector off

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._loads == 0 and gc.isenabled():
                gc.disable()
                self._ours = True
            self._loads += 1
        try:
            yield
        finally:
            with self._lock:
                self._loads -= 1
                if self._loads == 0 and self._ours:
                    self._ours = False
                    gc.enable()


_collector_paused = _CollectorPause()


def _check(extraction: Extraction) -> _Checked | str:
    """The extraction's rows, built after checking it; why it cannot be written, if so."""
    # Models built with model_construct() skip validation; nothing unchecked reaches Cypher.
    # The dump that is validated again is also what the rows are made of. JSON mode gives
    # enum values and ISO dates: strings, which the driver packs in Rust, where it packs a date
    # or datetime in Python (a quarter of a millisecond each; Cypher parses them instead).
    data = extraction.model_dump(mode="json")
    try:
        Extraction.model_validate(data)
    except ValidationError as exc:
        return str(exc)
    seen: set[str] = set()
    for c in extraction.claims:
        if c.id in seen:
            return f"claim {c.id} appears twice"
        if c.char_end < c.char_start:
            return f"claim {c.id} ends before it starts"
        seen.add(c.id)
    article_id = extraction.article.id
    return _Checked(
        extraction,
        data["article"],
        data["entities"],
        [_mention_row(article_id, e) for e in data["entities"]],
        [_claim_row(article_id, c) for c in data["claims"]],
        extraction.article.published_at.date().isoformat(),
    )


def _load_batch(driver: Driver, batch: list[_Checked], database: str) -> list[ArticleLoad]:
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
        log.error("article %s not loaded: %s", batch[0].id, exc)
        return [ArticleLoad(batch[0].id, Outcome.FAILED, 0, error=str(exc))]


def _run(tx: ManagedTransaction, name: str, **params: Any) -> list[Row]:
    """Run the statement `cypher/<name>.cypher` inside the transaction."""
    return tx.run(cypher(name), params).data()


def _write(tx: ManagedTransaction, batch: list[_Checked]) -> list[ArticleLoad]:
    """The batch's statements, in an order that takes article locks before entity locks."""
    stored = {r["id"]: r for r in _run(tx, "lock_articles", ids=sorted(x.id for x in batch))}
    writes: list[_Checked] = []
    loads: dict[str, ArticleLoad] = {}
    for x in batch:
        held, article = stored[x.id], x.extraction.article
        if (held["content_hash"], held["extractor_version"]) == (
            article.content_hash,
            article.extractor_version,
        ):
            loads[x.id] = ArticleLoad(x.id, Outcome.UNCHANGED, held["claims"])
        else:
            writes.append(x)
    if not writes:
        return [loads[x.id] for x in batch]

    # lock_articles created the node of a new article, so a stored hash means a known one.
    changed = sorted(x.id for x in writes if stored[x.id]["content_hash"])
    old_claims = _run(tx, "delete_article_claims", ids=changed) if changed else []
    old_entities = (
        {r["entity"] for r in _run(tx, "delete_article_mentions", ids=changed)}
        if changed
        else set()
    )

    entities = _entity_rows(writes)
    _run(tx, "merge_entities", rows=entities)
    if only_old := sorted(old_entities - {e["id"] for e in entities}):
        _run(tx, "lock_entities", ids=only_old)
    _run(tx, "merge_articles", rows=[x.article for x in writes])
    _run(tx, "create_mentions", rows=[row for x in writes for row in x.mentions])
    claims = [row for x in writes for row in x.claims]
    if claims:
        written = _run(tx, "create_claims", rows=claims)[0]["claims"]
        if written != len(claims):
            raise LoadError(f"{len(claims) - written} of {len(claims)} claims were not written")

    new_claims: dict[tuple[str, str, str], list[tuple[_Checked, Row]]] = {}
    for x in writes:
        for c in x.claims:
            key = edge_key(c["props"]["type"], c["subject"], c["object"])
            new_claims.setdefault(key, []).append((x, c["props"]))
    # An edge that lost claims is recomputed from the graph; one that only gains, added to.
    lost = {edge_key(r["type"], r["subject"], r["object"]) for r in old_claims}
    if lost:
        _run(tx, "refresh_edges", rows=[edge_row(*e) for e in sorted(lost)])
    if gained := sorted(set(new_claims) - lost):
        rows = [edge_row(*e) | _edge_gain(new_claims[e]) for e in gained]
        _run(tx, "add_to_edges", rows=rows)
    if old_entities:
        # After every write of the load; overrides what merge_entities folded in for them.
        _run(tx, "refresh_entities", ids=sorted(old_entities))

    removed = Counter(r["id"] for r in old_claims)
    for x in writes:
        outcome = Outcome.REPLACED if x.id in changed else Outcome.LOADED
        loads[x.id] = ArticleLoad(x.id, outcome, len(x.claims), removed[x.id])
    return [loads[x.id] for x in batch]


def _entity_rows(batch: list[_Checked]) -> list[Row]:
    """Each entity of the batch once, sorted by id so that locks are taken in one order."""
    mentions: dict[str, list[tuple[_Checked, Row]]] = {}
    for x in batch:
        for e in x.entities:
            mentions.setdefault(e["id"], []).append((x, e))
    return [_entity_row(mentions[k]) for k in sorted(mentions)]


def _entity_row(found: list[tuple[_Checked, Row]]) -> Row:
    """An entity as merge_entities writes it, with what its new mentions add to its summary.

    The first name and first iso3 in batch order win; the sums, dates and forms are what
    refresh_entities would compute from these mentions alone.
    """
    first = found[0][1]
    return {
        "id": first["id"],
        "name": first["name"],
        "kind": first["kind"],
        "iso3": next((e["iso3"] for _, e in found if e["iso3"]), None),
        "mentions": sum(e["mentions"] for _, e in found),
        "first_seen": min(x.day for x, _ in found),
        "last_seen": max(x.day for x, _ in found),
        "forms": sorted({form for _, e in found for form in e["aliases"]}),
    }


def _mention_row(article_id: str, entity: Row) -> Row:
    """One MENTIONS edge: how often and in which surface forms the article names the entity."""
    return {
        "article": article_id,
        "entity": entity["id"],
        "count": entity["mentions"],
        "forms": sorted(set(entity["aliases"])),
    }


def _claim_row(article_id: str, claim: Row) -> Row:
    """A claim's node properties (with its event coding) and the ids of what it links."""
    coding = CODING[claim["type"]]
    props = {k: v for k, v in claim.items() if k not in _CLAIM_LINKS}
    props.update(plover=coding.plover, cameo=coding.cameo)
    return {
        "article": article_id,
        "subject": claim["subject"],
        "object": claim["object"],
        "attributed_to": claim["attributed_to"],
        "props": props,
    }


_CLAIM_LINKS = frozenset({"subject", "object", "attributed_to"})
"""Claim fields stored as relationships, not as properties of the Claim node."""


def edge_key(relation: str, subject: str, obj: str) -> tuple[str, str, str]:
    """A summary edge's key as stored: symmetric types with the smaller id as subject."""
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    return subject, relation, obj


def _edge_gain(found: list[tuple[_Checked, Row]]) -> Row:
    """What an edge's new claims (their properties) add to its summary, as add_to_edges folds
    it in; dates are ISO strings, which sort as the dates do."""
    dates = [c["date"] for _, c in found]
    newest = max(dates)
    return {
        "claims": len(found),
        "articles": len({x.id for x, _ in found}),
        "first_seen": min(dates),
        "last_seen": newest,
        "confidence": max(c["confidence"] for _, c in found),
        "modalities": sorted({c["modality"] for _, c in found}),
        "sources": sorted({x.extraction.article.source for x, _ in found} - {""}),
        # Newest, then the smallest id: the order refresh_edges picks the latest claim by.
        "latest_claim": min(c["id"] for _, c in found if c["date"] == newest),
        "latest_date": newest,
    }


def edge_row(subject: str, relation: str, obj: str) -> Row:
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

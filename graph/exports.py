"""Streamed reads for the exports: the rows of one `cypher/export_*` query, batch by batch.

An export reads the whole graph, or a filtered part of it, so it never goes through the read
cache and never holds its answer: the driver pulls `batch` records at a time from Neo4j
(`fetch_size`), the caller turns each batch into bytes and sends them, and only then is the
next batch asked for. Memory stays that of one batch whatever the graph's size, and the first
bytes leave as soon as the first batch is read.

Exports run on the blocking driver, in a worker thread (the API's StreamingResponse iterates
a plain generator in its threadpool): it delivers records about twice as fast as the asyncio
driver (50,000 claims in 9 s against 16 s), and turning rows into CSV or XML, a few tens of
milliseconds a batch, then never holds up the event loop that answers the other requests.
"""

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from neo4j import READ_ACCESS, Driver, Query, Result, Session

from geokg.graph.db import cypher
from geokg.graph.ontology import SYMMETRIC
from geokg.graph.settings import get_settings

Row = dict[str, Any]
BATCH = 1000
_SYMMETRIC = sorted(SYMMETRIC)


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims an export takes; None everywhere takes them all."""

    entity: str | None = None  # claims this entity is the subject or the object of
    types: list[str] | None = None
    modality: str | None = None
    since: str | None = None  # ISO dates, on the claim's event date
    until: str | None = None
    source: str | None = None  # the article's publisher
    min_confidence: float | None = None

    def params(self) -> dict[str, Any]:
        """The query parameters every export_* file takes."""
        return asdict(self)


class ExportStream:
    """One export query, opened: `first` is its first batch (already read, so that a bad
    query or an unreachable Neo4j fails before anything is sent); iterate for the rest."""

    def __init__(self, driver: Driver, name: str, params: dict[str, Any], batch: int):
        self._driver = driver
        self._name = name
        self._params = params
        self._batch = batch
        self._session: Session | None = None
        self._result: Result | None = None
        self.first: list[Row] = []

    def open(self) -> "ExportStream":
        """Run the query and read its first batch."""
        s = get_settings()
        # fetch_size: the driver asks Neo4j for this many records at a time and for the next
        # lot only when they are consumed, so a slow client slows the query instead of
        # filling memory.
        session = self._driver.session(
            database=s.database, default_access_mode=READ_ACCESS, fetch_size=self._batch
        )
        self._session = session
        try:
            query = Query(cypher(self._name), timeout=s.export_timeout)
            self._result = session.run(query, self._params)
            self.first = self._take()
        except BaseException:
            self.close()
            raise
        return self

    def _take(self) -> list[Row]:
        if self._result is None:
            return []
        # Our queries return scalars, lists and temporal values, never nodes: dict() is enough.
        return [dict(r) for r in self._result.fetch(self._batch)]

    def batches(self) -> Iterator[list[Row]]:
        """The first batch, then every other one; the session closes at the end."""
        try:
            rows = self.first
            self.first = []
            while rows:
                yield rows
                if len(rows) < self._batch:
                    break
                rows = self._take()
        finally:
            self.close()

    def close(self) -> None:
        """End the session (also when the client went away half way)."""
        if self._session is not None:
            session, self._session, self._result = self._session, None, None
            session.close()


def stream_claims(driver: Driver, where: ClaimFilter, batch: int = BATCH) -> ExportStream:
    """The claims that pass the filter, in claim id order, opened (see ExportStream)."""
    return ExportStream(driver, "export_claims", where.params(), batch).open()


def stream_nodes(driver: Driver, where: ClaimFilter, batch: int = BATCH) -> ExportStream:
    """The entities of at least one claim that passes the filter, in id order."""
    return ExportStream(driver, "export_nodes", where.params(), batch).open()


def stream_edges(driver: Driver, where: ClaimFilter, batch: int = BATCH) -> ExportStream:
    """One edge per (subject, type, object) of the claims that pass the filter, with counts."""
    params = {**where.params(), "symmetric": _SYMMETRIC}
    return ExportStream(driver, "export_edges", params, batch).open()

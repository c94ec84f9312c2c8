"""Read results kept while the graph stays as it was.

Neo4j hands a session a bookmark naming the last transaction its work could see; a read in a
fresh session therefore gets the bookmark of the last transaction committed. The API reads it
every few hundred milliseconds (`watch`): a new one means that somebody wrote, whether this
process, `geokg ingest` or anybody else, and every cached result goes. A result is stored only
if nothing changed while its query ran, so an answer computed across a write is never kept; an
answer is at most one check interval older than the graph. This process's own writes turn the
cache off at once (`written`), until the next check: whoever wrote reads what they wrote.
"""

import asyncio
import json
import logging
import threading
from collections import OrderedDict
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver

from geokg.graph.db import cypher

log = logging.getLogger("geokg.cache")

Key = tuple[str, str]
Token = tuple[str | None, int]


class ReadCache:
    """Query name and parameters to rows, least recently used out first."""

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self._rows: OrderedDict[Key, list[dict[str, Any]]] = OrderedDict()
        # None until the first check, and whenever Neo4j did not answer one: nothing is
        # served from the cache then, so an outage shows as it would without one.
        self.state: str | None = None
        self._writes = 0  # this process's writes so far, counted by any thread
        self._lock = threading.Lock()
        self.hits = 0  # answers served from memory, for tests and operators

    @staticmethod
    def key(name: str, params: dict[str, Any]) -> Key:
        return name, json.dumps(params, sort_keys=True, default=str)

    def get(self, key: Key) -> list[dict[str, Any]] | None:
        """The rows stored for the key under the current state, or None."""
        if self.state is None:
            return None
        rows = self._rows.get(key)
        if rows is None:
            return None
        self._rows.move_to_end(key)
        self.hits += 1
        return rows

    def token(self) -> Token:
        """What put() compares: take it before the query runs."""
        return self.state, self._writes

    def put(self, key: Key, rows: list[dict[str, Any]], token: Token) -> None:
        """Keep the rows, if nothing changed since the token was taken."""
        if token[0] is None or token != self.token():
            return
        self._rows[key] = rows
        self._rows.move_to_end(key)
        while len(self._rows) > self.entries:
            self._rows.popitem(last=False)

    def observe(self, state: str | None) -> None:
        """The graph's state as just read; a change empties the cache."""
        if state != self.state:
            self._rows.clear()
            self.state = state

    def written(self) -> None:
        """This process wrote (from any thread): serve nothing cached until the next check."""
        with self._lock:
            self._writes += 1
            self.state = None  # one attribute store: safe beside the event loop's reads


async def graph_state(driver: AsyncDriver, database: str) -> str:
    """The bookmark of the last transaction committed to the database."""
    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        await (await session.run(cypher("find_graph_state"))).consume()
        bookmarks = await session.last_bookmarks()
    return ",".join(sorted(bookmarks.raw_values))


async def watch(cache: ReadCache, driver: AsyncDriver, database: str, every: float) -> None:
    """Check the graph's state every `every` seconds until cancelled."""
    while True:
        try:
            cache.observe(await graph_state(driver, database))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure means: do not trust the cache
            if cache.state is not None:
                log.warning("read cache off until Neo4j answers again: %s", exc)
            cache.observe(None)
        await asyncio.sleep(every)

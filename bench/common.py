"""What every benchmark shares: the graph it runs on, the output lines, percentiles.

Benchmarks print ratios measured side by side in one run (PERFORMANCE.md: single runs on a
shared 2-core machine vary by +-25 %, so an absolute time means little), then latencies.
"""

import os
import statistics
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from neo4j import Driver

from geokg.graph.db import connect
from geokg.graph.schema import apply_schema
from geokg.graph.settings import get_settings

PROJECT_DIR = Path(__file__).resolve().parents[1]
OUT_DIR = Path(os.getenv("GEOKG_BENCH_DIR", PROJECT_DIR / ".artifacts" / "bench"))
"""Generated corpora and graphs: ignored by git, rebuilt deterministically when missing."""

WIPE_MARKER = "GEOKG_BENCH_DB"
"""Set to 1 (as `make bench` does) for a Neo4j that the benchmarks may wipe."""


def ratio_line(name: str, value: float, target: float) -> str:
    """The one line per ratio that `make bench` promises."""
    return f"{name} ratio {value:.3f} target {target:g}"


def latency_line(name: str, samples_ms: Sequence[float], extra: str = "") -> str:
    """p50 and p99 of a list of milliseconds, with how many there were."""
    p50, p99 = percentiles(samples_ms)
    tail = f" {extra}" if extra else ""
    return f"{name} p50 {p50:.2f} ms p99 {p99:.2f} ms n {len(samples_ms)}{tail}"


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    """p50 and p99 (inclusive method: p99 of 100 samples is between the two largest)."""
    if len(samples) < 2:
        raise ValueError("percentiles need at least two samples")
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[98]


def note(message: str) -> None:
    """Progress for people, on stderr, so that stdout holds only the result lines."""
    print(message, file=sys.stderr, flush=True)


@contextmanager
def bench_driver() -> Iterator[Driver]:
    """A driver to the benchmark's Neo4j (NEO4J_* settings) with the schema applied."""
    settings = get_settings()
    with connect(settings) as driver:
        driver.verify_connectivity()
        apply_schema(driver, settings.database)
        yield driver


def wipe(driver: Driver) -> None:
    """Delete geokg's nodes, in batches; refuses unless the database is marked as the bench's."""
    if os.getenv(WIPE_MARKER) != "1":
        raise SystemExit(
            f"refusing to wipe {get_settings().uri}: set {WIPE_MARKER}=1 only for a Neo4j "
            "dedicated to benchmarks (`make bench` starts one and does)"
        )
    # Claims first, then articles, then entities: on the 1M-claim graph, hub entities deleted
    # with their links, 10,000 nodes a transaction, overflowed the transaction memory pool.
    with driver.session(database=get_settings().database) as session:
        for statement in _WIPE:
            session.run(statement).consume()


_WIPE = (
    "MATCH (n:Claim) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n:Article) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
    # Few entities a transaction: a hub keeps thousands of summary edges.
    "MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 100 ROWS",
)

"""Loader write throughput divided by a bare `UNWIND ... MERGE` of the same rows.

The rows are the extractions of the replicated corpus (saved by bench.ingest_ratio's extract
pass, or extracted here when missing). Both sides start from a wiped graph and write the same
batches of articles (geokg.graph.loader.DEFAULT_BATCH_SIZE a transaction):

- loader: `geokg.graph.loader.load_extractions`, everything it does (validation, article locks,
  unchanged checks, the summary edges and entity summaries recomputed from the graph);
- bare: the same entity, article, mention and claim rows, built beforehand by the loader's
  own functions, through four plain `UNWIND $rows MERGE` statements in one managed write
  transaction per batch: the driver's floor for writing these nodes and relationships. It
  stores the rows' ISO date strings as they are, where the loader parses them in Cypher.

Rounds alternate (bare, loader, bare, loader...) and the ratio is of the median times.
`--batch-size` compares both at another batch size. `--bare-create`, a diagnostic, has the
bare side CREATE the mentions and claims, as the loader does (it knows that none of them
exists yet), instead of MERGE: what the loader's locks, checks and summaries cost alone.

    python -m bench.loader_ratio [--articles 2000] [--rounds 2] [--batch-size 250] [--bare-create]
"""

import argparse
import statistics
import time
from typing import Any, LiteralString

from neo4j import Driver, ManagedTransaction

from bench.common import bench_driver, note, ratio_line, wipe
from bench.ingest_ratio import corpus_path, extract_seconds, extractions_path
from geokg.graph import loader
from geokg.graph.db import cypher
from geokg.graph.models import Extraction
from geokg.graph.settings import get_settings

TARGET = 0.8

# The baseline's statements: the loader's merge_entities, merge_articles, create_mentions and
# create_claims as plain MERGEs, without its locks, checks and summaries. They live here, not
# in cypher/, because no part of geokg runs them.
BARE: list[tuple[str, LiteralString]] = [
    (
        "entities",
        "UNWIND $rows AS row MERGE (e:Entity {id: row.id}) "
        "ON CREATE SET e.name = row.name SET e:$(row.kind), e.kind = row.kind, e.iso3 = row.iso3",
    ),
    ("articles", "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row"),
    (
        "mentions",
        "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity}) "
        "MERGE (a)-[m:MENTIONS]->(e) SET m.count = row.count, m.forms = row.forms",
    ),
    (
        "claims",
        "UNWIND $rows AS row "
        "MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), "
        "(o:Entity {id: row.object}) "
        "MERGE (c:Claim {id: row.props.id}) SET c = row.props "
        "MERGE (c)-[:SUBJECT]->(s) MERGE (c)-[:OBJECT]->(o) MERGE (c)-[:EXTRACTED_FROM]->(a) "
        "WITH c, row WHERE row.attributed_to IS NOT NULL "
        "MATCH (speaker:Entity {id: row.attributed_to}) MERGE (c)-[:ATTRIBUTED_TO]->(speaker)",
    ),
]


# --bare-create: the loader's own create_mentions (as plain as BARE's), and its create_claims
# with the dates stored as strings and the speaker linked as in BARE.
BARE_CREATE: dict[str, LiteralString] = {
    "mentions": cypher("create_mentions"),
    "claims": (
        "UNWIND $rows AS row "
        "MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), "
        "(o:Entity {id: row.object}) "
        "CREATE (c:Claim) SET c = row.props "
        "CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:EXTRACTED_FROM]->(a) "
        "WITH c, row WHERE row.attributed_to IS NOT NULL "
        "MATCH (speaker:Entity {id: row.attributed_to}) CREATE (c)-[:ATTRIBUTED_TO]->(speaker)"
    ),
}


def load_saved(n: int) -> list[Extraction]:
    """The corpus's extractions, extracting them first when no saved copy exists."""
    path = extractions_path(n)
    if not path.is_file():
        note(f"loader_ratio: extracting {n} articles first (no {path.name})")
        extract_seconds(corpus_path(n), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Extraction.model_validate_json(line) for line in lines if line]


def bare_rows(batch: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """The rows the loader writes for a batch, built by its own functions."""
    checked = [loader._check(x) for x in batch]
    if errors := [c for c in checked if isinstance(c, str)]:
        raise SystemExit(f"loader_ratio: the corpus holds an invalid extraction: {errors[0]}")
    rows = [c for c in checked if not isinstance(c, str)]
    return {
        "entities": loader._entity_rows(rows),
        "articles": [c.article for c in rows],
        "mentions": [m for c in rows for m in c.mentions],
        "claims": [r for c in rows for r in c.claims],
    }


def bare_seconds(
    driver: Driver, batches: list[dict[str, list[dict[str, Any]]]], create: bool = False
) -> float:
    statements = [(name, BARE_CREATE.get(name, s) if create else s) for name, s in BARE]

    def write(tx: ManagedTransaction, rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, statement in statements:
            if rows[name]:
                tx.run(statement, rows=rows[name]).consume()

    wipe(driver)
    began = time.perf_counter()
    with driver.session(database=get_settings().database) as session:
        for rows in batches:
            session.execute_write(write, rows)
    return time.perf_counter() - began


def loader_seconds(driver: Driver, extractions: list[Extraction], batch_size: int) -> float:
    wipe(driver)
    began = time.perf_counter()
    report = loader.load_extractions(
        driver, extractions, database=get_settings().database, batch_size=batch_size
    )
    elapsed = time.perf_counter() - began
    if report.failed:
        raise SystemExit(f"loader_ratio: {len(report.failed)} articles failed to load")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=loader.DEFAULT_BATCH_SIZE)
    parser.add_argument("--bare-create", action="store_true", help="bare side CREATEs")
    args = parser.parse_args()
    extractions = load_saved(args.articles)
    size = args.batch_size
    batches = [bare_rows(extractions[i : i + size]) for i in range(0, len(extractions), size)]
    claims = sum(len(x.claims) for x in extractions)
    note(f"loader_ratio: {len(extractions)} articles, {claims} claims, {len(batches)} batches")
    bare, loaded = [], []
    with bench_driver() as driver:
        for r in range(args.rounds):
            bare.append(bare_seconds(driver, batches, create=args.bare_create))
            loaded.append(loader_seconds(driver, extractions, size))
            note(f"loader_ratio: round {r + 1}: bare {bare[-1]:.1f}s, loader {loaded[-1]:.1f}s")
    b, lo = statistics.median(bare), statistics.median(loaded)
    note(f"loader_ratio: claims/s bare {claims / b:,.0f}, loader {claims / lo:,.0f}")
    name = "loader_vs_bare_create" if args.bare_create else "loader_vs_bare_merge"
    print(ratio_line(name, b / lo, TARGET), flush=True)


if __name__ == "__main__":
    main()

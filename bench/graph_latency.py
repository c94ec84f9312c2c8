"""p50 and p99 of the neighbours and paths reads on a synthetic graph of 1,000,000 claims.

The graph is made here, deterministically, and written through the real loader
(geokg.graph.loader.load_extractions), so it has every node, edge and summary the loader makes.
Entity popularity follows a power law (Zipf) over a few thousand entities, as in news: a
handful of countries and leaders are in most articles, most entities in a few. Queries start
from entities drawn from the same law, since people ask about the entities the news is about.

    python -m bench.graph_latency [--claims N] [--queries N] [--reuse]

`--reuse` keeps a graph already loaded with the same number of claims (a marker node records
it), so that the latencies can be measured again without reloading.
"""

import argparse
import asyncio
import hashlib
import itertools
import random
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pycountry
from neo4j.exceptions import ClientError

from bench.common import bench_driver, latency_line, note, wipe
from geokg.graph import reads
from geokg.graph.db import connect_async
from geokg.graph.loader import load_extractions
from geokg.graph.models import Article, Claim, Entity, Extraction
from geokg.graph.ontology import KIND_PREFIX, Kind, Modality, Relation, Tense
from geokg.graph.settings import get_settings

SEED = 20260101
CLAIMS_PER_ARTICLE = 10
ZIPF_S = 1.0  # the exponent of the popularity law: rank r is drawn with weight 1 / r**s
KIND_COUNTS = {  # a few thousand entities, countries the most popular kind
    Kind.PERSON: 1500,
    Kind.ORGANIZATION: 800,
    Kind.GROUP: 200,
    Kind.LOCATION: 200,
    Kind.TOPIC: 100,
    Kind.EVENT: 50,
}
FIRST_DAY = date(2015, 1, 1)
DAYS = 3650
EXTRACTOR = "bench-1"
MARKER = "bench-graph"  # an Article id whose title records how many claims the graph holds


def entity_pool(rng: random.Random) -> list[tuple[str, str, Kind, str | None]]:
    """(id, name, kind, iso3) by popularity rank: rank 0 is drawn most often."""
    pool = [(f"country:{c.alpha_3}", c.name, Kind.COUNTRY, c.alpha_3) for c in pycountry.countries]
    for kind, count in KIND_COUNTS.items():
        prefix = KIND_PREFIX[kind]
        pool += [
            (f"{prefix}:{prefix}-{i:04d}", f"{kind.value} {i}", kind, None) for i in range(count)
        ]
    # Countries tend to rank high, but people and organisations are among the hubs too.
    return sorted(pool, key=lambda e: rng.random() * (0.15 if e[2] is Kind.COUNTRY else 1.0))


def extractions(claims: int, seed: int = SEED, prefix: str = "synthetic") -> Iterator[Extraction]:
    """Articles of CLAIMS_PER_ARTICLE claims each, `claims` in all, the same for the same seed."""
    rng = random.Random(seed)
    pool = entity_pool(rng)
    weights = list(itertools.accumulate(1.0 / (r + 1) ** ZIPF_S for r in range(len(pool))))
    relations = list(Relation)
    modalities = list(Modality)
    tenses = list(Tense)
    articles = -(-claims // CLAIMS_PER_ARTICLE)
    for a in range(articles):
        n_claims = min(CLAIMS_PER_ARTICLE, claims - a * CLAIMS_PER_ARTICLE)
        picked: dict[str, tuple[str, str, Kind, str | None]] = {}
        for e in rng.choices(pool, cum_weights=weights, k=rng.randint(4, 9)):
            picked.setdefault(e[0], e)
        while len(picked) < 2:
            e = rng.choice(pool)
            picked.setdefault(e[0], e)
        ids = sorted(picked)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        article_id = f"https://bench.example.org/{prefix}/{a:07d}"
        article = Article(
            id=article_id,
            url=article_id,
            title=f"Synthetic article {a}",
            source=f"publisher-{a % 40}.example.org",
            published_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
            content_hash=hashlib.sha256(article_id.encode()).hexdigest(),
            extractor_version=EXTRACTOR,
        )
        entities = [
            Entity(
                id=i,
                name=picked[i][1],
                kind=picked[i][2],
                aliases=[picked[i][1]],
                iso3=picked[i][3],
                mentions=rng.randint(1, 6),
            )
            for i in ids
        ]
        claim_list = []
        for n in range(n_claims):
            subject, obj = rng.sample(ids, 2)
            sentence = f"Sentence {n} of synthetic article {a}: {subject} and {obj}."
            claim_list.append(
                Claim(
                    id="claim:" + hashlib.md5(f"{article_id}|{n}".encode()).hexdigest(),
                    type=rng.choice(relations),
                    subject=subject,
                    object=obj,
                    attributed_to=None,
                    modality=rng.choice(modalities),
                    tense=rng.choice(tenses),
                    trigger="says",
                    sentence=sentence,
                    sentence_index=n,
                    char_start=n * 100,
                    char_end=n * 100 + len(sentence),
                    date=day,
                    confidence=round(rng.uniform(0.5, 1.0), 2),
                    extractor_version=EXTRACTOR,
                )
            )
        yield Extraction(article=article, entities=entities, claims=claim_list)


def stored_claims(driver) -> int | None:  # type: ignore[no-untyped-def]
    """How many claims the marker says the loaded synthetic graph holds, if one is loaded."""
    records, _, _ = driver.execute_query(
        "MATCH (a:Article {id: $id}) RETURN a.title AS title",
        {"id": MARKER},
        database_=get_settings().database,
    )
    return int(records[0]["title"]) if records else None


def load(driver, claims: int) -> float:  # type: ignore[no-untyped-def]
    """Wipe, load `claims` claims through the loader, record them; claims per second."""
    wipe(driver)
    began = time.perf_counter()
    add(driver, extractions(claims), claims, "graph_latency")
    elapsed = time.perf_counter() - began
    driver.execute_query(
        "MERGE (a:Article {id: $id}) SET a.title = $n",
        {"id": MARKER, "n": str(claims)},
        database_=get_settings().database,
    )
    return claims / elapsed


def add(driver, stream: Iterator[Extraction], claims: int, who: str) -> None:  # type: ignore[no-untyped-def]
    """Load synthetic extractions through the loader, a chunk at a time, saying how far."""
    began = time.perf_counter()
    done = 0
    chunk = 2_000  # extractions per load_extractions call: progress, and bounded memory
    while batch := list(itertools.islice(stream, chunk)):
        report = load_extractions(driver, batch, database=get_settings().database)
        if report.failed:
            raise SystemExit(f"synthetic load failed: {report.failed[0]}")
        done += sum(len(x.claims) for x in batch)
        rate = done / (time.perf_counter() - began)
        note(f"{who}: {done:,} of {claims:,} claims loaded ({rate:,.0f} claims/s)")


async def measure(reader, queries: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Latency lines for neighbours at depths 1 and 2 and for paths, from popular entities,
    read through geokg.graph.reads on the asyncio driver as the API reads them."""
    rng = random.Random(SEED + 1)
    pool = [e[0] for e in entity_pool(random.Random(SEED))]
    weights = list(itertools.accumulate(1.0 / (r + 1) ** ZIPF_S for r in range(len(pool))))
    starts = rng.choices(pool, cum_weights=weights, k=queries)
    ends = rng.choices(pool, cum_weights=weights, k=queries)
    cases = [
        (f"neighbors_depth{d}", lambda e, _o, d=d: reads.find_neighbors(reader, e, d, None, 100))
        for d in (1, 2)
    ]
    cases.append(
        (
            "paths_max_hops4",
            lambda e, o: reads.find_paths(reader, e, o, 4, None, 10) if e != o else _none(),
        )
    )
    lines = []
    for name, fn in cases:
        times, rows, timeouts = await _timed(fn, starts, ends)
        if len(times) >= 2:
            lines.append(latency_line(name, times, f"rows_mean {rows:.1f} timeouts {timeouts}"))
        else:
            limit = get_settings().query_timeout
            lines.append(
                f"{name} timeouts {timeouts} of {timeouts + len(times)} tried "
                f"(query_timeout {limit:g} s; gave up after {MAX_TIMEOUTS})"
            )
        note(f"graph_latency: {lines[-1]}")
    return lines


MAX_TIMEOUTS = 3
"""Queries over the server-side timeout that end a case: each costs query_timeout seconds."""


async def _none() -> list[dict[str, object]]:
    return []


async def _timed(  # type: ignore[no-untyped-def]
    fn, starts: list[str], ends: list[str]
) -> tuple[list[float], float, int]:
    """Milliseconds per answered query, mean rows, and how many hit the timeout."""
    times: list[float] = []
    rows, timeouts = 0, 0
    for i, (e, o) in enumerate(zip(starts, ends, strict=True)):
        began = time.perf_counter()
        try:
            found = await fn(e, o)
        except ClientError as exc:
            if "TransactionTimedOut" not in (exc.code or ""):
                raise
            timeouts += 1
            if timeouts >= MAX_TIMEOUTS:
                break
            continue
        if i > 0:  # the first warms plans and pages, as in a running service
            times.append((time.perf_counter() - began) * 1000)
            rows += len(found)
    return times, rows / max(len(times), 1), timeouts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="keep a graph of the same size")
    args = parser.parse_args()
    with bench_driver() as driver:
        if args.reuse and stored_claims(driver) == args.claims:
            note(f"graph_latency: reusing the loaded graph of {args.claims:,} claims")
        else:
            rate = load(driver, args.claims)
            print(f"synthetic_load claims {args.claims} claims_per_s {rate:.0f}", flush=True)
    for line in asyncio.run(_measure(args.queries)):
        print(line, flush=True)


async def _measure(queries: int) -> list[str]:
    async with connect_async(get_settings()) as reader:
        return await measure(reads.Reader(reader), queries)


if __name__ == "__main__":
    main()

"""GET /metrics for Prometheus: request counts and latencies, and ingest counters."""

from fastapi import FastAPI
from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
)
from prometheus_fastapi_instrumentator import Instrumentator

from geokg.ingest.errors import STAGES

# Not in the default registry: each app gets a registry of its own (see install).
INGESTED = Counter(
    "geokg_ingest_articles_total",
    "Articles through POST /articles and POST /ingest, by outcome.",
    ["outcome"],
    registry=None,
)
CLAIMS = Counter("geokg_ingest_claims_total", "Claims stored by the API's ingests.", registry=None)
FAILURES = Counter(
    "geokg_ingest_failures_total",
    "Articles the API's ingests failed, by stage (read, extract, validate, timeout, load): "
    "a rise in extract or validate is a bug to look for in the debug log.",
    ["stage"],
    registry=None,
)
for _stage in STAGES:
    FAILURES.labels(stage=_stage)  # every stage shows, at 0 until an article fails there
JOBS = Gauge(
    "geokg_ingest_jobs", "Ingest jobs known to this process, by state.", ["state"], registry=None
)


def install(app: FastAPI) -> None:
    """Instrument every route (by template, so ids do not explode the label set) and expose."""
    # The instrumentator silently skips metrics already in its registry, so a second app in
    # one process (tests build several) would count nothing in a shared one.
    registry = CollectorRegistry()
    ours = (INGESTED, CLAIMS, FAILURES, JOBS)
    for collector in (*ours, GC_COLLECTOR, PLATFORM_COLLECTOR, PROCESS_COLLECTOR):
        registry.register(collector)
    Instrumentator(
        should_group_status_codes=False,
        excluded_handlers=["/metrics"],
        registry=registry,
    ).instrument(app, metric_namespace="geokg").expose(app, include_in_schema=False)


def count_article(outcome: str, claims: int, stage: str | None = None) -> None:
    """Record one ingested article; a failed one with the stage it failed at."""
    INGESTED.labels(outcome=outcome).inc()
    if outcome == "failed":
        FAILURES.labels(stage=stage or "extract").inc()
    if outcome in ("loaded", "replaced"):
        CLAIMS.inc(claims)

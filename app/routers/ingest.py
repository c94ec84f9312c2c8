"""Writes: one article synchronously, or a batch as a job. Both need the ingest key."""

import threading
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from neo4j import Driver
from pydantic import BaseModel, Field
from starlette.datastructures import State

from geokg.app import logs, metrics, problems
from geokg.app.deps import DriverDep
from geokg.app.jobs import EXTRACTOR, JobQueue
from geokg.app.schemas import ArticleIngested, JobOut
from geokg.app.security import IngestKey
from geokg.app.settings import get_api_settings
from geokg.graph.loader import Outcome, load_extractions
from geokg.graph.settings import get_settings
from geokg.ingest.errors import IngestError, SkippedArticle
from geokg.ingest.pipeline import extract_documents
from geokg.ingest.readers import Document, read_bytes
from geokg.ingest.settings import get_ingest_settings

router = APIRouter(tags=["ingest"], dependencies=[IngestKey])
_JOBS_CREATED = threading.Lock()

_FORMATS = (
    "application/json",
    "application/x-ndjson",
    "text/html",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
)
_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {f: {"schema": {"type": "string", "format": "binary"}} for f in _FORMATS},
    }
}
_ERRORS = problems.responses(401, 403, 413, 422, 503)
SourceParam = Annotated[
    str | None, Query(max_length=2000, description="A name for the input in error messages.")
]


class TextMeta(BaseModel):
    """Metadata for a plain-text or HTML body, which cannot carry its own reliably."""

    url: str | None = Field(None, max_length=2048, description="The article's address.")
    title: str | None = Field(None, max_length=1000)
    publisher: str | None = Field(None, max_length=300)
    published_at: str | None = Field(
        None, max_length=64, description="ISO 8601 date or time; required for plain text."
    )


@router.post("/articles", openapi_extra=_BODY, responses=_ERRORS)
async def post_article(
    request: Request,
    driver: DriverDep,
    meta: Annotated[TextMeta, Query()],
    source: SourceParam = None,
) -> ArticleIngested:
    """Extract one article in any supported format, load it, and return what it says.

    JSON (a WordPress post or an article object) carries its own metadata; for plain text
    and HTML, give it as query parameters (they override what a page's markup says).
    """
    limit = get_ingest_settings().max_article_bytes
    body = await request.body()
    if len(body) > limit:
        raise HTTPException(413, f"one article may have {limit} bytes; this one has {len(body)}")
    name = source or f"request {logs.request_id.get()}"
    given = {k: v for k, v in meta.model_dump().items() if v}
    try:
        return await run_in_threadpool(_ingest_one, driver, body, name, given)
    finally:
        # Whatever the outcome: dropping the cache once too often costs one check interval.
        _written(request.app.state)


def _written(state: State) -> None:
    """Tell the read cache that this process wrote, so the next reads go to the graph."""
    reader = getattr(state, "reader", None)
    if reader is not None and reader.cache is not None:
        reader.cache.written()


def _ingest_one(driver: Driver, body: bytes, source: str, meta: dict[str, str]) -> ArticleIngested:
    items = _read(body, source, meta)
    if len(items) != 1:
        raise HTTPException(
            422,
            f"{source}: holds {len(items)} articles; POST /articles takes one, POST /ingest many",
        )
    with EXTRACTOR:
        (result,) = extract_documents(items)
    if isinstance(result, IngestError):
        skipped = isinstance(result, SkippedArticle)
        metrics.count_article("skipped" if skipped else "failed", 0, result.stage)
        raise HTTPException(422, str(result))
    extraction = result.extraction
    token = logs.article_id.set(extraction.article.id)
    try:
        (load,) = load_extractions(driver, [extraction], database=get_settings().database).articles
        metrics.count_article(load.outcome.value, load.claims)
        if load.outcome is Outcome.FAILED:
            raise HTTPException(422, f"{source}: not stored: {load.error}")
    finally:
        logs.article_id.reset(token)
    return ArticleIngested.from_extraction(extraction, load.outcome.value)


def _read(
    body: bytes, source: str, meta: dict[str, str] | None = None
) -> list[Document | IngestError]:
    if not body.strip():
        raise HTTPException(422, f"{source}: empty body")
    return list(read_bytes(body, source, meta))  # what cannot be read comes as an IngestError


@router.post(
    "/ingest", status_code=status.HTTP_202_ACCEPTED, openapi_extra=_BODY, responses=_ERRORS
)
async def post_ingest(request: Request, driver: DriverDep, source: SourceParam = None) -> JobOut:
    """Queue a batch (JSON list, JSON Lines or a feed; one article works too); poll /jobs/{id}."""
    body = await request.body()
    name = source or f"request {logs.request_id.get()}"
    items = await run_in_threadpool(_read, body, name)
    if all(isinstance(i, IngestError) for i in items):
        for _ in items:
            metrics.count_article("failed", 0, "read")
        problems_seen = "; ".join(str(i) for i in items[:5])
        raise HTTPException(422, f"no readable article in the batch: {problems_seen}")
    job = _jobs(request).submit(driver, items)
    return JobOut.of(job)


@router.get("/jobs/{job_id}", responses=problems.responses(401, 403, 404))
def read_job(job_id: str, request: Request) -> JobOut:
    """A job's state, progress and per-article errors."""
    job = _jobs(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id!r} (jobs are kept in memory until a restart)")
    return JobOut.of(job)


def _jobs(request: Request) -> JobQueue:
    state = request.app.state
    with _JOBS_CREATED:
        if getattr(state, "jobs", None) is None:
            s = get_api_settings()
            state.jobs = JobQueue(
                get_settings().database, s.job_chunk, s.jobs_kept, lambda: _written(state)
            )
    jobs: JobQueue = state.jobs
    return jobs

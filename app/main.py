"""The HTTP API: FastAPI over the graph."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from neo4j.exceptions import ServiceUnavailable

from geokg import __version__
from geokg.app import metrics, problems
from geokg.app.limits import BodyLimit
from geokg.app.logs import REQUEST_ID_HEADER, RequestLog, configure_logging
from geokg.app.routers import (
    articles,
    claims,
    dashboards,
    entities,
    explore,
    exports,
    health,
    ingest,
)
from geokg.app.security import ReadKey
from geokg.app.settings import ApiSettings, get_api_settings
from geokg.graph.cache import ReadCache, watch
from geokg.graph.db import connect, connect_async
from geokg.graph.reads import Reader
from geokg.graph.schema import apply_schema
from geokg.graph.settings import get_settings

log = logging.getLogger("geokg.api")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    api = get_api_settings()
    configure_logging(api.log_format, api.log_level)
    settings = get_settings()
    with connect(settings) as driver:  # closes the pool on shutdown
        try:
            driver.verify_connectivity()
            apply_schema(driver, settings.database)
        except ServiceUnavailable as exc:
            # Serve anyway: /health reports the outage and reads answer 503 until Neo4j is back.
            log.warning("Neo4j unreachable at start: %s", exc)
        app.state.driver = driver
        reader = connect_async(settings)
        cache = ReadCache(api.read_cache_entries) if api.read_cache_entries else None
        app.state.reader = Reader(reader, cache)
        watching = (
            asyncio.create_task(watch(cache, reader, settings.database, api.read_cache_check))
            if cache is not None
            else None
        )
        try:
            yield
        finally:
            if watching is not None:
                watching.cancel()
            await reader.close()
            if (jobs := getattr(app.state, "jobs", None)) is not None:
                jobs.close()


def create_app(api: ApiSettings | None = None) -> FastAPI:
    """The application, with its middleware set from the API settings."""
    api = api or get_api_settings()
    app = FastAPI(
        title="geokg",
        summary="Geopolitical knowledge graph: entities and evidence-backed claims from news.",
        version=__version__,
        lifespan=lifespan,
        responses=problems.responses(400, 401, 404, 413, 422, 503),
    )
    problems.install(app)
    app.include_router(health.router)
    app.include_router(explore.router)  # pages without data: open, like /health
    # Data reads are open unless GEOKG_READ_KEY is set; writes always need the ingest key.
    # The dependency (and so the OpenAPI security entry) exists only when reads are closed.
    for module in (entities, claims, articles, dashboards, exports):
        app.include_router(module.router, dependencies=[ReadKey] if api.read_key else [])
    app.include_router(ingest.router)
    metrics.install(app)
    if api.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=api.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["X-API-Key", "Content-Type", REQUEST_ID_HEADER],
            expose_headers=[REQUEST_ID_HEADER],
        )
    app.add_middleware(BodyLimit, limit=api.max_request_bytes)
    app.add_middleware(RequestLog)  # outermost: every response, even a 413, gets a request id
    return app


app = create_app()

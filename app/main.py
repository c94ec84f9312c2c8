"""The HTTP API: FastAPI over the graph."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from app.routers import health
from graph.db import connect
from graph.schema import apply_schema
from graph.settings import get_settings

log = logging.getLogger("geokg.api")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    with connect(settings) as driver:  # closes the pool on shutdown
        try:
            driver.verify_connectivity()
            apply_schema(driver, settings.database)
        except ServiceUnavailable as exc:
            # Serve anyway: /health reports the outage and reads answer 503 until Neo4j is back.
            log.warning("Neo4j unreachable at start: %s", exc)
        app.state.driver = driver
        yield


app = FastAPI(
    title="geokg",
    summary="Geopolitical knowledge graph: entities and evidence-backed claims from news.",
    version="0.1.0",
    lifespan=lifespan,
)
app.include_router(health.router)


@app.exception_handler(ServiceUnavailable)
@app.exception_handler(SessionExpired)
def graph_down(request: Request, exc: Exception) -> JSONResponse:
    """Neo4j unreachable is 503 problem JSON, never 500."""
    return JSONResponse(
        {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "graph database unavailable",
        },
        status_code=503,
        media_type="application/problem+json",
    )

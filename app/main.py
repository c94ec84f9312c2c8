"""The HTTP API: FastAPI over the graph."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from neo4j.exceptions import ServiceUnavailable

from app import problems
from app.routers import articles, claims, dashboards, entities, health
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
problems.install(app)
for module in (health, entities, claims, articles, dashboards):
    app.include_router(module.router)

"""What several test folders need to know about Neo4j. A plain module, not a conftest: each
test folder may have its own conftest.py, so `from conftest import` finds whichever came first."""

import asyncio
from collections.abc import AsyncIterator, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from fastapi import FastAPI
from neo4j import Driver

import docker  # type: ignore[import-untyped]
from geokg.app.deps import get_driver, get_reader
from geokg.graph.db import connect_async
from geokg.graph.reads import Reader
from geokg.graph.settings import Neo4jSettings

T = TypeVar("T")
NEO4J_IMAGE = "neo4j:5.26-community"  # the tag docker-compose.yml uses


def docker_is_running() -> bool:
    """Whether a Docker engine answers here."""
    try:
        return bool(docker.from_env().ping())
    except Exception:  # noqa: BLE001 - DockerException, or a socket error on a half-set-up host
        return False


def serve_from(app: FastAPI, driver: Driver, settings: Neo4jSettings) -> FastAPI:
    """Point the app's two drivers at a test graph: the blocking one given, and an asyncio one
    to the same server for the reads, uncached."""

    async def reader() -> AsyncIterator[Reader]:
        # A TestClient used without `with` runs each request in an event loop of its own, and
        # an asyncio driver's connections belong to the loop that opened them: one per request.
        # No read cache: its own tests (test_cache) run it with the lifespan's watcher.
        async with connect_async(settings) as opened:
            yield Reader(opened)

    app.dependency_overrides[get_driver] = lambda: driver
    app.dependency_overrides[get_reader] = reader
    return app


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end in a thread of its own. Playwright's sync API (tests/browser)
    keeps an event loop running in the main thread for the whole session, and asyncio.run
    refuses to start another one there."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()

"""Request dependencies: the process's two drivers.

Reads run on the asyncio driver inside the event loop, through the read cache; writes (the
loader, which ingest jobs run in threads) and /health use the blocking one.
"""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import Driver

from geokg.graph.reads import Reader


def get_driver(request: Request) -> Driver:
    """The blocking driver the lifespan opened."""
    driver: Driver = request.app.state.driver
    return driver


async def get_reader(request: Request) -> Reader:
    """The asyncio driver the lifespan opened, and its read cache, for the read endpoints."""
    # async, so that FastAPI calls it in the loop: a plain def goes through the threadpool.
    reader: Reader = request.app.state.reader
    return reader


DriverDep = Annotated[Driver, Depends(get_driver)]
ReaderDep = Annotated[Reader, Depends(get_reader)]

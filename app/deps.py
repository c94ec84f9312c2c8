"""Request dependencies: the process's two drivers.

Reads run on the asyncio driver inside the event loop; writes (the loader, which ingest jobs
run in threads) and the health probes use the blocking one.
"""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import AsyncDriver, Driver


def get_driver(request: Request) -> Driver:
    """The blocking driver the lifespan opened."""
    driver: Driver = request.app.state.driver
    return driver


async def get_reader(request: Request) -> AsyncDriver:
    """The asyncio driver the lifespan opened, for the read endpoints."""
    # async, so that FastAPI calls it in the loop: a plain def goes through the threadpool.
    reader: AsyncDriver = request.app.state.reader
    return reader


DriverDep = Annotated[Driver, Depends(get_driver)]
ReaderDep = Annotated[AsyncDriver, Depends(get_reader)]

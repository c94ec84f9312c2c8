"""Request dependencies: the process's one driver."""

from typing import Annotated

from fastapi import Depends, Request
from neo4j import Driver


def get_driver(request: Request) -> Driver:
    """The driver the lifespan opened."""
    driver: Driver = request.app.state.driver
    return driver


DriverDep = Annotated[Driver, Depends(get_driver)]

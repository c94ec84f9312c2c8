"""Probes: is the process up (/livez), is Neo4j reachable and what does the graph hold
(/health), can it serve (/ready)."""

from fastapi import APIRouter, HTTPException
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel

from geokg.app import problems
from geokg.app.deps import DriverDep, ReaderDep
from geokg.graph.queries import count_labels
from geokg.graph.reads import count_constraints
from geokg.graph.schema import find_schema_version
from geokg.graph.settings import get_settings

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """The service's state, for humans and probes."""

    status: str
    neo4j_reachable: bool
    schema_version: int | None = None
    nodes: dict[str, int] = {}


class Live(BaseModel):
    """The process answers; nothing else is checked."""

    status: str


@router.get("/livez")
async def read_livez() -> Live:
    """Liveness: answers while the event loop runs, whatever Neo4j's state (a restart of the
    API would not bring Neo4j back, so a liveness probe must not depend on it)."""
    return Live(status="ok")


@router.get("/health")
def read_health(driver: DriverDep) -> Health:
    """Process up; Neo4j reachable or not; node counts by label."""
    database = get_settings().database
    try:
        nodes = count_labels(driver, database)
        version = find_schema_version(driver, database)
    except (ServiceUnavailable, SessionExpired, Neo4jError, OSError):
        return Health(status="degraded", neo4j_reachable=False)
    return Health(status="ok", neo4j_reachable=True, schema_version=version, nodes=nodes)


REQUIRED_CONSTRAINTS = frozenset({"Entity", "Article", "Claim"})


class Ready(BaseModel):
    """Ready to serve: Neo4j answers and the schema's constraints exist."""

    ready: bool
    constraints: list[str]


@router.get("/ready", responses=problems.responses(503))
async def read_ready(reader: ReaderDep) -> Ready:
    """200 when Neo4j is reachable and the uniqueness constraints are present, else 503."""
    try:
        present = await count_constraints(reader)
    except (ServiceUnavailable, SessionExpired, Neo4jError, OSError):
        raise HTTPException(503, "graph database unavailable") from None
    missing = REQUIRED_CONSTRAINTS - set(present)
    if missing:
        raise HTTPException(503, f"schema not applied: missing constraints on {sorted(missing)}")
    return Ready(ready=True, constraints=sorted(present))

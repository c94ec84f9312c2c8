"""JSON for dashboards: node-link graphs and flat series a chart takes as they are."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, status

from geokg.app.convert import plain
from geokg.app.deps import ReaderDep
from geokg.app.paging import DateParam, KindParam, SourceParam, relation_types
from geokg.app.schemas import Actor, DayCount, Stats
from geokg.graph import reads

router = APIRouter(tags=["dashboards"])


@router.get("/graph")
async def read_graph(
    reader: ReaderDep,
    entity: Annotated[str, Query(max_length=300)],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    types: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 150,
    format: Literal["node-link", "cytoscape", "vis", "d3"] = "node-link",
    source: SourceParam = None,
) -> dict[str, Any]:
    """The neighbourhood as node-link JSON with stable string ids, in several flavours. With a
    source, only edges with a claim from that publisher (their counts are of all claims)."""
    row = await reads.find_graph(reader, entity, depth, relation_types(types), limit, source)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no entity {entity!r}")
    nodes, links = plain(row["nodes"]), plain(row["links"])
    if format == "cytoscape":
        return {
            "elements": {
                "nodes": [{"data": {**n, "label": n["name"]}} for n in nodes],
                "edges": [{"data": {**e, "label": e["type"]}} for e in links],
            }
        }
    if format == "vis":
        return {
            "nodes": [{"id": n["id"], "label": n["name"], "group": n["kind"]} for n in nodes],
            "edges": [
                {
                    "id": e["id"],
                    "from": e["source"],
                    "to": e["target"],
                    "label": e["type"],
                    "value": e["claims"],
                }
                for e in links
            ],
        }
    if format == "d3":
        return {"nodes": nodes, "links": links}
    return {"directed": True, "multigraph": True, "nodes": nodes, "links": links}


@router.get("/stats")
async def read_stats(reader: ReaderDep, source: SourceParam = None) -> Stats:
    """Nodes by kind, edges by type, articles, last ingest; of one publisher's articles (the
    entities they mention, the edges with a claim from them) if a source is given."""
    row = plain(await reads.count_stats(reader, source))
    return Stats(
        nodes_by_kind={k["kind"]: k["n"] for k in row["kinds"] if k["kind"]},
        edges_by_type={e["type"]: e["n"] for e in row["edges"]},
        articles=row["articles"],
        last_ingest=row["last_ingest"],
    )


@router.get("/dashboards/claims-by-day")
async def read_claims_by_day(
    reader: ReaderDep,
    since: DateParam = None,
    until: DateParam = None,
    types: Annotated[str | None, Query(max_length=400)] = None,
    source: SourceParam = None,
) -> list[DayCount]:
    """Claim counts by day and type: a root array with ISO dates."""
    rows = await reads.count_claims_by_day(reader, since, until, relation_types(types), source)
    return [DayCount.model_validate(plain(r)) for r in rows]


@router.get("/dashboards/top-actors")
async def read_top_actors(
    reader: ReaderDep,
    since: DateParam = None,
    until: DateParam = None,
    kind: KindParam = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    source: SourceParam = None,
) -> list[Actor]:
    """Entities by the number of claims they take part in over a period."""
    kind_name = kind.value if kind else None
    rows = await reads.find_top_actors(reader, since, until, kind_name, limit, source)
    return [Actor.model_validate(r) for r in rows]

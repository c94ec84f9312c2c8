"""Entities: search, detail, relations, neighbours."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, status

from geokg.app.convert import plain
from geokg.app.deps import ReaderDep
from geokg.app.paging import (
    CursorParam,
    DateParam,
    KindParam,
    LimitParam,
    decode_cursor,
    next_cursor,
    relation_types,
)
from geokg.app.schemas import EdgePage, EntityDetail, EntityPage, Neighbor
from geokg.graph import reads
from geokg.graph.ontology import Modality

router = APIRouter(prefix="/entities", tags=["entities"])
IdPath = Annotated[str, "entity id, e.g. country:PRK"]
TypesParam = Annotated[str | None, Query(max_length=400, description="Comma-separated types.")]


@router.get("")
async def search_entities(
    reader: ReaderDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    kind: KindParam = None,
    limit: LimitParam = 20,
    cursor: CursorParam = None,
) -> EntityPage:
    """Full-text and alias search, best match and most mentioned first."""
    offset = decode_cursor(cursor)
    rows = await reads.find_entities(reader, q, kind.value if kind else None, offset, limit)
    return EntityPage.model_validate(
        {"items": plain(rows), "next": next_cursor(offset, limit, len(rows))}
    )


@router.get("/{entity_id}")
async def read_entity(entity_id: str, reader: ReaderDep) -> EntityDetail:
    """Name, kind, aliases, roles, mentions, first and last seen, top relations."""
    row = await reads.find_entity(reader, entity_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no entity {entity_id!r}")
    return EntityDetail.model_validate(plain(row))


# The two hottest reads return what the query gave (ISO strings already) and let FastAPI
# validate it once against the response model: a model built here would be dumped to a dict
# and validated again before serialising.
@router.get("/{entity_id}/relations", response_model=EdgePage)
async def read_entity_relations(
    entity_id: str,
    reader: ReaderDep,
    type: TypesParam = None,
    direction: Literal["out", "in", "both"] = "both",
    modality: Modality | None = None,
    since: DateParam = None,
    until: DateParam = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> dict[str, Any]:
    """Edges with their counts and latest evidence."""
    offset = decode_cursor(cursor)
    rows = await reads.find_entity_relations(
        reader,
        entity_id,
        types=relation_types(type),
        direction=direction,
        modality=modality.value if modality else None,
        since=since,
        until=until,
        min_confidence=min_confidence,
        skip=offset,
        limit=limit,
    )
    if not rows:
        await _exists(reader, entity_id)
    return {"items": rows, "next": next_cursor(offset, limit, len(rows))}


@router.get("/{entity_id}/neighbors", response_model=list[Neighbor])
async def read_neighbors(
    entity_id: str,
    reader: ReaderDep,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    types: TypesParam = None,
    limit: LimitParam = 100,
) -> list[dict[str, Any]]:
    """The neighbourhood within `depth` hops."""
    rows = await reads.find_neighbors(reader, entity_id, depth, relation_types(types), limit)
    if not rows:
        await _exists(reader, entity_id)  # only an empty answer needs a second query to tell a 404
    return rows


async def _exists(reader: ReaderDep, entity_id: str) -> None:
    if await reads.find_entity(reader, entity_id, top=0) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no entity {entity_id!r}")

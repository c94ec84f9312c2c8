"""Claims, paths and timelines: the evidence behind the edges."""

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, status

from geokg.app.convert import plain
from geokg.app.deps import ReaderDep
from geokg.app.paging import (
    CursorParam,
    DateParam,
    LimitParam,
    SourceParam,
    decode_cursor,
    next_cursor,
    relation_types,
)
from geokg.app.schemas import ClaimPage, PathOut, TimelinePoint
from geokg.graph import reads

router = APIRouter(tags=["claims"])
EntityParam = Annotated[str | None, Query(max_length=300, description="An entity id.")]


@router.get("/relations")
async def read_relations(
    reader: ReaderDep,
    subject: EntityParam = None,
    type: Annotated[str | None, Query(max_length=400)] = None,
    object: EntityParam = None,
    since: DateParam = None,
    until: DateParam = None,
    source: SourceParam = None,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> ClaimPage:
    """Claims with their evidence sentence, article, modality and attribution."""
    offset = decode_cursor(cursor)
    rows = await reads.find_claims(
        reader,
        subject=subject,
        object=object,
        types=relation_types(type),
        since=since,
        until=until,
        source=source,
        skip=offset,
        limit=limit,
    )
    return ClaimPage.model_validate(
        {"items": plain(rows), "next": next_cursor(offset, limit, len(rows))}
    )


@router.get("/paths")
async def read_paths(
    reader: ReaderDep,
    from_: Annotated[str, Query(alias="from", max_length=300)],
    to: Annotated[str, Query(max_length=300)],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    types: Annotated[str | None, Query(max_length=400)] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[PathOut]:
    """Shortest paths between two entities, each hop with the claims behind it."""
    for entity_id in (from_, to):
        if await reads.find_entity(reader, entity_id, top=0) is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no entity {entity_id!r}")
    if from_ == to:
        return []
    rows = await reads.find_paths(reader, from_, to, max_hops, relation_types(types), limit)
    return [PathOut.model_validate(plain(r)) for r in rows]


@router.get("/timeline")
async def read_timeline(
    reader: ReaderDep,
    entity: Annotated[str, Query(max_length=300)],
    from_: Annotated[DateParam, Query(alias="from")] = None,
    to: DateParam = None,
    source: SourceParam = None,
    bucket: Literal["day", "week", "month"] = "day",
) -> list[TimelinePoint]:
    """Claim counts over time by type, for charts: a root array with ISO dates."""
    if await reads.find_entity(reader, entity, top=0) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no entity {entity!r}")
    rows = await reads.count_timeline(reader, entity, from_, to, bucket, source)
    return [TimelinePoint.model_validate(plain(r)) for r in rows]

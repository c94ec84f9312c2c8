"""Pagination and shared query parameters: hard caps, opaque cursors, validated filters."""

import base64
import binascii
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query, status
from pydantic import AfterValidator

from geokg.graph.ontology import Kind, Relation

MAX_LIMIT = 200
LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (max 200).")]
CursorParam = Annotated[
    str | None, Query(max_length=64, description="Opaque cursor from a previous page's next.")
]


def _real_date(value: str | None) -> str | None:
    # The pattern lets "2023-02-30" through; Neo4j would fail on it, so it fails here as a 422.
    if value is not None:
        date.fromisoformat(value)
    return value


DateParam = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="ISO date, YYYY-MM-DD.",
        json_schema_extra={"format": "date"},
    ),
    AfterValidator(_real_date),
]
KindParam = Annotated[Kind | None, Query(description="An entity kind label.")]
SourceParam = Annotated[
    str | None,
    Query(max_length=300, description="A publisher, as articles name their source: Wikinews."),
]


def decode_cursor(cursor: str | None) -> int:
    """The offset an opaque cursor stands for."""
    if not cursor:
        return 0
    try:
        offset = int(base64.urlsafe_b64decode(cursor.encode() + b"==").decode())
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid cursor {cursor!r}") from None
    if offset < 0:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid cursor {cursor!r}")
    return offset


def next_cursor(offset: int, limit: int, returned: int) -> str | None:
    """The cursor of the next page, or None on the last one."""
    if returned < limit:
        return None
    return base64.urlsafe_b64encode(str(offset + limit).encode()).decode().rstrip("=")


def relation_types(raw: str | list[str] | None) -> list[str] | None:
    """Comma-separated relation types, each checked against the ontology's allow-list."""
    if raw is None:
        return None
    values = raw if isinstance(raw, list) else [raw]
    names = [v.strip().upper() for part in values for v in part.split(",") if v.strip()]
    allowed = {r.value for r in Relation}
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            f"unknown relation type(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}",
        )
    return names or None

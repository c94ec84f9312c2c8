"""Exports: every claim, or the graph, that passes the read API's filters, as files analysts take
to their own tools. The answer streams: the first bytes leave once Neo4j gives its first
batch, and the server holds one batch at a time whatever the export's size."""

import json
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.responses import StreamingResponse

from geokg.app import exports
from geokg.app.deps import DriverDep
from geokg.app.exports import ClaimFormat, GraphFormat
from geokg.app.paging import DateParam, SourceParam, relation_types
from geokg.app.problems import responses
from geokg.graph.exports import ClaimFilter, stream_claims, stream_edges, stream_nodes
from geokg.graph.ontology import Modality

router = APIRouter(prefix="/export", tags=["exports"])

EntityParam = Annotated[
    str | None, Query(max_length=300, description="Claims this entity is the subject or object of.")
]
TypeParam = Annotated[str | None, Query(max_length=400, description="Comma-separated types.")]
ConfidenceParam = Annotated[float | None, Query(ge=0.0, le=1.0)]

# Examples for the OpenAPI document, written by the exporters themselves so that they cannot
# drift from what is sent.
_CLAIM: dict[str, Any] = {
    "claim_id": "claim:5b0e1f9c2a7d4e3f8a6b1c0d9e8f7a6b",
    "subject_id": "person:kim-jong-un",
    "subject_name": "Kim Jong Un",
    "subject_kind": "Person",
    "subject_iso3": None,
    "relation": "MEETS",
    "object_id": "person:vladimir-putin",
    "object_name": "Vladimir Putin",
    "object_kind": "Person",
    "object_iso3": None,
    "plover_event": "CONSULT",
    "cameo_root": "04",
    "modality": "planned",
    "tense": "future",
    "event_date": "2023-09-12",
    "confidence": 0.85,
    "trigger": "meet",
    "role": None,
    "items": [],
    "attributed_to_id": "person:dmitry-peskov",
    "attributed_to_name": "Dmitry Peskov",
    "article_id": "https://www.viewworld.org/?p=2787",
    "url": "https://www.viewworld.org/?p=2787",
    "title": "Kim Jong Un in Russia to meet Putin",
    "publisher": "viewworld.org",
    "published_at": "2023-09-12T08:00:00.000000000+00:00",  # as Neo4j and /relations give it
    "sentence_index": 3,
    "char_start": 310,
    "char_end": 402,
    "sentence": 'Peskov said Putin and Kim will meet "in the coming days".',
    "extractor_version": "0.4.0",
}
_NODES: list[dict[str, Any]] = [
    {
        "id": "person:kim-jong-un",
        "name": "Kim Jong Un",
        "kind": "Person",
        "aliases": ["Kim Jong Un", "Kim Jong-un"],
        "iso3": None,
        "mentions": 14,
        "first_seen": "2015-08-21",
        "last_seen": "2023-09-12",
    },
    {
        "id": "person:vladimir-putin",
        "name": "Vladimir Putin",
        "kind": "Person",
        "aliases": ["Vladimir Putin", "Putin"],
        "iso3": None,
        "mentions": 9,
        "first_seen": "2019-08-26",
        "last_seen": "2023-09-12",
    },
]
_EDGES: list[dict[str, Any]] = [
    {
        "source": "person:kim-jong-un",
        "target": "person:vladimir-putin",
        "type": "MEETS",
        "claims": 3,
        "articles": 1,
        "first_seen": "2023-09-12",
        "last_seen": "2023-09-13",
        "confidence": 0.85,
        "modalities": ["planned", "reported"],
        "sources": ["viewworld.org"],
    },
]


def _claims_example(fmt: ClaimFormat) -> str:
    writer = exports.CLAIM_WRITERS[fmt]()
    return (writer.begin() + writer.rows([_CLAIM]) + writer.end()).decode()


def _graph_example(fmt: GraphFormat) -> str:
    w = exports.GRAPH_WRITERS[fmt]()
    return (w.begin() + w.nodes(_NODES) + w.between() + w.edges(_EDGES) + w.end()).decode()


def _media(fmt: str) -> str:
    return exports.MEDIA_TYPES[fmt].split(";")[0]


_TEXT = {"type": "string"}
_PARQUET_COLUMNS = ", ".join(f"{n} ({t})" for n, t in exports.CLAIM_COLUMNS)
CLAIMS_CONTENT: dict[str, Any] = {
    _media(ClaimFormat.CSV): {"schema": _TEXT, "example": _claims_example(ClaimFormat.CSV)},
    _media(ClaimFormat.JSONL): {"schema": _TEXT, "example": _claims_example(ClaimFormat.JSONL)},
    _media(ClaimFormat.PARQUET): {
        "schema": {
            "type": "string",
            "format": "binary",
            "description": f"A Parquet file (zstd) with the columns {_PARQUET_COLUMNS}.",
        },
        # A binary file has no text to show: the example is its schema, as pyarrow prints it.
        "example": str(exports.PARQUET_SCHEMA),
    },
}
GRAPH_CONTENT: dict[str, Any] = {
    _media(GraphFormat.GRAPHML): {"schema": _TEXT, "example": _graph_example(GraphFormat.GRAPHML)},
    _media(GraphFormat.GEXF): {"schema": _TEXT, "example": _graph_example(GraphFormat.GEXF)},
    _media(GraphFormat.JSON): {
        "schema": {"type": "object"},
        "example": json.loads(_graph_example(GraphFormat.JSON)),
    },
}
F = TypeVar("F", ClaimFormat, GraphFormat)


def choose(asked: F | None, accept: str | None, offered: list[F]) -> F:
    """The format `?format=` names, else the first offered one the Accept header ranks best."""
    if asked is not None:
        return asked
    ranked: list[tuple[float, int, F]] = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        for fmt in offered:
            mine = _media(fmt)
            if q > 0 and media in (mine, "*/*", mine.split("/")[0] + "/*"):
                ranked.append((-q, 0 if media == mine else 1, fmt))
                break
    if not ranked:
        names = ", ".join(f"{_media(f)} (format={f.value})" for f in offered)
        raise HTTPException(
            status.HTTP_406_NOT_ACCEPTABLE, f"cannot answer Accept: {accept}; offered: {names}"
        )
    return min(ranked, key=lambda r: r[:2])[2]


def claim_filter(
    entity: EntityParam = None,
    type: TypeParam = None,
    modality: Modality | None = None,
    since: DateParam = None,
    until: DateParam = None,
    source: SourceParam = None,
    min_confidence: ConfidenceParam = None,
) -> ClaimFilter:
    """The read API's filters, shared by both exports."""
    if since and until and since > until:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"since {since} is after until {until}")
    return ClaimFilter(
        entity=entity,
        types=relation_types(type),
        modality=modality.value if modality else None,
        since=since,
        until=until,
        source=source,
        min_confidence=min_confidence,
    )


FilterDep = Annotated[ClaimFilter, Depends(claim_filter)]


def _download(body: Any, fmt: ClaimFormat | GraphFormat, name: str) -> StreamingResponse:
    filename = f"geokg-{name}.{fmt.value}"
    return StreamingResponse(
        body,
        media_type=exports.MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/claims",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The claims, one a row or line, in claim id order",
            "content": CLAIMS_CONTENT,
        },
        **responses(406),
    },
)
def export_claims(
    request: Request,
    driver: DriverDep,
    where: FilterDep,
    format: Annotated[
        ClaimFormat | None, Query(description="Overrides the Accept header; default csv.")
    ] = None,
) -> StreamingResponse:
    """Every claim that passes the filters, with its entities, evidence and article: CSV
    (RFC 4180), JSON Lines in PLOVER's field names, or Parquet. Streamed as it is read."""
    fmt = choose(format, request.headers.get("accept"), list(ClaimFormat))
    # Opened here, so that an unreachable Neo4j is a 503 before any byte is sent. A plain def:
    # FastAPI runs it in its threadpool, where the blocking driver may wait for that batch.
    claims = stream_claims(driver, where)
    return _download(exports.claims_body(fmt, claims), fmt, "claims")


@router.get(
    "/graph",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The entities of the claims, and one edge per subject, type and "
            "object with its claim and article counts",
            "content": GRAPH_CONTENT,
        },
        **responses(406),
    },
)
def export_graph(
    request: Request,
    driver: DriverDep,
    where: FilterDep,
    format: Annotated[
        GraphFormat | None, Query(description="Overrides the Accept header; default graphml.")
    ] = None,
) -> StreamingResponse:
    """The graph of the claims that pass the filters as GraphML or GEXF (Gephi, Cytoscape,
    networkx) or node-link JSON (networkx's node_link_graph). Streamed as it is read."""
    fmt = choose(format, request.headers.get("accept"), list(GraphFormat))
    nodes = stream_nodes(driver, where)
    try:
        edges = stream_edges(driver, where)
    except BaseException:
        nodes.close()
        raise
    return _download(exports.graph_body(fmt, nodes, edges), fmt, "graph")

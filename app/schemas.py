"""Response models: the JSON contract the OpenAPI document publishes."""

from typing import Any

from pydantic import BaseModel


class EntitySummary(BaseModel):
    id: str
    name: str
    kind: str
    aliases: list[str] = []
    iso3: str | None = None
    mentions: int | None = None
    first_seen: str | None = None
    last_seen: str | None = None


class EntityHit(BaseModel):
    entity: EntitySummary
    rank: float


class Page(BaseModel):
    next: str | None = None


class EntityPage(Page):
    items: list[EntityHit]


class RoleOut(BaseModel):
    type: str
    role: str | None = None
    of: str | None = None
    of_name: str | None = None


class RelationCount(BaseModel):
    type: str
    direction: str
    other: str
    other_name: str | None = None
    other_kind: str | None = None
    claims: int | None = None
    articles: int | None = None


class EntityDetail(BaseModel):
    entity: EntitySummary
    roles: list[RoleOut]
    relations: list[RelationCount]


class NodeRef(BaseModel):
    id: str
    name: str | None = None
    kind: str | None = None


class Evidence(BaseModel):
    id: str
    sentence: str
    modality: str
    tense: str | None = None
    date: str | None = None
    trigger: str | None = None
    confidence: float | None = None
    article: str | None = None
    article_title: str | None = None
    article_url: str | None = None


class EdgeOut(BaseModel):
    type: str
    subject: str
    object: str
    other: NodeRef
    claims: int | None = None
    articles: int | None = None
    sources: list[str] | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    confidence: float | None = None
    modalities: list[str] | None = None
    latest_evidence: Evidence | None = None


class EdgePage(Page):
    items: list[EdgeOut]


class Neighbor(BaseModel):
    entity: NodeRef
    hops: int


class ClaimOut(BaseModel):
    id: str
    type: str
    modality: str
    tense: str | None = None
    date: str | None = None
    trigger: str | None = None
    sentence: str
    sentence_index: int | None = None
    confidence: float | None = None
    role: str | None = None
    items: list[str] | None = None
    plover: str | None = None
    cameo: str | None = None


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: str | None = None


class ClaimWithContext(BaseModel):
    claim: ClaimOut
    subject: NodeRef
    object: NodeRef
    article: ArticleRef
    attributed_to: NodeRef | None = None


class ClaimPage(Page):
    items: list[ClaimWithContext]


class PathHop(BaseModel):
    type: str
    subject: str
    object: str
    claims: int | None = None
    modalities: list[str] | None = None
    evidence: list[dict[str, Any]] = []


class PathOut(BaseModel):
    nodes: list[NodeRef]
    hops: list[PathHop]


class TimelinePoint(BaseModel):
    period: str
    type: str
    claims: int


class ArticleDetail(BaseModel):
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    claims: list[dict[str, Any]]


class ArticlePage(Page):
    items: list[dict[str, Any]]


class Stats(BaseModel):
    nodes_by_kind: dict[str, int]
    edges_by_type: dict[str, int]
    articles: int
    last_ingest: str | None = None


class DayCount(BaseModel):
    day: str
    type: str
    claims: int


class Actor(BaseModel):
    id: str
    name: str
    kind: str
    degree: int

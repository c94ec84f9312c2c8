"""Response models: the JSON contract the OpenAPI document publishes."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


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
    rule: str | None = None
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
    rule: str | None = None
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


class IngestedEntity(BaseModel):
    id: str
    name: str
    kind: str
    aliases: list[str] = []
    iso3: str | None = None
    mentions: int = 0


class IngestedClaim(BaseModel):
    id: str
    type: str
    subject: str
    object: str
    attributed_to: str | None = None
    modality: str
    tense: str
    trigger: str
    rule: str = ""
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int
    date: str
    confidence: float
    role: str | None = None
    items: list[str] = []
    plover: str | None = None
    cameo: str | None = None


class ArticleIngested(BaseModel):
    """One article as stored, and the claims that were loaded from it."""

    outcome: str  # loaded, replaced (a correction of a known id) or unchanged
    article: ArticleRef
    entities: list[IngestedEntity]
    claims: list[IngestedClaim]

    @classmethod
    def from_extraction(cls, x: Any, outcome: str) -> "ArticleIngested":
        a = x.article
        return cls(
            outcome=outcome,
            article=ArticleRef(
                id=a.id,
                title=a.title,
                url=a.url,
                source=a.source,
                published_at=a.published_at.isoformat(),
            ),
            entities=[IngestedEntity(**e.model_dump(mode="json")) for e in x.entities],
            claims=[
                IngestedClaim(
                    **c.model_dump(mode="json", exclude={"extractor_version"}),
                    plover=c.plover,
                    cameo=c.cameo,
                )
                for c in x.claims
            ],
        )


class JobError(BaseModel):
    source: str
    problem: str
    skipped: bool = False
    stage: str | None = Field(
        None, description="Where a failed article failed: read, extract, validate, timeout, load."
    )


class JobOut(BaseModel):
    """An ingest job's state: queued, running, done (every article tried) or failed."""

    id: str
    state: str
    total: int
    done: int
    counts: dict[str, int]
    claims: int
    errors: list[JobError]
    failures: dict[str, int] = Field(
        default_factory=dict, description="Failed articles by stage (extract, validate: a bug)."
    )
    error: str | None = None
    submitted_at: str
    started_at: str | None = None
    finished_at: str | None = None

    @classmethod
    def of(cls, job: Any) -> "JobOut":
        def iso(t: datetime | None) -> str | None:
            return t.isoformat() if t else None

        return cls(
            id=job.id,
            state=str(job.state),
            total=job.total,
            done=job.done,
            counts=dict(job.counts),
            claims=job.claims,
            errors=[
                JobError(source=e.source, problem=e.problem, skipped=e.skipped, stage=e.stage)
                for e in list(job.errors)
            ],
            failures=job.failures(),
            error=job.error,
            submitted_at=job.submitted_at.isoformat(),
            started_at=iso(job.started_at),
            finished_at=iso(job.finished_at),
        )

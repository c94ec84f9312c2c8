"""The data contract between ingest and the graph: strict, closed-vocabulary models."""

import re
from datetime import date

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from geokg.graph.ontology import CODING, KIND_PREFIX, SYMMETRIC, Kind, Modality, Relation, Tense

ENTITY_ID = re.compile(
    r"^(?:country:[A-Z]{3}|(?:person|org|loc|group|event|topic):[a-z0-9][a-z0-9-]*)$"
)


class Article(BaseModel):
    """One source article's metadata; the text itself is not stored in the graph."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=2048)
    url: str | None = None
    title: str = ""
    source: str = ""
    published_at: AwareDatetime
    language: str = "en"
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    extractor_version: str


class Entity(BaseModel):
    """An actor, place or topic as one article sees it; `mentions` counts that article only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=ENTITY_ID.pattern)
    name: str = Field(min_length=1)
    kind: Kind
    aliases: list[str] = []
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    mentions: int = Field(default=1, ge=0)

    @model_validator(mode="after")
    def _id_matches_kind(self) -> "Entity":
        if not self.id.startswith(KIND_PREFIX[self.kind] + ":"):
            raise ValueError(f"entity id {self.id!r} does not fit kind {self.kind}")
        return self


class Claim(BaseModel):
    """One typed relation read from one sentence: the evidence behind an edge."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^claim:[0-9a-f]{32}$")
    type: Relation
    subject: str = Field(pattern=ENTITY_ID.pattern)
    object: str = Field(pattern=ENTITY_ID.pattern)
    attributed_to: str | None = Field(default=None, pattern=ENTITY_ID.pattern)
    modality: Modality
    tense: Tense
    trigger: str = ""
    sentence: str = Field(min_length=1)
    sentence_index: int = Field(ge=0)
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    date: date
    confidence: float = Field(ge=0.0, le=1.0)
    # The extractor's rule that read the claim (ingest/data/rules.json); empty for claims
    # written by other tools.
    rule: str = ""
    role: str | None = None
    items: list[str] = []
    extractor_version: str

    @property
    def plover(self) -> str | None:
        return CODING[self.type].plover

    @property
    def cameo(self) -> str | None:
        return CODING[self.type].cameo

    @model_validator(mode="after")
    def _distinct_ends(self) -> "Claim":
        if self.subject == self.object:
            raise ValueError(f"claim {self.id} relates {self.subject!r} to itself")
        return self

    def ordered(self) -> tuple[str, str]:
        """Subject and object as stored: symmetric types put the smaller id first."""
        if self.type in SYMMETRIC and self.object < self.subject:
            return self.object, self.subject
        return self.subject, self.object


class Extraction(BaseModel):
    """Everything one article yields: what the loader writes in one transaction."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article: Article
    entities: list[Entity]
    claims: list[Claim]

    @model_validator(mode="after")
    def _claims_reference_entities(self) -> "Extraction":
        ids = {e.id for e in self.entities}
        if len(ids) != len(self.entities):
            raise ValueError(f"article {self.article.id}: duplicate entity ids")
        for c in self.claims:
            missing = {c.subject, c.object, c.attributed_to} - ids - {None}
            if missing:
                names = sorted(m for m in missing if m is not None)
                raise ValueError(f"claim {c.id} references unknown entities {names}")
        return self

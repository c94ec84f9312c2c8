"""The graph's closed vocabulary (ONTOLOGY.md): kinds, relation types, modalities."""

from enum import StrEnum
from typing import NamedTuple

SCHEMA_VERSION = 3  # 2: summary edges name their latest claim; 3: entity ids in any script


class Kind(StrEnum):
    """The one kind label every Entity node carries beside `Entity`."""

    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    LOCATION = "Location"
    GROUP = "Group"
    EVENT = "Event"
    TOPIC = "Topic"


KIND_PREFIX: dict[Kind, str] = {
    Kind.COUNTRY: "country",
    Kind.PERSON: "person",
    Kind.ORGANIZATION: "org",
    Kind.LOCATION: "loc",
    Kind.GROUP: "group",
    Kind.EVENT: "event",
    Kind.TOPIC: "topic",
}


class Relation(StrEnum):
    """The ontology's allow-list: the only relationship types that reach Cypher."""

    MEETS = "MEETS"
    VISITS = "VISITS"
    NEGOTIATES_WITH = "NEGOTIATES_WITH"
    AGREES_WITH = "AGREES_WITH"
    COOPERATES_WITH = "COOPERATES_WITH"
    SUPPORTS = "SUPPORTS"
    OPPOSES = "OPPOSES"
    CRITICIZES = "CRITICIZES"
    ACCUSES = "ACCUSES"
    REQUESTS = "REQUESTS"
    THREATENS = "THREATENS"
    SANCTIONS = "SANCTIONS"
    SUPPLIES = "SUPPLIES"
    ATTACKS = "ATTACKS"
    INVITES = "INVITES"
    LEADER_OF = "LEADER_OF"
    AFFILIATED_WITH = "AFFILIATED_WITH"
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"


class Modality(StrEnum):
    """How the article presents a claim."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"
    POSSIBLE = "possible"
    PLANNED = "planned"
    NEGATED = "negated"


class Tense(StrEnum):
    """The time of the related event as the article presents it."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class EventCoding(NamedTuple):
    """A relation type's place in the political-event datasets."""

    symmetric: bool
    plover: str | None
    cameo: str | None


CODING: dict[Relation, EventCoding] = {
    Relation.MEETS: EventCoding(True, "CONSULT", "04"),
    Relation.VISITS: EventCoding(False, "CONSULT", "04"),
    Relation.NEGOTIATES_WITH: EventCoding(True, "CONSULT", "04"),
    Relation.AGREES_WITH: EventCoding(True, "AGREE", "03"),
    Relation.COOPERATES_WITH: EventCoding(True, "COOPERATE", "06"),
    Relation.SUPPORTS: EventCoding(False, "SUPPORT", "05"),
    Relation.OPPOSES: EventCoding(False, "REJECT", "12"),
    Relation.CRITICIZES: EventCoding(False, "ACCUSE", "11"),
    Relation.ACCUSES: EventCoding(False, "ACCUSE", "11"),
    Relation.REQUESTS: EventCoding(False, "REQUEST", "10"),
    Relation.THREATENS: EventCoding(False, "THREATEN", "13"),
    Relation.SANCTIONS: EventCoding(False, "SANCTION", "16"),
    Relation.SUPPLIES: EventCoding(False, "AID", "07"),
    Relation.ATTACKS: EventCoding(False, "ASSAULT", "18"),
    Relation.INVITES: EventCoding(False, "AGREE", "03"),
    Relation.LEADER_OF: EventCoding(False, None, None),
    Relation.AFFILIATED_WITH: EventCoding(False, None, None),
    Relation.PART_OF: EventCoding(False, None, None),
    Relation.LOCATED_IN: EventCoding(False, None, None),
}

SYMMETRIC = frozenset(r for r, c in CODING.items() if c.symmetric)
# Types stated by titles, appositions and places rather than by a verb or noun of acts: no event.
STRUCTURAL = frozenset(r for r, c in CODING.items() if c.plover is None)

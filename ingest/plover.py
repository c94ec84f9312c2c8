"""PLOVER's gold standard records as a check on news sentences no rule was written from.

The Open Event Data Alliance's PLOVER repository codes some 320 real news sentences (the CAMEO
manual's examples) with their event type and their source and target actors
(`corpus/plover/`, CC BY-SA 4.0). `geokg eval-plover` extracts each sentence as an article of
the record's date and counts a record as read when a claim of a type its event maps to
(`EVENT_TYPES`, after ONTOLOGY.md's PLOVER column) joins one of its source actors to one of
its targets. Only actors of state-like sectors count: PLOVER codes civilians and refugees by
their nationality ("Congolese refugees" as the Congo), which the ontology does not. Records
whose actors the extractor never makes nodes are counted apart, as unnamed.

It measures recall only; the claims a record yields beyond its own event are counted, not
judged, since PLOVER codes one event per sentence.
"""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from geokg.graph.models import Entity, Extraction
from geokg.graph.ontology import STRUCTURAL, SYMMETRIC, Kind, Relation
from geokg.ingest.errors import IngestError
from geokg.ingest.gazetteer import load_gazetteer
from geokg.ingest.pipeline import ArticleResult, extract_documents
from geokg.ingest.readers import Document
from geokg.ingest.settings import IngestSettings

R = Relation
# PLOVER event -> the relation types that tell it. AGREE is CAMEO 03's intent to cooperate as
# well as agreement, so an offer of aid (a planned SUPPLIES) or a visit to mediate tells it.
EVENT_TYPES: dict[str, frozenset[Relation]] = {
    "AGREE": frozenset(
        {
            R.AGREES_WITH,
            R.INVITES,
            R.SUPPORTS,
            R.NEGOTIATES_WITH,
            R.MEETS,
            R.SUPPLIES,
            R.VISITS,
            R.COOPERATES_WITH,
        }
    ),
    "AID": frozenset({R.SUPPLIES}),
    "ASSAULT": frozenset({R.ATTACKS}),
    "COERCE": frozenset({R.SANCTIONS, R.ATTACKS}),
    "CONSULT": frozenset({R.MEETS, R.VISITS, R.NEGOTIATES_WITH}),
    "COOPERATE": frozenset({R.COOPERATES_WITH}),
    "DEMAND": frozenset({R.REQUESTS}),
    "DISAPPROVE": frozenset({R.CRITICIZES, R.ACCUSES}),
    "FIGHT": frozenset({R.ATTACKS}),
    "PROTEST": frozenset({R.CRITICIZES, R.OPPOSES}),
    "REJECT": frozenset({R.OPPOSES}),
    "SANCTION": frozenset({R.SANCTIONS}),
    "SUPPORT": frozenset({R.SUPPORTS}),
    "THREATEN": frozenset({R.THREATENS}),
}
# Sectors of actors the ontology makes parties: governments, forces, rebels, parties, courts;
# "***" and an absent sector are PLOVER's unspecified.
STATE_SECTORS = ("GOV", "MIL", "REB", "OPP", "LEG", "JUD", "COP", "PTY", "UAF", "SPY", "ELI", "***")


class RecordsError(ValueError):
    """A records file that cannot be read or scored; the message names the file or record."""


@dataclass(frozen=True)
class Actor:
    text: str
    code: str
    sector: str

    @property
    def is_party(self) -> bool:
        return not self.sector or self.sector.upper().startswith(STATE_SECTORS)


@dataclass(frozen=True)
class Record:
    id: str
    event: str
    text: str
    day: date
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]


@dataclass
class Tally:
    """One event's records: with both sides named as nodes, read, and with a side unnamed."""

    named: int = 0
    read: int = 0
    unnamed: int = 0
    other_claims: int = 0
    missed: list[str] = field(default_factory=list)


def load_records(path: Path) -> list[Record]:
    """The records of a PLOVER gold standard file whose event `EVENT_TYPES` maps; a record
    without text or event is an error naming its id."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RecordsError(f"{path}: not a PLOVER records file: {exc}") from None
    if not isinstance(raw, list):
        raise RecordsError(f"{path}: expected a JSON list of records")
    out: list[Record] = []
    for i, r in enumerate(raw):
        if not isinstance(r, dict) or "event" not in r:
            raise RecordsError(f"{path}: record {i} has no event")
        if r["event"] not in EVENT_TYPES:
            continue  # DOCUMENT, RETREAT, CONCEDE ...: no relation of ours tells them
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            raise RecordsError(f"{path}: record {r.get('id', i)} has no text")
        out.append(
            Record(
                id=str(r.get("id", i)),
                event=r["event"],
                text=r["text"],
                day=date.fromisoformat(r.get("date") or "2000-01-01"),
                sources=_actors(r.get("source")),
                targets=_actors(r.get("target")),
            )
        )
    return out


def _actors(side: Any) -> tuple[Actor, ...]:
    if not isinstance(side, list):
        return ()  # PLOVER writes "" for no target
    return tuple(
        Actor(str(a.get("actorText", "")), str(a.get("code", "")), str(a.get("sector", "")))
        for a in side
        if isinstance(a, dict)
    )


def score(records: list[Record], settings: IngestSettings) -> dict[str, Tally]:
    """Extract every record's sentence and tally, per event, the records read."""
    tallies: dict[str, Tally] = {event: Tally() for event in sorted(EVENT_TYPES)}
    by_source = {f"plover#{r.id}": r for r in records}
    for result in extract_documents(_documents(records), settings):
        if isinstance(result, IngestError):
            raise RecordsError(str(result))  # the record's text could not be extracted
        record = by_source[result.document.source]
        _tally(tallies[record.event], record, _extraction(result))
    return tallies


def _documents(records: Iterable[Record]) -> Iterator[Document]:
    for r in records:
        published = datetime(r.day.year, r.day.month, r.day.day, tzinfo=UTC)
        yield Document(
            source=f"plover#{r.id}",
            id=f"plover-{r.id}",
            url=None,
            title="",
            publisher="PLOVER",
            published_at=published,
            text=r.text,
            language="en",
        )


def _extraction(result: ArticleResult) -> Extraction:
    """Every claim, under the confidence threshold too, as `geokg extract --all` gives."""
    return result.extraction.model_copy(update={"claims": result.all_claims})


def _tally(tally: Tally, record: Record, extraction: Extraction) -> None:
    sources = _stand_for(record.sources, extraction.entities)
    targets = _stand_for(record.targets, extraction.entities)
    if not sources or not targets:
        tally.unnamed += 1
        return
    tally.named += 1
    wanted = EVENT_TYPES[record.event]

    def tells(subject: str, type_: Relation, obj: str) -> bool:
        if type_ not in wanted:
            return False
        return (subject in sources and obj in targets) or (
            type_ in SYMMETRIC and subject in targets and obj in sources
        )

    events = [c for c in extraction.claims if c.type not in STRUCTURAL]
    read = any(tells(c.subject, c.type, c.object) for c in events)
    tally.read += read
    tally.other_claims += sum(not tells(c.subject, c.type, c.object) for c in events)
    if not read:
        tally.missed.append(f"{record.id}: {record.text}")


def _stand_for(actors: Iterable[Actor], entities: list[Entity]) -> set[str]:
    """The nodes that stand for the party actors: the country of the actor's code; a node one
    of whose names has all its words in the actor's ("Iraqi President Saddam Hussein" for Saddam
    Hussein, "The International Labor Office" for the ILO named so once); a group named with
    the demonym of the actor's country ("Zimbabwean opposition groups" for "Opposition groups
    in Zimbabwe")."""
    demonyms = load_gazetteer().demonyms
    out: set[str] = set()
    for actor in actors:
        if not actor.is_party:
            continue
        words = _words(actor.text)
        for e in entities:
            if e.kind is Kind.COUNTRY and e.iso3 == actor.code:
                out.add(e.id)
            for name in (e.name, *e.aliases):
                named = _words(name)
                if e.kind is Kind.GROUP and demonyms.get(name.split()[0].lower()) == (
                    f"country:{actor.code}"
                ):
                    named = _words(" ".join(name.split()[1:]))
                if len(name) > 2 and named and named <= words:
                    out.add(e.id)
    return out


def _words(text: str) -> set[str]:
    return set(text.lower().replace("-", " ").split())


def table(tallies: dict[str, Tally]) -> list[str]:
    """One line per event and the total."""
    lines = [f"{'event':11} {'named':>5} {'read':>5} {'recall':>6} {'unnamed':>7} {'other':>6}"]
    for event, t in tallies.items():
        recall = t.read / t.named if t.named else 0.0
        lines.append(
            f"{event:11} {t.named:5d} {t.read:5d} {recall:6.3f} {t.unnamed:7d} {t.other_claims:6d}"
        )
    named = sum(t.named for t in tallies.values())
    read = sum(t.read for t in tallies.values())
    lines.append(
        f"{'total':11} {named:5d} {read:5d} {read / named if named else 0.0:6.3f} "
        f"{sum(t.unnamed for t in tallies.values()):7d} "
        f"{sum(t.other_claims for t in tallies.values()):6d}"
    )
    return lines

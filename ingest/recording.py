"""What the extractor read each sentence to name, kept only while a report asks for it.

`geokg eval --causes` (ingest/causes.py) sets `RECORDING` around the extraction of one article;
`relations.extract_claims` then appends a `Sentence` per sentence. Unset, nothing is kept and
nothing is read twice.
"""

from contextvars import ContextVar
from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Sentence:
    """One sentence as the extractor read it: its text, the parties it was read to name, the
    names those parties go by, its pronouns (lower-cased) and the recogniser's spans in it
    (text, label)."""

    text: str
    mentions: list[tuple[Token, str]]
    names: dict[str, tuple[str, list[str]]]  # entity id -> (name, aliases)
    pronouns: frozenset[str] = frozenset()
    spans: tuple[tuple[str, str], ...] = ()


@dataclass
class Recorder:
    """The sentences of the article being extracted."""

    sentences: list[Sentence] = field(default_factory=list)


RECORDING: ContextVar[Recorder | None] = ContextVar("recording", default=None)

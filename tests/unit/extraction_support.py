"""One text through the resolver and the rules, as the extractor tests read it: an article
around the text, dated as the sentence's news was (the register of leaders reads that date)."""

import hashlib
from datetime import UTC, date, datetime

from spacy.language import Language

from geokg.graph.models import Article, Claim
from geokg.ingest.relations import extract_claims
from geokg.ingest.resolve import Resolution, resolve

SAMPLE_DAY = date(2023, 9, 12)  # the sample article's date


def read_claims(nlp: Language, text: str, day: date = SAMPLE_DAY) -> tuple[list[Claim], Resolution]:
    """Every claim of `text`, and who is who in it."""
    doc = nlp(text)
    res = resolve(doc)
    return extract_claims(doc, res, article_of(text, day)), res


def article_of(text: str, day: date = SAMPLE_DAY) -> Article:
    """The article a test text stands in, dated `day`."""
    return Article(
        id="test",
        published_at=datetime(day.year, day.month, day.day, tzinfo=UTC),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        extractor_version="test",
    )


def claims_of(nlp: Language, text: str, day: date = SAMPLE_DAY) -> list[Claim]:
    """Every claim of `text`."""
    return read_claims(nlp, text, day)[0]


def triples(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    """Subject, type, object and modality of each claim."""
    return {(c.subject, c.type.value, c.object, c.modality.value) for c in claims}


def events(nlp: Language, text: str, day: date = SAMPLE_DAY) -> set[tuple[str, str, str]]:
    """Subject, type and object of each claim of `text`."""
    return {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, day)}

"""From documents to extractions: NLP, entity resolution and claims, in one pass per article."""

import itertools
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import cast

from langdetect import DetectorFactory, LangDetectException, detect  # type: ignore[import-untyped]
from spacy.tokens import Doc

from graph.models import Article, Claim, Extraction
from ingest.errors import IngestError, SkippedArticle
from ingest.nlp import load_nlp
from ingest.readers import Document
from ingest.relations import extract_claims
from ingest.resolve import resolve
from ingest.settings import IngestSettings, get_ingest_settings

EXTRACTOR_VERSION = "0.1.0"
DetectorFactory.seed = 0  # langdetect is random unless seeded: same text, same answer


@dataclass(frozen=True)
class ArticleResult:
    """One article's extraction: what is loaded, and every claim for `--all`."""

    document: Document
    extraction: Extraction
    all_claims: list[Claim]


def language_of(text: str) -> str:
    """The ISO 639-1 code of the text's language ("en"), or "und" when unknown."""
    try:
        return str(detect(text[:3000]))
    except LangDetectException:
        return "und"


def extract_documents(
    docs: Iterable[Document | IngestError], settings: IngestSettings | None = None
) -> Generator[ArticleResult | IngestError, None, None]:
    """Extract every document, in order, batching the NLP over `n_process` processes.

    Errors pass through in their place. Nothing is loaded, not even the spaCy model, until the
    first document arrives: a re-run that finds everything already stored costs no NLP.
    """
    s = settings or get_ingest_settings()
    # Only a sequence number travels with each text through nlp.pipe: with several processes
    # the context is pickled to a worker and back (an IngestError would not unpickle, and a
    # Document would carry its text twice); the items wait here, in input order.
    waiting: dict[int, Document | IngestError] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for seq, item in enumerate(docs):
            checked = _checked(item, s)
            waiting[seq] = checked
            yield (checked.text if isinstance(checked, Document) else ""), seq

    stream = texts()
    first = next(stream, None)
    if first is None:
        return
    nlp = load_nlp(s.spacy_model)
    pipe = nlp.pipe(
        itertools.chain([first], stream),
        as_tuples=True,
        batch_size=s.batch_size,
        n_process=s.n_process,
    )
    pipe = cast(Generator[tuple[Doc, int], None, None], pipe)  # typed as a mere Iterator
    try:
        for doc, seq in pipe:
            item = waiting.pop(seq)
            yield item if isinstance(item, IngestError) else _extract_one(doc, item, s)
    finally:
        # A caller that stops early (the graph went away) must not leave workers behind:
        # closing the pipe sends them spaCy's stop sentinel and joins them.
        pipe.close()


def _checked(item: Document | IngestError, s: IngestSettings) -> Document | IngestError:
    """The document if it is fit for NLP, else the error or skip that says why not."""
    if isinstance(item, IngestError):
        return item
    if len(item.text) > s.max_text_chars:
        return IngestError(
            item.source, f"text of {len(item.text)} characters is over {s.max_text_chars}"
        )
    language = language_of(item.text)
    if language != "en":
        return SkippedArticle(item.source, f"language is {language!r}, not English")
    return item


def _extract_one(doc: Doc, document: Document, s: IngestSettings) -> ArticleResult:
    resolution = resolve(doc)
    article = Article(
        id=document.id,
        url=document.url,
        title=document.title,
        source=document.publisher,
        published_at=document.published_at,
        language="en",
        content_hash=document.content_hash,
        extractor_version=EXTRACTOR_VERSION,
    )
    claims = extract_claims(doc, resolution, article)
    kept = [c for c in claims if c.confidence >= s.min_confidence]
    used = {e for c in claims for e in (c.subject, c.object, c.attributed_to) if e}
    entities = [e for e in resolution.entities() if e.mentions > 0 or e.id in used]
    extraction = Extraction(article=article, entities=entities, claims=kept)
    return ArticleResult(document=document, extraction=extraction, all_claims=claims)

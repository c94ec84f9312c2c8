"""From documents to extractions: NLP, entity resolution and claims, in one pass per article."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from langdetect import DetectorFactory, LangDetectException, detect

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
        return detect(text[:3000])
    except LangDetectException:
        return "und"


def extract_documents(
    docs: Iterable[Document | IngestError], settings: IngestSettings | None = None
) -> Iterator[ArticleResult | IngestError]:
    """Extract every document, batching the NLP; errors pass through in order."""
    s = settings or get_ingest_settings()
    nlp = load_nlp(s.spacy_model)

    def checked() -> Iterator[tuple[str, Document | IngestError]]:
        for item in docs:
            if isinstance(item, IngestError):
                yield "", item
                continue
            if len(item.text) > s.max_text_chars:
                yield "", IngestError(
                    item.source, f"text of {len(item.text)} characters is over {s.max_text_chars}"
                )
                continue
            language = language_of(item.text)
            if language != "en":
                yield "", SkippedArticle(item.source, f"language is {language!r}, not English")
                continue
            yield item.text, item

    stream = checked()
    pairs = ((text, item) for text, item in stream)
    for doc, item in nlp.pipe(pairs, as_tuples=True, batch_size=s.batch_size):
        if isinstance(item, IngestError):
            yield item
            continue
        yield _extract_one(doc, item, s)


def _extract_one(doc, document: Document, s: IngestSettings) -> ArticleResult:  # type: ignore[no-untyped-def]
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

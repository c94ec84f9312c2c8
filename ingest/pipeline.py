"""From documents to extractions: NLP, entity resolution and claims, in one pass per article."""

import itertools
import multiprocessing
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import Any

from langdetect import DetectorFactory, LangDetectException, detect  # type: ignore[import-untyped]
from spacy.tokens import Doc

from geokg.graph.models import Article, Claim, Extraction
from geokg.ingest.errors import IngestError, SkippedArticle
from geokg.ingest.nlp import load_nlp
from geokg.ingest.readers import Document
from geokg.ingest.relations import extract_claims
from geokg.ingest.resolve import resolve
from geokg.ingest.settings import IngestSettings, get_ingest_settings

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
        # A thousand characters of prose settle the language; more only costs time (langdetect
        # was a fifth of extraction on 3,000).
        return str(detect(text[:1000]))
    except LangDetectException:
        return "und"


def extract_documents(
    docs: Iterable[Document | IngestError], settings: IngestSettings | None = None
) -> Generator[ArticleResult | IngestError, None, None]:
    """Extract every document, in order, over `n_process` processes; errors keep their place.

    Nothing is loaded, not even the spaCy model, until the first document arrives: a re-run
    that finds everything already stored costs no NLP.
    """
    s = settings or get_ingest_settings()
    if s.n_process == 1:
        yield from _extract_here(docs, s)
    else:
        yield from _extract_in_workers(docs, s)


def _extract_here(
    docs: Iterable[Document | IngestError], s: IngestSettings
) -> Iterator[ArticleResult | IngestError]:
    """Extract in this process: spaCy's nlp.pipe in batches of `batch_size` texts."""
    # Only a sequence number travels with each text through nlp.pipe; the items wait here.
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
    pairs = itertools.chain([first], stream)
    for doc, seq in nlp.pipe(pairs, as_tuples=True, batch_size=s.batch_size):
        item = waiting.pop(seq)
        yield item if isinstance(item, IngestError) else _extract_one(doc, item, s)


# What a worker sends back per document: the extraction and every claim, or why it has none
# (source, problem, skipped). Errors travel as tuples: an IngestError does not unpickle.
Extracted = tuple[Extraction, list[Claim]] | tuple[str, str, bool]


def _extract_in_workers(
    docs: Iterable[Document | IngestError], s: IngestSettings
) -> Iterator[ArticleResult | IngestError]:
    """Extract in `n_process` worker processes, a batch of `batch_size` documents at a time.

    Not spaCy's own `nlp.pipe(n_process=...)`: forked workers keep the parent's end of their
    result pipe, so a caller that stops early (the graph went away) would leave them blocked
    on a full pipe, and the parent joining them forever. A pool is terminated at once instead.
    The workers also run language detection, resolution and claims, not just the parser.
    """
    batches = _batched(docs, s.batch_size)
    first = next(batches, None)
    if first is None:
        return
    # Spawned, not forked: the caller may run threads (an API's), which fork does not copy.
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(s.n_process, initializer=_start_worker, initargs=(s,))
    done = False
    try:
        pending: deque[tuple[list[Document | IngestError], AsyncResult[list[Extracted]]]] = deque()
        for batch in itertools.chain([first], batches):
            texts = [x for x in batch if isinstance(x, Document)]
            pending.append((batch, pool.apply_async(_extract_batch, (texts,))))
            # Two batches a worker, one running and one waiting, bound what is in flight.
            while len(pending) >= 2 * s.n_process:
                yield from _merged(*pending.popleft())
        while pending:
            yield from _merged(*pending.popleft())
        done = True
    finally:
        if done:
            pool.close()
        else:
            pool.terminate()  # our own workers, by the pids the pool keeps
        pool.join()


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _merged(
    batch: list[Document | IngestError], result: "AsyncResult[list[Extracted]]"
) -> Iterator[ArticleResult | IngestError]:
    """A batch's results in input order: its errors where they were, its documents extracted."""
    extracted = iter(result.get())
    for item in batch:
        if isinstance(item, IngestError):
            yield item
            continue
        match next(extracted):
            case (str() as source, str() as problem, bool() as skipped):
                yield (SkippedArticle if skipped else IngestError)(source, problem)
            case (Extraction() as extraction, list() as claims):
                yield ArticleResult(document=item, extraction=extraction, all_claims=claims)


_worker_settings: IngestSettings | None = None


def _start_worker(s: IngestSettings) -> None:
    """Load the model once per worker process, before its first batch."""
    global _worker_settings
    _worker_settings = s
    load_nlp(s.spacy_model)


def _extract_batch(docs: list[Document]) -> list[Extracted]:
    """In a worker: one batch through the same code as in-process extraction."""
    assert _worker_settings is not None, "the pool's initializer sets it"
    out: list[Extracted] = []
    for r in _extract_here(docs, _worker_settings):
        if isinstance(r, IngestError):
            out.append((r.source, r.problem, isinstance(r, SkippedArticle)))
        else:
            out.append((r.extraction, r.all_claims))
    return out


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
    entities = [e for e in resolution.entities(used) if e.mentions > 0 or e.id in used]
    extraction = Extraction(article=article, entities=entities, claims=kept)
    return ArticleResult(document=document, extraction=extraction, all_claims=claims)

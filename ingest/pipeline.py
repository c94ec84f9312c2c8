"""From documents to extractions: NLP, entity resolution and claims, in one pass per article."""

import itertools
import logging
import multiprocessing
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from spacy.tokens import Doc

from geokg.graph.models import Article, Claim, Extraction
from geokg.ingest.agents import load_agents
from geokg.ingest.component import ClaimsComponent
from geokg.ingest.errors import IngestError, SkippedArticle, deadline, failure, isolated
from geokg.ingest.gazetteer import load_gazetteer
from geokg.ingest.language import UNDETERMINED, language_of
from geokg.ingest.nlp import load_nlp, read_as_headline
from geokg.ingest.readers import Document
from geokg.ingest.relations import EXTRACTOR_VERSION as EXTRACTOR_VERSION
from geokg.ingest.settings import IngestSettings, get_ingest_settings
from geokg.ingest.text import sentence_cased, without_site_name

log = logging.getLogger("geokg.ingest")


@dataclass(frozen=True)
class ArticleResult:
    """One article's extraction: what is loaded, and every claim for `--all`."""

    document: Document
    extraction: Extraction
    all_claims: list[Claim]


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
    """Extract in this process: spaCy's nlp.pipe over batches of `batch_size` texts.

    Each article's steps (language, parse, rules, validation) run isolated: an exception in
    one fails that article, in its place, and the others go on.
    """
    for batch in _batched((_checked(item, s) for item in docs), s.batch_size):
        documents = [x for x in batch if isinstance(x, Document)]
        parsed = iter(_parsed(documents, s))
        for item in batch:
            if isinstance(item, IngestError):
                yield item
                continue
            doc = next(parsed)
            yield doc if isinstance(doc, IngestError) else _extract_isolated(doc, item, s)


def _parsed(documents: list[Document], s: IngestSettings) -> list[Doc | IngestError]:
    """The documents through spaCy, a batch at a time; one text that breaks the batch fails
    alone, since the others are then parsed one by one."""
    if not documents:
        return []  # nothing loads the model before an article needs it
    nlp = load_nlp(s.spacy_model)  # not isolated: a missing model stops the run (bad usage)
    try:
        parts = [_parts(d) for d in documents]  # once: casing a headline reads its whole body
        docs = iter(nlp.pipe((t for p in parts for t in p), batch_size=s.batch_size))
        return [_joined(nlp, [next(docs) for _ in p]) for p in parts]
    except Exception:
        log.debug("a batch of %d failed to parse; one by one now", len(documents), exc_info=True)
        return [isolated(d.source, "extract", partial(_parse, nlp, d), d.line) for d in documents]


def _parts(document: Document) -> list[str]:
    """The headline, then the body. A headline states what the article is about in a clause of
    its own ("Germany bans Mahan Air of Iran"), and the body often says it again only through a
    description or a pronoun. It is parsed alone: as the body's first line it would change how
    the parser reads the body's opening (a wire dateline split from its sentence)."""
    outlets = load_agents().outlets
    title = without_site_name(" ".join(document.title.split()), document.publisher, outlets)
    headline = sentence_cased(title, document.text, _one_word_names())
    if not headline:
        return [document.text]
    # The parser learnt sentences that end in a stop: without one, "Germany pledges 5 billion
    # euros in aid to Ukraine" hangs "to Ukraine" on the euros, not on the aid.
    end = "" if headline[-1] in _STOPS else "."
    return [headline + end + HEADLINE_BREAK, document.text]


_STOPS = frozenset(".!?…\"'”’")


@cache
def _one_word_names() -> frozenset[str]:
    """Countries, places and peoples named in one word ("Russia", "Russian", "Kyiv"), lower-cased:
    the words a Title Case headline keeps capitalised when its body does not use them."""
    gazetteer = load_gazetteer()
    single = (p["pattern"] for p in gazetteer.patterns if isinstance(p["pattern"], str))
    return frozenset({w.lower() for w in single if " " not in w} | set(gazetteer.demonyms))


# Between the headline and the body in the text the rules read: a paragraph break, so that the
# headline is sentence 0 and claims' character offsets count across both.
HEADLINE_BREAK = "\n\n"


def _joined(nlp: Any, docs: list[Doc]) -> Doc:
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs([read_as_headline(docs[0], nlp), *docs[1:]], ensure_whitespace=False)


def _parse(nlp: Any, document: Document) -> Doc:
    return _joined(nlp, [nlp(t) for t in _parts(document)])


def _extract_isolated(
    doc: Doc, document: Document, s: IngestSettings
) -> ArticleResult | IngestError:
    """One article's rules and validation, within its deadline, isolated from the others."""

    def work() -> ArticleResult:
        with deadline(s.article_seconds):
            return _extract_one(doc, document, s)

    return isolated(document.source, "extract", work, document.line)


# What a worker sends back per document: the extraction and every claim, or why it has none.
Extracted = tuple[Extraction, list[Claim]] | IngestError


def _extract_in_workers(
    docs: Iterable[Document | IngestError], s: IngestSettings
) -> Iterator[ArticleResult | IngestError]:
    """Extract in `n_process` worker processes, a batch of `batch_size` documents at a time.

    Not spaCy's own `nlp.pipe(n_process=...)`: forked workers keep the parent's end of their
    result pipe, so a caller that stops early (the graph went away) would leave them blocked
    on a full pipe, and the parent joining them forever. Nor `multiprocessing.Pool`: its
    `terminate()` first takes the task queue's lock, which an idle worker holds while it waits
    for a task, and hung a test run that way. The executor reads results in a thread of its
    own, so its workers never block on a pipe.
    A worker that dies (killed, out of memory, a crash in native code) breaks the executor and
    every batch in flight with it; those are extracted again one article at a time in a fresh
    executor, so that only an article that kills its worker again fails, and the run goes on.
    The workers also run language detection, resolution and claims, not just the parser, each
    article isolated as in this process.
    """
    batches = _batched(docs, s.batch_size)
    first = next(batches, None)
    if first is None:
        return
    workers = _Workers(s)
    done = False
    try:
        pending: deque[tuple[list[Document | IngestError], Future[list[Extracted]]]] = deque()
        for batch in itertools.chain([first], batches):
            pending.append((batch, workers.submit(batch)))
            # Two batches a worker, one running and one waiting, bound what is in flight.
            while len(pending) >= 2 * s.n_process:
                yield from workers.merged(pending)
        while pending:
            yield from workers.merged(pending)
        done = True
    finally:
        # Stopped early, the batches not yet begun are dropped; a running one ends its few
        # articles (each within GEOKG_ARTICLE_SECONDS), and every worker is joined.
        workers.pool.shutdown(wait=True, cancel_futures=not done)


class _Workers:
    """The executor of `_extract_in_workers`, replaced when a worker dies."""

    def __init__(self, s: IngestSettings) -> None:
        self.settings = s
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # Spawned, not forked: the caller may run threads (an API's), which fork does not copy.
        return ProcessPoolExecutor(
            self.settings.n_process,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.settings,),
        )

    def submit(self, batch: list[Document | IngestError]) -> "Future[list[Extracted]]":
        return self.pool.submit(_extract_batch, [x for x in batch if isinstance(x, Document)])

    def merged(
        self, pending: deque[tuple[list[Document | IngestError], "Future[list[Extracted]]"]]
    ) -> Iterator[ArticleResult | IngestError]:
        """The first pending batch's results; after a worker died, every batch in flight is
        extracted again, an article at a time, before the run goes on."""
        batch, future = pending[0]
        if isinstance(future.exception(), BrokenProcessPool):
            broken = [b for b, _ in pending]
            pending.clear()
            yield from self._one_at_a_time(broken)
            return
        pending.popleft()
        yield from _merged(batch, future)

    def _one_at_a_time(
        self, batches: list[list[Document | IngestError]]
    ) -> Iterator[ArticleResult | IngestError]:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new_pool()
        for item in (x for b in batches for x in b):
            if isinstance(item, IngestError):
                yield item
                continue
            future = self.submit([item])
            if isinstance(future.exception(), BrokenProcessPool):
                log.warning("%s: its worker process died; the article is left out", item.source)
                died = RuntimeError("the worker process extracting it died")
                yield failure(item.source, "extract", died, item.line)
                self.pool.shutdown(wait=True, cancel_futures=True)
                self.pool = self._new_pool()
                continue
            yield from _merged([item], future)


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _merged(
    batch: list[Document | IngestError], result: "Future[list[Extracted]]"
) -> Iterator[ArticleResult | IngestError]:
    """A batch's results in input order: its errors where they were, its documents extracted."""
    documents = [x for x in batch if isinstance(x, Document)]
    try:
        extracted = result.result()
    except Exception as exc:  # noqa: BLE001 - a worker that could not even report: its batch fails
        extracted = [failure(d.source, "extract", exc, d.line) for d in documents]
    found = iter(extracted)
    for item in batch:
        if isinstance(item, IngestError):
            yield item
            continue
        match next(found):
            case IngestError() as error:
                yield error
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
    return [
        r if isinstance(r, IngestError) else (r.extraction, r.all_claims)
        for r in _extract_here(docs, _worker_settings)
    ]


def _checked(item: Document | IngestError, s: IngestSettings) -> Document | IngestError:
    """The document if it is fit for NLP, else the error or skip that says why not."""
    if isinstance(item, IngestError):
        return item
    return isolated(item.source, "extract", partial(_fit, item, s), item.line)


def _fit(item: Document, s: IngestSettings) -> Document:
    if len(item.text) > s.max_text_chars:
        raise IngestError(
            item.source, f"text of {len(item.text)} characters is over {s.max_text_chars}"
        )
    # Too little text to tell ("und") is taken as English: a headline is not skipped on a guess.
    language, declared = language_of(item.text, item.language)
    if language not in ("en", UNDETERMINED):
        how = "declared" if declared else "detected"
        raise SkippedArticle(item.source, f"language is {language!r} ({how}), not English")
    return item


_CLAIMS = ClaimsComponent()


def _extract_one(doc: Doc, document: Document, s: IngestSettings) -> ArticleResult:
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
    doc._.geokg_article = article
    _CLAIMS(doc)
    claims: list[Claim] = doc._.geokg_claims
    resolution = doc._.geokg_resolution
    kept = [c for c in claims if c.confidence >= s.min_confidence]
    used = {e for c in claims for e in (c.subject, c.object, c.attributed_to) if e}
    entities = [e for e in resolution.entities(used) if e.mentions > 0 or e.id in used]
    entities.sort(key=lambda e: e.id)
    extraction = Extraction(article=article, entities=entities, claims=kept)
    return ArticleResult(document=document, extraction=extraction, all_claims=claims)

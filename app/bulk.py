"""Bulk ingest: many articles extracted and loaded at speed, resumably, with a summary.

Before any NLP, the articles of each window of input are looked up in the graph: those stored
with the same content hash and extractor version are reported unchanged and never extracted,
so running an ingest again resumes it. The rest stream through spaCy's `nlp.pipe` in batches
(in `n_process` worker processes when asked) while one loader thread writes the previous
batch of extractions in one transaction, so that NLP and Neo4j work at the same time.

A graph database that stops answering is retried with exponential backoff (tenacity); if it
stays away, the ingest stops with `GraphUnavailable`. Each loader batch is all-or-nothing, so
what was stored is whole, and the same ingest run again once Neo4j is back completes it.
"""

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, ParamSpec, TypeVar

from neo4j import Driver
from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)
from tqdm import tqdm

from geokg.graph.loader import LoadReport, Outcome, load_extractions
from geokg.graph.queries import find_article_hashes
from geokg.ingest.errors import IngestError, SkippedArticle, Stage, stage_counts, stage_note
from geokg.ingest.pipeline import EXTRACTOR_VERSION, ArticleResult, extract_documents
from geokg.ingest.readers import Document
from geokg.ingest.settings import IngestSettings, get_ingest_settings

log = logging.getLogger("geokg.bulk")

LOOKUP_WINDOW = 256
"""Articles whose stored hashes one query fetches: one round trip per window, not per article."""

# What a graph database that is stopping, restarting or unreachable raises. IncompleteCommit is
# a ServiceUnavailable: retrying is safe, since a load that did commit then reports unchanged.
RETRYABLE = (ServiceUnavailable, SessionExpired, TransientError)

OutcomeName = Literal["loaded", "replaced", "unchanged", "skipped", "failed"]
OUTCOMES: tuple[OutcomeName, ...] = ("loaded", "replaced", "unchanged", "skipped", "failed")

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ArticleOutcome:
    """What became of one article."""

    source: str  # a path, path#index or URL
    id: str | None  # None when the input was never read as an article
    claims: int = 0  # claims stored for it afterwards
    reason: str | None = None  # why it was skipped or failed; what a correction replaced
    stage: Stage | None = None  # where a failed article failed: read, extract, ... load


@dataclass(frozen=True, slots=True)
class Progress:
    """Reported after each article: how far the ingest is, and what became of that article."""

    done: int
    total: int | None  # None when the input is a stream of unknown length
    claims: int  # claims written so far, by loaded and replaced articles
    elapsed: float  # seconds
    outcome: OutcomeName
    article: ArticleOutcome


@dataclass
class IngestSummary:
    """Every article of an ingest under its outcome, with claim counts and the time taken."""

    loaded: list[ArticleOutcome] = field(default_factory=list)
    replaced: list[ArticleOutcome] = field(default_factory=list)  # corrections
    unchanged: list[ArticleOutcome] = field(default_factory=list)
    skipped: list[ArticleOutcome] = field(default_factory=list)
    failed: list[ArticleOutcome] = field(default_factory=list)
    claims: int = 0  # claims written (loaded and replaced articles)
    claims_removed: int = 0  # claims of earlier versions that corrections replaced
    retries: int = 0  # graph calls tried again after the database stopped answering
    elapsed: float = 0.0  # seconds

    @property
    def done(self) -> int:
        """Articles with an outcome."""
        return sum(len(getattr(self, name)) for name in OUTCOMES)

    def failures(self) -> dict[str, int]:
        """Failed articles by the stage they failed at, in pipeline order."""
        return stage_counts(a.stage for a in self.failed)

    def lines(self) -> list[str]:
        """The summary for people: counts, then each correction, skip and failure."""
        rate = self.done / self.elapsed if self.elapsed else 0.0
        head = (
            f"loaded {len(self.loaded)}; replaced {len(self.replaced)}; "
            f"unchanged {len(self.unchanged)}; skipped {len(self.skipped)}; "
            f"failed {len(self.failed)} article(s){stage_note(self.failures())}; "
            f"{self.claims} claim(s) written"
            f" in {self.elapsed:.1f}s ({rate:.1f} articles/s)"
        )
        lines = [head]
        for name in ("replaced", "skipped", "failed"):
            for a in getattr(self, name):
                named = f"{a.source} ({a.id})" if a.id and a.id != a.source else a.source
                lines.append(f"  {name}: {named}: {a.reason}")
        return lines


class GraphUnavailable(ServiceUnavailable):
    """The graph database stayed unreachable through every retry, so the ingest stopped.

    A ServiceUnavailable, so that callers that already treat that as "Neo4j is down" (the API's
    503, a job runner) need nothing new. `summary` holds what was done before the stop; nothing
    is half-stored, and running the same ingest again resumes it.
    """

    def __init__(self, summary: IngestSummary, cause: BaseException) -> None:
        self.summary = summary
        self.cause = cause
        super().__init__(  # type: ignore[no-untyped-call]
            f"graph database unavailable after {summary.done} article(s) "
            f"and {summary.retries} retries: {cause}"
        )


def run_ingest(
    driver: Driver,
    items: Iterable[Document | IngestError],
    *,
    database: str,
    settings: IngestSettings | None = None,
    resume: bool = True,
    progress: Callable[[Progress], None] | None = None,
) -> IngestSummary:
    """Extract and load every article; `progress` hears of each one. Raises GraphUnavailable.

    With `resume`, articles stored with the same content and extractor version are skipped
    before any NLP. An id that comes twice with different contents is a correction: the later
    version replaces the earlier one's claims, in input order.
    """
    s = settings or get_ingest_settings()
    run = _Run(s, len(items) if isinstance(items, Sized) else None, progress)
    results = extract_documents(_needing_nlp(items, driver, database, resume, run), s)
    loading: Future[tuple[list[ArticleResult], LoadReport]] | None = None
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="geokg-load") as pool:
            try:
                batch: list[ArticleResult] = []
                for result in results:
                    if isinstance(result, IngestError):
                        run.finish_error(result)
                        continue
                    batch.append(result)
                    if len(batch) == s.load_batch_size:
                        # One batch loads while the next is extracted; waiting for the one
                        # before keeps corrections in input order and memory bounded.
                        if loading is not None:
                            done, loading = loading, None
                            run.finish_loads(*done.result())
                        loading = pool.submit(_load, driver, database, batch, run)
                        batch = []
                if loading is not None:
                    done, loading = loading, None
                    run.finish_loads(*done.result())
                if batch:
                    run.finish_loads(*_load(driver, database, batch, run))
            except BaseException:
                # A load in flight finishes (all or nothing) before we stop; report it if
                # it stored its batch, so that the summary says what the graph holds.
                if loading is not None and loading.exception() is None:
                    run.finish_loads(*loading.result())
                raise
    except RETRYABLE as exc:
        raise GraphUnavailable(run.summary, exc) from exc
    finally:
        results.close()  # stops the NLP worker processes if we stopped early
        run.summary.elapsed = time.monotonic() - run.began
    return run.summary


@contextmanager
def progress_bar(total: int | None = None) -> Iterator[Callable[[Progress], None]]:
    """A tqdm bar on stderr (articles/s, claims/s, ETA when the total is known), as a callback."""
    with tqdm(total=total, unit="article", desc="ingest", file=sys.stderr, disable=None) as bar:

        def update(p: Progress) -> None:
            rate = p.claims / p.elapsed if p.elapsed else 0.0
            bar.set_postfix_str(f"{p.claims} claims, {rate:.1f} claims/s", refresh=False)
            bar.update(1)

        yield update


class _Run:
    """One ingest's summary and progress; articles finish in the caller's thread."""

    def __init__(
        self, s: IngestSettings, total: int | None, progress: Callable[[Progress], None] | None
    ) -> None:
        self.settings = s
        self.total = total
        self.progress = progress
        self.summary = IngestSummary()
        self.began = time.monotonic()
        self._retries = threading.Lock()  # the loader thread retries too

    def finish(
        self, outcome: OutcomeName, article: ArticleOutcome, written: int = 0, removed: int = 0
    ) -> None:
        summary = self.summary
        getattr(summary, outcome).append(article)
        summary.claims += written
        summary.claims_removed += removed
        summary.elapsed = time.monotonic() - self.began
        if self.progress is not None:
            self.progress(
                Progress(
                    summary.done, self.total, summary.claims, summary.elapsed, outcome, article
                )
            )

    def finish_error(self, error: IngestError) -> None:
        if isinstance(error, SkippedArticle):
            self.finish("skipped", ArticleOutcome(error.source, None, reason=error.problem))
        else:
            failed = ArticleOutcome(error.source, None, reason=error.problem, stage=error.stage)
            self.finish("failed", failed)

    def finish_loads(self, batch: list[ArticleResult], report: LoadReport) -> None:
        for result, load in zip(batch, report.articles, strict=True):
            source, article_id = result.document.source, load.article_id
            if load.outcome is Outcome.LOADED:
                self.finish("loaded", ArticleOutcome(source, article_id, load.claims), load.claims)
            elif load.outcome is Outcome.REPLACED:
                why = (
                    f"correction: {load.claims} claim(s) replace the earlier version's "
                    f"{load.removed_claims}"
                )
                outcome = ArticleOutcome(source, article_id, load.claims, why)
                self.finish("replaced", outcome, load.claims, load.removed_claims)
            elif load.outcome is Outcome.UNCHANGED:
                self.finish("unchanged", ArticleOutcome(source, article_id, load.claims))
            else:
                failed = ArticleOutcome(source, article_id, reason=load.error, stage="load")
                self.finish("failed", failed)

    def call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`fn(...)`, tried again with exponential backoff while the graph does not answer."""
        s = self.settings

        def note(state: RetryCallState) -> None:
            with self._retries:
                self.summary.retries += 1
            error = state.outcome.exception() if state.outcome else None
            wait = state.next_action.sleep if state.next_action else 0.0
            log.warning(
                "graph database unavailable (attempt %d of %d): %s; trying again in %.1fs",
                state.attempt_number,
                s.retry_attempts,
                error,
                wait,
            )

        retrying = Retrying(
            retry=retry_if_exception_type(RETRYABLE),
            stop=stop_after_attempt(s.retry_attempts),
            wait=wait_exponential(multiplier=s.retry_wait, max=s.retry_wait_max),
            before_sleep=note,
            reraise=True,
        )
        return retrying(fn, *args, **kwargs)


def _load(
    driver: Driver, database: str, batch: list[ArticleResult], run: _Run
) -> tuple[list[ArticleResult], LoadReport]:
    extractions = [r.extraction for r in batch]
    report = run.call(
        load_extractions, driver, extractions, database=database, batch_size=len(batch)
    )
    return batch, report


def _needing_nlp(
    items: Iterable[Document | IngestError],
    driver: Driver,
    database: str,
    resume: bool,
    run: _Run,
) -> Iterator[Document | IngestError]:
    """The items that need extracting; unchanged articles are reported here and dropped."""
    latest: dict[str, str] = {}  # article id to the content hash of its last version so far
    for window in _windows(items, LOOKUP_WINDOW):
        ids = sorted({x.id for x in window if isinstance(x, Document) and x.id not in latest})
        stored = run.call(find_article_hashes, driver, ids, database) if resume and ids else {}
        for item in window:
            if isinstance(item, Document):
                before = latest.get(item.id)
                latest[item.id] = item.content_hash
                if before == item.content_hash:
                    why = "the same content came earlier in this ingest"
                    run.finish("unchanged", ArticleOutcome(item.source, item.id, reason=why))
                    continue
                # Within one ingest the version before is this ingest's, not the graph's: a
                # correction followed by the original again must restore the original.
                known = stored.get(item.id) if before is None else None
                if known is not None and (known.content_hash, known.extractor_version) == (
                    item.content_hash,
                    EXTRACTOR_VERSION,
                ):
                    run.finish("unchanged", ArticleOutcome(item.source, item.id, known.claims))
                    continue
            yield item


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter); lazily."""
    iterator = iter(items)
    while window := list(itertools.islice(iterator, size)):
        yield window

"""Asynchronous ingest jobs: a batch is queued, one worker thread works through it in chunks.

Jobs live in the API process's memory: a restart forgets them, but not what they loaded.
Re-submitting a batch is safe, since articles already stored with the same content are
reported unchanged and nothing is written twice.
"""

import logging
import queue
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from neo4j import Driver
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from geokg.app import logs, metrics
from geokg.app.bulk import Progress, run_ingest
from geokg.ingest.errors import IngestError, stage_counts
from geokg.ingest.readers import Document
from geokg.ingest.settings import get_ingest_settings

log = logging.getLogger("geokg.jobs")

# spaCy pipelines are not documented as thread-safe: one extraction at a time per process.
EXTRACTOR = threading.Lock()


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"  # every article was tried; some may have failed, see errors
    FAILED = "failed"  # stopped early (Neo4j unreachable); resubmit to finish


@dataclass
class ArticleError:
    source: str
    problem: str
    skipped: bool = False  # deliberately not processed (not English), not an error in the input
    stage: str | None = None  # where a failed article failed: read, extract, validate, ...


@dataclass
class Job:
    id: str
    total: int
    request_id: str | None
    state: JobState = JobState.QUEUED
    submitted_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    started_at: datetime | None = None
    finished_at: datetime | None = None
    done: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    claims: int = 0
    errors: list[ArticleError] = field(default_factory=list)
    error: str | None = None

    def failures(self) -> dict[str, int]:
        """Failed articles by the stage they failed at."""
        return stage_counts(e.stage for e in list(self.errors) if not e.skipped)


Chunk = list[Document | IngestError]


class JobQueue:
    """Submitted jobs and the worker thread that runs them, one at a time, in order."""

    def __init__(
        self,
        database: str,
        chunk_size: int,
        kept: int,
        on_write: Callable[[], None] = lambda: None,
    ) -> None:
        self._database = database
        self._on_write = on_write  # told after each stored article, from the worker thread
        self._chunk_size = chunk_size
        self._kept = kept
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[tuple[Job, Driver, Chunk] | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="geokg-jobs", daemon=True)
        self._worker.start()

    def submit(self, driver: Driver, items: Sequence[Document | IngestError]) -> Job:
        job = Job(id=uuid.uuid4().hex, total=len(items), request_id=logs.request_id.get())
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        self._queue.put((job, driver, list(items)))
        self._gauge()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self, timeout: float = 5.0) -> None:
        """Stop taking jobs; the worker ends after the chunk it is on."""
        self._queue.put(None)
        self._worker.join(timeout)

    def _forget_old(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.finished_at is not None]
        while len(self._jobs) > self._kept and finished:
            del self._jobs[finished.pop(0)]

    def _gauge(self) -> None:
        with self._lock:
            states = [j.state for j in self._jobs.values()]
        for state in JobState:
            metrics.JOBS.labels(state=state.value).set(states.count(state))

    def _work(self) -> None:
        while (task := self._queue.get()) is not None:
            job, driver, items = task
            token = logs.request_id.set(job.request_id)
            try:
                self._run(job, driver, items)
            finally:
                logs.request_id.reset(token)
                self._gauge()

    def _run(self, job: Job, driver: Driver, items: Chunk) -> None:
        job.state, job.started_at = JobState.RUNNING, datetime.now(UTC)
        self._gauge()
        log.info("job %s started: %d article(s)", job.id, job.total)
        # Several spaCy processes per chunk would cost more to start than they save here.
        settings = get_ingest_settings().model_copy(update={"n_process": 1})

        def count(p: Progress) -> None:
            job.done += 1
            job.counts[p.outcome] = job.counts.get(p.outcome, 0) + 1
            job.claims = claims_before + p.claims
            metrics.count_article(p.outcome, p.article.claims, p.article.stage)
            if p.outcome in ("loaded", "replaced"):
                self._on_write()
            if p.outcome in ("skipped", "failed"):
                a = p.article
                job.errors.append(
                    ArticleError(a.source, a.reason or "", p.outcome == "skipped", a.stage)
                )

        try:
            for start in range(0, len(items), self._chunk_size):
                claims_before = job.claims
                with EXTRACTOR:
                    run_ingest(
                        driver,
                        items[start : start + self._chunk_size],
                        database=self._database,
                        settings=settings,
                        progress=count,
                    )
            job.state = JobState.DONE
        except (ServiceUnavailable, SessionExpired) as exc:
            job.state = JobState.FAILED
            job.error = (
                f"graph database unavailable after {job.done} of {job.total} article(s): {exc}; "
                "resubmit the batch once it is back (stored articles are skipped as unchanged)"
            )
            log.error("job %s stopped: %s", job.id, job.error)
        except Exception as exc:
            job.state = JobState.FAILED
            job.error = f"{type(exc).__name__}: {exc}"
            log.exception("job %s failed", job.id)
        finally:
            job.finished_at = datetime.now(UTC)
            log.info("job %s %s: %s", job.id, job.state, job.counts)

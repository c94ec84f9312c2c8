"""Errors ingest raises for bad input, each naming the article and what was wrong; and the one
place that turns any exception of one article's work into such an error, so that one article
never stops a run.
"""

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Literal, TypeVar

from pydantic import ValidationError

log = logging.getLogger("geokg.ingest")

Stage = Literal["read", "extract", "validate", "timeout", "load"]
STAGES: tuple[Stage, ...] = ("read", "extract", "validate", "timeout", "load")
"""Where an article failed: reading its input, extracting (NLP and rules), validating the
extraction against the data contract, running out of time, or loading it into the graph."""

T = TypeVar("T")


class IngestError(Exception):
    """An article that cannot be read or extracted; `source` names it, `stage` says where."""

    def __init__(self, source: str, problem: str, stage: Stage = "read") -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
        self.stage = stage

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickles only its message; worker processes send these back whole.
        return (type(self), (self.source, self.problem, self.stage))


class SkippedArticle(IngestError):
    """An article deliberately not processed (for instance, not in English)."""


class ArticleTimeout(Exception):
    """An article's rule stage ran past its deadline (GEOKG_ARTICLE_SECONDS)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s (GEOKG_ARTICLE_SECONDS)")
        self.seconds = seconds


_deadline: ContextVar[tuple[float, float] | None] = ContextVar("geokg_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Give the work inside `seconds`; `check_deadline` raises ArticleTimeout past it."""
    token = _deadline.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check_deadline() -> None:
    """Raise ArticleTimeout if the current article's deadline has passed; cheap, so the rules
    call it between sentences (a cooperative check works in threads and worker processes,
    where a signal would not)."""
    current = _deadline.get()
    if current is not None and time.monotonic() > current[0]:
        raise ArticleTimeout(current[1])


def isolated(
    source: str, stage: Stage, work: Callable[[], T], line: int | None = None
) -> T | IngestError:
    """`work()`, or the failed article that says why: one article's exception stays its own.

    Every per-article step of reading and extraction runs through here (or `isolated_stream`).
    `line` is the article's line in a JSON Lines file, named in the problem.
    """
    try:
        return work()
    except Exception as exc:  # noqa: BLE001 - the article fails, the run goes on
        return failure(source, stage, exc, line)


def isolated_stream(source: str, stage: Stage, items: Iterable[T]) -> Iterator[T | IngestError]:
    """The items of one input, until one step raises: then the failure that says why, last."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - the input fails, the run goes on
        yield failure(source, stage, exc)


def failure(source: str, stage: Stage, exc: Exception, line: int | None = None) -> IngestError:
    """The failed article an exception makes. An IngestError is kept as it is; a timeout or an
    invalid extraction fails at its own stage; anything else is a bug, named by its exception,
    with the traceback in the log at debug level, never on a user's terminal."""
    at = f"line {line}: " if line is not None else ""
    if isinstance(exc, IngestError):
        if not at or f"line {line}" in exc.problem:
            return exc
        return type(exc)(exc.source, at + exc.problem, exc.stage)
    if isinstance(exc, ArticleTimeout):
        return IngestError(source, at + str(exc), "timeout")
    log.debug("%s: %s failed", source, stage, exc_info=exc)
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        first = str(errors[0]["msg"]) if errors else str(exc)
        return IngestError(source, f"{at}invalid extraction: {first}", "validate")
    message = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    what = type(exc).__name__ + (f": {message}" if message else "")
    return IngestError(source, f"{at}{stage} failed: {what}", stage)


def stage_counts(stages: Iterable[str | None]) -> dict[str, int]:
    """How many failed at each stage, in pipeline order, leaving out the stages at 0."""
    found = list(stages)
    return {s: found.count(s) for s in STAGES if s in found}


def stage_note(counts: dict[str, int]) -> str:
    """ " (extract 2, timeout 1)" for a summary line; "" when nothing failed."""
    return f" ({', '.join(f'{s} {n}' for s, n in counts.items())})" if counts else ""

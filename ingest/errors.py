"""Errors ingest raises for bad input: each names the article and what was wrong."""


class IngestError(Exception):
    """An article that cannot be read or extracted; `source` names it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class SkippedArticle(IngestError):
    """An article deliberately not processed (for instance, not in English)."""

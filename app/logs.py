"""Structured logs: one JSON object per line, carrying the request and article ids."""

import logging
import sys
import time
import uuid
from contextvars import ContextVar
from typing import Any

from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
article_id: ContextVar[str | None] = ContextVar("article_id", default=None)
log = logging.getLogger("geokg.http")

REQUEST_ID_HEADER = "X-Request-ID"
_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"


class _ContextIds(logging.Filter):
    """Stamp every record with the ids of the request and article being handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = getattr(record, "request_id", None) or request_id.get()
        record.article_id = getattr(record, "article_id", None) or article_id.get()
        return True


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler on whatever sys.stderr is when a record comes, as logging's lastResort.

    One bound at creation keeps writing to the stream it found: a test runner's or CLI
    runner's capture that has since been closed, and each record then prints a traceback.
    """

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _: Any) -> None:
        pass


def configure_logging(fmt: str = "json", level: str = "INFO") -> None:
    """Route geokg's and uvicorn's records through one handler on the root logger."""
    handler = _CurrentStderr()
    handler.addFilter(_ContextIds())
    if fmt == "json":
        handler.setFormatter(
            JsonFormatter(_FIELDS, rename_fields={"asctime": "time", "levelname": "level"})
        )
    else:
        handler.setFormatter(
            logging.Formatter(_FIELDS + " request_id=%(request_id)s article_id=%(article_id)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    # The driver reports every "index already exists" of apply_schema at INFO.
    logging.getLogger("neo4j").setLevel(max(root.level, logging.WARNING))
    # RequestLog below writes one line per request with its id; uvicorn's would repeat it.
    logging.getLogger("uvicorn.access").disabled = True


class RequestLog:
    """ASGI middleware: give each request an id (or keep the caller's) and log its outcome.

    Headers are never logged, so an API key cannot reach the logs.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = _header(scope, REQUEST_ID_HEADER.lower().encode())
        rid = given if given and len(given) <= 128 and given.isprintable() else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        state: dict[str, Any] = {"status": 500}

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (REQUEST_ID_HEADER.lower().encode(), rid.encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                state["status"],
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": state["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id.reset(token)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None

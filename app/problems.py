"""Errors as problem-details JSON (RFC 9457)."""

import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel
from starlette.exceptions import HTTPException

PROBLEM = "application/problem+json"
log = logging.getLogger("geokg.api")


class Problem(BaseModel):
    """An error, as RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None  # 422: what failed validation, where


_SCHEMA = Problem.model_json_schema()
_WHY = {
    400: "Bad parameter (an unknown relation type lists the allowed ones)",
    401: "Missing or wrong X-API-Key",
    403: "Writes are disabled: no ingest key is set",
    404: "Not found",
    406: "No format the Accept header asks for: the detail lists those offered",
    413: "Request body over the size limit",
    422: "Invalid parameters or an unreadable article; the detail says what",
    503: "Neo4j unreachable",
}


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for error statuses, each answered as problem JSON."""
    return {c: {"description": _WHY[c], "content": {PROBLEM: {"schema": _SCHEMA}}} for c in codes}


def problem(
    status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """A problem-details response."""
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def install(app: FastAPI) -> None:
    """Route every error through `problem`."""

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        # Headers carry meaning: Allow on a 405, WWW-Authenticate on a 401.
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed(request) or headers.get("Allow", "")
        return problem(exc.status_code, str(exc.detail), headers=headers, instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return problem(422, "request validation failed", instance=request.url.path, errors=errors)

    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    def graph_down(request: Request, exc: Exception) -> JSONResponse:
        # Neo4j unreachable is 503, never 500; the driver reconnects by itself when it returns.
        return problem(503, "graph database unavailable", instance=request.url.path)

    @app.exception_handler(Exception)
    def unexpected(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, Neo4jError) and "TransactionTimedOut" in (exc.code or ""):
            # The query's server-side timeout: the graph is too busy or the question too big.
            return problem(
                503,
                "the graph query timed out; narrow it or retry later",
                headers={"Retry-After": "5"},
                instance=request.url.path,
            )
        # A bug, not bad input: logged with its traceback, answered without one.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(
            500, "internal error; the server log has the details", instance=request.url.path
        )


def _allowed(request: Request) -> str:
    """Every method the path takes: routers each know only their own, so ask the OpenAPI."""
    methods: set[str] = set()
    for pattern, verbs in _path_methods(request.app):
        if pattern.fullmatch(request.url.path):
            methods |= verbs
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _path_methods(app: FastAPI) -> list[tuple[re.Pattern[str], set[str]]]:
    if getattr(app.state, "path_methods", None) is None:
        app.state.path_methods = [
            (
                re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))),
                {m.upper() for m in ops},
            )
            for path, ops in app.openapi()["paths"].items()
        ]
    found: list[tuple[re.Pattern[str], set[str]]] = app.state.path_methods
    return found

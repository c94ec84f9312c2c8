"""Errors as problem-details JSON (RFC 9457)."""

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException

PROBLEM = "application/problem+json"


def problem(status: int, detail: str, **extra: Any) -> JSONResponse:
    """A problem-details response."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
            "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def install(app: FastAPI) -> None:
    """Route every error through `problem`."""

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), instance=request.url.path)

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

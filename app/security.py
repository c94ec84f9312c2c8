"""API keys: writes need the ingest key; reads need a key only when a read key is set."""

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import APIKeyHeader
from pydantic import SecretStr

from geokg.app.settings import get_api_settings

HEADER = "X-API-Key"
_ingest_header = APIKeyHeader(name=HEADER, scheme_name="IngestKey", auto_error=False)
_read_header = APIKeyHeader(name=HEADER, scheme_name="ReadKey", auto_error=False)


def _matches(given: str | None, expected: SecretStr | None) -> bool:
    if given is None or expected is None:
        return False
    # Constant time, so the comparison does not leak how much of a guess was right.
    return hmac.compare_digest(given.encode(), expected.get_secret_value().encode())


def _unauthorized(what: str) -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        f"{what} needs a valid {HEADER} header",
        headers={"WWW-Authenticate": HEADER},
    )


def require_ingest_key(key: Annotated[str | None, Depends(_ingest_header)]) -> None:
    """Let a write through only with the ingest key; a read key is not enough."""
    expected = get_api_settings().ingest_key
    if expected is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "writes are disabled: set GEOKG_INGEST_KEY to enable them"
        )
    if not _matches(key, expected):
        raise _unauthorized("writing")


def require_read_key(key: Annotated[str | None, Depends(_read_header)]) -> None:
    """Reads are open unless a read key is set; then the read or the ingest key opens them."""
    s = get_api_settings()
    if s.read_key is None:
        return
    if not (_matches(key, s.read_key) or _matches(key, s.ingest_key)):
        raise _unauthorized("reading")


IngestKey = Depends(require_ingest_key)
ReadKey = Depends(require_read_key)

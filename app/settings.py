"""Settings for the HTTP API: keys, CORS, request limits and logging."""

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class ApiSettings(BaseSettings):
    """GEOKG_* variables, from the environment or `.env`."""

    model_config = SettingsConfigDict(env_prefix="GEOKG_", env_file=".env", extra="ignore")

    # Writes (POST /articles, POST /ingest) need this key in X-API-Key; unset, writes are off.
    ingest_key: SecretStr | None = None
    # Set it and every data read needs X-API-Key too (the read key or the ingest key).
    read_key: SecretStr | None = None
    # Explicit origins only ("https://dash.example.org,http://localhost:3000"); none by default.
    cors_origins: Annotated[list[str], NoDecode] = []
    max_request_bytes: int = Field(default=50_000_000, gt=0)
    log_format: Literal["json", "text"] = "json"
    log_level: str = "INFO"
    # A batch job takes the extractor in chunks, so single POST /articles are not starved.
    job_chunk: int = Field(default=16, ge=1)
    jobs_kept: int = Field(default=200, ge=1)
    # Read results kept until the graph changes (geokg.graph.cache); 0 turns the cache off. Writes
    # by other processes (`geokg ingest`) show within read_cache_check seconds, this
    # process's own at once.
    read_cache_entries: int = Field(default=1000, ge=0)
    read_cache_check: float = Field(default=0.5, gt=0)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("ingest_key", "read_key", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


@lru_cache
def get_api_settings() -> ApiSettings:
    """The process-wide API settings."""
    return ApiSettings()

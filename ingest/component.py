"""The extractor as a spaCy pipeline component: `nlp.add_pipe("geokg_claims")`.

It runs after the parser and NER (with geokg's gazetteer, ingest.nlp.load_nlp) and leaves on
the Doc who is who (`doc._.geokg_resolution`) and every claim (`doc._.geokg_claims`), each
naming the registered rule that read it (ingest.rules). The article a claim cites comes from
`doc._.geokg_article`; a Doc without one is cited as a text of its own, dated today, so the
component also serves a plain `nlp("...")`.

geokg's own pipeline (ingest.pipeline) calls the component on each parsed Doc itself, after
`nlp.pipe`, so that one article that fails fails alone rather than its whole batch.
"""

import hashlib
from datetime import UTC, datetime

from spacy.language import Language
from spacy.tokens import Doc

from geokg.graph.models import Article
from geokg.ingest.relations import EXTRACTOR_VERSION, extract_claims
from geokg.ingest.resolve import resolve

for _name in ("geokg_article", "geokg_resolution", "geokg_claims"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class ClaimsComponent:
    """Resolution and claims for one parsed Doc."""

    def __init__(self, name: str = "geokg_claims") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.geokg_article or _text_article(doc)
        resolution = resolve(doc)
        doc._.geokg_resolution = resolution
        doc._.geokg_claims = extract_claims(doc, resolution, article)
        return doc


@Language.factory("geokg_claims")
def make_claims_component(nlp: Language, name: str) -> ClaimsComponent:
    """spaCy's factory hook; the component keeps no state across Docs."""
    return ClaimsComponent(name)


def _text_article(doc: Doc) -> Article:
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    return Article(
        id=f"text:{digest[:32]}",
        published_at=datetime.now(UTC),
        content_hash=digest,
        extractor_version=EXTRACTOR_VERSION,
    )

"""The benchmark corpus generator: distinct ids, varied text, deterministic, readable by ingest."""

from pathlib import Path

from bench.corpus import articles, base_documents, write_corpus
from geokg.ingest.readers import Document, read_paths


def test_copies_have_distinct_ids_and_varied_text(tmp_path: Path) -> None:
    base = {d.text for d in base_documents()}
    n = len(base) + 15  # more than one round over the base articles
    path = write_corpus(n, tmp_path / "corpus.jsonl")
    docs = list(read_paths([path]))
    errors = [d for d in docs if not isinstance(d, Document)]
    assert not errors, errors
    assert len({d.id for d in docs}) == n
    assert len({d.content_hash for d in docs}) == n
    for doc in docs:
        assert doc.text not in base
    # Slightly varied: copies of one base article stay about as long as it is.
    first, again = docs[0].text, docs[len(base)].text
    assert first != again
    assert abs(len(first) - len(again)) < 0.1 * len(first)


def test_same_seed_same_corpus_other_seed_other_text() -> None:
    assert list(articles(15)) == list(articles(15))
    assert [a["content"] for a in articles(15, seed=1)] != [a["content"] for a in articles(15)]

"""Bulk ingest against a real Neo4j: corrections, resuming without NLP, processes, the CLI."""

import dataclasses
import json
import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

# The loader tests' fingerprint: every geokg node and relationship with its properties, sorted.
from test_loader import IGNORE_INGESTED_AT, checksum, fingerprint, graph_problems
from typer.testing import CliRunner

from geokg.app.bulk import Progress, run_ingest
from geokg.app.cli import EXIT_FAILED, app
from geokg.graph.queries import find_article_hashes, find_claims_of_article
from geokg.graph.settings import Neo4jSettings, get_settings
from geokg.ingest.errors import IngestError
from geokg.ingest.pipeline import ArticleResult, extract_documents
from geokg.ingest.readers import Document, read_paths
from geokg.ingest.settings import IngestSettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus/seed/viewworld-2787-kim-putin.wp.json"
DEV = ROOT / "corpus/dev/articles"
# Fails loudly if anything loads a spaCy model: a run that needs no NLP must not touch one.
NO_NLP = IngestSettings(spacy_model="no_such_spacy_model_for_this_test")


def documents(*paths: Path) -> list[Document]:
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    assert docs, paths
    return docs


@pytest.fixture(scope="module")
def sample() -> Document:
    (doc,) = documents(SAMPLE)
    return doc


def corrected(doc: Document) -> Document:
    """The same article id with its last four paragraphs cut: another content, other claims."""
    return dataclasses.replace(doc, text="\n\n".join(doc.text.split("\n\n")[:-4]))


def claim_ids(driver: Driver, article_id: str, database: str) -> set[str]:
    return {c["id"] for c in find_claims_of_article(driver, article_id, database)}


def extracted_claim_ids(doc: Document) -> set[str]:
    (result,) = extract_documents([doc])
    assert not isinstance(result, IngestError), result
    return {c.id for c in result.extraction.claims}


def test_a_correction_in_one_ingest_is_reported_replaced(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, sample: Document
) -> None:
    other = documents(DEV)[0]
    fixed = corrected(sample)
    assert extracted_claim_ids(fixed) != extracted_claim_ids(sample)

    summary = run_ingest(clean_graph, [sample, other, fixed], database=neo4j_settings.database)

    assert [a.id for a in summary.loaded] == [sample.id, other.id]
    assert [a.id for a in summary.replaced] == [sample.id]
    (replaced,) = summary.replaced
    assert replaced.reason is not None and "correction" in replaced.reason
    assert summary.claims_removed == summary.loaded[0].claims > 0
    assert not summary.unchanged and not summary.failed and not summary.skipped
    # The later version replaced the earlier one's claims: the graph holds what it says alone.
    stored = find_article_hashes(clean_graph, [sample.id], neo4j_settings.database)[sample.id]
    assert stored.content_hash == fixed.content_hash
    assert claim_ids(clean_graph, sample.id, neo4j_settings.database) == extracted_claim_ids(fixed)
    assert replaced.claims == stored.claims
    assert graph_problems(clean_graph) == []


def test_a_rerun_is_unchanged_and_runs_no_nlp(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    docs = documents(SAMPLE, DEV)[:4]
    first = run_ingest(clean_graph, docs, database=neo4j_settings.database)
    assert len(first.loaded) == len(docs) and first.claims > 0
    before = fingerprint(clean_graph)
    heard: list[Progress] = []

    again = run_ingest(
        clean_graph, docs, database=neo4j_settings.database, settings=NO_NLP, progress=heard.append
    )

    assert [a.id for a in again.unchanged] == [d.id for d in docs]
    assert not again.loaded and not again.replaced and again.claims == 0
    assert [a.claims for a in again.unchanged] == [a.claims for a in first.loaded]
    assert [(p.done, p.total, p.outcome) for p in heard] == [
        (i, len(docs), "unchanged") for i in range(1, len(docs) + 1)
    ]
    assert fingerprint(clean_graph) == before  # nothing written, not even ingested_at


def test_without_resume_the_loader_still_writes_nothing_twice(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, sample: Document
) -> None:
    run_ingest(clean_graph, [sample], database=neo4j_settings.database)
    before = fingerprint(clean_graph)
    again = run_ingest(clean_graph, [sample], database=neo4j_settings.database, resume=False)
    assert [a.id for a in again.unchanged] == [sample.id] and again.unchanged[0].claims > 0
    assert fingerprint(clean_graph) == before


def test_corrections_across_ingests_and_back(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, sample: Document
) -> None:
    other = documents(DEV)[1]
    run_ingest(clean_graph, [sample, other], database=neo4j_settings.database)
    fixed = corrected(sample)

    # The correction replaces the stored version; the original coming after it in the same
    # ingest is compared with the correction, not with the graph, so it is restored.
    summary = run_ingest(
        clean_graph, [other, fixed, sample, sample], database=neo4j_settings.database
    )

    assert [a.id for a in summary.unchanged] == [other.id, sample.id]
    assert [a.id for a in summary.replaced] == [sample.id, sample.id]
    assert claim_ids(clean_graph, sample.id, neo4j_settings.database) == extracted_claim_ids(sample)
    assert graph_problems(clean_graph) == []


def test_bad_and_foreign_articles_are_reported_and_the_rest_loads(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, sample: Document
) -> None:
    french = dataclasses.replace(
        sample,
        id="urn:test:french",
        source="french.txt",
        text="Le président français a rencontré le chancelier allemand à Paris mardi. "
        "Les deux dirigeants ont discuté de la guerre en Ukraine et des sanctions.",
    )
    broken = IngestError("broken.json", "malformed JSON at line 1")
    summary = run_ingest(clean_graph, [broken, french, sample], database=neo4j_settings.database)

    assert [(a.source, a.reason) for a in summary.failed] == [
        ("broken.json", "malformed JSON at line 1")
    ]
    assert [a.source for a in summary.skipped] == ["french.txt"]
    assert "not English" in (summary.skipped[0].reason or "")
    assert [a.id for a in summary.loaded] == [sample.id]
    text = "\n".join(summary.lines())
    assert "failed: broken.json: malformed JSON" in text and "skipped: french.txt" in text


def test_several_processes_give_the_same_graph(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    docs = documents(SAMPLE, DEV)[:3]
    one = run_ingest(
        clean_graph,
        iter(docs),  # a stream: no total known
        database=neo4j_settings.database,
        settings=IngestSettings(n_process=1, batch_size=2, load_batch_size=2),
    )
    single = fingerprint(clean_graph, IGNORE_INGESTED_AT)
    clean_graph.execute_query("MATCH (n) WHERE n:Entity OR n:Article OR n:Claim DETACH DELETE n")

    two = run_ingest(
        clean_graph,
        iter(docs),
        database=neo4j_settings.database,
        settings=IngestSettings(n_process=2, batch_size=2, load_batch_size=2),
    )

    assert [a.id for a in two.loaded] == [a.id for a in one.loaded] == [d.id for d in docs]
    assert two.claims == one.claims > 0
    assert checksum(fingerprint(clean_graph, IGNORE_INGESTED_AT)) == checksum(single)


def test_stopping_early_leaves_no_worker_behind(sample: Document) -> None:
    # A caller stops reading when the graph goes away: the workers must end, not block.
    docs = [sample, *documents(DEV)] * 2
    results = extract_documents(docs, IngestSettings(n_process=2, batch_size=1))
    assert not isinstance(next(results), IngestError)
    results.close()
    assert multiprocessing.active_children() == []


def test_a_worker_killed_mid_run_costs_no_article(sample: Document) -> None:
    # A worker the system kills (out of memory, a crash in native code) breaks the executor
    # and the batches in flight; they are extracted again, and the run goes on to its end.
    docs = [sample, *documents(DEV)[:5]]
    alone = [r.all_claims for r in extract_documents(docs, IngestSettings(n_process=1))]
    results = extract_documents(docs, IngestSettings(n_process=2, batch_size=1))
    got = [next(results)]
    victim = multiprocessing.active_children()[0]
    os.kill(victim.pid, signal.SIGKILL)
    got += list(results)
    assert not victim.is_alive()
    assert [r.document.id for r in got if isinstance(r, ArticleResult)] == [d.id for d in docs]
    assert [r.all_claims for r in got if isinstance(r, ArticleResult)] == alone
    assert multiprocessing.active_children() == []


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, neo4j_settings: Neo4jSettings) -> Iterator[None]:
    """`geokg` pointed at the tests' Neo4j, whichever way the session started it."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_settings.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password.get_secret_value())
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_cli_ingest_summary_then_resume(
    clean_graph: Driver, cli_env: None, tmp_path: Path, sample: Document
) -> None:
    runner = CliRunner()
    posts = json.loads(SAMPLE.read_text(encoding="utf-8"))
    (tmp_path / "a.wp.json").write_text(json.dumps(posts), encoding="utf-8")
    (tmp_path / "b-broken.json").write_text("{not json", encoding="utf-8")

    first = runner.invoke(app, ["ingest", str(tmp_path)])

    assert first.exit_code == EXIT_FAILED, first.output
    assert "loaded 1; replaced 0; unchanged 0; skipped 0; failed 1" in first.stdout
    assert "failed: " in first.stdout and "b-broken.json" in first.stdout
    assert "Traceback" not in first.output

    (tmp_path / "b-broken.json").unlink()
    again = runner.invoke(app, ["ingest", str(tmp_path)])
    assert again.exit_code == 0, again.output
    assert "loaded 0; replaced 0; unchanged 1; skipped 0; failed 0" in again.stdout

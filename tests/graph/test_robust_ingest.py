"""One bad article never stops an ingest, against a real Neo4j: `geokg ingest`, POST /articles
and POST /ingest jobs store the others, name the failed one with its reason, and count
failures by stage in the summary, the job report and /metrics. The bad article is a real one
of its kind: a generated pathological text whose rules outrun a short GEOKG_ARTICLE_SECONDS.

Wikinews text (corpus/wikinews, tests/pathological.py) is CC BY 2.5, Wikinews contributors.
"""

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from neo4j import Driver
from pathological import MAHAN, SLOW_CHARS, pathological
from test_bulk import cli_env  # noqa: F401 - a fixture
from test_writes import INGEST_KEY, _articles, _post, _wait, make_app  # noqa: F401 - make_app
from typer.testing import CliRunner

from geokg.app.bulk import run_ingest
from geokg.app.cli import EXIT_FAILED, app
from geokg.graph.settings import Neo4jSettings
from geokg.ingest.readers import Document, read_paths
from geokg.ingest.settings import get_ingest_settings

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = ROOT / "corpus/wikinews/wikinews-2019-2020.jsonl"
DEV = sorted((ROOT / "corpus/dev/articles").glob("*.json"))
SLOW = {
    "content": pathological("coordinations", SLOW_CHARS),
    "published_at": "2020-01-14",
    "url": "https://example.org/slow",
}


@pytest.fixture
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Two seconds of rules per article: plenty for news, too little for the slow article."""
    monkeypatch.setenv("GEOKG_ARTICLE_SECONDS", "2")
    get_ingest_settings.cache_clear()
    yield
    monkeypatch.delenv("GEOKG_ARTICLE_SECONDS")
    get_ingest_settings.cache_clear()


@pytest.fixture
def client(make_app: Callable[..., FastAPI], short_deadline: None) -> TestClient:  # noqa: F811
    return TestClient(make_app(GEOKG_INGEST_KEY=INGEST_KEY))


@pytest.mark.usefixtures("cli_env", "short_deadline")
def test_cli_ingest_stores_the_others_and_names_the_failed_one(
    clean_graph: Driver, tmp_path: Path
) -> None:
    (tmp_path / "a.json").write_bytes(DEV[0].read_bytes())
    (tmp_path / "b.json").write_text(json.dumps(SLOW), encoding="utf-8")
    (tmp_path / "c.json").write_bytes(DEV[1].read_bytes())
    paths = [str(tmp_path / name) for name in ("a.json", "b.json", "c.json")]
    result = CliRunner().invoke(app, ["ingest", *paths])
    assert result.exit_code == EXIT_FAILED, result.output
    assert "loaded 2; replaced 0; unchanged 0; skipped 0; failed 1 article(s) (timeout 1)" in (
        result.stdout
    )
    b = f"failed: {tmp_path / 'b.json'}: took longer than 2 s (GEOKG_ARTICLE_SECONDS)"
    assert b in result.stdout
    assert "Traceback" not in result.output
    assert _articles(clean_graph) == 2


def _failures(client: TestClient) -> dict[str, float]:
    """The failure counters of /metrics by stage. They belong to the process, which other
    tests share, so a test compares them before and after."""
    found = re.findall(
        r'^geokg_ingest_failures_total\{stage="(\w+)"\} (\S+)$',
        client.get("/metrics").text,
        re.MULTILINE,
    )
    return {stage: float(value) for stage, value in found}


def test_post_article_past_its_deadline_is_422_and_counted(client: TestClient) -> None:
    before = _failures(client)
    response = _post(client, json.dumps(SLOW).encode(), source="slow.json")
    assert response.status_code == 422
    assert response.json()["detail"] == "slow.json: took longer than 2 s (GEOKG_ARTICLE_SECONDS)"
    after = _failures(client)
    assert after["timeout"] - before["timeout"] == 1
    assert after["extract"] == before["extract"]


def test_a_job_reports_failures_by_stage_and_stores_the_rest(
    client: TestClient, clean_graph: Driver
) -> None:
    good = {"content": MAHAN, "published_at": "2019-01-21", "url": "https://example.org/mahan"}
    lines = [json.dumps(good), json.dumps(SLOW), "{not json", json.loads(DEV[2].read_text())]
    body = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode()
    before = _failures(client)
    job = _wait(client, _post(client, body, path="/ingest", source="batch.jsonl").json()["id"])
    assert job["state"] == "done" and job["counts"] == {"loaded": 2, "failed": 2}
    assert job["failures"] == {"read": 1, "timeout": 1}
    errors = {e["source"]: (e["stage"], e["problem"]) for e in job["errors"]}
    assert errors["batch.jsonl#1"] == (
        "timeout",
        "line 2: took longer than 2 s (GEOKG_ARTICLE_SECONDS)",
    )
    assert (
        errors["batch.jsonl#2"][0] == "read"
        and "malformed JSON on line 3" in (errors["batch.jsonl#2"][1])
    )
    assert _articles(clean_graph) == 2
    assert _failures(client)["read"] - before["read"] == 1


def test_a_part_of_the_wikinews_corpus_loads_whole(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    # The articles that crashed the extractor before, among others; the empty one is refused.
    lines = WIKINEWS.read_text(encoding="utf-8").split("\n")
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(lines[i] for i in (0, 1, 81, 109, 122, 168, 214, 262, 264)))
    items = list(read_paths([part]))
    summary = run_ingest(clean_graph, items, database=neo4j_settings.database)
    assert len(summary.loaded) == 8 and summary.claims > 0
    (failed,) = summary.failed
    assert (
        failed.stage == "read" and failed.reason == "line 8: empty article: no text after clean-up"
    )
    again = run_ingest(clean_graph, items, database=neo4j_settings.database)
    assert len(again.unchanged) == 8 and not again.loaded
    ids = {i.id for i in items if isinstance(i, Document)}
    stored = clean_graph.execute_query("MATCH (a:Article) RETURN collect(a.id) AS ids")
    assert set(stored.records[0]["ids"]) == ids

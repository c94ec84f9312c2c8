"""One article never stops a run: an exception while reading, extracting or validating one
article fails that article, named with its reason and place, and the others go on; and no
article, however pathological, takes more than its deadline.

The Wikinews sentences (tests/pathological.py) are CC BY 2.5, Wikinews contributors.
"""

import json
import logging
import pickle
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import spacy
from pathological import AREA_51, EASTMED, MAHAN, SLOW_CHARS, pathological
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from geokg.app.cli import EXIT_FAILED, EXIT_USAGE, app
from geokg.ingest import component, pipeline
from geokg.ingest.errors import IngestError, SkippedArticle
from geokg.ingest.nlp import MAX_SENTENCE_TOKENS, load_nlp
from geokg.ingest.pipeline import ArticleResult, extract_documents
from geokg.ingest.readers import Document, read_bytes
from geokg.ingest.settings import get_ingest_settings

runner = CliRunner()


def document(text: str, source: str, line: int | None = None) -> Document:
    return Document(
        source=source,
        id=f"test:{source}",
        url=None,
        title="",
        publisher="test",
        published_at=datetime(2020, 1, 14, tzinfo=UTC),
        text=text,
        line=line,
    )


def extracted(*docs: Document | IngestError, **settings: Any) -> list[ArticleResult | IngestError]:
    s = get_ingest_settings().model_copy(update=settings)
    return list(extract_documents(docs, s))


# ---- the two crashes of the Wikinews corpus, fixed where they arose ---------------------


def test_a_we_whose_speaker_is_not_named_in_the_sentence_is_no_crash() -> None:
    # "he said" after "We ...": the speaker (Mitsotakis) has no words in that sentence; the
    # title reader took min() of an empty span and the whole article failed.
    (result,) = extracted(document(EASTMED, "eastmed"))
    assert isinstance(result, ArticleResult), result
    assert "person:mitsotakis" in {e.id for e in result.extraction.entities}


def test_a_state_named_only_inside_an_agency_name_is_an_entity_of_the_extraction() -> None:
    # The agency is PART_OF the state its name says; the state had no node of its own, so the
    # extraction's claim referred to an entity it lacked and failed validation.
    (result,) = extracted(document(AREA_51, "area51"))
    assert isinstance(result, ArticleResult), result
    claims = {(c.subject, c.type.value, c.object) for c in result.extraction.claims}
    assert ("org:united-states-air-force", "PART_OF", "country:USA") in claims
    usa = next(e for e in result.extraction.entities if e.id == "country:USA")
    # its name stands in the text, inside the agency's, and counts as its mention there
    assert usa.name == "United States" and usa.iso3 == "USA" and usa.mentions == 1


# ---- isolation ----------------------------------------------------------------------------


@pytest.fixture
def rules_fail_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in the rules for one article: resolution raises on a text saying BOOM."""
    real = component.resolve

    def resolve(doc: Doc) -> Any:
        if "BOOM" in doc.text:
            raise ValueError("min() arg is an empty sequence")
        return real(doc)

    monkeypatch.setattr(component, "resolve", resolve)


@pytest.mark.usefixtures("rules_fail_on_boom")
def test_an_exception_in_one_article_fails_it_alone_in_its_place(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bad = document(f"BOOM. {MAHAN}", "x.jsonl#1", line=2)
    with caplog.at_level(logging.DEBUG, logger="geokg.ingest"):
        results = extracted(document(MAHAN, "a"), bad, document(AREA_51, "c"), batch_size=2)
    assert [type(r).__name__ for r in results] == ["ArticleResult", "IngestError", "ArticleResult"]
    failed = results[1]
    assert isinstance(failed, IngestError) and failed.stage == "extract"
    assert failed.source == "x.jsonl#1"
    assert failed.problem == "line 2: extract failed: ValueError: min() arg is an empty sequence"
    # The traceback is in the log at debug level, for whoever looks for the bug.
    assert any(r.levelno == logging.DEBUG and r.exc_info for r in caplog.records)


def test_a_text_that_breaks_the_parser_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pipeline component raising inside nlp.pipe would end the whole batch: the batch is
    # parsed again one text at a time, and only the text that raises fails.
    @Language.component("breaks_on_boom")
    def breaks_on_boom(doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise RuntimeError("the parser broke")
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("breaks_on_boom")
    monkeypatch.setattr(pipeline, "load_nlp", lambda _model: nlp)
    results = extracted(document(MAHAN, "a"), document(f"BOOM. {MAHAN}", "b"), document(MAHAN, "c"))
    assert isinstance(results[0], ArticleResult) and isinstance(results[2], ArticleResult)
    assert isinstance(results[1], IngestError)
    assert results[1].problem == "extract failed: RuntimeError: the parser broke"


@pytest.mark.usefixtures("rules_fail_on_boom")
def test_cli_extract_names_the_failed_article_and_prints_the_others(tmp_path: Path) -> None:
    for name, text in (("a", MAHAN), ("b", f"BOOM. {MAHAN}"), ("c", AREA_51)):
        body = {"content": text, "published_at": "2020-01-14", "url": f"https://x.org/{name}"}
        (tmp_path / f"{name}.json").write_text(json.dumps(body), encoding="utf-8")
    result = runner.invoke(app, ["extract", "--json", str(tmp_path)])
    assert result.exit_code == EXIT_FAILED
    printed = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert printed == ["https://x.org/a", "https://x.org/c"]
    assert f"error: {tmp_path / 'b.json'}: extract failed: ValueError" in result.stderr
    assert "extracted 2; skipped 0; failed 1 article(s) (extract 1)" in result.stderr
    assert "Traceback" not in result.output


def test_an_exception_while_reading_one_item_fails_that_item(tmp_path: Path) -> None:
    # A JSON Lines file whose third line is a WordPress post with a malformed date nested in
    # an unexpected shape: the lines before and after are read all the same, and the failed
    # one is named with its line.
    lines = [
        json.dumps({"content": MAHAN, "published_at": "2020-01-14"}),
        "",
        json.dumps({"content": {"rendered": "<p>x</p>"}, "date_gmt": {"not": "a date"}}),
        json.dumps({"content": AREA_51, "published_at": "2019-09-22"}),
    ]
    items = list(read_bytes("\n".join(lines).encode(), "f.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "IngestError", "Document"]
    failed = items[1]
    assert isinstance(failed, IngestError) and failed.source == "f.jsonl#1"
    assert failed.stage == "read" and failed.problem.startswith("line 3: ")
    assert [i.line for i in items if isinstance(i, Document)] == [1, 4]


def test_json_lines_are_split_at_newlines_only() -> None:
    # U+2028 may stand unescaped inside a JSON string; str.splitlines() would cut it there.
    text = "Germany banned Mahan Air\u2028on Monday."
    body = "\n".join(
        json.dumps({"content": t, "published_at": "2020-01-14"}, ensure_ascii=False)
        for t in (text, MAHAN)
    )
    items = list(read_bytes(body.encode(), "f.jsonl"))
    assert all(isinstance(i, Document) for i in items), items


def test_failures_travel_whole_from_worker_processes() -> None:
    errors = [IngestError("a#1", "line 2: extract failed", "extract"), SkippedArticle("b", "fr")]
    for error in errors:
        back = pickle.loads(pickle.dumps(error))
        assert (type(back), back.source, back.problem, back.stage, str(back)) == (
            type(error),
            error.source,
            error.problem,
            error.stage,
            str(error),
        )


def test_worker_processes_isolate_each_article_too() -> None:
    # Two spawned workers, an article past its deadline, an unreadable one and a good one:
    # each keeps its place, the failure names its stage, and the run ends.
    items = [
        document(pathological("coordinations", SLOW_CHARS), "slow"),
        IngestError("broken.json", "malformed JSON at line 1 column 2"),
        document(MAHAN, "good"),
    ]
    results = extracted(*items, n_process=2, batch_size=1, article_seconds=1.0)
    slow, broken, good = results
    assert isinstance(slow, IngestError) and slow.stage == "timeout"
    assert slow.problem == "took longer than 1 s (GEOKG_ARTICLE_SECONDS)"
    assert broken is items[1]
    assert isinstance(good, ArticleResult) and good.extraction.claims


# ---- bounded work per article -------------------------------------------------------------


@pytest.mark.parametrize("kind", ["sentence", "table"])
def test_a_pathological_article_is_cut_into_bounded_sentences(kind: str) -> None:
    text = pathological(kind)
    doc = load_nlp(get_ingest_settings().spacy_model)(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    began = time.monotonic()
    (result,) = extracted(document(text, kind))
    assert isinstance(result, ArticleResult), result
    assert time.monotonic() - began < 60  # seconds (about 10 on two busy cores)


def test_real_news_sentences_are_never_cut() -> None:
    nlp = load_nlp(get_ingest_settings().spacy_model)
    text = " ".join([EASTMED, AREA_51, MAHAN] * 20)
    with nlp.select_pipes(disable=["sentence_cap"]):
        uncut = [s.text for s in nlp(text).sents]
    assert [s.text for s in nlp(text).sents] == uncut


def test_an_article_past_its_deadline_fails_with_that_reason_and_the_run_goes_on() -> None:
    slow = document(pathological("coordinations", SLOW_CHARS), "slow")
    began = time.monotonic()
    results = extracted(slow, document(MAHAN, "next"), article_seconds=2.0)
    elapsed = time.monotonic() - began
    failed, after = results
    assert isinstance(failed, IngestError) and failed.stage == "timeout"
    assert failed.problem == "took longer than 2 s (GEOKG_ARTICLE_SECONDS)"
    assert isinstance(after, ArticleResult) and after.extraction.claims
    # Parsing is not under the deadline; the rules (some 10 s) stopped at 2 s.
    assert elapsed < 60, elapsed


def test_a_missing_spacy_model_is_bad_usage_not_a_failed_article(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Not one article's problem but the run's: exit 2, one line, no traceback.
    (tmp_path / "a.json").write_text(json.dumps({"content": MAHAN, "published_at": "2019-01-21"}))
    monkeypatch.setenv("GEOKG_SPACY_MODEL", "no_such_spacy_model")
    get_ingest_settings.cache_clear()
    try:
        result = runner.invoke(app, ["extract", str(tmp_path)])
    finally:
        monkeypatch.delenv("GEOKG_SPACY_MODEL")
        get_ingest_settings.cache_clear()
    assert result.exit_code == EXIT_USAGE
    assert "spaCy model 'no_such_spacy_model' is not installed" in result.stderr
    assert "Traceback" not in result.output

"""Bad input: each case gets an IngestError naming the article and the problem, and a batch
goes on with the rest. (Storing nothing of a failed article is tests/graph/test_loader.py's
test_failed_article_leaves_nothing and test_invalid_extraction_rejected_before_writing.)"""

import json
import random
import time
from pathlib import Path
from typing import Any

import pytest

from geokg.ingest.errors import IngestError, SkippedArticle
from geokg.ingest.pipeline import extract_documents
from geokg.ingest.readers import Document, read_bytes, read_paths
from geokg.ingest.settings import get_ingest_settings

SENTENCE = (
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
    "with officials saying this is for security reasons."
)


def article(**fields: Any) -> bytes:
    return json.dumps({"content": SENTENCE, "published_at": "2019-01-21", **fields}).encode()


def wordpress(**fields: Any) -> bytes:
    post = {"content": {"rendered": f"<p>{SENTENCE}</p>"}, "date_gmt": "2019-01-21T10:00:00"}
    return json.dumps({**post, **fields}).encode()


def outcome(data: bytes, source: str) -> list[Document | IngestError]:
    """What read_bytes gives, with an error raised for the whole input kept in the list."""
    try:
        return list(read_bytes(data, source))
    except IngestError as exc:
        return [exc]


def the_error(data: bytes, source: str) -> IngestError:
    items = outcome(data, source)
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert items[0].source.startswith(source) and str(items[0]).startswith(source)
    return items[0]


BAD = [
    # malformed JSON
    ("truncated", b'{"content": "x", ', "malformed JSON at line 1"),
    ("trailing-garbage", article() + b" and more", "malformed JSON"),
    ("deeply-nested", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("single-quoted", b"{'content': 'x'}", "malformed JSON"),
    # WordPress objects and article objects of the wrong shape
    ("wp-rendered-number", wordpress(content={"rendered": 5}), "content.rendered is not a string"),
    (
        "wp-no-content",
        b'{"title": {"rendered": "x"}, "date_gmt": "2019-01-01"}',
        "unknown JSON shape",
    ),
    (
        "wp-no-date",
        json.dumps({"content": {"rendered": f"<p>{SENTENCE}</p>"}}).encode(),
        "no publication date",
    ),
    ("wp-date-number", wordpress(date_gmt=1548064800), "unreadable date"),
    ("content-list", article(content=["a", "b"]), "'content' must be a string, got list"),
    ("content-null", article(content=None), "'content' must be a string, got NoneType"),
    ("format-pdf", article(format="pdf"), "unknown content format 'pdf'"),
    ("wordpress-format-of-text", article(format="wordpress"), "needs a WordPress post"),
    # empty or whitespace-only
    ("empty-file", b"", "empty article"),
    ("whitespace-file", b"  \n\t\r\n  ", "empty article"),
    ("whitespace-content", article(content=" \n\u00a0\u3000\u200b\t "), "empty article"),
    ("empty-html", b"<html><body><p>  </p><div>\n</div></body></html>", "empty article"),
    (
        "empty-wp",
        wordpress(content={"rendered": "<p>&nbsp;</p><script>x()</script>"}),
        "empty article",
    ),
    # binary
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary content"),
    ("elf", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary content"),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes(range(1, 256)) * 8, "binary content"),
    ("noise-no-nul", random.Random(8).randbytes(20_000).replace(b"\0", b"\1"), "undecodable"),
    # absurd dates
    ("year-0", article(published_at="0000-01-01"), "unreadable date '0000-01-01'"),
    ("year-1", article(published_at="0001-01-01"), "absurd publication date 0001-01-01"),
    ("year-1066", article(published_at="1066-10-14"), "absurd publication date"),
    ("year-9999", article(published_at="9999-12-31T23:59:59Z"), "absurd publication date 9999"),
    ("year-99999", article(published_at="99999-01-01"), "unreadable date"),
    ("negative-epoch", article(published_at=-86400), "unreadable date -86400"),
    ("before-1970", article(published_at="1969-12-31T23:59:59-01:00"), None),
    ("month-13", article(published_at="2019-13-45"), "unreadable date '2019-13-45'"),
    ("date-list", article(published_at=[2019, 1, 21]), "unreadable date [2019, 1, 21]"),
    ("date-words", article(published_at="sometime last week"), "unreadable date"),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_names_the_article_and_the_problem(
    name: str, data: bytes, problem: str | None
) -> None:
    if problem is None:  # a date before 1970 is old, not absurd: Unix time is not the limit
        items = outcome(data, name)
        assert isinstance(items[0], Document) and items[0].published_at.year == 1969
        return
    error = the_error(data, name)
    assert problem in error.problem, error


def test_a_20_mb_html_page_is_refused_before_parsing() -> None:
    paragraph = f"<p>{SENTENCE}</p>\n"
    page = (
        '<html><head><meta property="article:published_time" content="2019-01-21"></head><body>'
        + paragraph * (20_000_000 // len(paragraph))
        + "</body></html>"
    ).encode()
    assert len(page) > 19_000_000
    start = time.perf_counter()
    error = the_error(page, "huge.html")
    took = time.perf_counter() - start
    limit = get_ingest_settings().max_article_bytes
    assert f"HTML page of {len(page)} bytes is over the per-article limit of {limit}" in str(error)
    # Not a benchmark: parsing it would take minutes; refusing it must not parse it at all.
    assert took < 30, took


def test_a_json_article_whose_text_is_over_the_limit() -> None:
    limit = get_ingest_settings().max_article_bytes
    data = article(content=SENTENCE * (limit // len(SENTENCE) + 2))
    assert "over the limit" in the_error(data, "long.json").problem


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("latin-1", b""),
        ("cp1252", b""),
        ("utf-16", b""),  # Python writes the BOM
        ("utf-16-be", b"\xfe\xff"),
        ("utf-8", b"\xef\xbb\xbf"),  # UTF-8 with a BOM
    ],
)
def test_wrong_encodings_are_decoded(encoding: str, prefix: bytes) -> None:
    text = "Nicolás Maduro met “officials” in Köln on Monday — and left."
    if encoding == "latin-1":
        text = "Nicolás Maduro met officials in Köln on Monday and left."
    data = prefix + json.dumps(
        {"content": text, "published_at": "2019-01-21"}, ensure_ascii=False
    ).encode(encoding)
    items = outcome(data, f"{encoding}.json")
    assert len(items) == 1 and isinstance(items[0], Document), items
    assert "Nicolás Maduro" in items[0].text and "Köln" in items[0].text


def test_latin1_plain_text_file_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("São Paulo: Nicolás Maduro met officials.".encode("latin-1"))
    (tmp_path / "a.meta.json").write_text('{"published_at": "2019-01-21"}', encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert isinstance(items[0], Document) and items[0].text.startswith("São Paulo: Nicolás")


def test_non_english_text_is_read_then_skipped_by_name() -> None:
    russian = "Президент России Владимир Путин встретился с Ким Чен Ыном во Владивостоке. " * 3
    docs = [
        *read_bytes(article(content=russian, url="https://example.org/ru"), "ru.json"),
        *read_bytes(article(url="https://example.org/en"), "en.json"),
    ]
    assert all(isinstance(d, Document) for d in docs)  # read fine: the text is valid
    results = list(extract_documents(docs))
    skipped = results[0]
    assert isinstance(skipped, SkippedArticle) and skipped.source == "ru.json"
    assert "not English" in skipped.problem
    assert not isinstance(results[1], IngestError)
    assert results[1].extraction.article.id == "https://example.org/en"


def test_a_folder_of_good_and_bad_files_yields_the_good_and_names_the_bad(tmp_path: Path) -> None:
    files = {
        "01-good.json": article(url="https://example.org/1"),
        "02-broken.json": b"{broken",
        "03-binary.bin": b"\x00\x01\x02\x03" * 100,
        "04-empty.txt": b"   \n",
        "05-batch.json": json.dumps(
            [
                json.loads(article(url="https://example.org/5a")),
                {"content": SENTENCE, "published_at": "9999-01-01"},
                42,
                json.loads(article(url="https://example.org/5d")),
            ]
        ).encode(),
        "06-good.json": wordpress(link="https://example.org/6"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_paths([tmp_path]))
    good = [i.id for i in items if isinstance(i, Document)]
    bad = {Path(e.source).name: e.problem for e in items if isinstance(e, IngestError)}
    assert good == [
        "https://example.org/1",
        "https://example.org/5a",
        "https://example.org/5d",
        "https://example.org/6",
    ]
    assert set(bad) == {
        "02-broken.json",
        "03-binary.bin",
        "04-empty.txt",
        "05-batch.json#1",
        "05-batch.json#2",
    }
    assert "malformed JSON" in bad["02-broken.json"]
    assert "binary" in bad["03-binary.bin"] and "empty" in bad["04-empty.txt"]
    assert "absurd publication date" in bad["05-batch.json#1"]
    assert "expected a JSON object, got int" in bad["05-batch.json#2"]


def test_json_lines_with_one_bad_line_keeps_the_others() -> None:
    lines = [article(url="https://example.org/a"), b"{oops", article(url="https://example.org/c")]
    items = list(read_bytes(b"\n".join(lines), "feed.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "IngestError", "Document"]
    assert items[1].source == "feed.jsonl#1" and "malformed JSON on line 2" in str(items[1])

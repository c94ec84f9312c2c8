"""Readers: each format sniffed from content, clean text out, clear errors for bad input.

Article text from the development corpus: English Wikinews, CC BY 2.5, Wikinews contributors.
"""

import json
from pathlib import Path

import pytest

from geokg.ingest.errors import IngestError
from geokg.ingest.readers import Document, read_bytes, read_paths

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLE = CORPUS / "seed" / "viewworld-2787-kim-putin.wp.json"
MAHAN = CORPUS / "dev" / "articles" / "03-germany-bans-mahan-air.json"
SENTENCE = (
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
    "with officials saying this is for security reasons."
)


def only(items: list[Document | IngestError]) -> Document:
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def test_wordpress_post_gives_clean_text_and_metadata() -> None:
    doc = only(list(read_paths([SAMPLE])))
    assert doc.id == "https://www.viewworld.org/?p=2787"
    assert doc.published_at.isoformat() == "2023-09-12T14:43:59+00:00"
    assert doc.title.startswith("North Korea’s leader is in Russia")
    assert "<" not in doc.text and "style=" not in doc.text
    # Lost markup had glued two sentences: "the West.Kim is".
    assert "with the West. Kim is expected" in doc.text
    assert len(doc.text.split("\n\n")) > 10  # paragraphs kept


def test_article_object_of_the_dev_corpus() -> None:
    doc = only(list(read_paths([MAHAN])))
    assert doc.text.startswith(SENTENCE)
    assert doc.publisher == "Wikinews"
    assert doc.url and doc.id == doc.url
    assert len(doc.content_hash) == 64


def test_list_of_wordpress_posts_and_json_lines() -> None:
    post = json.loads(SAMPLE.read_text(encoding="utf-8"))
    article = json.loads(MAHAN.read_text(encoding="utf-8"))
    listed = list(read_bytes(json.dumps([post, article]).encode(), "list.json"))
    lines = list(read_bytes((json.dumps(post) + "\n" + json.dumps(article)).encode(), "b.jsonl"))
    for items in (listed, lines):
        assert [d.id for d in items if isinstance(d, Document)] == [
            "https://www.viewworld.org/?p=2787",
            article["url"],
        ]


def test_html_page_main_text_and_metadata() -> None:
    page = f"""<!doctype html><html><head><title>Germany bans Mahan Air</title>
    <link rel="canonical" href="https://example.org/news/mahan#top">
    <meta property="article:published_time" content="2019-01-23T10:00:00+01:00">
    <script>var tracking = 1;</script><style>p {{ color: red }}</style></head>
    <body><nav>Home | World | Sport</nav><article><h1>Germany bans Mahan Air</h1>
    <p>{SENTENCE}</p><p>Mahan has been the subject of United States sanctions since 2011.</p>
    </article><footer>Copyright</footer></body></html>"""
    doc = only(list(read_bytes(page.encode(), "page.html")))
    assert SENTENCE in doc.text
    assert "tracking" not in doc.text and "color" not in doc.text
    assert doc.url == "https://example.org/news/mahan"
    assert doc.published_at.year == 2019


def test_plain_text_with_metadata_beside_it(tmp_path: Path) -> None:
    (tmp_path / "mahan.txt").write_text(SENTENCE + "\n\nSecond paragraph.\n", encoding="utf-8")
    meta = {"url": "https://example.org/mahan", "published_at": "2019-01-23", "source": "X"}
    (tmp_path / "mahan.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    doc = only(list(read_paths([tmp_path])))
    assert doc.id == "https://example.org/mahan"
    assert doc.text == SENTENCE + "\n\nSecond paragraph."
    assert doc.publisher == "X"


def test_rss_feed_entries() -> None:
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Ban</title><link>https://example.org/a</link>
    <pubDate>Wed, 23 Jan 2019 10:00:00 GMT</pubDate><description>&lt;p&gt;{SENTENCE}&lt;/p&gt;</description></item>
    </channel></rss>"""
    doc = only(list(read_bytes(feed.encode(), "wire.rss")))
    assert doc.text == SENTENCE
    assert doc.publisher == "Wire"
    assert doc.published_at.tzinfo is not None


def test_curly_quotes_and_non_breaking_spaces() -> None:
    text = "“We urge the DPRK to abide,”\u00a0said\u00a0Adrienne  Watson."
    item = {"content": text, "published_at": "2023-09-12", "format": "text"}
    doc = only(list(read_bytes(json.dumps(item).encode(), "q.json")))
    assert doc.text == '"We urge the DPRK to abide," said Adrienne Watson.'


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'{"content": "x", ', "malformed JSON"),
        (b'{"title": {"rendered": "x"}}', "unknown JSON shape"),
        (b'{"content": "   ", "published_at": "2019-01-01"}', "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        (b'{"content": "Text.", "published_at": "1066-10-14"}', "absurd publication date"),
        (b'{"content": "Text.", "published_at": "3024-01-01"}', "absurd publication date"),
        (b'{"content": "Text.", "published_at": "2019-01-01", "format": "pdf"}', "unknown content"),
    ],
)
def test_bad_input_gets_a_clear_error(data: bytes, problem: str) -> None:
    with pytest.raises(IngestError) as caught:
        for item in read_bytes(data, "bad.json"):
            if isinstance(item, IngestError):
                raise item
    assert problem in str(caught.value)
    assert "bad.json" in str(caught.value)


def test_latin1_text_is_decoded() -> None:
    data = json.dumps({"content": "Nicolás Maduro met officials.", "published_at": "2019-01-01"})
    doc = only(list(read_bytes(data.encode("latin-1"), "latin.json")))
    assert "Nicolás" in doc.text


def test_a_bad_file_does_not_stop_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(b"{broken")
    (tmp_path / "b.json").write_bytes(MAHAN.read_bytes())
    items = list(read_paths([tmp_path]))
    assert isinstance(items[0], IngestError) and isinstance(items[1], Document)

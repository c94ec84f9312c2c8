"""Language: what an article or its feed declares wins; detection only on enough text.

English headlines: the titles of the Wikinews corpus and of the dev corpus (Wikinews, CC BY 2.5,
Wikinews contributors). Non-English text: the example sentences spaCy ships for each language
(`spacy.lang.<code>.examples`, MIT), real headlines and questions in their languages.
"""

import importlib
import json
from pathlib import Path

import pytest

from geokg.ingest.errors import IngestError, SkippedArticle
from geokg.ingest.language import declared_language, detect_language, language_of
from geokg.ingest.pipeline import ArticleResult, extract_documents
from geokg.ingest.readers import Document, read_bytes, read_paths

ROOT = Path(__file__).resolve().parents[2]
WIKINEWS = Path("/work/shared/corpus/wikinews/wikinews-2019-2020.jsonl")
SOLEIMANI = "US kills Soleimani in Baghdad strike."
# Headlines that langdetect, lingua or py3langid's best guess called another language.
HARD_HEADLINES = [
    SOLEIMANI,
    "Cosmonaut Alexei Leonov dies at age 85",
    "Notre Dame in Paris catches fire",
    "Radio host Don Imus dies aged 79",
    "Typhoon Phanfone strikes Philippines",
    "Guitarist Eddie Van Halen dies, aged 65",
    "Burundi President Pierre Nkurunziza dies aged 55",
    "First foreigners die from coronavirus in Wuhan, China",
    "Sultan Qaboos of Oman dies",
    "Germany bans Mahan Air of Iran, citing 'security'",
]
FOREIGN = ["de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "tr", "ar", "fa", "zh", "ja", "ko"]
ALSO = {"zh": "wuu"}  # py3langid names spaCy's Mandarin examples Wu Chinese: not English either


def _examples(code: str) -> list[str]:
    module = importlib.import_module(f"spacy.lang.{code}.examples")
    return list(module.sentences)


def _titles() -> list[str]:
    files = sorted((ROOT / "corpus/dev/articles").glob("*.json"))
    dev = [json.loads(p.read_text("utf-8"))["title"] for p in files]
    if not WIKINEWS.is_file():
        return dev
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    return dev + [json.loads(line)["title"] for line in lines]


def _article(content: str, **fields: str) -> bytes:
    return json.dumps({"content": content, "published_at": "2020-01-03", **fields}).encode()


def _one(data: bytes, source: str) -> Document:
    (doc,) = read_bytes(data, source)
    assert isinstance(doc, Document), doc
    return doc


@pytest.mark.parametrize("headline", HARD_HEADLINES)
def test_a_short_english_headline_is_never_called_another_language(headline: str) -> None:
    assert detect_language(headline) in ("en", "und")


def test_no_real_english_headline_is_called_another_language() -> None:
    titles = _titles()
    assert len(titles) >= 12
    wrong = [(t, detect_language(t)) for t in titles if detect_language(t) not in ("en", "und")]
    assert wrong == []


@pytest.mark.parametrize("code", FOREIGN)
def test_real_non_english_text_is_detected(code: str) -> None:
    sentences = _examples(code)
    assert detect_language(" ".join(sentences)) in (code, ALSO.get(code))
    # One short sentence is too little to be sure of, but never taken for English.
    assert all(detect_language(s) != "en" for s in sentences)


def test_english_article_text_is_english() -> None:
    text = json.loads((ROOT / "corpus/dev/articles/10-us-kills-qasem-soleimani.json").read_text())
    assert detect_language(text["content"]) == "en"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("EN", "en"),
        ("eng", "en"),
        ("deu", "de"),
        ("German", "de"),
        ("fr-CA", "fr"),
        ("und", None),
        ("mul", None),
        ("x-default", None),
        ("", None),
        (None, None),
        (42, None),
        ("zz", None),
    ],
)
def test_declared_language_tags_are_read(value: object, code: str | None) -> None:
    assert declared_language(value) == code


def test_a_declared_language_wins_over_detection() -> None:
    german = " ".join(_examples("de"))
    assert language_of(german, "en") == ("en", True)
    assert language_of(SOLEIMANI, "de-DE") == ("de", True)
    assert language_of(german, None) == ("de", False)
    assert language_of(german, "und") == ("de", False)  # a tag that names no language


def test_every_input_format_carries_its_declared_language(tmp_path: Path) -> None:
    assert _one(_article(SOLEIMANI, lang="de"), "a.json").language == "de"
    assert _one(_article(SOLEIMANI, language="en-GB"), "a.json").language == "en"
    post = {
        "content": {"rendered": f"<p>{SOLEIMANI}</p>"},
        "date_gmt": "2020-01-03T10:00:00",
        "link": "https://example.org/?p=1",
        "lang": "fr",
    }  # Polylang's REST field
    assert _one(json.dumps(post).encode(), "wp.json").language == "fr"
    yoast = post | {"lang": None, "yoast_head_json": {"og_locale": "es_ES"}}
    assert _one(json.dumps(yoast).encode(), "wp.json").language == "es"
    body = f"<body><article><p>{SOLEIMANI}</p></article></body>"
    page = f'<!doctype html><html lang="de-DE">{body}</html>'
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (tmp_path / "p.meta.json").write_text('{"published_at": "2020-01-03"}', encoding="utf-8")
    (tmp_path / "t.txt").write_text(SOLEIMANI, encoding="utf-8")
    (tmp_path / "t.meta.json").write_text('{"published_at": "2020-01-03", "lang": "it"}', "utf-8")
    docs = [d for d in read_paths([tmp_path]) if isinstance(d, Document)]
    assert [d.language for d in docs] == ["de", "it"]


def test_feeds_declare_their_language() -> None:
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <language>de-DE</language><item><title>x</title><link>https://example.org/a</link>
    <pubDate>Fri, 03 Jan 2020 10:00:00 GMT</pubDate><description>{SOLEIMANI}</description></item>
    </channel></rss>"""
    assert _one(rss.encode(), "wire.rss").language == "de"
    atom = f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
    <title>Wire</title><entry xml:lang="en"><title>x</title><link href="https://example.org/a"/>
    <updated>2020-01-03T10:00:00Z</updated><content type="html">{SOLEIMANI}</content></entry>
    <entry><title>y</title><link href="https://example.org/b"/>
    <updated>2020-01-03T10:00:00Z</updated><summary>{SOLEIMANI}</summary></entry></feed>"""
    assert [d.language for d in read_bytes(atom.encode(), "wire.atom")] == ["en", "de"]


def test_a_one_line_english_text_is_extracted_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "headline.txt").write_text(SOLEIMANI + "\n", encoding="utf-8")
    (tmp_path / "headline.meta.json").write_text('{"published_at": "2020-01-03"}', "utf-8")
    (result,) = extract_documents(read_paths([tmp_path]))
    assert isinstance(result, ArticleResult), result
    assert {e.name for e in result.extraction.entities} >= {"Soleimani", "Baghdad"}


def test_declared_and_detected_non_english_are_skipped_with_the_reason() -> None:
    german = " ".join(_examples("de"))
    docs = [
        _one(_article(german), "de.json"),
        _one(_article(SOLEIMANI, lang="fr"), "fr.json"),
        _one(_article(german, lang="en"), "en.json"),  # declared English: taken at its word
    ]
    results = list(extract_documents(docs))
    assert isinstance(results[0], SkippedArticle)
    assert results[0].problem == "language is 'de' (detected), not English"
    assert isinstance(results[1], SkippedArticle)
    assert results[1].problem == "language is 'fr' (declared), not English"
    assert not isinstance(results[2], IngestError)

"""Same story, one id: an article's id is its canonical URL, whatever tracking it was shared with.

Article text from the development corpus: English Wikinews, CC BY 2.5, Wikinews contributors.
"""

import json
from pathlib import Path

import pytest

from geokg.graph.ids import canonical_url
from geokg.graph.migrate import plan_article_renames
from geokg.ingest.readers import Document, read_bytes

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
MAHAN = CORPUS / "dev" / "articles" / "03-germany-bans-mahan-air.json"
BBC = "https://www.bbc.com/news/world-middle-east-50979463"


def _id_of(url: str) -> str:
    article = json.loads(MAHAN.read_text(encoding="utf-8")) | {"url": url}
    (doc,) = read_bytes(json.dumps(article).encode(), "mahan.json")
    assert isinstance(doc, Document), doc
    return doc.id


def test_the_same_story_with_and_without_tracking_gets_one_id() -> None:
    plain = json.loads(MAHAN.read_text(encoding="utf-8"))["url"]
    shared = f"{plain}?utm_source=x&fbclid=y"
    assert _id_of(shared) == _id_of(plain) == plain


@pytest.mark.parametrize(
    "variant",
    [
        f"{BBC}?utm_source=twitter&utm_medium=social&utm_campaign=bbcnews",
        f"{BBC}?fbclid=IwAR0abc",
        f"{BBC}?gclid=Cj0KCQ&at_medium=custom7",
        f"{BBC}#comments",
        "HTTPS://WWW.BBC.COM:443/news/world-middle-east-50979463",
    ],
)
def test_tracking_parameters_fragment_default_port_and_case_go(variant: str) -> None:
    assert canonical_url(variant) == BBC


def test_parameters_that_name_the_article_stay_as_written() -> None:
    assert canonical_url("https://www.viewworld.org/?p=2787&utm_source=rss") == (
        "https://www.viewworld.org/?p=2787"
    )
    assert canonical_url("http://example.org:8080/story?b=2&a=1&gclid=x") == (
        "http://example.org:8080/story?b=2&a=1"
    )
    assert canonical_url("https://example.org/s?ids=1,2&fbclid=y&print") == (
        "https://example.org/s?ids=1,2&print"
    )
    assert canonical_url("http://Example.org:80") == "http://example.org/"
    assert canonical_url("http://[::1]:80/a") == "http://[::1]/a"
    assert canonical_url("https://reader@Example.org/a") == "https://example.org/a"
    # The path is the publisher's: a Wikinews title keeps its ";" and "$".
    wikinews = "https://en.wikinews.org/wiki/Suspect_released_on_US$2_million_bond;_Kenosha"
    assert canonical_url(wikinews + "?utm_medium=email") == wikinews


@pytest.mark.parametrize("value", [None, "", "  ", "ftp://example.org/a", "/news/a", 42])
def test_what_is_not_a_web_url_has_no_canonical_form(value: object) -> None:
    assert canonical_url(value) is None


def test_the_migration_renames_only_url_ids_not_in_canonical_form() -> None:
    ids = [f"{BBC}?utm_source=x", BBC, "https://Example.org/a#top", "sha256:" + "0" * 64]
    assert plan_article_renames(ids) == {
        f"{BBC}?utm_source=x": BBC,
        "https://Example.org/a#top": "https://example.org/a",
    }

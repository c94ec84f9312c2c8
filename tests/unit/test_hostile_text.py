"""Property-based: random and hostile text through the readers and the extractor.

Unbalanced quotes, lone pronouns, sentences of thousands of tokens, nothing but punctuation,
mixed scripts, zero-width and control characters: no exception escapes a reader or the
pipeline, and the extractor itself (resolution and rules) raises on none of it, so that no
article of such text fails at the extract or validate stage. spaCy is slow on two cores: the
model loads once for the module and each property has a few dozen examples.

The English sentences are from Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/).
"""

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Token

from geokg.ingest import relations
from geokg.ingest.errors import IngestError
from geokg.ingest.pipeline import ArticleResult, _extract_one, extract_documents
from geokg.ingest.readers import Document, read_bytes
from geokg.ingest.settings import get_ingest_settings

SENTENCES = [
    # https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, "
    "with officials saying this is for security reasons.",
    # https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani
    'Iranian Supreme Leader Ayatollah Ali Khamenei vowed "severe revenge" for the killing.',
    '"We don\'t seek to exclude anyone from energy cooperation in the Eastern Mediterranean", '
    "he said.",
    "Russia, China and Iran condemned the strike, while NATO called for restraint.",
]
HOSTILE = [
    '"',
    "'",
    "\u201c",
    "\u201d",
    "(",
    ")",
    "[",
    "]",
    "--",
    "...",
    ".",
    ",",
    ";",
    "!",
    "?",
    "he",
    "she",
    "they",
    "we",
    "We",
    "It",
    "his",
    "their",
    "said",
    "He said.",
    "We will.",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u2028",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\t",
    "\n",
    "\n\n",
    "\r",
    "\u041f\u0443\u0442\u0438\u043d",
    "\u4e60\u8fd1\u5e73",
    "\u0627\u0644\u0631\u064a\u0627\u0636",
    "\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd",
    "\u0939\u093f\u0928\u094d\u0926\u0940 \u0964",
    "Putin",
    "Xi Jinping",
    "Kim Jong Un",
    "the United States",
    "U.S.",
    "NATO",
    "Iran's",
    "President",
    "Prime Minister",
    "spokesman",
    "according to",
    "sanctioned",
    "met",
    "within the United States Air Force's range",
    "Mitsotakis",
    "1.2",
    "3,000",
    "2020-01-03",
    "\U0001f600",
    "e\u0301",
    "\ufffd",
]
DATE = datetime(2020, 1, 14, tzinfo=UTC)

hostile_text = st.lists(
    st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE), st.text(max_size=20)),
    min_size=1,
    max_size=60,
).map(" ".join)
# One sentence of a few thousand tokens: the same words, no full stop.
long_sentence = st.tuples(
    st.lists(st.sampled_from(HOSTILE[15:30] + HOSTILE[47:63]), min_size=1, max_size=12),
    st.integers(min_value=1000, max_value=5000),
).map(lambda t: " ".join(t[0][i % len(t[0])] for i in range(t[1])))

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


def rules(nlp: Language, text: str) -> None:
    """Resolution, claims and the data contract's validation of one text, not isolated."""
    _extract_one(nlp(text), document(text), get_ingest_settings())


def document(text: str) -> Document:
    return Document("t", "t", None, "", "test", DATE, text)


@SETTINGS
@given(text=hostile_text)
def test_the_rules_raise_on_no_hostile_text(nlp: Language, text: str) -> None:
    rules(nlp, text)


@settings(SETTINGS, max_examples=8)
@given(text=long_sentence)
def test_a_sentence_of_thousands_of_tokens_is_extracted(nlp: Language, text: str) -> None:
    rules(nlp, text)


@SETTINGS
@given(texts=st.lists(hostile_text, min_size=1, max_size=4))
def test_the_pipeline_extracts_or_names_every_article(texts: list[str]) -> None:
    results = list(extract_documents([document(t) for t in texts]))
    assert len(results) == len(texts)
    for result in results:
        assert isinstance(result, ArticleResult | IngestError)
        if isinstance(result, IngestError):
            # Not English, too little text: a stated reason, never a crash of the extractor.
            assert result.stage not in ("extract", "validate"), result


@SETTINGS
@given(data=st.binary(max_size=4000))
def test_any_bytes_are_read_or_refused_by_name(data: bytes) -> None:
    for item in read_bytes(data, "in.bin"):
        assert isinstance(item, Document | IngestError)
        if isinstance(item, IngestError):
            assert item.source.startswith("in.bin") and item.problem


@SETTINGS
@given(
    texts=st.lists(hostile_text, min_size=1, max_size=5),
    shape=st.sampled_from(["object", "list", "jsonl", "html", "wordpress", "feed", "text"]),
    date=st.one_of(st.just("2020-01-14"), st.text(max_size=12), st.integers(), st.none()),
)
def test_hostile_text_in_every_format_is_read_or_refused_by_name(
    texts: list[str], shape: str, date: object
) -> None:
    objects = [{"content": t, "published_at": date, "title": t[:30]} for t in texts]
    if shape == "object":
        data = json.dumps(objects[0]).encode()
    elif shape == "list":
        data = json.dumps(objects).encode()
    elif shape == "jsonl":
        data = "\n".join(json.dumps(o, ensure_ascii=False) for o in objects).encode()
    elif shape == "html":
        body = "</p><p>".join(texts)
        data = f"<html><body><h1>{texts[0]}</h1><p>{body}</p></body></html>".encode()
    elif shape == "wordpress":
        post = {"content": {"rendered": f"<p>{texts[0]}</p>"}, "date_gmt": date}
        data = json.dumps(post).encode()
    elif shape == "feed":
        items = "".join(
            f"<item><title>{t}</title><description>{t}</description></item>" for t in texts
        )
        data = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    else:
        data = "\n\n".join(texts).encode("utf-8", "surrogatepass")
    for item in read_bytes(data, "in"):
        assert isinstance(item, Document | IngestError)
        if isinstance(item, IngestError):
            assert item.source.startswith("in") and item.problem


def test_each_pronoun_is_read_once_however_many_come_before_it(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each "they" reads the subjects before it, pronouns among them; read afresh each time,
    # a sentence of n of them took 2^n readings (a hostile-text run stalled for minutes).
    reads: list[int] = []
    original = relations._SentenceReader._read_antecedents

    def counted(self: relations._SentenceReader, pronoun: Token) -> list[str]:
        reads.append(pronoun.i)
        return original(self, pronoun)

    monkeypatch.setattr(relations._SentenceReader, "_read_antecedents", counted)
    text = "China and Russia said " + " and ".join(["they said their allies"] * 40) + "."
    rules(nlp, text)
    pronouns = sum(1 for word in text.split() if word in ("they", "their"))
    assert 0 < len(reads) <= 2 * pronouns


def test_a_run_of_date_words_is_not_handed_to_the_date_parser(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dateparser takes minutes over a few thousand characters; no date is that long
    asked: list[str] = []
    original = relations._resolve_date

    def recorded(text: str, published: date) -> date | None:
        asked.append(text)
        return original(text, published)

    monkeypatch.setattr(relations, "_resolve_date", recorded)
    rules(nlp, "Putin met Xi Jinping on " + " ".join(["2020-01-03"] * 30) + ".")
    rules(nlp, "Putin met Xi Jinping on Tuesday.")
    assert asked and all(len(text) <= 80 for text in asked)


def test_a_quotation_left_open_at_the_end_of_the_text_is_read(nlp: Language) -> None:
    # hypothesis found it: the quotation's closing mark would be past the last token
    rules(nlp, '" ' + SENTENCES[0])

"""An article's headline is read as its sentence 0: in its own parse, in the casing the body
gives its words, with headline grammar ("UK to impose", "Saudi Arabia, Iran agree") put in the
dependencies of running text. Headlines are constructed after outlet copy (BBC, Reuters, AP);
the Wikinews ones are real (CC BY 2.5)."""

from datetime import UTC, datetime

from extraction_support import claims_of, triples
from spacy.language import Language

from geokg.ingest.nlp import read_as_headline
from geokg.ingest.pipeline import HEADLINE_BREAK, ArticleResult, extract_documents
from geokg.ingest.readers import Document
from geokg.ingest.text import sentence_cased, without_site_name


def article(title: str, text: str) -> ArticleResult:
    document = Document(
        source="headline-test",
        id="test:headline",
        url=None,
        title=title,
        publisher="test",
        published_at=datetime(2024, 6, 1, tzinfo=UTC),
        text=text,
    )
    (result,) = extract_documents([document])
    assert isinstance(result, ArticleResult), result
    return result


def named(result: ArticleResult) -> set[tuple[str, str, str, str]]:
    names = {e.id: e.name for e in result.extraction.entities}
    return {
        (names[c.subject], c.type.value, names[c.object], c.modality.value)
        for c in result.all_claims
    }


QUIET = "Officials gave no further details on Monday."


def test_the_headline_is_sentence_0_and_offsets_count_across_it() -> None:
    title = "Germany bans Mahan Air of Iran, citing security"
    body = "SEOUL, South Korea (AP) — The ban came after talks with the US. " + QUIET
    result = article(title, body)
    (ban,) = [c for c in result.all_claims if c.type.value == "SANCTIONS"]
    assert (ban.sentence_index, ban.trigger) == (0, "bans")
    assert ban.sentence == title + "."  # ended with a stop, as the parser expects
    analysed = title + "." + HEADLINE_BREAK + body
    for claim in result.all_claims:
        assert analysed[claim.char_start : claim.char_end] == claim.sentence
    # the body is parsed as it would be alone: its wire dateline is still read
    assert ("Seoul", "LOCATED_IN", "South Korea", "asserted") in named(result)


def test_an_article_without_a_headline_starts_at_its_body() -> None:
    result = article("", "Germany banned Mahan Air on Monday.")
    (ban,) = result.all_claims
    assert (ban.sentence_index, ban.char_start) == (0, 0)


def test_headline_grammar_reads_as_running_text() -> None:
    cases = {
        "UK to impose new sanctions on Russia over Navalny death": (
            "United Kingdom",
            "SANCTIONS",
            "Russia",
            "planned",
        ),
        "Putin to visit North Korea next week": ("Putin", "VISITS", "North Korea", "planned"),
        "Saudi Arabia, Iran agree to restore diplomatic ties": (
            "Iran",
            "AGREES_WITH",
            "Saudi Arabia",
            "asserted",
        ),
        "Germany pledges 5 billion euros in aid to Ukraine": (
            "Germany",
            "SUPPLIES",
            "Ukraine",
            "asserted",
        ),
        "Pakistan blames India for Kashmir attack": ("Pakistan", "ACCUSES", "India", "asserted"),
    }
    for title, expected in cases.items():
        assert expected in named(article(title, QUIET)), title


def test_a_title_case_headline_takes_the_casing_of_its_body() -> None:
    body = (
        "Russia launched a massive strike on the energy grid of Ukraine on Tuesday, officials "
        "in Kyiv said. NATO called the strike reckless."
    )
    title = "Russia Launches Massive Strike On Ukraine's Energy Grid, NATO Says"
    assert sentence_cased(title, body) == (
        "Russia launches massive strike on Ukraine's energy grid, NATO says"
    )
    assert sentence_cased(title.upper(), body) == (
        "Russia launches massive strike on Ukraine's energy grid, NATO says"
    )
    # a word the body lacks keeps its capital only when it is a known name
    assert sentence_cased(
        "Biden Condemns Russian Strike On Kyiv", "Joe Biden spoke.", {"russian"}
    ) == ("Biden condemns Russian strike on kyiv")
    # sentence case, however many names it holds, is left as it is
    title = "Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor"
    assert sentence_cased(title, "") == title
    result = article("Russia Launches Massive Strike On Kyiv", body)
    assert ("Russia", "ATTACKS", "Kyiv", "asserted") in named(result)
    assert not any("Strike" in e.name for e in result.extraction.entities)


def test_headline_grammar_leaves_running_text_alone(nlp: Language) -> None:
    doc = nlp("Saudi Arabia and Iran agreed to restore ties.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in read_as_headline(doc)] == before


def test_a_headline_verb_the_parser_took_for_a_noun_is_read_as_the_verb(nlp: Language) -> None:
    # The parser reads "US sanctions Chinese firms" as one noun phrase with no verb.
    cases = {
        "US sanctions Chinese firms over drone parts for Russia": (
            "United States",
            "SANCTIONS",
            "China",
        ),
        "UK sanctions Russian oligarchs over Ukraine": ("United Kingdom", "SANCTIONS", "Russia"),
        "Poland summons Russian ambassador after missile incursion": (
            "Poland",
            "CRITICIZES",
            "Russia",
        ),
        "Blinken heads to China for talks": ("Blinken", "VISITS", "China"),
    }
    for title, expected in cases.items():
        assert (*expected, "asserted") in named(article(title, QUIET)), title
    (verb,) = [t for t in read_as_headline(nlp("US sanctions Chinese firms."), nlp) if t.i == 1]
    assert (verb.text, verb.pos_, verb.tag_, verb.dep_, verb.lemma_) == (
        "sanctions",
        "VERB",
        "VBZ",
        "ROOT",
        "sanction",
    )
    # a headline with a verb, or a noun no verb reading makes the root, is left as it is
    for title in ("Biden backs Israel.", "Russia sanctions relief talks."):
        doc = nlp(title)
        before = [(t.pos_, t.dep_, t.head.i) for t in doc]
        assert [(t.pos_, t.dep_, t.head.i) for t in read_as_headline(doc, nlp)] == before


def test_a_storm_is_no_actor(nlp: Language) -> None:
    # real: Wikinews, "Typhoon Phanfone strikes Philippines" (2019-12-26)
    assert not claims_of(nlp, "Typhoon Phanfone struck the Philippines on Wednesday.")
    assert not claims_of(nlp, "Hurricane Lorenzo hit the Azores on Wednesday.")


def test_a_possessor_names_an_office_only_the_register_knows(nlp: Language) -> None:
    # real: Wikinews, "Kenya's Brigid Kosgei sets new world record at Chicago Marathon" (2019)
    assert not claims_of(nlp, "Kenya's Brigid Kosgei set a new world record in Chicago.")
    assert ("person:sergei-lavrov", "AFFILIATED_WITH", "country:RUS", "asserted") in triples(
        claims_of(nlp, "Russia's Sergei Lavrov said the talks had failed.")
    )
    assert ("person:kim-jong-un", "LEADER_OF", "country:PRK", "asserted") in triples(
        claims_of(nlp, "North Korea's Kim Jong Un arrived in Vladivostok on Tuesday.")
    )


def test_a_page_title_loses_the_site_name_after_it() -> None:
    outlets = {"news", "cnn", "post", "bbc"}
    assert without_site_name("Russia strikes Kyiv - BBC News", "", outlets) == "Russia strikes Kyiv"
    assert without_site_name("Biden meets Xi | CNN Politics", "", outlets) == "Biden meets Xi"
    assert without_site_name("Putin lands in Pyongyang – Al Arabiya", "Al Arabiya") == (
        "Putin lands in Pyongyang"
    )
    # a tail that is part of the headline stays
    for kept in (
        "Ukraine war: Putin says Fox News lied",
        "Kim Jong Un - the leader who never smiles",
    ):
        assert without_site_name(kept, "", outlets) == kept
    result = article("Turkey approves Sweden's NATO bid - The Washington Post", QUIET)
    assert ("Turkey", "SUPPORTS", "Sweden", "asserted") in named(result)
    assert not any("Post" in e.name for e in result.extraction.entities)


def test_a_changed_headline_is_a_changed_article() -> None:
    def hash_of(title: str) -> str:
        return Document(
            "s", "i", None, title, "p", datetime(2024, 6, 1, tzinfo=UTC), QUIET
        ).content_hash

    assert hash_of("Germany bans Mahan Air") != hash_of("Germany lifts ban on Mahan Air")
    assert hash_of("") == hash_of("  ")  # no headline: the text alone, as before

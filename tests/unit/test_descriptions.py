"""Definite descriptions of persons the article makes unambiguous ("the president", "the Turkish
president", "the queen"), on real sentences (Wikinews, CC BY 2.5, Wikinews contributors), with
constructed ones only as extra cases."""

from datetime import date

from extraction_support import article_of, claims_of, events, read_claims
from spacy.language import Language

from geokg.graph.models import Claim
from geokg.ingest.relations import (
    _Memory,
    _register_names,
    _SentenceReader,
    _to_claim,
    load_lexicon,
)
from geokg.ingest.resolve import resolve


def triples(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    return {(c.subject, c.type.value, c.object, c.modality.value) for c in claims}


def described(nlp: Language, text: str, phrase: str, day: date) -> list[str]:
    """Whom the last `phrase` of `text` ("The local health minister") stands for, read after the
    sentences before it as the extractor reads an article."""
    doc = nlp(text)
    res = resolve(doc)
    article = article_of(text, day)
    _register_names(doc, res, day)
    memory, lex, head = _Memory(published=day), load_lexicon(), phrase.split()[-1]
    at = text.rindex(phrase) + len(phrase) - len(head)
    for index, sent in enumerate(doc.sents):
        reader = _SentenceReader(sent, res, lex, memory, index)
        token = next((t for t in sent if t.idx == at), None)
        if token is not None:
            return reader.entities(token)
        claims = [
            c
            for cand in reader.candidates()
            if (c := _to_claim(cand, sent, index, reader, article, day)) is not None
        ]
        reader.remember()
        reader.remember_events(claims)
    raise AssertionError(f"{phrase!r} not in the text")


def test_a_conjunct_names_no_one_else_for_the_president(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall
    text = (
        "United States President Donald Trump said on Friday he can and may declare a national "
        "state of emergency, which he said would allow him to act without approval from Congress "
        "and allocate funding for the construction of a wall along the country's border with "
        "Mexico. The US government is currently partially shut down because the president and "
        "Congress could not agree on a national budget."
    )
    claims, _ = read_claims(nlp, text, date(2019, 1, 7))
    assert ("org:us-congress", "AGREES_WITH", "person:donald-trump", "negated") in triples(claims)


def test_a_vice_president_is_no_holder_of_the_president_title(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest
    text = (
        "Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in "
        "support of US President Donald Trump to protest the results of the 2020 US Presidential "
        "Election, where former US Vice-President Joe Biden has been projected to have defeated "
        "the incumbent. President Trump lashed out at the capital city's Democratic mayor Muriel "
        'Bowser on Twitter, accusing her of "not doing her job". The president has blamed '
        "Democratic leadership for violence and unrest in various US cities throughout 2020."
    )
    assert described(nlp, text, "The president", date(2020, 11, 17)) == ["person:donald-trump"]


def test_a_title_before_a_name_must_be_the_descriptions_whole_title(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India
    text = (
        "Civil Aviation Minister Hardeep Singh Puri said 18 people died. 149 of the survivors have "
        "been hospitalized. Hardeep also stated that both of the flight recorders have been "
        "recovered. Among the dead are both the pilot and co-pilot. The local health minister "
        'said, "The injured persons have been rushed to Kozhikode Medical College."'
    )
    assert described(nlp, text, "The local health minister", date(2020, 8, 8)) == []


def test_a_name_after_a_title_outside_its_phrase_is_not_its_holder(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    text = (
        "Richardson had his own opinion on the matter. He provided Wikinews with the text of a "
        "message he sent to AIP vice chairman Mark Seidenberg."
    )
    claims, _ = read_claims(nlp, text, date(2020, 9, 30))
    assert not [c for c in claims if c.type.value == "SUPPLIES" and "seidenberg" in c.object]
    # constructed: "the North Korean leader met Vladimir Putin" is Kim meeting Putin, not Putin
    claims, _ = read_claims(
        nlp, "Kim Jong Un visited Russia. The North Korean leader met Vladimir Putin."
    )
    assert ("person:kim-jong-un", "MEETS", "person:vladimir-putin", "asserted") in triples(claims)


def test_descriptions_the_article_makes_unambiguous(nlp: Language) -> None:
    # constructed extra cases around the real ones above
    cases = {
        "Queen Elizabeth II spoke on Monday. The queen met Emmanuel Macron.": "person:elizabeth-ii",
        "Speaker Nancy Pelosi spoke on Monday. The Speaker criticised Donald Trump.": (
            "person:nancy-pelosi"
        ),
        "Former President Barack Obama spoke on Monday. President Joe Biden visited Ohio. The "
        "former president criticised Donald Trump.": "person:barack-obama",
        "Recep Tayyip Erdoğan spoke in Ankara on Monday. The president of Turkey criticised "
        "Greece.": "person:recep-tayyip-erdogan",
        "Recep Tayyip Erdoğan spoke in Turkey on Monday. The country's president condemned "
        "Israel.": "person:recep-tayyip-erdogan",
        "Narendra Modi spoke on Monday. The Indian Prime Minister criticised Pakistan.": (
            "person:narendra-modi"
        ),
    }
    for text, person in cases.items():
        claims, _ = read_claims(nlp, text)
        assert person in {c.subject for c in claims if c.type.value in ("MEETS", "CRITICIZES")}, (
            text
        )
    # with no holder named, "the Indian Prime Minister" still acts for India
    claims, _ = read_claims(nlp, "The Indian Prime Minister criticised Pakistan.")
    assert ("country:IND", "CRITICIZES", "country:PAK", "asserted") in triples(claims)


def test_a_name_inside_a_quotation_is_no_referent_outside_it(nlp: Language) -> None:
    # constructed: Xi is named only inside Macron's words
    text = (
        'Emmanuel Macron said: "President Xi Jinping is a friend." The president criticised Greece.'
    )
    assert "person:xi-jinping" not in described(nlp, text, "The president", date(2023, 9, 12))


def test_a_name_after_the_titles_comma_holds_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Conservative_Party_wins_majority_in_2019_UK_general_election
    text = (
        "The Labour Party's leader, Jeremy Corbyn announced he will not seek the party's "
        "leadership position in the next general election cycle."
    )
    assert described(nlp, text, "Party's leader", date(2019, 12, 16)) == ["person:jeremy-corbyn"]


def test_a_class_noun_stands_for_the_one_body_whose_name_holds_a_word_of_its_class(
    nlp: Language,
) -> None:
    # our own words: an airline's name says "Air", a bloc's "Union"
    got = events(nlp, "Germany banned Mahan Air on Monday. The airline supplies weapons to Syria.")
    assert ("org:mahan-air", "SUPPLIES", "country:SYR") in got
    got = events(nlp, "The African Union met in Addis Ababa. The bloc criticized Niger's junta.")
    assert any(s == "org:african-union" and t == "CRITICIZES" for s, t, _ in got), got
    # two bodies of the class, named as often: neither
    got = events(
        nlp, "The European Union and the African Union met in Brussels. The bloc criticized Niger."
    )
    assert not any(t == "CRITICIZES" for _, t, _ in got), got


def test_a_state_s_forces_are_of_no_class(nlp: Language) -> None:
    # our own words: an air force is no airline, an army of a state no militia
    got = {
        (c.subject, c.type.value)
        for c in claims_of(
            nlp,
            "The Royal Air Force flew sorties over Yemen. The airline criticized the Houthis.",
        )
    }
    assert not [t for _, t in got if t == "CRITICIZES"], got
    got = events(
        nlp, "The Israel Defense Forces struck Gaza. Later the militia fired rockets at Israel."
    )
    assert ("org:israel-defense-forces", "ATTACKS", "country:ISR") not in got, got

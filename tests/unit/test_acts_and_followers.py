"""Acts named beside their clause or by what no one undergoes, followers of a collective,
membership against joining someone's act, and names the recogniser ran into a quantity.
Sentences are constructed after news copy; names and dates are real, so that the register of
leaders can be read."""

from datetime import date

from extraction_support import read_claims, triples
from spacy.language import Language

DAY = date(2024, 5, 1)


def named(nlp: Language, text: str, day: date = DAY) -> set[tuple[str, str, str]]:
    """(subject, type, object) of every claim but titles and places, modality left out."""
    claims, _ = read_claims(nlp, text, day)
    return {
        (s, t, o)
        for s, t, o, _ in triples(claims)
        if t not in ("LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN")
    }


def test_a_move_judged_beside_its_clause_is_the_clause_subjects(nlp: Language) -> None:
    # "in a move ...": the parser hangs the act on the verb's "in"
    assert named(
        nlp, "North Korea fired two missiles into the sea, in a move condemned by Japan."
    ) == {("country:JPN", "CRITICIZES", "country:PRK")}
    # the parser hangs "a move" on the clause's subject, which an act in apposition does not name
    text = "Iraq's parliament voted to expel US troops from the country, a move backed by Iran."
    assert ("country:IRN", "SUPPORTS", "country:IRQ") in named(nlp, text, date(2020, 1, 5))
    # an act the subject underwent, or a retreat, is no act a stance holds against or for it
    assert (
        named(nlp, "Qasem Soleimani died in a strike condemned by Iran.", date(2020, 1, 3)) == set()
    )
    assert (
        named(nlp, "Russia withdrew its troops from Kherson, in a move welcomed by Ukraine.")
        == set()
    )


def test_an_act_no_one_undergoes_is_its_of_phrases(nlp: Language) -> None:
    assert named(nlp, "Vladimir Putin criticised the expansion of NATO into Eastern Europe.") == {
        ("person:vladimir-putin", "CRITICIZES", "org:nato")
    }
    assert named(nlp, "China criticised the presence of US warships in the South China Sea.") == {
        ("country:CHN", "CRITICIZES", "country:USA")
    }
    # a campaign is run by its "of" phrase
    assert named(nlp, "Barack Obama backed the presidential campaign of Joe Biden.") == {
        ("person:barack-obama", "SUPPORTS", "person:joe-biden")
    }
    # the "of" phrase of a killing or a withdrawal is whom it was done to or who was withdrawn:
    # opposing the withdrawal of the United States is no stance against it
    assert not {t for _, t, _ in named(nlp, "Turkey condemned the killing of Jamal Khashoggi.")}
    assert ("country:POL", "OPPOSES", "country:USA") not in named(
        nlp, "Poland opposed the withdrawal of the United States from Germany."
    )


def test_followers_of_a_collective_act_as_the_collective(nlp: Language) -> None:
    # the opposition has no leader to name its supporters after ("Trump supporters"): they are
    # the opposition of the place they march in
    assert named(
        nlp, "Opposition supporters rallied in Caracas against President Nicolas Maduro."
    ) == {("group:venezuelan-opposition", "OPPOSES", "person:nicolas-maduro")}
    assert named(
        nlp,
        "Thousands of opposition supporters marched in Minsk against Alexander Lukashenko.",
        date(2020, 8, 16),
    ) == {("group:belarusian-opposition", "OPPOSES", "person:alexander-lukashenko")}


def test_joining_someone_in_an_act_is_no_membership(nlp: Language) -> None:
    claims, _ = read_claims(
        nlp, "Mitt Romney joined Democrats in calling for an investigation.", DAY
    )
    assert not [c for c in claims if c.type.value == "AFFILIATED_WITH"]
    claims, _ = read_claims(nlp, "Senator Lindsey Graham joined the Republican Party in 1995.")
    assert ("person:lindsey-graham", "AFFILIATED_WITH", "org:republican-party") in {
        (c.subject, c.type.value, c.object) for c in claims
    }


def test_echoing_a_partys_claim_agrees_with_it(nlp: Language) -> None:
    assert named(
        nlp, "Jair Bolsonaro echoed Donald Trump's claims of election fraud.", date(2020, 11, 9)
    ) == {("person:donald-trump", "AGREES_WITH", "person:jair-bolsonaro")}


def test_a_name_ends_before_the_quantity_it_was_run_into(nlp: Language) -> None:
    claims, res = read_claims(
        nlp, "The European Commission fined Apple 1.8 billion euros on Monday.", DAY
    )
    assert "org:apple" in res.nodes
    assert ("org:european-commission", "SANCTIONS", "org:apple") in {
        (c.subject, c.type.value, c.object) for c in claims
    }
    # the recogniser runs the name on into the euros themselves after another sentence
    doc = nlp("Results were announced. The European Commission fined Apple 1.8 billion euros.")
    assert "Apple" in [e.text for e in doc.ents]
    # a number that is a word of the name stays in it
    for text, name in (
        ("Iran condemned the Fifth Fleet.", "the Fifth Fleet"),
        ("Trump flew on Air Force One.", "Air Force One"),
        ("The Three Gorges Dam opened.", "The Three Gorges Dam"),
    ):
        assert name in [e.text for e in nlp(text).ents]


def test_his_country_is_the_state_this_sentence_titles_him_for(nlp: Language) -> None:
    # a minister the register does not hold: the title in the same sentence says whose he is,
    # though the titles of a sentence are read after its acts
    text = "Iran's foreign minister Javad Zarif said his country would impose sanctions on Canada."
    assert ("country:IRN", "SANCTIONS", "country:CAN") in named(nlp, text, date(2019, 3, 1))
    text = "British Foreign Secretary Dominic Raab said his government would impose sanctions on Russia."
    assert ("country:GBR", "SANCTIONS", "country:RUS") in named(nlp, text, date(2020, 3, 1))


def test_a_partys_members_of_a_chamber_act_for_the_party(nlp: Language) -> None:
    # the label says whose side they vote on; the chamber they sit in does not
    text = (
        "The United States House of Representatives impeached Donald Trump, the president of "
        "the United States. Democratic members of the House voted in favor of the impeachment "
        "of Donald Trump."
    )
    found = named(nlp, text, date(2019, 12, 19))
    assert ("org:democratic-party", "SUPPORTS", "topic:impeachment-of-donald-trump") in found
    assert not {s for s, t, _ in found if t == "SUPPORTS"} - {"org:democratic-party"}


def test_a_bare_issue_recalls_the_act_told_as_a_verb(nlp: Language) -> None:
    # the impeachment is the one the article told, named by its "of" phrase as the text would
    text = (
        "The House of Representatives impeached Donald Trump, the president of the United "
        "States. Democratic members of the House voted in favor of the impeachment."
    )
    assert ("org:democratic-party", "SUPPORTS", "topic:impeachment-of-donald-trump") in named(
        nlp, text, date(2019, 12, 19)
    )
    # an act not done, or a designation, names no issue
    text = "The House did not impeach Barack Obama. Democrats now support the impeachment."
    assert not {o for _, _, o in named(nlp, text, date(2019, 12, 19)) if o.startswith("topic:")}
    # told of no one named, it names nothing
    text = "The House voted to impeach. Democrats voted in favor of the impeachment."
    assert not {o for _, _, o in named(nlp, text, date(2019, 12, 19)) if o.startswith("topic:")}

"""Judgements said of a party and stances a text denies: "China is a threat", "Biden would be a
danger", "I have great respect for Xi", "gave no support to Armenia". Sentences are
constructed after news copy; names and dates are real, so that the register can be read."""

from datetime import date

from extraction_support import claims_of
from spacy.language import Language

DAY = date(2019, 11, 1)


def stances(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(subject, type, object, modality) of every claim but titles and places."""
    return {
        (c.subject, c.type.value, c.object, c.modality.value)
        for c in claims_of(nlp, text, DAY)
        if c.type.value not in ("LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN")
    }


def test_a_party_said_to_be_a_threat_or_a_danger_is_criticised(nlp: Language) -> None:
    assert stances(nlp, '"China is a threat to the whole world," Mike Pompeo said.') == {
        ("person:mike-pompeo", "CRITICIZES", "country:CHN", "reported")
    }
    assert stances(nlp, "Donald Trump said Joe Biden would be a danger to the country.") == {
        ("person:donald-trump", "CRITICIZES", "person:joe-biden", "reported")
    }
    assert stances(nlp, 'Howie Hawkins said the United States is a "failed state".') == {
        ("person:howie-hawkins", "CRITICIZES", "country:USA", "reported")
    }
    # still a label a labelling verb reads, and still no judgement of a party when said of an act
    assert ("person:mike-pompeo", "CRITICIZES", "country:CHN", "asserted") in stances(
        nlp, "Mike Pompeo called China a threat."
    )
    assert stances(nlp, "The attack was a threat to peace, Mike Pompeo said.") == set()
    # what the word stands against, or no one, is no judgement of its subject; a country's
    # disaster is its plight
    for text in (
        "Volodymyr Zelensky said Ivan Bakanov is an enemy of corruption.",
        "Boris Johnson said Britain would be a threat to no one.",
        "Antonio Guterres said Yemen is the world's worst humanitarian disaster.",
    ):
        assert stances(nlp, text) == set(), text


def test_respect_one_has_for_a_party_supports_it(nlp: Language) -> None:
    assert stances(nlp, '"I have great respect for Xi Jinping," Donald Trump said.') == {
        ("person:donald-trump", "SUPPORTS", "person:xi-jinping", "reported")
    }


def test_a_stance_noun_with_no_is_denied(nlp: Language) -> None:
    assert stances(nlp, "Russia gave no support to Armenia.") == {
        ("country:RUS", "SUPPORTS", "country:ARM", "negated")
    }
    assert stances(nlp, "Turkey has no sympathy for Greece.") == {
        ("country:TUR", "SUPPORTS", "country:GRC", "negated")
    }
    assert stances(nlp, "Russia gave support to Armenia.") == {
        ("country:RUS", "SUPPORTS", "country:ARM", "asserted")
    }


def test_the_words_of_crimes_and_of_contempt_judge_whom_they_are_said_of(nlp: Language) -> None:
    text = 'Joe Biden delivered a speech in which he called Donald Trump a "climate arsonist".'
    assert stances(nlp, text) == {
        ("person:joe-biden", "ACCUSES", "person:donald-trump", "asserted")
    }
    assert stances(nlp, "Nancy Pelosi said Donald Trump was a demagogue.") == {
        ("person:nancy-pelosi", "CRITICIZES", "person:donald-trump", "reported")
    }
    assert stances(nlp, "John Ratcliffe said Iran had spread false information.") == {
        ("person:john-ratcliffe", "ACCUSES", "country:IRN", "reported")
    }


def test_criticism_and_accusations_levelled_at_a_party(nlp: Language) -> None:
    assert stances(nlp, "Donald Trump leveled greater criticism at Joe Biden.") == {
        ("person:donald-trump", "CRITICIZES", "person:joe-biden", "asserted")
    }
    assert stances(nlp, "Donald Trump directed accusations at Joe Biden.") == {
        ("person:donald-trump", "ACCUSES", "person:joe-biden", "asserted")
    }

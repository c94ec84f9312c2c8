"""A personal pronoun agrees with its antecedent in sex: "she" is none of the men the sentences
before made their subjects, "he" none of the women. The article tells a person's sex by an
honorific or rank before the name ("Mrs Thatcher", "Queen Elizabeth"); failing that, a first
name the census gives to one sex only does (`data/first_names.json`).

Every sentence is our own, written after the kinds of sentence news copy uses.
"""

from extraction_support import events
from spacy.language import Language


def test_she_is_the_one_woman_of_two_subjects_by_her_first_name(nlp: Language) -> None:
    got = events(
        nlp,
        "Speaker Nancy Pelosi and President Donald Trump spoke by phone on Monday. "
        "She later criticized Russia for the strikes.",
    )
    assert ("person:nancy-pelosi", "CRITICIZES", "country:RUS") in got
    assert ("person:donald-trump", "CRITICIZES", "country:RUS") not in got
    got = events(
        nlp, "Angela Merkel and Emmanuel Macron met in Berlin. He later criticized Russia."
    )
    assert ("person:emmanuel-macron", "CRITICIZES", "country:RUS") in got
    assert ("person:angela-merkel", "CRITICIZES", "country:RUS") not in got


def test_an_honorific_tells_the_sex_a_first_name_does_not(nlp: Language) -> None:
    got = events(
        nlp,
        "Mr Gorbachev and Mrs Thatcher held talks in London on Monday. She later visited Moscow.",
    )
    assert ("person:thatcher", "VISITS", "loc:moscow") in got
    assert ("person:gorbachev", "VISITS", "loc:moscow") not in got


def test_a_pronoun_of_the_other_sex_stands_for_no_one(nlp: Language) -> None:
    got = events(nlp, "Senator Mark Kelly praised the plan on Monday. She also criticized China.")
    assert not any(t == "CRITICIZES" for _, t, _ in got), got


def test_sex_never_chooses_among_names_set_in_the_same_sentence(nlp: Language) -> None:
    # the one whose views they are, not either senator, opposes the plan
    got = events(
        nlp,
        "His views have clashed with those of senators such as Bernie Sanders and Elizabeth "
        "Warren; he has opposed Medicare for All.",
    )
    assert not any(t == "OPPOSES" for _, t, _ in got), got


def test_a_lone_surname_is_no_first_name(nlp: Language) -> None:
    # "Warren" is a man's first name in the census, and here a woman's surname
    got = events(nlp, "Senator Warren spoke in Boston on Monday. She later criticized China.")
    assert ("person:warren", "CRITICIZES", "country:CHN") in got, got


def test_names_that_lead_with_a_surname_or_cross_a_border_tell_no_sex(nlp: Language) -> None:
    # "Li" is a woman's name in the US census, and a surname first in "Li Keqiang"
    got = events(nlp, "Li Keqiang visited Berlin on Monday. He later criticized Japan.")
    assert ("person:li-keqiang", "CRITICIZES", "country:JPN") in got, got
    # "Sheikh" begins women's names too
    got = events(nlp, "Sheikh Hasina visited Delhi on Monday. She later criticized Myanmar.")
    assert ("person:hasina", "CRITICIZES", "country:MMR") in got, got


def test_a_verb_before_a_name_is_no_title(nlp: Language) -> None:
    # "miss" is the verb here, not the honorific
    got = events(nlp, "Republicans said they would miss Joe Biden. He later criticized China.")
    assert ("person:joe-biden", "CRITICIZES", "country:CHN") in got, got

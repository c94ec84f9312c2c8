"""Round 42: agreements named as such. A name ending in "Initiative", "Framework", "Charter" or
"Memorandum" is a measure (a Topic), unless the recogniser knew it for a body; a bare "the
agreement" or "the deal" recalls the one agreement the article named so, when no agreement noun
told one ("Russia and Ukraine signed the Black Sea Grain Initiative ... The United States welcomed
the agreement"), and the one whose name holds the noun when several were named. An agreement
called "a beacon of hope", "a breakthrough" or "a step forward" is praised, not "a first step"
nor "a significant step toward escalation". The sentences are constructed after outlet copy
(`corpus/outlets2`, `corpus/outlets18`) and the review's texts."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_an_agreement_named_as_such_is_the_one_welcomed(nlp: Language) -> None:
    text = (
        "Russia and Ukraine signed the Black Sea Grain Initiative in Istanbul on Friday. "
        "The United States welcomed the agreement."
    )
    found = events(nlp, text, date(2022, 7, 23))
    assert ("country:USA", "SUPPORTS", "topic:black-sea-grain-initiative") in found
    # an agreement lies nowhere
    assert not any(t == "LOCATED_IN" for _, t, _ in found)


def test_a_framework_agreed_is_the_deal_criticised(nlp: Language) -> None:
    text = (
        "Britain and the European Union agreed the Windsor Framework on Monday. "
        "The Democratic Unionist Party criticised the deal."
    )
    found = events(nlp, text, date(2023, 2, 28))
    criticised = {o for _, t, o in found if t == "CRITICIZES"}
    assert criticised == {"topic:windsor-framework"}


def test_a_memorandum_recalls_no_initiative(nlp: Language) -> None:
    text = (
        "Italy joined China's Belt and Road Initiative in 2019. Prime Minister Giorgia Meloni "
        "criticised the memorandum in December."
    )
    found = events(nlp, text, date(2023, 12, 7))
    assert not any(o == "topic:belt-and-road-initiative" for _, t, o in found if t == "CRITICIZES")


def test_an_agreement_called_a_step_forward_is_supported(nlp: Language) -> None:
    text = (
        "Russia and Ukraine signed the Black Sea Grain Initiative in Istanbul on Friday. "
        'UN Secretary-General Antonio Guterres called the accord "a beacon of hope".'
    )
    found = events(nlp, text, date(2022, 7, 23))
    assert ("person:antonio-guterres", "SUPPORTS", "topic:black-sea-grain-initiative") in found
    text = (
        "Ethiopia's government and the TPLF signed the Pretoria Agreement on Wednesday. "
        "Secretary of State Antony Blinken called the agreement a breakthrough."
    )
    found = events(nlp, text, date(2022, 11, 3))
    assert ("person:antony-blinken", "SUPPORTS", "topic:pretoria-agreement") in found


def test_a_first_step_is_no_praise(nlp: Language) -> None:
    text = (
        "Hamas released 13 hostages on Friday under the truce. Israeli Prime Minister Benjamin "
        "Netanyahu called the release a first step."
    )
    found = events(nlp, text, date(2023, 11, 25))
    assert not any(t == "SUPPORTS" for _, t, _ in found)


def test_the_agreement_is_the_one_whose_name_holds_the_word(nlp: Language) -> None:
    text = (
        "The United States rejoined the Paris Agreement in 2021. It never ratified the Kyoto "
        "Protocol. China criticised the agreement."
    )
    found = events(nlp, text, date(2023, 7, 20))
    criticised = {o for s, t, o in found if t == "CRITICIZES" and s == "country:CHN"}
    assert criticised == {"topic:paris-agreement"}


def test_a_body_named_initiative_stays_a_body(nlp: Language) -> None:
    text = (
        "Poland and Croatia founded the Three Seas Initiative in 2016. The Three Seas Initiative "
        "criticised Russia on Tuesday."
    )
    found = events(nlp, text, date(2023, 7, 20))
    assert any(t == "CRITICIZES" and o == "country:RUS" for _, t, o in found)


def test_a_significant_step_is_no_praise(nlp: Language) -> None:
    text = (
        "Russia's decision to deploy nuclear weapons to Belarus was a significant step toward "
        "escalation, Secretary of State Antony Blinken said."
    )
    found = events(nlp, text, date(2023, 3, 26))
    assert not any(t == "SUPPORTS" for _, t, _ in found)

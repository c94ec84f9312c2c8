"""Round 44: warnings read as threats. "warned Tehran not to mistake restraint for weakness"
warns its object off a course, as a that-clause would; a measure said to come back or a benefit
said to be taken away if another does not change course ("the tariffs would snap back if Mexico
failed to deliver", "its aid would be cut if Kigali kept backing the rebels") threatens that
other (CAMEO 13). Not advice to a people, a natural consequence ("gas prices would soar"), nor
a benefit kept. The sentences are constructed after outlet copy (`corpus/outlets5`,
`outlets12`, `outlets14`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_a_party_warned_off_a_course_is_threatened(nlp: Language) -> None:
    text = (
        "National security adviser John Bolton warned Tehran not to mistake American restraint "
        "for weakness."
    )
    found = events(nlp, text, date(2019, 5, 13))
    assert ("person:john-bolton", "THREATENS", "country:IRN") in found


def test_a_people_advised_not_to_travel_is_not_threatened(nlp: Language) -> None:
    found = events(nlp, "Biden warned Americans not to travel to Russia.", date(2022, 2, 14))
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_a_measure_said_to_come_back_threatens_the_one_it_hangs_on(nlp: Language) -> None:
    text = (
        "President Donald Trump warned that the tariffs would snap back very quickly if Mexico "
        "failed to deliver."
    )
    found = events(nlp, text, date(2019, 6, 8))
    assert ("person:donald-trump", "THREATENS", "country:MEX") in found


def test_a_benefit_said_to_be_cut_threatens_the_one_it_hangs_on(nlp: Language) -> None:
    text = (
        "Britain said its assistance to Rwanda would be cut if Kigali continued to back the "
        "M23 rebels."
    )
    found = events(nlp, text, date(2023, 2, 10))
    assert ("country:GBR", "THREATENS", "country:RWA") in found


def test_a_natural_consequence_or_a_benefit_kept_is_no_threat(nlp: Language) -> None:
    text = (
        "Germany warned that gas prices would soar if Russia cut supplies. Biden said the "
        "sanctions relief would not be reversed even if Caracas delayed the vote."
    )
    found = events(nlp, text, date(2023, 10, 20))
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_a_state_with_a_plural_name_warned_off_is_threatened(nlp: Language) -> None:
    text = "Saudi Arabia warned the United Arab Emirates not to interfere in Yemen."
    found = events(nlp, text, date(2025, 12, 30))
    assert ("country:SAU", "THREATENS", "country:ARE") in found


def test_a_class_of_persons_warned_off_is_not_threatened(nlp: Language) -> None:
    text = "China warned Chinese students not to study in Australia."
    found = events(nlp, text, date(2020, 6, 9))
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_another_s_measure_or_another_s_benefit_is_no_threat_of_the_speaker(
    nlp: Language,
) -> None:
    # the European Union would cut the aid, not Blinken's side; the funding lost is Ukraine's
    # own; the sanctions are Western, said in Moscow; the aid goes to Gaza, not to Hamas
    text = (
        "Secretary of State Antony Blinken warned that if Egypt did not release the activists, "
        "the European Union would suspend aid. President Volodymyr Zelensky warned that if "
        "Hungary blocked the package, Ukraine's funding would be cut. The Kremlin said Western "
        "sanctions would return if Ukraine violated the ceasefire. Israel said aid to Gaza "
        "would be halted if Hamas refused the proposal."
    )
    found = events(nlp, text, date(2024, 2, 1))
    assert not any(t == "THREATENS" for _, t, _ in found)

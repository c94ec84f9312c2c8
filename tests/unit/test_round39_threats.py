"""Round 39: threats said as what a party will do, or what will answer another's course. A
measure or force a speaker's side "would" or "could" bring if another party keeps to a course
threatens that party, whatever the verb of the measure ("would suspend its support if", "could
retaliate with a ban if", "would respond if"); so does answering a party by name ("would respond
to any attack by NATO"). A party's act said to be met with force, answered, or taken as an act
of war threatens its actor. The sentences are constructed after outlet copy (`corpus/outlets2`,
`corpus/outlets3`, `corpus/outlets4`, `corpus/outlets12`, `corpus/outlets13`,
`corpus/outlets15`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language

DAY = date(2023, 6, 1)


def test_a_measure_tied_to_another_course_threatens_the_party_of_the_course(
    nlp: Language,
) -> None:
    text = (
        "EU foreign policy chief Josep Borrell warned that the bloc would impose sanctions if "
        "Russia did not restore the constitutional order."
    )
    assert ("person:josep-borrell", "THREATENS", "country:RUS") in events(nlp, text, DAY)


def test_answering_a_course_threatens_its_party(nlp: Language) -> None:
    text = (
        "President Joe Biden said the United States would respond if Russia continued to "
        "violate basic norms."
    )
    assert ("person:joe-biden", "THREATENS", "country:RUS") in events(nlp, text, DAY)


def test_a_possibility_tied_to_a_course_is_a_threat(nlp: Language) -> None:
    text = "Foreign Minister Dmytro Kuleba said Ukraine could retaliate if Poland kept the ban."
    assert ("person:dmytro-kuleba", "THREATENS", "country:POL") in events(nlp, text, DAY)


def test_a_possibility_without_a_course_is_no_threat(nlp: Language) -> None:
    text = "Foreign Minister Dmytro Kuleba said Ukraine could impose tariffs on Polish goods."
    found = events(nlp, text, DAY)
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_attacks_from_a_state_name_whose_course_it_is(nlp: Language) -> None:
    text = (
        "Defence Minister Khawaja Asif told a local television channel on Monday that Pakistan "
        "would strike again if attacks launched from Afghan territory continued."
    )
    assert ("person:khawaja-asif", "THREATENS", "country:AFG") in events(nlp, text, DAY)


def test_a_friendly_course_answered_is_no_threat(nlp: Language) -> None:
    text = "Prime Minister Rishi Sunak said Britain would respond to the proposal from France."
    found = events(nlp, text, DAY)
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_answering_a_party_by_name_threatens_it(nlp: Language) -> None:
    text = "Russian Foreign Minister Sergey Lavrov warned that Russia would respond to NATO."
    found = events(nlp, text, DAY)
    assert ("person:sergey-lavrov", "THREATENS", "org:nato") in found


def test_an_act_met_with_fire_threatens_its_actor(nlp: Language) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu said any attack by Hezbollah would be met "
        "with fire."
    )
    assert ("person:benjamin-netanyahu", "THREATENS", "org:hezbollah") in events(nlp, text, DAY)


def test_an_act_answered_threatens_the_state_of_its_adjective(nlp: Language) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan said any Syrian attack on Turkish soldiers "
        "would be answered immediately."
    )
    found = events(nlp, text, DAY)
    assert ("person:recep-tayyip-erdogan", "THREATENS", "country:SYR") in found


def test_an_act_taken_as_war_threatens_its_actor(nlp: Language) -> None:
    text = (
        "Mali warned that any intervention in Niger by ECOWAS would be treated as a declaration "
        "of war."
    )
    found = events(nlp, text, DAY)
    assert any(s == "country:MLI" and t == "THREATENS" for s, t, _ in found)


def test_an_act_met_with_applause_is_no_threat(nlp: Language) -> None:
    text = "Prime Minister Rishi Sunak said the visit by Macron would be met with applause."
    found = events(nlp, text, DAY)
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_an_act_not_answered_is_no_threat(nlp: Language) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu said any attack by Hezbollah would not be "
        "met with fire."
    )
    found = events(nlp, text, DAY)
    assert not any(t == "THREATENS" for _, t, _ in found)


def test_a_friendly_answer_is_no_threat(nlp: Language) -> None:
    texts = [
        "Foreign Minister Hossein Amir-Abdollahian said Tehran would respond positively if "
        "Washington returned to the nuclear deal.",
        "Chancellor Olaf Scholz said Germany would respond with aid if Ukraine asked for more.",
        "President Recep Tayyip Erdogan said Turkey would act as a mediator if Russia agreed.",
        "President Luiz Inacio Lula da Silva said Brazil would respond to the US request after "
        "consultations.",
    ]
    _no_threat(nlp, texts)


def test_a_deal_or_a_relief_tied_to_a_course_is_no_threat(nlp: Language) -> None:
    texts = [
        "President Joe Biden said the United States would strike a deal with Iran if Tehran "
        "returned to compliance.",
        "Secretary of State Antony Blinken said the United States would suspend sanctions on "
        "Venezuela if Nicolas Maduro allowed fair elections.",
    ]
    _no_threat(nlp, texts)


def test_help_withheld_if_a_course_goes_on_is_a_threat(nlp: Language) -> None:
    text = (
        "EU foreign policy chief Josep Borrell warned that the European Union would suspend its "
        "financial support if Russia did not restore the constitutional order."
    )
    assert ("person:josep-borrell", "THREATENS", "country:RUS") in events(nlp, text, DAY)


def test_a_request_answered_or_an_offer_welcomed_is_no_threat(nlp: Language) -> None:
    texts = [
        "Chinese Foreign Ministry spokesman Wang Wenbin said the request by Ukraine would be "
        "answered within days.",
        "Kremlin spokesman Dmitry Peskov said the offer by France would be met with a positive "
        "response.",
        "White House spokesman John Kirby said any Iranian attack on Israel would be met with a "
        "response from Israel.",
    ]
    _no_threat(nlp, texts)


def test_an_act_met_with_a_firm_response_threatens_its_actor(nlp: Language) -> None:
    text = (
        "South Korean President Yoon Suk Yeol said any provocation by North Korea would be met "
        "with a firm response."
    )
    assert ("person:yoon-suk-yeol", "THREATENS", "country:PRK") in events(nlp, text, DAY)


def _no_threat(nlp: Language, texts: list[str]) -> None:
    for text in texts:
        assert not any(t == "THREATENS" for _, t, _ in events(nlp, text, DAY)), text

"""Round 43: answers promised. An answer a side promises to no one named threatens the one whose
act it answers: "Moscow would take retaliatory measures" after Germany expelled its diplomats,
"the Emirates reserved the right to respond" after a Houthi strike on Abu Dhabi, "the killing
will not go unpunished", "Turkey will respond as it sees fit". Not an answer tied to a
condition, one aimed at its own target, a mild one, or one others forecast. The sentences are
constructed after outlet copy (`corpus/outlets11`, `outlets13`, `outlets17`, `outlets19`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_retaliatory_measures_answer_the_act_judged(nlp: Language) -> None:
    text = (
        "Germany expelled two Russian diplomats on Wednesday. The Russian foreign ministry "
        "called the expulsions groundless and warned that Moscow would take retaliatory measures."
    )
    found = events(nlp, text, date(2019, 12, 5))
    assert ("country:RUS", "THREATENS", "country:DEU") in found


def test_a_right_to_respond_reserved_threatens_the_attacker(nlp: Language) -> None:
    text = (
        "Houthi drones struck an oil depot in Abu Dhabi on Monday, killing three workers. "
        "The UAE said it reserved the right to respond."
    )
    found = events(nlp, text, date(2022, 1, 18))
    assert ("country:ARE", "THREATENS", "org:houthis") in found


def test_an_answer_in_the_speaker_s_own_manner_threatens(nlp: Language) -> None:
    text = (
        "The United States imposed sanctions on Turkey's defence industry on Monday. "
        '"Turkey will respond as it sees fit and when it sees fit," the Turkish foreign '
        "ministry said in a statement."
    )
    found = events(nlp, text, date(2020, 12, 15))
    assert ("country:TUR", "THREATENS", "country:USA") in found


def test_the_party_accused_in_the_sentence_is_the_one_answered(nlp: Language) -> None:
    # not whoever last struck Russia: the one its minister accuses as he warns
    text = (
        "Ukraine fired American missiles at a Russian arms depot on Tuesday. Foreign Minister "
        "Sergey Lavrov accused the United States of escalating the conflict and warned that "
        'Russia would respond "appropriately".'
    )
    found = events(nlp, text, date(2024, 11, 19))
    assert ("person:sergey-lavrov", "THREATENS", "country:USA") in found
    assert not any(t == "THREATENS" and o == "country:UKR" for _, t, o in found)


def test_an_act_that_will_not_go_unpunished_threatens_its_actor(nlp: Language) -> None:
    text = (
        "Israel killed the Hamas leader Ismail Haniyeh in Tehran on Wednesday. "
        "Hamas vowed that the killing would not go unpunished."
    )
    found = events(nlp, text, date(2024, 7, 31))
    assert ("org:hamas", "THREATENS", "country:ISR") in found
    # the leader killed is Hamas's own: no threat to him
    assert not any(t == "THREATENS" and o == "person:ismail-haniyeh" for _, t, o in found)


def test_a_step_left_unanswered_is_no_threat_to_the_one_who_answers(nlp: Language) -> None:
    text = (
        "Lithuania banned the transit of sanctioned goods to Kaliningrad on Saturday. Nikolai "
        "Patrushev said Moscow would not leave this hostile step unanswered."
    )
    found = events(nlp, text, date(2022, 6, 21))
    assert not any(t == "THREATENS" and o == "country:RUS" for _, t, o in found)


def test_no_threat_from_a_mild_conditional_aimed_or_forecast_answer(nlp: Language) -> None:
    texts = [
        # mild: no manner that threatens
        "Germany expelled two Russian diplomats on Wednesday. The Kremlin said Russia would "
        "respond after studying the decision.",
        # tied to a condition, here one of no party's course
        "Germany expelled two Russian diplomats on Wednesday. The Kremlin said Russia would "
        "respond appropriately if it were attacked.",
        # aimed at something of its own
        "Germany expelled two Russian diplomats on Wednesday. The Kremlin said Russia would "
        "respond appropriately to questions from reporters.",
        # forecast by others
        "Germany expelled two Russian diplomats on Wednesday. Russia will retaliate, analysts "
        "said.",
    ]
    for text in texts:
        found = events(nlp, text, date(2019, 12, 5))
        assert not any(t == "THREATENS" for _, t, _ in found), text


def test_a_body_whose_state_is_not_named_is_answered_without_failing(nlp: Language) -> None:
    # the review's crash: the European Commission's parent body is named nowhere
    text = (
        "Hungary's Prime Minister Viktor Orban criticised the European Commission for freezing "
        "funds and said Budapest would hit back."
    )
    found = events(nlp, text, date(2022, 12, 13))
    assert any(t == "THREATENS" and o == "org:european-commission" for _, t, o in found)


def test_a_spokeswoman_promising_her_state_s_answer_threatens(nlp: Language) -> None:
    text = (
        "The United States imposed new sanctions on Russian banks on Friday. Russian Foreign "
        "Ministry spokeswoman Maria Zakharova said Moscow would respond firmly."
    )
    found = events(nlp, text, date(2022, 4, 8))
    assert any(t == "THREATENS" and o == "country:USA" for _, t, o in found)


def test_no_threat_from_others_words_of_an_answer(nlp: Language) -> None:
    texts = [
        # a forecast
        "The United States imposed sanctions on Iran on Monday. Iran would take retaliatory "
        "measures, analysts predicted.",
        # a question put
        "Russia struck Ukrainian energy infrastructure overnight. Asked whether Ukraine would "
        "hit back, Foreign Minister Dmytro Kuleba declined to answer.",
        # a third party's word of another's answer
        "Hamas attacked Israel on October 7. US President Joe Biden said Israel would take "
        "retaliatory measures.",
    ]
    for text in texts:
        found = events(nlp, text, date(2023, 10, 10))
        assert not any(t == "THREATENS" for _, t, _ in found), text


def test_an_act_of_the_side_s_own_people_is_answered_at_home(nlp: Language) -> None:
    text = (
        "Azerbaijan shelled Armenian positions on Monday. On Tuesday, Armenian protesters "
        "attacked a police station in Yerevan. Armenian Prime Minister Nikol Pashinyan said "
        "this would not go unpunished."
    )
    found = events(nlp, text, date(2024, 6, 12))
    assert not any(s == "person:nikol-pashinyan" and t == "THREATENS" for s, t, _ in found)


def test_review_of_the_whole_change_answers(nlp: Language) -> None:
    # a request that will not go unanswered is no act against the side
    found = events(
        nlp,
        "Ukraine asked the United States for more air defence systems. Biden said Ukraine's "
        "request would not go unanswered.",
        date(2024, 4, 10),
    )
    assert not any(t == "THREATENS" for _, t, _ in found)
    # mirror measures, a compound, answer as retaliatory ones do
    found = events(
        nlp,
        "Germany expelled two Russian diplomats on Monday. Moscow said it would take mirror "
        "measures.",
        date(2024, 4, 10),
    )
    assert ("country:RUS", "THREATENS", "country:DEU") in found
    # a side named nowhere as a node (the review's fuzzed text): the article is read, not failed
    found = events(
        nlp,
        "Thailand and Cambodia clashed along their border. Cambodia defended the tariffs it "
        "imposed on Canada. the Islamic Revolutionary Guard Corps said the attack would not go "
        "unpunished.",
        date(2024, 4, 10),
    )
    assert ("country:KHM", "SANCTIONS", "country:CAN") in found

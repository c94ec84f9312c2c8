"""Round 45: the act a judgment names, recalled further. An act the opening names by its owner
("the Taliban's decision to bar women") is the one "the move" or "the order" recalls later; a
stance noun's phrase the parser hangs on the verb that carries it ("expressed dismay at the
decision") is read as the noun's; what one side says another did is its charge, not the story's
act; an attack a side judges is not its own; a state of things that lasted years is no move;
words of judgment the lexicon lacked ("disproportionate"). The sentences are constructed after
outlet copy (`corpus/outlets4`, `outlets21`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_an_act_the_opening_names_by_its_owner_is_the_move_judged(nlp: Language) -> None:
    text = (
        "Türkiye has condemned the Taliban's decision to bar women from universities in "
        "Afghanistan. Students said they were turned away at the gates. Qatar criticised the "
        "move."
    )
    found = events(nlp, text, date(2022, 12, 21))
    assert ("country:QAT", "CRITICIZES", "org:taliban") in found


def test_a_criticised_order_recalls_the_opening_act_too(nlp: Language) -> None:
    text = (
        "Türkiye has condemned the Taliban's decision to bar women from universities in "
        "Afghanistan. Students said they were turned away at the gates. UN Secretary-General "
        'Antonio Guterres was "deeply troubled" by the order, his spokesman said.'
    )
    found = events(nlp, text, date(2022, 12, 21))
    assert ("person:antonio-guterres", "CRITICIZES", "org:taliban") in found


def test_a_stance_noun_s_phrase_on_its_verb_is_the_noun_s(nlp: Language) -> None:
    # the parser hangs "at the decision" on "expressed", not on "dismay"
    text = (
        "The Taliban on Tuesday barred women from universities in Afghanistan. Saudi Arabia "
        'expressed "dismay and regret" at the decision.'
    )
    found = events(nlp, text, date(2022, 12, 21))
    assert ("country:SAU", "CRITICIZES", "org:taliban") in found


def test_what_one_side_says_another_did_is_no_act_of_the_story(nlp: Language) -> None:
    text = (
        "Rwanda has cut diplomatic ties with Belgium and given Belgian diplomats 48 hours to "
        "leave. Rwanda's foreign ministry said Belgium had spent months campaigning to cut "
        "Rwanda off from international financing. Belgium condemned the move."
    )
    found = events(nlp, text, date(2025, 3, 17))
    assert ("country:BEL", "CRITICIZES", "country:RWA") in found


def test_an_attack_a_side_judges_is_the_other_side_s(nlp: Language) -> None:
    text = (
        "India launched military strikes on Pakistan early Wednesday. Pakistan's military said "
        "it had shot down five Indian fighter jets. Prime Minister Shehbaz Sharif called the "
        'attack a "cowardly act of aggression".'
    )
    found = events(nlp, text, date(2025, 5, 7))
    assert ("person:shehbaz-sharif", "CRITICIZES", "country:IND") in found
    assert ("person:shehbaz-sharif", "CRITICIZES", "country:PAK") not in found


def test_what_went_on_for_years_and_a_request_are_no_move(nlp: Language) -> None:
    text = (
        "The Taliban on Tuesday barred women from universities. Qatar urged Kabul to review the "
        "decision. Doha hosted the group's political office for years. The Organisation of "
        "Islamic Cooperation said its Secretary-General, Hissein Brahim Taha, was "
        '"profoundly disappointed" by the move.'
    )
    found = events(nlp, text, date(2022, 12, 21))
    assert not any(t == "CRITICIZES" and o == "country:QAT" for _, t, o in found)
    assert ("person:hissein-brahim-taha", "CRITICIZES", "org:taliban") in found


def test_a_coup_is_not_recalled_as_the_opening_side_s_act(nlp: Language) -> None:
    text = (
        "The general who led last week's military takeover in Gabon was sworn in on Monday, as "
        "the African Union moved to isolate the country. France condemned the coup."
    )
    found = events(nlp, text, date(2023, 9, 4))
    assert not any(o == "org:african-union" for s, t, o in found if t == "CRITICIZES")


def test_a_measure_called_disproportionate_is_criticised(nlp: Language) -> None:
    text = (
        'Rwanda has cut diplomatic ties with Belgium. Belgium called the move "disproportionate".'
    )
    found = events(nlp, text, date(2025, 3, 17))
    assert ("country:BEL", "CRITICIZES", "country:RWA") in found


def test_the_remarks_are_not_recalled_from_the_opening(nlp: Language) -> None:
    # the remarks judged are most often a reaction's, told after the opening act
    text = (
        "North Korean leader Kim Jong Un threatened to attack South Korea. US Defense "
        "Secretary Lloyd Austin said Washington would respond with overwhelming force. China "
        "called the remarks unhelpful."
    )
    found = events(nlp, text, date(2023, 6, 1))
    assert not any(s == "country:CHN" and o == "country:PRK" for s, t, o in found)


def test_a_stance_noun_told_before_is_a_reaction_not_the_act(nlp: Language) -> None:
    text = (
        "China imposed sanctions on three U.S. defence firms. Taiwan expressed outrage over "
        "the step. Washington voiced regret at the decision."
    )
    found = events(nlp, text, date(2023, 6, 1))
    assert ("country:USA", "CRITICIZES", "country:TWN") not in found


def test_strikes_since_a_day_are_an_act_and_a_request_before_is_none(nlp: Language) -> None:
    found = events(
        nlp,
        "Israel has carried out strikes on Gaza since Saturday. Egypt condemned the move.",
        date(2023, 10, 10),
    )
    assert ("country:EGY", "CRITICIZES", "country:ISR") in found
    found = events(
        nlp,
        "Qatar urged Kabul to reverse the ban on girls' education. The UN condemned the move.",
        date(2022, 12, 21),
    )
    assert not any(t == "CRITICIZES" and o == "country:QAT" for _, t, o in found)


def test_a_policy_named_as_a_circumstance_is_no_opening_act(nlp: Language) -> None:
    text = (
        "Tehran raised fuel prices by 50 percent on Friday amid growing pressure from US "
        "policy. Protests broke out in several cities. Russia criticised the decision."
    )
    found = events(nlp, text, date(2019, 11, 16))
    assert ("country:RUS", "CRITICIZES", "country:IRN") in found

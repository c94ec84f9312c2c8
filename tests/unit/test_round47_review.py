"""Round 47: the review's mends. A helper ran 294 constructed texts through the old and new
readings of parts 1 to 3; these are the wrong ones it found, now mended: troops threatened or
sent while the sentence tells an offensive or an invasion supply no one; "war games" tell no
war; "its" on a course a party is told to end is that party's."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_troops_sent_during_an_offensive_supply_no_one(nlp: Language) -> None:
    text = (
        "Azerbaijan deployed troops to Nagorno-Karabakh during its offensive against Armenian "
        "separatists."
    )
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2023, 9, 20)))


def test_troops_threatened_supply_no_one(nlp: Language) -> None:
    text = "Trump threatened to deploy troops to Mexico to fight drug cartels."
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2025, 3, 1)))


def test_troops_pledged_are_a_planned_supply(nlp: Language) -> None:
    text = "Biden pledged to deploy more American troops to Poland."
    assert ("country:USA", "SUPPLIES", "country:POL") in events(nlp, text, date(2022, 3, 1))


def test_war_games_tell_no_war(nlp: Language) -> None:
    text = "The Russia-Ukraine war games held by Belarus alarmed Kyiv."
    assert not any(t == "ATTACKS" for s, t, o in events(nlp, text, date(2023, 3, 1)))


def test_its_course_to_end_is_the_enders(nlp: Language) -> None:
    text = "The United Nations demanded that Russia end its invasion of Ukraine."
    assert ("country:RUS", "ATTACKS", "country:UKR") in events(nlp, text, date(2022, 3, 2))
    text = (
        "South Africa is asking the court to order Israel to suspend its military operations "
        "in Gaza."
    )
    found = events(nlp, text, date(2024, 1, 11))
    assert not any(t == "ATTACKS" and s == "country:ZAF" for s, t, o in found)

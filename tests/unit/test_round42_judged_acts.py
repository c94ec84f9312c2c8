"""Round 42: acts of force judged by the noun that recalls them. Welcoming an act of force
recalled supports its actor, and meets no one ("The United States killed Iran's top general in a
drone strike ... Israel welcomed the strike"); an attack told of no one among the parties and
places the opening named ("missiles struck a playground in the capital") is the main act told
again, no rival to it. The sentences are constructed after outlet copy (`corpus/outlets16`,
`corpus/outlets18`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_welcoming_a_strike_supports_the_striker(nlp: Language) -> None:
    text = (
        "The United States killed Iran's top general in a drone strike in Baghdad on Friday. "
        "Israel welcomed the strike. Iran condemned the strike."
    )
    found = events(nlp, text, date(2020, 1, 4))
    assert ("country:ISR", "SUPPORTS", "country:USA") in found
    assert ("country:IRN", "CRITICIZES", "country:USA") in found
    assert not any(s == "country:ISR" and t == "MEETS" for s, t, _ in found)


def test_an_operation_its_own_clause_tells_is_no_act_recalled(nlp: Language) -> None:
    text = (
        "The United States carried out an airstrike in Somalia on Monday. An intelligence "
        "report concluded that the crown prince approved the operation in which Khashoggi "
        "was killed."
    )
    found = events(nlp, text, date(2021, 3, 1))
    assert not any(t == "SUPPORTS" and o == "country:USA" for _, t, o in found)


def test_an_attack_told_of_no_one_is_no_rival_to_the_main_act(nlp: Language) -> None:
    text = (
        "Russia pounded Kyiv and cities across Ukraine with a barrage of missiles on Monday, "
        "killing at least 14 people. Millions of people lost power in several regions. "
        "Ukraine's air defenses shot down 43 of the missiles. "
        "Missiles struck a playground near government buildings in the capital. "
        "US President Joe Biden condemned the strikes."
    )
    found = events(nlp, text, date(2022, 10, 10))
    assert ("person:joe-biden", "CRITICIZES", "country:RUS") in found


def test_an_attack_told_of_no_one_on_the_attacker_s_ground_is_a_rival(nlp: Language) -> None:
    # the review's case: rockets that hit the main attacker's own ground are another's attack
    text = (
        "Israel bombarded Gaza on Saturday, killing dozens of people. Gaza's health ministry "
        "said at least 40 had died. Rockets hit Israel on Sunday. The European Union condemned "
        "the strikes."
    )
    found = events(nlp, text, date(2023, 10, 10))
    assert not any(t == "CRITICIZES" for _, t, _ in found)

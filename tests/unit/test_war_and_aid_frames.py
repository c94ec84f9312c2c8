"""Kinds of news sentences read in round 22: fighting a party, supplies sent to a capital or
with their recipient hung on what is sent, stances on an act named by its label, and refusing
to tolerate; with the look-alikes each must leave alone.

Every sentence is constructed after outlet copy; none is copied from an outlet.
"""

from extraction_support import events
from spacy.language import Language


def test_fighting_a_body_is_an_attack_each_side_makes(nlp: Language) -> None:
    got = events(nlp, "Israel is fighting Hamas in Gaza.")
    assert ("country:ISR", "ATTACKS", "org:hamas") in got
    assert ("org:hamas", "ATTACKS", "country:ISR") in got
    got = events(nlp, "Ukraine has fought Russia for three years.")
    assert ("country:UKR", "ATTACKS", "country:RUS") in got


def test_a_fight_in_court_or_with_a_person_is_no_attack(nlp: Language) -> None:
    assert not events(nlp, "Google is fighting the European Union in court.")
    assert not events(nlp, "The company battled the European Commission through the courts.")
    # politics: a person fought is no target of force
    assert not any(
        t == "ATTACKS" for _, t, _ in events(nlp, "Trump fought Congress over the wall.")
    )


def test_supplies_sent_to_a_capital_go_to_its_state(nlp: Language) -> None:
    got = events(nlp, "Washington has provided billions of dollars in military aid to Kyiv.")
    assert ("country:USA", "SUPPLIES", "country:UKR") in got
    assert ("country:DEU", "SUPPLIES", "country:UKR") in events(nlp, "Berlin sent tanks to Kyiv.")


def test_the_recipient_hung_on_what_is_supplied_is_the_verbs(nlp: Language) -> None:
    # the parser hangs "to Ukraine" on "euros", not on "pledged"
    got = events(nlp, "Germany pledged an additional 500 million euros to Ukraine.")
    assert ("country:DEU", "SUPPLIES", "country:UKR") in got
    got = events(nlp, "The EU allocated 50 billion euros to Ukraine.")
    assert ("org:european-union", "SUPPLIES", "country:UKR") in got


def test_a_stance_on_a_labelled_act_is_on_its_actor(nlp: Language) -> None:
    got = events(nlp, "The UN denounced the Israeli bombardment of Gaza.")
    assert ("org:united-nations", "CRITICIZES", "country:ISR") in got
    got = events(nlp, "Iran denounced the Israeli assassination of Haniyeh.")
    assert ("country:IRN", "CRITICIZES", "country:ISR") in got
    assert ("country:PAK", "CRITICIZES", "country:IND") in events(
        nlp, "Pakistan condemned the Indian raid."
    )


def test_refusing_to_tolerate_or_accept_is_opposition(nlp: Language) -> None:
    got = events(
        nlp, "The United States will not tolerate Chinese aggression in the South China Sea."
    )
    assert ("country:USA", "OPPOSES", "country:CHN") in got
    got = events(nlp, "Hamas did not accept Egypt's proposal.")
    assert ("org:hamas", "OPPOSES", "country:EGY") in got
    assert not any(t == "AGREES_WITH" for _, t, _ in got)
    # accepted, it stays agreement
    got = events(nlp, "Turkey accepted Sweden's bid.")
    assert not any(t == "OPPOSES" for _, t, _ in got)

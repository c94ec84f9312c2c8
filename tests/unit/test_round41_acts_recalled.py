"""Round 41: acts recalled by the noun a judge names them with. Arms fired are a launch ("North
Korea fired a ballistic missile over Japan ... Yoon called the launch a grave provocation"); a
demolition is of what was demolished; an envoy summoned by the title "chargé d'affaires" is a
sender's envoy, and one who serves at a state's embassy is that state's. The sentences are constructed after
outlet copy (`corpus/outlets`, `corpus/outlets6`, `corpus/outlets7`, `corpus/outlets13`,
`corpus/outlets14`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_arms_fired_are_the_launch_judged(nlp: Language) -> None:
    text = (
        "North Korea fired a ballistic missile over Japan early Tuesday. South Korean President "
        'Yoon Suk Yeol called the launch "a grave provocation."'
    )
    found = events(nlp, text, date(2022, 10, 4))
    assert ("person:yoon-suk-yeol", "CRITICIZES", "country:PRK") in found


def test_a_launch_of_no_arms_recalls_nothing(nlp: Language) -> None:
    text = (
        "China fired a warning shot across the bow of a fishing boat. India condemned the launch "
        "of its new satellite programme."
    )
    found = events(nlp, text, date(2022, 10, 4))
    assert not any(t == "CRITICIZES" and o == "country:CHN" for _, t, o in found)


def test_a_demolition_is_of_what_was_demolished(nlp: Language) -> None:
    text = (
        "North Korea demolished the inter-Korean liaison office in Kaesong on Tuesday. South "
        'Korea\'s Unification Ministry called the demolition "an outrageous act."'
    )
    found = events(nlp, text, date(2020, 6, 16))
    assert any(t == "CRITICIZES" and o == "country:PRK" for _, t, o in found)


def test_a_charge_d_affaires_is_the_sender_s_envoy(nlp: Language) -> None:
    found = events(
        nlp,
        "On Monday, the Russian Foreign Ministry summoned Lithuania's chargé d'affaires, "
        "Virginija Umbrasiene, and demanded that the restrictions be lifted at once.",
        date(2022, 6, 20),
    )
    assert ("person:virginija-umbrasiene", "AFFILIATED_WITH", "country:LTU") in found
    found = events(
        nlp,
        "Brazil's Foreign Ministry had summoned Gabriel Escobar, the chargé d'affaires at the "
        "U.S. Embassy in Brasília, to protest a statement.",
        date(2022, 11, 9),
    )
    criticised = {o for _, t, o in found if t == "CRITICIZES"}
    assert criticised == {"country:USA"}

"""Round 40: whose act a judgment is on, when the copy names it by what the judge calls it or
by a bare "the government". "Condemned what it called the Belarusian government's cruel
exploitation" is on Belarus; a stance of support on what it calls one party's commitment to
another is not on the first. A bare "the government" that a party or the opposition of one
state acts on is that state's; not when an officeholder of another state acts on it. The
sentences are constructed after outlet copy (`corpus/outlets6`, `corpus/outlets13`,
`corpus/outlets15`, `corpus/outlets16`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language

DAY = date(2024, 1, 10)


def test_the_owner_of_what_a_judge_names_is_judged(nlp: Language) -> None:
    text = (
        "The US State Department condemned what it called the Belarusian government's cruel "
        "exploitation of vulnerable people."
    )
    found = events(nlp, text, date(2021, 11, 9))
    assert ("org:united-states-department-of-state", "CRITICIZES", "country:BLR") in found


def test_support_for_what_one_calls_a_partys_commitment_is_not_on_it(nlp: Language) -> None:
    text = (
        "President Joe Biden reaffirmed what he called America's ironclad commitment to "
        "Israel's security."
    )
    found = events(nlp, text, date(2024, 4, 14))
    assert ("person:joe-biden", "SUPPORTS", "country:USA") not in found


def test_a_party_of_one_state_acts_on_its_own_government(nlp: Language) -> None:
    text = (
        "The Maldives has asked India to withdraw its troops. The Maldivian Democratic Party "
        "criticized the government."
    )
    found = events(nlp, text, DAY)
    assert ("org:maldivian-democratic-party", "CRITICIZES", "country:MDV") in found


def test_a_foreign_officeholder_does_not_act_on_his_own_government(nlp: Language) -> None:
    text = (
        "Lebanon's economy collapsed last year. French Foreign Minister Jean-Yves Le Drian "
        "traveled to Beirut and publicly scolded the government for failing to carry out "
        "reforms."
    )
    found = events(nlp, text, date(2020, 8, 6))
    assert ("person:jean-yves-le-drian", "CRITICIZES", "country:FRA") not in found

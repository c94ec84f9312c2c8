"""Round 47: acts a charge or a condemnation labels. "Condemned the attack as an Israeli 'act of
terrorism'", "denounced the explosions as a criminal Israeli aggression", "called the collision a
dangerous escalation by Russia": the party the predicate labels the act with is the one
criticised, as "condemned the Israeli attack" reads. "Has accused North Korea for months of
supplying Russia": the charge the parser hangs on the phrase of time is still the charge. A verb
whose sense needs a particular object keeps needing it inside a charge ("accused Beijing of
sending drones to Russia" sends no invitation). The sentences are constructed after outlet copy
(`corpus/outlets`, `outlets2`, `outlets7`, `outlets19`)."""

from datetime import date

from extraction_support import claims_of, events, triples
from spacy.language import Language


def test_the_party_an_act_is_labelled_with_is_criticised(nlp: Language) -> None:
    text = (
        "In Tehran, the Foreign Ministry spokesman, Nasser Kanaani, condemned the attack as an "
        'Israeli "act of terrorism."'
    )
    found = events(nlp, text, date(2024, 9, 18))
    assert any(t == "CRITICIZES" and o == "country:ISR" for s, t, o in found)
    text = (
        "Lebanon's caretaker prime minister, Najib Mikati, denounced the explosions as "
        '"a criminal Israeli aggression."'
    )
    found = events(nlp, text, date(2024, 9, 18))
    assert any(t == "CRITICIZES" and o == "country:ISR" for s, t, o in found)


def test_an_act_by_a_party_labels_it(nlp: Language) -> None:
    text = 'Kanaani condemned the strikes as "another strategic mistake" by Washington.'
    found = events(nlp, text, date(2024, 2, 3))
    assert any(t == "CRITICIZES" and o == "country:USA" for s, t, o in found)


def test_a_violation_of_ones_own_sovereignty_labels_no_one(nlp: Language) -> None:
    text = "Mogadishu condemned the memorandum as a violation of its sovereignty."
    found = events(nlp, text, date(2024, 1, 2))
    assert not any(t == "CRITICIZES" and o.startswith("country:") for s, t, o in found)


def test_a_charge_hung_on_a_phrase_of_time_is_alleged(nlp: Language) -> None:
    text = (
        "The United States has accused North Korea for months of supplying Russia with "
        "artillery shells and rockets."
    )
    found = triples(claims_of(nlp, text, date(2023, 9, 13)))
    assert ("country:PRK", "SUPPLIES", "country:RUS", "alleged") in found


def test_drones_sent_are_no_invitation(nlp: Language) -> None:
    text = "Washington accused Beijing of sending drones to Russia."
    found = events(nlp, text, date(2023, 9, 13))
    assert ("country:CHN", "SUPPLIES", "country:RUS") in found
    assert not any(t == "INVITES" for s, t, o in found)


def test_a_name_given_or_an_office_labels_no_act(nlp: Language) -> None:
    text = (
        'Blinken announced a new visa policy, which he called the "Khashoggi Ban," allowing the '
        "State Department to bar foreign officials."
    )
    assert not any(t == "CRITICIZES" for s, t, o in events(nlp, text, date(2021, 2, 26)))
    text = (
        "Guaidó is the opposition leader whom the United States recognizes as Venezuela's "
        "legitimate interim president."
    )
    found = events(nlp, text, date(2020, 5, 8))
    assert ("country:USA", "SUPPORTS", "country:VEN") not in found

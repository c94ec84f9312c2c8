"""Round 46: war waged. "Launched an operation against the PKK" is a military operation without
the word when it is against a named state or body and nothing else qualifies it; a war waged
("the coalition fighting the Houthis") is no single event that a later "the attack" recalls; a
fight over a dispute, at law or for a prize, and a campaign or an operation another word
qualifies, wage no war. "Fighting al-Shabaab" as an attack on an organisation or a state was
tried and withdrawn again after the code review, as round 24 withdrew it: it needs to know which
bodies are armed ("Trump has fought the FBI for years", "Poland fought the European Union").
The sentences are constructed after outlet copy (`corpus/outlets5`, `outlets17`, `outlets21`)."""

from datetime import date

import pytest
from extraction_support import events
from spacy.language import Language


def test_an_operation_against_a_named_body_attacks_it(nlp: Language) -> None:
    text = "Turkey launched an operation against the PKK in northern Iraq on Sunday."
    found = events(nlp, text, date(2022, 4, 18))
    assert any(s == "country:TUR" and t == "ATTACKS" and "pkk" in o for s, t, o in found)


def test_a_campaign_against_a_person_is_no_attack(nlp: Language) -> None:
    text = (
        "Dodik has enjoyed the backing of Russia in his campaign against Christian Schmidt, "
        "the international envoy."
    )
    found = events(nlp, text, date(2023, 7, 1))
    assert not any(t == "ATTACKS" for s, t, o in found)


def test_a_war_waged_is_not_the_attack_recalled(nlp: Language) -> None:
    text = (
        "The Houthis launched a drone attack on Abu Dhabi on Monday. Hours later, the Saudi-led "
        "coalition fighting the Houthis, in which the UAE is a key member, pounded Yemen's "
        "capital, Sanaa, with airstrikes. The Biden administration was quick to condemn the "
        "attack."
    )
    found = events(nlp, text, date(2022, 1, 17))
    assert ("country:USA", "CRITICIZES", "org:houthis") in found
    assert ("country:USA", "CRITICIZES", "country:SAU") not in found


@pytest.mark.parametrize(
    "text",
    [
        # the review's look-alikes: a quarrel, a lawsuit, a fight at a court, and campaigns or
        # operations another word makes legal, civic or diplomatic
        "Poland and Hungary are fighting the EU over budget rules.",
        "Google said it would fight the Justice Department in court.",
        "South Africa is fighting Israel at the International Court of Justice.",
        "The EU launched a legal campaign against Hungary over its LGBT law.",
        "Greenpeace launched a campaign against Shell over its Arctic drilling.",
        "Israel has launched a diplomatic operation against UNRWA.",
    ],
)
def test_no_war_is_waged_in(nlp: Language, text: str) -> None:
    found = events(nlp, text, date(2023, 6, 1))
    assert not any(t == "ATTACKS" for s, t, o in found)


def test_wars_fought_over_a_land_are_war(nlp: Language) -> None:
    text = "India and Pakistan have fought two of their three wars over Kashmir."
    found = events(nlp, text, date(2019, 8, 5))
    assert ("country:IND", "ATTACKS", "country:PAK") in found


def test_a_new_operation_against_a_named_body_is_one(nlp: Language) -> None:
    text = "Turkey launched a new operation against the PKK in northern Iraq on Monday."
    found = events(nlp, text, date(2022, 4, 18))
    assert any(s == "country:TUR" and t == "ATTACKS" and "pkk" in o for s, t, o in found)

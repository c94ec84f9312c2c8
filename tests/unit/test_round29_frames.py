"""Frames read in round 29: the "by" agent of an act noun ("a visit by Xi to Riyadh"), a measure
lifted, a phrase hung on a reduplicated adverbial ("stood shoulder to shoulder with"), a state's
ally or partner labelled with a people's adjective, an adjective after "as", rounds of talks
hosted, a relative clause after a coordination, listing a party as terrorist and the agent of a
passive hung on its predicate, acts between two parties judged in speech, and two guards: no
mutual fighting among subjects with a foe the text leaves unnamed, no state attacked through the
outlaws its name labels. The sentences are constructed after outlet copy (`corpus/outlets`,
`corpus/outlets2`, `corpus/outlets3`, `corpus/outlets4`, `corpus/outlets5`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def typed(nlp: Language, text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == kind}


def test_the_by_agent_of_an_act_noun_acts(nlp: Language) -> None:
    assert ("person:xi-jinping", "loc:riyadh") in typed(
        nlp,
        "The talks followed a visit by Chinese President Xi Jinping to Riyadh in December.",
        "VISITS",
    )
    assert ("country:RUS", "country:UKR") in typed(
        nlp, "The invasion of Ukraine by Russia began in 2022.", "ATTACKS"
    )
    # the parser hangs the target's phrase on the agent's name
    assert ("org:european-union", "country:RUS") in typed(
        nlp, "Sanctions by the European Union on Russia took effect on Friday.", "SANCTIONS"
    )


def test_a_measure_lifted_was_in_force(nlp: Language) -> None:
    assert ("country:DEU", "country:TUR") in typed(
        nlp, "Germany lifted its ban on arms exports to Turkey.", "SANCTIONS"
    )
    assert ("country:USA", "country:VEN") in typed(
        nlp, "The United States lifted sanctions on Venezuela.", "SANCTIONS"
    )
    # a meeting called off is still none
    assert not typed(nlp, "The United States called off its talks with North Korea.", "MEETS")


def test_a_phrase_on_a_reduplicated_adverbial_is_the_verbs(nlp: Language) -> None:
    for text in (
        "France stands shoulder to shoulder with Ukraine.",
        "Britain will stand side by side with Ukraine.",
    ):
        assert {o for _, o in typed(nlp, text, "SUPPORTS")} == {"country:UKR"}, text


def test_a_states_ally_labelled_with_a_peoples_adjective_is_that_state(nlp: Language) -> None:
    assert ("country:USA", "country:CZE") in typed(
        nlp, "Washington said it stood firmly with its Czech ally.", "SUPPORTS"
    )
    got = typed(
        nlp,
        '"Türkiye will continue to stand by its Somali and Ethiopian brothers at every stage '
        'of this process," Erdogan said.',
        "SUPPORTS",
    )
    assert {o for _, o in got} >= {"country:SOM", "country:ETH"}


def test_an_adjective_after_as_is_what_is_said_of_the_object(nlp: Language) -> None:
    assert ("person:emmanuel-macron", "country:RUS") in typed(
        nlp,
        'French President Emmanuel Macron described Russia\'s position as "unacceptable".',
        "CRITICIZES",
    )


def test_hosts_of_rounds_of_talks_between_two_sides_mediate_with_both(nlp: Language) -> None:
    got = typed(
        nlp,
        "Iraq and Oman, which hosted several rounds of talks between Saudi and Iranian "
        "officials in 2021 and 2022, were thanked by name in the statement.",
        "NEGOTIATES_WITH",
    )
    pairs = {frozenset(p) for p in got}
    for host in ("country:IRQ", "country:OMN"):
        for side in ("country:SAU", "country:IRN"):
            assert frozenset((host, side)) in pairs, (host, side)


def test_a_clause_after_one_of_a_coordination_in_the_singular_is_its_own(nlp: Language) -> None:
    got = typed(
        nlp,
        "The statement thanked Iraq and Oman, which has hosted talks between Saudi Arabia and "
        "Iran.",
        "NEGOTIATES_WITH",
    )
    assert not any("country:IRQ" in p for p in got)


def test_listing_a_party_as_terrorist_sanctions_it(nlp: Language) -> None:
    got = typed(
        nlp,
        "The PKK, which is listed as a terrorist organisation by Türkiye, the US and the "
        "European Union, has waged a terror campaign against the Turkish state.",
        "SANCTIONS",
    )
    assert {s for s, _ in got} == {"country:TUR", "country:USA", "org:european-union"}
    assert ("country:USA", "org:hamas") in typed(
        nlp, "The United States designated Hamas a terrorist organization.", "SANCTIONS"
    )
    assert ("country:USA", "org:hamas") in typed(
        nlp, "Hamas is designated a terrorist group by the United States.", "SANCTIONS"
    )


def test_calling_a_party_terrorist_is_no_measure(nlp: Language) -> None:
    assert not typed(nlp, "Erdogan called the YPG terrorists on Monday.", "SANCTIONS")


def test_an_act_between_two_parties_judged_in_speech_is_judged_of_both(nlp: Language) -> None:
    got = typed(
        nlp,
        "President Yoon Suk Yeol warned that military cooperation between Moscow and "
        'Pyongyang would be "a direct threat" to peace.',
        "CRITICIZES",
    )
    assert {o for _, o in got} == {"country:RUS", "country:PRK"}


def test_an_agreement_between_two_parties_judged_is_judged_itself(nlp: Language) -> None:
    got = typed(
        nlp,
        "Greek Prime Minister Kyriakos Mitsotakis called the agreement between Turkey and Libya "
        '"null and void".',
        "CRITICIZES",
    )
    assert not {o for _, o in got} & {"country:TUR", "country:LBY"}


def test_no_mutual_fight_among_those_who_fight_an_unnamed_foe(nlp: Language) -> None:
    got = typed(
        nlp,
        "Mali, Burkina Faso and Niger are fighting armed groups linked to al-Qaeda.",
        "ATTACKS",
    )
    assert not got
    assert ("country:ARM", "country:AZE") in typed(
        nlp, "Armenia and Azerbaijan fought a war in 2020.", "ATTACKS"
    )


def test_war_on_a_states_outlaws_is_no_war_on_the_state(nlp: Language) -> None:
    got = typed(nlp, "President Daniel Noboa declared war on Ecuador's criminal gangs.", "ATTACKS")
    assert not any(o == "country:ECU" for _, o in got)
    # a state's own things are still the state's
    assert ("country:RUS", "country:UKR") in typed(
        nlp, "Russia struck Ukraine's power plants on Friday.", "ATTACKS"
    )

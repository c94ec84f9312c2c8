"""Round 32: the sides of a fight and the pairs news copy names without naming them. A fight
that "broke out between" two parties, or was fought "along their border", is each side's
attack on the other; "the two countries" a war was between are the two named before it; "each
side accused the other" is an accusation both ways; "both leaders" are the two not acting in
the sentence, and a bare "Both" the two persons of the last sentences; a call for restraint
that names no one is addressed to both sides of the article's fight; two bodies joined by a
slash ("PKK/YPG") are each acted on; and Central Asian states are named by their usual
demonyms ("Kyrgyz", "Tajik"). The sentences are constructed after outlet copy
(`corpus/outlets8`).
"""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language

DAY = date(2022, 9, 17)
KGZ, TJK = "country:KGZ", "country:TJK"


def both_ways(found: set[tuple[str, str, str]], rel: str, a: str, b: str) -> bool:
    return (a, rel, b) in found and (b, rel, a) in found


def test_central_asian_demonyms_name_their_states(nlp: Language) -> None:
    found = events(nlp, "Kyrgyz and Tajik forces clashed along the border on Wednesday.", DAY)
    assert both_ways(found, "ATTACKS", KGZ, TJK)


def test_a_fight_that_broke_out_between_two_parties_is_each_ones_attack(nlp: Language) -> None:
    for text in (
        "Fighting broke out between Kyrgyzstan and Tajikistan on Wednesday.",
        "Clashes erupted between Kyrgyz and Tajik forces along the border on Wednesday.",
    ):
        assert both_ways(events(nlp, text, DAY), "ATTACKS", KGZ, TJK), text


def test_a_trade_war_breaking_out_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "A trade war broke out between China and the United States.", DAY)
    assert not any(rel == "ATTACKS" for _, rel, _ in found)


def test_a_fight_along_their_border_is_between_the_two_they_stand_for(nlp: Language) -> None:
    text = (
        "Kyrgyzstan and Tajikistan agreed to a cease-fire on Friday after two days of fighting "
        "along their disputed border killed dozens of people."
    )
    found = events(nlp, text, DAY)
    assert both_ways(found, "ATTACKS", KGZ, TJK)
    assert both_ways(found, "AGREES_WITH", KGZ, TJK) or (KGZ, "AGREES_WITH", TJK) in found


def test_a_war_between_the_two_countries_is_between_the_two_named_before(nlp: Language) -> None:
    text = (
        "Tbilisi broke off diplomatic relations with Moscow after a brief war between the two "
        "countries in 2008."
    )
    assert both_ways(events(nlp, text, DAY), "ATTACKS", "country:GEO", "country:RUS")


def test_each_side_accusing_the_other_accuses_both_ways(nlp: Language) -> None:
    for text in (
        "Fighting broke out between Kyrgyzstan and Tajikistan on Wednesday. Each side accused "
        "the other of firing on its villages.",
        "Kyrgyzstan and Tajikistan signed a border deal. Each country blamed the other for the "
        "delay.",
    ):
        assert both_ways(events(nlp, text, DAY), "ACCUSES", KGZ, TJK), text


def test_the_other_with_no_each_is_no_reciprocal(nlp: Language) -> None:
    text = (
        "Kyrgyzstan and Tajikistan signed a border deal. Russia accused the other of delaying it."
    )
    found = events(nlp, text, DAY)
    assert not any(rel == "ACCUSES" and s in (KGZ, TJK) for s, rel, _ in found)


def test_both_leaders_are_the_two_not_acting_in_the_sentence(nlp: Language) -> None:
    text = (
        "President Sadyr Japarov of Kyrgyzstan and President Emomali Rahmon of Tajikistan met in "
        "Samarkand. The Kremlin spokesman, Dmitry S. Peskov, said Mr. Putin had spoken with both "
        "leaders."
    )
    talked = {frozenset((s, o)) for s, rel, o in events(nlp, text, DAY) if rel == "NEGOTIATES_WITH"}
    assert frozenset(("person:putin", "person:sadyr-japarov")) in talked
    assert frozenset(("person:putin", "person:emomali-rahmon")) in talked
    assert not any("person:dmitry-s-peskov" in pair for pair in talked)


def test_a_bare_both_is_the_two_persons_of_the_last_sentences(nlp: Language) -> None:
    text = (
        "Egyptian President Abdel Fattah el Sisi arrived in Ankara on Wednesday for talks with "
        "President Recep Tayyip Erdogan. The two presidents called on Israel to accept an "
        "immediate ceasefire. Both voiced support for the unity and territorial integrity of "
        "Somalia."
    )
    found = events(nlp, text, DAY)
    assert ("person:abdel-fattah-el-sisi", "SUPPORTS", "country:SOM") in found
    assert ("person:recep-tayyip-erdogan", "SUPPORTS", "country:SOM") in found


def test_two_bodies_joined_by_a_slash_are_each_acted_on(nlp: Language) -> None:
    found = events(
        nlp,
        "Türkiye has carried out a wave of air strikes on PKK/YPG terror targets in northern "
        "Iraq. The YPG/PKK terror group later attacked a Turkish base near the border.",
        DAY,
    )
    for group in ("org:pkk", "org:ypg"):
        assert ("country:TUR", "ATTACKS", group) in found
        assert (group, "ATTACKS", "country:TUR") in found


def test_a_call_for_restraint_naming_no_one_asks_both_sides_of_the_fight(
    nlp: Language,
) -> None:
    text = (
        "Kyrgyzstan and Tajikistan agreed to a cease-fire on Friday after two days of fighting "
        "along their disputed border. Kyrgyzstan's border service said Tajik forces had opened "
        "fire on Kyrgyz posts. Russia, which keeps military bases in both countries, called for "
        "restraint."
    )
    claims = claims_of(nlp, text, DAY)
    asked = {(c.subject, c.object) for c in claims if c.type.value == "REQUESTS"}
    assert {("country:RUS", KGZ), ("country:RUS", TJK)} <= asked
    assert all(c.rule == "restraint_urged" for c in claims if c.type.value == "REQUESTS")


def test_a_call_for_restraint_by_a_side_or_with_no_fight_asks_no_one(nlp: Language) -> None:
    fought = (
        "Israel struck Hezbollah positions in southern Lebanon on Monday. Hezbollah fired "
        "rockets at northern Israel. "
    )
    for text in (
        fought + "Israel called for restraint.",
        "Egypt and Sudan signed a water deal. The United Nations called for restraint.",
    ):
        found = events(nlp, text, DAY)
        assert not any(rel == "REQUESTS" for _, rel, _ in found), text

"""Round 46: acts blamed on a party. "A strike that Iran blamed on Israel killed Razi Mousavi"
alleges the strike of Israel, on whom it killed; "blamed the attack on the Islamic Resistance
in Iraq" alleges the attack the article told, on its target; "blamed Pakistan for air strikes
on Kabul" has the strikes' target in the "on" phrase the parser hangs on "blamed", so Kabul is
struck, not blamed; "a string of attacks" counts attacks. The sentences are constructed after
outlet copy (`corpus/outlets2`, `outlets15`, `outlets22`)."""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language


def test_a_strike_blamed_on_a_party_is_alleged_of_it(nlp: Language) -> None:
    text = (
        "In December, a strike near Damascus that Iran blamed on Israel killed Sayyed Razi "
        "Mousavi, a long-serving IRGC adviser in Syria."
    )
    claims = claims_of(nlp, text, date(2024, 4, 2))
    alleged = {
        (c.subject, c.object)
        for c in claims
        if c.type.value == "ATTACKS" and c.modality.value == "alleged"
    }
    assert ("country:ISR", "person:sayyed-razi-mousavi") in alleged


def test_the_attack_blamed_on_a_group_is_the_one_told(nlp: Language) -> None:
    text = (
        "Militants attacked a U.S. base in Syria on Sunday. The Pentagon has blamed the attack on "
        "Kataib Hezbollah."
    )
    claims = claims_of(nlp, text, date(2024, 1, 29))
    assert any(
        c.type.value == "ATTACKS"
        and c.modality.value == "alleged"
        and "kataib-hezbollah" in c.subject
        for c in claims
    )


def test_a_target_hung_on_blame_is_struck_not_blamed(nlp: Language) -> None:
    text = "The Taliban administration blamed Pakistan for air strikes on Kabul."
    found = events(nlp, text, date(2024, 3, 18))
    assert ("country:PAK", "ATTACKS", "loc:kabul") in found
    assert not any(t == "ACCUSES" and o in ("loc:kabul", "country:AFG") for s, t, o in found)


def test_a_string_of_attacks_is_attacks(nlp: Language) -> None:
    text = "Washington has blamed Tehran for a string of attacks on Saudi Arabia this year."
    found = events(nlp, text, date(2019, 11, 1))
    assert ("country:IRN", "ATTACKS", "country:SAU") in found


def test_a_heart_attack_blamed_is_no_assault(nlp: Language) -> None:
    text = (
        "The heart attack that his family blamed on Egypt's prison authorities killed former "
        "president Mohamed Morsi."
    )
    found = events(nlp, text, date(2019, 6, 18))
    assert not any(t == "ATTACKS" for s, t, o in found)


def test_the_blamers_own_act_is_not_the_attack_blamed(nlp: Language) -> None:
    for text in (
        "Ukraine shot down 20 Russian drones overnight. Kyiv blamed the attack on Moscow.",
        "Israeli jets struck Damascus on Monday. On Tuesday, a suicide bombing in Kabul killed "
        "10 people. The Taliban blamed the attack on Islamic State.",
    ):
        claims = claims_of(nlp, text, date(2023, 6, 1))
        assert not any(
            c.type.value == "ATTACKS" and c.modality.value == "alleged" for c in claims
        ), text

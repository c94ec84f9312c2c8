"""Round 47: a state's forces posted in another land supply it. "Australia deployed police and
troops to the Solomon Islands", "About 350 French troops are stationed in Senegal", "Poland hosts
roughly 10,000 American troops": the readable gold codes all of these SUPPLIES (CAMEO 074,
PLOVER AID), and none of its claims read from "deploy" is an attack. Troops posted at home, in
the land of a party the article told them fighting, or not labelled with any state, supply no
one; "has ruled out sending troops" is a negated supply. The sentences are constructed after
outlet copy (`corpus/outlets4`, `outlets11`, `outlets14`, `outlets15`, `outlets18`)."""

from datetime import date

from extraction_support import claims_of, events, triples
from spacy.language import Language


def test_troops_deployed_to_a_state_supply_it(nlp: Language) -> None:
    text = "Australia deployed police and troops to the Solomon Islands in November."
    assert ("country:AUS", "SUPPLIES", "country:SLB") in events(nlp, text, date(2022, 4, 1))


def test_a_contingent_deployed_supplies_the_land(nlp: Language) -> None:
    text = (
        "Rwanda began deploying a contingent of 1,000 soldiers and police officers to "
        "Mozambique on July 9."
    )
    assert ("country:RWA", "SUPPLIES", "country:MOZ") in events(nlp, text, date(2021, 7, 10))


def test_labelled_troops_stationed_are_their_states_supply(nlp: Language) -> None:
    text = "About 350 French troops are stationed in Senegal."
    assert ("country:FRA", "SUPPLIES", "country:SEN") in events(nlp, text, date(2024, 11, 28))


def test_a_state_that_has_soldiers_stationed_supplies(nlp: Language) -> None:
    text = "France has about 400 special forces soldiers stationed in Burkina Faso."
    assert ("country:FRA", "SUPPLIES", "country:BFA") in events(nlp, text, date(2023, 1, 23))


def test_a_host_of_labelled_troops_is_supplied(nlp: Language) -> None:
    text = "Poland, a NATO member since 1999, hosts roughly 10,000 American troops on its soil."
    assert ("country:USA", "SUPPLIES", "country:POL") in events(nlp, text, date(2025, 5, 1))


def test_unlabelled_troops_hosted_supply_no_one(nlp: Language) -> None:
    text = "Prime Minister Hun Sen said his government would never host foreign troops."
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2022, 6, 7)))


def test_troops_at_home_supply_no_one(nlp: Language) -> None:
    text = "Russian troops were deployed in the Kursk region of Russia."
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2024, 8, 10)))


def test_troops_in_the_land_of_a_foe_supply_no_one(nlp: Language) -> None:
    text = "Russia invaded Ukraine in 2022. Russia has deployed more troops in Ukraine."
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2023, 3, 1)))


def test_troops_ruled_out_are_a_negated_supply(nlp: Language) -> None:
    text = "Mr. Biden has ruled out sending American troops to Haiti."
    found = triples(claims_of(nlp, text, date(2023, 6, 1)))
    assert any(t == "SUPPLIES" and o == "country:HTI" and m == "negated" for s, t, o, m in found)


def test_a_leader_posts_his_states_labelled_troops(nlp: Language) -> None:
    text = "Mr. Biden has ruled out deploying American troops to Haiti."
    found = triples(claims_of(nlp, text, date(2023, 6, 1)))
    assert ("country:USA", "SUPPLIES", "country:HTI", "negated") in found


def test_a_region_a_state_owns_is_its_land(nlp: Language) -> None:
    text = "North Korean troops have been deployed in Russia's Kursk region."
    assert ("country:PRK", "SUPPLIES", "country:RUS") in events(nlp, text, date(2024, 11, 5))
    text = "Russian troops were deployed on Belarusian soil for exercises."
    assert ("country:RUS", "SUPPLIES", "country:BLR") in events(nlp, text, date(2022, 2, 10))

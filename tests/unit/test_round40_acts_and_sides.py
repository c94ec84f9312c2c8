"""Round 40: what a reaction is on, and whom a call to "both sides" is addressed to. "The strikes"
judged late in an article that told strikes by several actors are the ones its opening told;
"described the attacks as retaliatory strikes" justifies them. An allegation denied by a
ministry is denied by its state, and one denied in a clause set on it ("an accusation Seoul
rejected") is denied there. A clause before a semicolon keeps its own modality. "Both sides" is
not the party that urges them nor the states its description names; it is the fight the article
told, else the two states its claims joined most. The sentences are constructed after outlet
copy (`corpus/outlets`, `corpus/outlets2`, `corpus/outlets6`, `corpus/outlets7`,
`corpus/outlets14`, `corpus/outlets15`, `corpus/outlets16`)."""

from datetime import date

from extraction_support import claims_of, events, triples
from spacy.language import Language

DAY = date(2023, 6, 1)


def test_the_strikes_judged_late_are_those_the_opening_told(nlp: Language) -> None:
    text = (
        "U.S. warplanes bombed three nuclear sites in Iran on Saturday. The Pentagon said the "
        "mission had succeeded. Israel opened its own offensive on June 13, striking military "
        "targets across Iran. Oil prices rose on Monday. Shipping firms rerouted tankers. "
        "Markets in Asia fell. Oman condemned the strikes as a breach of international law."
    )
    found = events(nlp, text, DAY)
    assert ("country:OMN", "CRITICIZES", "country:USA") in found
    assert ("country:OMN", "CRITICIZES", "country:ISR") not in found


def test_another_act_told_just_before_the_judgment_is_as_likely_judged(nlp: Language) -> None:
    text = (
        "Israel struck military sites in Iran on Friday. Iran fired ballistic missiles at Tel "
        "Aviv in response. Hezbollah praised the attacks."
    )
    found = events(nlp, text, DAY)
    assert ("org:hezbollah", "SUPPORTS", "country:ISR") not in found


def test_strikes_told_by_several_with_no_opening_act_stay_no_ones(nlp: Language) -> None:
    text = (
        "Oil prices rose on Monday. Traders watched the Gulf closely. U.S. warplanes bombed "
        "three sites in Iran. Israel struck military targets across Iran. Oman condemned the "
        "strikes."
    )
    found = events(nlp, text, DAY)
    assert not any(s == "country:OMN" and t == "CRITICIZES" for s, t, _ in found)


def test_force_called_retaliation_is_justified_not_condemned(nlp: Language) -> None:
    text = (
        "Russia fired 84 missiles at Ukrainian cities on Monday. Germany described the attacks "
        'as "retaliatory strikes" for an attack on a bridge.'
    )
    found = events(nlp, text, DAY)
    assert ("country:DEU", "CRITICIZES", "country:RUS") not in found
    text = (
        "Russia fired 84 missiles at Ukrainian cities on Monday. Germany described the attacks "
        'as "terror strikes" on civilians.'
    )
    assert ("country:DEU", "CRITICIZES", "country:RUS") in events(nlp, text, DAY)


def test_a_ministry_denies_for_its_state(nlp: Language) -> None:
    text = (
        "Canada said India was behind the killing of Hardeep Singh Nijjar. India's Ministry of "
        'External Affairs rejected the allegations as "absurd and motivated".'
    )
    found = triples_of(nlp, text)
    assert ("country:IND", "ATTACKS", "person:hardeep-singh-nijjar", "denied") in found


def test_an_allegation_denied_in_a_clause_set_on_it(nlp: Language) -> None:
    text = "Washington accused Iran of arming the Houthis, a claim which Tehran rejected."
    found = triples_of(nlp, text)
    assert ("country:IRN", "SUPPLIES", "org:houthis", "alleged") in found
    assert ("country:IRN", "SUPPLIES", "org:houthis", "denied") in found


def test_a_charge_repeated_is_no_denial(nlp: Language) -> None:
    text = "Washington accused Iran of arming the Houthis, a charge Britain repeated on Friday."
    assert not any(m == "denied" for *_, m in triples_of(nlp, text))


def test_a_clause_before_a_semicolon_keeps_its_modality(nlp: Language) -> None:
    text = (
        "The State Department has blamed the Houthis for the attack on the ship; the rebels "
        "have denied any role."
    )
    found = triples_of(nlp, text)
    blame = {m for s, t, o, m in found if t == "ACCUSES" and o == "org:houthis"}
    assert blame == {"asserted"}


def test_both_sides_are_not_the_urging_partys_description(nlp: Language) -> None:
    text = (
        "North Korea blew up a liaison office with South Korea on Tuesday. South Korea warned "
        "North Korea of a strong response. China, North Korea's main ally, called on both sides "
        "to exercise restraint."
    )
    found = events(nlp, text, DAY)
    assert ("country:CHN", "REQUESTS", "country:KOR") in found
    assert ("country:CHN", "REQUESTS", "country:PRK") in found


def test_both_sides_are_the_pair_the_article_joined_most(nlp: Language) -> None:
    text = (
        "The United States and North Korea held talks in Hanoi on Thursday. The United States "
        "accused North Korea of stalling. Japanese Prime Minister Shinzo Abe said Japan backed "
        "the US position. China, North Korea's main ally, urged both sides to keep talking."
    )
    found = events(nlp, text, DAY)
    assert ("country:CHN", "REQUESTS", "country:USA") in found
    assert ("country:CHN", "REQUESTS", "country:PRK") in found
    assert ("country:CHN", "REQUESTS", "country:JPN") not in found


def test_closing_another_states_post_sanctions_it(nlp: Language) -> None:
    text = "The United States closed China's consulate in Houston on Wednesday."
    assert ("country:USA", "SANCTIONS", "country:CHN") in events(nlp, text, date(2020, 7, 22))


def test_closing_ones_own_post_sanctions_no_one(nlp: Language) -> None:
    text = (
        "Brazil's president, Jair Bolsonaro, recognized Juan Guaidó as Venezuela's president "
        "and shut down Brazil's embassy in Caracas."
    )
    found = events(nlp, text, date(2020, 3, 5))
    assert not any(t == "SANCTIONS" for _, t, _ in found)
    text = "Germany closed its embassy in Kabul as the Taliban entered the city."
    found = events(nlp, text, date(2021, 8, 15))
    assert not any(t == "SANCTIONS" for _, t, _ in found)


def test_staff_expelled_from_a_states_mission_are_its(nlp: Language) -> None:
    text = "India expelled the military advisers at Pakistan's mission in New Delhi."
    assert ("country:IND", "SANCTIONS", "country:PAK") in events(nlp, text, date(2025, 4, 24))


def test_cutting_communication_lines_sanctions(nlp: Language) -> None:
    text = "North Korea cut all communication lines with South Korea on Tuesday."
    assert ("country:PRK", "SANCTIONS", "country:KOR") in events(nlp, text, date(2020, 6, 9))


def triples_of(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """Subject, type, object and modality of each claim of `text`."""
    return triples(claims_of(nlp, text, DAY))


def test_the_main_act_is_the_one_the_opening_told_first_each_time(nlp: Language) -> None:
    text = (
        "U.S. warplanes bombed three nuclear sites in Iran, joining Israel's war against Iran. "
        "President Donald Trump said U.S. bombers had struck the sites, plunging the United "
        "States into Israel's war. Iran's foreign minister, Abbas Araghchi, called the strikes "
        '"a flagrant crime".'
    )
    found = events(nlp, text, date(2025, 6, 22))
    assert ("person:abbas-araghchi", "CRITICIZES", "country:USA") in found
    assert ("person:abbas-araghchi", "CRITICIZES", "country:ISR") not in found


def test_backing_lent_to_an_act_supports_its_doer(nlp: Language) -> None:
    text = (
        "The Gambia filed the case in November with the backing of the Organisation of Islamic "
        "Cooperation."
    )
    assert ("org:organisation-of-islamic-cooperation", "SUPPORTS", "country:GMB") in events(
        nlp, text, date(2019, 12, 10)
    )
    text = "The Syrian army recaptured Aleppo in an offensive backed by Russian air power."
    assert ("country:RUS", "SUPPORTS", "country:SYR") in events(nlp, text, date(2016, 12, 20))


def test_a_peoples_firms_or_tourists_lend_no_states_backing(nlp: Language) -> None:
    text = "The Philippines filed the case with the help of American lawyers."
    found = events(nlp, text, date(2016, 7, 12))
    assert ("country:USA", "SUPPORTS", "country:PHL") not in found


def test_fellow_go_betweens_lend_no_backing(nlp: Language) -> None:
    text = (
        "The deal, which was brokered by Qatar with the help of Egypt and the United States, "
        "was approved by the Israeli cabinet."
    )
    found = events(nlp, text, date(2023, 11, 22))
    assert not any(t == "SUPPORTS" for _, t, _ in found)


def test_the_one_ranked_first_to_do_a_deed_does_it(nlp: Language) -> None:
    text = (
        "President Donald Trump became the first sitting American president to set foot in "
        "North Korea on Sunday."
    )
    assert ("person:donald-trump", "VISITS", "country:PRK") in events(nlp, text, date(2019, 6, 30))
    text = (
        "French President Emmanuel Macron, the first foreign leader to visit Lebanon since the "
        "blast, was surrounded by residents."
    )
    assert ("person:emmanuel-macron", "VISITS", "country:LBN") in events(
        nlp, text, date(2020, 8, 6)
    )


def test_a_ranked_deed_to_come_keeps_its_modality(nlp: Language) -> None:
    text = "Pope Leo could become the first pope to visit Lebanon in a decade."
    found = {(s, t, o, m) for s, t, o, m in triples_of(nlp, text) if t == "VISITS"}
    assert found and not any(m == "asserted" for *_, m in found)


def test_a_deed_planned_by_a_ranked_word_is_no_ones(nlp: Language) -> None:
    text = "The first plan to visit North Korea was dropped by the White House."
    assert not any(t == "VISITS" for _, t, _ in events(nlp, text, date(2019, 6, 30)))

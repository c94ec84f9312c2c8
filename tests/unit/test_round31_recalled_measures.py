"""Acts recalled in round 31 by what they were, not by the word that told them: an attack told
on no party ("blew up a speedboat") is its actor's when "the strike" is condemned, a measure
told by one verb ("banned the transit") is its taker's when judged by another noun of the same
kind ("the curbs"), and an act called by the name of a hostile one ("described the curbs as a
blockade") is criticised, and a law named by a quoted label ('a "foreign agents" law') is one
Topic that "the bill" and "the measure" recall, a bare "the administration" is the state
whose administration it is, a party's conduct welcomed is the party supported, and "the South
American country" is the one state named lately. The sentences are constructed after outlet copy (`corpus/outlets7`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def criticised(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "CRITICIZES"}


def test_an_attack_on_no_party_is_its_actors_when_condemned(nlp: Language) -> None:
    text = (
        "The U.S. military blew up a speedboat carrying drugs from Venezuela on Tuesday. "
        'Colombian President Gustavo Petro condemned the strike as "murder."'
    )
    assert ("person:gustavo-petro", "country:USA") in criticised(nlp, text)


def test_an_attack_on_a_party_keeps_the_strike_when_one_on_no_party_follows(
    nlp: Language,
) -> None:
    # "the strike" is still the one on Iraq; Iran's firing at no party does not displace it
    text = (
        "Turkey launched air strikes on Iraq on Sunday. Iran fired missiles into the desert on "
        "Monday. Egypt condemned the strike."
    )
    found = criticised(nlp, text)
    assert ("country:EGY", "country:TUR") in found
    assert ("country:EGY", "country:IRN") not in found


def test_a_measure_is_recalled_by_another_noun_of_its_kind(nlp: Language) -> None:
    for text in (
        "Lithuania banned the transit of steel to Kaliningrad on Saturday. "
        "Kremlin spokesman Dmitry Peskov condemned the curbs.",
        "Lithuania banned the transit of steel to Kaliningrad on Saturday. "
        'Kremlin spokesman Dmitry Peskov described the curbs as a blockade "that no sovereign '
        'state could accept".',
    ):
        assert ("person:dmitry-peskov", "country:LTU") in criticised(nlp, text), text


def test_a_measure_taken_by_two_parties_recalls_neither(nlp: Language) -> None:
    text = (
        "Lithuania banned the transit of steel on Saturday. Poland restricted imports of coal "
        "on Sunday. Dmitry Peskov condemned the curbs."
    )
    assert not {o for s, o in criticised(nlp, text) if "peskov" in s} & {
        "country:LTU",
        "country:POL",
    }


def test_an_act_called_by_a_hostile_name_is_criticised(nlp: Language) -> None:
    text = (
        "Iran seized a British tanker in the Strait of Hormuz on Friday. Germany described the "
        "seizure as an invasion of international waters."
    )
    assert ("country:DEU", "country:IRN") in criticised(nlp, text)


def test_a_state_counsellor_leads_her_state(nlp: Language) -> None:
    text = (
        "Myanmar's State Counsellor Aung San Suu Kyi travelled to The Hague in December to "
        "defend her country."
    )
    found = triples(claims_of(nlp, text, date(2019, 12, 11)))
    assert ("person:aung-san-suu-kyi", "LEADER_OF", "country:MMR") in {
        (s, t, o) for s, t, o, _ in found
    }


def test_a_law_named_by_a_quoted_label_is_one_topic_its_anaphors_recall(nlp: Language) -> None:
    # the parser splits 'a "foreign agents" law' into two objects; the label still names it
    text = (
        'Georgia\'s parliament passed a contentious "foreign agents" law on Tuesday. President '
        "Salome Zourabichvili has vowed to veto the bill. Prime Minister Irakli Kobakhidze has "
        "defended the measure as a step toward transparency."
    )
    found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY))}
    law = "topic:foreign-agents-law"
    assert ("country:GEO", "SUPPORTS", law) in found
    assert ("person:salome-zourabichvili", "OPPOSES", law) in found
    assert ("person:irakli-kobakhidze", "SUPPORTS", law) in found


def test_a_quoted_clause_is_no_label(nlp: Language) -> None:
    # a quotation that is a sentence or a slogan of its own names no law
    for text in (
        'Protesters chanted "No to the Russian law!" outside parliament.',
        'Georgia\'s opposition rejected the "No to Russia" bill.',
    ):
        found = triples(claims_of(nlp, text, DAY))
        assert not any("no-to" in o for _, _, o, _ in found), (text, found)


def test_a_bare_administration_is_the_state_whose_administration_it_is(nlp: Language) -> None:
    day = date(2021, 7, 26)
    cases = {
        # English news means the United States' executive when the article names that state
        "President Joe Biden met Iraqi Prime Minister Mustafa al-Kadhimi at the White House on "
        "Monday. Sen. Jack Reed urged the administration to give Ukraine longer-range "
        "weapons.": ("person:jack-reed", "REQUESTS", "country:USA"),
        # the administration the article named before
        "The Bolsonaro administration cut funding for Brazil's environmental agency last year. "
        "Greenpeace accused the administration of abandoning the Amazon.": (
            "org:greenpeace",
            "ACCUSES",
            "country:BRA",
        ),
    }
    for text, claim in cases.items():
        found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, day))}
        assert claim in found, (text, found)


def test_an_administration_of_something_or_of_either_state_is_none(nlp: Language) -> None:
    text = (
        "President Joe Biden spoke on Monday. Human Rights Watch criticized the administration "
        "of the detention camp."
    )
    found = triples(claims_of(nlp, text, date(2021, 7, 26)))
    assert not any(t == "CRITICIZES" and o == "country:USA" for _, t, o, _ in found)
    # a story of Kenya's leader and a US official: the administration is either's
    text = (
        "Kenyan President William Ruto met U.S. Secretary of State Antony Blinken in Nairobi. "
        "The administration has pledged to send police officers to Haiti."
    )
    found = triples(claims_of(nlp, text, date(2023, 9, 1)))
    assert not any(s == "country:USA" and o == "country:HTI" for s, _, o, _ in found)


def test_a_partys_conduct_welcomed_is_the_party_supported(nlp: Language) -> None:
    for text, pair in {
        "Sweden welcomed India's position.": ("country:SWE", "country:IND"),
        "The United Nations welcomed Ethiopia's commitment to the truce.": (
            "org:united-nations",
            "country:ETH",
        ),
    }.items():
        found = {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "SUPPORTS"}
        assert pair in found, (text, found)


def test_a_country_named_by_an_epithet_is_the_one_spoken_of(nlp: Language) -> None:
    text = (
        "Uruguay's president criticized Lula on Tuesday. The South American country has long "
        "opposed Venezuela's government."
    )
    found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY))}
    assert ("country:URY", "OPPOSES", "country:VEN") in found


def test_an_epithet_picks_no_state_among_two_or_another_one(nlp: Language) -> None:
    for text in (
        # two states named: "the island nation" may be either
        "Solomon Islands signed a security pact with China last year. Australia has warned the "
        "island nation against letting Beijing build a base.",
        # "neighbouring" picks out another state, not the one spoken of
        "Poland closed its border on Monday. The neighbouring country condemned the move.",
    ):
        found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY))}
        assert not any(s == "country:AUS" and o == "country:CHN" for s, t, o in found), text
        assert not any(s == "country:POL" and t == "CRITICIZES" for s, t, o in found), text


def test_a_guest_received_with_no_place_named_visits_the_hosts_state(nlp: Language) -> None:
    day = date(2023, 5, 30)
    for text, (guest, host) in {
        "Serbia rolled out the red carpet for China's leader, Xi Jinping, on Wednesday.": (
            "person:xi-jinping",
            "country:SRB",
        ),
        "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin on "
        "Monday.": ("person:vladimir-putin", "country:TUR"),
    }.items():
        found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, day))}
        assert (guest, "VISITS", host) in found, (text, found)


def test_a_guest_hosted_elsewhere_or_at_home_visits_no_hosts_state(nlp: Language) -> None:
    day = date(2023, 5, 30)
    # the place named is where the guest is; a host's own official is at home
    text = "Erdogan hosted Putin in Sochi on Monday."
    found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, day))}
    assert not any(t == "VISITS" and o == "country:TUR" for s, t, o in found)
    text = "Turkish President Recep Tayyip Erdogan hosted Foreign Minister Hakan Fidan on Monday."
    found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, day))}
    assert not any(t == "VISITS" for s, t, o in found)


def test_acts_are_recalled_only_in_the_sense_their_words_fit(nlp: Language) -> None:
    # "took office", "launched a satellite": no attack nor measure for "the war", "the attack"
    for text, pair in {
        "President Joe Biden took office in 2021. He has been critical of the war in Gaza. Iran "
        "condemned the war.": ("country:IRN", "person:joe-biden"),
        "India launched a new communications satellite on Monday. Gunmen attacked a bus in "
        "Kashmir on Tuesday. Pakistan condemned the attack.": ("country:PAK", "country:IND"),
    }.items():
        assert pair not in criticised(nlp, text), text


def test_a_second_actors_attack_on_no_party_makes_the_strike_anyones(nlp: Language) -> None:
    text = (
        "The U.S. military blew up a speedboat in the Caribbean on Tuesday. The Russian military "
        "struck a power plant in Kharkiv on Wednesday. Germany condemned the strike."
    )
    found = criticised(nlp, text)
    assert ("country:DEU", "country:USA") not in found


def test_a_denied_attack_is_no_one_s_strike(nlp: Language) -> None:
    text = (
        "The U.S. military denied on Tuesday that it had struck a fishing boat off Colombia. "
        "Colombia condemned the strike."
    )
    assert ("country:COL", "country:USA") not in criticised(nlp, text)


def test_the_measure_is_no_law_when_another_measure_was_told_since(nlp: Language) -> None:
    text = (
        "Hungary's parliament passed a child protection law last year. On Monday, the European "
        "Commission proposed tariffs on Chinese electric cars. Germany opposed the measure."
    )
    found = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY))}
    assert not any(s == "country:DEU" and "law" in o for s, t, o in found)


def test_an_act_called_by_a_hostile_name_with_praise_is_not_criticised(nlp: Language) -> None:
    for text in (
        "Israel struck Hezbollah commanders in Beirut on Tuesday. The White House described the "
        "raid as a legitimate strike.",
        "Iran fired missiles at U.S. bases on Tuesday. The United States described the Iranian "
        "missile strikes as retaliation for the killing of Soleimani.",
    ):
        found = criticised(nlp, text)
        assert not any(s == "country:USA" for s, _ in found), (text, found)


def test_a_role_or_a_doubtful_owner_makes_no_state(nlp: Language) -> None:
    # "the aggressor country" is another state; "welcomed Assad's fall" supports no Assad
    found = triples(
        claims_of(
            nlp, "Ukraine said on Monday that the aggressor country had shelled Kharkiv.", DAY
        )
    )
    assert not any(s == "country:UKR" and t == "ATTACKS" for s, t, _, _ in found)
    found = triples(claims_of(nlp, "Israel welcomed Assad's fall.", DAY))
    assert not any(t == "SUPPORTS" for _, t, _, _ in found)


def test_the_watchdog_is_the_monitoring_body_just_spoken_of(nlp: Language) -> None:
    text = (
        "The International Atomic Energy Agency said on Monday that Iran had enriched uranium to "
        "near weapons grade. Iran criticized the watchdog on Tuesday."
    )
    assert ("country:IRN", "org:iaea") in criticised(nlp, text)

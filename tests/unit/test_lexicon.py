"""The trigger lexicon: its schema, its codebook-scale vocabulary and the noun-under-support-verb
pattern, on real sentences.

Sentences marked with a Wikinews URL are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/). The others are plain news sentences stating
events that were widely reported (the year is given), or the issue's own example.
"""

import json
from collections import Counter
from pathlib import Path

import pytest
from extraction_support import claims_of, triples
from spacy.language import Language

from geokg.graph.models import Claim
from geokg.graph.ontology import Relation
from geokg.ingest.data.build_lexicon import build
from geokg.ingest.lexicon import CODEBOOK, LexiconError, load_lexicon, read_lexicon_file

W10 = "https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani"
W_DC = "https://en.wikinews.org/wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest"
W_OCT = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020"
W_EP = "https://en.wikinews.org/wiki/Shooting_at_El_Paso,_Texas_superstore;_more_than_20_dead"


def events(claims: list[Claim]) -> set[tuple[str, str, str]]:
    kept = {Relation.LEADER_OF, Relation.AFFILIATED_WITH, Relation.PART_OF, Relation.LOCATED_IN}
    return {(c.subject, c.type.value, c.object) for c in claims if c.type not in kept}


# ---- the schema ---------------------------------------------------------------------------


def _write(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "triggers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_misspelt_key_is_an_error_naming_file_entry_and_key(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "version": 1,
            "verbs": {
                "impose": [{"type": "SANCTIONS", "objects": ["on"], "requires_dobj": ["sanctions"]}]
            },
        },
    )
    with pytest.raises(LexiconError) as err:
        read_lexicon_file(path)
    message = str(err.value)
    assert "triggers.json" in message
    assert "verbs.impose[0].objects" in message  # the misspelt key, where it is
    assert "verbs.impose[0].object:" in message  # and the key it should have been: missing


def test_an_unknown_relation_type_or_kind_is_an_error(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "version": 1,
            "nouns": {"raid": {"type": "RAIDS", "object": ["on"]}},
            "verbs": {"see": [{"type": "MEETS", "object": ["dobj"], "object_kinds": ["Persn"]}]},
        },
    )
    with pytest.raises(LexiconError) as err:
        read_lexicon_file(path)
    assert "nouns.raid.type" in str(err.value)
    assert "verbs.see[0].object_kinds[0]" in str(err.value)


def test_an_unknown_top_level_word_list_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, {"version": 1, "suport_verbs": ["impose"]})
    with pytest.raises(LexiconError, match="suport_verbs"):
        read_lexicon_file(path)


def test_an_entry_written_twice_is_an_error_not_a_lost_sense(tmp_path: Path) -> None:
    # JSON keeps the last of two equal keys: the first "describe" once lost 13 words that way
    path = tmp_path / "triggers.json"
    path.write_text(
        '{"version": 1, "verbs": {'
        '"describe": [{"type": "CRITICIZES", "object": ["dobj"]}], '
        '"describe": [{"type": "SUPPORTS", "object": ["dobj"]}]}}',
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="'describe' is written twice"):
        read_lexicon_file(path)


def test_the_head_of_a_predicate_decides_its_stance(nlp: Language) -> None:
    # constructed: "historic" (a praise word) modifies "mistake" (a criticism word)
    text = (
        "French President Emmanuel Macron called Russian President Vladimir Putin's decision "
        '"a historic mistake".'
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:emmanuel-macron", "CRITICIZES", "person:vladimir-putin") in got
    assert ("person:emmanuel-macron", "SUPPORTS", "person:vladimir-putin") not in got


def test_a_stance_noun_under_its_support_verb_is_no_stance_on_its_owner(nlp: Language) -> None:
    # constructed: "reaffirm" supports its object ("reaffirmed its support"), but a stance noun
    # it carries says what the stance is: Biden does not support Washington
    text = "US President Joe Biden reaffirmed Washington's commitment to defend Japan."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "SUPPORTS", "country:JPN") in got
    assert ("person:joe-biden", "SUPPORTS", "country:USA") not in got


def test_confidence_is_data_per_sense_else_per_type(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        {
            "version": 1,
            "verb_confidence": {"ATTACKS": 0.9},
            "verbs": {
                "raid": [{"type": "ATTACKS", "object": ["dobj"]}],
                "praise": [{"type": "SUPPORTS", "object": ["dobj"], "confidence": 0.6}],
                "meet": [{"type": "MEETS", "object": ["with"]}],
            },
        },
    )
    lex = load_lexicon(path, None)
    assert lex.confidence(lex.verbs["raid"][0]) == 0.9
    assert lex.confidence(lex.verbs["praise"][0]) == 0.6
    assert lex.confidence(lex.verbs["meet"][0]) == 0.8


def test_the_codebook_is_built_from_its_curated_source() -> None:
    """codebook.json is generated: it must be what build_lexicon.py makes of codebook.txt."""
    assert json.loads(CODEBOOK.read_text(encoding="utf-8")) == build()


def test_the_lexicon_has_codebook_scale_for_every_event_type() -> None:
    lex = load_lexicon()
    senses = [s for specs in lex.verbs.values() for s in specs]
    assert len(senses) >= 1000
    assert len(lex.nouns) >= 200
    by_type = Counter(s.type for s in senses) + Counter(s.type for s in lex.nouns.values())
    event_types = set(Relation) - {
        Relation.LEADER_OF,
        Relation.AFFILIATED_WITH,
        Relation.PART_OF,
        Relation.LOCATED_IN,
    }
    assert all(by_type[t] >= 5 for t in event_types), by_type


# ---- a noun trigger under a support verb -----------------------------------------------------


def test_imposed_sanctions_on_gives_the_verbs_subject_as_actor(nlp: Language) -> None:
    # The issue's own example: the date's "on" must not hide the target's.
    claims = claims_of(nlp, "France imposed sanctions on Iran on Tuesday.")
    assert ("country:FRA", "SANCTIONS", "country:IRN", "asserted") in triples(claims)


def test_a_dev_sentence_levied_sanctions_against(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The United States had also levied individual sanctions against al-Muhandis."
    )  # W10
    # alone, the sentence does not say whether al-Muhandis is a person: the kind is NER's
    assert {(s, t, o.split(":")[1]) for s, t, o in events(claims)} == {
        ("country:USA", "SANCTIONS", "al-muhandis")
    }


def test_a_negated_support_verb_negates_the_noun_claim(nlp: Language) -> None:
    claims = claims_of(nlp, "The United States did not impose sanctions on Turkey.")
    assert triples(claims) == {("country:USA", "SANCTIONS", "country:TUR", "negated")}


def test_support_verbs_carry_nouns_of_every_kind(nlp: Language) -> None:
    cases = {
        # Japan's statements on Taiwan (2021)
        "Japan expressed its strong support for Taiwan.": (
            "country:JPN",
            "SUPPORTS",
            "country:TWN",
        ),
        # the Russo-Georgian war (2008)
        "Russia declared war on Georgia in 2008.": ("country:RUS", "ATTACKS", "country:GEO"),
        # Israeli strikes in Syria (2019)
        "Israel carried out airstrikes on Syria.": ("country:ISR", "ATTACKS", "country:SYR"),
        # Nord Stream 2 (2019)
        "The United States put pressure on Germany to halt the pipeline.": (
            "country:USA",
            "REQUESTS",
            "country:DEU",
        ),
    }
    for text, expected in cases.items():
        assert expected in events(claims_of(nlp, text)), text


def test_a_measure_noun_between_verb_and_trigger(nlp: Language) -> None:
    claims = claims_of(nlp, "The United States imposed a new round of sanctions on North Korea.")
    assert ("country:USA", "SANCTIONS", "country:PRK") in events(claims)


def test_a_passive_support_verb_takes_its_agent_as_actor(nlp: Language) -> None:
    claims = claims_of(nlp, "Sanctions were imposed on Russia by the European Union.")
    assert ("org:european-union", "SANCTIONS", "country:RUS") in events(claims)


def test_held_talks_with_names_both_parties(nlp: Language) -> None:
    # the Wuhan summit (2018); ONTOLOGY.md lists "hold talks with" under MEETS
    text = (
        "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Wuhan."
    )
    assert ("person:narendra-modi", "MEETS", "person:xi-jinping") in events(claims_of(nlp, text))


def test_a_verb_that_is_no_support_for_a_noun_reads_the_phrase_itself(nlp: Language) -> None:
    # "ties" is a trigger only under verbs that build ties; "sever" reads "with Iran" itself (2016)
    claims = claims_of(nlp, "Saudi Arabia severed diplomatic ties with Iran in 2016.")
    assert events(claims) == {("country:SAU", "SANCTIONS", "country:IRN")}


def test_relations_between_two_parties_under_a_support_verb(nlp: Language) -> None:
    text = "The White House also announced a deal it brokered to normalize relations between Sudan and Israel."
    assert ("country:ISR", "COOPERATES_WITH", "country:SDN") in events(
        claims_of(nlp, text)
    )  # W_OCT


# ---- nominal forms --------------------------------------------------------------------------


def test_nominal_forms_with_possessor_or_by(nlp: Language) -> None:
    assert ("country:RUS", "CRITICIZES", "country:ISR") in events(
        claims_of(nlp, "Russia's condemnation of Israel was swift.")
    )
    assert ("country:TUR", "CRITICIZES", "country:ISR") in events(
        claims_of(nlp, "The condemnation of Israel by Turkey was swift.")
    )


# ---- codebook verbs and phrasal verbs -------------------------------------------------------


def test_a_phrasal_verb_with_its_particle_and_preposition(nlp: Language) -> None:
    text = (
        "President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, "
        'accusing her of "not doing her job".'
    )  # W_DC
    assert ("person:trump", "CRITICIZES", "person:muriel-bowser") in events(claims_of(nlp, text))


def test_codebook_verbs_of_several_families(nlp: Language) -> None:
    cases = {
        # Qatar crisis (2017)
        "Qatar recalled its ambassador from Saudi Arabia.": (
            "country:QAT",
            "SANCTIONS",
            "country:SAU",
        ),
        # a diplomatic protest: PLOVER codes summoning an envoy as disapproval
        "China summoned the Japanese ambassador on Friday.": (
            "country:CHN",
            "CRITICIZES",
            "country:JPN",
        ),
        "Hungary sided with Poland in the dispute.": ("country:HUN", "SUPPORTS", "country:POL"),
        "Russia launched missiles at Ukraine overnight.": ("country:RUS", "ATTACKS", "country:UKR"),
    }
    for text, expected in cases.items():
        assert expected in events(claims_of(nlp, text)), text
    text = (
        "Mexico's Foreign Secretary Marcelo Ebrard said the Mexican government would pressure the U.S. "
        "government to provide better protection."
    )  # W_EP
    assert ("country:MEX", "REQUESTS", "country:USA") in events(claims_of(nlp, text))


def test_blasted_an_actor_is_criticism_and_blasting_a_place_is_not(nlp: Language) -> None:
    text = (
        "Trump blasted Biden as a career politician and repeatedly asked why Biden did not "
        "already implement the policies he proposed."
    )  # W_OCT
    assert [
        c
        for c in claims_of(nlp, text)
        if c.type is Relation.CRITICIZES and c.object.endswith("biden")
    ]
    # the explosion sense: no actor is blasted
    # https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    text = (
        "Mining companies frequently blasted sacred aboriginal sites destroying precious "
        "aboriginal artwork."
    )
    assert not events(claims_of(nlp, text))
    assert not events(claims_of(nlp, "A bomb blasted the building in Kabul."))


def test_a_trade_measure_names_its_partner_in_the_preposition(nlp: Language) -> None:
    # constructed: the corpora hold no such sentence with an actor partner (the trade wars of
    # 2019-2020: Japan and South Korea, China and Australia)
    cases = {
        "Japan restricted exports to South Korea.": ("country:JPN", "SANCTIONS", "country:KOR"),
        "China banned imports from Australia.": ("country:CHN", "SANCTIONS", "country:AUS"),
        "Saudi Arabia cut off trade with Qatar.": ("country:SAU", "SANCTIONS", "country:QAT"),
    }
    for text, expected in cases.items():
        assert expected in events(claims_of(nlp, text)), text
    # a ban on people, not goods, from a place is none
    assert not events(claims_of(nlp, "The police banned protesters from the square."))


def test_no_claim_from_a_verbs_other_senses(nlp: Language) -> None:
    for text in (
        "Stocks hit a record high on Friday.",
        "The government backed down after protests.",
        "Mexico sent its condolences to the families.",
    ):
        assert not events(claims_of(nlp, text)), text


def test_a_question_and_an_election_call_are_no_requests(nlp: Language) -> None:
    for text in (
        # https://en.wikinews.org/wiki/Simple_animals_could_live_in_Martian_brines:_Wikinews_interviews_planetary_scientist_Vlada_Stamenkovi%C4%87
        "Wikinews also asked Stamenković how their research is linked to the recent discovery of "
        "possible large subglacial lake below the Martian South Pole.",
        # https://en.wikinews.org/wiki/Joe_Biden_projected_US_president-elect
        "Later in the day, the AP and NBC News also called Nevada for Biden, giving him an "
        "additional six electoral college votes.",
    ):
        assert not events(claims_of(nlp, text)), text
    # the request sense itself stays: a person asked to act
    # W_OCT
    asked = claims_of(nlp, "Biden asked Trump to post the video on his website.")
    assert [c for c in asked if c.type is Relation.REQUESTS and c.object == "person:trump"]


def test_calling_an_actor_a_terrorist_is_an_accusation(nlp: Language) -> None:
    # adapted from Wikinews W08 (dev 08), "He" replaced by the name it refers to
    text = (
        "Erdogan named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) "
        "as terrorists."
    )
    assert {
        ("person:erdogan", "ACCUSES", "org:pkk"),
        ("person:erdogan", "ACCUSES", "org:ypg"),
    } <= events(claims_of(nlp, text))
    # a verbless small clause holds the object
    assert ("country:TUR", "ACCUSES", "org:ypg") in events(
        claims_of(nlp, "Turkey considers the YPG a terrorist organization.")
    )
    # naming someone to an office is no accusation
    assert not events(claims_of(nlp, "The United States named John Smith as its new ambassador."))


def test_the_receiving_side_of_an_act(nlp: Language) -> None:
    cases = {
        # EU sanctions on Iran (2019)
        "Iran faced new sanctions from the European Union.": (
            "org:european-union",
            "SANCTIONS",
            "country:IRN",
        ),
        # F-16 transfers to Ukraine (2023)
        "Ukraine received F-16 jets from Denmark.": ("country:DNK", "SUPPLIES", "country:UKR"),
        # Iranian drones for Russia (2022)
        "Russia bought drones from Iran.": ("country:IRN", "SUPPLIES", "country:RUS"),
    }
    for text, expected in cases.items():
        assert expected in events(claims_of(nlp, text)), text


def test_the_subject_of_a_mandative_clause_is_the_one_asked(nlp: Language) -> None:
    cases = {
        # the US-China trade dispute (2019)
        "Trump demanded that China stop buying Iranian oil.": "country:CHN",
        "Macron called for Russia to withdraw its troops.": "country:RUS",
        "The UN urged that Israel should halt settlement activity.": "country:ISR",
    }
    for text, target in cases.items():
        assert any(t == "REQUESTS" and o == target for _, t, o in events(claims_of(nlp, text))), (
            text
        )
    # a reported fact is no request
    assert not events(claims_of(nlp, "The minister said that China stopped buying oil."))


def test_a_gathering_noun_under_a_support_verb_relates_its_coordinated_subjects(
    nlp: Language,
) -> None:
    # the Biden-Xi virtual summit (2021)
    assert ("person:biden", "MEETS", "person:xi") in events(
        claims_of(nlp, "Biden and Xi held a virtual summit on Monday.")
    )
    assert {
        ("country:CHN", "MEETS", "country:IRN"),
        ("country:IRN", "MEETS", "country:RUS"),
        ("country:CHN", "MEETS", "country:RUS"),
    } <= events(claims_of(nlp, "Russia, China and Iran held talks in Beijing."))


def test_an_amount_between_support_verb_and_noun(nlp: Language) -> None:
    # German aid to Ukraine (2022); an announced act is narrated, not reported speech
    claims = claims_of(nlp, "Germany pledged 1 billion euros in aid to Ukraine.")
    assert ("country:DEU", "SUPPLIES", "country:UKR") in events(claims)
    claims = claims_of(nlp, "The United States announced $2 billion of military aid for Ukraine.")
    assert ("country:USA", "SUPPLIES", "country:UKR", "asserted") in triples(claims)


def test_the_one_called_on_to_act_is_the_actor_of_the_act(nlp: Language) -> None:
    # Leopard tanks for Ukraine (2023)
    claims = events(claims_of(nlp, "Poland called on Germany to send tanks to Ukraine."))
    assert ("country:POL", "REQUESTS", "country:DEU") in claims
    assert ("country:DEU", "SUPPLIES", "country:UKR") in claims
    assert ("country:POL", "SUPPLIES", "country:UKR") not in claims


def test_agreeing_to_a_ceasefire_with(nlp: Language) -> None:
    assert ("country:ISR", "AGREES_WITH", "org:hamas") in events(
        claims_of(nlp, "Hamas agreed to a ceasefire with Israel.")
    )


def test_unnamed_targets_in_a_place(nlp: Language) -> None:
    # Israel-Hezbollah exchanges (2023)
    claims = events(
        claims_of(nlp, "Israel struck targets in Lebanon after Hezbollah fired rockets.")
    )
    assert ("country:ISR", "ATTACKS", "country:LBN") in claims
    # a named target keeps its own place out
    assert events(claims_of(nlp, "Russia attacked Ukraine in 2022.")) == {
        ("country:RUS", "ATTACKS", "country:UKR")
    }


def test_traded_accusations_go_both_ways(nlp: Language) -> None:
    # the Second Thomas Shoal collisions (2023)
    claims = events(
        claims_of(nlp, "China and the Philippines traded accusations over the collision.")
    )
    assert {
        ("country:CHN", "ACCUSES", "country:PHL"),
        ("country:PHL", "ACCUSES", "country:CHN"),
    } <= claims


def test_a_stance_on_an_actors_act_is_a_stance_on_the_actor(nlp: Language) -> None:
    claims = events(claims_of(nlp, "Erdogan slammed Israel's actions in Gaza as genocide."))
    assert any(t == "CRITICIZES" and o == "country:ISR" for _, t, o in claims)


def test_a_vowed_act_is_planned_and_a_package_of_sanctions_is_sanctions(nlp: Language) -> None:
    assert ("person:netanyahu", "ATTACKS", "org:hamas", "planned") in triples(
        claims_of(nlp, "Netanyahu vowed to destroy Hamas.")
    )
    # the EU's sanctions packages against Russia (2022-)
    assert ("org:european-union", "SANCTIONS", "country:RUS") in events(
        claims_of(nlp, "The EU agreed on a new package of sanctions against Russia.")
    )


def test_a_noun_trigger_as_object_speaks_for_its_verb(nlp: Language) -> None:
    # the verb's own sense ("give" supplies its object) yields to the noun it carries
    assert events(claims_of(nlp, "Germany gave its full support to Ukraine.")) == {
        ("country:DEU", "SUPPORTS", "country:UKR")
    }
    assert events(claims_of(nlp, "China sent a warning to the United States.")) == {
        ("country:CHN", "THREATENS", "country:USA")
    }
    assert ("country:IRN", "SUPPLIES", "country:RUS") in events(
        claims_of(nlp, "Iran sent drones to Russia.")
    )


def test_a_pronoun_possessor_is_not_the_target_of_a_stance(nlp: Language) -> None:
    # Wikinews, "Bloomberg, Warren end US presidential campaigns following Super Tuesday" (2020)
    text = (
        "U.S. Representative Tulsi Gabbard of Hawaii secured the last delegate from American Samoa, "
        "her first delegate of the campaign season.\n\nWednesday, the same day that he dropped out, "
        "Bloomberg endorsed his former rival, Joe Biden."
    )
    assert not any(o == "person:tulsi-gabbard" for _, _, o in events(claims_of(nlp, text)))


def test_the_one_an_allegation_names_in_its_clause_is_accused(nlp: Language) -> None:
    # dev 03 (https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27)
    text = (
        "Germany banned Iranian airline Mahan Air. US Ambassador to Germany Richard Grenell "
        'alleged, by way of example, Mahan had "contributed to incredible human suffering, '
        'violence, and political instability felt across the world."'
    )
    accused = [c.object for c in claims_of(nlp, text) if c.type is Relation.ACCUSES]
    assert [o.endswith(":mahan-air") for o in accused] == [True]  # its kind is the NER's
    # a story's allegation is not its reader's, and an unnamed subject accuses no one:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Senator Bernie Sanders slammed Trump for a New York Times story alleging Trump paid more "
        "taxes to the Chinese and other governments than to the United States."
    )
    assert not [c for c in claims_of(nlp, text) if c.type is Relation.ACCUSES]


def test_questioning_a_party_s_act_is_criticism_and_questioning_a_person_is_not(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall
    text = (
        "President Donald Trump said he may declare a national emergency. Senate Minority Whip "
        "Dick Durbin and incoming chair of the House Intelligence Committee Represenative Adam "
        "Schiff both yesterday questioned the President's power to do as he proposed."
    )
    assert ("person:dick-durbin", "CRITICIZES", "person:donald-trump") in events(
        claims_of(nlp, text)
    )
    # interrogation: whom the police question is not criticised, nor what the owner owns
    # https://en.wikinews.org/wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway
    assert not events(claims_of(nlp, "Police said they questioned the car's owner."))
    assert not events(claims_of(nlp, "The FBI questioned Michael Flynn."))  # constructed


def test_continuing_a_party_s_policies_supports_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Sultan_Qaboos_of_Oman_dies
    text = (
        "Sultan Qaboos bin Said of Oman died on Friday. After the funeral, Haitham said he would "
        "continue Qaboos's policies including a neutral approach to foreign affairs."
    )
    supports = [c for c in claims_of(nlp, text) if c.type is Relation.SUPPORTS]
    assert [(c.subject, c.object, c.modality.value) for c in supports] == [
        ("person:haitham", "person:qaboos-bin-said", "reported")
    ]
    # only policies and the like: continuing an offensive is no support of anyone
    assert not [
        c
        for c in claims_of(nlp, "Russia continued Ukraine's blockade.")  # constructed
        if c.type is Relation.SUPPORTS
    ]


def test_taking_the_fight_to_a_party_opposes_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Biden_announces_Kamala_Harris_as_2020_running_mate_in_US_presidential_race
    text = (
        "Joe Biden announced Kamala Harris as his running mate. Biden wrote that \"I've decided "
        "that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence "
        'and then to lead this nation starting in January 2021".'
    )
    opposed = {(c.subject, c.object) for c in claims_of(nlp, text) if c.type is Relation.OPPOSES}
    assert ("person:joe-biden", "person:mike-pence") in opposed


def test_a_majority_against_a_measure_opposes_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
    text = "Currently, the British parliament has a majority against a no-deal Brexit."
    assert [c.object for c in claims_of(nlp, text) if c.type is Relation.OPPOSES] == [
        "topic:no-deal-brexit"
    ]

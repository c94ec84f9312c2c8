"""Claims from real sentences: each rule of `geokg.ingest.relations` earned by the sentence that needed it.

Sentences from the development corpus are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/); the article URL is given beside each one.
Sentences marked "sample" are from the sample article corpus/seed/viewworld-2787-kim-putin.wp.json.
"""

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from extraction_support import claims_of, read_claims, triples
from spacy.language import Language

from geokg.graph.models import Article
from geokg.ingest.relations import extract_claims
from geokg.ingest.resolve import resolve

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLE = CORPUS / "seed" / "viewworld-2787-kim-putin.wp.json"
SAMPLE_GOLD = CORPUS / "seed" / "gold.json"

W08 = "https://en.wikinews.org/wiki/Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast"
W05 = "https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7"
W10 = "https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani"
W03 = "https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27"
W11 = "https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement"
W02 = "https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast"
W06 = "https://en.wikinews.org/wiki/Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks"
W09 = "https://en.wikinews.org/wiki/US_announces_restrictions_on_flying_to_Cuba"
W07 = "https://en.wikinews.org/wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision"


# ---- titles -----------------------------------------------------------------------------


def test_titles_before_coordinated_names_each_give_their_leader(nlp: Language) -> None:
    # W08; the parser hangs "Trump" under the second "President": the word order decides.
    text = "On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone."
    got = triples(claims_of(nlp, text))
    assert ("person:donald-trump", "LEADER_OF", "country:USA", "asserted") in got
    assert ("person:recep-tayyip-erdogan", "LEADER_OF", "country:TUR", "asserted") in got
    assert ("person:recep-tayyip-erdogan", "LEADER_OF", "country:USA", "asserted") not in got


def test_apposition_title_of_a_country(nlp: Language) -> None:
    # W10
    text = (
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public "
        "mourning after the strike."
    )
    got = {(c.subject, c.type.value, c.object, c.role) for c in claims_of(nlp, text)}
    assert ("person:ali-hosseini-khamenei", "LEADER_OF", "country:IRN", "Supreme Leader") in got


def test_multiword_leader_title_and_british_is_the_united_kingdom(nlp: Language) -> None:
    # W05: "Prime Minister" leads (not "Minister"); "British" is GBR, named United Kingdom.
    text = "The call was quickly seconded by German Chancellor Angela Merkel and British Prime Minister Boris Johnson."
    claims = claims_of(nlp, text)
    got = {(c.subject, c.type.value, c.object, c.role) for c in claims}
    assert ("person:boris-johnson", "LEADER_OF", "country:GBR", "Prime Minister") in got
    assert ("person:angela-merkel", "LEADER_OF", "country:DEU", "Chancellor") in got


def test_french_is_france_not_a_territory_sharing_the_demonym(nlp: Language) -> None:
    # W05
    text = (
        "On Thursday, French President Emmanuel Macron called for G7 action to correct what he named "
        "the international crisis of wildfires currently destroying Amazon rainforest in and around Brazil."
    )
    assert ("person:emmanuel-macron", "LEADER_OF", "country:FRA", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_plural_title_before_coordinated_names_gives_each_their_country(nlp: Language) -> None:
    # W04
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit "
        "where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the "
        "African Continental Free Trade Area (AfCFTA) agreement."
    )
    got = {(c.subject, c.type.value, c.object, c.role) for c in claims_of(nlp, text)}
    assert ("person:muhammadu-buhari", "LEADER_OF", "country:NGA", "President") in got
    assert ("person:patrice-talon", "LEADER_OF", "country:BEN", "President") in got
    assert not {c for c in got if c[1] == "LEADER_OF" and c[2] == "country:NER"}


def test_leader_title_without_owner_takes_the_sentences_one_unled_country(nlp: Language) -> None:
    # sample: Kim leads North Korea, so Russia is the one country left for "President Vladimir Putin".
    text = (
        "SEOUL, South Korea (AP) — North Korea’s Kim Jong Un rolled into Russia on an armored train "
        "Tuesday to see President Vladimir Putin, a rare meeting between isolated leaders driven "
        "together by their need for support in escalating standoffs with the West."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:vladimir-putin", "LEADER_OF", "country:RUS", "asserted") in got
    # W07: two countries and no leader known for either: no guess (by surname only: the register
    # knows the full name's office of 2019-2022, not the sample's day).
    text = (
        "On Monday, Prime Minister Johnson joined the calls by United Kingdom officials asking "
        "the United States to waive diplomatic immunity for Anne Sacoolas."
    )
    assert not {t for t in triples(claims_of(nlp, text)) if t[1] == "LEADER_OF"}


def test_a_wire_datelines_city_is_in_its_country(nlp: Language) -> None:
    # sample; and a dateline with a city alone places nothing
    text = (
        "SEOUL, South Korea (AP) — North Korea’s Kim Jong Un rolled into Russia on an armored train "
        "Tuesday to see President Vladimir Putin."
    )
    assert ("loc:seoul", "LOCATED_IN", "country:KOR", "asserted") in triples(claims_of(nlp, text))
    text = "MOSCOW (AP) — North Korea’s Kim Jong Un rolled into Russia on an armored train Tuesday."
    assert not [t for t in triples(claims_of(nlp, text)) if t[1] == "LOCATED_IN"]


def test_the_agents_of_a_passive_meeting_do_not_meet_each_other(nlp: Language) -> None:
    # sample
    text = (
        "Kim Jong Un arrived in Russia on Tuesday. He was met on a red carpet by regional Gov. Oleg "
        "Kozhemyako and Natural Resources Minister Alexander Kozlov, their channels said."
    )
    meets = {
        frozenset((c.subject, c.object)) for c in claims_of(nlp, text) if c.type.value == "MEETS"
    }
    assert frozenset(("person:oleg-kozhemyako", "person:alexander-kozlov")) not in meets


def test_prepositional_phrase_before_a_comma_is_no_title(nlp: Language) -> None:
    # sample
    text = (
        "According to U.S. officials, Putin could focus on securing more supplies of North Korean "
        "artillery and other ammunition to refill arsenals as Moscow seeks to rebuff a Ukrainian "
        "counteroffensive and show that he’s capable of grinding out a long war of attrition."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value in ("AFFILIATED_WITH", "LEADER_OF")]


def test_an_ordinal_after_a_name_at_the_end_of_the_text_reads_no_word_beyond_it(
    nlp: Language,
) -> None:
    # W02, cut after "first": the title reader's "First Minister" check looked at the next
    # token and raised IndexError on the text's last word.
    text = "One Rohingya, Muhammad Amin, the first"
    assert not [c for c in claims_of(nlp, text) if c.type.value in ("AFFILIATED_WITH", "LEADER_OF")]


# ---- arguments ---------------------------------------------------------------------------


def test_relative_clause_object_resolves_to_the_earlier_named_sanctions(nlp: Language) -> None:
    # sample: "the sanctions, which Russia supported" -> "crippling U.N. sanctions"
    text = (
        "It’s a chance for the North Korean leader to get around crippling U.N. sanctions and years "
        "of diplomatic isolation. Any arms deal with North Korea would violate the sanctions, which "
        "Russia supported in the past."
    )
    claims = [c for c in claims_of(nlp, text) if c.type.value == "SUPPORTS"]
    assert [(c.subject, c.object, c.modality.value, c.tense.value) for c in claims] == [
        ("country:RUS", "topic:un-sanctions", "asserted", "past")
    ]


def test_phrase_attached_to_the_object_noun_and_capitals_acting(nlp: Language) -> None:
    # sample: "maintaining communication with Moscow"; Seoul and Moscow act, so they are states.
    text = (
        "Lim Soo-suk, South Korea’s Foreign Ministry spokesperson, said Seoul was maintaining "
        "communication with Moscow while closely monitoring Kim’s visit."
    )
    assert ("country:KOR", "NEGOTIATES_WITH", "country:RUS", "reported") in triples(
        claims_of(nlp, text)
    )


def test_light_verb_nominal_triggers_speaker_pronoun_and_temporal_clause(nlp: Language) -> None:
    # W08: "it" is the SDF that announces; "began an offensive into Syria" is Turkey attacking;
    # the "after" clause is the article's narration, not the SDF's words.
    text = (
        "Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into "
        "an agreement with the government of Syria after Turkey began a military offensive into "
        "north-eastern Syria on Wednesday."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:SYR", "AGREES_WITH", "org:syrian-democratic-forces", "reported") in got
    assert ("country:TUR", "ATTACKS", "country:SYR", "asserted") in got


def test_claim_of_a_hostile_act_is_an_accusation_and_its_content_alleged(nlp: Language) -> None:
    # W03: "flies fighters and cargo to Syria" supplies (a direct object), and claiming it accuses.
    text = (
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with "
        "officials saying this is for security reasons. The United States government claims Mahan "
        "flies fighters and cargo to Syria in support of al-Assad."
    )
    got = triples(claims_of(nlp, text))
    # Out of its article the NER may call the airline a place: its id prefix is not at stake here,
    # only that "Mahan" and "Mahan Air" are one node.
    mahan = {c[0] for c in got if c[1] == "SUPPLIES"} | {c[2] for c in got if c[1] == "SANCTIONS"}
    assert len(mahan) == 1 and mahan.pop().endswith(":mahan-air")
    airline = next(c[0] for c in got if c[1] == "SUPPLIES")
    assert (airline, "SUPPLIES", "country:SYR", "alleged") in got
    assert ("country:USA", "ACCUSES", airline, "asserted") in got
    assert ("country:DEU", "SANCTIONS", airline, "asserted") in got


def test_definite_event_noun_stands_for_its_actor(nlp: Language) -> None:
    # W10: "spoke out against the attack" criticises who attacked; "acting" stays in the title.
    text = (
        "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in "
        "an airstrike. Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the "
        'attack, calling it "an aggression on Iraq as a state, government and people" as well as a '
        "violation of the rules relating to the presence of United States troops in Iraq."
    )
    claims = claims_of(nlp, text)
    got = triples(claims)
    # Out of its article the NER leaves "Adil" out of the name: match the person on its surname.
    pm = next(c.subject for c in claims if c.subject.endswith("abdul-mahdi"))
    assert ("country:USA", "ATTACKS", "person:qasem-soleimani", "asserted") in got
    assert (pm, "CRITICIZES", "country:USA", "asserted") in got
    assert (pm, "REQUESTS", "country:IRQ", "asserted") not in got
    roles = {(c.subject, c.type.value, c.object, c.role) for c in claims}
    assert (pm, "LEADER_OF", "country:IRQ", "acting Prime Minister") in roles
    assert ("person:qasem-soleimani", "LEADER_OF", "org:quds-force", "head") in roles


def test_a_singular_event_noun_skips_events_told_only_in_the_plural(nlp: Language) -> None:
    # W10: the rocket strikes by PMF sympathizers came later in the text, but "the attack" is
    # the one airstrike, not the "rocket attacks"
    text = (
        "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds "
        "Force, in an airstrike. al-Muhandis was the deputy commander of the Popular Mobilization "
        "Forces (PMF), an Iranian-backed militia. The military strike follows rocket attacks on "
        "the United States Embassy in Iraq; Business Insider reported that the rocket strikes were "
        "carried out by sympathizers of the PMF. Adil Abdul-Mahdi, the acting Prime Minister of "
        'Iraq, spoke out against the attack, calling it "an aggression on Iraq as a state, '
        'government and people".'
    )
    criticised = {c.object for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert criticised == {"country:USA"}
    # constructed: with only the plural told, "the attack" is that one
    text = (
        "Houthi rebels launched drone attacks on Saudi oil facilities. Iran condemned the attack."
    )
    criticised = {c.object for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert len(criticised) == 1 and "houthi" in criticised.pop()


def test_call_for_a_partys_action_and_seconding_the_call(nlp: Language) -> None:
    # W05: "called for G7 action" asks the G7; "The call was seconded by A and B": both back Macron.
    text = (
        "On Thursday, French President Emmanuel Macron called for G7 action to correct what he named "
        "the international crisis of wildfires currently destroying Amazon rainforest in and around "
        "Brazil. The call was quickly seconded by German Chancellor Angela Merkel and British Prime "
        "Minister Boris Johnson."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:emmanuel-macron", "REQUESTS", "org:g7", "asserted") in got
    assert ("person:angela-merkel", "SUPPORTS", "person:emmanuel-macron", "asserted") in got
    assert ("person:boris-johnson", "SUPPORTS", "person:emmanuel-macron", "asserted") in got


def test_organisation_labelled_with_a_state_is_part_of_it(nlp: Language) -> None:
    # W03: "Iranian airline Mahan Air", read in its article (out of it the NER calls it a place).
    from geokg.ingest.readers import read_paths

    (document,) = list(read_paths([CORPUS / "dev" / "articles" / "03-germany-bans-mahan-air.json"]))
    assert not isinstance(document, Exception)
    sentence = (
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation"
    )
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, document.text)
        if c.sentence.startswith(sentence)
    }
    assert ("org:mahan-air", "PART_OF", "country:IRN") in got
    assert ("country:DEU", "SANCTIONS", "org:mahan-air") in got


def test_named_national_force_is_an_organisation_of_its_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
    text = (
        "On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the Indonesian Navy "
        "reportedly saved 200 more after they were found swimming along the coast of Aceh, Indonesia."
    )
    assert ("org:indonesian-navy", "PART_OF", "country:IDN", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_denial_of_such_claims_denies_the_allegations_just_made(nlp: Language) -> None:
    # sample
    text = (
        "The United States has accused North Korea of providing Russia with arms, including selling "
        "artillery shells to the Russian mercenary group Wagner. Both Russian and North Korean "
        "officials denied such claims."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:USA", "ACCUSES", "country:PRK", "asserted") in got
    assert ("country:PRK", "SUPPLIES", "country:RUS", "alleged") in got
    assert ("country:PRK", "SUPPLIES", "country:RUS", "denied") in got


def test_gathering_of_named_counterparts_meets_pairwise_and_visits(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos "
        "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on "
        "Wednesday to discuss Libya–Turkey relations."
    )
    claims = claims_of(nlp, text)
    meets = {frozenset((c.subject, c.object)) for c in claims if c.type.value == "MEETS"}
    assert frozenset(("person:sameh-shoukry", "person:nikos-dendias")) in meets
    assert frozenset(("person:sameh-shoukry", "person:jean-yves-le-drian")) in meets
    assert frozenset(("person:nikos-dendias", "person:jean-yves-le-drian")) in meets
    visits = {(c.subject, c.object) for c in claims if c.type.value == "VISITS"}
    assert ("person:nikos-dendias", "loc:cairo") in visits
    # "to discuss" is the purpose of that one meeting, not a second relation between each pair
    assert not [c for c in claims if c.type.value == "NEGOTIATES_WITH"]
    # the counterparts are named, so their countries are no parties of their own
    assert not [m for m in meets if any(e.startswith("country:") for e in m)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # constructed: no corpus sentence has the wire-copy form "his X counterpart NAME", where
        # the parser hangs the name on the verb (npadvmod) instead of on "counterpart"
        (
            "Russian President Vladimir Putin met his Turkish counterpart Recep Tayyip Erdoğan in "
            "Ankara.",
            "person:recep-tayyip-erdogan",
        ),
        (
            "Russian President Vladimir Putin held talks with his Turkish counterpart, Recep "
            "Tayyip Erdoğan, in Ankara.",
            "person:recep-tayyip-erdogan",
        ),
    ],
)
def test_a_name_right_after_a_counterpart_is_that_counterpart(
    nlp: Language, text: str, person: str
) -> None:
    meets = {
        frozenset((c.subject, c.object)) for c in claims_of(nlp, text) if c.type.value == "MEETS"
    }
    assert meets == {frozenset(("person:vladimir-putin", person))}


def test_the_named_attendants_of_a_summit_meet_each_other(nlp: Language) -> None:
    # constructed: the passive of "Putin, Erdoğan and Rouhani attended the summit" (read by
    # noun_coordinated_subjects); the parser hangs the second name on the verb, not in the list
    text = (
        "The summit was attended by Russian President Vladimir Putin, Turkish President Recep "
        "Tayyip Erdoğan and Iranian President Hassan Rouhani."
    )
    meets = {
        frozenset((c.subject, c.object)) for c in claims_of(nlp, text) if c.type.value == "MEETS"
    }
    putin, erdogan, rouhani = (
        "person:vladimir-putin",
        "person:recep-tayyip-erdogan",
        "person:hassan-rouhani",
    )
    assert meets == {
        frozenset((putin, erdogan)),
        frozenset((putin, rouhani)),
        frozenset((erdogan, rouhani)),
    }


def test_unnamed_agents_of_several_states_act_for_each(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020 (a caption)
    text = (
        "President Jimmy Carter (center) shakes hands with the leaders of Egypt and Israel at the "
        "signing of the Egypt–Israel peace treaty."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:EGY", "MEETS", "person:jimmy-carter") in got
    assert ("country:ISR", "MEETS", "person:jimmy-carter") in got


def test_elided_coordinated_names_exchange_fire_both_ways(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27
    text = "The report comes after North and South Korea exchanged artillery fire yesterday."
    got = triples(claims_of(nlp, text))
    assert ("country:PRK", "ATTACKS", "country:KOR", "asserted") in got
    assert ("country:KOR", "ATTACKS", "country:PRK", "asserted") in got


def test_named_example_of_a_common_noun_and_subject_on_the_auxiliary(nlp: Language) -> None:
    # W03: "allies such as Germany" is Germany; the parser hangs "The US" on "been".
    text = "The US has been encouraging allies such as Germany to restrict Mahan's operations."
    assert ("country:USA", "REQUESTS", "country:DEU", "asserted") in triples(claims_of(nlp, text))


def test_passive_agent_members_of_an_organisation_condemn_the_operation(nlp: Language) -> None:
    # W08: "the operation" is Turkey's offensive; "members of the European Union" condemn it.
    text = (
        "On Wednesday, Turkey began a military offensive with airstrikes followed by a ground invasion. "
        "The operation was condemned by members of the European Union."
    )
    assert ("org:european-union", "CRITICIZES", "country:TUR", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_expelling_a_states_ambassador_sanctions_the_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    text = "Athens expelled the Libyan ambassador to Greece over the agreement."
    assert ("country:GRC", "SANCTIONS", "country:LBY", "asserted") in triples(claims_of(nlp, text))


def test_participle_on_a_medium_is_the_posters_act(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks
    text = (
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, "
        'saying there was "no evidence the attacks came from Yemen."'
    )
    got = triples(claims_of(nlp, text))
    assert ("person:mike-pompeo", "ACCUSES", "country:IRN", "asserted") in got
    assert not [t for t in got if t[1] == "ACCUSES" and t[0] != "person:mike-pompeo"]


def test_dateline_is_not_the_actor(nlp: Language) -> None:
    # sample, first sentence with its dateline
    text = (
        "SEOUL, South Korea (AP) — North Korea’s Kim Jong Un rolled into Russia on an armored train "
        "Tuesday to see President Vladimir Putin, a rare meeting between isolated leaders driven "
        "together by their need for support in escalating standoffs with the West."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:kim-jong-un", "VISITS", "country:RUS", "asserted") in got
    assert ("person:kim-jong-un", "MEETS", "person:vladimir-putin", "planned") in got
    assert not [t for t in got if t[1] == "VISITS" and t[0] != "person:kim-jong-un"]


def test_quoted_we_of_a_spokesperson_is_their_state(nlp: Language) -> None:
    # sample (the United States is named earlier in the article; here in its own sentence)
    text = (
        "The United States has accused North Korea of providing Russia with arms. “We urge the DPRK "
        "to abide by the public commitments that Pyongyang has made to not provide or sell arms to "
        "Russia,” said White House National Security Council spokesperson Adrienne Watson, using the "
        "abbreviation for North Korea’s official name of the Democratic People’s Republic of Korea."
    )
    assert ("country:USA", "REQUESTS", "country:PRK", "reported") in triples(claims_of(nlp, text))


def test_quoted_we_of_a_named_principal_is_the_principal(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall
    # Gold reads a named speaker's quoted "we" as the speaker (silver w171 Zelenskyy, w011
    # Morawiecki); the Senate is only in Schumer's title.
    text = (
        'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president '
        'once again: don\'t hold hundreds of thousands of federal workers hostage" and "So we told '
        'the president we needed the government open. He resisted."'
    )
    got = triples(claims_of(nlp, "President Donald Trump spoke on Thursday. " + text))
    assert ("person:chuck-schumer", "REQUESTS", "person:donald-trump", "reported") in got
    assert not [t for t in got if t[1] == "REQUESTS" and t[0] != "person:chuck-schumer"]


def test_quoted_we_goes_to_the_speaker_named_after_the_quotation(nlp: Language) -> None:
    # constructed on the Schumer case above: the speaker is named in the sentence after the
    # quotation, and another quotation's speaker (a minister) comes before it
    text = (
        '"We will respond," the Russian foreign minister Sergei Lavrov said. "We condemn the '
        'sanctions imposed by the United States on our companies." Vladimir Putin said on Tuesday.'
    )
    got = triples(claims_of(nlp, text))
    assert ("person:vladimir-putin", "CRITICIZES", "country:USA", "reported") in got
    assert not [t for t in got if t[1] == "CRITICIZES" and t[0] != "person:vladimir-putin"]


# ---- requests and their answers (W07) --------------------------------------------------------


def test_request_participle_takes_the_agent_of_its_noun_and_the_addressee_of_its_governor(
    nlp: Language,
) -> None:
    # W07: "the calls by X asking Y"; "wrote to Y asking to waive"; the named holder of a title acts.
    text = (
        "On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking "
        "the United States to waive diplomatic immunity for Anne Sacoolas. Northamptonshire's chief "
        "constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:GBR", "REQUESTS", "country:USA", "asserted") in got
    assert (
        "person:boris-johnson",
        "REQUESTS",
        "country:USA",
        "asserted",
    ) in got  # joined the calls
    assert (
        "person:nick-adderley",
        "REQUESTS",
        "org:united-states-embassy-in-london",
        "asserted",
    ) in got


def test_an_order_that_a_party_act_asks_the_party(nlp: Language) -> None:
    # constructed after outlet copy ("the court also ordered that the Pakistani Parliament
    # reconvene"): the subject of the ordered clause is asked; a thing ordered released is not
    text = "The Supreme Court ordered that Israel stop the demolitions."
    assert ("org:supreme-court", "REQUESTS", "country:ISR", "asserted") in triples(
        claims_of(nlp, text)
    )
    text = "The judge ordered that the documents be released."
    assert not [t for t in triples(claims_of(nlp, text)) if t[1] == "REQUESTS"]


def test_a_demand_in_a_participle_asks_the_party_of_its_clause(nlp: Language) -> None:
    # constructed after wire copy on the downing of flight PS752: the subjunctive under a
    # participle of demanding says who is asked to act; one under a participle of alleging is
    # reported ("has alleged that Iran and Hezbollah smuggle")
    text = "Canada and Ukraine issued a statement demanding that Iran pay compensation."
    assert ("country:UKR", "REQUESTS", "country:IRN", "asserted") in triples(claims_of(nlp, text))
    alleged = "Israel has alleged that Iran and Hezbollah smuggle weapons into Lebanon."
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, alleged))}
    assert ("country:ISR", "ACCUSES", "country:IRN") in got


def test_referring_to_a_party_as_a_label_is_calling_it_that(nlp: Language) -> None:
    # constructed after campaign copy ("Biden referred to hecklers as 'ugly folks'")
    text = (
        "At a rally in Minnesota, Joe Biden referred to Donald Trump as a liar. Rodrigo Duterte "
        "referred to the ICC as a terrorist group."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert ("person:joe-biden", "ACCUSES", "person:donald-trump") in got
    assert ("person:rodrigo-duterte", "ACCUSES", "org:international-criminal-court") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructed after wire copy on the Lake Chad and Sahel campaigns
        (
            "Nigeria and Chad launched a joint operation against Boko Haram.",
            {("country:NGA", "COOPERATES_WITH", "country:TCD")},
        ),
        (
            "France launched a joint operation with Mali against the militants.",
            {("country:FRA", "COOPERATES_WITH", "country:MLI")},
        ),
        (
            "The joint operation was conducted by Kenya and Somalia.",
            {("country:KEN", "COOPERATES_WITH", "country:SOM")},
        ),
        (
            "Kenya and Somalia issued a joint statement.",
            {("country:KEN", "AGREES_WITH", "country:SOM")},
        ),
        (
            "Greece rescued the migrants in cooperation with Turkey.",
            {("country:GRC", "COOPERATES_WITH", "country:TUR")},
        ),
        (
            "Nigerian troops, in conjunction with Chad, attacked Boko Haram.",
            {("country:NGA", "COOPERATES_WITH", "country:TCD")},
        ),
    ],
)
def test_an_act_done_jointly_or_in_cooperation_joins_its_doers(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    # symmetric types may come either way round
    got |= {(o, t, s) for s, t, o in got if t in ("COOPERATES_WITH", "AGREES_WITH")}
    assert expected <= got


@pytest.mark.parametrize(
    "text",
    [
        # sentences a helper's review wrote against the first form of these rules
        "The United States and Japan rejected a joint proposal from China and Russia.",
        "Pakistan cancelled joint exercises with the United States.",
        "Kenya placed its faith in a partnership with China.",
        "Spanish police launched an operation against a drug gang in Morocco.",
    ],
)
def test_a_joint_act_rejected_or_cancelled_or_an_operation_against_a_gang_joins_no_one(
    nlp: Language, text: str
) -> None:
    got = {t for _, t, _, _ in triples(claims_of(nlp, text))}
    assert not got & {"COOPERATES_WITH", "AGREES_WITH", "ATTACKS"}, text


def test_a_particle_the_parser_made_a_preposition_still_makes_the_phrasal_verb(
    nlp: Language,
) -> None:
    # constructed after court and congress copy: "struck down" a law opposes it, no attack
    text = (
        "The Supreme Court struck down the Affordable Care Act. The Senate voted down the "
        "Affordable Care Act."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert ("org:supreme-court", "OPPOSES", "topic:affordable-care-act") in got
    assert ("org:senate", "OPPOSES", "topic:affordable-care-act") in got
    assert ("org:supreme-court", "ATTACKS", "topic:affordable-care-act") not in got


def test_an_object_it_after_a_thing_named_as_an_object_is_that_thing(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days
    # (its "it was dismissed by the senate", told actively)
    text = (
        "In 2018, the Argentine congress approved a bill legalising abortion, but the Senate "
        "rejected it."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert ("org:senate", "OPPOSES", "org:argentine-congress") not in got
    assert ("org:senate", "OPPOSES", "topic:bill-legalising-abortion") in got
    # a place as the object before "it" leaves it to the actor whose act it was
    text = "Russia annexed Crimea in 2014, and the United States condemned it."
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert ("country:USA", "CRITICIZES", "country:RUS") in got


def test_definite_noun_is_the_named_organisation_and_declining_a_request_opposes_the_requester(
    nlp: Language,
) -> None:
    # W07: "the embassy" is the US Embassy in London; "the request" is Adderley's; the finite
    # "spoke" is coordinated with "urged", not with the infinitive "to reconsider".
    text = (
        "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to "
        "waive her diplomatic immunity. The embassy declined the request and said the Socoolas family "
        "left per advice from the United States Department of State. Foreign Secretary Dominic Raab "
        "urged the embassy to reconsider and spoke with US Secretary of State Mike Pompeo about the case."
    )
    got = triples(claims_of(nlp, text))
    embassy = "org:united-states-embassy-in-london"
    assert (embassy, "OPPOSES", "person:nick-adderley", "asserted") in got
    assert ("person:dominic-raab", "REQUESTS", embassy, "asserted") in got
    assert ("person:dominic-raab", "NEGOTIATES_WITH", "person:mike-pompeo", "asserted") in got
    assert not {t for t in got if t[0] == embassy and t[1] == "NEGOTIATES_WITH"}


def test_coordinated_subjects_speaking_on_the_phone_negotiate(nlp: Language) -> None:
    # W08
    text = "On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone."
    got = triples(claims_of(nlp, text))
    assert (
        "person:donald-trump",
        "NEGOTIATES_WITH",
        "person:recep-tayyip-erdogan",
        "asserted",
    ) in got


# ---- collective subjects (W11) ---------------------------------------------------------------

W11_GATHERING = (
    "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos "
    "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on "
    "Wednesday to discuss Libya–Turkey relations. The Italian foreign minister, Luigi Di Maio, joined "
    "the talks as an observer."
)


def test_respectively_pairs_each_country_with_its_name(nlp: Language) -> None:
    got = triples(claims_of(nlp, W11_GATHERING))
    assert ("person:nikos-dendias", "AFFILIATED_WITH", "country:GRC", "asserted") in got
    assert ("person:nikos-christodoulides", "AFFILIATED_WITH", "country:CYP", "asserted") in got
    assert ("person:jean-yves-le-drian", "AFFILIATED_WITH", "country:FRA", "asserted") in got


def test_agreement_between_named_parties_is_one_topic_and_calling_it_void_criticizes(
    nlp: Language,
) -> None:
    # W11: three mentions of one agreement, the first naming the node; "called the border
    # agreement 'null and void'" criticizes it.
    text = (
        "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of "
        "understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders "
        "in the Eastern Mediterranean. " + W11_GATHERING + " They concluded that the November 27 "
        'maritime border agreement between Turkey and Libya is "null and void". On Tuesday, Greek '
        "prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the "
        'border agreement "null and void" and "geographically ridiculous".'
    )
    doc = nlp(text)
    res = resolve(doc)
    article = Article(
        id="test",
        published_at=datetime(2020, 1, 11, tzinfo=UTC),
        content_hash="0" * 64,
        extractor_version="test",
    )
    got = triples(extract_claims(doc, res, article))
    topics = [e for e in res.entities() if e.kind.value == "Topic"]
    assert [t.name for t in topics] == ["memoranda of understanding between Turkey and Libya"]
    deal = topics[0].id
    assert ("person:kyriakos-mitsotakis", "CRITICIZES", deal, "asserted") in got


def test_a_bilateral_deal_is_the_parties_agreeing_not_each_with_the_deal(nlp: Language) -> None:
    # W11 ("Turkey and Libya agreed on maritime borders"); the signing sentence is constructed
    # after it: two signers of an unnamed agreement agree with each other (dev README convention).
    text = "Turkey and Libya signed a maritime border agreement in November."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:LBY", "AGREES_WITH", "country:TUR") in got
    assert not {t for t in got if t[2].startswith("topic:")}


def test_many_parties_agreeing_are_no_pairs(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "La Riva, Hawkins, Blankenship, and Carroll all agreed that vaccines have done more "
        "good than harm."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value == "AGREES_WITH"]


def test_a_multilateral_memorandum_binds_each_party_to_it(nlp: Language) -> None:
    # Constructed after W11's "the memoranda of understanding between Turkey and Libya" with a
    # third party: each party agrees to the memorandum, no pair agrees with the other.
    text = "The leaders signed a memorandum of understanding between Greece, Cyprus and Israel."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    memo = "topic:agreement-cyp-grc-isr"
    assert got >= {(p, "AGREES_WITH", memo) for p in ("country:GRC", "country:CYP", "country:ISR")}
    assert not {t for t in got if t[1] == "AGREES_WITH" and not t[2].startswith("topic:")}


def test_the_agreement_of_other_parties_is_not_the_one_signed(nlp: Language) -> None:
    # W11's first sentence, then a constructed one: states that are no party to the Turkey-Libya
    # memoranda sign another agreement when they "sign the agreement".
    text = (
        "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of "
        "understanding between Turkey and Libya. Greece, Cyprus and Israel are to sign the "
        "agreement in Athens."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:GRC", "AGREES_WITH", "topic:agreement-lby-tur") not in got
    assert ("country:LBY", "AGREES_WITH", "country:TUR") in got


def test_an_agreement_is_named_with_its_adjective_and_party_and_its_signatories_sign_it(
    nlp: Language,
) -> None:
    # W03: the name is the words that say which treaty ("nuclear", "with Iran"), as the text
    # gives them; "the treaty" later is the same one, and the signatories it includes sign it.
    text = (
        "Last year US President Donald Trump withdrew the US from a nuclear nonproliferation "
        "treaty with Iran, which had been agreed under former US President Barack Obama. Other "
        "signatories to the treaty include Germany, which has been taking a lead in efforts by the "
        "remaining signatories to keep the deal operational."
    )
    claims, res = read_claims(nlp, text)
    topics = [e for e in res.entities() if e.kind.value == "Topic"]
    assert [t.name for t in topics] == ["nuclear nonproliferation treaty with Iran"]
    got = {(c.subject, c.type.value, c.object) for c in claims}
    # "signatories to the treaty include Germany": a signer of the treaty
    assert ("country:DEU", "AGREES_WITH", topics[0].id) in got


def test_a_modified_definite_agreement_is_not_the_one_named_before(nlp: Language) -> None:
    # W11's first sentence, then sentences constructed after outlet copy: "the power-sharing
    # agreement" and "the nuclear deal" say which agreement they are, so neither is the
    # Turkey-Libya memoranda nor the ceasefire deal named before.
    text = (
        "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of "
        "understanding between Turkey and Libya. The African Union welcomed the power-sharing "
        "agreement. Argentina backed the ceasefire deal outlined by US President Joe Biden. The UN "
        "Security Council on Monday endorsed the nuclear deal."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    supported = {o for s, t, o in got if t == "SUPPORTS"}
    assert "topic:power-sharing-agreement" in supported
    assert "topic:nuclear-deal" in supported
    assert "topic:agreement-lby-tur" not in supported


def test_an_agreement_named_by_what_it_is_on_binds_each_signer(nlp: Language) -> None:
    # Constructed after outlet copy: a multilateral agreement named only by its "on" phrase is a
    # Topic each party signs; where it was signed is no part of its name.
    text = "Italy, Spain and Portugal signed the agreement on migration in Rome on Monday."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    topic = "topic:agreement-on-migration"
    assert got >= {(p, "AGREES_WITH", topic) for p in ("country:ITA", "country:ESP", "country:PRT")}


def test_an_indefinite_agreement_is_none_named_before(nlp: Language) -> None:
    # Constructed after outlet copy: "an agreement on the construction of ..." is a new one, not
    # the pipeline agreement the sentence before named.
    text = (
        "Turkey and Russia signed the TurkStream pipeline agreement in Istanbul. Azerbaijan, "
        "Georgia and Turkey signed an agreement on the construction of the Baku-Tbilisi-Ceyhan "
        "pipeline."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    signed = {o for s, t, o in got if s == "country:AZE" and t == "AGREES_WITH"}
    assert signed == {"topic:agreement-on-the-construction-of-the-baku-tbilisi-ceyhan-pipeline"}


def test_a_named_law_the_recogniser_missed_is_a_topic_named_as_written(nlp: Language) -> None:
    # Constructed after outlet copy (the recogniser tags only "Hong Kong" in it); the Wikinews
    # sentence keeps its capitalised "of" phrase:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Beijing opposed the Hong Kong Human Rights and Democracy Act. And Hawkins, the only "
        "candidate wearing a facemask, endorsed the Green New Deal and the Economic Bill of Rights."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:CHN", "OPPOSES", "topic:hong-kong-human-rights-and-democracy-act") in got
    assert ("country:HKG", "OPPOSES", "topic:hong-kong-human-rights-and-democracy-act") not in got
    endorsed = {o for s, t, o in got if t == "SUPPORTS" and s.startswith("person:")}
    assert "topic:economic-bill-of-rights" in endorsed


def test_a_ban_is_named_by_what_it_bans(nlp: Language) -> None:
    # Constructed after outlet copy: "the proposed ban on Russian oil imports" is an issue its
    # "on" phrase names ("proposed" says nothing of which).
    text = "Germany backed the proposed ban on Russian oil imports."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:DEU", "SUPPORTS", "topic:ban-on-russian-oil-imports") in got


def test_an_issue_named_after_a_person_leaves_out_the_title(nlp: Language) -> None:
    # Constructed after outlet copy; the silver gold names it "impeachment of Donald Trump".
    text = "The Senate voted against the impeachment of President Donald Trump."
    got = {(c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("OPPOSES", "topic:impeachment-of-donald-trump") in got


def test_a_clause_doing_a_measure_is_the_measure_its_noun_names(nlp: Language) -> None:
    # Constructed after outlet copy: voting to expel, proposing to convert and a proposal to
    # convert are stances on the measure, one node with "the conversion of ..." said elsewhere.
    text = (
        "The Lebanese parliament voted to expel foreign troops from the country. Greek Foreign "
        "Minister Nikos Dendias criticised the conversion of the Chora Church into a mosque. "
        "President Recep Tayyip Erdogan proposed converting the Chora Church into a mosque. "
        "President Emmanuel Macron supported the proposal to convert the Chora Church into a museum."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    church = "topic:conversion-of-chora-church"
    assert ("org:lebanese-parliament", "SUPPORTS", "topic:expulsion-of-foreign-troops") in got
    assert ("person:nikos-dendias", "CRITICIZES", church) in got
    assert ("person:recep-tayyip-erdogan", "SUPPORTS", church) in got
    assert ("person:emmanuel-macron", "SUPPORTS", church) in got


def test_a_leader_signing_an_agreement_binds_the_state_they_lead(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    # (the dev gold has both the presidents and their states agreeing to it)
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU "
        "summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin "
        "signed the African Continental Free Trade Area (AfCFTA) agreement."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    signed = {s for s, t, o in got if t == "AGREES_WITH" and o.startswith("topic:")}
    assert {"country:NGA", "country:BEN", "person:muhammadu-buhari"} <= signed
    assert "country:NER" not in signed


def test_a_definite_agreement_whose_modifier_names_another_is_not_the_one_before(
    nlp: Language,
) -> None:
    # Constructed after outlet copy: every word before the head counts, not only its nearest
    # modifier ("pipeline" is in both names, "Balkan gas" only in the second).
    text = (
        "The TANAP pipeline agreement was signed by Azerbaijan, Georgia and Turkey. Bulgaria, "
        "Serbia and Hungary signed the Balkan gas pipeline agreement."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    signed = {o for s, t, o in got if s == "country:SRB" and t == "AGREES_WITH"}
    assert signed and "topic:tanap-pipeline-agreement" not in signed


def test_a_summit_or_election_a_name_or_year_qualifies_is_an_event(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    # and https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
    # (both events of the gold); "the summit" or "a general election" alone names none.
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU "
        "summit. In the 2016 United States presidential election, Sanders continued his bid "
        "against then-presumptive nominee Hillary Clinton for roughly two months longer. The "
        "summit ended on Monday. A general election will be held in May."
    )
    _, res = read_claims(nlp, text)
    events = {e.name for e in res.entities() if e.kind.value == "Event"}
    assert events == {"AU summit", "2016 United States presidential election"}


def test_a_bare_definite_project_is_the_one_named_before(nlp: Language) -> None:
    # Constructed after outlet copy: "the project" takes a stance on the project the sentence
    # before named.
    text = (
        "Greece, Bulgaria and Romania support the Vertical Corridor project. Turkey opposes the "
        "project."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:TUR", "OPPOSES", "topic:vertical-corridor-project") in got


def test_a_hyphened_participle_says_what_its_actor_does_to_the_party(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    text = (
        "It lies within the internationally-recognized borders of Azerbaijan but the "
        "Armenian-backed separatist Republic of Artsakh currently occupies it."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:ARM", "SUPPORTS", "org:republic-of-artsakh") in got


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # Constructed after the wire-service phrasing the Wikinews corpus lacks: the participle's
        # actor is no owner of the party, nor the country of its title.
        (
            "The US-allied Syrian Democratic Forces captured the town.",
            ("country:USA", "COOPERATES_WITH", "org:syrian-democratic-forces"),
            ("org:syrian-democratic-forces", "PART_OF", "country:USA"),
        ),
        (
            "The US-backed Syrian Democratic Forces captured the town.",
            ("country:USA", "SUPPORTS", "org:syrian-democratic-forces"),
            ("org:syrian-democratic-forces", "PART_OF", "country:USA"),
        ),
        (
            "The Iranian-backed candidate Ebrahim Raisi won.",
            ("country:IRN", "SUPPORTS", "person:ebrahim-raisi"),
            ("person:ebrahim-raisi", "AFFILIATED_WITH", "country:IRN"),
        ),
    ],
)
def test_a_hyphened_participles_actor_is_no_owner(
    nlp: Language, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert expected in got
    assert wrong not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # W03
        (
            "The US has been encouraging allies such as Germany to restrict Mahan's operations.",
            ("country:DEU", "COOPERATES_WITH", "country:USA"),
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
        (
            "Republican Senator Mitt Romney, a sometime Trump critic, said the peaceful transfer "
            "of power is what separates the U.S. from nations like Belarus, and described Trump's "
            'potential unwillingness as "untenable".',
            ("person:mitt-romney", "CRITICIZES", "person:trump"),
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        (
            "Just before the final presidential debate, Hunter Biden's former business partner "
            "Tony Bobulinski held a press conference.",
            ("person:tony-bobulinski", "COOPERATES_WITH", "person:hunter-biden"),
        ),
        # constructed after the wire-service phrasings of alliances
        ("Russia is Syria's main ally.", ("country:RUS", "COOPERATES_WITH", "country:SYR")),
        ("France and Germany are close allies.", ("country:FRA", "COOPERATES_WITH", "country:DEU")),
        (
            "US ally Saudi Arabia bought the weapons.",
            ("country:SAU", "COOPERATES_WITH", "country:USA"),
        ),
        (
            "Turkey's ally Azerbaijan launched an offensive.",
            ("country:AZE", "COOPERATES_WITH", "country:TUR"),
        ),
        # constructed after AP copy ("weakening Syria's backers — Russia, Iran and Hezbollah")
        (
            "Sanctions have hurt Venezuela's backers, Russia and Cuba.",
            ("country:CUB", "SUPPORTS", "country:VEN"),
        ),
        (
            "The sanctions targeted Iran's sworn enemy, Israel.",
            ("country:ISR", "OPPOSES", "country:IRN"),
        ),
    ],
)
def test_an_ally_or_critic_of_the_owner_or_name_before_it(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    if expected[1] == "COOPERATES_WITH":  # symmetric: either order
        got |= {(o, t, s) for s, t, o in got}
    assert expected in got


def test_an_electoral_opponent_before_a_name_is_no_stance(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Meanwhile, a new allegation surfaced from a woman, a niece of Biden's 2008 US Senate "
        "opponent Christine O'Donnell, who claimed Biden commented on her."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value == "OPPOSES"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # W11
        (
            "The EastMed pipeline is a Israeli-Cypriot-Greek effort intended to connect East "
            "Mediterranean offshore gas fields with the European mainland via a pipeline.",
            {
                ("country:CYP", "country:GRC"),
                ("country:CYP", "country:ISR"),
                ("country:GRC", "country:ISR"),
            },
        ),
        # constructed: a hyphened pair before a symmetric noun
        ("The US-Japan alliance remains strong.", {("country:JPN", "country:USA")}),
    ],
)
def test_parties_joined_before_a_cooperation_noun_cooperate(
    nlp: Language, text: str, pairs: set[tuple[str, str]]
) -> None:
    got = {
        tuple(sorted((c.subject, c.object)))
        for c in claims_of(nlp, text)
        if c.type.value == "COOPERATES_WITH"
    }
    assert got == pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Constructed after W08's phone call and W07's "spoke with US Secretary of State Mike
        # Pompeo about the case": the parser hangs "with" on the object of "discussed", and a
        # call "in" which a leader acts is his.
        (
            "German Chancellor Angela Merkel discussed the crisis with French President "
            "Emmanuel Macron.",
            ("person:angela-merkel", "person:emmanuel-macron"),
        ),
        (
            "In a phone call with Turkish President Recep Tayyip Erdogan, US President Donald "
            "Trump discussed the Syrian offensive.",
            ("person:donald-trump", "person:recep-tayyip-erdogan"),
        ),
    ],
)
def test_discussing_with_a_party_hung_on_the_object_or_in_a_call(
    nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    got = {
        tuple(sorted((c.subject, c.object)))
        for c in claims_of(nlp, text)
        if c.type.value == "NEGOTIATES_WITH"
    }
    assert got == {pair}


def test_a_party_aligned_or_allied_with_another_cooperates(nlp: Language) -> None:
    # W06; the second sentence is constructed: the passive form of a symmetric verb is a state
    # of its subject, not an act done to it.
    text = (
        "BBC's Jonathan Marcus said questions remain how much direct Iranian assistance is "
        "received by the Houthis who are ideologically aligned with Iran."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:IRN", "COOPERATES_WITH", "org:houthis") in got
    # ... and the aid "received by" a party (a passive receiving verb) is supplied to it
    assert ("country:IRN", "SUPPLIES", "org:houthis") in got
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "Hungary is closely allied with Russia.")
    }
    assert ("country:HUN", "COOPERATES_WITH", "country:RUS") in got


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
        (
            "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the "
            "request of Prime Minister Boris Johnson to suspend Parliament.",
            "reported",
        ),
        # https://en.wikinews.org/wiki/UK_Supreme_Court_rules_prorogation_of_parliament_unlawful
        (
            "Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current "
            "prime minister, on September 10.",
            "asserted",
        ),
        # constructed extra: refusing to comply is no agreement
        (
            "Queen Elizabeth II refused to comply with the request of Prime Minister Boris Johnson.",
            "negated",
        ),
    ],
)
def test_acting_on_a_request_agrees_with_the_one_who_asked(
    nlp: Language, text: str, modality: str
) -> None:
    got = [
        c.modality.value
        for c in claims_of(nlp, text)
        if c.type.value == "AGREES_WITH"
        and {c.subject, c.object} == {"person:elizabeth-ii", "person:boris-johnson"}
    ]
    assert got == [modality]


def test_asking_the_governments_of_a_region(nlp: Language) -> None:
    # W02
    text = (
        "Jeff Rathke, the State Department Spokesperson, spoke on Monday. Rathke also asked the "
        "governments of South East Asia not to turn away boats of people seeking asylum."
    )
    assert ("person:jeff-rathke", "REQUESTS", "loc:southeast-asia", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_claiming_responsibility_for_unattributed_attacks_and_blaming_another(
    nlp: Language,
) -> None:
    # W06: the attacks name no attacker; their target is the state owning the facilities hit.
    text = (
        "Yesterday, oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit by "
        "multiple drone strikes in a pre-dawn raid. The attacks triggered major fires at a processing "
        "plant and an oil field, which state media said were under control. The Yemen-based Houthi "
        "movement claimed responsibility for the attacks. US Secretary of State Mike Pompeo posted a "
        'message on Twitter blaming Iran for the attacks, saying there was "no evidence the attacks '
        'came from Yemen."'
    )
    got = triples(claims_of(nlp, text))
    assert ("org:houthis", "ATTACKS", "country:SAU", "reported") in got
    assert ("country:IRN", "ATTACKS", "country:SAU", "alleged") in got
    assert ("person:mike-pompeo", "ACCUSES", "country:IRN", "asserted") in got


def test_a_spokespersons_we_warning_that_is_their_movements_threat(nlp: Language) -> None:
    # W06: the spokesperson is titled a sentence earlier and misspelt in the quote's attribution.
    text = (
        "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had "
        'carried out the attack using ten drones. "These attacks are our right, and we warn the '
        'Saudis that our targets will keep expanding", Saree said.'
    )
    assert ("org:houthis", "THREATENS", "country:SAU", "reported") in triples(claims_of(nlp, text))


def test_who_gets_around_sanctions_is_under_them_and_the_leader_description(nlp: Language) -> None:
    # sample: "the North Korean leader" is Kim, named a sentence before; he stands for his state.
    text = (
        "North Korea’s Kim Jong Un rolled into Russia on an armored train Tuesday. It’s a chance for "
        "the North Korean leader to get around crippling U.N. sanctions and years of diplomatic isolation."
    )
    assert ("org:united-nations", "SANCTIONS", "country:PRK", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_future_sanctions_said_to_both_countries_threaten_them(nlp: Language) -> None:
    # sample
    text = (
        'State Department spokesman Matthew Miller reminded both countries that "any transfer of '
        "arms from North Korea to Russia would be a violation of multiple U.N. Security Council "
        'resolutions," and that the U.S. "will not hesitate to impose new sanctions."'
    )
    got = triples(claims_of(nlp, text))
    assert ("country:USA", "THREATENS", "country:PRK", "reported") in got
    assert ("country:USA", "THREATENS", "country:RUS", "reported") in got


def test_object_pronoun_is_an_earlier_subject_not_its_own_clauses(nlp: Language) -> None:
    # sample: "him" is Shoigu, not Kim (the inviter) nor Matsuno (the last person before).
    text = (
        "Japanese Chief Cabinet Secretary Hirokazu Matsuno said Tokyo was watching closely. But "
        "speculation about their military cooperation grew after Shoigu, the defense minister, "
        "visited North Korea in July, when Kim invited him to an arms exhibition and a massive "
        "military parade in the capital."
    )
    got = {(t[0], t[1], t[2]) for t in triples(claims_of(nlp, text))}
    invites = {t for t in got if t[1] == "INVITES"}
    assert invites and all(
        t[2] == "person:sergei-shoigu" or t[2].endswith("shoigu") for t in invites
    )


def test_gathering_in_ones_own_capital_is_no_visit(nlp: Language) -> None:
    got = triples(claims_of(nlp, W11_GATHERING))
    assert ("person:nikos-dendias", "VISITS", "loc:cairo", "asserted") in got
    assert ("person:sameh-shoukry", "VISITS", "loc:cairo", "asserted") not in got


def test_restrictions_on_flights_to_a_country_sanction_it(nlp: Language) -> None:
    # W09
    text = "On Friday, the United States Department of Transportation announced new restrictions on flights to Cuba."
    got = triples(claims_of(nlp, text))
    assert (
        "org:united-states-department-of-transportation",
        "SANCTIONS",
        "country:CUB",
        "asserted",
    ) in got


def test_quoted_i_counting_on_a_state_to_act_is_the_writers_request(nlp: Language) -> None:
    # W08
    text = (
        'NATO Secretary-General Jens Stoltenberg wrote, "I count on Turkey to act with restraint & '
        'ensure that the gains we have made in the fight against ISIS are not jeopardised."'
    )
    got = {(t[0], t[1], t[2]) for t in triples(claims_of(nlp, text))}
    assert ("person:jens-stoltenberg", "REQUESTS", "country:TUR") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # constructed: the appositions wire copy introduces organisations with
        (
            "Kataib Hezbollah, part of Iraq's Popular Mobilization Forces, was blamed for the "
            "attack.",
            ("org:kataib-hezbollah", "PART_OF", "org:popular-mobilization-forces"),
        ),
        (
            "The World Health Organization, a United Nations agency, warned of a new wave of "
            "infections.",
            ("org:world-health-organization", "PART_OF", "org:united-nations"),
        ),
        (
            "The Wagner Group, a Russian mercenary company, fought in Bakhmut.",
            ("org:wagner-group", "PART_OF", "country:RUS"),
        ),
        # a copula describes as an apposition does; a state body's "of" phrase names its owner
        # (W08: "YPG is the main fighting force of the SDF")
        (
            "The YPG is the main fighting force of the Syrian Democratic Forces.",
            ("org:ypg", "PART_OF", "org:syrian-democratic-forces"),
        ),
        (
            "The Federal Security Service is Russia's main security agency.",
            ("org:federal-security-service", "PART_OF", "country:RUS"),
        ),
        (
            "The Inter-Services Intelligence is the main intelligence agency of Pakistan.",
            ("org:inter-services-intelligence", "PART_OF", "country:PAK"),
        ),
    ],
)
def test_an_apposition_places_an_organisation_in_its_owner(
    nlp: Language, text: str, want: tuple[str, str, str]
) -> None:
    assert want in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_a_private_company_labelled_with_a_state_in_apposition_is_no_part_of_it(
    nlp: Language,
) -> None:
    # constructed: where a company or force is, or whose proxy it is, ties it to no state (a
    # company labelled with its state's people is that state's, as corpus/dev/README.md codes
    # "Iranian airline Mahan Air": round 35, `test_round35_judgments.py`)
    for text in (
        "Spotify is a music streaming company in Sweden.",
        # a copula denied says it is not
        "The YPG is not a fighting force of the Syrian Democratic Forces.",
        # found by review of round 21: where a force or firm is, or whose proxy it is, is no
        # owner
        "Hezbollah is the most powerful military force in Lebanon.",
        "Huawei is the largest telecoms equipment maker in China.",
        "HSBC is the largest bank in Britain.",
        "Hezbollah is Iran's main proxy force.",
        "The Taliban is Afghanistan's main insurgent force.",
        "The Kurdish-led SDF, the main ground force of the US-led coalition, advanced.",
    ):
        assert not [c for c in claims_of(nlp, text) if c.type.value == "PART_OF"], text


def test_a_state_body_whose_name_ends_in_an_of_phrase_is_part_of_the_state(nlp: Language) -> None:
    # W09: the last word of the name hangs inside it; the name's head decides.
    text = "On Friday, the United States Department of Transportation announced new restrictions on flights to Cuba."
    got = triples(claims_of(nlp, text))
    assert (
        "org:united-states-department-of-transportation",
        "PART_OF",
        "country:USA",
        "asserted",
    ) in got


def test_an_airline_named_with_a_demonym_is_no_part_of_the_state(nlp: Language) -> None:
    # W09
    text = (
        "American Airlines and JetBlue are among the airlines affected, as they both offer flights "
        "to Cuban cities other than Havana."
    )
    assert not {t for t in triples(claims_of(nlp, text)) if t[1] == "PART_OF"}


def test_being_the_subject_of_a_states_sanctions(nlp: Language) -> None:
    # W03
    text = "Mahan Air is an Iranian airline. Mahan has been the subject of United States sanctions since 2011."
    got = {(t[0], t[1], t[2]) for t in triples(claims_of(nlp, text))}
    assert ("country:USA", "SANCTIONS", "org:mahan-air") in got


def test_sentence_initial_described_title_before_a_comma(nlp: Language) -> None:
    # W11: "The Italian foreign minister, Luigi Di Maio," is a title; "According to U.S. officials,
    # Putin" is not (test_prepositional_phrase_before_a_comma_is_no_title).
    text = "The Italian foreign minister, Luigi Di Maio, joined the talks as an observer."
    got = triples(claims_of(nlp, text))
    assert ("person:luigi-di-maio", "AFFILIATED_WITH", "country:ITA", "asserted") in got


def test_contacting_a_states_minister_negotiates_with_the_state(nlp: Language) -> None:
    # W02, of May 2015: the register has no Thai foreign minister before August 2015 (on a
    # later day "Thailand's foreign minister" is the one it names, as for Russia's)
    text = (
        "The US State Department said John Kerry, the Secretary of State, contacted Thailand's "
        "foreign minister over temporary housing for the Rohingya out at sea."
    )
    got = {(t[0], t[1], t[2]) for t in triples(claims_of(nlp, text, date(2015, 5, 20)))}
    assert (
        "country:THA",
        "NEGOTIATES_WITH",
        "person:john-kerry",
    ) in got  # symmetric: smaller id first


def test_killed_in_the_airstrike_is_the_airstrikes_act_and_the_attack_keeps_its_first_target(
    nlp: Language,
) -> None:
    # W10
    text = (
        "On Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds "
        "Force, in an airstrike. The United States carried out the airstrike at Baghdad International "
        "Airport, where Soleimani was arriving by plane. He was being met by Abu Mahdi al-Muhandis, "
        "who was also killed in the airstrike. In a statement following the attack, Ahmed al-Assadi, "
        "a spokesman for the PMF, blamed both Israel and the United States for the attack."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:USA", "ATTACKS", "person:abu-mahdi-al-muhandis", "asserted") in got
    assert ("country:ISR", "ATTACKS", "person:qasem-soleimani", "alleged") in got
    assert ("country:ISR", "ATTACKS", "person:abu-mahdi-al-muhandis", "alleged") not in got


# ---- the sample article against ONTOLOGY.md --------------------------------------------------

# ONTOLOGY.md's sample table: subject, type, object(s), accepted modalities, and why a row is
# not yet extracted (None when it is).
ONTOLOGY_ROWS = [
    ("person:kim-jong-un", "MEETS", ["person:vladimir-putin"], {"planned", "reported"}, None),
    ("country:RUS", "SUPPORTS", ["topic:un-sanctions"], {"asserted"}, None),
    ("person:kim-jong-un", "VISITS", ["country:RUS"], {"asserted"}, None),
    ("person:kim-jong-un", "LEADER_OF", ["country:PRK"], {"asserted"}, None),
    ("org:united-nations", "SANCTIONS", ["country:PRK"], {"asserted"}, None),
    ("country:RUS", "ATTACKS", ["country:UKR"], {"asserted"}, None),
    ("person:dmitry-peskov", "AFFILIATED_WITH", ["org:kremlin", "country:RUS"], {"asserted"}, None),
    ("person:sergei-shoigu", "VISITS", ["country:PRK"], {"asserted"}, None),
    ("country:USA", "ACCUSES", ["country:PRK"], {"asserted"}, None),
    ("country:PRK", "SUPPLIES", ["country:RUS"], {"alleged"}, None),
    ("country:PRK", "SUPPLIES", ["country:RUS"], {"denied"}, None),
    ("country:USA", "REQUESTS", ["country:PRK"], {"reported"}, None),
    ("country:USA", "THREATENS", ["country:PRK"], {"reported"}, None),
    ("person:oleg-kozhemyako", "MEETS", ["person:kim-jong-un"], {"asserted"}, None),
    ("loc:vladivostok", "LOCATED_IN", ["country:RUS"], {"asserted"}, None),
]


@pytest.fixture(scope="module")
def sample(nlp: Language) -> dict[str, object]:
    from geokg.ingest.pipeline import extract_documents
    from geokg.ingest.readers import read_paths

    (result,) = list(extract_documents(read_paths([SAMPLE])))
    assert not isinstance(result, Exception)
    extraction = result.extraction
    return {
        "claims": extraction.claims,
        "entities": extraction.entities,
    }


def _row_param(row: tuple) -> object:  # type: ignore[type-arg]
    subject, rel, objects, modalities, why = row
    marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
    label = f"{subject}-{rel}-{objects[0]}-{'/'.join(sorted(modalities))}"
    return pytest.param(subject, rel, objects, modalities, marks=marks, id=label)


@pytest.mark.parametrize(
    ("subject", "rel", "objects", "modalities"), [_row_param(r) for r in ONTOLOGY_ROWS]
)
def test_sample_article_has_ontology_row(
    sample: dict[str, object], subject: str, rel: str, objects: list[str], modalities: set[str]
) -> None:
    claims = sample["claims"]
    assert isinstance(claims, list)
    found = {
        c.modality.value
        for c in claims
        if c.type.value == rel
        and {c.subject, c.object} >= {subject}
        and (
            c.object in objects
            or (c.subject in objects and c.object == subject and rel in ("MEETS",))
        )
    }
    assert found & modalities, f"{subject} {rel} {objects}: modalities found {sorted(found)}"


def _must_not_params() -> list[object]:
    gold = json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))
    return [pytest.param(item, id=f"{item['kind']}-{i}") for i, item in enumerate(gold["must_not"])]


@pytest.mark.parametrize("item", _must_not_params())
def test_sample_article_respects_must_not(sample: dict[str, object], item: dict[str, str]) -> None:
    entities = sample["entities"]
    claims = sample["claims"]
    assert isinstance(entities, list) and isinstance(claims, list)
    names = {e.id: e.name for e in entities}
    kinds = {e.id: e.kind.value for e in entities}
    if item["kind"] == "entity":
        clashes = [
            e
            for e in entities
            if e.name == item["name"]
            and ("entity_kind" not in item or e.kind.value == item["entity_kind"])
        ]
        assert not clashes, item["why"]
    elif item["kind"] == "claim":
        bad = [
            c
            for c in claims
            if names.get(c.subject) == item["subject"]
            and c.type.value == item["type"]
            and names.get(c.object) == item["object"]
            and ("modality" not in item or c.modality.value == item["modality"])
            and ("tense" not in item or c.tense.value == item["tense"])
        ]
        assert not bad, item["why"]
    else:  # a rule: no pronoun, relative pronoun, date or number as an end
        banned = {
            "he",
            "she",
            "him",
            "her",
            "his",
            "it",
            "they",
            "them",
            "which",
            "who",
            "that",
            "this",
        }
        for c in claims:
            for end in (c.subject, c.object):
                assert names[end].lower() not in banned, (c, item["why"])
                assert not any(ch.isdigit() for ch in names[end]) or kinds[end] != "Topic", (
                    c,
                    item["why"],
                )


def test_an_act_under_if_is_possible_not_asserted(nlp: Language) -> None:
    # news, 2021-12-07: the invasion is a condition of the warning, not an event
    got = triples(
        claims_of(nlp, "Biden warned Putin of severe consequences if Russia invaded Ukraine.")
    )
    assert ("country:RUS", "ATTACKS", "country:UKR", "possible") in got
    assert ("country:RUS", "ATTACKS", "country:UKR", "asserted") not in got


def test_a_noun_naming_who_holds_a_stance_in_apposition(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden
    text = (
        "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of Aden, "
        "in southern Yemen, on Tuesday after being shot in his car. The Southern Transitional "
        "Council, previously an ally of the government, is currently in conflict against it."
    )
    got = {(c.subject, c.type.value, c.object, c.rule) for c in claims_of(nlp, text)}
    assert (
        "country:YEM",
        "COOPERATES_WITH",
        "org:southern-transitional-council",
        "stance_holder",
    ) in got


def test_a_passive_stance_takes_its_agent_as_the_holder(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    text = (
        "They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland "
        "Chinese government, to resign from her position, but this has been dropped from the list "
        "of demands."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:CHN", "SUPPORTS", "person:carrie-lam") in got
    assert ("person:carrie-lam", "LEADER_OF", "country:HKG") in got


def test_killed_in_a_labelled_operation_is_an_attack_by_its_label(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_President_Trump_says_Osama_bin_Laden%27s_son_killed
    text = (
        "On Saturday, in a brief but official statement, US President Donald Trump said Hamza bin "
        "Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in a US "
        "counter-terrorism operation."
    )
    got = {(c.subject, c.type.value, c.object, c.modality.value) for c in claims_of(nlp, text)}
    assert ("country:USA", "ATTACKS", "person:hamza-bin-laden", "reported") in got


def test_a_capital_a_request_is_aimed_at_is_its_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    text = (
        "Nevertheless, Collins did not want the U.S. to involve itself militarily and calls on "
        "Washington to remain neutral."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:collins", "REQUESTS", "country:USA") in got


def test_a_title_said_by_a_verb_of_holding_office(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86
    text = (
        "This morning Jacques Chirac, who served as President of France for twelve years, died at "
        "home in Paris, France, surrounded by family."
    )
    got = {(c.subject, c.type.value, c.object, c.rule) for c in claims_of(nlp, text)}
    assert ("person:jacques-chirac", "LEADER_OF", "country:FRA", "title_predicate") in got


def test_coordinated_subjects_of_a_commitment_act_together(nlp: Language) -> None:
    # Constructed: none of the corpus's 300-odd articles has this form, common in wire copy.
    text = "Seoul and Tokyo pledged to work together against North Korea's threats."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:JPN", "COOPERATES_WITH", "country:KOR") in got
    # a purpose is no commitment: "gathered in Cairo to discuss" stays one meeting (above)


def test_agents_from_a_state_and_their_government_act_for_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27
    text = (
        'On Saturday morning, representatives from Iran acknowledged their government had "unint'
        'entionally" shot down a Ukrainian passenger jet near Tehran, blaming "human error" and '
        "the fear of aggression from the United States."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:IRN", "ATTACKS", "country:UKR") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Constructed after wire copy: officials and prosecutors serve the state they are in
        ("Officials in Kyiv blamed Russia for the strike.", ("country:UKR", "country:RUS")),
        ("Prosecutors in Russia charged Ukraine with terrorism.", ("country:RUS", "country:UKR")),
        # a state's law officers act for it, as its ministries do
        ("Israel's attorney general indicted Benjamin Netanyahu.", ("country:ISR", None)),
        ("The Israeli attorney general criticized Turkey.", ("country:ISR", "country:TUR")),
    ],
)
def test_law_officers_and_officials_placed_in_a_state_act_for_it(
    nlp: Language, text: str, expected: tuple[str, str | None]
) -> None:
    actor, target = expected
    got = {(c.subject, c.object) for c in claims_of(nlp, text)}
    assert any(s == actor and (target is None or o == target) for s, o in got), got


def test_officials_posted_in_a_state_do_not_act_for_it(nlp: Language) -> None:
    for text in (
        "Western officials in Kyiv blamed Russia for the strike.",
        "Diplomats in Kyiv blamed Russia for the strike.",
    ):
        assert "country:UKR" not in {c.subject for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Constructed after wire copy: a common head named by its apposition or its modifiers
        ("Mugabe's party, ZANU-PF, criticized Britain.", ("org:zanu-pf", "country:GBR")),
        ("The militant group, Hamas, attacked Israel.", ("org:hamas", "country:ISR")),
        # the parser hangs both halves of a hyphened name on the head: one name, not two
        (
            "Zimbabwe held elections. The ruling ZANU-PF party criticized Britain.",
            ("org:zanu-pf", "country:GBR"),
        ),
    ],
)
def test_a_party_or_group_named_beside_its_common_head_acts(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(c.subject, c.object) for c in claims_of(nlp, text)}


def test_an_act_that_names_its_actor_is_not_the_last_such_act(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27
    text = (
        "A few hours before the Boeing 737-800 jet crashed on Wednesday, Iran launched missiles "
        "targeting US troops in Iraqi military bases in response to the US airstrike that killed "
        "Iranian general, Qasem Soleimani at a Baghdad airport."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "ATTACKS", "person:qasem-soleimani") in got
    assert ("country:IRN", "ATTACKS", "person:qasem-soleimani") not in got


def test_a_trip_framing_a_clause_is_its_subjects_visit(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    text = (
        "Next, The Atlantic claimed that during a 2018 trip to France, Trump refused to visit a "
        "cemetery of U.S. soldiers killed during the World War I Battle of Belleau Wood."
    )
    visits = {
        (c.subject.split(":")[1], c.modality.value)
        for c in claims_of(nlp, text)
        if c.type.value == "VISITS" and c.object == "country:FRA"
    }
    assert visits == {("trump", "alleged")}  # alone, the NER takes "Trump" for an organisation


# ---- issues a stance is taken on ----------------------------------------------------------


def test_a_stance_on_an_issue_named_by_its_modifier_is_a_topic(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86
    text = (
        "Jacques Chirac, the former President of France, died on Thursday. He favored European "
        "integration and sought a more federal European Union. Chirac was also an outspoken "
        "opponent of the United States-led Iraq War in 2003."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:jacques-chirac", "SUPPORTS", "topic:european-integration") in got
    # "United States-led" says who waged it, not which war: a stance on the act is one on its
    # leader, as silver's gold reads it (core)
    assert ("person:jacques-chirac", "OPPOSES", "country:USA") in got
    assert ("person:jacques-chirac", "OPPOSES", "country:IRQ") not in got


def test_an_issue_named_by_a_for_phrase_and_coordinated_issues(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden
    text = (
        "Nabil Hasan al-Quaety, a journalist from Yemen, died in Aden on Tuesday. Al-Quaety, who "
        "contributed to Agence France-Presse among other news organizations, openly supported "
        "independence for South Yemen."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:nabil-hasan-al-quaety", "SUPPORTS", "topic:independence-for-south-yemen") in got
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    text = "Jo Jorgensen is the Libertarian nominee. She supports both LGBT rights and gun rights."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:jo-jorgensen", "SUPPORTS", "topic:lgbt-rights") in got
    assert ("person:jo-jorgensen", "SUPPORTS", "topic:gun-rights") in got


def test_a_bare_issue_noun_is_no_topic(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Wikinews_discusses_DRM_and_DMCA_with_Richard_Stallman_after_GitHub_re-enables_public_access_to_youtube-dl
    text = (
        "Richard Stallman said most people will not continue to oppose the law once it has existed "
        "for some number of years."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value == "OPPOSES"]


def test_a_war_led_by_a_state_and_named_by_its_target_is_an_attack(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86
    text = "Chirac was also an outspoken opponent of the United States-led Iraq War in 2003."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "ATTACKS", "country:IRQ") in got


def test_a_bill_named_by_what_it_does(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days
    # ("congress" capitalised: the lower-case word is no name for the recogniser)
    text = "Back in 2018, the Argentine Congress approved a bill legalising abortion."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:argentine-congress", "SUPPORTS", "topic:bill-legalising-abortion") in got


def test_a_vote_against_a_negated_variant_of_a_named_issue(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister
    text = 'Parliament, however, has repeatedly voted against a "no deal" Brexit.'
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:parliament", "OPPOSES", "topic:no-deal-brexit") in got
    # voting against a no-deal Brexit is no vote against Brexit
    assert ("org:parliament", "OPPOSES", "topic:brexit") not in got


def test_an_issue_named_by_a_one_word_of_phrase(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Trump
    text = (
        "The House passed two different articles of impeachment. Two Democratic Representatives, "
        "Collin Peterson and Jeff Van Drew, opposed both articles of impeachment."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:collin-peterson", "OPPOSES", "topic:articles-of-impeachment") in got
    assert ("person:jeff-van-drew", "OPPOSES", "topic:articles-of-impeachment") in got
    # "different" and "both" say nothing of which articles: one Topic, named as the text does
    assert not [o for _, _, o in got if "different" in o or "both" in o]


def test_an_act_no_one_is_named_doing_is_an_issue(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Gloria La Riva is the Party for Socialism and Liberation nominee. She criticized the Top "
        "Two election policy in California."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:gloria-la-riva", "CRITICIZES", "topic:election-policy") in got
    # https://en.wikinews.org/wiki/O%E2%80%99Rourke_ends_US_presidential_bid
    text = (
        "A month later, during the third primary debate, Beto O'Rourke defended his proposal of a "
        "mandatory buyback program."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert (
        "person:beto-orourke",
        "SUPPORTS",
        "topic:proposal-of-mandatory-buyback-program",
    ) in got
    # constructed, as an extra case: the act's "of" phrase names it
    text = "Jeremy Corbyn condemned the suspension of Parliament."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:jeremy-corbyn", "CRITICIZES", "topic:suspension-of-parliament") in got


def test_a_bare_law_is_the_law_the_article_named(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Governor_of_US_state_of_Alabama_signs_state_anti-abortion_measure
    text = (
        "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life "
        "Protection Act, officially outlawing nearly all circumstances of abortion in the state. "
        "This bill passed the Senate of the state on Tuesday. The bill has sparked controversy "
        "and protests. Planned Parenthood, along with the American Civil Liberties Union have "
        "announced their plans to oppose the bill by lawsuit."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert (
        "org:planned-parenthood",
        "OPPOSES",
        "topic:alabama-human-life-protection-act",
    ) in got
    # constructed, as an extra case: a bare "the bill" is the bill the article named before
    text = (
        "Hong Kong's government proposed an extradition bill. Thousands of protesters in Hong "
        "Kong protested against the bill."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("group:hong-kong-protesters", "OPPOSES", "topic:extradition-bill") in got


def test_a_majority_against_an_issue_and_a_lawsuit_against_a_measure(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
    text = "Currently, the British parliament has a majority against a no-deal Brexit."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    # the lower-case legislature is the state's parliament, an organisation (as silver's gold)
    assert ("org:british-parliament", "OPPOSES", "topic:no-deal-brexit") in got
    assert ("org:british-parliament", "PART_OF", "country:GBR") in got
    # https://en.wikinews.org/wiki/Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall
    # (its plaintiffs, "attorneys general from sixteen states", are no entity): the measure
    # sued against is a Topic named as the text names it
    text = (
        "On Monday, attorneys general from sixteen states filed a combined lawsuit against the "
        "state of emergency United States President Donald Trump declared last Friday."
    )
    claims, res = read_claims(nlp, text)
    assert "topic:state-of-emergency" in res.nodes
    assert not [
        c for c in claims if c.object == "topic:state-of-emergency" and c.type.value == "ACCUSES"
    ]
    # constructed, as an extra case with a named plaintiff: opposition, not an accusation
    text = "On Monday, Greenpeace filed a lawsuit against the state of emergency."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert got == {("org:greenpeace", "OPPOSES", "topic:state-of-emergency")}


def test_calling_or_proposing_a_measure_supports_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Howie Hawkins is the Green Party nominee. Hawkins called for the decriminalization of "
        "drugs like Portugal. She criticized the Top Two election policy in California and "
        "called for the Citizens United decision to be overturned."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:howie-hawkins", "SUPPORTS", "topic:decriminalization-of-drugs") in got
    # what is called for is its undoing: no support for it or its owner
    assert not [o for _, t, o in got if t == "SUPPORTS" and "citizens" in o]
    # constructed, as extra cases after the sentences of
    # https://en.wikinews.org/wiki/Hong_Kong_protests_continue_through_police_opposition,_rainstorms and
    # https://en.wikinews.org/wiki/Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days
    text = "The Hong Kong government proposed the extradition bill."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:HKG", "SUPPORTS", "topic:extradition-bill") in got
    text = (
        "Back in 2018, the Argentine Congress approved a bill legalising abortion, but the bill "
        "was dismissed by the Senate."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:senate", "OPPOSES", "topic:bill-legalising-abortion") in got


def test_asking_for_the_undoing_of_a_measure_opposes_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Two other Independent presidential candidates also paid the fee to qualify for the "
        "Oklahoma ballot: child actor and entrepreneur Brock Pierce; plus pianist and pageant "
        "participant Jade Simmons. Pierce called for an end to the War on Drugs, with which "
        "Hawkins and La Riva somewhat agreed."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:pierce", "OPPOSES", "event:war-on-drugs") in got
    assert not any(s == "person:pierce" and t == "SUPPORTS" for s, t, o in got)
    # constructed, as an extra case after
    # https://en.wikinews.org/wiki/Hong_Kong_protests_continue_through_police_opposition,_rainstorms
    # ("protesters' demands have expanded to complete dismissal of the bill")
    text = "Protesters in Hong Kong demanded the withdrawal of the extradition bill."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert got == {("group:hong-kong-protesters", "OPPOSES", "topic:extradition-bill")}
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020: an act
    # called to be undone is opposed, with its owner; no request to the owner
    text = (
        "Gloria La Riva is the Party for Socialism and Liberation nominee. She criticized the Top "
        "Two election policy in California and called for the Citizens United decision to be "
        "overturned."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:gloria-la-riva", "OPPOSES", "org:citizens-united") in got
    assert ("person:gloria-la-riva", "REQUESTS", "org:citizens-united") not in got
    # constructed, as an extra case after "Legal and religious groups have also called for the
    # bill to be dropped" (https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex,
    # whose groups are no entity): the parser makes "to be dropped" a clause of its own
    text = (
        "The Hong Kong government proposed an extradition bill. Amnesty International has also "
        "called for the bill to be dropped."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:amnesty-international", "OPPOSES", "topic:extradition-bill") in got


def test_a_measure_said_to_be_unlawful_is_opposed(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful
    text = (
        "The court had been petitioned by Joanna Cherry of the Scottish National Party and 78 "
        "co-petitioners for a ruling on the prorogation of the UK parliament by Queen Elizabeth "
        "II at the request of Prime Minister Boris Johnson.\n\nFirst Minister of Scotland Nicola "
        "Sturgeon said via Twitter, \"Today's Court of Session judgment is of huge constitutional "
        "significance — but the immediate political implications are clear. Court says "
        "prorogation was unlawful and null and void — so Parliament must be recalled immediately "
        'to allow the essential work of scrutiny to continue."'
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    # "Court says ...": the court's judgement, which Sturgeon reports, is no stance of hers
    # (silver's gold has none; test_evaluative_speech.py); a measure is opposed, not accused
    assert not [o for _, t, o in got if t == "ACCUSES" and o.startswith("topic:")]
    # constructed, as an extra case: a measure with an article, said to be illegal
    text = "Kyriakos Mitsotakis said the maritime border agreement between Turkey and Libya is illegal."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert any(
        s == "person:kyriakos-mitsotakis" and t == "OPPOSES" and o.startswith("topic:")
        for s, t, o in got
    )


def test_funding_denied_to_a_border_wall_opposes_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall
    text = (
        "Trump's state of emergency appears to allow him to pull funding for the border wall "
        "from other places. Congress has repeatedly denied funding for such a wall, and the "
        "conflict between congressional leaders and the president caused a delay in budgetary "
        "decisions."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    # "such a wall" is the border wall named before
    assert ("org:us-congress", "OPPOSES", "topic:border-wall") in got
    # constructed, as an extra case: funding sought for it supports it, and "along the
    # border" names a wall a border wall
    text = "Donald Trump sought funding for a wall along the border with Mexico."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:donald-trump", "SUPPORTS", "topic:border-wall") in got


def test_in_support_of_under_a_verb_is_the_subjects_stance(nlp: Language) -> None:
    # W03: "in support of" hangs on "flies"; its subject holds the stance
    text = (
        "Germany banned Iranian airline Mahan Air on Monday. The United States government claims "
        "Mahan flies fighters and cargo to Syria in support of al-Assad."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert any(s == "org:mahan-air" and t == "SUPPORTS" and "assad" in o for s, t, o in got)


def test_support_for_a_movement_named_after_an_issue_is_support_for_the_issue(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister
    text = (
        "Boris Johnson was elected leader of the Conservative Party on Tuesday. In his victory "
        "speech, Johnson stressed his support for the Brexit movement."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:boris-johnson", "SUPPORTS", "topic:brexit") in got


def test_a_verb_the_lemmatizer_cuts_is_read_as_the_lexicon_knows_it(nlp: Language) -> None:
    # Constructed: spaCy's rule lemmatizer gives "stag" for "staged", so "staged protests" lost
    # its support verb; no corpus sentence has the word.
    doc = nlp("Georgian protesters have staged protests against the government for weeks.")
    assert next(t for t in doc if t.lower_ == "staged").lemma_ == "stage"


# ---- actors carried into gerunds and coordinated subjects -------------------------------


def test_gerund_of_time_or_means_shares_the_subject_of_its_verb(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Second_US_Biden-Trump_debate_cancelled_amid_safety_controversy
    text = (
        "President Trump tested positive for SARS-CoV-2, the coronavirus that causes COVID-19, "
        "within just days after traveling to Cleveland, Ohio to participate in the first "
        "presidential debate against Democratic rival Joe Biden."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:trump", "VISITS", "loc:cleveland") in got
    # W03: "by supporting" is what Mahan did, in what the ambassador alleged
    text = (
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation. "
        "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had "
        '"contributed to incredible human suffering, violence, and political instability felt '
        'across the world," by supporting Syrian President Bashar al-Assad.'
    )
    got = triples(claims_of(nlp, text))
    assert any(
        s.endswith(":mahan-air")
        and t == "SUPPORTS"
        and o == "person:bashar-al-assad"
        and m == "alleged"
        for s, t, o, m in got
    )
    # Constructed extras: the brief's probes of a means and a joined party.
    got = triples(claims_of(nlp, "Moscow retaliated by expelling 23 British diplomats."))
    assert ("country:RUS", "SANCTIONS", "country:GBR", "asserted") in got
    got = triples(claims_of(nlp, "Australia joined the United States in condemning China."))
    assert ("country:AUS", "CRITICIZES", "country:CHN", "asserted") in got
    assert ("country:USA", "CRITICIZES", "country:CHN", "asserted") in got


def test_gerund_of_a_reason_is_done_by_the_one_judged(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    text = (
        "The Trump campaign criticized Biden for not denouncing Antifa and for making the trip "
        "despite claiming previously that it was not safe to do so due to the coronavirus pandemic."
    )
    got = triples(claims_of(nlp, text))
    assert any(
        s == "person:biden" and t == "CRITICIZES" and o.endswith(":antifa") and m == "negated"
        for s, t, o, m in got
    )
    # Constructed extra: a reproach's reason is the reproacher's charge, and the critic does not
    # do what he blames.
    got = triples(claims_of(nlp, "The United States sanctioned Iran for supporting Hezbollah."))
    assert ("country:IRN", "SUPPORTS", "org:hezbollah", "alleged") in got
    assert not any(s == "country:USA" and t == "SUPPORTS" for s, t, _, _ in got)


def test_coordinated_signers_of_an_unnamed_agreement_agree_with_each_other(nlp: Language) -> None:
    # W11: the two parties agree on an unnamed thing.
    text = (
        "In the November 27 deal, Turkey and Libya agreed on a line as their shared maritime border "
        "that would make the sea between Crete and Cyprus a part of the Turkish EEZ."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:LBY", "AGREES_WITH", "country:TUR", "asserted") in got
    # https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    # co-signers of a named multilateral treaty do not agree with each other.
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU "
        "summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin "
        "signed the African Continental Free Trade Area (AfCFTA) agreement."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:muhammadu-buhari", "AGREES_WITH", "person:patrice-talon") not in got
    # Constructed extras (the brief's probe): an unnamed agreement pairs its signers, an agreement
    # "with" a third party does not.
    text = "Japan and South Korea signed a military intelligence-sharing agreement."
    got = triples(claims_of(nlp, text))
    assert ("country:JPN", "AGREES_WITH", "country:KOR", "asserted") in got
    text = "Japan and South Korea signed an agreement with the United States."
    got = triples(claims_of(nlp, text))
    assert ("country:JPN", "AGREES_WITH", "country:KOR", "asserted") not in got


def _actors_of(nlp: Language, text: str, word: str) -> list[str]:
    """The actors the reader gives the verb `word` in the last sentence of `text`."""
    from geokg.ingest.lexicon import load_lexicon
    from geokg.ingest.relations import _Memory, _SentenceReader

    doc = nlp(text)
    res = resolve(doc)
    sents = list(doc.sents)
    reader = _SentenceReader(sents[-1], res, load_lexicon(), _Memory(), len(sents) - 1)
    return reader.subjects(next(t for t in sents[-1] if t.text == word))


def test_an_intention_to_act_is_its_owners_act_to_come(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Governor_of_US_state_of_Alabama_signs_state_anti-abortion_measure
    text = (
        "Planned Parenthood, along with the American Civil Liberties Union have announced their "
        "plans to oppose the bill by lawsuit."
    )
    assert "org:planned-parenthood" in _actors_of(nlp, text, "oppose")
    # Constructed extras: a possessor owns the plan; one who opposes a plan does not.
    got = triples(claims_of(nlp, "Turkey's plan to attack Syria was criticized."))
    assert ("country:TUR", "ATTACKS", "country:SYR", "planned") in got
    got = triples(claims_of(nlp, "The United States opposed the plan to attack Syria."))
    assert not any(t == "ATTACKS" for _, t, _, _ in got)


def test_an_adjective_of_disposition_gives_its_infinitive_the_subject(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Elizabeth_Warren_endorses_Joe_Biden_in_2020_US_presidential_election
    text = (
        "In a video message posted to Twitter, Warren commended Biden for his empathy towards US "
        'citizens and said she was "proud to endorse Joe Biden as president of the United States."'
    )
    assert _actors_of(nlp, text, "endorse") == ["person:warren"]
    # Constructed extras: how sure the act is follows the adjective.
    got = triples(claims_of(nlp, "Russia is ready to supply weapons to Syria."))
    assert ("country:RUS", "SUPPLIES", "country:SYR", "planned") in got
    got = triples(claims_of(nlp, "China was unable to meet Japan."))
    assert ("country:CHN", "MEETS", "country:JPN", "negated") in got


def test_speakers_forming_groups_together_cooperate(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
    # "they" in what several persons announce is those persons; "were to form" is their own act.
    text = (
        "In a live-streamed statement, Bernie Sanders endorsed Joe Biden. Biden and Sanders "
        "announced they were to form six working groups relating to different policy fields."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:bernie-sanders", "COOPERATES_WITH", "person:joe-biden", "reported") in got
    # Constructed extra: an alliance formed by coordinated subjects.
    got = triples(claims_of(nlp, "France and Germany formed an alliance."))
    assert ("country:DEU", "COOPERATES_WITH", "country:FRA", "asserted") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # https://en.wikinews.org/wiki/UK_Supreme_Court_rules_prorogation_of_parliament_unlawful
            "Queen Elizabeth II suspended parliament at the behest of Boris Johnson, the current "
            "prime minister, on September 10.",
            ("person:boris-johnson", "REQUESTS", "person:elizabeth-ii"),
        ),
        (  # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
            "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the "
            "request of Prime Minister Boris Johnson to suspend Parliament.",
            ("person:boris-johnson", "REQUESTS", "person:elizabeth-ii"),
        ),
    ],
)
def test_whose_request_someone_acts_on_asked_them(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_a_summit_attended_with_a_leader_titled_after_a_preposition(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19
    text = (
        "Slovak Prime Minister Igor Matovič tested positive. This comes a week after he attended "
        "a summit with President of France Emmanuel Macron, who was later diagnosed with the "
        "disease."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:emmanuel-macron", "LEADER_OF", "country:FRA") in got
    assert ("person:igor-matovic", "LEADER_OF", "country:FRA") not in got
    assert {
        ("person:emmanuel-macron", "MEETS", "person:igor-matovic"),
        ("person:igor-matovic", "MEETS", "person:emmanuel-macron"),
    } & got


@pytest.mark.parametrize(
    "text",
    [
        # No corpus sentence has a claim under "refuse"/"decline" (the h-lexgap probe found the
        # asserted reading); written after the press's phrasing.
        # (refusing to recognise is no act undone but a rejection: test_round27_states.py)
        "The United States refused to meet Maduro.",
        "Iran declined to meet Donald Trump.",
        "China refused to condemn Russia.",
    ],
)
def test_an_act_refused_or_declined_did_not_happen(nlp: Language, text: str) -> None:
    claims = [c for c in claims_of(nlp, text) if c.type.value not in ("LEADER_OF",)]
    assert claims and all(c.modality.value == "negated" for c in claims)


# ---- state agents and groups in violence ------------------------------------------------------

WHK = "https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue"


def test_an_unlabelled_police_acts_for_the_one_country_the_article_has_named(
    nlp: Language,
) -> None:
    # WHK: "the police" three sentences after Hong Kong, the only country named so far
    text = (
        "For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed "
        "a live round on a protester yesterday. The victim, eighteen-years-old and a high school "
        "student, was taken to the hospital for emergency surgery and is reported to be in "
        "critical condition. The shooting took place in the Tsuen Wan district. Although the "
        "police have used force against protesters before, this is the first report of a "
        "protester being shot with live ammunition."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:HKG", "ATTACKS", "group:hong-kong-protesters") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Constructed after wire copy (extra cases beside WHK): a bare plural body, a body
        # named with its compound, a "by" agent, a body placed by its city.
        (
            "Thousands protested in Serbia on Saturday. Police fired tear gas at protesters "
            "outside the parliament in Belgrade.",
            ("country:SRB", "ATTACKS", "group:serbian-protesters"),
        ),
        (
            "Anti-government protests continued in Iraq on Friday. Security forces killed 12 "
            "protesters in Baghdad.",
            ("country:IRQ", "ATTACKS", "group:iraqi-protesters"),
        ),
        (
            "Protests continued in Iraq on Friday. Five protesters were killed by security forces "
            "in Baghdad.",
            ("country:IRQ", "ATTACKS", "group:iraqi-protesters"),
        ),
    ],
)
def test_unlabelled_security_forces_attacking_protesters(
    nlp: Language, text: str, want: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert want in got


@pytest.mark.parametrize(
    ("text", "want", "not_made"),
    [
        (  # constructed after outlet copy (Arab News, 2010, Yemen): the rebels the article
            # labelled first, not a new group named after the province they attack in
            "Yemeni rebels broke a cease-fire on Saturday, the army said. The rebels attacked "
            "army positions in Saada province, killing three soldiers.",
            "group:yemeni-rebels",
            "group:saada-province-rebels",
        ),
        (  # constructed after outlet copy (DW, 2021, Armenia): two countries, no focus; the
            # crowd that marched in Yerevan is the protesters who accuse
            "Thousands of demonstrators took to the streets on Saturday in Armenia's capital "
            "Yerevan, demanding the resignation of Prime Minister Nikol Pashinyan. Protesters "
            "accused Pashinyan of betraying the country by signing a ceasefire with Azerbaijan.",
            "group:armenian-demonstrators",
            "group:armenian-protesters",
        ),
    ],
)
def test_an_unlabelled_collective_is_the_one_the_article_labelled(
    nlp: Language, text: str, want: str, not_made: str
) -> None:
    claims, res = read_claims(nlp, text)
    assert want in {c.subject for c in claims if c.type.value in ("ATTACKS", "ACCUSES")}
    assert not_made not in res.nodes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # constructed after outlet copy (Egypt, 2019): activists the text says are Egyptian
            "Egypt held elections. Egyptian activists accused the government of torture.",
            {("group:egyptian-activists", "ACCUSES", "country:EGY")},
        ),
        (  # constructed after outlet copy (rights groups on Iran's executions, 2022); the later
            # "rights groups" are the ones named before, not the opposition groups
            "Iran executed two men. Iranian human rights groups condemned the executions. "
            "Iranian opposition groups called for protests. The rights groups accused Iran of "
            "torture.",
            {
                ("group:iranian-human-rights-groups", "CRITICIZES", "country:IRN"),
                ("group:iranian-human-rights-groups", "ACCUSES", "country:IRN"),
            },
        ),
        (  # constructed after outlet copy (Hong Kong, 2020)
            "Critics in Hong Kong accused Beijing of eroding freedoms.",
            {("group:hong-kong-critics", "ACCUSES", "country:CHN")},
        ),
        (  # constructed after outlet copy (Nepal, 2025): critics the text ties to no one
            "Nepal's prime minister resigned on Tuesday. Critics accused the government of "
            "corruption.",
            set(),
        ),
        (  # constructed: critics of China are not Chinese critics
            "Critics of China accused Beijing of eroding freedoms.",
            set(),
        ),
        (  # constructed after outlet copy (Gaza, 2019): the people names the militants, not
            # the strip they fire from
            "Palestinian militants in Gaza fired rockets at Israel overnight.",
            {("group:palestinian-militants", "ATTACKS", "country:ISR")},
        ),
    ],
)
def test_a_collective_that_needs_a_label_is_a_group_only_with_one(
    nlp: Language, text: str, want: set[tuple[str, str, str]]
) -> None:
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, text)
        if c.subject.startswith("group:")
    }
    assert got == want


@pytest.mark.parametrize(
    ("text", "want", "not_made"),
    [
        (  # constructed after outlet copy (Serbia, 2019): a counted crowd protesting
            "Thousands protested in Serbia against President Aleksandar Vucic.",
            ("group:serbian-protesters", "OPPOSES", "person:aleksandar-vucic"),
            ("country:SRB", "CRITICIZES", "person:aleksandar-vucic"),
        ),
        (  # constructed after outlet copy (Iraq, 2019): a people protesting is a crowd, not its
            # state criticising its own prime minister
            "Iraqis protested against the government of Adel Abdul Mahdi in Baghdad.",
            ("group:iraqi-protesters", "OPPOSES", "person:adel-abdul-mahdi"),
            ("country:IRQ", "CRITICIZES", "person:adel-abdul-mahdi"),
        ),
        (  # constructed after outlet copy (Argentina, 2018): the usual demonym names the group
            "Thousands of people marched in Buenos Aires against the abortion bill.",
            ("group:argentine-protesters", "OPPOSES", "topic:abortion-bill"),
            ("group:argentinean-protesters", "OPPOSES", "topic:abortion-bill"),
        ),
    ],
)
def test_a_crowd_that_protests_is_its_places_protesters(
    nlp: Language, text: str, want: tuple[str, str, str], not_made: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert want in got
    assert not_made not in got


def test_an_armed_movement_named_in_turn_by_its_words_is_one_group(nlp: Language) -> None:
    # constructed after outlet copy (Arab News, 2010, Yemen): "insurgents", new to the article,
    # are the rebels it labelled
    claims, res = read_claims(
        nlp,
        "Yemeni rebels broke a truce in Yemen. The insurgents attacked army positions in Saada "
        "province.",
    )
    assert {c.subject for c in claims if c.type.value == "ATTACKS"} == {"group:yemeni-rebels"}
    assert not any(n.endswith("insurgents") for n in res.nodes)


def test_a_backed_collective_is_not_its_backers(nlp: Language) -> None:
    # constructed after outlet copy (Syria, 2019): the rebels Turkey backs are not Turkish, and
    # "the rebels" after them are not the Kurdish fighters they attacked
    claims, res = read_claims(
        nlp,
        "Turkish-backed rebels attacked Kurdish fighters near Tal Abyad on Sunday. The rebels "
        "accused the United States of betrayal.",
    )
    assert "group:turkish-rebels" not in res.nodes
    assert not any(c.subject == "group:kurdish-fighters" for c in claims)


def test_a_leader_of_a_country_named_by_its_people(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/SARS-CoV-2_surpasses_one_million_infections_worldwide:
    # "Russians" are a Group, and still name Russia for the register's "President"
    got = triples(
        claims_of(
            nlp,
            "Nationally, President Vladimir Putin declared Russians would continue to be paid "
            "without going to work until April 30.",
            date(2020, 4, 3),
        )
    )
    assert ("person:vladimir-putin", "LEADER_OF", "country:RUS", "asserted") in got


def test_an_unlabelled_body_among_several_countries_acts_for_none(nlp: Language) -> None:
    # Constructed: with two countries named and neither the article's focus, "police" is no one.
    text = "The United States condemned Iran on Friday. Police fired tear gas at protesters."
    got = {(c.subject, c.type.value) for c in claims_of(nlp, text)}
    assert not {s for s, t in got if t == "ATTACKS"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden
            "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of "
            "Aden, in southern Yemen, on Tuesday after being shot in his car. He was 34 and "
            "reported extensively on the nation's ongoing civil war. The Southern Transitional "
            "Council, previously an ally of the government, is currently in conflict against it.",
            ("org:southern-transitional-council", "country:YEM"),
        ),
        (  # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
            '"The conflict between Armenia and Azerbaijan is their conflict. Not ours", said '
            "Jorgensen.",
            ("country:ARM", "country:AZE"),
        ),
        (  # constructed after wire copy, beside the two above: a mutual verb with an object
            "Protests continued in Iraq on Friday. Protesters clashed with police in Baghdad.",
            ("group:iraqi-protesters", "country:IRQ"),
        ),
        (  # constructed: a war fought with someone
            "Armenia fought a war with Azerbaijan over the Nagorno-Karabakh region.",
            ("country:ARM", "country:AZE"),
        ),
        (  # constructed after Al Jazeera copy: the fighting between two sides
            "Heavy fighting between the Sudanese army and the Rapid Support Forces continued in "
            "Khartoum on Sunday.",
            ("country:SDN", "org:rapid-support-forces"),
        ),
    ],
)
def test_each_side_of_a_two_sided_fight_attacks_the_other(
    nlp: Language, text: str, sides: tuple[str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    a, b = sides
    assert {(a, "ATTACKS", b), (b, "ATTACKS", a)} <= got


def test_a_trade_war_is_no_fighting(nlp: Language) -> None:
    # Constructed: a common noun saying what the war is fought with makes no attack.
    text = "The United States is in a trade war with China."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "ATTACKS"]


def test_a_possessed_trade_war_is_no_one_sided_attack(nlp: Language) -> None:
    # Constructed after outlet copy: the owner of a trade war does not attack its partner.
    text = "Mr. Trump's escalating trade war with China has rattled markets."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "ATTACKS"]


def test_an_apposition_after_a_coordination_is_on_its_last_member(nlp: Language) -> None:
    # Constructed after outlet copy: "Hamas, Iran's ally" is Hamas, not the first side.
    text = "The fighting between Israel and Hamas, Iran's ally in Gaza, has spread to Lebanon."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:IRN", "COOPERATES_WITH", "org:hamas") in got
    assert ("country:IRN", "COOPERATES_WITH", "country:ISR") not in got


def test_the_owner_of_a_named_target_is_not_blamed(nlp: Language) -> None:
    # Constructed after outlet copy: the country labelling a named movement is not criticized.
    text = (
        "The State Department blasted Yemen's Iran-sponsored Houthi terrorist movement for "
        "attacks on cargo ships."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:united-states-department-of-state", "CRITICIZES", "org:houthis") in got
    assert not [c for c in got if c[2] == "country:YEM"]


def test_the_top_diplomat_is_the_foreign_minister_named(nlp: Language) -> None:
    # Constructed after outlet copy: "the top US diplomat" is the Secretary of State the
    # article names, not the United States.
    text = (
        "US Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman. "
        "The top US diplomat arrived in Saudi Arabia late on Tuesday."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2023, 6, 7))}
    assert ("person:antony-blinken", "VISITS", "country:SAU") in got
    assert ("country:USA", "VISITS", "country:SAU") not in got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020: a bare
        # "the move" recalls the act the sentence before told
        (
            "President Trump sent Department of Homeland Security officers to protect federal "
            'buildings in Portland. Biden criticized the move, arguing Trump was "sow[ing] chaos '
            'and division" and "mak[ing] matters worse."',
            ("person:biden", "CRITICIZES", "person:trump", "asserted"),
        ),
        # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex:
        # "they" stands for the group owning the subject of the sentence before
        (
            "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and "
            "helmets gathered around Hong Kong's principal police complex, blocking the exits as "
            "they chanted slogans and threw eggs. Protesters' demands include investigation of "
            "alleged police violence against protesters on June 12. They had asked Hong Kong "
            "Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to "
            "resign from her position, but this has been dropped from the list of demands.",
            ("group:hong-kong-protesters", "REQUESTS", "person:carrie-lam", "asserted"),
        ),
        # https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27:
        # blaming a hostile act, or the fear of one, accuses its actor
        (
            "On Saturday morning, representatives from Iran acknowledged their government had "
            '"unintentionally" shot down a Ukrainian passenger jet near Tehran, blaming "human '
            'error" and the fear of aggression from the United States.',
            ("country:IRN", "ACCUSES", "country:USA", "asserted"),
        ),
        # constructed, beside the case above: the act's modifier names its actor
        ("Iran blamed US aggression.", ("country:IRN", "ACCUSES", "country:USA", "asserted")),
        # https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful:
        # "the court" is the court the article names more often than the others together
        (
            "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension "
            "— prorogation — of the Parliament of the United Kingdom which went into effect on "
            "Tuesday, finding it to be unlawful. The Court of Session is the highest civil court "
            "in Scotland. The only court with higher authority is the Supreme Court of the United "
            "Kingdom. The court had been petitioned by Joanna Cherry of the Scottish National "
            "Party and 78 co-petitioners for a ruling on the prorogation of the UK parliament by "
            "Queen Elizabeth II at the request of Prime Minister Boris Johnson.",
            ("person:joanna-cherry", "REQUESTS", "org:court-of-session", "asserted"),
        ),
        # https://en.wikinews.org/wiki/Violence_breaks_out_in_Washington,_DC_at_pro-Trump_protest:
        # a participle's object pronoun is not the subject it shares with its governor
        (
            "President Trump lashed out at the capital city's Democratic mayor Muriel Bowser on "
            'Twitter, accusing her of "not doing her job".',
            ("person:trump", "ACCUSES", "person:muriel-bowser", "asserted"),
        ),
    ],
)
def test_an_act_or_actor_read_back_from_its_description(
    nlp: Language, text: str, claim: tuple[str, str, str, str]
) -> None:
    assert claim in triples(claims_of(nlp, text))


W087 = "https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline"


def test_a_bare_act_noun_recalls_the_one_actor_earlier_mentions_of_it_named(
    nlp: Language,
) -> None:
    # constructed after W087, whose "smash and grab" is left to the evaluation lexicon: the
    # sentence before "the move" is a quotation, so the move is the earlier "move by Johnson"
    text = (
        "Critics from across Britain's political spectrum have claimed this is a move by Johnson "
        "to foil opposition to his plans for a no-deal Brexit by October 31. "
        '"This is a new government with a very exciting agenda", Johnson said. '
        'Labour Party leader Jeremy Corbyn called the move "unacceptable".'
    )
    criticised = {c.object for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert len(criticised) == 1 and "johnson" in criticised.pop()
    # constructed: two decisions by two parties leave "the decision" unresolved (each decision
    # named with its owner is judged by the one it angered or pleased: round 36's `judged_act`)
    text = (
        "Turkey's decision to buy Russian missiles angered Washington. Russia's decision to sell "
        "them pleased Ankara. France criticised the decision."
    )
    assert not {
        c.object
        for c in claims_of(nlp, text)
        if c.type.value == "CRITICIZES" and c.subject == "country:FRA"
    }


@pytest.mark.parametrize(
    ("text", "critic", "criticised"),
    [
        # constructed after outlet copy (Global Times, 2019-12): a vote is the act a later
        # "the measure" recalls, though voting for a resolution is itself a stance
        (
            "The US Senate on Thursday unanimously passed a resolution that recognizes the mass "
            "killings of Armenians as a genocide. Turkey condemned the measure, which passed a "
            "month after a visit to the White House by Turkish President Tayyip Erdogan.",
            "country:TUR",
            "senate",
        ),
        # constructed after outlet copy (Alwaght, 2019-10): "the passage of" names the passing
        (
            "The US House of Representatives has passed a resolution recognizing the killings "
            "of Armenians as a genocide. Turkey denounced the passage of the resolution.",
            "country:TUR",
            "house",
        ),
        # constructed after outlet copy: saying what one will do announces the act
        (
            "Russia said on Tuesday it would expel ten German diplomats. Germany condemned the "
            "decision as unjustified.",
            "country:DEU",
            "country:RUS",
        ),
        # constructed after outlet copy: a criticised decree, law or plan stands for its maker
        (
            "Russian President Vladimir Putin signed a decree on Monday recognising the two "
            "breakaway regions. British Prime Minister Boris Johnson condemned the decree.",
            "boris-johnson",
            "putin",
        ),
        (
            "German Chancellor Angela Merkel lashed out at Trump's plan to withdraw troops.",
            "angela-merkel",
            "trump",
        ),
        # constructed after outlet copy (Caucasus in Detail, 2019-12): "a political show"
        (
            "The U.S. Senate passed a resolution on the Armenian genocide on Thursday. Turkish "
            'Foreign Minister Mevlut Cavusoglu called the Senate\'s decision a "political show."',
            "cavusoglu",
            "senate",
        ),
    ],
)
def test_a_criticised_act_stands_for_its_maker(
    nlp: Language, text: str, critic: str, criticised: str
) -> None:
    got = [(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"]
    assert any(critic in s and criticised in o for s, o in got), got


def test_a_criticised_relative_pronoun_stands_for_the_act_and_its_makers(nlp: Language) -> None:
    # dev 02 (W02): "which" is the policy, kept by Malaysia and Indonesia; the parser hangs the
    # clause on "boats" and calls "which" a second subject
    text = (
        "Malaysia and Indonesia have maintained a policy of turning away boats of migrants "
        "which, according to AFP, the Untied Nations and United States have both criticised."
    )
    got = {(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert {("country:USA", "country:MYS"), ("country:USA", "country:IDN")} <= got
    # constructed: a policy someone is told to back is no act of theirs
    text = "Germany backed a plan of sending troops, which Russia criticised."
    got = {(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert ("country:RUS", "country:DEU") not in got


def test_this_judged_recalls_the_one_owned_act_the_sentence_before_names(nlp: Language) -> None:
    # constructed after dev 12 (https://en.wikinews.org/wiki/Iran_issues_arrest_warrants_for_36_
    # people,_including_US_President_Trump;_seeks_Interpol%27s_aid), whose "This" follows a
    # sentence of what was said
    text = (
        "The spokesperson added regarding Iran's request, they would not consider requests of "
        'this nature. US Special Representative for Iran Brian Hook said, "This is a propaganda '
        'stunt."'
    )
    got = {(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"}
    assert ("person:brian-hook", "country:IRN") in got


def test_a_welcomed_law_is_no_stance_on_its_maker(nlp: Language) -> None:
    # constructed: only criticism reads a law as its maker's act
    text = "Poland passed a climate law on Friday. Germany welcomed the law."
    assert not {c for c in claims_of(nlp, text) if c.object == "country:POL"}


@pytest.mark.parametrize(
    ("said", "judged"),
    [
        # constructed after outlet copy: "this" or "it" judged in what is said stands for the
        # act the sentence before told, and the judgement falls on its actor
        (
            '"This is a flagrant violation of our sovereignty," Iraqi Prime Minister Adil '
            "Abdul-Mahdi said.",
            True,
        ),
        ('"It is a dangerous provocation," Iraqi Prime Minister Adil Abdul-Mahdi said.', True),
        ("Iraqi Prime Minister Adil Abdul-Mahdi said this was unacceptable.", True),
        (
            '"The attack is a violation of our sovereignty," Iraqi Prime Minister Adil Abdul-Mahdi '
            "said.",
            True,
        ),
        # not a "this" that judges something else, nor an "it" that puts off its own clause
        (
            "Iraqi Prime Minister Adil Abdul-Mahdi said it was a dangerous time for the region.",
            False,
        ),
        (
            '"It is unacceptable that civilians were hurt," Iraqi Prime Minister Adil Abdul-Mahdi '
            "said.",
            False,
        ),
        ('"This is not unacceptable," Iraqi Prime Minister Adil Abdul-Mahdi said.', False),
    ],
)
def test_this_or_it_judged_in_speech_stands_for_the_act_told_before(
    nlp: Language, said: str, judged: bool
) -> None:
    text = "Iran fired missiles at a US base in Iraq. " + said
    judges = {c.object for c in claims_of(nlp, text) if c.type.value in ("CRITICIZES", "ACCUSES")}
    assert judges == ({"country:IRN"} if judged else set())


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # constructed after outlet copy: a bare noun made from the verb of the sentence before
        # names the act it told, and a stance on it is one on its actor
        (
            "Turkey converted the Hagia Sophia into a mosque on Friday. Greece condemned the "
            "conversion.",
            ("country:GRC", "country:TUR"),
        ),
        (
            "Russia annexed Crimea in 2014. The United States called the annexation illegal.",
            ("country:USA", "country:RUS"),
        ),
        (
            "Iran seized a British tanker in the Strait of Hormuz. The United Kingdom condemned "
            "the seizure.",
            ("country:GBR", "country:IRN"),
        ),
        # across a sentence that told what was said of it too, when the article told that act
        # of one actor only (round 30: the verbs of the article are remembered, not only the
        # sentence before's)
        (
            "Russia annexed Crimea in 2014. Ukraine said the annexation would never be "
            "recognised. Germany condemned the annexation.",
            ("country:DEU", "country:RUS"),
        ),
    ],
)
def test_a_noun_made_from_the_verb_before_names_the_act_it_told(
    nlp: Language, text: str, judged: tuple[str, str] | None
) -> None:
    criticised = {
        (c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"
    }
    assert criticised == ({judged} if judged else set())


def test_a_sentence_telling_what_was_said_of_an_act_is_not_the_act(nlp: Language) -> None:
    # constructed, beside the July 2020 case above: "Poland welcomed it" is no act to condemn
    said = "Germany expelled two Russian diplomats. Poland welcomed it. Russia condemned the move."
    got = triples(claims_of(nlp, said))
    assert not {t for t in got if t[1] == "CRITICIZES" and t[2] == "country:POL"}


def test_the_subject_of_a_passive_clause_acts_in_the_active_verb_coordinated_with_it(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
    text = (
        "President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, observing the "
        "rescue mission and visiting the wounded in hospital."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:vladimir-putin", "VISITS", "loc:magnitogorsk", "asserted") in got


def test_the_subject_of_expected_to_is_the_one_who_acts(nlp: Language) -> None:
    # constructed: the raising passives of diplomatic news ("is expected to", "was set to")
    text = "US Secretary of State Antony Blinken is expected to travel to Beijing next week."
    got = triples(claims_of(nlp, text))
    assert ("person:antony-blinken", "VISITS", "loc:beijing", "possible") in got


def test_a_sea_where_unnamed_targets_were_hit_is_no_target(nlp: Language) -> None:
    # constructed: maritime news; the place of unnamed targets is attacked on land only
    got = triples(claims_of(nlp, "Houthi rebels attacked ships in the Red Sea."))
    assert not [t for t in got if t[1] == "ATTACKS"]
    got = triples(claims_of(nlp, "Israel struck targets in Gaza."))
    assert ("country:ISR", "ATTACKS", "loc:gaza", "asserted") in got


def test_a_base_hosting_troops_is_no_meeting(nlp: Language) -> None:
    # constructed: forces a place hosts are stationed there, not met
    text = (
        "Iran retaliated against the US for the killing of Soleimani by firing missiles at "
        "Iraqi bases hosting American troops."
    )
    got = triples(claims_of(nlp, text))
    assert ("country:IRN", "ATTACKS", "country:USA", "asserted") in got
    assert not [t for t in got if t[1] == "MEETS"]


def test_a_leader_described_by_the_possessive_of_an_act_is_the_leader(nlp: Language) -> None:
    # constructed after outlet copy: "the Chinese leader's visit" is Xi's, not China's
    text = (
        "China's President Xi Jinping arrived in Moscow on Monday. Officials said the Chinese "
        "leader's visit to Moscow would last three days."
    )
    visits = {(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "VISITS"}
    assert ("person:xi-jinping", "loc:moscow") in visits
    assert ("country:CHN", "loc:moscow") not in visits


def test_a_capital_called_an_ally_acts_as_its_state_and_is_in_no_other(nlp: Language) -> None:
    # constructed after outlet copy: an apposition that is no place noun places nothing, and
    # either side of a symmetric relation that is a capital stands for its state
    text = "The visit comes as Beijing, a close ally of Russia, offered a peace plan."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert not [t for t in got if t[1] == "LOCATED_IN"]
    assert {t for t in got if t[1] == "COOPERATES_WITH"} == {
        ("country:CHN", "COOPERATES_WITH", "country:RUS")
    }


@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        # constructed after outlet copy (sanctions and ceasefire news); each a fix of a wrong claim
        (  # the user of an instrument acts in its infinitive, not the instrument
            "Iran and its proxy militants have used drones to attack U.S. forces.",
            ("country:IRN", "ATTACKS", "country:USA", "asserted"),
            None,
        ),
        (  # striking with sanctions is sanctioning the owner of what is struck
            "The US Treasury on Friday hit Iran's drone program with sanctions.",
            (
                "org:united-states-department-of-the-treasury",
                "SANCTIONS",
                "country:IRN",
                "asserted",
            ),
            (
                "org:united-states-department-of-the-treasury",
                "ATTACKS",
                "topic:drone-program",
                "asserted",
            ),
        ),
        (  # a delegation is sent, not supplied
            "Israel will still be sending a delegation to Egypt to resume talks.",
            None,
            ("country:ISR", "SUPPLIES", "country:EGY", "planned"),
        ),
        (  # two subjects the parser split off one coordination act together
            "Saudi Arabia's foreign minister, Prince Faisal bin Farhan, and the US Secretary of "
            "State Antony Blinken discussed a plan on Friday.",
            ("person:antony-blinken", "NEGOTIATES_WITH", "person:faisal-bin-farhan", "asserted"),
            None,
        ),
        (  # fleeing to a country is going there
            "Opposition candidate Edmundo Gonzalez fled to Spain on Sunday.",
            ("person:edmundo-gonzalez", "VISITS", "country:ESP", "asserted"),
            None,
        ),
        (  # a city on a sea is in its country, not in the sea
            "Talks continued on Monday in the Saudi Red Sea city of Jeddah.",
            ("loc:jeddah", "LOCATED_IN", "country:SAU", "asserted"),
            ("loc:jeddah", "LOCATED_IN", "loc:red-sea", "asserted"),
        ),
        (  # protesters against a state's leader are that state's, not the article's busiest
            "President Nicolas Maduro of Venezuela was declared the winner. The US, along with "
            "several Latin American countries, challenged Maduro's victory. Demonstrations "
            "against Maduro erupted after the vote, the United States said.",
            ("group:venezuelan-protesters", "OPPOSES", "person:nicolas-maduro", "reported"),
            ("group:american-protesters", "OPPOSES", "person:nicolas-maduro", "reported"),
        ),
        (  # a measure is no actor: "a bill providing aid" supplies nothing
            "U.S. President Joe Biden urges congressional Republicans to support a bill providing "
            "aid to Ukraine.",
            ("person:joe-biden", "REQUESTS", "org:republican-party", "asserted"),
            ("topic:bill-providing-aid", "SUPPLIES", "country:UKR", "asserted"),
        ),
        (  # a denial does not reach the talks that frame it in time
            "The Qatari Prime Minister dismissed the idea during discussions with U.S. officials.",
            ("country:QAT", "NEGOTIATES_WITH", "country:USA", "asserted"),
            ("country:QAT", "NEGOTIATES_WITH", "country:USA", "denied"),
        ),
        # constructed after outlet copy (strike and sanctions news of 2019-2024)
        (  # a claim of responsibility names the target of the act claimed
            "The Iran-backed Houthi rebels had claimed responsibility for the Saturday strike on "
            "Israel.",
            ("org:houthis", "ATTACKS", "country:ISR", "reported"),
            None,
        ),
        (  # the act claimed may be a gerund, done by the claimant
            "Houthi rebels claimed responsibility for firing a missile into central Israel.",
            ("org:houthis", "ATTACKS", "country:ISR", "reported"),
            None,
        ),
        (  # an attack on what a state's forces hold is on the state
            "The Islamic State of Iraq claimed responsibility for Monday's attack on a U.S. patrol "
            "base.",
            ("org:islamic-state", "ATTACKS", "country:USA", "reported"),
            None,
        ),
        (  # who is behind an attack made it
            "US Secretary of State Mike Pompeo said Iran was behind the attacks on Saudi oil "
            "facilities.",
            ("country:IRN", "ATTACKS", "country:SAU", "reported"),
            None,
        ),
        (  # a named group attacked in a country is the target, the country only the place
            "Turkey attacked Kurdish fighters in Syria.",
            ("country:TUR", "ATTACKS", "group:kurdish-fighters", "asserted"),
            ("country:TUR", "ATTACKS", "country:SYR", "asserted"),
        ),
        (  # a people's fighters in a country are named with the country and the people
            "Turkish warplanes carried out an airstrike against Kurdish fighters in Syria on "
            "Saturday.",
            ("country:TUR", "ATTACKS", "group:syrian-kurdish-fighters", "asserted"),
            ("country:TUR", "ATTACKS", "group:syrian-fighters", "asserted"),
        ),
        (  # declaring diplomats persona non grata expels them; a state's ministry acts for it
            "The Russian Foreign Ministry declared ten employees of the US Embassy in Russia "
            "persona non grata.",
            (
                "country:RUS",
                "SANCTIONS",
                "org:united-states-embassy-in-russia",
                "asserted",
            ),
            None,
        ),
        (  # killing an organisation's unnamed members attacks it
            "Israeli forces killed five Hamas militants.",
            ("country:ISR", "ATTACKS", "org:hamas", "asserted"),
            None,
        ),
        (  # an organisation's fighters are the organisation; a state's soldiers the state
            # (constructed after outlet copy)
            "Taliban fighters killed three Pakistani soldiers near the border.",
            ("org:taliban", "ATTACKS", "country:PAK", "asserted"),
            None,
        ),
        (  # killing a country's civilians is no attack on its forces (constructed)
            "Taliban fighters killed three Pakistani civilians near the border.",
            None,
            ("org:taliban", "ATTACKS", "country:PAK", "asserted"),
        ),
        (  # an order is a demand made with authority (constructed after outlet copy)
            "Niger's junta ordered French troops to leave the country.",
            ("group:nigerien-junta", "REQUESTS", "country:FRA", "asserted"),
            None,
        ),
        (  # criticism one brushes off was said of one (constructed after outlet copy)
            "The Kremlin brushed off criticism from NATO.",
            ("org:nato", "CRITICIZES", "country:RUS", "asserted"),
            None,
        ),
        (  # accusations one rejects, made by someone, accuse the one rejecting (constructed)
            "China's foreign ministry rejected the accusations made by the United States.",
            ("country:USA", "ACCUSES", "country:CHN", "asserted"),
            None,
        ),
        (  # "the kingdom" is the kingdom among the countries just named (constructed after
            # outlet copy)
            "Saudi Arabia has restored ties with Syria. The kingdom also invited Bashar al-Assad "
            "to the Arab League summit in Jeddah.",
            ("country:SAU", "INVITES", "person:bashar-al-assad", "asserted"),
            None,
        ),
        (  # "the country" as a subject continues the subject of the sentence before
            # (constructed after outlet copy)
            "Pakistan carried out air strikes against militants in Afghanistan on Monday. The "
            "country also accused the Taliban of sheltering fighters.",
            ("country:PAK", "ACCUSES", "org:taliban", "asserted"),
            None,
        ),
        (  # a broadcaster's anchor works for it (constructed after outlet copy)
            "CNN anchor Jake Tapper asked Nikki Haley about the war.",
            ("person:jake-tapper", "AFFILIATED_WITH", "org:cnn", "asserted"),
            ("person:jake-tapper", "REQUESTS", "person:nikki-haley", "asserted"),
        ),
        (  # nationality alone is no affiliation (dev README conventions; constructed)
            "American journalist John Smith said the war was over.",
            None,
            ("person:john-smith", "AFFILIATED_WITH", "country:USA", "asserted"),
        ),
        (  # trading fire is mutual (constructed after outlet copy)
            "Israel and Hezbollah have traded fire almost daily since October.",
            ("org:hezbollah", "ATTACKS", "country:ISR", "asserted"),
            None,
        ),
        (  # subjects pledging to deepen their partnership cooperate (constructed)
            "Vladimir Putin and Xi Jinping pledged to deepen their partnership.",
            ("person:vladimir-putin", "COOPERATES_WITH", "person:xi-jinping", "planned"),
            None,
        ),
        (  # a ship attacked at sea is not the sea's (constructed after outlet copy)
            "The Houthis claimed responsibility for an attack on a commercial ship in the Red Sea.",
            None,
            ("org:houthis", "ATTACKS", "loc:red-sea", "reported"),
        ),
        (  # a state's works hit are the state hit (constructed after outlet copy)
            "Russian forces destroyed a Ukrainian command post.",
            ("country:RUS", "ATTACKS", "country:UKR", "asserted"),
            None,
        ),
        (  # an organisation's commander killed is the organisation attacked (constructed)
            "The Israeli military killed a senior Hezbollah commander in southern Lebanon.",
            ("country:ISR", "ATTACKS", "org:hezbollah", "asserted"),
            None,
        ),
        (  # a tourist of a nationality is no state's (constructed)
            "Malian soldiers killed a French tourist.",
            None,
            ("country:MLI", "ATTACKS", "country:FRA", "asserted"),
        ),
        (  # saying a party bears responsibility for deaths accuses it (constructed after
            # outlet copy)
            "Hamas said Israel bore full responsibility for the deaths.",
            ("org:hamas", "ACCUSES", "country:ISR", "reported"),
            None,
        ),
        (  # "what it called X" names the object (constructed after outlet copy)
            "China denounced what it described as interference by Washington in its internal "
            "affairs.",
            ("country:CHN", "CRITICIZES", "country:USA", "asserted"),
            None,
        ),
        (  # the guest of talks held in a place visits it (constructed after outlet copy)
            "Russian President Vladimir Putin held talks with Iranian President Ebrahim Raisi in "
            "Tehran.",
            ("person:vladimir-putin", "VISITS", "loc:tehran", "asserted"),
            ("person:ebrahim-raisi", "VISITS", "loc:tehran", "asserted"),
        ),
        (  # one welcomed to a capital visits it (constructed after outlet copy)
            "North Korean leader Kim Jong Un welcomed Russian President Vladimir Putin to "
            "Pyongyang.",
            ("person:vladimir-putin", "VISITS", "loc:pyongyang", "asserted"),
            ("person:kim-jong-un", "VISITS", "loc:pyongyang", "asserted"),
        ),
        (  # one in a foreign capital for talks is visiting it (constructed after outlet copy)
            "French President Emmanuel Macron is in Beijing for talks with Chinese President Xi "
            "Jinping.",
            ("person:emmanuel-macron", "VISITS", "loc:beijing", "asserted"),
            ("person:xi-jinping", "VISITS", "loc:beijing", "asserted"),
        ),
        (  # support for a party's bid is support for the party (constructed after outlet copy)
            "Germany threw its weight behind Ukraine's bid to join the European Union.",
            ("country:DEU", "SUPPORTS", "country:UKR", "asserted"),
            None,
        ),
        (  # abstaining from a vote that condemns is no condemnation (constructed)
            "India abstained from the UN vote condemning Russia.",
            None,
            ("country:IND", "CRITICIZES", "country:RUS", "asserted"),
        ),
        (  # "its" in the "for" phrase of a rebuke is the rebuked party's (constructed after
            # outlet copy)
            "Beijing rebuked Washington for its arms sales to Taiwan.",
            ("country:USA", "SUPPLIES", "country:TWN", "alleged"),
            ("country:CHN", "SUPPLIES", "country:TWN", "alleged"),
        ),
        (  # saying a party shares responsibility for a war accuses it (constructed after
            # outlet copy)
            "Brazilian President Luiz Inacio Lula da Silva said Ukraine shared responsibility for "
            "the war.",
            ("person:luiz-inacio-lula-da-silva", "ACCUSES", "country:UKR", "reported"),
            None,
        ),
        (  # sanctions on a party's programme fall on the party (constructed after outlet copy)
            "The United States on Tuesday announced sanctions against Iran's drone program.",
            ("country:USA", "SANCTIONS", "country:IRN", "asserted"),
            ("country:USA", "SANCTIONS", "topic:drone-program", "asserted"),
        ),
        (  # the crowd marching is the protest's, named "Hong Kong" not "Hongkonger"
            # (constructed after Wikinews copy)
            "Thousands of Hongkongers marched from Victoria Park in the eleventh week of protests "
            "against Chinese government encroachment.",
            ("group:hongkongers", "OPPOSES", "country:CHN", "asserted"),
            ("group:chinese-protesters", "OPPOSES", "country:CHN", "asserted"),
        ),
        (  # "his country" is the state its leader leads (constructed after outlet copy)
            "Russian President Vladimir Putin said his country would deepen ties with China.",
            ("country:CHN", "COOPERATES_WITH", "country:RUS", "reported"),
            None,
        ),
        (  # arms launched by the hundred are launched arms (constructed after outlet copy)
            "Iran launched hundreds of drones and missiles at Israel in April.",
            ("country:IRN", "ATTACKS", "country:ISR", "asserted"),
            None,
        ),
        (  # a state's villages shelled are the state attacked (constructed after outlet copy)
            "Azerbaijani forces shelled Armenian villages near the border.",
            ("country:AZE", "ATTACKS", "country:ARM", "asserted"),
            None,
        ),
        (  # saying a party committed war crimes accuses it (constructed after outlet copy)
            "Human Rights Watch said Israeli forces had committed war crimes.",
            ("org:human-rights-watch", "ACCUSES", "country:ISR", "reported"),
            None,
        ),
        (  # what an attack in a passive's "by" phrase hits is the passive's subject, the
            # label on the compound its actor (constructed after outlet copy)
            "Ukraine was hit by a wave of Russian missile strikes overnight.",
            ("country:RUS", "ATTACKS", "country:UKR", "asserted"),
            None,
        ),
        (  # sides fighting each other attack each other (constructed after outlet copy)
            "Sudan's army and the Rapid Support Forces have been fighting since April.",
            ("org:rapid-support-forces", "ATTACKS", "country:SDN", "asserted"),
            None,
        ),
        (  # the summit a meeting is on the sidelines of places it (constructed after outlet
            # copy)
            "Russian President Vladimir Putin and Chinese President Xi Jinping met on the "
            "sidelines of the SCO summit in Beijing.",
            ("person:vladimir-putin", "VISITS", "loc:beijing", "asserted"),
            ("person:xi-jinping", "VISITS", "loc:beijing", "asserted"),
        ),
        (  # the possessor owns a bid, the compound says what it is for (constructed after
            # outlet copy)
            "The Turkish parliament approved Sweden's NATO bid.",
            ("org:turkish-parliament", "SUPPORTS", "country:SWE", "asserted"),
            None,
        ),
        (  # a bare act noun recalls the act told just before, and its actor (constructed)
            "North Korea fired a missile on Thursday. The launch drew condemnation from Japan.",
            ("country:JPN", "CRITICIZES", "country:PRK", "asserted"),
            None,
        ),
        (  # frozen assets are their owners', whoever holds them
            "President Joe Biden's administration froze U.S. assets of 22 Myanmar senior "
            "officials on Friday.",
            ("country:USA", "SANCTIONS", "country:MMR", "asserted"),
            None,
        ),
        (  # a ban on imports from a country is on the country
            "Latvia banned the import of agricultural products from Russia.",
            ("country:LVA", "SANCTIONS", "country:RUS", "asserted"),
            None,
        ),
        (  # blacklisting a state's officials sanctions the state
            "Russia has blacklisted eight heads of US law enforcement agencies.",
            ("country:RUS", "SANCTIONS", "country:USA", "asserted"),
            None,
        ),
        (  # measures taken, adopted or introduced against a state, like imposed ones
            "Russia will take reciprocal measures against Britain, the ministry said.",
            ("country:RUS", "SANCTIONS", "country:GBR", "planned"),
            None,
        ),
        (
            "The EU adopted new sanctions against Iran on Monday.",
            ("org:european-union", "SANCTIONS", "country:IRN", "asserted"),
            None,
        ),
        (  # Reuters sets its dateline off with a spaced hyphen: the city is no actor
            "KYIV, Ukraine (AP) — Russia launched a drone attack on Kyiv overnight.\n\n"
            "BEIJING, Jan 5 (Reuters) - China condemned the United States over arms sales to "
            "Taiwan.",
            ("country:CHN", "CRITICIZES", "country:USA", "asserted"),
            ("loc:beijing", "CRITICIZES", "country:USA", "asserted"),
        ),
    ],
)
def test_outlet_phrasings_read_right(
    nlp: Language,
    text: str,
    want: tuple[str, str, str, str] | None,
    unwanted: tuple[str, str, str, str] | None,
) -> None:
    got = triples(claims_of(nlp, text))
    assert want is None or want in got
    assert unwanted is None or unwanted not in got


def test_a_person_is_no_side_of_a_war(nlp: Language) -> None:
    # constructed after outlet copy: "their" read as the person gives no fighting
    text = (
        "Zelensky traveled to Washington, where he worked to gain support for Ukraine in their "
        "war with Russia."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value == "ATTACKS"]


def test_caucusing_with_a_party_is_no_meeting(nlp: Language) -> None:
    # constructed after outlet copy
    text = "Sen. Bernie Sanders, who caucuses with Democrats, opposed the measure."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "MEETS"]


def test_a_minority_leader_is_affiliated_with_the_chamber_not_its_leader(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss
    text = (
        "Senate minority leader Chuck Schumer commented the president's tweets Monday are likely "
        "as near as the US public will ever have to an official concession from the president."
    )
    got = {(c.subject, c.type.value) for c in claims_of(nlp, text)}
    assert ("person:chuck-schumer", "AFFILIATED_WITH") in got
    assert ("person:chuck-schumer", "LEADER_OF") not in got


def test_returning_home_is_a_visit(nlp: Language) -> None:
    # W07: her own country, which `_at_home` keeps for a return
    text = (
        "On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials "
        "asking the United States to waive diplomatic immunity for Anne Sacoolas. Sacoolas, who "
        "has immunity as a diplomat's wife, was involved in a traffic collision which killed "
        "motorcyclist Harry Dunn on August 27. She subsequently left the UK and returned to the US."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:anne-sacoolas", "VISITS", "country:USA", "asserted") in got
    assert ("person:anne-sacoolas", "VISITS", "country:GBR", "asserted") not in got


def test_the_guests_of_a_meeting_visit_its_place_and_meet_each_other(nlp: Language) -> None:
    # constructed: a trilateral summit told as a host receiving two guests (W11's gathering in
    # Cairo is the real case of the same convention: the host does not visit its own capital)
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis hosted Cypriot President Nicos Anastasiades and "
        "Israeli Prime Minister Benjamin Netanyahu in Athens on Thursday."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert ("person:nicos-anastasiades", "VISITS", "loc:athens") in got
    assert ("person:benjamin-netanyahu", "VISITS", "loc:athens") in got
    assert ("person:kyriakos-mitsotakis", "VISITS", "loc:athens") not in got
    assert {
        ("person:benjamin-netanyahu", "MEETS", "person:nicos-anastasiades"),
        ("person:nicos-anastasiades", "MEETS", "person:benjamin-netanyahu"),
    } & got


def test_a_meeting_place_of_unknown_state_is_no_ones_visit(nlp: Language) -> None:
    # constructed: in which state Zavidovo lies the gazetteer does not know, so no one is said to
    # visit it (Sochi, a city of Russia the gazetteer knows since round 29, is Erdoğan's visit)
    got = triples(claims_of(nlp, "Vladimir Putin met Recep Tayyip Erdoğan in Zavidovo on Tuesday."))
    assert not [t for t in got if t[1] == "VISITS"]


def test_persons_signing_an_agreement_at_a_summit_meet_and_visit_its_place(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU "
        "summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin "
        "signed the African Continental Free Trade Area (AfCFTA) agreement."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
    assert {
        ("person:muhammadu-buhari", "MEETS", "person:patrice-talon"),
        ("person:patrice-talon", "MEETS", "person:muhammadu-buhari"),
    } & got
    assert ("person:muhammadu-buhari", "VISITS", "loc:niamey") in got
    assert ("person:patrice-talon", "VISITS", "loc:niamey") in got


def test_cosigning_a_letter_is_no_meeting(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Fifty former intelligence officials, including former CIA directors John Brennan, Leon "
        "Panetta, and Michael Hayden, signed a letter saying the Post's report \"has all the "
        'classic earmarks of a Russian information operation."'
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value in ("MEETS", "VISITS")]


def test_a_hyphenated_backer_supports_the_body_it_backs(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani
    text = (
        "He was being met by Abu Mahdi al-Muhandis, who was also killed in the airstrike. "
        "al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an "
        "Iranian-backed militia."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:IRN", "SUPPORTS", "org:popular-mobilization-forces") in got
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
    text = (
        "It lies within the internationally-recognized borders of Azerbaijan but the "
        "Armenian-backed separatist Republic of Artsakh currently occupies it."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:ARM", "SUPPORTS", "org:republic-of-artsakh") in got
    # Constructed after the press's phrasing: who backs a force does not own it.
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "The US-backed Syrian Democratic Forces captured Raqqa.")
    }
    assert ("country:USA", "SUPPORTS", "org:syrian-democratic-forces") in got
    assert ("org:syrian-democratic-forces", "PART_OF", "country:USA") not in got
    # nor one that arms it, whose participle the parser tags an adjective (found by review)
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "The US-armed Syrian Democratic Forces captured the town.")
    }
    assert ("org:syrian-democratic-forces", "PART_OF", "country:USA") not in got


@pytest.mark.parametrize(
    ("text", "chooser", "chosen"),
    [
        # https://en.wikinews.org/wiki/Biden_announces_Kamala_Harris_as_2020_running_mate_in_US_presidential_race
        (
            "Yesterday, Joe Biden, the Democratic Party's presumptive nominee for President of the "
            "United States, announced Kamala Harris as his choice for running mate in the 2020 "
            "United States presidential election.",
            "person:joe-biden",
            "person:kamala-harris",
        ),
        (
            "In 2008, then-governor of Alaska Sarah Palin was chosen by John McCain as his running "
            "mate, making her the Republican Party's first female candidate for Vice President.",
            "person:john-mccain",
            "person:sarah-palin",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
        (
            "Brian T. Carroll is a teacher. Carroll selected Patel as his running mate.",
            "person:brian-t-carroll",
            "person:patel",
        ),
    ],
)
def test_choosing_a_running_mate_supports_the_one_chosen(
    nlp: Language, text: str, chooser: str, chosen: str
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert (chooser, "SUPPORTS", chosen) in got


def test_disappointment_at_a_ruling_criticises_the_court(nlp: Language) -> None:
    # After https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful
    # ("a spokeman for 10 Downing Street expressed disappointment"), the ruling named as the
    # press names it; constructed.
    text = "The UK government expressed disappointment at the ruling of the Supreme Court."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:GBR", "CRITICIZES", "org:supreme-court") in got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # Constructed: the corpus's one predicate "supportive of" (dev 08, the YPG) is misparsed
        # as an apposition of "Turkey"; these follow the press's phrasing.
        (
            "Angela Merkel has been highly critical of the Chinese government.",
            ("person:angela-merkel", "CRITICIZES", "country:CHN"),
        ),
        (
            "Angela Merkel is opposed to Brexit.",
            ("person:angela-merkel", "OPPOSES", "topic:brexit"),
        ),
        (
            "Angela Merkel was supportive of Emmanuel Macron.",
            ("person:angela-merkel", "SUPPORTS", "person:emmanuel-macron"),
        ),
        # Also constructed: disapproval by description, retort or disappointment (the dev 13-24
        # proxy gained one right claim from these).
        (
            "China hit back at Australia over the inquiry.",
            ("country:CHN", "CRITICIZES", "country:AUS"),
        ),
        (
            "Emmanuel Macron described Donald Trump's decision as a mistake.",
            ("person:emmanuel-macron", "CRITICIZES", "person:donald-trump"),
        ),
        (
            "Angela Merkel was disappointed with Donald Trump's decision.",
            ("person:angela-merkel", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_a_stance_by_predicate_description_or_retort(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert claim in got


def test_backing_away_from_support_is_no_support(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    text = (
        "Kanye West announced his candidacy. West backed away from his previous support for "
        "President Trump, expressing disappointment at reports Trump hid in the White House "
        "basement during riots."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert not {t for t in got if t[1] == "SUPPORTS"}


def test_a_stance_on_a_cause_named_by_its_word(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage
    text = (
        "An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of "
        "Gdańsk, was stabbed last night whilst on stage at a fundraising event. Adamowicz was an "
        "early supporter of democracy, and has been mayor since 1998."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:pawel-adamowicz", "SUPPORTS", "topic:democracy") in got
    # Constructed after the press's phrasing: coordinated causes each.
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "Jacinda Ardern condemned racism and extremism.")
    }
    assert {
        ("person:jacinda-ardern", "CRITICIZES", "topic:racism"),
        ("person:jacinda-ardern", "CRITICIZES", "topic:extremism"),
    } <= got


def test_a_stance_on_an_appointment_is_one_on_the_appointee(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Puerto_Rico%27s_governor_Rossell%C3%B3_resigns,_new_governor_sworn_in
    text = (
        "On Friday, Ricardo Rosselló Nevares resigned as the governor of United States "
        "commonwealth of Puerto Rico and Pedro Pierluisi was sworn in as Puerto Rico's new "
        "governor. Senate President Thomas Rivera Schatz expressed opposition to the swearing-in "
        "of Pierluisi, and suggested there were not enough votes in the Senate for his "
        "confirmation."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:thomas-rivera-schatz", "OPPOSES", "person:pedro-pierluisi") in got
    # Constructed after the press's phrasing.
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "Senate Democrats opposed the nomination of Brett Kavanaugh.")
    }
    assert ("group:democrats", "OPPOSES", "person:brett-kavanaugh") in got


def test_a_party_named_pro_or_anti_something_supports_or_opposes_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_June_2020
    text = (
        "The newly created Life and Liberty Party, a libertarian-leaning anti-abortion party, "
        "held its first national convention."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:life-and-liberty-party", "OPPOSES", "topic:abortion") in got
    # Constructed after the press's phrasing: a side taken is no state's body.
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "The pro-Kremlin newspaper Izvestia reported the meeting.")
    }
    assert ("org:izvestia", "SUPPORTS", "country:RUS") in got
    assert ("org:izvestia", "PART_OF", "country:RUS") not in got
    got = {
        (c.subject, c.type.value, c.object)
        for c in claims_of(nlp, "Anti-government protesters in Iraq blocked roads.")
    }
    assert ("group:iraqi-protesters", "OPPOSES", "country:IRQ") in got


def test_hitting_back_in_a_match_is_no_criticism(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season
    text = "Caloundra opened the game with two tries before Wynnum hit back with a couple of tries."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"]


def test_a_person_treated_in_a_place_has_gone_there(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Burundi_President_Pierre_Nkurunziza_dies_aged_55 (silver)
    got = triples(
        claims_of(nlp, "As of Tuesday, his widow, Denise, was being medically treated in Kenya.")
    )
    assert ("person:denise", "VISITS", "country:KEN", "asserted") in got
    # https://en.wikinews.org/wiki/Sitting_Tongan_Prime_Minister_Akilisi_Pohiva_dies_aged_78
    text = (
        "Akilisi Pohiva, the prime minister of Tonga, died today at 10:00 a.m. Tongan time (2100 "
        "UTC, yesterday) at the age of 78. ABC reported that Pohiva received medical treatment in "
        "New Zealand for problems with his liver this year."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:akilisi-pohiva", "VISITS", "country:NZL", "reported") in got


def test_a_person_treated_at_home_visits_nowhere(nlp: Language) -> None:
    # constructed beside the two real cases above: Oman is the sultan's own country
    text = "Sultan Qaboos bin Said was the ruler of Oman. He was treated in Oman for cancer."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "VISITS"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A spokesperson for the Chinese foreign ministry criticised the United States on Monday.",
            ("country:CHN", "CRITICIZES", "country:USA"),
        ),
        (
            "Thousands protested in Iraq on Saturday. The protesters accused the government of "
            "corruption.",
            ("group:iraqi-protesters", "ACCUSES", "country:IRQ"),
        ),
    ],
)
def test_who_speaks_for_a_body_and_a_charge_hung_on_the_charged(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    # Constructed after the phrasings issue 15 quotes from unseen articles ("the Argentine
    # foreign ministry", "a Chinese military spokesman"): no corpus sentence has them. The
    # parser hangs "of corruption" on "the government", which still stands for the country.
    assert claim in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_alleged_violence_by_an_unlabelled_police_is_an_alleged_attack(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex
    text = (
        "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and "
        "helmets gathered around Hong Kong's principal police complex. Protesters' demands "
        "include investigation of alleged police violence against protesters on June 12."
    )
    got = {(c.subject, c.type.value, c.object, c.modality.value) for c in claims_of(nlp, text)}
    assert ("country:HKG", "ATTACKS", "group:hong-kong-protesters", "alleged") in got


def test_a_police_killing_is_an_attack_by_the_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    text = (
        "Nevertheless, civil unrest including the toppling of statues, still stemming from the "
        "police killing of George Floyd in May, continued elsewhere in the US."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "ATTACKS", "person:george-floyd") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Constructed after wire copy: no corpus article has these forms, common in conflict news
        (
            "The Saudi-led coalition launched airstrikes on Houthi rebels in Yemen.",
            ("country:SAU", "ATTACKS", "org:houthis", "asserted"),
        ),
        (
            "The US-led coalition carried out airstrikes against Islamic State militants in Syria.",
            ("country:USA", "ATTACKS", "org:islamic-state", "asserted"),
        ),
        (
            "A US airstrike on Baghdad airport killed Qasem Soleimani.",
            ("country:USA", "ATTACKS", "person:qasem-soleimani", "asserted"),
        ),
        (
            "Israel carried out strikes on Hamas targets in Gaza.",
            ("country:ISR", "ATTACKS", "org:hamas", "asserted"),
        ),
        (  # constructed: a people's label names its fighters, not the article's state
            "Palestinian militants fired rockets at Israel on Tuesday.",
            ("group:palestinian-militants", "ATTACKS", "country:ISR", "asserted"),
        ),
        (  # constructed: a faith's label too, and a base stands for the state that holds it
            "Shiite militias attacked a US base in Iraq.",
            ("group:shiite-militias", "ATTACKS", "country:USA", "asserted"),
        ),
        (  # constructed: an unnamed thing a state owns, hit, stands for the state
            "Ukraine launched drone strikes on Russian oil refineries.",
            ("country:UKR", "ATTACKS", "country:RUS", "asserted"),
        ),
        (  # constructed: an unnamed target in a named place
            "An Israeli air strike on a refugee camp in Gaza killed 50 people.",
            ("country:ISR", "ATTACKS", "loc:gaza", "asserted"),
        ),
        (  # constructed: a place that is no node stands for the state it is labelled with
            "A Ukrainian drone attack targeted an airbase in Russia's Pskov region.",
            ("country:UKR", "ATTACKS", "country:RUS", "asserted"),
        ),
        (  # constructed: the same for sanctions, with a possessive owner
            "The US has imposed sanctions on Iran's oil sector.",
            ("country:USA", "SANCTIONS", "country:IRN", "asserted"),
        ),
        (  # military craft labelled with their state stand for it, as "warships" did
            "The Houthis fired a missile at a US destroyer in the Red Sea.",
            ("org:houthis", "ATTACKS", "country:USA", "asserted"),
        ),
        (
            "Protests continued in Iran on Friday. The crackdown on protesters by Iranian "
            "authorities drew criticism.",
            ("country:IRN", "ATTACKS", "group:iranian-protesters", "asserted"),
        ),
        (
            "Protests continued in Chile. Five protesters were said to have been injured by police "
            "in Santiago.",
            ("country:CHL", "ATTACKS", "group:chilean-protesters", "alleged"),
        ),
    ],
)
def test_attacks_by_led_coalitions_labelled_acts_and_on_held_places(
    nlp: Language, text: str, want: tuple[str, str, str, str]
) -> None:
    assert want in triples(claims_of(nlp, text))


def test_a_persons_positions_are_not_their_states(nlp: Language) -> None:
    # Constructed: "positions" held by a state stand for it as a target, a person's are his own.
    text = "Russian President Vladimir Putin met Xi. Trump criticized Putin's positions on trade."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:trump", "CRITICIZES", "country:RUS") not in got


def test_who_orchestrated_attacks_made_them(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_President_Trump_says_Osama_bin_Laden%27s_son_killed
    text = "Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US of 2001."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:osama-bin-laden", "ATTACKS", "country:USA") in got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # Constructed after the diplomatic press's phrasing: no non-dev corpus sentence has these
        # kinds (a state's sovereignty or integrity, a move welcomed by, regret over an act).
        (
            "The Turkish foreign ministry said it supports the territorial integrity of Iraq.",
            ("country:TUR", "SUPPORTS", "country:IRQ"),
        ),
        (
            # the legislature is a body of its own (the silver gold's Parliament of the UK)
            "The Iraqi parliament voted to expel US troops, a move welcomed by Iran.",
            ("country:IRN", "SUPPORTS", "org:iraqi-parliament"),
        ),
        (
            "The Kremlin expressed regret over the decision of the United States.",
            ("country:RUS", "CRITICIZES", "country:USA"),
        ),
    ],
)
def test_a_stance_on_a_states_standing_or_on_a_move_is_on_the_state_or_mover(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert claim in got


def test_a_stance_on_protests_or_their_demands_is_on_the_protesters(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_May_2020 (the sentence;
    # the two before it, which name the country, are constructed)
    text = (
        "Protests against the lockdown took place in the United States. The United States has "
        "many cases. President Donald Trump tweeted support for the protests to end statewide "
        "shutdown orders despite it undermining his own guidelines."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:donald-trump", "SUPPORTS", "group:american-protesters") in got
    # Constructed after protest coverage: a stance on the protesters' demands and on the
    # protests themselves
    text = (
        "Anti-government protests continued in Iraq on Friday. Prime Minister Adil Abdul-Mahdi "
        "expressed support for the protesters' demands."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("person:adil-abdul-mahdi", "SUPPORTS", "group:iraqi-protesters") in got
    text = "Anti-government protests continued in Serbia on Saturday. The opposition backed the protests."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("group:serbian-opposition", "SUPPORTS", "group:serbian-protesters") in got


def test_electing_someone_supports_them(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister
    text = (
        "Conservative Party members voted on Tuesday to elect Boris Johnson — former Foreign "
        "Secretary, mayor of London, and member of Parliament — as the new Conservative leader."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("org:conservative-party", "SUPPORTS", "person:boris-johnson") in got


def test_a_phrasal_verb_reads_the_preposition_the_parser_hangs_on_its_particle(
    nlp: Language,
) -> None:
    from geokg.ingest.lexicon import load_lexicon
    from geokg.ingest.relations import _Memory, _SentenceReader

    # dev 03 (https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27):
    # the parser makes "out" a preposition with "of" under it
    text = (
        "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have "
        "announced plans to pull out of the Middle Eastern nation."
    )
    doc = nlp(text)
    sent = next(iter(doc.sents))
    reader = _SentenceReader(sent, resolve(doc), load_lexicon(), _Memory(), 0)
    pull = next(t for t in sent if t.lemma_ == "pull")
    assert [t.text for t in reader.slot(pull, "of")] == ["nation"]
    # Constructed extras, parsed the same way: "out", "back", "away" hold the preposition
    cases = {
        "The United States pulled out of the Paris Agreement.": (
            "country:USA",
            "OPPOSES",
            "topic:paris-agreement",
        ),
        "China pushed back against the United States.": ("country:CHN", "OPPOSES", "country:USA"),
        "The United States walked away from the Iran nuclear deal.": (
            "country:USA",
            "OPPOSES",
            "topic:iran-nuclear-deal",
        ),
    }
    for sentence, (s, t, o) in cases.items():
        assert (s, t, o, "asserted") in triples(claims_of(nlp, sentence)), sentence


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # constructed after outlet copy: the one state labelling an unnamed act owns it
        (
            "Russia vetoed a U.S. motion calling for new elections in Venezuela.",
            ("country:RUS", "OPPOSES", "country:USA"),
        ),
        (
            "Pakistan condemned the Indian strike and vowed to respond.",
            ("country:PAK", "CRITICIZES", "country:IND"),
        ),
    ],
)
def test_the_state_labelling_an_act_is_its_owner(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    assert claim in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # constructed after outlet copy (wire copy on coups, NATO enlargement, the Red Sea)
        (  # a passive sanction's agents end where its target's phrase begins
            "Sanctions were imposed by the European Union on Belarus and Iran last year.",
            {
                ("org:european-union", "SANCTIONS", "country:BLR"),
                ("org:european-union", "SANCTIONS", "country:IRN"),
            },
            {
                ("country:BLR", "SANCTIONS", "country:IRN"),
                ("country:IRN", "SANCTIONS", "country:BLR"),
            },
        ),
        (  # the target's phrase hung on the agent's name
            "Similar sanctions were imposed by ECOWAS on Mali after the coup.",
            {("org:ecowas", "SANCTIONS", "country:MLI")},
            set(),
        ),
        (  # those listed after "relations with" are no sides to one another
            "The junta cut off diplomatic relations with Nigeria, Togo and France.",
            set(),
            {
                ("country:FRA", "COOPERATES_WITH", "country:NGA"),
                ("country:NGA", "COOPERATES_WITH", "country:TGO"),
                ("country:FRA", "COOPERATES_WITH", "country:TGO"),
            },
        ),
        (  # the state owns the bid the alliance's name qualifies, not the alliance
            "The Turkish parliament approved Sweden's NATO membership bid on Tuesday.",
            set(),
            {("org:nato", "PART_OF", "country:SWE")},
        ),
        (  # the one state labelling "counterpart" is the named person's, and the register
            # says he leads it (2023)
            "Orban invited his Swedish counterpart Ulf Kristersson to Budapest.",
            {("person:ulf-kristersson", "LEADER_OF", "country:SWE")},
            {("person:ulf-kristersson", "AFFILIATED_WITH", "country:SWE")},
        ),
        (
            "Blinken will meet his Chinese counterpart, Wang Yi, on Friday.",
            {("person:wang-yi", "AFFILIATED_WITH", "country:CHN")},
            set(),
        ),
        (  # fire aimed at what a state owns is at the state
            "India fired missiles into Pakistani territory early Wednesday.",
            {("country:IND", "ATTACKS", "country:PAK")},
            set(),
        ),
        (
            "Russia fired missiles at Ukrainian cities overnight.",
            {("country:RUS", "ATTACKS", "country:UKR")},
            set(),
        ),
        (  # the one person heading a delegation goes where it goes
            "A Chinese delegation led by Foreign Minister Wang Yi visited Moscow last week.",
            {("person:wang-yi", "VISITS", "loc:moscow")},
            set(),
        ),
        (
            "A delegation led by Senator Ed Markey arrived in Taipei on Sunday.",
            {("person:ed-markey", "VISITS", "loc:taipei")},
            set(),
        ),
        (  # one warned against an act of theirs is the one disapproved of
            "Russia warned NATO against sending troops to Ukraine.",
            {("country:RUS", "CRITICIZES", "org:nato")},
            set(),
        ),
        (  # warned of the warner's own hostile answer: a threat
            "Iran warned Israel of a harsh response.",
            {("country:IRN", "THREATENS", "country:ISR")},
            set(),
        ),
        (  # a title's state labels the person whose act it is and takes no part in it
            "US President Joe Biden's visit to Kyiv surprised Moscow.",
            {("person:joe-biden", "VISITS", "loc:kyiv")},
            {("country:USA", "VISITS", "loc:kyiv")},
        ),
        (  # the speaker of a trailing attribution is no target of the act
            "The Houthis attacked a US aircraft carrier, destroyer and a number of ships in the"
            " Red Sea, Houthi military spokesman Yahya Saree said on Saturday.",
            {("person:yahya-saree", "AFFILIATED_WITH", "org:houthis")},
            {("org:houthis", "ATTACKS", "person:yahya-saree")},
        ),
        # constructed after outlet copy (Reuters, AP, Anadolu, Al-Monitor on Ukraine, Iran,
        # Mexico, Yemen and the South China Sea, 2014-2025): frames of accusing, threatening and
        # cooperating the rules read only in their plainest form before
        (  # "each other": both sides accuse
            "Moscow and Kyiv accused each other on Sunday of breaking the Easter truce.",
            {("country:RUS", "ACCUSES", "country:UKR"), ("country:UKR", "ACCUSES", "country:RUS")},
            set(),
        ),
        (  # "one another", and "blamed ... for"
            "Israel and Iran have blamed one another for cyberattacks on their infrastructure.",
            {("country:ISR", "ACCUSES", "country:IRN"), ("country:IRN", "ACCUSES", "country:ISR")},
            set(),
        ),
        (  # the parser hangs "on" on the act blamed
            "Turkey blamed the bombing in Ankara on Syria.",
            {("country:TUR", "ACCUSES", "country:SYR")},
            set(),
        ),
        (  # the one denying an accusation is whom it is made against
            "China rejected accusations by the United States that it had sent weapons to Russia.",
            {("country:USA", "ACCUSES", "country:CHN")},
            {("country:CHN", "ACCUSES", "country:USA")},
        ),
        (  # a party said to be behind an attack is accused by whoever says so
            "Kremlin spokesman Dmitry Peskov said the United States was behind the drone attack.",
            {("person:dmitry-peskov", "ACCUSES", "country:USA")},
            set(),
        ),
        (  # ... or said to be responsible for it
            "The Yemeni government said Iran was responsible for the bombing.",
            {("country:YEM", "ACCUSES", "country:IRN")},
            set(),
        ),
        (  # the article's own statement accuses no one, nor does a denial
            "Iran was behind the attack on the tanker. Israel said Egypt was not behind the raid.",
            set(),
            {("country:ISR", "ACCUSES", "country:EGY")},
        ),
        (  # ... or by the named source it is "according to", unless that is the press
            "According to Iran, Israel was behind the attack on the Natanz facility.",
            {("country:IRN", "ACCUSES", "country:ISR")},
            set(),
        ),
        (
            "Israel was behind the attack on the Natanz facility, according to the New York Times.",
            set(),
            {("org:new-york-times", "ACCUSES", "country:ISR")},
        ),
        (  # a deal signed by two parties is their agreement with each other
            "The agreement was signed by Greece and Egypt on Thursday.",
            {("country:EGY", "AGREES_WITH", "country:GRC")},
            set(),
        ),
        (  # a threatened act threatens whoever is to undergo it
            "Donald Trump threatened to impose new tariffs on Mexico.",
            {("person:donald-trump", "THREATENS", "country:MEX")},
            set(),
        ),
        (
            "Donald Trump threatened to destroy Turkey's economy.",
            {("person:donald-trump", "THREATENS", "country:TUR")},
            set(),
        ),
        (  # a retaliation vowed is a threat, no attack yet
            "Russia vowed to retaliate against the United States.",
            {("country:RUS", "THREATENS", "country:USA")},
            {("country:RUS", "ATTACKS", "country:USA")},
        ),
        (  # a retaliation done is an attack
            "Iran retaliated against the United States on Monday.",
            {("country:IRN", "ATTACKS", "country:USA")},
            {("country:IRN", "THREATENS", "country:USA")},
        ),
        (  # a joint exercise is done together
            "Russia and China held joint naval drills in the Sea of Japan.",
            {("country:CHN", "COOPERATES_WITH", "country:RUS")},
            set(),
        ),
        (
            "The United States and the Kurds fought together against the Islamic State.",
            {("country:USA", "COOPERATES_WITH", "group:kurds")},
            set(),
        ),
        (  # fighting a war is not fighting alongside each other
            "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in the 1990s.",
            set(),
            {("country:ARM", "COOPERATES_WITH", "country:AZE")},
        ),
        (  # ties a party has are cooperation
            "Zimbabwe has close ties with China.",
            {("country:CHN", "COOPERATES_WITH", "country:ZWE")},
            set(),
        ),
        (  # a named party a passive participle with its agent describes undergoes the act
            "Zimbabwe, accused by Britain of rigging the election, rejected the report.",
            {("country:GBR", "ACCUSES", "country:ZWE")},
            set(),
        ),
    ],
)
def test_wire_copy_frames(
    nlp: Language,
    text: str,
    wanted: set[tuple[str, str, str]],
    unwanted: set[tuple[str, str, str]],
) -> None:
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert wanted <= got, got
    assert not unwanted & got, got


def test_a_state_acting_on_its_own_body_is_no_sanction(nlp: Language) -> None:
    # constructed after outlet copy: a leader suspending his own state's legislature
    text = "Boris Johnson, the British Prime Minister, suspended Parliament on Monday."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert not [t for t in got if t[1] == "SANCTIONS"]
    assert ("person:boris-johnson", "LEADER_OF", "country:GBR") in got
    # constructed: a state's measure against its own legislature is none, another state's is one
    text = "Venezuela imposed sanctions on the Venezuelan National Assembly."
    assert not [c for c in claims_of(nlp, text) if c.type.value == "SANCTIONS"]
    text = "The United States imposed sanctions on the Venezuelan National Assembly."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "SANCTIONS", "org:venezuelan-national-assembly") in got


def test_a_definite_legislature_is_the_articles_countrys(nlp: Language) -> None:
    # constructed after outlet copy: "the senate", no senate named, in a story on one country
    text = (
        "Argentine President Alberto Fernández spoke in Buenos Aires. The congress approved a "
        "bill legalising abortion, but the senate rejected the bill legalising abortion."
    )
    claims, res = read_claims(nlp, text)
    got = {(c.subject, c.type.value, c.object) for c in claims}
    assert ("org:argentina-senate", "OPPOSES", "topic:bill-legalising-abortion") in got
    assert res.home_state["org:argentina-senate"] == "country:ARG"
    assert not [c for c in claims if c.type.value == "PART_OF"]  # the text does not say so
    # constructed: two states named once each, the parliament is neither's
    text = (
        "Iraqi Prime Minister Adel Abdul Mahdi spoke in Baghdad. The parliament condemned the "
        "United States."
    )
    assert not [c for c in claims_of(nlp, text) if c.type.value == "CRITICIZES"]


# ---- postings, possessive places, fronted possessives (issue 15) -------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # W03
        (
            "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had "
            '"contributed to incredible human suffering".',
            "person:richard-grenell",
        ),
        # https://en.wikinews.org/wiki/Iran_issues_arrest_warrants_for_36_people,_including_US_President_Trump;_seeks_Interpol%27s_aid
        (
            "On a press conference held in Saudi Arabia, US Special Representative for Iran "
            'Brian Hook said, "This is a political nature.',
            "person:brian-hook",
        ),
    ],
)
def test_a_posting_between_title_and_name_leaves_the_owner_before_the_title(
    nlp: Language, text: str, person: str
) -> None:
    got = triples(claims_of(nlp, text))
    assert (person, "AFFILIATED_WITH", "country:USA", "asserted") in got
    assert not [t for t in got if t[0] == person and t[2] in ("country:DEU", "country:IRN")]


def test_a_place_owned_by_a_state_lies_in_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/COVID-19_may_spread_like_flu,_say_scientists
    text = (
        "In a report released in The New England Journal of Medicine on Wednesday, scientists "
        "studying patients in Zhuhai in China's Guangdong Province reported that the virus spreads."
    )
    got = triples(claims_of(nlp, text))
    assert ("loc:guangdong-province", "LOCATED_IN", "country:CHN", "asserted") in got
    # "Samarkand [Uzbekistan]": constructed after outlet copy
    text = (
        "Russian Foreign Minister Sergey Lavrov held talks with Qin Gang in Uzbekistan's Samarkand."
    )
    got = triples(claims_of(nlp, text))
    assert ("loc:samarkand", "LOCATED_IN", "country:UZB", "asserted") in got


def test_a_place_owned_by_a_capital_or_seat_is_not_placed_in_the_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Influential_rock_drummer_Ginger_Baker_dies_at_age_80; and
    # "the White House's South Lawn" (https://en.wikinews.org/wiki/US_President_Donald_Trump_tests_positive_for_COVID-19)
    for text in (
        "Blind Faith notably played before a crowd of a hundred thousand at a free concert in "
        "London's Hyde Park.",
        "Yesterday afternoon Marine One landed on the White House's South Lawn.",
    ):
        got = triples(claims_of(nlp, text))
        assert not [t for t in got if t[1] == "LOCATED_IN" and t[2].startswith("country:")]


def test_a_class_nouns_apposition_and_an_apposed_possessive_place_the_name(
    nlp: Language,
) -> None:
    # W05
    text = (
        "Around 3:00 p.m. local time on Monday, smoke in the atmosphere turned the city of São "
        "Paulo, Brazil dark enough to require artificial lighting."
    )
    assert ("loc:sao-paulo", "LOCATED_IN", "country:BRA", "asserted") in triples(
        claims_of(nlp, text)
    )
    # constructed after outlet copy: the parser hangs ", Iraq's ... city" on the verb
    text = "Protesters rallied in the northern city of Mosul, Iraq's second largest city."
    assert ("loc:mosul", "LOCATED_IN", "country:IRQ", "asserted") in triples(claims_of(nlp, text))


def test_a_name_after_a_place_class_of_is_a_place(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
    text = "Relatives of the boy attended the renaming ceremony on the Spanish island of Majorca."
    assert ("loc:majorca", "LOCATED_IN", "country:ESP", "asserted") in triples(claims_of(nlp, text))


def test_a_possessive_in_a_fronted_adverbial_is_its_clauses_subjects(nlp: Language) -> None:
    # constructed after outlet copy: "his" is the President's, not the last sentence's Obama
    text = (
        "Barack Obama attended the summit last year. During his visit to Warsaw, Poland, "
        "President Donald Trump met with Polish President Andrzej Duda."
    )
    got = triples(claims_of(nlp, text))
    assert ("person:donald-trump", "VISITS", "loc:warsaw", "asserted") in got
    assert not [t for t in got if t[0] == "person:barack-obama" and t[1] == "VISITS"]


def test_leaving_one_country_for_another_visits_the_second(nlp: Language) -> None:
    # constructed after outlet copy; the codebook's "leave for" wants no direct object
    text = "Opposition leader Juan Guaido left Venezuela for Colombia in defiance of a travel ban."
    got = triples(claims_of(nlp, text))
    assert ("person:juan-guaido", "VISITS", "country:COL", "asserted") in got
    assert not [t for t in got if t[1] == "VISITS" and t[2] == "country:VEN"]


def test_a_two_word_affairs_portfolio_is_part_of_the_title_not_a_body(nlp: Language) -> None:
    # constructed after outlet copy: "External Affairs" names the minister's brief, no
    # organisation he belongs to
    text = (
        "Rajapaksa is to meet Prime Minister Narendra Modi on Saturday while External Affairs "
        "Minister S. Jaishankar will call on him earlier, the Ministry of External Affairs said."
    )
    got = triples(claims_of(nlp, text))
    assert not [t for t in got if t[1] == "AFFILIATED_WITH" and t[2].startswith("org:")]


def test_what_a_statement_says_is_its_authors_act(nlp: Language) -> None:
    # constructed after outlet copy: the relative clause's subject is the statement, whose
    # author is the subject of the verb that issued it or said something in it
    got = triples(claims_of(nlp, "Iran issued a statement which condemned Turkey on Tuesday."))
    assert ("country:IRN", "CRITICIZES", "country:TUR", "asserted") in got
    text = (
        "In a letter that urged Germany to send tanks, Poland said the war had entered a new phase."
    )
    assert ("country:POL", "REQUESTS", "country:DEU") in {
        t[:3] for t in triples(claims_of(nlp, text))
    }


def test_a_gerund_of_a_passive_verb_of_judging_is_the_judged_ones_act(nlp: Language) -> None:
    # constructed after outlet copy: a conviction makes the act a fact of the one convicted
    got = triples(claims_of(nlp, "Mehmet Ali Agca was convicted of shooting Pope John Paul II."))
    assert [t for t in got if t[1] == "ATTACKS" and t[3] == "asserted"]


def test_the_judged_ones_act_is_no_act_of_their_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Paris_court_jails_two_police_in_high-profile_rape_case
    text = (
        "After a jury trial in Paris, two French police officers were found guilty on Thursday "
        "of raping a Canadian tourist in 2014."
    )
    assert not [t for t in triples(claims_of(nlp, text)) if t[0] == "country:FRA"]


def test_one_who_leads_heads_or_rules_a_body_or_state_leads_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Canada_2019_general_election_produces_Liberal_minority_government
    # and constructed after outlet copy; a poll lead over a rival is no office
    got = triples(claims_of(nlp, "Justin Trudeau heads the Liberal Party."))
    assert [t for t in got if t[0] == "person:justin-trudeau" and t[1] == "LEADER_OF"]
    got = triples(claims_of(nlp, "Vladimir Putin has ruled Russia since 2000."))
    assert ("person:vladimir-putin", "LEADER_OF", "country:RUS", "asserted") in got
    got = triples(
        claims_of(nlp, "In the poll, Joe Biden led Donald Trump 47 percent to 40 percent.")
    )
    assert not [t for t in got if t[1] == "LEADER_OF"]


def test_a_place_classed_of_a_state_or_said_to_lie_in_it_is_located_there(nlp: Language) -> None:
    # constructed after outlet copy
    got = triples(
        claims_of(nlp, "Officials in the Idlib province of Syria said dozens were killed.")
    )
    assert ("loc:idlib", "LOCATED_IN", "country:SYR", "asserted") in got
    got = triples(claims_of(nlp, "Mosul, which lies in northern Iraq, was retaken in 2017."))
    assert ("loc:mosul", "LOCATED_IN", "country:IRQ", "asserted") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://en.wikinews.org/wiki/US_announces_restrictions_on_flying_to_Cuba (its second
        # sentence, after one constructed to name the state)
        (
            "The United States announced restrictions on flights to Cuba. "
            "The move was the Trump administration's latest application of pressure on Cuba's "
            "government, following improved bilateral relations during the presidency of Barack "
            "Obama.",
            ("person:barack-obama", "LEADER_OF", "country:USA"),
        ),
        # constructed after wire copy
        (
            "Under Bashar al-Assad's rule, Syria fought a civil war.",
            ("person:bashar-al-assad", "LEADER_OF", "country:SYR"),
        ),
    ],
)
def test_a_term_of_office_named_by_its_holder_says_whom_they_led(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {t[:3] for t in triples(claims_of(nlp, text))}


def test_a_term_of_office_of_a_state_the_article_never_names_gives_nothing(nlp: Language) -> None:
    got = triples(claims_of(nlp, "Relations improved during the presidency of Barack Obama."))
    assert not [t for t in got if t[1] == "LEADER_OF"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://en.wikinews.org/wiki/Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks
        (
            "Drones hit facilities in Saudi Arabia. The oil field is about 160 km (100 miles) "
            "east of the capital, Riyadh.",
            ("loc:riyadh", "LOCATED_IN", "country:SAU"),
        ),
        # constructed after wire copy: the state named in the phrase, or by the gazetteer
        (
            "Leaders met in Nigeria's capital Abuja on Sunday.",
            ("loc:abuja", "LOCATED_IN", "country:NGA"),
        ),
        (
            "Fighting shook the capital Khartoum as Sudan's war went on.",
            ("loc:khartoum", "LOCATED_IN", "country:SDN"),
        ),
    ],
)
def test_a_city_called_a_capital_lies_in_its_state(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {t[:3] for t in triples(claims_of(nlp, text))}


def test_a_capital_whose_state_the_article_never_names_gives_no_place(nlp: Language) -> None:
    # constructed: the gazetteer's state is no node of the article, so no claim makes one
    got = triples(claims_of(nlp, "Protesters gathered in the capital, Riyadh, on Friday."))
    assert not [t for t in got if t[1] == "LOCATED_IN"]


def test_joining_serving_in_or_working_for_a_body_affiliates_a_person(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Gillibrand_ends_US_presidential_bid and constructed after
    # outlet copy; working "with" someone stays cooperation, not membership
    got = {
        t[:3]
        for t in triples(
            claims_of(nlp, "Maria Zakharova joined the Russian Foreign Ministry in 1998.")
        )
    }
    assert [t for t in got if t[0] == "person:maria-zakharova" and t[1] == "AFFILIATED_WITH"]
    text = "Edward Snowden worked for the National Security Agency as a contractor."
    got = {t[:3] for t in triples(claims_of(nlp, text))}
    assert [t for t in got if t[0] == "person:edward-snowden" and t[1] == "AFFILIATED_WITH"]
    text = "Before joining the Senate, Gillibrand served in the U.S. House of Representatives."
    got = {t[:3] for t in triples(claims_of(nlp, text))}
    assert [t for t in got if t[1] == "AFFILIATED_WITH" and "house" in t[2]]
    got = {
        t[:3]
        for t in triples(claims_of(nlp, "Boris Johnson worked with Emmanuel Macron on the deal."))
    }
    assert not [t for t in got if t[1] == "AFFILIATED_WITH"]


def test_a_bid_or_conduct_of_a_party_is_its_act_and_a_proposal_from_it_too(nlp: Language) -> None:
    # constructed after outlet copy: a stance on someone's candidacy, policies or offer is one
    # on them; "the treatment of" names whom it befalls, never who does it
    got = triples(claims_of(nlp, "The United States backed the candidacy of Juan Guaido."))
    assert ("country:USA", "SUPPORTS", "person:juan-guaido", "asserted") in got
    got = triples(claims_of(nlp, "France condemned the policies of the Chinese government."))
    assert ("country:FRA", "CRITICIZES", "country:CHN", "asserted") in got
    got = triples(claims_of(nlp, "Ukraine rejected a ceasefire proposal from Russia on Monday."))
    assert [t for t in got if t[:3] == ("country:UKR", "OPPOSES", "country:RUS")]
    got = triples(claims_of(nlp, "France condemned the treatment of Uyghurs by China."))
    assert ("country:FRA", "CRITICIZES", "country:CHN", "asserted") in got


def test_a_stance_on_an_it_that_names_no_one_is_on_the_actor_of_the_act_told_before(
    nlp: Language,
) -> None:
    # constructed after outlet copy; what a party said before is no act of it
    text = "Russia launched missiles at Kyiv overnight. Ukraine's foreign ministry condemned it."
    assert ("country:UKR", "CRITICIZES", "country:RUS", "asserted") in triples(claims_of(nlp, text))
    text = "Russia said the talks had failed. Ukraine's foreign ministry condemned it."
    assert not [t for t in triples(claims_of(nlp, text)) if t[1] == "CRITICIZES"]
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020: "it" is
    # the debate, and having a response is no act
    text = (
        "Republican Senator Ben Sasse had the same response. Fox News commentator Ari Fleischer "
        'called it "a mess."'
    )
    assert not [t for t in triples(claims_of(nlp, text)) if t[1] == "CRITICIZES"]


def test_a_capital_fills_a_slot_that_takes_only_states(nlp: Language) -> None:
    # constructed after outlet copy: the codebook's "point the finger at" takes states, and
    # "Moscow" there is Russia
    text = "Kyiv pointed the finger at Moscow for the blast."
    assert ("country:UKR", "ACCUSES", "country:RUS") in {
        t[:3] for t in triples(claims_of(nlp, text))
    }


def test_a_guest_list_of_one_government_is_its_hosts_meetings(nlp: Language) -> None:
    # constructed after outlet copy (Indian Express, 2017): Mattis and Tillerson, both of the
    # United States by the register, were met by Modi, not one another
    claims = claims_of(
        nlp,
        "Prime Minister Narendra Modi arrived in Washington on Monday. Modi met Secretary of "
        "Defense Jim Mattis and Secretary of State Rex W. Tillerson before his meeting with Trump.",
    )
    pairs = {frozenset((c.subject, c.object)) for c in claims if c.type.value == "MEETS"}
    assert frozenset(("person:jim-mattis", "person:narendra-modi")) in pairs
    assert frozenset(("person:jim-mattis", "person:rex-w-tillerson")) not in pairs


def test_an_act_invited_or_urged_is_not_yet_done(nlp: Language) -> None:
    # constructed after outlet copy (News Nation, 2017)
    text = "Indian Prime Minister Narendra Modi invited US President Donald Trump to visit India."
    got = triples(claims_of(nlp, text))
    assert ("person:narendra-modi", "INVITES", "person:donald-trump", "asserted") in got
    assert ("person:donald-trump", "VISITS", "country:IND", "planned") in got


def test_a_stance_on_a_count_of_acts_is_on_their_actor(nlp: Language) -> None:
    # constructed after outlet copy (Accent News, 2022)
    text = (
        "Ukrainian Foreign Minister Dmytro Kuleba described the latest wave of Russian missile "
        'attacks as "senseless barbarism" on Thursday.'
    )
    assert ("person:dmytro-kuleba", "CRITICIZES", "country:RUS", "asserted") in triples(
        claims_of(nlp, text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # constructed after AP copy
            "The United States bombed three Iranian nuclear sites on Sunday.",
            ("country:USA", "ATTACKS", "country:IRN"),
        ),
        (  # constructed after wire copy
            "Israel struck Hezbollah targets in southern Lebanon.",
            ("country:ISR", "ATTACKS", "org:hezbollah"),
        ),
        (  # constructed after Al Jazeera copy: the label is an agent labelled in turn
            "Russian forces attacked Ukrainian army positions near Bakhmut.",
            ("country:RUS", "ATTACKS", "country:UKR"),
        ),
        (  # constructed after AP copy: the state's peacekeepers killed
            "Al-Shabab attacked a base on Sunday, killing four Ugandan peacekeepers.",
            ("org:al-shabaab", "ATTACKS", "country:UGA"),
        ),
    ],
)
def test_an_unnamed_target_labelled_with_one_party_is_that_partys(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "kind", "target", "doer"),
    [
        # constructed (review of round 15): each reading's common misfire. No claim of `kind`
        # on `target` (any, when None) by a subject whose id holds `doer` (any, when "")
        (
            "Voters in the United States went to the polls. Georgia's capital Atlanta saw long "
            "lines.",
            "LOCATED_IN",
            "country:GEO",
            "",
        ),
        ("The legal battle between Google and the European Union continued.", "ATTACKS", None, ""),
        ("Russia destroyed American tanks in Ukraine.", "ATTACKS", "country:USA", ""),
        (
            "The Johnson administration escalated the Vietnam War, and Britain refused to send "
            "troops.",
            "LEADER_OF",
            "country:GBR",
            "",
        ),
        (
            "The United States eased restrictions on Cuba during the presidency of Barack Obama. "
            "The US leader criticized Cuba on Monday.",
            "CRITICIZES",
            "country:CUB",
            "obama",
        ),
        ("Biden's Republican foe, Donald Trump, spoke in the United States.", "OPPOSES", None, ""),
        (
            "The Houthis attacked a cargo ship in the Red Sea, killing three Filipino sailors.",
            "ATTACKS",
            "country:PHL",
            "",
        ),
    ],
)
def test_a_reading_leaves_its_look_alikes_alone(
    nlp: Language, text: str, kind: str, target: str | None, doer: str
) -> None:
    assert not [
        (s, t, o)
        for s, t, o, _ in triples(claims_of(nlp, text))
        if t == kind and target in (None, o) and doer in s
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # news (2019-2024 wire copy): the kinds of support the codebook lacked
        ("Biden came to the defense of Zelensky.", ("person:biden", "SUPPORTS", "person:zelensky")),
        (
            "Donald Trump wished Boris Johnson a speedy recovery.",
            ("person:donald-trump", "SUPPORTS", "person:boris-johnson"),
        ),
        (
            "Narendra Modi called Vladimir Putin a dear friend.",
            ("person:narendra-modi", "SUPPORTS", "person:vladimir-putin"),
        ),
        (
            "Canada welcomed Sweden's accession to NATO.",
            ("country:CAN", "SUPPORTS", "country:SWE"),
        ),
        # Wikinews (2020): "Pogue's cause was reportedly helped by Rick Santorum"
        ("Italy offered to help Libya.", ("country:ITA", "SUPPORTS", "country:LBY")),
    ],
)
def test_defending_wishing_well_befriending_and_helping_support(
    nlp: Language, text: str, want: tuple[str, str, str]
) -> None:
    assert want in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_wishing_to_act_supports_no_one(nlp: Language) -> None:
    for text in ("Russia wishes to end the war.", "The ministry of defence of Ukraine said."):
        assert not [c for c in claims_of(nlp, text) if c.type.value == "SUPPORTS"], text

"""Entity resolution on real sentences: one node per actor, whatever the NER called each mention.

Sentences from the development corpus are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/); the article URL is given beside each one.
Sentences marked "sample" are from the sample article corpus/seed/viewworld-2787-kim-putin.wp.json.
"""

import pytest
from spacy.language import Language
from spacy.tokens import Span

from geokg.graph.ontology import Kind
from geokg.ingest.gazetteer import load_gazetteer
from geokg.ingest.resolve import Resolution, resolve

W03 = "https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27"
W04 = "https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc"
W10 = "https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani"


def resolved(nlp: Language, text: str) -> Resolution:
    return resolve(nlp(text))


def names(res: Resolution) -> dict[str, str]:
    return {e.id: e.name for e in res.entities()}


def test_hyphenated_particle_names_are_people(nlp: Language) -> None:
    # W03: "al-Assad" starts lower-case, yet "Bashar al-Assad" is a person's name.
    text = (
        'US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had "contributed '
        'to incredible human suffering, violence, and political instability felt across the world," '
        "by supporting Syrian President Bashar al-Assad."
    )
    assert names(resolved(nlp, text)).get("person:bashar-al-assad") == "Bashar al-Assad"


def test_a_name_ending_in_a_particle_takes_the_word_the_ner_called_a_place(nlp: Language) -> None:
    # The small model tags "Ursula von der" a person and "Leyen" a place; no corpus article names
    # her, so the sentence is written after the press's usual phrasing.
    text = "Ursula von der Leyen, the president of the European Commission, announced sanctions."
    assert names(resolved(nlp, text)).get("person:ursula-von-der-leyen") == "Ursula von der Leyen"


def test_surname_the_ner_calls_an_organisation_joins_the_person(nlp: Language) -> None:
    # W10: the NER tags "Trump" in "Trump's order" ORG; it is Donald Trump.
    text = (
        "In a statement released after the attack, the United States Department of Defense justified "
        "the strike, which was approved by President Donald Trump. In his statement, Israeli Prime "
        "Minister Benjamin Netanyahu found the air strike justified and called Trump's order swift, "
        "forceful and decisive."
    )
    got = names(resolved(nlp, text))
    assert "org:trump" not in got
    assert got["person:donald-trump"] == "Donald Trump"


def test_short_form_of_an_organisation_joins_it(nlp: Language) -> None:
    # W03: "Mahan" (tagged a place or a person) is Mahan Air.
    text = (
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with "
        "officials saying this is for security reasons. Mahan has been the subject of United States "
        "sanctions since 2011."
    )
    got = resolved(nlp, text).entities()
    mahan = [e for e in got if "Mahan" in " ".join(e.aliases)]
    assert len(mahan) == 1 and set(mahan[0].aliases) == {"Mahan", "Mahan Air"}


def test_trailing_preposition_is_not_part_of_a_name(nlp: Language) -> None:
    # W04: the NER runs "Patrice Talon of" into one ORG span.
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit "
        "where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the "
        "African Continental Free Trade Area (AfCFTA) agreement."
    )
    got = names(resolved(nlp, text))
    assert not any(name.endswith(" of") for name in got.values())


def test_the_west_is_no_place_node(nlp: Language) -> None:
    # sample
    text = (
        "North Korea’s Kim Jong Un rolled into Russia on an armored train Tuesday to see President "
        "Vladimir Putin, a rare meeting between isolated leaders driven together by their need for "
        "support in escalating standoffs with the West."
    )
    got = names(resolved(nlp, text))
    assert "West" not in got.values()
    assert got["country:PRK"] == "North Korea" and got["person:kim-jong-un"] == "Kim Jong Un"


def test_united_kingdom_keeps_its_name_and_wales_is_not_it() -> None:
    gaz = load_gazetteer()
    assert gaz.known["country:GBR"].name == "United Kingdom"
    assert not [
        p for p in gaz.patterns if p["pattern"] == "Wales" and p["id"].startswith("country:GBR")
    ]


def test_shared_demonym_goes_to_the_most_populous_state() -> None:
    gaz = load_gazetteer()
    assert gaz.demonyms["french"] == "country:FRA"
    assert gaz.demonyms["chinese"] == "country:CHN"


def test_paragraph_break_ends_a_sentence(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7
    text = (
        '"We stand ready" tweeted Johnson "to provide whatever help we can to bring them under '
        "control and help protect one of Earth's greatest wonders.\"\n\nBrazilian President Jair "
        "Bolsonaro opposed Macron's statement."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[-1] == "Brazilian President Jair Bolsonaro opposed Macron's statement."


def test_country_starting_an_institution_name_is_part_of_the_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_announces_restrictions_on_flying_to_Cuba and
    # https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
    text = (
        "On Friday, the United States Department of Transportation announced new restrictions on "
        "flights to Cuba. In a related press release issued the following day, the Turkish Ministry "
        "of Foreign Affairs denounced the conclusions of the summit."
    )
    res = resolved(nlp, text)
    got = names(res)
    assert (
        got["org:united-states-department-of-transportation"]
        == "United States Department of Transportation"
    )
    assert got["org:ministry-of-foreign-affairs-of-turkey"] == "Turkish Ministry of Foreign Affairs"
    assert res.part_of["org:united-states-department-of-transportation"] == "country:USA"
    assert res.part_of["org:ministry-of-foreign-affairs-of-turkey"] == "country:TUR"


def test_a_capitalised_word_before_the_state_word_begins_the_bodys_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics;
    # the army constructed after wire copy on Thailand's coups
    text = (
        "On Tuesday, the Royal Swedish Academy of Sciences announced the winners of the 2019 Nobel "
        "Prize in Physics in Stockholm, Sweden. In 2014 the Royal Thai Army staged a coup."
    )
    res = resolved(nlp, text)
    got = names(res)
    assert got["org:royal-swedish-academy-of-sciences"] == "Royal Swedish Academy of Sciences"
    assert got["org:royal-thai-army"] == "Royal Thai Army"
    assert res.part_of["org:royal-thai-army"] == "country:THA"
    assert "org:royal-swedish-academy-of-sciences" not in res.part_of
    assert not {i for i in got if i in ("org:royal", "org:thai-army", "org:academy-of-sciences")}
    # a date before the state's word is none of the name
    got = names(resolved(nlp, "On Monday Iraqi Army troops entered Mosul."))
    assert "org:iraqi-army" in got


def test_a_name_of_a_brief_ending_in_affairs_completes_the_title(nlp: Language) -> None:
    text = "Luhut Pandjaitan, the Coordinating Minister of Maritime Affairs, met Wang Yi."
    assert not {i for i in names(resolved(nlp, text)) if i.startswith("org:")}


def test_abbreviated_and_full_country_in_an_institution_name_and_the_embassy(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision
    text = (
        "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to "
        "waive her diplomatic immunity. The embassy declined the request and said the Socoolas family "
        "left per advice from the United States Department of State."
    )
    got = resolved(nlp, text).entities()
    embassy = [e for e in got if "Embassy" in e.name or "embassy" in " ".join(e.aliases).lower()]
    assert [e.id for e in embassy] == ["org:united-states-embassy-in-london"]
    assert "org:united-states-department-of-state" in {e.id for e in got}


def test_person_names_the_ner_cuts_grow_over_their_unlabelled_words(nlp: Language) -> None:
    # sample: the NER tags "Choe Sun" and "Chol" alone.
    text = (
        "Kim’s delegation also likely includes Foreign Minister Choe Sun Hui and his top two military "
        "officials, Korean People’s Army Marshals Ri Pyong Chol and Pak Jong Chon."
    )
    got = names(resolved(nlp, text))
    assert got.get("person:choe-sun-hui") == "Choe Sun Hui"
    assert got.get("person:ri-pyong-chol") == "Ri Pyong Chol"
    assert "person:choe-sun" not in got and "person:chol" not in got


def test_names_after_a_title_and_coordinated_with_a_person_are_people(nlp: Language) -> None:
    # W04: "Muhammadu Buhari" gets no label and "Patrice Talon" is called an organisation.
    text = (
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit "
        "where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the "
        "African Continental Free Trade Area (AfCFTA) agreement."
    )
    kinds = {e.id: e.kind.value for e in resolved(nlp, text).entities()}
    assert kinds.get("person:muhammadu-buhari") == "Person"
    assert kinds.get("person:patrice-talon") == "Person"
    assert "org:patrice-talon" not in kinds


def test_a_misspelt_surname_is_the_person_it_misspells(nlp: Language) -> None:
    # W06: "Saree" (tagged an organisation) is Yahya Sarea.
    text = (
        "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had "
        'carried out the attack using ten drones. "These attacks are our right, and we warn the '
        'Saudis that our targets will keep expanding", Saree said.'
    )
    res = resolved(nlp, text)
    got = names(res)
    assert "org:saree" not in got and "person:saree" not in got
    assert "Saree" in {a for e in res.entities() if e.id == "person:yahya-sarea" for a in e.aliases}


def test_two_names_joined_by_and_are_two_organisations(nlp: Language) -> None:
    # W09: "and" joins words inside an "of" complement only.
    text = (
        "American Airlines and JetBlue are among the airlines affected, as they both offer flights "
        "to Cuban cities other than Havana."
    )
    got = names(resolved(nlp, text))
    assert got.get("org:american-airlines") == "American Airlines"
    assert not any("jetblue" in i and "american" in i for i in got)


def test_a_country_name_inside_a_us_state_name_is_not_the_country(nlp: Language) -> None:
    # Wikinews 2019: "to punish the mayor of Fort Lee for refusing to support the New Jersey
    # Governor's reelection bid" gave Jersey, the Crown dependency.
    res = resolved(
        nlp, "The New Jersey Governor visited New Mexico, New Zealand and Papua New Guinea."
    )
    ids = {e.id for e in res.entities()}
    assert not {"country:JEY", "country:MEX"} & ids
    assert {"country:NZL", "country:PNG"} <= ids


def test_a_country_named_like_a_state_of_another_is_that_state_among_its_siblings(
    nlp: Language,
) -> None:
    # Wikinews (2019): "co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and
    # David Perdue of Georgia" made Perdue a Georgian (the country)
    res = resolved(
        nlp, "Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia spoke."
    )
    ids = {e.id for e in res.entities()}
    assert "country:GEO" not in ids and "loc:georgia" in ids, ids
    # the country, named with its capital or its people, or with no state of the other
    for text in (
        "Georgia and Florida signed a deal in Tbilisi.",
        "Georgian troops left. Georgia and Florida signed a deal.",
        "David Perdue visited Georgia.",
        # found by review of round 21: the sibling must be in its sentence, and no town
        "Russia invaded Georgia in August 2008. Washington condemned the invasion.",
        "The United States sent aid to Georgia, and Washington condemned Moscow.",
    ):
        assert "country:GEO" in {e.id for e in resolved(nlp, text).entities()}, text
    # among countries it is the country ("the border with Niger and Chad")
    text = "Boko Haram attacked Borno state, near the border with Niger and Chad."
    assert "country:NER" in {e.id for e in resolved(nlp, text).entities()}


def test_a_name_ending_in_a_measure_word_is_a_topic_whatever_the_ner_said(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "And Hawkins, the only candidate wearing a facemask, endorsed the Green New Deal and the "
        "Economic Bill of Rights."
    )
    kinds = {e.name: e.kind.value for e in resolved(nlp, text).entities()}
    assert kinds.get("Green New Deal") == "Topic"  # the recogniser calls it an ORG
    assert kinds.get("Hawkins") == "Person"


def test_brexit_is_a_topic_not_a_person(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
    text = "Currently, the British parliament has a majority against a no-deal Brexit."
    kinds = {e.name: e.kind.value for e in resolved(nlp, text).entities()}
    assert kinds.get("Brexit") == "Topic"  # the recogniser calls it a PERSON


def test_a_register_name_that_ends_the_text_is_read(nlp: Language) -> None:
    # found by test_hostile_text: a text ending in a known name asked for a span past its end
    res = resolve(nlp("Vladimir Putin"))
    assert [e.id for e in res.entities()] == ["person:vladimir-putin"]


W_SLOVAKIA = (
    "https://en.wikinews.org/wiki/"
    "Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19"
)
W_KOSZALIN = (
    "https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland"
)
W_UK_ELECTION = (
    "https://en.wikinews.org/wiki/Conservative_Party_wins_majority_in_2019_UK_general_election"
)


def test_portfolio_after_a_title_is_no_part_of_the_name(nlp: Language) -> None:
    # W_SLOVAKIA: "Economy" completes "Minister of Economy"; the person is Richard Sulík.
    text = (
        "After Deputy Prime Minister for Finance and Minister of Economy Richard Sulík failed to "
        "procure sufficient numbers of rapid testing kits, the Prime Minister apologised to the "
        'people of his country for "having an idiot as economy minister."'
    )
    got = names(resolved(nlp, text))
    assert got.get("person:richard-sulik") == "Richard Sulík"
    assert not [n for n in got.values() if "Economy" in n]


def test_place_of_a_title_run_into_a_name_is_cut_off(nlp: Language) -> None:
    # W_KOSZALIN: the NER reads "Koszalin Piotr Jedlinski" as one name; Koszalin is the place
    # of the title "Mayor of".
    text = "Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning."
    got = names(resolved(nlp, text))
    assert got.get("person:piotr-jedlinski") == "Piotr Jedlinski"
    assert not [n for n in got.values() if "Koszalin Piotr" in n]


def test_a_count_after_a_dash_is_no_part_of_the_name(nlp: Language) -> None:
    # W_UK_ELECTION: the results list "Sinn Féin - 7 seats".
    got = names(resolved(nlp, "The results were as follows.\n\nSinn Féin - 7 seats\n\n"))
    assert "Sinn Féin" in got.values()
    assert not [n for n in got.values() if "7" in n]


W_EMERGENCY = (
    "https://en.wikinews.org/wiki/"
    "President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall"
)
W_KAGAN = "https://en.wikinews.org/wiki/US_Supreme_Court_overturns_fraud_convictions_in_Kelly_v._United_States"
W_CONYERS = "https://en.wikinews.org/wiki/Former_US_Representative_John_Conyers_dies_at_age_90"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # W_EMERGENCY
            "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence "
            "Committee Represenative Adam Schiff both yesterday questioned the President's power "
            "to do as he proposed.",
            "Dick Durbin",
        ),
        (  # W_KAGAN
            "Writing for the Court, Supreme Court Justice Elena Kagan declared in the majority "
            'opinion, "not every corrupt act by state or local officials is a federal crime."',
            "Elena Kagan",
        ),
    ],
)
def test_a_title_after_its_qualifiers_is_no_part_of_the_name(
    nlp: Language, text: str, person: str
) -> None:
    got = names(resolved(nlp, text))
    assert person in got.values(), got
    assert not [n for n in got.values() if n.endswith(person) and n != person], got


def test_a_name_suffix_keeps_the_title_word_before_it(nlp: Language) -> None:
    # W_CONYERS: "King" in "Martin Luther King Jr." is the name, not a title.
    text = (
        "Starting in 1968, he spent 15 years fighting for Martin Luther King Jr. Day to be a "
        "federal holiday; President Ronald Reagan signed Conyers's bill into law in 1983."
    )
    got = names(resolved(nlp, text))
    assert not [n for n in got.values() if n.startswith("Jr")], got


W_ARGENTINA = (
    "https://en.wikinews.org/wiki/"
    "Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days"
)


def test_a_known_one_word_name_inside_a_longer_name_is_not_that_organisation(
    nlp: Language,
) -> None:
    # W_ARGENTINA: "Congress" alone is the United States Congress in the gazetteer; in
    # "National Congress" it is the last word of Argentina's own.
    text = (
        "On Sunday in Argentina's National Congress, President of Argentina Alberto Fernández "
        "announced he is to send a bill to the congress in the next ten days which aims to "
        "legalise abortion of human pregnancy."
    )
    got = names(resolved(nlp, text))
    assert "org:us-congress" not in got
    assert "National Congress" in got.values(), got


def test_social_media_platforms_are_organisations(nlp: Language) -> None:
    # W_SLOVAKIA: the NER leaves "Facebook" unlabelled here, and elsewhere calls "Twitter" a person.
    text = (
        "Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday "
        "announcing he had tested positive for COVID-19, and intended to isolate for ten days."
    )
    got = {e.name: e.kind.value for e in resolved(nlp, text).entities()}
    assert got.get("Facebook") == "Organization", got


W_SCOTLAND = (
    "https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful"
)
W_GDANSK = (
    "https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage"
)


def test_a_place_after_of_completes_an_institution_name(nlp: Language) -> None:
    # W_SCOTLAND: the NER stops at "the Supreme Court"; the name goes on to the state, of which
    # the court is part. A later "Parliament" is the one "Parliament of the United Kingdom".
    text = (
        "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — "
        "prorogation — of the Parliament of the United Kingdom which went into effect on "
        "Tuesday, finding it to be unlawful. The only court with higher authority is the Supreme "
        "Court of the United Kingdom. Court says prorogation was unlawful and null and void — so "
        "Parliament must be recalled immediately to allow the essential work of scrutiny to "
        "continue."
    )
    res = resolved(nlp, text)
    got = names(res)
    court = "org:supreme-court-of-the-united-kingdom"
    assert got.get(court) == "Supreme Court of the United Kingdom", got
    assert res.part_of[court] == "country:GBR"
    assert "org:supreme-court" not in got and "org:parliament" not in got, got


def test_a_university_named_by_its_city_is_no_part_of_the_state(nlp: Language) -> None:
    # W_GDANSK
    text = (
        "Adamowicz was taken to the Medical University of Gdańsk, where Dr. Tomasz Stefaniak was "
        "met with applause early today upon announcing to journalists Adamowicz remained alive."
    )
    res = resolved(nlp, text)
    assert "Medical University of Gdańsk" in names(res).values()
    assert not res.part_of


W_THAI = (
    "https://en.wikinews.org/wiki/"
    "Thai_political_party_withdraws_nomination_of_princess_for_prime_minister"
)


def test_a_party_name_begun_by_a_demonym_is_one_organisation(nlp: Language) -> None:
    # W_THAI: the gazetteer takes "Thai" as Thailand, and the NER leaves the rest unlabelled.
    text = (
        "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana "
        "Mahidol as their candidate for prime minister in response to a statement from her "
        'younger brother, King Maha Vajiralongkorn. "Thai Raksa Chart party complies with the '
        'royal command," the party informed the press.'
    )
    res = resolved(nlp, text)
    party = [e for e in res.entities() if e.name == "Thai Raksa Chart Party"]
    assert len(party) == 1, names(res)
    assert party[0].id not in res.part_of  # a party is no body of the state by its name alone


def test_a_country_spelling_that_is_an_english_word_names_no_country(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    text = (
        "For the 2020 nomination, Jorgensen navigated through a primary campaign that featured the "
        "short-lived campaigns of former Rhode Island governor Lincoln Chafee."
    )
    assert "country:ISL" not in names(resolved(nlp, text))


def test_a_pro_prefix_names_no_organisation_and_hongkongers_are_a_people(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Hong_Kong_protests_continue_through_police_opposition,_rainstorms
    text = (
        "Hongkongers have been protesting since early June, in the eleventh week of "
        "pro-Democracy protests against Chinese government encroachment on Hong Kong's rights."
    )
    res = resolved(nlp, text)
    assert not [e for e in res.entities() if e.name.lower().startswith("pro-")], names(res)
    assert "group:hongkongers" in names(res)


def test_congo_alone_is_the_democratic_republic(nlp: Language) -> None:
    # constructed after outlet copy: news says "Congo" of the DRC, and names the other one
    text = (
        "Residents of Goma, the largest city in eastern Congo, fled the fighting. Brazzaville is "
        "the capital of the Republic of Congo."
    )
    ids = {m.entity_id for m in resolved(nlp, text).mentions}
    assert {"country:COD", "country:COG"} <= ids


def test_a_short_name_two_organisations_could_have_is_the_one_it_heads(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/U.S._House_formalizes_rules_for_Trump_impeachment_proceedings
    text = (
        "Adam Schiff, the Democratic chairman of the House Intelligence Committee, is to preside. "
        "The United States House of Representatives voted on Thursday. The House has only "
        "impeached two Presidents in the history of the United States."
    )
    res = resolved(nlp, text)
    house = {m.entity_id for m in res.mentions if m.text == "House"}
    assert house == {
        m.entity_id for m in res.mentions if m.text == "United States House of Representatives"
    }


def test_a_later_surname_the_ner_missed_is_the_one_person_with_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
    text = (
        "Nancy Pelosi, the Speaker of the House of Representatives, announced an inquiry into "
        "United States President Donald Trump. Pelosi called Trump's conduct a 'breach of his "
        "Constitutional responsibilities,' according to NBC. Trump Tower stayed open."
    )
    res = resolved(nlp, text)
    linked = {m.text: m.entity_id for m in res.mentions}
    assert linked.get("Pelosi") == "person:nancy-pelosi"
    assert not [m for m in res.mentions if m.text == "Trump" and m.start > 30]  # "Trump Tower"


def test_a_style_before_a_given_name_alone_names_the_person_styled_so(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Thai_political_party_withdraws_nomination_of_princess_for_prime_minister
    # (first sentence ours, naming her as the article does earlier)
    text = (
        "Princess Ubolratana Mahidol filed her candidacy. Officially, Princess Ubolratana no "
        "longer holds a royal title."
    )
    res = resolved(nlp, text)
    later = [m.entity_id for m in res.mentions if m.text == "Ubolratana" and m.sentence == 1]
    assert later == ["person:ubolratana-mahidol"]
    # no one styles Charles Michel "Prince": the style and his given name are not his
    res = resolved(nlp, "Charles Michel visited Paris. Prince Charles met Emmanuel Macron.")
    assert not [m for m in res.mentions if m.sentence == 1 and m.entity_id.endswith("michel")]
    res = resolved(nlp, "Queen Elizabeth II spoke. Queen Elizabeth met Emmanuel Macron.")
    assert "person:elizabeth-ii" in {m.entity_id for m in res.mentions if m.sentence == 1}


def test_a_surname_the_tagger_made_a_common_noun_is_the_person(nlp: Language) -> None:
    # our own words: "trump" is also a noun, and the tagger reads the capitalised subject as one
    text = (
        "President Donald Trump spoke with Volodymyr Zelensky on Tuesday. Trump described the "
        "call as routine and criticized Zelensky."
    )
    res = resolved(nlp, text)
    later = [m for m in res.mentions if m.text == "Trump" and m.sentence == 1]
    assert [m.entity_id for m in later] == ["person:donald-trump"]
    # a common noun at the head of a sentence, with what a common noun takes, is no surname
    for text, word in (
        ("Samantha Power spoke in Kyiv. Power was cut across Kyiv on Monday.", "Power"),
        ("Jeremy Hunt spoke in London. Hunt for the killers continued on Monday.", "Hunt"),
    ):
        res = resolved(nlp, text)
        assert not [m for m in res.mentions if m.text == word and m.sentence == 1], text


def test_a_name_word_with_an_apostrophe_ends_the_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86
    text = (
        "From 1967 to 1995 he was a member of the French Parliament during which he twice served "
        "as prime minister, first under President Valéry Giscard d'Estaing in the seventies."
    )
    res = resolved(nlp, text)
    assert "Valéry Giscard d'Estaing" in {e.name for e in res.entities()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ford started its investigation by hiring law firm Sidley Austin, according to The "
            "Verge.",
            "Sidley Austin",
        ),  # https://en.wikinews.org/wiki/US_Department_of_Justice_investigating_Ford_over_emissions_testing_problems
        (
            "mAb114, a monoclonal antibody first isolated from human survivors of an outbreak in "
            "Kikwit in 1995, now produced by the Florida company Ridgeback Biotherapeutics.",
            "Ridgeback Biotherapeutics",
        ),  # https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola
        (
            "On Monday, state-owned Iranian news agency Fars reported Iran issued arrest warrants "
            "on 36 people.",
            "Fars",
        ),  # dev 12
    ],
)
def test_a_name_after_an_organisations_class_noun_is_an_organisation(
    nlp: Language, text: str, name: str
) -> None:
    kinds = {e.name: e.kind for e in resolved(nlp, text).entities()}
    assert kinds.get(name) is Kind.ORGANIZATION


def test_a_bare_surname_two_people_share_is_the_one_already_called_by_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020 (sentences
    # shortened): "Trump's children" names Donald Trump by his surname alone; Melania Trump never is.
    text = (
        "Presumptive Democratic presidential nominee Joe Biden led incumbent President Donald "
        "Trump, the presumptive Republican presidential nominee. Other speakers during the four "
        "day event included four of Trump's children and First Lady Melania Trump. In reaction to "
        'the convention, House Speaker Nancy Pelosi accused Trump of ignoring "truth, evidence, '
        'data and facts".'
    )
    res = resolved(nlp, text)
    last = [m for m in res.mentions if m.text == "Trump"][-1]
    assert last.start > 40 and last.entity_id == "person:donald-trump"


def test_a_partys_members_by_its_plural_noun_are_the_party(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Donald_Trump
    text = (
        "The United States House of Representatives impeached Donald Trump on Wednesday. The "
        "impeachment occurred largely along partisan lines, with Democratic members of the House "
        "voting in favor of the impeachment, and Republicans opposing."
    )
    res = resolved(nlp, text)
    assert {m.entity_id for m in res.mentions if m.text == "Republicans"} == {
        "org:republican-party"
    }


W_ELECTION_CANADA = (
    "https://en.wikinews.org/wiki/Canada_2019_general_election_produces_Liberal_minority_government"
)
W_VAN_HALEN = "https://en.wikinews.org/wiki/Guitarist_Eddie_Van_Halen_dies,_aged_65"
W_HAMMONS = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020"


@pytest.mark.parametrize(
    ("url", "text", "org", "state"),
    [
        (
            W_ELECTION_CANADA,
            "At dissolution, there was one MP of the People's Party of Canada, one MPof the "
            "Co-operative Commonwealth Federation, and 8 independent MPs",
            "People's Party of Canada",
            "country:CAN",
        ),
        (
            W_VAN_HALEN,
            "The band's 1978 self-titled debut album peaked at #19 on the Billboard charts and was "
            "certified Diamond by the Recording Industry Association of America (RIAA), having "
            "sold over 10 million copies.",
            "Recording Industry Association of America",
            "country:USA",
        ),
        (
            W_HAMMONS,
            "Bill Hammons, 2020 presidential nominee of the Unity Party of America, whose running "
            "mate Eric Bodenstab spoke to Wikinews in August, provided Wikinews with his own plan "
            "for the Court.",
            "Unity Party of America",
            "country:USA",
        ),
    ],
)
def test_a_name_the_recogniser_ran_into_its_of_goes_on_to_the_place(
    nlp: Language, url: str, text: str, org: str, state: str
) -> None:
    # url: the small model tags "the People's Party of" an organisation and "Canada" a place,
    # whatever the head ("Party", "Association"); the place completes the name.
    assert_part_of_state(resolved(nlp, text), org, state)


def assert_part_of_state(res: Resolution, org: str, state: str) -> None:
    """`org` is one node, named so, and part of `state`."""
    org_id = next((i for i, n in names(res).items() if n == org), None)
    assert org_id is not None, names(res)
    assert res.part_of[org_id] == state


W_UK_ELECTION = (
    "https://en.wikinews.org/wiki/Conservative_Party_wins_majority_in_2019_UK_general_election"
)


@pytest.mark.parametrize(
    "text",
    [
        # W_UK_ELECTION (corpus/silver w158): "Alliance Party of" + "Northern" + "Ireland"
        "██ Green Party (E & W) - 1 seat\n\n██ Alliance Party of Northern Ireland - 1 seat",
        # constructed after it: "The Alliance Party of Northern" + "Ireland"
        "The Alliance Party of Northern Ireland won three seats.",
    ],
)
def test_a_place_name_cut_in_two_completes_the_organisation_but_is_not_its_state(
    nlp: Language, text: str
) -> None:
    # The recogniser cuts "Northern Ireland" and tags "Ireland" the country; Northern Ireland is
    # not Ireland, so the party is no part of it.
    res = resolved(nlp, text)
    got = names(res)
    assert got.get("org:alliance-party-of-northern-ireland") == "Alliance Party of Northern Ireland"
    assert "org:alliance-party-of-northern-ireland" not in res.part_of
    assert "country:IRL" not in got, got


W_PALM_OIL = (
    "https://en.wikinews.org/wiki/"
    "Wikinews_investigates_disappearance_of_Indonesian_cargo_ship_Namse_Bangdzod"
)
W_TOILET_PAPER = (
    "https://en.wikinews.org/wiki/Stores_in_Australia_lower_toilet_paper_limits_per_transaction"
)
W_TYPHOON = "https://en.wikinews.org/wiki/Typhoon_Phanfone_strikes_Philippines"
W_CHESS = (
    "https://en.wikinews.org/wiki/"
    "Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews"
)


@pytest.mark.parametrize(
    ("url", "text", "org", "state"),
    [
        (
            W_PALM_OIL,
            "The Indonesian Palm Oil Producers Association reports a value of US$473.60 per "
            "metric ton of crude palm oil as of November 2018, with the price decreasing that "
            "month.",
            "Indonesian Palm Oil Producers Association",
            "country:IDN",
        ),
        (
            W_TOILET_PAPER,
            "Russell Zimmerman, executive director of the Australian Retailers Association, said "
            "that retailers try to raise stock, but local council restrictions on the timing of "
            "truck-deliveries make it hard.",
            "Australian Retailers Association",
            "country:AUS",
        ),
        (
            W_TYPHOON,
            'Philippine Red Cross chair Richard Gordon, in remarks to the BBC, said "A lot of '
            'people have lost their homes and they need food".',
            "Philippine Red Cross",
            "country:PHL",
        ),
        (
            W_CHESS,
            "Iranian Chess Federation President announced she was now banned from the Iranian "
            "Chess Team.",
            "Iranian Chess Federation",  # the title after it is no part of the name
            "country:IRN",
        ),
    ],
)
def test_a_demonym_begins_the_name_of_a_society(
    nlp: Language, url: str, text: str, org: str, state: str
) -> None:
    # url: the demonym is all the recogniser tags; the capitalised words after it up to a
    # society's head ("Association", "Cross", "Federation") are one organisation of that state.
    assert_part_of_state(resolved(nlp, text), org, state)


def test_a_demonym_and_a_society_word_alone_are_no_name(nlp: Language) -> None:
    # W_CHESS: "Iranian Federation" says which federation, it does not name one.
    got = names(resolved(nlp, "But I refused to participate for Iranian Federation."))
    assert got == {"country:IRN": "Iran"}, got


W_MAGNITOGORSK = (
    "https://en.wikinews.org/wiki/"
    "Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead"
)
W_DORIAN = (
    "https://en.wikinews.org/wiki/"
    "Hurricane_Dorian_strengthens_to_Category_5,_makes_landfall_in_the_Bahamas"
)
W_BOAT_FIRE = "https://en.wikinews.org/wiki/Dozens_dead_in_California_boat_fire"
W_SUSPEND = (
    "https://en.wikinews.org/wiki/"
    "Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline"
)


@pytest.mark.parametrize(
    ("url", "text", "org_id", "name", "uses"),
    [
        (
            # "FSB" is Russian initials; the recogniser tags the later "FSB" alone, apart
            W_MAGNITOGORSK,
            "The Investigative Committee and the Federal Security Service (FSB) said they "
            "believe gas, which leaks relatively frequently in Russia, was the trigger for the "
            "disaster which occurred at 6am as many occupants slept. The FSB denies the two "
            "explosions are related. Regional governor Boris Dubrovsky said FSB officers were "
            "present where the minibus exploded.",
            "org:federal-security-service",
            "Federal Security Service",
            4,
        ),
        (
            # the recogniser runs "(NHC" into the name
            W_DORIAN,
            "At 11 am local time today (1500 UTC) the National Hurricane Center (NHC) reported "
            "Hurricane Dorian in the Caribbean had strengthened into a Category 5 hurricane. "
            "The NHC issued a hurricane warning in the northwestern Bahamas.",
            "org:national-hurricane-center",
            "National Hurricane Center",
            3,
        ),
        (
            # the later "USCG" before a title is left untagged
            W_BOAT_FIRE,
            "The United States Coast Guard (USCG) called off its search late on Tuesday. USCG "
            "Captain Monica Rochester told the press a nearly 24-hour search mission had "
            "discovered no further signs in the water.",
            "org:united-states-coast-guard",
            "United States Coast Guard",
            3,
        ),
    ],
)
def test_a_bracketed_acronym_and_its_later_uses_are_the_named_organisation(
    nlp: Language, url: str, text: str, org_id: str, name: str, uses: int
) -> None:
    # url: the name, its bracketed initials and each later use are mentions of one node
    res = resolved(nlp, text)
    assert names(res).get(org_id) == name, names(res)
    assert len(names(res)) == len({e for e in names(res) if e != org_id}) + 1
    assert sum(1 for m in res.mentions if m.entity_id == org_id) == uses, res.mentions


def test_initials_after_the_end_of_a_longer_name_are_not_the_end_s(nlp: Language) -> None:
    # W_SUSPEND (corpus/silver w087): "MP" is "Member of Parliament", not "Parliament"; the later
    # "Conservative MP Philip Hammond" stays a party title.
    text = (
        'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is '
        'trying to concentrate power in his own hands." Conservative MP Philip Hammond '
        'commented, "It would be a constitutional outrage if Parliament were prevented from '
        'holding the government to account."'
    )
    res = resolved(nlp, text)
    assert not any(m.text == "MP" for m in res.mentions), res.mentions


W_MIR_MOHAMMADI = (
    "https://en.wikinews.org/wiki/"
    "Iranian_government_official_Mohammad_Mir-Mohammadi_dies_of_COVID-19"
)


@pytest.mark.parametrize(
    ("text", "org_id", "name"),
    [
        # W10: the press's spelling of the militia is one more form of the curated node
        (
            "Other victims included a Kataeb Hezbollah official and Mohammed Reda, an airport "
            "protocol officer.",
            "org:kataib-hezbollah",
            "Kataib Hezbollah",
        ),
        # W_MIR_MOHAMMADI
        (
            "According to the report by Tasnim News Agency, he died at the Masih-e-Daneshavari "
            "hospital in the capital city Tehran.",
            "org:tasnim-news-agency",
            "Tasnim News Agency",
        ),
        # https://en.wikinews.org/wiki/World_Health_Organization_names_new_coronavirus_COVID-19
        (
            "According to the United Nations' Food and Agriculture Organization's chief "
            "veterinary officer, it was completely unnecessary.",
            "org:fao",
            "Food and Agriculture Organization",
        ),
        # https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7
        # (dev 05): the small model takes "Mercosur" for a person
        (
            "Brazil is not a member of G7, but it is part of a pact between the European Union "
            "and the South American group Mercosur, which requires Brazilian compliance with the "
            "Paris Climate Accord.",
            "org:mercosur",
            "Mercosur",
        ),
        # constructed: names the small model takes for a person or cuts in two
        ("Boko Haram kidnapped 300 students in Nigeria.", "org:boko-haram", "Boko Haram"),
        ("ZANU-PF won the election.", "org:zanu-pf", "ZANU-PF"),
        ("The Free Syrian Army attacked the town.", "org:free-syrian-army", "Free Syrian Army"),
    ],
)
def test_curated_armed_groups_parties_and_agencies_are_organisations(
    nlp: Language, text: str, org_id: str, name: str
) -> None:
    res = resolved(nlp, text)
    assert names(res).get(org_id) == name, names(res)
    assert res.kind_of(org_id) is Kind.ORGANIZATION
    assert not [n for n in res.nodes.values() if n.kind is Kind.PERSON and "Haram" in n.name]
    assert "org:syrian-army" not in names(res)


W_BONTDDU = "https://en.wikinews.org/wiki/Fire_at_historic_Welsh_ex-hotel_Bontddu_Hall_kills_one"
W_TRAIL_OCTOBER = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020"
W_ANTARCTICA = (
    "https://en.wikinews.org/wiki/Chilean_authorities_report_first_COVID-19_outbreak_in_Antarctica"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # W_BONTDDU
        (
            "North Wales Fire and Rescue Service were called to the building, located off the "
            "A496 overlooking the Mawddach Estuary in Snowdonia National Park, at 09:09am local "
            "time.",
            "North Wales Fire and Rescue Service",
        ),
        # W_TRAIL_OCTOBER
        (
            "Free and Equal Elections Foundation founder and director Christina Tobin moderated "
            "both debates.",
            "Free and Equal Elections Foundation",
        ),
        # W_THAI (corpus/silver w028): "Thai" tagged the country, the rest unlabelled; the
        # demonym begins the name
        (
            '"Thai Raksa Chart party complies with the royal command," the party informed the '
            "press. The election is scheduled for March 24.\n\nThis past Friday, the princess, "
            "67, announced her candidacy for the prime ministry under the Thai Raksa Chart "
            "Party, making her the first Thai royal to seek elected office.",
            "Thai Raksa Chart Party",
        ),
    ],
)
def test_an_unlabelled_name_ending_in_an_institution_word_is_an_organisation(
    nlp: Language, text: str, name: str
) -> None:
    res = resolved(nlp, text)
    got = [n for n in res.nodes.values() if n.name == name]
    assert len(got) == 1 and got[0].kind is Kind.ORGANIZATION, names(res)
    assert not [n for n in res.nodes.values() if n.name.startswith("Raksa")]


@pytest.mark.parametrize(
    "text",
    [
        # W_ANTARCTICA: "Base" makes it a place
        "On Thursday the local health secretary reported one more case in Las Estrellas' "
        "village, where some Air Force Base civilian personnel live.",
        # W_SUSPEND (corpus/silver w087): a title's "of" phrase
        'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is '
        'trying to concentrate power in his own hands."',
    ],
)
def test_institution_words_inside_a_place_or_a_title_make_no_organisation(
    nlp: Language, text: str
) -> None:
    got = names(resolved(nlp, text))
    assert not [n for n in got.values() if "Force" in n or "Member" in n], got


W_ARGENTINA_ABORTION = (
    "https://en.wikinews.org/wiki/"
    "Argentine_president_Fern%C3%A1ndez_to_send_bill_legalising_abortion_to_National_Congress_within_10_days"
)


@pytest.mark.parametrize(
    ("text", "org_id", "state"),
    [
        # W_SUSPEND (corpus/silver w087)
        (
            "Currently, the British parliament has a majority against a no-deal Brexit.",
            "org:british-parliament",
            "country:GBR",
        ),
        # W_SCOTLAND (corpus/silver w100)
        (
            "Cherry and all but one of the petitioners are members of UK parliament.",
            "org:uk-parliament",
            "country:GBR",
        ),
    ],
)
def test_a_states_legislature_in_lower_case_is_a_body_of_its_own(
    nlp: Language, text: str, org_id: str, state: str
) -> None:
    # the silver gold's Parliament of the United Kingdom has "British parliament" among its forms:
    # the legislature is an organisation of the state, not the state acting
    res = resolved(nlp, text)
    assert res.kind_of(org_id) is Kind.ORGANIZATION, names(res)
    assert res.part_of[org_id] == state


def test_a_lower_case_legislature_is_the_one_the_article_names(nlp: Language) -> None:
    # W_ARGENTINA_ABORTION (corpus/silver w190): "the Argentine congress" is the National Congress
    text = (
        "On Sunday in Argentina's National Congress, President of Argentina Alberto Fernández "
        "announced he is to send a bill to the congress in the next ten days which aims to "
        "legalise abortion of human pregnancy. Back in 2018, the Argentine congress approved a "
        "bill legalising abortion, but it was dismissed by the senate."
    )
    res = resolved(nlp, text)
    got = names(res)
    assert "org:argentine-congress" not in got, got
    assert any(
        m.text == "Argentine congress" and m.entity_id == "org:national-congress"
        for m in res.mentions
    ), res.mentions


def test_one_states_legislature_named_two_ways_is_one_node(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful
    res = resolved(
        nlp,
        "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — "
        "prorogation — of the Parliament of the United Kingdom which went into effect on Tuesday, "
        "finding it to be unlawful. Cherry and all but one of the petitioners are members of UK "
        "parliament. The three-judge court found Johnson's advice to the Queen \"was motivated "
        'by the improper purpose of stymying Parliament."',
    )
    bodies = [e for e in res.entities() if "parliament" in e.name.lower()]
    assert [e.id for e in bodies] == ["org:parliament-of-the-united-kingdom"]
    assert {"UK parliament", "Parliament"} <= set(bodies[0].aliases)


def test_a_bare_parliament_joins_the_one_legislature_the_article_names(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/New_South_Wales_decriminalizes_abortion: a state's own
    # parliament, not Australia's, though Australia is the only country named
    res = resolved(
        nlp,
        "Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the bill. "
        'Alex Greenwich said, "It follows decades of work from people in the Parliament".',
    )
    bodies = [e.id for e in res.entities() if "parliament" in e.name.lower()]
    assert bodies == ["org:parliament-of-new-south-wales"]


def test_a_bare_parliament_is_the_one_of_the_articles_country(nlp: Language) -> None:
    # constructed after outlet copy: the article's one country owns "Parliament", under an id
    # of its own, so that another country's "Parliament" elsewhere is another node
    res = resolved(
        nlp,
        "British Prime Minister Boris Johnson met the Queen. Parliament voted against a no-deal "
        "Brexit.",
    )
    assert "org:united-kingdom-parliament" in names(res)
    assert res.home_state["org:united-kingdom-parliament"] == "country:GBR"
    assert "org:united-kingdom-parliament" not in res.part_of  # the text does not say so
    # two states' legislatures: a bare "Parliament" is neither
    res = resolved(
        nlp,
        "The Serbian parliament met on Monday. Parliament voted for the law. The Croatian "
        "parliament opposed it.",
    )
    assert {"org:serbian-parliament", "org:croatian-parliament", "org:parliament"} <= set(
        names(res)
    )
    assert not res.home_state


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
        (
            "Myanmar is mainly Buddhist and the United Nations rates the Rohingya among the "
            "world's most persecuted groups.",
            "Rohingya",
        ),
        # constructed after outlet copy (Syria, 2025): the recogniser tags the people a person
        ("The government said Druze had attacked a police station.", "Druze"),
        ("The government said Crimean Tatars had attacked a police station.", "Crimean Tatars"),
    ],
)
def test_a_people_is_a_group_whatever_the_recogniser_tags(
    nlp: Language, text: str, name: str
) -> None:
    res = resolve(nlp(text))
    assert {n.kind for n in res.nodes.values() if n.name == name} == {Kind.GROUP}


@pytest.mark.parametrize(
    ("text", "people", "not_state"),
    [
        # https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
        # (abridged)
        (
            'Sanders said to Biden: "Today, I am asking all Americans, I am asking every Democrat, '
            'to come together in this campaign."',
            "Americans",
            "country:USA",
        ),
        # https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
        (
            "The rescued members included Bangladeshis and Rohingya, a stateless minority of "
            "Muslims from Myanmar.",
            "Bangladeshis",
            "country:BGD",
        ),
    ],
)
def test_a_countrys_people_in_the_plural_is_a_group_not_the_state(
    nlp: Language, text: str, people: str, not_state: str
) -> None:
    res = resolve(nlp(text))
    assert {n.kind for n in res.nodes.values() if n.name == people} == {Kind.GROUP}
    assert not_state not in res.nodes


def test_a_demonym_before_a_noun_is_still_the_state(nlp: Language) -> None:
    # constructed: "American troops" are the state's, not a people
    res = resolve(nlp("American troops attacked Iraqi positions."))
    assert {"country:USA", "country:IRQ"} <= set(res.nodes)


def test_the_people_of_a_country_with_the_article_are_its_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks (W06 of
    # test_relations): "we warn the Saudis" warns the kingdom
    res = resolve(nlp('"We warn the Saudis that our targets will keep expanding", Saree said.'))
    assert "country:SAU" in res.nodes


W08 = (
    "https://en.wikinews.org/wiki/"
    "Kurds_announce_deal_with_Assad%27s_government_as_Turkey_invades_Syria%27s_northeast"
)
W11 = "https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement"
W_EBOLA = "https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola"
W_CARRASCAL = "https://en.wikinews.org/wiki/Earthquake_injures_25_people_in_southern_Philippines"
W_GUPTA = "https://en.wikinews.org/wiki/Man_sets_himself_on_fire_outside_US_White_House"
W_TARRANT = "https://en.wikinews.org/wiki/New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch"


def kinds(res: Resolution) -> dict[str, Kind]:
    return {e.name: e.kind for e in res.entities()}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # W08: the NER reads "Tell Tamer and Ain Issa" as one person; an army enters places
        (
            "The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered "
            "Tell Tamer and Ain Issa yesterday according to state media. The SDF said hundreds of "
            "ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes "
            "from a camp at Ain Issa.",
            "Ain Issa",
        ),
        # W11: "Crete" is an organisation to the NER, an island to the text
        (
            '"The agreement assumes that our islands, including our biggest island Crete, does not '
            'have an exclusive economic zone", he added. The foreign ministers agreed to a future '
            "meet on Crete.",
            "Crete",
        ),
        # W_EBOLA: the last of the towns of a list
        (
            'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save '
            'lives," began last November and collected data from 499 patients from the towns of '
            "Beni, Butembo, Mangina, and Katwa in the Democratic Republic of the Congo.",
            "Katwa",
        ),
        # W_KAGAN: a known state after a comma, and the streets of a town
        (
            "The case revolved around Kelly and Baroni's convictions following the 2013 \"Bridgegate "
            'scandal" in Fort Lee, New Jersey. For decades, three of the twelve access lanes to the '
            "bridge had been reserved during morning rush hour for commuters coming from the "
            "streets of Fort Lee.",
            "Fort Lee",
        ),
        # W_CARRASCAL: a point of the compass "of" a place
        (
            "According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the "
            "epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 "
            "km (45 miles) north of Tandag City, the capital of Surigao del Sur.",
            "Carrascal",
        ),
        # constructed after outlet copy: "in" alone does not make a place, but "in" a town the
        # gazetteer of towns knows does
        (
            "Israeli warplanes struck residential buildings in Khan Younis, killing 26 people, the "
            "agency said. Strikes on Khan Younis continued overnight.",
            "Khan Younis",
        ),
        # constructed after outlet copy: the town of one mention is the place of all the others
        (
            "Russia claimed that its forces had complete control of the Ukrainian town of "
            "Avdiivka on Sunday. Putin celebrated the fall of Avdiivka. In 2014, Russia annexed "
            "Avdiivka for a brief period.",
            "Avdiivka",
        ),
    ],
)
def test_a_name_the_text_uses_as_a_place_is_a_place(nlp: Language, text: str, place: str) -> None:
    assert kinds(resolved(nlp, text)).get(place) is Kind.LOCATION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # W_GUPTA: a person in apposition to a place is no place
        (
            "At around 12:20 p.m. local time on Wednesday (1620 UTC) in the United States capital "
            "city Washington DC, Arnav Gupta, 33-year-old of Bethesda, Maryland, set himself on "
            "fire in a publicly accessible area called the Ellipse.",
            "Arnav Gupta",
            Kind.PERSON,
        ),
        # W_TARRANT: a court where one appears is the court
        (
            "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New "
            "Zealand yesterday, charged with one count of murder.",
            "Christchurch District Court",
            Kind.ORGANIZATION,
        ),
        # constructed after outlet copy: "in" a town's name ("Sherman", Texas) that the article
        # gives a person with a title
        (
            "Senator Sherman criticised the plan on Monday. Party members have lost confidence in "
            "Sherman, and a vote in Sherman is expected.",
            "Sherman",
            Kind.PERSON,
        ),
    ],
)
def test_a_person_or_a_body_is_no_place(nlp: Language, text: str, name: str, kind: Kind) -> None:
    assert kinds(resolved(nlp, text)).get(name) is kind


def test_a_body_the_recogniser_calls_a_law_or_a_work_is_an_organisation(nlp: Language) -> None:
    # constructed after outlet copy (Zimbabwe, August 2023): tagged LAW and WORK_OF_ART
    res = resolved(
        nlp,
        "THE Citizens Coalition for Change (CCC) has rejected Emmerson Mnangagwa's victory.\n\n"
        "The Citizens' Coalition for Change (CCC) party in Zimbabwe have rejected the victory.",
    )
    assert kinds(res).get("Citizens Coalition for Change") is Kind.ORGANIZATION


def test_the_owner_of_a_party_is_its_leader(nlp: Language) -> None:
    # constructed after outlet copy: "Corbyn" and "Chamisa" are organisations to the recogniser,
    # and "Supporters of Chamisa's" one organisation
    got = kinds(
        resolved(
            nlp,
            "Johnson's Conservative Party won a majority. Corbyn's Labour Party lost seats.\n\n"
            "Supporters of Chamisa's Citizens Coalition for Change gathered in Harare.",
        )
    )
    assert got.get("Corbyn") is Kind.PERSON
    assert got.get("Chamisa") is Kind.PERSON
    assert "Supporters of Chamisa" not in got


def test_a_possessive_inside_an_organisation_splits_off_its_owner(nlp: Language) -> None:
    # constructed after outlet copy: the recogniser's span is set by hand, as the small model
    # reads it in some contexts, so that the mending is tested whatever the model
    doc = nlp(
        "Opposition leader Nelson Chamisa spoke. Chamisa's Citizens Coalition for Change rejected "
        "the result."
    )
    start = next(t.i for t in doc if t.text == "Chamisa" and t.i > 4)
    end = next(t.i for t in doc if t.text == "Change") + 1
    person = next(t.i for t in doc if t.text == "Nelson")
    doc.ents = [
        Span(doc, person, person + 2, label="PERSON"),
        Span(doc, start, end, label="ORG"),
    ]
    got = kinds(resolve(doc))
    assert got.get("Citizens Coalition for Change") is Kind.ORGANIZATION
    assert got.get("Nelson Chamisa") is Kind.PERSON
    assert not any("'s" in name for name in got)


W_ROSSELLO = (
    "https://en.wikinews.org/wiki/Puerto_Rico_governor_announces_resignation_following_protests"
)
W_HAGAN = "https://en.wikinews.org/wiki/Former_US_Senator_Kay_Hagan_dies_at_age_66"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # W_ROSSELLO: an organisation to the recogniser, beside a title and with "his" resignation
        (
            "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation shortly "
            "before midnight Wednesday night in an internet video broadcast to the U.S. island "
            "territory. Rosselló is set to be replaced by Wanda Vázquez Garced, the Secretary of "
            "Justice for Puerto Rico.",
            "Wanda Vázquez Garced",
        ),
        # W_HAGAN: a spokeswoman in apposition
        (
            "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from Powassan "
            "virus, a flavivirus, leading to encephalitis (brain inflammation).",
            "Sadie Weiner",
        ),
        # constructed after outlet copy: a place to the recogniser
        ("Vassily Nebenzia, Russia's UN envoy, said he would veto it.", "Vassily Nebenzia"),
    ],
)
def test_a_name_beside_a_persons_title_is_a_person(nlp: Language, text: str, person: str) -> None:
    assert kinds(resolved(nlp, text)).get(person) is Kind.PERSON


def test_a_body_beside_a_description_stays_a_body(nlp: Language) -> None:
    # constructed after outlet copy: an organisation's apposition is no title, "its" no "his"
    got = kinds(resolved(nlp, "Google, the search giant, announced its results on Monday."))
    assert got.get("Google") is Kind.ORGANIZATION


def test_an_unlabelled_name_after_a_place_nouns_of_is_a_place(nlp: Language) -> None:
    # constructed after outlet copy (Gaza, 2023): the recogniser leaves "Rafah" unlabelled
    res = resolved(
        nlp,
        "Another Israeli strike targeted a house east of Rafah in southern Gaza amid reports of "
        "casualties.",
    )
    assert kinds(res).get("Rafah") is Kind.LOCATION
    # a capitalised place noun is part of a name: no place of its own is added after it
    res = resolved(
        nlp,
        "Judge James Parker Jones, presiding in the United States District Court for the Western "
        "District of Virginia in Abingdon, handed down the sentence.",
    )
    assert sum(m.text == "Virginia" for m in res.mentions) <= 1


def test_a_body_named_for_a_place_takes_the_place_into_its_name(nlp: Language) -> None:
    # constructed after outlet copy (Belgrade, 2020): the recogniser ends the name at "for"
    res = resolved(
        nlp,
        "Protesters from the Alliance for Serbia stormed the National Assembly of Serbia.",
    )
    assert kinds(res).get("Alliance for Serbia") is Kind.ORGANIZATION
    assert "org:alliance-for-serbia" not in res.part_of  # a party for the state, not in it


def test_an_unlabelled_forum_is_an_organisation(nlp: Language) -> None:
    # constructed after outlet copy (Cairo, 2020): left unlabelled by the recogniser
    res = resolved(
        nlp,
        "The Saudi-led coalition denied it.\n\nThe East Mediterranean Gas Forum met in Cairo. "
        "Greece's ruling New Democracy party backed the EastMed pipeline.",
    )
    assert kinds(res).get("East Mediterranean Gas Forum") is Kind.ORGANIZATION


def test_a_given_names_hyphened_syllables_belong_to_the_name(nlp: Language) -> None:
    # constructed after outlet copy: the recogniser stops at the hyphen ("Moon Jae", "Starry Lee
    # Wai"); a word that makes a name a modifier ("Assad-led") is no syllable of it
    got = names(
        resolved(
            nlp,
            "South Korean President Moon Jae-in met Kim Jong-un in Panmunjom. DAB chairwoman "
            "Starry Lee Wai-king resigned. The Bashar al-Assad-led government said it was ready.",
        )
    )
    assert got.get("person:moon-jae-in") == "Moon Jae-in"
    assert got.get("person:starry-lee-wai-king") == "Starry Lee Wai-king"
    assert not any(name.endswith("-led") for name in got.values())


W07 = (
    "https://en.wikinews.org/wiki/"
    "UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision"
)
W09 = "https://en.wikinews.org/wiki/US_announces_restrictions_on_flying_to_Cuba"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # W07: a person to the recogniser
        (
            "He died from his injuries at John Radcliffe Hospital a short time later.",
            "John Radcliffe Hospital",
        ),
        # W09: an organisation to the recogniser
        (
            "The new regulations do not apply to José Martí International Airport, for which "
            "Pompeo requested an exemption.",
            "José Martí International Airport",
        ),
        # constructed after outlet copy: named by the facility noun after it
        (
            "Iran fired missiles at the Ain al-Asad air base in Anbar. The Ain al-Asad base hosts "
            "US troops.",
            "Ain al-Asad",
        ),
        (
            "Erdogan said the Hagia Sophia mosque would open for prayers. The Hagia Sophia was a "
            "museum.",
            "Hagia Sophia",
        ),
    ],
)
def test_a_facilitys_name_is_a_place(nlp: Language, text: str, place: str) -> None:
    assert kinds(resolved(nlp, text)).get(place) is Kind.LOCATION


def test_a_university_cut_before_its_place_stays_a_body(nlp: Language) -> None:
    # Wikinews ("Study indicates as great white shark disappears, living fossil moves in"): "the
    # University of" is an organisation, "University" a town's name too
    got = kinds(
        resolved(
            nlp,
            "Dr. Alison Kock of the University of Cape Town has reported a correlation. A "
            "colleague at the University of Miami agreed.",
        )
    )
    assert got.get("University of Cape Town") is Kind.ORGANIZATION
    assert "University" not in got


def test_a_text_ending_in_an_organisations_name_resolves(nlp: Language) -> None:
    # found by test_hostile_text: the party-owner check read the token after a name ending the
    # text
    assert kinds(resolved(nlp, "The deal was signed by Microsoft")).get("Microsoft") is (
        Kind.ORGANIZATION
    )


def test_a_regions_own_assembly_is_not_the_uns(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_Representative_Elijah_Cummings_dies_at_68 (abridged); the
    # bare words still name the UN's body
    res = resolve(
        nlp("In 1982 Cummings ran to be a state delegate, joining the Maryland General Assembly.")
    )
    assert "org:un-general-assembly" not in res.nodes
    assert [n for n in res.nodes.values() if n.name == "Maryland General Assembly"]
    res = resolve(nlp("The UN General Assembly met. The General Assembly adopted the resolution."))
    assert "org:un-general-assembly" in res.nodes


def test_a_name_runs_on_through_its_particles(nlp: Language) -> None:
    # constructed after outlet copy (Business Standard, 2022): the recogniser ends the name at
    # "von" and finds a place in "Leyen"
    doc = nlp(
        "Zelensky hailed the visit of European Commission President Ursula von der Leyen to "
        "Kiev. Von der Leyen said Ukraine is welcome."
    )
    assert "Ursula von der Leyen" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Leyen" not in [e.text for e in doc.ents]
    res = resolve(doc)
    (leyen,) = [n for n in res.nodes.values() if "Leyen" in n.name]
    assert leyen.name == "Ursula von der Leyen"


def test_a_name_the_ner_tags_once_names_the_node_where_it_is_left_untagged(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
    # After the sentence about the aunt the model tags neither "Sea-Eye" nor Carlotta Weibl as
    # the names they are; "Sea-Eye" was read as a name earlier in the article.
    text = (
        "The ship of Sea-Eye was renamed. The boy's aunt, Tima Kurdi, also attended the ceremony."
        "\n\nSea-Eye spokesperson Carlotta Weibl said \"The name 'Alan Kurdi' shall be a "
        'reminder of what our work is really about."'
    )
    doc = nlp(text)
    later = doc.char_span(text.index("Sea-Eye spokesperson"), text.index(" spokesperson"))
    assert later is not None and not any(t.ent_type_ for t in later)
    res = resolve(doc)
    assert [m.start for m in res.mentions if m.entity_id == "org:sea-eye"][-1] == later.start


def test_a_place_name_after_a_first_name_is_a_surname(nlp: Language) -> None:
    # news (2023): the gazetteer takes "Jordan", the recogniser then leaves "Jim" alone
    res = resolved(nlp, "Representative Jim Jordan spoke on Monday. Jordan accused Democrats.")
    assert "person:jim-jordan" in names(res)
    assert "country:JOR" not in names(res)
    # not a month or a title, nor a name the parse does not join to the place
    for text in (
        "In May Russia launched a new offensive against Ukraine.",
        "Queen Rania of Jordan spoke on Monday.",
        "In May Britain and France signed a defence pact.",
    ):
        assert not any(
            i.startswith("person:") and i != "person:rania" for i in names(resolved(nlp, text))
        ), text


def test_a_persons_surname_is_the_person_where_the_article_never_uses_the_place(
    nlp: Language,
) -> None:
    # W: London Streatham stabbing (2020), shortened: the attacker's surname is a capital's name
    res = resolved(
        nlp,
        "The attacker, identified as Sudesh Amman, was placed under police surveillance. Amman "
        "sent his girlfriend videos of beheadings. The police said about Amman that he was "
        "dangerous.",
    )
    assert {m.entity_id for m in res.mentions} == {"person:sudesh-amman"}, names(res)


@pytest.mark.parametrize(
    "text",
    [
        # the place is used as one, or named before the person
        "Jim Jordan visited the Middle East. King Abdullah of Jordan met him. Jordan said ...",
        "Jordan closed its border on Monday. Representative Jim Jordan spoke later. Jordan said ...",
        "Jim Jordan flew to Jordan on Monday. Jordan criticized Israel.",
    ],
)
def test_a_surname_the_article_also_uses_as_a_place_stays_the_place(
    nlp: Language, text: str
) -> None:
    res = resolved(nlp, text)
    assert "country:JOR" in names(res), names(res)


def test_an_entitys_names_come_before_the_words_that_stand_for_it(nlp: Language) -> None:
    # outlets3 u09: "Ankara" first made a reader of the aliases take Türkiye for its capital
    res = resolved(
        nlp,
        "Ankara said on Monday that Ankara and Athens would talk. Ankara wants calm. Türkiye "
        "and Greece signed a declaration, and Turkish officials welcomed it.",
    )
    aliases = {e.id: e.aliases for e in res.entities()}
    assert aliases["country:TUR"] == ["Türkiye", "Ankara", "Turkish"]
    # names among themselves, the most used first
    res = resolved(nlp, "The US and the United States and the US again.")
    assert {e.id: e.aliases for e in res.entities()}["country:USA"][0] == "US"


def test_a_name_beside_a_persons_title_in_apposition_is_a_person(nlp: Language) -> None:
    # outlets s08, outlets3 u02: names a use as a place ("hosted X") had made places
    for text, name in (
        (
            "Brussels hosted Hikmet Hajiyev and Armen Grigoryan, Armenia's national security "
            "adviser, for several hours of talks.",
            "Armen Grigoryan",
        ),
        (
            "It was signed by Ali Shamkhani, the secretary of Iran's Supreme National Security "
            "Council, Musaed al-Aiban, Saudi Arabia's national security adviser, and Wang Yi.",
            "Musaed al-Aiban",
        ),
    ):
        kinds = {e.name: e.kind for e in resolved(nlp, text).entities()}
        assert kinds.get(name) is Kind.PERSON, (text, kinds)
    # a body or a place beside a description that is no person's title keeps its kind
    kinds = {
        e.name: e.kind
        for e in resolved(
            nlp, "Fighters entered Tell Tamer, the town's centre, and Hamas, the militant group."
        ).entities()
    }
    assert kinds.get("Hamas") is Kind.ORGANIZATION
    assert kinds.get("Tell Tamer") is not Kind.PERSON

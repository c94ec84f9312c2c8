"""Kinds of news sentences read in round 25, found on a set of twelve international news
articles written blind to the extractor in the house styles of the outlets the product is judged
on (BBC, CNN, TRT World, Fox News, The Washington Post, The New York Times): suits brought over a
measure, threats of force and "will not hesitate to", shows of force and strikes recalled by a
bare noun, concerns conveyed to a state, envoys expelled or ordered to leave, aid paused and
visas suspended, the junta of the state a coup took, and the names that split one actor in two
("the House" and the "House Freedom Caucus", "GOP", "the Islamic Republic", "Latin American");
with the look-alikes each must leave alone.

The sentences are constructed after outlet copy.
"""

from extraction_support import claims_of, read_claims
from spacy.language import Language


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_what_a_suit_is_brought_over_is_opposed_by_who_brings_it(nlp: Language) -> None:
    for text in (
        "Texas sued Pennsylvania over the Election Reform Act.",
        "The lawsuit filed by Texas against Pennsylvania over the Election Reform Act was "
        "rejected.",
        "Texas filed a lawsuit against the state of Pennsylvania over its Election Reform Act.",
    ):
        assert ("loc:texas", "OPPOSES", "topic:election-reform-act") in _triples(nlp, text)
    # a time, or what is sued over unnamed, is no measure
    got = _triples(nlp, "Texas sued Pennsylvania over the weekend.")
    assert not {t for t in got if t[1] == "OPPOSES"}


def test_a_measure_of_force_threatened_threatens_where_it_would_fall(nlp: Language) -> None:
    got = _triples(nlp, "ECOWAS threatened military intervention in Niger.")
    assert ("org:ecowas", "THREATENS", "country:NER") in got
    got = _triples(nlp, "Iran threatened to take action against Israel.")
    assert ("country:IRN", "THREATENS", "country:ISR") in got
    # a resolution against Israel vetoed, a strike by unions: no threat to anyone
    got = _triples(nlp, "The United States threatened to veto any resolution against Israel.")
    assert ("country:USA", "THREATENS", "country:ISR") not in got
    got = _triples(nlp, "The unions threatened a strike in France.")
    assert not {t for t in got if t[1] == "THREATENS"}


def test_will_not_hesitate_to_is_a_threat_not_a_denial(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The United States will not hesitate to impose new sanctions on North Korea."
    )
    got = {(c.subject, c.type.value, c.object): c.modality.value for c in claims}
    assert got[("country:USA", "THREATENS", "country:PRK")] == "asserted"
    assert got[("country:USA", "SANCTIONS", "country:PRK")] == "planned"
    claims = claims_of(
        nlp, 'Washington "will not hesitate" to impose new sanctions on Pyongyang, Miller said.'
    )
    got = {(c.subject, c.type.value, c.object): c.modality.value for c in claims}
    assert got[("country:USA", "THREATENS", "country:PRK")] == "reported"
    assert not _triples(nlp, "Biden did not hesitate to criticize Beijing.") & {
        ("person:biden", "THREATENS", "country:CHN")
    }


def test_a_bare_noun_recalls_the_show_of_force_or_strikes_told_before(nlp: Language) -> None:
    cases = (
        (
            "The United States carried out strikes against Houthi rebels in Yemen. Iran "
            "condemned the strikes.",
            ("country:IRN", "CRITICIZES", "country:USA"),
        ),
        (
            "China held three days of military exercises around Taiwan. Tsai condemned the "
            "exercises.",
            ("person:tsai", "CRITICIZES", "country:CHN"),
        ),
        (
            "Azerbaijan launched a military offensive in Karabakh. EU foreign policy chief Josep "
            "Borrell condemned the military action.",
            ("person:josep-borrell", "CRITICIZES", "country:AZE"),
        ),
        (
            "North Korea launched a ballistic missile on Tuesday. The launch was condemned by "
            "Seoul and Tokyo.",
            ("country:KOR", "CRITICIZES", "country:PRK"),
        ),
    )
    for text, triple in cases:
        assert triple in _triples(nlp, text), text
    # drills no one named holds, or two states hold, are no one's in particular
    assert not _triples(nlp, "Students held exercises in the park. Iran condemned the exercises.")
    got = _triples(
        nlp,
        "The United States and South Korea held joint drills. North Korea condemned the drills.",
    )
    assert not {t for t in got if t[1] == "CRITICIZES"}


def test_concerns_conveyed_to_a_state_criticise_it_unless_another_is_named(
    nlp: Language,
) -> None:
    assert ("country:JPN", "CRITICIZES", "country:CHN") in _triples(
        nlp, "Japan had conveyed its concerns to Beijing."
    )
    got = _triples(nlp, "Japan expressed concern to the United Nations about China's drills.")
    assert ("country:JPN", "CRITICIZES", "country:CHN") in got
    assert ("country:JPN", "CRITICIZES", "org:united-nations") not in got


def test_an_envoy_expelled_or_ordered_to_leave_sanctions_the_state_that_sent_it(
    nlp: Language,
) -> None:
    got = _triples(
        nlp,
        "Venezuela's foreign ministry ordered diplomats from seven Latin American countries, "
        "including Argentina, Chile and Peru, to leave the country.",
    )
    assert {("country:VEN", "SANCTIONS", f"country:{c}") for c in ("ARG", "CHL", "PER")} <= got
    assert ("country:VEN", "SANCTIONS", "country:USA") not in got  # "Latin American"
    got = _triples(nlp, "Canada expelled a senior Indian diplomat, Pavan Kumar Rai.")
    assert ("country:CAN", "SANCTIONS", "country:IND") in got
    text = (
        "The coup in Niger shocked France. The French ambassador, Sylvain Itté, had been "
        "confined to the embassy since August, when the junta ordered him to leave the country."
    )
    got = _triples(nlp, text)
    assert ("group:nigerien-junta", "SANCTIONS", "country:FRA") in got
    assert ("group:nigerien-junta", "SANCTIONS", "person:sylvain-itte") in got
    assert not {t for t in got if t[1] == "REQUESTS"}
    # an envoy asked to do something else, or one's own recalled, is no expulsion
    got = _triples(nlp, "Niger's junta asked the French ambassador to attend a meeting.")
    assert not {t for t in got if t[1] == "SANCTIONS"}
    assert not _triples(nlp, "France ordered its ambassador to leave Niger.")


def test_aid_paused_and_visas_suspended_are_sanctions(nlp: Language) -> None:
    got = _triples(nlp, "Washington has paused some assistance to the government of Niger.")
    assert ("country:USA", "SANCTIONS", "country:NER") in got
    got = _triples(nlp, "India suspended visa services for Canadian citizens.")
    assert ("country:IND", "SANCTIONS", "country:CAN") in got
    assert not _triples(nlp, "The airline suspended flights for the holidays.")


def test_a_junta_is_the_one_of_the_state_the_coup_took(nlp: Language) -> None:
    _, res = read_claims(
        nlp, "The coup in Niger shocked France. The junta ordered French troops to leave."
    )
    assert "group:nigerien-junta" in res.nodes and "group:french-junta" not in res.nodes
    # a coup told of no state, and a state named near "the junta": no one's junta
    _, res = read_claims(
        nlp,
        "The announcement handed a victory to the military junta that seized power on July 26. "
        "The junta ordered the French ambassador to leave the country.",
    )
    assert not [n for n in res.nodes if n.startswith("group:")]


def test_names_that_split_one_actor_or_join_two(nlp: Language) -> None:
    # "the House" is no short name of the "House Freedom Caucus"
    text = (
        "Members of the House Freedom Caucus opposed the bill. Biden urged the House to take "
        "up the bill."
    )
    assert ("person:biden", "REQUESTS", "org:house") in _triples(nlp, text)
    # a party's initials the recogniser makes a body are the party
    _, res = read_claims(nlp, "The United States Senate passed the bill. The GOP opposed it.")
    assert "org:republican-party" in res.nodes and "org:gop" not in res.nodes
    _, res = read_claims(nlp, "Netanyahu vowed to stop the Islamic Republic.")
    assert "country:IRN" in res.nodes
    _, res = read_claims(nlp, "The Latin American Integration Association met in Montevideo.")
    assert "country:USA" not in res.nodes


def test_a_recalled_event_told_with_several_actors_is_all_of_theirs(nlp: Language) -> None:
    text = (
        "The US and UK carried out strikes against Houthi rebels in Yemen. The operation was "
        "supported by Australia. Iran condemned the strikes."
    )
    got = _triples(nlp, text)
    assert {
        ("country:AUS", "SUPPORTS", "country:USA"),
        ("country:AUS", "SUPPORTS", "country:GBR"),
        ("country:IRN", "CRITICIZES", "country:USA"),
        ("country:IRN", "CRITICIZES", "country:GBR"),
    } <= got
    # another's strike told since: "the strikes" may be either's
    text = (
        "The US and UK carried out strikes against Houthi rebels in Yemen. Israel struck Gaza. "
        "Iran condemned the strikes."
    )
    assert not {t for t in _triples(nlp, text) if t[1] == "CRITICIZES"}


def test_one_who_speaks_in_a_place_abroad_is_there(nlp: Language) -> None:
    got = _triples(
        nlp,
        "President Yoon Suk Yeol of South Korea, speaking at a regional summit in Jakarta, "
        "warned North Korea.",
    )
    assert ("person:yoon-suk-yeol", "VISITS", "loc:jakarta") in got
    got = _triples(
        nlp,
        "Speaking to reporters in Washington, Ukrainian President Volodymyr Zelensky said the "
        "aid would help.",
    )
    assert ("person:volodymyr-zelensky", "VISITS", "loc:washington") in got
    # at home, or of no state the article says: no visit
    got = _triples(nlp, "Speaking in Kyiv, Ukrainian President Volodymyr Zelensky thanked allies.")
    assert not {t for t in got if t[1] == "VISITS"}
    assert not _triples(nlp, "Speaking in Kyiv, Zelensky thanked his allies.")


def test_a_matter_raised_with_a_party_and_an_approval_welcomed(nlp: Language) -> None:
    got = _triples(nlp, "Trudeau said he had raised the matter with Prime Minister Narendra Modi.")
    talks = {frozenset((s, o)) for s, t, o in got if t == "NEGOTIATES_WITH"}
    assert frozenset(("person:trudeau", "person:narendra-modi")) in talks
    got = _triples(nlp, "Swedish Prime Minister Ulf Kristersson welcomed Turkey's approval.")
    assert ("person:ulf-kristersson", "SUPPORTS", "country:TUR") in got
    assert ("country:RUS", "CRITICIZES", "country:USA") in _triples(
        nlp, "Russia condemned the US veto."
    )
    assert not _triples(nlp, "China criticized the Brexit vote.")


def test_the_men_of_a_coup_are_its_junta(nlp: Language) -> None:
    for text in (
        "The coup in Niger shocked France. The new rulers have since accused Paris of plotting "
        "to reinstate Mr. Bazoum by force.",
        "The coup in Niger shocked France. The putschists accused Paris of plotting.",
    ):
        got = _triples(nlp, text)
        assert ("group:nigerien-junta", "ACCUSES", "country:FRA") in got, text
    # new rulers with no coup told are the state's
    _, res = read_claims(nlp, "The new rulers of Syria met Erdogan.")
    assert not [n for n in res.nodes if n.startswith("group:")]


def test_look_alikes_the_review_found(nlp: Language) -> None:
    """Sentences a review of the readings above found them misreading, each left alone now."""
    empty = {
        # a show of force is recalled only by who held it, and only a show of force
        "Germany's chancellor Olaf Scholz met Biden in Washington on Monday. Russia condemned "
        "the drills.": "CRITICIZES",
        "Taiwan passed a blood test. China criticized the test.": "CRITICIZES",
        "China launched a campaign against corruption. The United States praised the launch.": (
            "SUPPORTS"
        ),
        # a concern told with what it is over, or told to a forum
        "Zelensky conveyed his concerns to Biden about the attacks on energy infrastructure.": (
            "CRITICIZES"
        ),
        "Ukraine expressed concern to the UN Security Council.": "CRITICIZES",
        "Japan shared its concerns with the United States.": "CRITICIZES",
        # leave in another sense, an envoy of one's own or a former one, an organisation
        "Macron told the Russian ambassador to leave Ukraine alone.": "SANCTIONS",
        "Zelensky asked the Russian ambassador to leave the chamber.": "SANCTIONS",
        "Harvard ordered the former US ambassador to leave.": "SANCTIONS",
        # a suit over a treaty invokes it
        "Iran sued the United States over the Treaty of Amity.": "OPPOSES",
        # firms pausing flights or services
        "Lufthansa paused flights to Israel.": "SANCTIONS",
        "Apple suspended services for Russian users.": "SANCTIONS",
        # a case made against someone
        "Cohen threatened to testify against Trump.": "THREATENS",
    }
    for text, rel in empty.items():
        assert not {t for t in _triples(nlp, text) if t[1] == rel}, text
    # done, or advised: no threat
    for text in (
        "The US did not hesitate to impose sanctions on Russia after the invasion.",
        "Japan should not hesitate to impose sanctions on Russia, the editorial argued.",
    ):
        assert not {t for t in _triples(nlp, text) if t[1] == "THREATENS"}, text
    # the place a threatened action falls in is not its target
    got = _triples(nlp, "Israel threatened military action against Iran in Syria.")
    assert ("country:ISR", "THREATENS", "country:SYR") not in got
    # an expulsion's "from" is whence, and envoys named together are each sent away
    got = _triples(nlp, "The Taliban expelled Pakistani diplomats from Afghanistan.")
    assert ("org:taliban", "SANCTIONS", "country:AFG") not in got
    got = _triples(nlp, "Russia ordered the Estonian ambassador and two German diplomats to leave.")
    assert {
        ("country:RUS", "SANCTIONS", "country:EST"),
        ("country:RUS", "SANCTIONS", "country:DEU"),
    } <= got
    got = _triples(nlp, "India gave a Canadian diplomat five days to leave the country.")
    assert ("country:IND", "SANCTIONS", "country:CAN") in got
    assert ("country:IND", "SUPPLIES", "country:CAN") not in got
    # a junta is the coup's state's, told by the verb's phrase or the ousted ruler
    _, res = read_claims(
        nlp, "The military seized power in Mali in 2020. The junta named a premier."
    )
    assert "group:malian-junta" in res.nodes
    _, res = read_claims(
        nlp,
        "France withdrew its troops from the Sahel. France's defence minister said France would "
        "keep bases in Chad. The junta ordered French troops to leave.",
    )
    assert "group:french-junta" not in res.nodes
    # titles a firm or a state may hold make no person of it; "an Islamic Republic" is no Iran
    _, res = read_claims(nlp, "The Pentagon's main contractor, Raytheon, criticized Congress.")
    assert "person:raytheon" not in res.nodes
    _, res = read_claims(nlp, "Pakistan, an Islamic Republic, criticized India.")
    assert "country:IRN" not in res.nodes
    got = _triples(nlp, "Venezuela expelled diplomats from seven Latin-American countries.")
    assert ("country:VEN", "SANCTIONS", "country:USA") not in got


def test_a_speaker_goes_on_to_a_speech_act_the_parser_hangs_inside_the_report(
    nlp: Language,
) -> None:
    cases = {
        "Sen. JD Vance said the package would only prolong a war that Ukraine cannot win and "
        "accused Democrats of writing blank checks to Kyiv.": ("person:jd-vance", "ACCUSES"),
        "Trudeau said Thursday that Canada was not looking to provoke the situation and called "
        "on India to work with Canada.": ("person:trudeau", "REQUESTS"),
        "Secretary of State Antony Blinken said the United States was deeply concerned about "
        "the allegations and urged India to cooperate.": ("person:antony-blinken", "REQUESTS"),
    }
    for text, (speaker, rel) in cases.items():
        doers = {s for s, t, _ in _triples(nlp, text) if t == rel}
        assert doers == {speaker}, text
    # an act told in the report stays the reported party's
    got = _triples(nlp, "Zelensky said Russia had attacked Kyiv and killed ten people.")
    assert not {t for t in got if t[0] == "person:zelensky" and t[1] == "ATTACKS"}


def test_names_the_recogniser_gives_another_kind_that_the_text_makes_persons(
    nlp: Language,
) -> None:
    # a name whose last word the article styles as a person's
    _, res = read_claims(
        nlp,
        "The opposition campaign was led by María Corina Machado, a former legislator. Ms. "
        "Machado handed the candidacy to Mr. González.",
    )
    assert "person:maria-corina-machado" in res.nodes
    # a state that is also a first name, after a title or an owner, before a surname
    for text, person in (
        (
            "Its new Defence Minister, Israel Katz, said that Iran was more exposed than ever.",
            "person:israel-katz",
        ),
        ("Fox News' Chad Pergram contributed to this report.", "person:chad-pergram"),
    ):
        _, res = read_claims(nlp, text)
        assert person in res.nodes, text
    # not a sea, a slogan or a police force
    for text in (
        "China patrols the South China Sea.",
        "He backed America First policies.",
        "Israel Police arrested two men.",
    ):
        _, res = read_claims(nlp, text)
        assert not [n for n in res.nodes if n.startswith("person:")], text


def test_strikes_fall_on_the_state_they_are_told_in_and_a_part_in_a_pact_given_up(
    nlp: Language,
) -> None:
    got = _triples(
        nlp,
        "Pakistan carried out air strikes inside Afghanistan on Monday. Zabihullah Mujahid "
        "condemned the strikes as reckless.",
    )
    assert ("country:PAK", "ATTACKS", "country:AFG") in got
    assert ("person:zabihullah-mujahid", "CRITICIZES", "country:PAK") in got
    assert ("country:RUS", "ATTACKS", "country:UKR") in _triples(
        nlp, "Russia launched missile strikes in Ukraine overnight."
    )
    # a target named, the striker's own state, the one killed, sport, labour or police: no
    # attack on the place
    got = _triples(nlp, "The US carried out strikes in Syria against Islamic State.")
    assert ("country:USA", "ATTACKS", "country:SYR") not in got
    got = _triples(nlp, "Israeli strikes in Lebanon killed five Hezbollah fighters.")
    assert ("country:ISR", "ATTACKS", "country:LBN") not in got
    got = _triples(
        nlp, "Hezbollah commander Fuad Shukr was killed in an Israeli strike in Lebanon."
    )
    assert ("country:ISR", "ATTACKS", "country:LBN") not in got
    for text in (
        "Russia carried out strikes in Russia.",
        "Mbappe's strike in Germany sealed France's win.",
        "The UAW's strike in Canada ended after a week.",
        "The FBI carried out raids in Mexico.",
    ):
        assert not {t for t in _triples(nlp, text) if t[1] == "ATTACKS"}, text
    got = _triples(nlp, "Russia suspended its participation in the New START treaty.")
    assert ("country:RUS", "OPPOSES", "topic:new-start-treaty") in got
    got = _triples(nlp, "Russia suspended Ukraine's participation in the New START treaty.")
    assert not {t for t in got if t[1] == "OPPOSES"}
    got = _triples(nlp, 'Blinken called Russia\'s decision "unconscionable".')
    assert ("person:blinken", "CRITICIZES", "country:RUS") in got


def test_titles_of_a_portfolio_and_a_titled_subject(nlp: Language) -> None:
    # a head word after a portfolio heads the portfolio, not the body
    got = _triples(nlp, "EU foreign policy chief Josep Borrell condemned the attack.")
    assert ("person:josep-borrell", "AFFILIATED_WITH", "org:european-union") in got
    assert ("person:josep-borrell", "LEADER_OF", "org:european-union") not in got
    got = _triples(nlp, "WHO head Tedros Adhanom Ghebreyesus warned of the outbreak.")
    assert (
        "person:tedros-adhanom-ghebreyesus",
        "LEADER_OF",
        "org:world-health-organization",
    ) in got
    # the person a body's title introduces acts, though the parser makes the body the subject
    got = _triples(nlp, "IAEA chief Rafael Grossi visited Tehran.")
    assert ("person:rafael-grossi", "VISITS", "loc:tehran") in got
    assert ("org:iaea", "VISITS", "loc:tehran") not in got


def test_arms_a_party_uses_were_supplied_by_whom_they_are_said_to_come_from(
    nlp: Language,
) -> None:
    for text, triple in (
        (
            "Russia had fired ballistic missiles supplied by North Korea at Ukraine.",
            ("country:PRK", "SUPPLIES", "country:RUS"),
        ),
        (
            "The Houthis used drones supplied by Iran to attack ships.",
            ("country:IRN", "SUPPLIES", "org:houthis"),
        ),
        (
            "Ukraine fired Storm Shadow missiles supplied by Britain.",
            ("country:GBR", "SUPPLIES", "country:UKR"),
        ),
    ):
        assert triple in _triples(nlp, text), text
    claims = claims_of(nlp, "Russia denied using drones supplied by Iran.")
    assert {c.modality.value for c in claims if c.type.value == "SUPPLIES"} == {"denied"}
    # returned, sold on or unused: no supply to the one named
    for text in (
        "Israel returned the bodies supplied by Hamas.",
        "Drones supplied by Turkey played a decisive role.",
        "Ukraine shot down drones supplied by Iran over Kyiv.",
        "Iran received a letter sent by the United States.",
        "Israel used information provided by Egypt.",
        "Russia did not use drones supplied by Iran, Moscow said.",
    ):
        assert not {t for t in _triples(nlp, text) if t[1] == "SUPPLIES"}, text

"""Kinds of news sentences read in round 23, found by paraphrasing claims the extractor
already reads into the other ways news copy says them: a judgement said of a party's act,
wishes and insistence as demands, acts undergone with their doer as a label, joining an act,
holders of a supply, two-sided acts accepted or agreed, and warnings of a price to pay; with
the look-alikes each must leave alone.

Every sentence is constructed after outlet copy unless a source is given; none is copied from
an outlet.
"""

from extraction_support import claims_of, events
from spacy.language import Language


def _stances(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {(c.subject, c.type.value, c.object, c.modality.value) for c in claims_of(nlp, text)}


def test_a_judgement_of_a_partys_act_is_a_stance_on_the_party(nlp: Language) -> None:
    # a predicate noun owned by no one says of the clause's subject what its adjective would
    got = _stances(nlp, "Russia said Ukraine's decision was a criminal act.")
    assert ("country:RUS", "ACCUSES", "country:UKR", "reported") in got
    # a mistake made is conduct, as a crime committed is
    for text in (
        "Russia said Ukraine had made a grave mistake.",
        '"Ukraine has made a historic mistake," Russia said.',
    ):
        assert ("country:RUS", "CRITICIZES", "country:UKR", "reported") in _stances(nlp, text)
    # an adverb of conduct judges as its adjective does
    for text in (
        "Russia said Ukraine was acting irresponsibly.",
        "Russia said Ukraine was behaving recklessly.",
    ):
        assert ("country:RUS", "CRITICIZES", "country:UKR", "reported") in _stances(nlp, text)


def test_judgements_that_are_no_stance_are_left_alone(nlp: Language) -> None:
    for text in (
        "Russia said Ukraine had made progress.",
        "Russia said Ukraine acted quickly.",
        "Biden said he had made a mistake.",
        "Russia said it acted responsibly.",
    ):
        assert not any(t in ("CRITICIZES", "ACCUSES") for _, t, _ in events(nlp, text)), text


def test_a_wish_or_insistence_that_a_party_act_is_a_demand(nlp: Language) -> None:
    for text in (
        "Russia wants Ukraine to withdraw its troops.",
        "Iran wants the United States to lift sanctions.",
        "Russia insisted that Ukraine withdraw its forces from Kursk.",
    ):
        got = events(nlp, text)
        assert any(t == "REQUESTS" for _, t, _ in got), text
    # what one insists is so asks nothing
    for text in (
        "Russia insisted that Ukraine had started the war.",
        "Trump insisted Israel would win the war.",
        "Ukraine wants to join NATO.",
    ):
        assert not any(t == "REQUESTS" for _, t, _ in events(nlp, text)), text


def test_a_party_held_responsible_is_accused_however_the_parser_hangs_it(
    nlp: Language,
) -> None:
    got = events(nlp, "Russia held Ukraine responsible for the attack.")
    assert ("country:RUS", "ACCUSES", "country:UKR") in got


def test_an_act_undergone_is_done_by_the_party_its_label_names(nlp: Language) -> None:
    assert ("country:RUS", "ATTACKS", "country:UKR") in events(
        nlp, "Ukraine came under heavy Russian shelling."
    )
    assert ("country:CHN", "CRITICIZES", "country:UKR") in events(
        nlp, "Ukraine drew Chinese criticism."
    )


def test_who_joins_an_act_does_it(nlp: Language) -> None:
    got = events(nlp, "France joined EU sanctions against Russia.")
    assert ("country:FRA", "SANCTIONS", "country:RUS") in got
    assert ("org:european-union", "SANCTIONS", "country:RUS") in got
    got = events(nlp, "Britain joined US strikes on the Houthis in Yemen.")
    assert ("country:GBR", "ATTACKS", "org:houthis") in got


def test_a_meeting_or_visit_due_or_wrapped_up(nlp: Language) -> None:
    claims = claims_of(nlp, "Xi Jinping is due to meet Vladimir Putin next week.")
    assert [c.modality.value for c in claims if c.type.value == "MEETS"] == ["planned"]
    got = events(nlp, "Xi Jinping wrapped up a visit to Moscow.")
    assert ("person:xi-jinping", "VISITS", "loc:moscow") in got
    # what is due is no act
    assert not events(nlp, "The payment is due to Russia next week.")


def test_a_partys_supplier_or_donor_supplies_it(nlp: Language) -> None:
    got = events(nlp, "Russia, Syria's main arms supplier, denied the report.")
    assert ("country:RUS", "SUPPLIES", "country:SYR") in got
    got = events(nlp, "Germany is Ukraine's second-largest donor.")
    assert ("country:DEU", "SUPPLIES", "country:UKR") in got
    # a politician's donors give to a campaign, not to a state
    assert not events(nlp, "Biden's donors met in New York.")


def test_a_two_sided_act_accepted_or_agreed_by_two_parties(nlp: Language) -> None:
    got = events(nlp, "Israel accepted a ceasefire deal with Hamas.")
    assert ("country:ISR", "AGREES_WITH", "org:hamas") in got
    got = events(nlp, "A ceasefire agreed by Israel and Hamas took effect on Sunday.")
    assert ("country:ISR", "AGREES_WITH", "org:hamas") in got
    # the parties of a treaty of three agree to it, not with each other
    got = events(nlp, "The treaty signed by France, Germany and Italy took effect.")
    assert not any(t == "AGREES_WITH" and o.startswith("country:") for _, t, o in got)
    # an invitation accepted still comes from the one who made it
    got = events(nlp, "Hamas accepted an invitation from Egypt.")
    assert ("country:EGY", "INVITES", "org:hamas") in got


def test_relations_cut_back_sanction_the_other_party(nlp: Language) -> None:
    for text in (
        "India halted trade with Pakistan.",
        "India suspended trade with Pakistan.",
    ):
        assert ("country:IND", "SANCTIONS", "country:PAK") in events(nlp, text), text
    # a border closed because of fighting elsewhere is a precaution, not a measure
    text = (
        "Russia closed its southern borders with Iran and Turkey because of fighting between "
        "Azerbaijanis and Armenians."
    )
    assert not any(t == "SANCTIONS" for _, t, _ in events(nlp, text))


def test_acts_ordered_or_raised_are_the_subjects(nlp: Language) -> None:
    got = events(nlp, "US President Donald Trump ordered an airstrike on Qasem Soleimani.")
    assert ("person:donald-trump", "ATTACKS", "person:qasem-soleimani") in got
    got = events(nlp, "Moscow ordered the expulsion of two American diplomats.")
    assert ("country:RUS", "SANCTIONS", "country:USA") in got
    got = events(nlp, "The US hiked tariffs on Chinese steel.")
    assert ("country:USA", "SANCTIONS", "country:CHN") in got
    got = events(nlp, "The US raised concerns about China's actions.")
    assert ("country:USA", "CRITICIZES", "country:CHN") in got
    got = events(nlp, "China voiced strong dissatisfaction with Japan.")
    assert ("country:CHN", "CRITICIZES", "country:JPN") in got
    # an order to one's own forces is no act on anyone
    assert not events(nlp, "The general ordered an investigation into the attack.")


def test_an_act_recalled_by_its_noun_is_its_actors(nlp: Language) -> None:
    text = "The US approved a new arms sale to Taiwan. China opposed the sale."
    assert ("country:CHN", "OPPOSES", "country:USA") in events(nlp, text)
    text = "The US announced new tariffs on Chinese goods. China condemned the tariffs."
    assert ("country:CHN", "CRITICIZES", "country:USA") in events(nlp, text)
    text = "Germany pledged military aid to Ukraine. Russia criticised the aid."
    assert ("country:RUS", "CRITICIZES", "country:DEU") in events(nlp, text)
    # what it is called does not say which act it is
    text = (
        "Ukraine launched a drone attack on Russia overnight. The Kremlin condemned the attack "
        "as terrorism."
    )
    assert ("country:RUS", "CRITICIZES", "country:UKR") in events(nlp, text)
    # a two-sided deal is no one party's act
    text = "Russia and Ukraine signed a grain deal in July. China welcomed the deal."
    assert not any(s == "country:CHN" and o.startswith("country:") for s, _, o in events(nlp, text))


def test_them_as_an_object_takes_up_the_plural_party_just_spoken_of(nlp: Language) -> None:
    text = "The Houthis seized a ship on Sunday. The United States struck them on Monday."
    assert ("country:USA", "ATTACKS", "org:houthis") in events(nlp, text)
    text = "Russia and China vetoed the resolution. The United States criticised them."
    got = events(nlp, text)
    assert {
        ("country:USA", "CRITICIZES", "country:RUS"),
        ("country:USA", "CRITICIZES", "country:CHN"),
    } <= got
    # a state is "it"; and another party named before "them" may be whom it stands for
    assert not any(
        t == "CRITICIZES"
        for _, t, _ in events(
            nlp, "Iran fired missiles at Israel. The United States condemned them."
        )
    )
    text = "The Houthis seized a ship. The United States said Iran supplied them with weapons."
    assert not any(o == "org:houthis" for _, _, o in events(nlp, text))


def test_a_party_told_it_will_pay_a_price_is_threatened(nlp: Language) -> None:
    got = _stances(nlp, "Iran warned that Israel would pay a heavy price.")
    assert ("country:IRN", "THREATENS", "country:ISR", "asserted") in got
    got = _stances(nlp, '"Israel will regret this," Iran said.')
    assert ("country:IRN", "THREATENS", "country:ISR", "reported") in got
    got = _stances(
        nlp, "Russia said Ukraine would face serious consequences if it used the missiles."
    )
    assert ("country:RUS", "THREATENS", "country:UKR", "reported") in got
    # a price one pays oneself, one denied, or one a people pays for hardship is no threat
    for text in (
        "Iran said it would pay a heavy price for peace.",
        "Iran warned Israel would not pay any price.",
        "Biden said Americans will pay a price for inflation.",
        "Analysts said Israel would pay a heavy price.",
    ):
        assert not any(t == "THREATENS" for _, t, _ in events(nlp, text)), text


def test_a_states_companies_and_the_trade_press_labels(nlp: Language) -> None:
    # the recogniser misses the name; the gazetteer knows it as the state's
    got = events(nlp, "Gazprom, Russia's state-owned gas company, cut supplies.")
    assert ("org:gazprom", "PART_OF", "country:RUS") in got
    for text, org, state in (
        ("Chinese tech giant Huawei denied the claims.", "org:huawei", "country:CHN"),
        ("Russian lender Sberbank was sanctioned.", "org:sberbank", "country:RUS"),
    ):
        assert (org, "PART_OF", state) in events(nlp, text), text
    # a class noun with no name is no organisation
    assert not events(nlp, "The Chinese giant denied the claims.")


def test_the_first_reviews_look_alikes(nlp: Language) -> None:
    # joining refused or considered is no part taken
    for text in (
        "Hungary refused to join EU sanctions against Russia.",
        "Britain is considering joining US strikes on the Houthis.",
    ):
        got = events(nlp, text)
        assert not any(
            s in ("country:HUN", "country:GBR") for s, t, _ in got if t != "AGREES_WITH"
        ), text
    # a halt ordered to attacks, talks or a truce ordered: no act yet
    for text in (
        "Putin ordered a halt to attacks on Ukraine's energy infrastructure.",
        "Putin ordered talks with Ukraine.",
        "Putin ordered a ceasefire with Ukraine.",
    ):
        assert not events(nlp, text), text
    # mediators named by a participle are no sides
    assert not events(nlp, "The ceasefire brokered by Egypt and Qatar collapsed.")
    # what one insists is so, a wish of an outcome or a wish denied, and a leader's course for
    # his own state ask nothing
    for text in (
        "Moscow insisted Ukraine is a Nazi state.",
        "The US wants Russia to lose the war.",
        "Washington does not want Iran to acquire nuclear weapons.",
        "Ukrainian President Volodymyr Zelensky wants Ukraine to join NATO.",
        "Israeli Prime Minister Benjamin Netanyahu insisted that Israel continue the war.",
    ):
        assert not any(t == "REQUESTS" for _, t, _ in events(nlp, text)), text
    # warning a party to stop is no threat
    assert not any(
        t == "THREATENS"
        for _, t, _ in events(nlp, "Israel warns Hezbollah to stop firing rockets.")
    )
    # a leader's own people, and defences met
    for text in (
        "US President Joe Biden faced American criticism.",
        "Russian President Vladimir Putin enjoys Russian support.",
        "Russian missiles faced Ukrainian air defenses.",
    ):
        assert not any(t in ("CRITICIZES", "SUPPORTS") for _, t, _ in events(nlp, text)), text
    # a supplier denied or negated
    for text in (
        "China denied being Russia's arms supplier.",
        "Russia is not Armenia's arms supplier.",
    ):
        assert not any(t == "SUPPLIES" for _, t, _ in events(nlp, text)), text
    # talks accepted are only to come
    assert not any(t == "MEETS" for _, t, _ in events(nlp, "Ukraine accepted talks with Russia."))


def test_the_first_reviews_close_variants(nlp: Language) -> None:
    got = events(nlp, "Russia held Ukraine and Britain responsible for the attack.")
    assert {
        ("country:RUS", "ACCUSES", "country:UKR"),
        ("country:RUS", "ACCUSES", "country:GBR"),
    } <= got
    assert ("country:RUS", "ACCUSES", "country:UKR") in events(
        nlp, "Russia held Ukraine personally responsible."
    )
    assert ("country:RUS", "ATTACKS", "country:UKR") in events(
        nlp, "Ukraine continued to face Russian attacks."
    )


def test_said_rights_obstacles_and_whose_move_it_is(nlp: Language) -> None:
    text = "US Secretary of State Antony Blinken said Israel had the right to defend itself."
    assert ("person:antony-blinken", "SUPPORTS", "country:ISR", "reported") in _stances(nlp, text)
    text = "US Secretary of State Antony Blinken said Hamas was the only obstacle to a deal."
    assert ("person:antony-blinken", "CRITICIZES", "org:hamas", "reported") in _stances(nlp, text)
    for text in (
        "US Secretary of State Antony Blinken said it was up to Hamas to accept the deal.",
        "US Secretary of State Antony Blinken said the onus was on Hamas to accept the deal.",
        '"The ball is in Hamas\'s court," US Secretary of State Antony Blinken said.',
    ):
        got = _stances(nlp, text)
        assert ("person:antony-blinken", "REQUESTS", "org:hamas", "reported") in got, text
    # a leader's own state, a right denied, a choice left to a party, a thing in the way
    for text in (
        "Putin said Russia had the right to defend itself.",
        "Iran said Israel does not have the right to attack Lebanon.",
        "Blinken said it was up to Ukraine to decide whether to negotiate.",
        "Blinken said the weather was an obstacle.",
    ):
        assert not any(
            t in ("SUPPORTS", "REQUESTS", "CRITICIZES") for _, t, _ in events(nlp, text)
        ), text


def test_stances_said_by_an_adjective_of_feeling(nlp: Language) -> None:
    text = "The White House said Washington remained committed to Ukraine."
    assert ("country:USA", "SUPPORTS", "country:UKR") in events(nlp, text)
    for text in (
        "The United States is deeply concerned about Russia's military buildup.",
        "The United States is alarmed by Russia's military buildup.",
    ):
        assert ("country:USA", "CRITICIZES", "country:RUS") in events(nlp, text), text
    assert not events(nlp, "The countries concerned signed the deal.")


def test_acceptance_refused_leaves_the_act_done(nlp: Language) -> None:
    # (presupposed, whoever says the refusal)
    text = "The United States said it would not accept Russia's annexation of Crimea."
    claims = claims_of(nlp, text)
    assert [c.modality.value for c in claims if c.type.value == "ATTACKS"] == ["asserted"]
    # what one does not face did not come
    claims = claims_of(nlp, "Iran did not face sanctions from the EU.")
    assert [c.modality.value for c in claims if c.type.value == "SANCTIONS"] == ["negated"]


def test_a_war_a_side_wages_in_a_place_is_waged_on_it(nlp: Language) -> None:
    got = events(nlp, "Russia's war in Ukraine and Israel's war in Gaza dominated the summit.")
    assert {
        ("country:RUS", "ATTACKS", "country:UKR"),
        ("country:ISR", "ATTACKS", "loc:gaza"),
    } <= got
    assert ("country:SAU", "ATTACKS", "country:YEM") in events(
        nlp, "Saudi Arabia's war in Yemen killed thousands."
    )
    # a war on a thing is no attack
    assert not events(nlp, "Biden's war on inflation continued.")


def test_the_second_reviews_look_alikes(nlp: Language) -> None:
    # "them" may be the things the sentence before named, or a company named by an -s
    for text in (
        "The Houthis fired missiles at ships in the Red Sea. The United States shot them down.",
        "Reuters published documents on the deal. The Pentagon criticized them.",
    ):
        assert not any(t in ("ATTACKS", "CRITICIZES") for _, t, _ in events(nlp, text)), text
    # a price named as another's doing, a forecast, a question, nothing to regret, one's own
    for text in (
        "The US said Israel would face retaliation from Iran.",
        "The IMF said Russia will pay a price for the war in lost growth.",
        '"Will Israel pay a price?" Iran asked.',
        "Iran said Israel will regret nothing.",
        "Netanyahu said Israel will pay a heavy price for this war.",
    ):
        assert not any(t == "THREATENS" for _, t, _ in events(nlp, text)), text
    # a two-sided act recalled is no one side's; a deal's sides recalled by "struck"
    text = "Israel agreed to a ceasefire with Hamas. Iran welcomed the ceasefire."
    assert not any(s == "country:IRN" for s, _, _ in events(nlp, text))
    assert ("country:RUS", "AGREES_WITH", "country:UKR") in events(
        nlp, "The deal struck by Russia and Ukraine collapsed."
    )
    # an act a verb told is recalled by its object noun
    text = "The US imposed tariffs on China. China condemned the tariffs."
    assert ("country:CHN", "CRITICIZES", "country:USA") in events(nlp, text)
    # joining agreed to is to come
    claims = claims_of(nlp, "Britain agreed to join US strikes on the Houthis.")
    assert [
        c.modality.value for c in claims if c.subject == "country:GBR" and c.type.value == "ATTACKS"
    ] == ["planned"]
    # a supplier no longer; a company described in apposition with its state's people is that
    # state's, as corpus/dev/README.md codes "Iranian airline Mahan Air" (round 35)
    assert not events(nlp, "Russia is no longer Armenia's main arms supplier.")
    text = "Huawei, the Chinese tech giant, signed a deal with Russia."
    assert ("org:huawei", "PART_OF", "country:CHN") in events(nlp, text)


def test_a_candidate_calling_on_his_own_government_still_asks_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020 (CC BY
    # 2.5), shortened
    text = (
        "U.S. presidential candidate Phil Collins spoke on Monday. Collins calls on Washington "
        "to remain neutral."
    )
    assert ("person:phil-collins", "REQUESTS", "country:USA") in events(nlp, text)


def test_the_third_reviews_mends(nlp: Language) -> None:
    # armed groups and states threaten with a price to pay, in whatever words; the speaker's
    # own response is its own threat
    for text in (
        "Hamas said Israel will pay a price for its crimes.",
        "Iran said Israel will face an Iranian response.",
        "Iran said Israel would pay a price in blood.",
    ):
        assert any(t == "THREATENS" for _, t, _ in events(nlp, text)), text
    assert not any(
        t == "THREATENS"
        for _, t, _ in events(
            nlp, "Moody's said China would face consequences from its property crisis."
        )
    )
    # an adjective's copula negated
    claims = claims_of(nlp, "The United States is not concerned about China's new embassy.")
    assert [c.modality.value for c in claims if c.type.value == "CRITICIZES"] == ["negated"]
    # an act one will not accept was done; mediation refused was not
    claims = claims_of(nlp, "Ukraine will never accept Russia's occupation of its territory.")
    assert [c.modality.value for c in claims if c.type.value == "ATTACKS"] == ["asserted"]
    claims = claims_of(nlp, "Venezuela did not accept the mediation of Brazil.")
    assert [c.modality.value for c in claims if c.type.value == "NEGOTIATES_WITH"] == ["negated"]
    # "them" after the party's own plural noun, its acts or a time
    text = "Houthi rebels seized a ship on Sunday. The United States struck them on Monday."
    assert ("country:USA", "ATTACKS", "org:houthis") in events(nlp, text)
    # a choice left to a party, a right to nothing or in law, one's own people, a war with an
    # enemy named, a region the gazetteer does not know
    for text in (
        "Biden said it was up to Ukraine to set the terms of any peace deal.",
        "Blinken said it was up to Hamas to accept or reject the deal.",
        "Zelensky said Russia had the right to nothing in Ukraine.",
        "Peskov said Navalny had the right to appeal the verdict.",
        "Israeli Prime Minister Benjamin Netanyahu said Israelis have the right to live in peace.",
        "France's war in Mali against jihadists ended.",
        "Sudan's war in Darfur killed thousands.",
    ):
        assert not any(t in ("REQUESTS", "SUPPORTS", "ATTACKS") for _, t, _ in events(nlp, text)), (
            text
        )

"""Round 34: a pair of states told by another noun than "countries" ("the two neighbours", "both
capitals", "the nuclear-armed neighbours") is the pair the article told, as "both countries" was; and
judgments news copy words as regret, being troubled by or casting doubt on an act are
criticism or support of the act's actor. "RSF" alone is the Rapid Support Forces of Sudan's war; it
is Reporters Without Borders only where the article spells that name out. An enclave, exclave or
territory apposed to a place ("Ceuta, a Spanish enclave") places it in its state. The officer of a
generic ministry ("Russian Foreign Ministry spokeswoman") is the state's too, not of a named agency
("State Department spokesman"); one described by an occupation at a body ("a senior fellow at
Carnegie Europe", "who directs the Africa program at Chatham House") is the body's, not a guest's
or a state's envoy there. A body labelled with the body it belongs to ("the UN's World Food
Programme", "the Eastern Theater Command of the People's Liberation Army", "the U.N. Security
Council") is part of it, not a party's members in a chamber ("Senate Republicans"); an outlet's
credit line ("Fox News' Carla Mendoza and Peter Hale contributed to this report") makes the
reporters its own; a described body's title ("the agency's director general, Rafael Grossi") is
that body's; and an office the register gives a name from after the article's date is not his in
it. The negatives: regret of a loss names no one, and questioning suspects is no criticism. The
sentences are constructed after outlet copy (`corpus/outlets10`, `corpus/outlets9`,
`corpus/outlets7`).
"""

from datetime import date

from extraction_support import events
from spacy.language import Language

DAY = date(2025, 4, 25)
QUARREL = (
    "India suspended the Indus Waters Treaty with Pakistan on Wednesday, and Pakistan closed its "
    "airspace to Indian airlines in response. "
)
ENDING = "The Philippines has ended the Visiting Forces Agreement with the United States. "


def test_the_two_neighbours_are_the_pair_the_article_told(nlp: Language) -> None:
    for pair in ("the two neighbours", "the two nuclear-armed neighbours", "both capitals"):
        found = events(nlp, QUARREL + f"The United States urged {pair} to talk.", DAY)
        assert ("country:USA", "REQUESTS", "country:IND") in found, pair
        assert ("country:USA", "REQUESTS", "country:PAK") in found, pair


def test_a_regretted_move_is_criticism_of_its_actor(nlp: Language) -> None:
    text = ENDING + "Defense Secretary Mark Esper said he regretted the move."
    assert ("person:mark-esper", "CRITICIZES", "country:PHL") in events(nlp, text, DAY)


def test_being_troubled_by_an_arrest_is_criticism_of_the_arrester(nlp: Language) -> None:
    text = (
        "Russia arrested the Wall Street Journal reporter Evan Gershkovich on Thursday. "
        'Secretary of State Antony Blinken said he was "gravely troubled" by the arrest.'
    )
    found = events(nlp, text, date(2023, 3, 31))
    assert ("person:antony-blinken", "CRITICIZES", "country:RUS") in found
    assert ("person:antony-blinken", "SUPPORTS", "country:RUS") not in found


def test_rivals_and_cheering_are_not_read_for_states(nlp: Language) -> None:
    # the review's cases: "rivals" are persons and parties too; cheering an exit is no support
    text = (
        "Joe Biden and Donald Trump both vowed to get tough on China and Russia. The two rivals "
        "accused each other of weakness."
    )
    found = events(nlp, text, DAY)
    assert ("country:CHN", "ACCUSES", "country:RUS") not in found
    found = events(nlp, "Moscow cheered the resignation of Boris Johnson.", DAY)
    assert not any(t == "SUPPORTS" for _, t, _ in found)


def test_casting_doubt_on_an_operation_criticises_it(nlp: Language) -> None:
    text = "Venezuela cast doubt on the American operation."
    assert ("country:VEN", "CRITICIZES", "country:USA") in events(nlp, text, DAY)


def test_regret_of_a_loss_and_questioning_suspects_judge_no_one(nlp: Language) -> None:
    found = events(nlp, ENDING + "Japan said it regretted the loss of life.", DAY)
    assert not any(t == "CRITICIZES" for _, t, _ in found)
    found = events(nlp, "Police in Manila questioned Filipino suspects.", DAY)
    assert not any(t == "CRITICIZES" for _, t, _ in found)


def test_the_rsf_of_sudans_war_is_the_rapid_support_forces(nlp: Language) -> None:
    text = "The Sudanese army accused the RSF of attacking civilians in El Fasher."
    found = events(nlp, text, DAY)
    assert ("country:SDN", "ACCUSES", "org:rapid-support-forces") in found
    assert not any("org:reporters-without-borders" in (s, o) for s, _, o in found)


def test_an_article_that_spells_out_reporters_without_borders_keeps_its_rsf(
    nlp: Language,
) -> None:
    text = "Reporters Without Borders (RSF) condemned the arrest. RSF criticised Russia."
    found = events(nlp, text, DAY)
    assert ("org:reporters-without-borders", "CRITICIZES", "country:RUS") in found
    assert not any("org:rapid-support-forces" in (s, o) for s, _, o in found)


def test_an_enclave_or_territory_apposed_to_a_place_places_it_in_its_state(
    nlp: Language,
) -> None:
    text = "About 8,000 migrants crossed into Ceuta, a Spanish enclave in North Africa, on Monday."
    assert ("loc:ceuta", "LOCATED_IN", "country:ESP") in events(nlp, text, DAY)
    text = "Drones struck Kaliningrad, Russia's Baltic exclave, overnight."
    assert ("loc:kaliningrad", "LOCATED_IN", "country:RUS") in events(nlp, text, DAY)


def test_a_generic_ministrys_officer_is_the_states_too(nlp: Language) -> None:
    text = (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow welcomed any step "
        "toward peace."
    )
    found = events(nlp, text, DAY)
    assert ("person:maria-zakharova", "AFFILIATED_WITH", "country:RUS") in found
    # a bare "Foreign Ministry" tied to another state later in the article is not this one's
    text = (
        "At a regular news briefing in Beijing, Foreign Ministry spokesman Lin Jian accused the "
        "Philippines of lying. Japan's Foreign Ministry said Tokyo was concerned."
    )
    assert ("person:lin-jian", "AFFILIATED_WITH", "country:JPN") not in events(nlp, text, DAY)


def test_a_named_agency_keeps_its_officer_to_itself(nlp: Language) -> None:
    text = "State Department spokesman Ned Price said Washington wanted answers from Moscow."
    found = events(nlp, text, DAY)
    assert not any(s == "person:ned-price" and o.startswith("country:") for s, _, o in found)


def test_an_occupation_at_a_body_makes_one_its_own(nlp: Language) -> None:
    cases = [
        (
            '"The government has made its choice," Thomas de Waal, a senior fellow at '
            "Carnegie Europe, told CNN.",
            "person:thomas-de-waal",
        ),
        (
            '"Biden is making promises," said Alex Vines, who directs the Africa program at '
            "Chatham House in London.",
            "person:alex-vines",
        ),
    ]
    for text, person in cases:
        found = events(nlp, text, DAY)
        assert any(s == person and t == "AFFILIATED_WITH" for s, t, _ in found), text


def test_a_guest_or_a_states_envoy_at_a_body_is_not_its_own(nlp: Language) -> None:
    for text in (
        "Jane Doe, a guest at the World Economic Forum, praised China.",
        "Vassily Nebenzia, Russia's ambassador at the United Nations, rejected the claim.",
    ):
        found = events(nlp, text, DAY)
        assert not any(o.startswith("org:") for _, t, o in found if t == "AFFILIATED_WITH"), text


def test_a_body_labelled_with_the_body_it_belongs_to_is_part_of_it(nlp: Language) -> None:
    found = events(nlp, "The UN's World Food Programme said it hoped to resume deliveries.", DAY)
    assert any(t == "PART_OF" and o == "org:united-nations" for _, t, o in found)
    text = "The Eastern Theater Command of the People's Liberation Army said the drills had ended."
    found = events(nlp, text, DAY)
    assert any(t == "PART_OF" and "liberation-army" in o for _, t, o in found)
    text = "The United Nations Security Council met on Monday, and the United Nations said little."
    found = events(nlp, text, DAY)
    assert any(t == "PART_OF" and o == "org:united-nations" for _, t, o in found)


def test_a_party_in_a_chamber_or_two_bodies_side_by_side_are_no_parts(nlp: Language) -> None:
    for text in (
        "Senate Republicans blocked the bill on Tuesday.",
        "Amnesty International and Human Rights Watch have accused both sides of atrocities.",
        "The Native American Rights Fund's Jacqueline De León said the law was unfair.",
    ):
        assert not any(t == "PART_OF" for _, t, _ in events(nlp, text, DAY)), text


def test_an_outlets_credit_line_makes_its_reporters_its_own(nlp: Language) -> None:
    found = events(nlp, "Fox News' Carla Mendoza and Peter Hale contributed to this report.", DAY)
    assert ("person:carla-mendoza", "AFFILIATED_WITH", "org:fox-news") in found
    assert ("person:peter-hale", "AFFILIATED_WITH", "org:fox-news") in found
    found = events(nlp, "The Associated Press contributed to this report.", DAY)
    assert not any(t == "AFFILIATED_WITH" for _, t, _ in found)


def test_an_office_taken_after_the_article_is_not_his_in_it(nlp: Language) -> None:
    text = (
        "South Korea's main opposition Democratic Party denounced the discharge, and its leader, "
        "Lee Jae-myung, accused President Yoon Suk Yeol of failing to protect the public."
    )
    found = events(nlp, text, date(2023, 8, 24))
    assert ("person:lee-jae-myung", "LEADER_OF", "country:KOR") not in found
    assert ("person:yoon-suk-yeol", "LEADER_OF", "country:KOR") in found


def test_a_described_bodys_title_is_that_bodys(nlp: Language) -> None:
    text = (
        "Iran has rejected a resolution by the International Atomic Energy Agency. The agency's "
        "director general, Rafael Grossi, is expected to travel to Tehran later this week."
    )
    found = events(nlp, text, DAY)
    assert any(s == "person:rafael-grossi" and t == "LEADER_OF" for s, t, _ in found)
    text = (
        "Venezuela's National Electoral Council proclaimed Maduro the winner. The council's "
        "president, Elvis Amoroso, blamed the delay on a cyberattack."
    )
    found = events(nlp, text, date(2024, 7, 29))
    assert any(
        s == "person:elvis-amoroso" and t == "LEADER_OF" and "electoral" in o for s, t, o in found
    )
    assert not any(s == "person:elvis-amoroso" and o.startswith("country:") for s, _, o in found)


def test_the_reviews_false_owners_stay_unowned(nlp: Language) -> None:
    cases = [
        # a counterpart is not a member
        (
            "David Barnea, Israel's chief negotiator with Hamas, flew to Doha.",
            ("person:david-barnea", "AFFILIATED_WITH", "org:hamas"),
        ),
        # two bodies before a described owner: either's
        (
            "The EU sanctioned the Wagner Group, and its founder, Yevgeny Prigozhin, mocked the "
            "move.",
            ("person:yevgeny-prigozhin", "LEADER_OF", "org:european-union"),
        ),
        # the state an officer speaks of is not the officer's
        (
            "Japan's Foreign Ministry protested to Beijing. Foreign Ministry spokesman Lin Jian "
            "criticised Japan on Monday.",
            ("person:lin-jian", "AFFILIATED_WITH", "country:JPN"),
        ),
        # a reporter credited with another outlet is that outlet's
        (
            "CNN's Ivana Kottasova and the Washington Post's Karen DeYoung contributed to this "
            "report.",
            ("person:karen-deyoung", "AFFILIATED_WITH", "org:cnn"),
        ),
    ]
    for text, claim in cases:
        assert claim not in events(nlp, text, DAY), text


def test_a_un_agency_named_beside_the_un_does_not_take_its_initials(nlp: Language) -> None:
    text = "UNHCR said millions had fled Ukraine. The UN condemned Russia."
    found = events(nlp, text, DAY)
    assert ("org:united-nations", "CRITICIZES", "country:RUS") in found


def test_its_opening_a_sentence_is_the_last_sentences_actor(nlp: Language) -> None:
    text = (
        "Hezbollah fired rockets at northern Israel on Monday. Its leader, Naim Qassem, vowed to "
        "continue the attacks."
    )
    found = events(nlp, text, DAY)
    assert ("person:naim-qassem", "LEADER_OF", "org:hezbollah") in found
    text = (
        "The Kremlin said the talks were useful. Its spokesman, Dmitry Peskov, told reporters "
        "that Moscow was ready."
    )
    assert ("person:dmitry-peskov", "AFFILIATED_WITH", "country:RUS") in events(nlp, text, DAY)


def test_a_described_owner_yields_to_the_register(nlp: Language) -> None:
    text = (
        "The United States imposed new sanctions on Iran on Monday. Its foreign minister, Abbas "
        "Araghchi, condemned the move."
    )
    found = events(nlp, text, date(2025, 3, 3))
    assert ("person:abbas-araghchi", "AFFILIATED_WITH", "country:USA") not in found

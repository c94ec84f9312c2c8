"""Claims the extractor must not make from real sentences that look like a relation, beside the
right claims of the same sentences.

Sentences are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/); the article URL is given beside each one.
"""

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from extraction_support import claims_of, read_claims, triples
from spacy.language import Language

from geokg.graph.models import Article
from geokg.ingest.relations import extract_claims
from geokg.ingest.resolve import resolve

WIKINEWS = Path(__file__).resolve().parents[2] / "corpus" / "wikinews" / "wikinews-2019-2020.jsonl"


def _published_by(nlp: Language, text: str, publisher: str, day: datetime) -> set[tuple[str, ...]]:
    doc = nlp(text)
    article = Article(
        id="test",
        source=publisher,
        published_at=day,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        extractor_version="test",
    )
    return {(c.subject, c.type.value, c.object) for c in extract_claims(doc, resolve(doc), article)}


def _pairs(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}


def test_talking_with_a_news_outlet_or_its_reporter_is_no_consultation(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/European_Court_of_Justice_says_Facebook_must_remove_%27illegal%27_posts_globally
    text = (
        "Steve Peers of the University of Essex, speaking to BBC, said, \"If there's a court "
        "order to say that someone's been defamed, then Facebook has to also search for "
        'different variations of it".'
    )
    got = _pairs(nlp, text)
    assert not {c for c in got if c[1] == "NEGOTIATES_WITH"}
    assert ("person:steve-peers", "AFFILIATED_WITH", "org:university-of-essex") in got
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    text = (
        "Wikinews contacted campaign manager Steve Dasbach and deputy campaign manager Jess "
        "Mears about the incident."
    )
    assert not {c for c in triples(claims_of(nlp, text)) if c[1] == "NEGOTIATES_WITH"}
    # https://en.wikinews.org/wiki/Wikinews_interviews_Bill_Hammons,_Unity_Party_of_America_presidential_nominee
    # (a journalist of the outlet)
    text = (
        "Wikinews accredited reporter William S. Saturn reached out to Unity Party of America "
        "presidential nominee Bill Hammons."
    )
    assert not {c for c in triples(claims_of(nlp, text)) if c[1] == "NEGOTIATES_WITH"}
    # dev 07 (https://en.wikinews.org/wiki/UK_urges_US_to_waive_immunity_for_diplomat%27s_wife_involved_in_fatal_collision):
    # two officials speaking stays a consultation
    text = (
        "Foreign Secretary Dominic Raab urged the embassy to reconsider and spoke with US "
        "Secretary of State Mike Pompeo about the case."
    )
    got = _pairs(nlp, text)
    assert ("person:dominic-raab", "NEGOTIATES_WITH", "person:mike-pompeo") in got


def test_the_articles_own_publisher_is_an_outlet(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    # (the whole article, where the recogniser reads "Wikinews" as a person: "Cohen spoke to
    # Wikinews back in June", "With Wikinews, Jorgensen discusses her background")
    row = next(
        json.loads(line)
        for line in WIKINEWS.read_text(encoding="utf-8").splitlines()
        if "Wikinews_interviews_Jo_Jorgensen" in line
    )
    day = datetime.fromisoformat(row["published_at"]).replace(tzinfo=UTC)
    got = _published_by(nlp, row["content"], "Wikinews", day)
    assert not {c for c in got if c[1] == "NEGOTIATES_WITH"}
    assert ("person:jo-jorgensen", "SUPPORTS", "topic:gun-rights") in got
    assert ("org:libertarian-party", "SUPPORTS", "person:jo-jorgensen") in got
    # published by someone else, "Wikinews" is a person like any other
    other = _published_by(nlp, row["content"], "", day)
    assert {c for c in other if c[1] == "NEGOTIATES_WITH"}


def test_a_letter_an_award_or_votes_given_are_no_supplies(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Wikinews_discusses_DRM_and_DMCA_with_Richard_Stallman_after_GitHub_re-enables_public_access_to_youtube-dl
    cases = [
        "This move comes after Mitchell Stoltz, a Senior Staff Attorney of the Electronic "
        "Frontier Foundation (EFF), sent a letter to GitHub on the behalf of youtube-dl's "
        "maintainers.",
        # https://en.wikinews.org/wiki/Tributes_paid_to_recently_deceased_US_actor_Chadwick_Boseman
        'The audience was also shown a replay from the 2018 ceremony when Boseman gave his "Best '
        'Hero" award to James Shaw Jr. who disarmed a shooter at a restaurant in Tennessee.',
        # https://en.wikinews.org/wiki/Joe_Biden_projected_US_president-elect
        "Later in the day, the AP and NBC News also called Nevada for Biden, giving him an "
        "additional six electoral college votes.",
    ]
    # constructed after outlet copy: a chance is granted, not supplied
    cases.append("Zelensky said he would give Prime Minister Oleksiy Honcharuk a second chance.")
    for text in cases:
        assert not {c for c in triples(claims_of(nlp, text)) if c[1] == "SUPPLIES"}, text
    # https://en.wikinews.org/wiki/Samoan_government_ends_state_of_emergency_over_measles_outbreak
    text = "UNICEF reported they had delivered over 105 thousand doses of vaccine to Samoa by November 22."
    got = claims_of(nlp, text)
    assert [(c.subject, c.type.value, c.object) for c in got if c.type.value == "SUPPLIES"] == [
        ("org:unicef", "SUPPLIES", "country:WSM")
    ]


def test_a_person_attacked_for_on_or_as_something_is_criticised(nlp: Language) -> None:
    cases = {
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
        "Biden attacked Trump for the tweet, claiming he used it to distract from Lewis's "
        "funeral.": ("person:biden", "person:trump"),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
        "Trump attacked Drudge as a consistent Trump opponent and his campaign called for CNN to "
        "fire Lockhart.": ("person:trump", "person:drudge"),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
        "Democrats continued to attack Trump on his taxes.": ("group:democrats", "person:trump"),
    }
    for text, (s, o) in cases.items():
        got = _pairs(nlp, text)
        assert (s, "CRITICIZES", o) in got, text
        assert (s, "ATTACKS", o) not in got, text
    # https://en.wikinews.org/wiki/Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa
    # (a vessel attacked in late February is assaulted)
    text = (
        "Amateur researcher and systems engineer Yutaka Iwasaki of Kobe, Japan came across "
        "military records that showed a Japanese bomber had attacked a U.S. vessel in late "
        "February."
    )
    assert ("country:JPN", "ATTACKS", "country:USA", "asserted") in triples(claims_of(nlp, text))


def test_an_advisers_brief_is_part_of_the_title_not_an_organisation(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_June_2020
    text = (
        "At the time, Bottoms, former National Security Adviser Susan Rice, Congresswoman Val "
        "Demings, New Mexico governor Michelle Lujan Grisham, and Senators Kamala Harris and "
        "Elizabeth Warren were said to be on the shortlist."
    )
    claims, res = read_claims(nlp, text)
    assert not [n for n in res.nodes.values() if n.name == "National Security"]
    assert ("person:michelle-lujan-grisham", "LEADER_OF", "loc:new-mexico", "asserted") in triples(
        claims
    )
    # constructed extra: a named body before "adviser" stays its owner
    text = "Kremlin adviser Yuri Ushakov said the talks went well."
    assert ("person:yuri-ushakov", "AFFILIATED_WITH", "country:RUS", "asserted") in triples(
        claims_of(nlp, text)
    )


def test_a_person_coordinated_in_an_apposition_keeps_their_own_title(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_Supreme_Court_overturns_fraud_convictions_in_Kelly_v._United_States
    # (the parser hangs "Baroni" and his title under Kelly's; a deputy does not lead)
    text = (
        "Kelly, then-New Jersey Governor Chris Christie's deputy chief of staff, and Baroni, then "
        "the deputy executive director of the Port Authority of New York and New Jersey, were "
        "both previously convicted of fraud for their actions."
    )
    got = _pairs(nlp, text)
    assert ("person:baroni", "AFFILIATED_WITH", "org:port-authority-of-new-york") in got
    assert not {c for c in got if c[0] == "person:kelly"}
    assert not {c for c in got if c[1] == "LEADER_OF" and c[2].startswith("org:")}
    assert ("person:chris-christie", "LEADER_OF", "loc:new-jersey") in got


def test_a_deputy_or_the_head_of_a_portfolio_does_not_lead_the_owner(nlp: Language) -> None:
    cases = {
        # https://en.wikinews.org/wiki/Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78
        "Former CIA deputy director Michael Morell praised Mendez on Twitter.": (
            "person:michael-morell",
            "org:cia",
        ),
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
        "At Ballot Access News, AIP vice chairman Mark Seidenberg commented on the ticket.": (
            "person:mark-seidenberg",
            "org:aip",
        ),
        # https://en.wikinews.org/wiki/US_President_Trump_grants_eleven_people_clemency
        "Trump granted David Hossein Safavian, formerly the General Services Administration's "
        "chief of staff, a full and unconditional pardon.": (
            "person:david-hossein-safavian",
            "org:general-services-administration",
        ),
    }
    for text, (person, owner) in cases.items():
        got = _pairs(nlp, text)
        assert (person, "AFFILIATED_WITH", owner) in got, text
        assert (person, "LEADER_OF", owner) not in got, text
    # constructed extra: the head of the organisation still leads it
    text = (
        "Tedros Adhanom Ghebreyesus, the director-general of the World Health Organization, said "
        "the virus was spreading."
    )
    assert (
        "person:tedros-adhanom-ghebreyesus",
        "LEADER_OF",
        "org:world-health-organization",
    ) in _pairs(nlp, text)


def test_parties_agreeing_with_a_third_thing_do_not_agree_with_each_other(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Pierce called for an end to the War on Drugs, with which Hawkins and La Riva somewhat "
        "agreed."
    )
    assert not {c for c in _pairs(nlp, text) if c[1] == "AGREES_WITH"}
    # constructed extras: a bilateral agreement, and "with each other", still pair them
    for text in (
        "Armenia and Azerbaijan agreed to a ceasefire on Saturday.",
        "Israel and the United Arab Emirates agreed with each other to normalise relations.",
    ):
        assert {c for c in _pairs(nlp, text) if c[1] == "AGREES_WITH"}, text


def test_some_members_of_a_party_are_not_the_party(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss
    text = (
        "Other Republicans have broken with Trump and have urged him to move forward with the "
        "presidential transition, such as former New Jersey governor Chris Christie, who "
        'denounced the Trump legal team\'s claims as a "national embarrassment".'
    )
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    ranks = (
        "There may well be Never Trumpers from the ranks of Republicans who will not vote for "
        "Trump, but are galled by [the] thought of voting for loathsome Progressives/Socialists "
        "like Biden-Harris."
    )
    for sentence in (text, ranks):
        # the party named elsewhere still has its node
        for prefix in (
            "",
            "The United States is voting. ",
            # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
            "President Donald Trump, the Republican Party presidential nominee, spoke. ",
        ):
            got = _pairs(nlp, prefix + sentence)
            assert not {c for c in got if "republican" in c[0]}, (prefix, sentence)
            assert ("republican" in prefix.lower()) is any("republican" in c[2] for c in got)
            claims, res = read_claims(nlp, prefix + sentence)
            known = {e.id for e in res.entities()}
            assert all({c.subject, c.object} <= known for c in claims)
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020 (all of them)
    got = _pairs(nlp, "Democrats continued to attack Trump on his taxes.")
    assert ("group:democrats", "CRITICIZES", "person:trump") in got


def test_a_caption_credit_is_no_part_of_the_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Libertarian Party presidential nominee Jo Jorgensen spoke first.\n\n"
        "Jo JorgensenImage: Jo Jorgensen for President.\n\n"
        "Historian Darcy Richardson picked Knapp as his running mate.\n\n"
        "Thomas Knapp Image: Thomas Knapp."
    )
    _, res = read_claims(nlp, text)
    names = {e.name for e in res.entities()}
    assert {"Jo Jorgensen", "Thomas Knapp"} <= names
    assert not {n for n in names if "Image" in n}
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    text = (
        "AIP Vice Chairman Mark Seidenberg Image: AIP.\n\n"
        "At Ballot Access News, AIP vice chairman Mark Seidenberg commented on the nomination."
    )
    got = _pairs(nlp, text)
    assert ("person:mark-seidenberg", "AFFILIATED_WITH", "org:aip") in got
    assert not {c for c in got if "image" in c[0]}


def test_who_a_described_speaker_works_for_does_not_act_with_them(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress
    text = (
        "Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply "
        'criticized the House\'s decision, which Ross has referred to as "gamesmanship" and a '
        '"stunt".'
    )
    got = _pairs(nlp, text)
    assert not {c for c in got if c[0] == "person:trump"}
    assert {c for c in got if c[0] == "person:kerri-kupec" and c[1] == "CRITICIZES"}


def test_a_person_attacked_in_a_debate_is_criticised(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
    text = (
        'He said the "phony" and "nasty" Harris attacked Biden during Democratic debates and '
        "blasted her behavior during the Brett Kavanaugh Supreme Court confirmation hearing."
    )
    got = _pairs(nlp, text)
    assert ("person:harris", "CRITICIZES", "person:biden") in got
    assert ("person:harris", "ATTACKS", "person:biden") not in got


def test_a_holders_title_is_no_part_of_the_bodys_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/U.S._House_to_decide_on_submitting_articles_of_impeachment_to_Senate
    text = (
        "Yesterday, United States House of Representatives Speaker Nancy Pelosi confirmed a vote "
        "will be held today to decide whether to submit two articles of impeachment, passed "
        "against President Donald Trump, to the U.S. Senate. Additionally, the House must "
        "allocate money for the trial."
    )
    got = _pairs(nlp, text)
    house = "org:united-states-house-of-representatives"
    assert ("person:nancy-pelosi", "LEADER_OF", house) in got
    assert not {c for c in got if "speaker" in c[0] + c[2]}
    # https://en.wikinews.org/wiki/U.S._judge_orders_release_of_President_Trump%27s_tax_records,_appeals_court_issues_delay
    text = (
        "On Monday, United States District Court Judge Victor Marrero issued a ruling against "
        "President Donald Trump finding that New York City prosecutors could view his tax records "
        "after a subpoena issued by a grand jury."
    )
    got = _pairs(nlp, text)
    court = "org:united-states-district-court"
    assert ("person:victor-marrero", "AFFILIATED_WITH", court) in got
    assert not {c for c in got if "judge" in c[0] + c[2]}


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    text = (
        "Historian Darcy Richardson picked Knapp as his running mate for his 2016 campaign for "
        "the Reform Party's presidential nomination."
    )
    assert ("person:darcy-richardson", "SUPPORTS", "person:knapp") in _pairs(nlp, text)
    # https://en.wikinews.org/wiki/COVID-19_may_spread_like_flu,_say_scientists
    text = (
        "Immunologist Kristian Andersen of Scripps Research said, in response to the study, "
        '"This virus is clearly much more capable of spreading between humans than any other '
        "novel coronavirus we've ever seen.\""
    )
    _, res = read_claims(nlp, text)
    assert "Kristian Andersen" in {e.name for e in res.entities()}
    # a party's name is no occupation: "Socialist Party USA"
    _, res = read_claims(nlp, "Socialist Party USA nominated Howie Hawkins for president.")
    assert not {e.name for e in res.entities()} & {"Party USA"}


def test_a_title_begins_after_what_its_holder_has(nlp: Language) -> None:
    cases = {
        # https://en.wikinews.org/wiki/Wikinews_interviews_Don_Blankenship,_U.S._Constitution_Party_presidential_nominee
        "How does it compare to the leadership styles of President Donald Trump and former "
        "President Barack Obama?": {"person:donald-trump": "President"},
        # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
        "West backed away from his previous support for President Trump, expressing "
        "disappointment at reports Trump hid in the White House basement during riots.": {
            "person:donald-trump": "President"
        },
        # titles with "of" keep it: constructed after outlet copy
        "US Secretary of State Mike Pompeo met Chinese Minister of Foreign Affairs Wang Yi.": {
            "person:mike-pompeo": "Secretary of State",
            "person:wang-yi": "Minister of Foreign Affairs",
        },
    }
    for text, roles in cases.items():
        claims = claims_of(nlp, "The United States is voting. Donald Trump won. " + text)
        got = {
            c.subject: c.role for c in claims if c.type.value in ("LEADER_OF", "AFFILIATED_WITH")
        }
        for person, role in roles.items():
            assert got.get(person) == role, (text, got)

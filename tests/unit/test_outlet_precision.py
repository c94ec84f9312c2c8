"""Wrong claims found by judging the extractor on outlet copy it was never tuned to (issue 15),
each beside the right claim of the same sentence.

Every sentence here is constructed after outlet copy (Reuters, AP, AFP, Arab News, Washington
Post): paraphrased, names kept; no outlet text is copied.
"""

from datetime import date

from extraction_support import claims_of, read_claims, triples
from spacy.language import Language


def test_sanctions_that_target_banks_sanction_them(nlp: Language) -> None:
    # constructed after outlet copy (Law360, February 2022)
    text = (
        "On Tuesday President Joe Biden announced sanctions targeting the Russian state banks "
        "Vnesheconombank and Promsvyazbank."
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, date(2022, 2, 25)))}
    assert "ATTACKS" not in {t for _, t, _ in got}
    # the parser may read the bank as a person or an organisation: its name is what matters
    assert any(
        (s, t) == ("person:joe-biden", "SANCTIONS") and o.endswith(":vnesheconombank")
        for s, t, o in got
    )


def test_hitting_an_amount_of_goods_is_a_tariff_not_an_attack(nlp: Language) -> None:
    # constructed after outlet copy (Washington Post, July 2018)
    text = "Last month President Trump vowed to hit another $200 billion in Chinese goods."
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, date(2018, 7, 6)))}
    assert ("person:donald-trump", "ATTACKS", "country:CHN") not in got
    assert ("person:donald-trump", "SANCTIONS", "country:CHN") in got


def test_a_bare_congress_in_an_indian_article_is_the_indian_party(nlp: Language) -> None:
    # constructed after outlet copy (Arab News, March 2019)
    text = (
        "India's Congress Party launched its campaign on Tuesday in Gujarat, the home state of "
        "Prime Minister Narendra Modi. Rahul Gandhi, the president of the Congress, spoke at a "
        "rally in India."
    )
    claims, res = read_claims(nlp, text, date(2019, 3, 12))
    assert "org:us-congress" not in res.nodes
    assert ("person:rahul-gandhi", "LEADER_OF", "org:indian-national-congress") in {
        (c.subject, c.type.value, c.object) for c in claims
    }


def test_a_bare_congress_in_an_american_article_stays_the_us_congress(nlp: Language) -> None:
    # constructed after outlet copy (AP, January 2019)
    text = (
        "President Donald Trump asked Congress on Tuesday to fund a wall on the border of the "
        "United States. The United States Senate has not voted."
    )
    _, res = read_claims(nlp, text, date(2019, 1, 8))
    assert "org:us-congress" in res.nodes


def test_a_conflict_to_avoid_is_negated(nlp: Language) -> None:
    # constructed after outlet copy (AP, October 2019)
    text = (
        "President Donald Trump called on Turkey to avoid any actions that might risk conflict "
        "between Turkish and American forces."
    )
    got = triples(claims_of(nlp, text, date(2019, 10, 9)))
    attacks = {m for _, t, _, m in got if t == "ATTACKS"}
    assert attacks <= {"negated"}
    assert ("person:donald-trump", "REQUESTS", "country:TUR", "asserted") in got


def test_the_state_standing_with_a_president_is_not_his_state(nlp: Language) -> None:
    # constructed after outlet copy (Reuters, January 2019)
    # Maduro, named first, leads Venezuela: the United States was the sentence's one free state
    text = (
        "Venezuelan President Nicolas Maduro condemned the protests. "
        '"The United States stands with interim President Juan Guaidó and the people of '
        'Venezuela," Secretary of State Mike Pompeo said.'
    )
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, date(2019, 1, 30)))}
    assert ("person:juan-guaido", "LEADER_OF", "country:USA") not in got
    assert ("country:USA", "SUPPORTS", "person:juan-guaido") in got


def test_sayers_after_a_comma_are_not_the_last_object(nlp: Language) -> None:
    # constructed after outlet copy (Law360, February 2022)
    text = (
        "The U.S. imposed sanctions on Russian President Vladimir Putin over Russia's invasion of "
        "Ukraine, the White House and the U.S. Department of the Treasury said Friday."
    )
    claims, res = read_claims(nlp, text, date(2022, 2, 25))
    got = {(c.subject, c.type.value, c.object) for c in claims}
    assert ("country:RUS", "ATTACKS", "country:UKR") in got
    assert {o for s, t, o in got if t == "ATTACKS"} == {"country:UKR"}
    assert "United States Department of the Treasury" in {n.name for n in res.nodes.values()}


def test_an_office_is_not_given_to_an_ambiguous_pronoun(nlp: Language) -> None:
    # constructed after outlet copy (Reuters, November 2022)
    text = (
        "U.S. President Joe Biden spoke of Britain during his first meeting with Rishi Sunak "
        "since he became British prime minister."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2022, 11, 16))}
    assert ("person:joe-biden", "LEADER_OF", "country:GBR") not in got
    assert ("person:joe-biden", "LEADER_OF", "country:USA") in got


def test_leaders_summoned_for_talks_are_not_criticised(nlp: Language) -> None:
    # constructed after outlet copy (AP); the second sentence keeps the protest reading
    text = (
        "President Emmanuel Macron summoned the leaders of Germany and Italy for talks on Friday. "
        "Germany summoned the Russian ambassador on Monday."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2019, 3, 1))}
    assert not {(s, o) for s, t, o in got if t == "CRITICIZES"} & {
        ("person:emmanuel-macron", "country:DEU"),
        ("person:emmanuel-macron", "country:ITA"),
    }
    assert ("country:DEU", "CRITICIZES", "country:RUS") in got


def test_the_body_that_names_a_summit_meets_no_one(nlp: Language) -> None:
    # constructed after outlet copy (Reuters, November 2022)
    text = "Prime Minister Narendra Modi met US President Joe Biden at the G20 summit in Bali."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2022, 11, 15))}
    assert not {x for x in got if x[1] == "MEETS" and "org:g20" in (x[0], x[2])}
    assert {
        ("person:joe-biden", "MEETS", "person:narendra-modi"),
        (
            "person:narendra-modi",
            "MEETS",
            "person:joe-biden",
        ),
    } & got


def test_a_states_own_security_council_is_not_the_uns(nlp: Language) -> None:
    # constructed after outlet copy (Reuters via Devdiscourse, February 2025)
    text = (
        "Sergei Shoigu, the secretary of Russia's Security Council, held talks with Chinese "
        "Foreign Minister Wang Yi in Beijing."
    )
    claims, res = read_claims(nlp, text, date(2025, 2, 28))
    assert "org:un-security-council" not in res.nodes
    got = {(c.subject, c.type.value, c.object) for c in claims}
    assert ("org:security-council-of-russia", "PART_OF", "country:RUS") in got


def test_unveiled_tariffs_against_a_state_sanction_it(nlp: Language) -> None:
    # constructed after outlet copy (Washington Post, August 2019)
    text = "China unveiled retaliatory tariffs against the United States on Friday."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2019, 8, 23))}
    assert ("country:CHN", "SANCTIONS", "country:USA") in got
    assert not {x for x in got if x[1] == "SUPPORTS"}


def test_a_bodys_head_is_not_given_the_sentences_one_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020 (CC BY 2.5,
    # Wikinews contributors), shortened
    text = (
        "Fifty former intelligence officials, including former CIA directors John Brennan, "
        'Leon Panetta, and Michael Hayden, signed a letter saying the report "has all the '
        'classic earmarks of a Russian information operation."'
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text, date(2020, 10, 20))}
    assert not {x for x in got if x[1] == "LEADER_OF" and x[2] == "country:RUS"}

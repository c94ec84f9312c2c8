"""Titles read against the dated register of office holders, honorifics kept out of names and
PART_OF kept to what can be part of a state; on real sentences (Wikinews, CC BY 2.5, Wikinews
contributors: dev articles and corpus/wikinews; the sample article)."""

import json
from datetime import date
from pathlib import Path

import pytest
from extraction_support import read_claims as extract
from pydantic import ValidationError
from spacy.language import Language

from geokg.graph.models import Claim
from geokg.graph.ontology import Kind
from geokg.ingest.leaders import (
    Office,
    Register,
    by_title_and_name,
    holders,
    load_register,
    name_key,
    offices_of,
)
from geokg.ingest.relations import _Memory, _SentenceReader, load_lexicon
from geokg.ingest.resolve import resolve


def triples(claims: list[Claim]) -> set[tuple[str, str, str]]:
    return {(c.subject, c.type.value, c.object) for c in claims}


def person_names(nlp: Language, text: str) -> set[str]:
    res = resolve(nlp(text))
    return {e.name for e in res.entities() if e.kind is Kind.PERSON}


# ---- the register ------------------------------------------------------------------------


def test_register_covers_the_countries_in_the_news() -> None:
    countries = {o.country for o in load_register().entries}
    assert len(countries) >= 60
    assert {
        "USA",
        "RUS",
        "CHN",
        "GBR",
        "FRA",
        "DEU",
        "PRK",
        "KOR",
        "IRN",
        "ISR",
        "PSE",
        "TUR",
        "UKR",
        "VEN",
        "SYR",
        "SAU",
        "EGY",
        "IND",
        "BRA",
        "ZAF",
        "NGA",
        "IDN",
        "PHL",
    } <= countries
    assert all(o.source for o in load_register().entries)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"country": "XYZ"}, "XYZ"),
        ({"end": "1990-01-01"}, "before start"),
        ({"titel": "President"}, "titel"),
        ({"role": "mayor"}, "role"),
    ],
)
def test_a_bad_entry_is_an_error_that_names_it(change: dict[str, str], error: str) -> None:
    good = load_register().entries[0].model_dump(mode="json")
    Office.model_validate(good)
    with pytest.raises(ValidationError, match=error):
        Office.model_validate({**good, **change})


def test_overlapping_tenures_of_one_person_are_an_error() -> None:
    entry = load_register().entries[0].model_dump(mode="json")
    header = {"version": 1, "compiled": "2026-12-01", "cutoff": "2025-06-30", "about": "test"}
    with pytest.raises(ValidationError, match="overlapping"):
        Register.model_validate({**header, "entries": [entry, {**entry, "start": "1995-01-01"}]})


def test_one_name_holds_one_office_of_one_state_on_a_day() -> None:
    # "Defence Minister Akar" in 2020 is Turkey's Hulusi Akar: a surname alias shared with a
    # holder of the same office elsewhere on the same days (Lebanon's Zeina Akar) would leave the
    # title with two owners and no claim. Kim and Abdullah were shared before; the press names
    # the country with them.
    known = {frozenset({"kim"}), frozenset({"abdullah", "king abdullah"})}
    far = date(2100, 1, 1)
    entries = load_register().entries
    shared = []
    for i, a in enumerate(entries):
        forms_a = {name_key(f) for f in (a.name, *a.aliases)}
        for b in entries[i + 1 :]:
            if a.country == b.country or a.role is not b.role:
                continue
            if a.start < (b.end or far) and b.start < (a.end or far):
                common = frozenset(forms_a & {name_key(f) for f in (b.name, *b.aliases)})
                if common and common not in known:
                    shared.append((a.name, b.name, common))
    assert shared == []
    assert [o.country for o in by_title_and_name("Defence Minister", "Akar", date(2020, 6, 1))] == [
        "TUR"
    ]
    assert [o.country for o in by_title_and_name("Prime Minister", "Orban", date(2020, 6, 1))] == [
        "HUN"
    ]  # not Romania's Ludovic Orban, who has no surname alias


# corpus/wikinews, "Bombs kill at least 20 at cathedral in Mindanao, Philippines", 2019-01-28
# https://en.wikinews.org/wiki/Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines
JOLO = (
    'Twin bombings yesterday struck the Jolo Cathedral in Mindanao, Philippines. "We will use the '
    'full force of the law to bring to justice the perpetrators behind this incident," said Delfin '
    'Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act".'
)


def test_a_minister_of_a_state_beyond_the_major_powers_is_known(nlp: Language) -> None:
    claims, _ = extract(nlp, JOLO, date(2019, 1, 28))
    assert ("person:delfin-lorenzana", "AFFILIATED_WITH", "country:PHL") in triples(claims)
    assert [o.name for o in holders("CAN", "Foreign Minister", date(2019, 3, 1))] == [
        "Chrystia Freeland"
    ]
    assert [o.name for o in holders("JPN", "Defence Minister", date(2019, 3, 1))] == [
        "Takeshi Iwaya"
    ]
    assert [o.name for o in holders("CZE", "Prime Minister", date(2019, 3, 1))] == ["Andrej Babiš"]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # constructed (no corpus sentence has these long title forms before a name; TRT,
        # Anadolu and Asian outlets write them): "Affairs" and "Defence" are no part of the name
        (
            "Minister of Foreign Affairs Retno Marsudi said Indonesia would send aid to Gaza.",
            "person:retno-marsudi",
            "country:IDN",
        ),
        (
            "Minister of National Defence Władysław Kosiniak-Kamysz said Poland would buy tanks.",
            "person:wladyslaw-kosiniak-kamysz",
            "country:POL",
        ),
    ],
)
def test_long_forms_of_a_ministers_title(
    nlp: Language, text: str, person: str, country: str
) -> None:
    claims, _ = extract(nlp, text, date(2024, 3, 1))
    assert (person, "AFFILIATED_WITH", country) in triples(claims)


def test_title_name_and_date_single_out_one_holder() -> None:
    assert [o.name for o in by_title_and_name("President", "Maduro", date(2024, 3, 1))] == [
        "Nicolás Maduro"
    ]
    assert [
        o.country for o in by_title_and_name("Prime Minister", "Netanyahu", date(2019, 3, 1))
    ] == ["ISR"]
    assert [o.country for o in by_title_and_name("Chancellor", "Merkel", date(2019, 3, 1))] == [
        "DEU"
    ]
    assert (
        by_title_and_name("Prime Minister", "Netanyahu", date(2021, 9, 1)) == []
    )  # Bennett's year
    assert by_title_and_name("Deputy Prime Minister", "Netanyahu", date(2019, 3, 1)) == []
    assert [o.name for o in holders("USA", "President", date(2021, 1, 20))] == [
        "Joe Biden"
    ]  # inauguration day
    assert [o.name for o in holders("PRK", "leader", date(2019, 2, 27))] == ["Kim Jong Un"]
    assert [o.name for o in holders("RUS", "Foreign Minister", date(2019, 2, 27))] == [
        "Sergei Lavrov"
    ]
    assert [o.name for o in holders("GBR", "Foreign Secretary", date(2019, 10, 10))] == [
        "Dominic Raab"
    ]


# ---- titles in articles ------------------------------------------------------------------

# corpus/wikinews, "New Zealand mosque murder suspect appears in court", 2019-03-17
NZ = (
    "An Australian, Brenton Tarrant, aged 28, appeared in Christchurch District Court, New Zealand "
    "yesterday, charged with one count of murder pertaining to a mass shooting in Christchurch on "
    "Friday, which caused the death of at least 50 people. Prime Minister Ardern said at a press "
    "conference yesterday morning the gun laws should be changed."
)
# dev 07, 2019-10-10
W07 = (
    "On Monday, Prime Minister Boris Johnson joined the calls by United Kingdom officials asking the "
    "United States to waive diplomatic immunity for Anne Sacoolas."
)


def test_a_title_the_sentence_gives_no_country_leads_the_register_holders(nlp: Language) -> None:
    claims, res = extract(nlp, NZ, date(2019, 3, 17))
    assert ("person:jacinda-ardern", "LEADER_OF", "country:NZL") in triples(claims)
    assert res.name_of("person:jacinda-ardern") == "Jacinda Ardern"  # the register's full name
    assert "person:ardern" not in res.nodes  # one node, not two


def test_the_register_is_read_on_the_articles_date(nlp: Language) -> None:
    claims, res = extract(nlp, NZ, date(2024, 1, 1))  # Luxon's time: no holder called Ardern
    assert not [c for c in claims if c.type.value == "LEADER_OF"]
    assert "person:ardern" in res.nodes


def test_a_title_between_two_countries_goes_to_the_holders_one(nlp: Language) -> None:
    claims, _ = extract(nlp, W07, date(2019, 10, 10))
    assert ("person:boris-johnson", "LEADER_OF", "country:GBR") in triples(claims)
    assert ("person:boris-johnson", "LEADER_OF", "country:USA") not in triples(claims)
    # Cameron was Prime Minister: a bare surname is read on the day only; a full name holds the
    # title its holder held ("President Bill Clinton in 1998")
    claims, _ = extract(nlp, W07.replace("Boris Johnson", "Johnson"), date(2016, 1, 1))
    assert not [c for c in claims if c.type.value == "LEADER_OF"]


# corpus/wikinews, "UK Supreme Court rules prorogation of Parliament unlawful", 2019-09-24
UK = (
    "Today at 10:30 BST (0930 UTC), the Supreme Court of the United Kingdom issued a ruling on the "
    "prorogation of the Parliament of the United Kingdom until October 14. Queen Elizabeth II "
    "suspended parliament at the behest of Boris Johnson, the current prime minister, on September 10."
)
# dev 03, 2019-01-23
W03 = (
    "Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with "
    "Iran, which had been agreed under former US President Barack Obama."
)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # a title in apposition with no owner: the register holder's country
        (
            UK,
            date(2019, 9, 24),
            {
                ("person:boris-johnson", "LEADER_OF", "country:GBR"),
                ("person:elizabeth-ii", "LEADER_OF", "country:GBR"),
            },
        ),
        # a former leader keeps LEADER_OF, as the gold has it
        (
            W03,
            date(2019, 1, 23),
            {
                ("person:donald-trump", "LEADER_OF", "country:USA"),
                ("person:barack-obama", "LEADER_OF", "country:USA"),
            },
        ),
    ],
)
def test_titles_the_register_confirms(
    nlp: Language, text: str, day: date, expected: set[tuple[str, str, str]]
) -> None:
    claims, _ = extract(nlp, text, day)
    assert expected <= triples(claims)


def test_an_office_the_register_does_not_hold_is_not_second_guessed(nlp: Language) -> None:
    # AP, 2019-10-24: the register has South Korea's presidents, not its prime ministers
    text = (
        "South Korean Prime Minister Lee Nak-yon met Japanese Prime Minister Shinzo Abe in Tokyo."
    )
    claims, _ = extract(nlp, text, date(2019, 10, 24))
    assert {
        ("person:lee-nak-yon", "LEADER_OF", "country:KOR"),
        ("person:shinzo-abe", "LEADER_OF", "country:JPN"),
    } <= triples(claims)


def test_a_description_names_the_holder_the_article_has_not_named(nlp: Language) -> None:
    # the sample article, 2023-09-12, this sentence alone
    doc = nlp(
        "It’s a chance for the North Korean leader to get around crippling U.N. sanctions and "
        "years of diplomatic isolation."
    )
    res = resolve(doc)
    sent = next(iter(doc.sents))
    reader = _SentenceReader(sent, res, load_lexicon(), _Memory(published=date(2023, 9, 12)))
    leader = next(t for t in doc if t.lower_ == "leader")
    assert reader.entities(leader) == ["person:kim-jong-un"]
    assert res.name_of("person:kim-jong-un") == "Kim Jong Un"
    reader = _SentenceReader(
        sent, resolve(doc), load_lexicon(), _Memory(published=date(2010, 1, 1))
    )
    assert reader.entities(leader) == ["person:kim-jong-il"]


@pytest.mark.parametrize(
    ("text", "day", "person", "country"),
    [
        # Reuters and AP headlines of 2019-01-17
        (
            "North Korea's spy chief Kim Yong Chol arrived in Washington.",
            date(2019, 1, 17),
            "person:kim-yong-chol",
            "country:PRK",
        ),
        # corpus/wikinews, Ebola drugs, 2019-08-15: "Director General" is no general
        (
            "Professor Jean-Jacques Muyembe, Director General of the DRC's Institut National de "
            'Recherche Biomédicale that monitored the trial, said, "From now on, we will no longer '
            'say that Ebola is incurable."',
            date(2019, 8, 15),
            "person:jean-jacques-muyembe",
            "country:COD",
        ),
    ],
)
def test_a_title_that_is_not_the_countrys_lead_is_an_affiliation(
    nlp: Language, text: str, day: date, person: str, country: str
) -> None:
    claims, _ = extract(nlp, text, day)
    assert (person, "AFFILIATED_WITH", country) in triples(claims)
    assert (person, "LEADER_OF", country) not in triples(claims)


# ---- honorifics and ranks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered three days of public "
                "mourning after the strike."
            ),
            "Ali Hosseini Khamenei",
        ),  # dev 10
        ("She was sister of Grand Ayatollah Mousa Shubairi Zanjani.", "Mousa Shubairi Zanjani"),
        (
            (
                "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the Philippines, "
                "79, died early yesterday morning."
            ),
            "Dinualdo Gutierrez",
        ),
        (
            (
                "In a News.com.au report, Dr Gary Mortimer, retail expert from Queensland University of "
                "Technology, said the stores fill the stock every night."
            ),
            "Gary Mortimer",
        ),
        (
            (
                "Congressman Justin Amash and former Rhode Island governor and US Senator Lincoln Chafee are "
                "both reportedly considering runs."
            ),
            "Lincoln Chafee",
        ),
        (
            "They had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland "
            "Chinese government, to resign from her position.",
            "Carrie Lam",
        ),
        (
            'State Senator Patricia Ann Spearman remarked, "It\'s been a long, hard fight."',
            "Patricia Ann Spearman",
        ),
    ],
)
def test_honorifics_and_ranks_stay_out_of_names(nlp: Language, text: str, name: str) -> None:
    names = person_names(nlp, text)
    assert name in names
    assert not any(
        w in n.split()
        for n in names
        for w in (
            "Sayyid",
            "Grand",
            "Ayatollah",
            "Bishop",
            "Emeritus",
            "Dr",
            "Congressman",
            "Senator",
            "Executive",
        )
    )


def test_a_name_without_the_middle_names_is_the_same_person(nlp: Language) -> None:
    # corpus/wikinews, "British mathematician Richard K. Guy dies aged 103", 2020-03-12
    text = (
        "Richard Kenneth Guy, a British mathematician who has published over 300 papers in various "
        "mathematical fields, died on Monday at 103 years of age. In his personal time, Richard Guy "
        "practiced mountaineering."
    )
    assert person_names(nlp, text) == {"Richard Kenneth Guy"}


# ---- PART_OF -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "country"),
    [
        (
            (
                "Yesterday, oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit by "
                "multiple drone strikes in a pre-dawn raid."
            ),
            "org:saudi-aramco",
            "country:SAU",
        ),  # dev 06
        (
            (
                "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, "
                "in an airstrike."
            ),
            "org:quds-force",
            "country:IRN",
        ),  # dev 10
        (
            (
                "Brazil's National Institute for Space Research has reported there have been 85% more "
                "wildfires in Brazil in 2019 than there were in 2018."
            ),
            "org:national-institute-for-space-research",
            "country:BRA",
        ),  # dev 05
        (
            (
                "With the US encouraging commercial entities to cease trading in Iran, German firms "
                "including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced "
                "plans to pull out of the Middle Eastern nation."
            ),
            "org:siemens",
            "country:DEU",
        ),  # dev 03: a list under a labelled class noun
        (
            (
                "German migrant marine rescue charity Sea-Eye on Sunday renamed their ship after "
                "Alan Kurdi, a three-year-old Syrian child who drowned offshore of Turkey."
            ),
            "org:sea-eye",
            "country:DEU",
        ),  # https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
    ],
)
def test_state_bodies_and_companies_tied_to_a_country_are_part_of_it(
    nlp: Language, text: str, org: str, country: str
) -> None:
    claims, _ = extract(nlp, text, date(2019, 8, 24))
    assert (org, "PART_OF", country) in triples(claims)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following "
            "Turkish airstrikes from a camp at Ain Issa."
        ),  # dev 08
        "They called on Turkey to halt their drilling operations within the EEZ of Cyprus.",  # dev 11
    ],
)
def test_what_is_no_body_of_a_state_is_no_part_of_it(nlp: Language, text: str) -> None:
    claims, _ = extract(nlp, text, date(2019, 10, 15))
    assert not [c for c in claims if c.type.value == "PART_OF"]


def test_a_speaker_named_in_an_earlier_sentence_has_no_title_to_read(nlp: Language) -> None:
    # corpus/wikinews, "Greek Prime Minister reaffirms EastMed pipeline project", 2020-01-10:
    # "he said" is Mitsotakis, who has no words in this sentence; this used to raise ValueError.
    text = (
        "In his Tuesday live-streamed talk at the United States think tank Atlantic Council's "
        "Washington headquarters, Mitsotakis reaffirmed that the EastMed project, which currently "
        "involves Greece, Cyprus and Israel, is open for other countries to join. \"We don't seek "
        "to exclude anyone from energy cooperation in the Eastern Mediterranean provided they "
        'respect international law", he said, repeating his January 2 remarks made on the EastMed '
        "signing ceremony."
    )
    claims, _ = extract(nlp, text, date(2020, 1, 10))
    assert all(c.sentence_index in (0, 1) for c in claims)


# ---- names the NER misses or mislabels, and titles around them (corpus/wikinews) ----------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
            "Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the "
            "request of Prime Minister Boris Johnson to suspend Parliament for parts of September "
            "and October.",
            date(2019, 8, 29),
            ("person:elizabeth-ii", "LEADER_OF", "country:GBR"),
        ),
        (
            # https://en.wikinews.org/wiki/Thai_political_party_withdraws_nomination_of_princess_for_prime_minister
            "On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana "
            "Mahidol as their candidate for prime minister in response to a statement from her "
            "younger brother, King Maha Vajiralongkorn.",
            date(2019, 2, 10),
            ("person:maha-vajiralongkorn", "LEADER_OF", "country:THA"),
        ),
        (
            # https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27
            'President of Ukraine Volodymyr Zelenskyy said, "We expect from Iran assurances of '
            'their readiness for a full and open investigation".',
            date(2020, 1, 11),
            ("person:volodymyr-zelenskyy", "LEADER_OF", "country:UKR"),
        ),
        (
            # https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
            "Sea-Eye spokesperson Carlotta Weibl said \"The name 'Alan Kurdi' shall be a reminder "
            'of what our work is really about."',
            date(2019, 2, 11),
            ("person:carlotta-weibl", "AFFILIATED_WITH", "org:sea-eye"),
        ),
    ],
)
def test_titles_of_names_the_ner_misses_or_mislabels(
    nlp: Language, text: str, day: date, expected: tuple[str, str, str]
) -> None:
    claims, _ = extract(nlp, text, day)
    assert expected in triples(claims)


def test_the_register_names_a_leader_the_ner_calls_a_place(nlp: Language) -> None:
    names = person_names(nlp, "Erdogan, speaking in Ankara, slammed Greece for its policy.")
    assert "Erdogan" in names


def test_a_name_of_an_organisation_belongs_to_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline
    text = (
        'Member of Parliament (MP) Yvette Cooper of the Labour Party added, "Boris Johnson is '
        'trying to use the Queen to concentrate power in his own hands."'
    )
    claims, _ = extract(nlp, text, date(2019, 8, 29))
    assert ("person:yvette-cooper", "AFFILIATED_WITH", "org:labour-party") in triples(claims)


def test_a_name_the_ner_ran_a_place_into_holds_the_title_it_follows(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
    text = (
        "On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice "
        "President Joe Biden for president. Sanders had ended his campaign."
    )
    claims, _ = extract(nlp, text, date(2020, 4, 13))
    assert ("person:bernie-sanders", "SUPPORTS", "person:joe-biden") in triples(claims)


def test_an_office_of_a_state_the_title_does_not_name_is_the_articles_country(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage
    article = _wikinews("Gda%C5%84sk,_Poland_stabbed")
    claims, res = extract(nlp, article["content"], date(2019, 1, 14))
    got = triples(claims)
    assert res.focus_country() == "country:POL"
    assert (
        "person:joachim-brudzinski",
        "AFFILIATED_WITH",
        "country:POL",
    ) in got  # Interior Minister
    assert ("person:mariusz-ciarka", "AFFILIATED_WITH", "country:POL") in got  # Police spokesman


def test_a_national_office_named_by_its_title_alone_is_the_articles_country(
    nlp: Language,
) -> None:
    # Wikinews (Trump's COVID-19 diagnosis, October 2020): "In the event of Trump becoming
    # incapacitated, Vice President Mike Pence could take over the duties of president"; the
    # first sentences are ours, naming the country twice as such articles do
    text = (
        "The United States holds its election in November. Voters in the United States are "
        "divided. In the event of Trump becoming incapacitated, Vice President Mike Pence could "
        "take over the duties of president. A group "
        "of protesters surrounded Senator Rand Paul as he left. Former Vice President Joe Biden "
        "spoke in Delaware. Congresswoman Val Demings spoke in Florida. Vice President of Sales "
        "John Smith spoke in Ohio."
    )
    claims, res = extract(nlp, text, date(2020, 8, 25))
    got = {(s, o) for s, t, o in triples(claims) if t == "AFFILIATED_WITH"}
    assert res.focus_country() == "country:USA"
    assert ("person:mike-pence", "country:USA") in got
    assert ("person:rand-paul", "country:USA") in got
    assert ("person:joe-biden", "country:USA") in got  # a past office: "Former"
    assert ("person:val-demings", "country:USA") in got
    assert not {p for p, _ in got if "smith" in p}  # a company's vice president is no office


@pytest.mark.parametrize(
    ("text", "holder", "country", "no_office"),
    [
        # constructed after outlet copy on Venezuela, 2019
        (
            "Venezuela held protests. Venezuela's economy is weak. Opposition leader Juan Guaidó "
            "called for protests.",
            "person:juan-guaido",
            "country:VEN",
            None,
        ),
        # constructed after outlet copy; the register does not list home secretaries, and a
        # party's secretary holds no state office
        (
            "The United Kingdom voted. The United Kingdom left the EU. Home Secretary Priti "
            "Patel spoke in Dover. Party General Secretary John Doe spoke in Leeds.",
            "person:priti-patel",
            "country:GBR",
            "doe",
        ),
    ],
)
def test_an_opposition_leader_or_a_secretary_named_by_the_title_alone_is_the_articles_countrys(
    nlp: Language, text: str, holder: str, country: str, no_office: str | None
) -> None:
    claims, _ = extract(nlp, text, date(2020, 2, 1))
    got = {(s, o) for s, t, o in triples(claims) if t == "AFFILIATED_WITH"}
    assert (holder, country) in got
    if no_office is not None:
        assert not {s for s, _ in got if no_office in s}


def test_a_legislators_title_makes_him_a_member_of_the_articles_one_chamber(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Trump (its
    # sentences; the article names the Democratic Party in one we leave out)
    text = (
        "On Wednesday, the United States House of Representatives impeached President Donald "
        "Trump over complaints arising from an alleged abuse of power. The Democratic Party "
        "holds a majority in the House. Two Democratic "
        "Representatives, Collin Peterson and Jeff Van Drew, opposed both articles of "
        "impeachment."
    )
    claims, _ = extract(nlp, text, date(2019, 12, 19))
    house = "org:united-states-house-of-representatives"
    got = {(s, o) for s, t, o in triples(claims) if t == "AFFILIATED_WITH"}
    assert {("person:collin-peterson", house), ("person:jeff-van-drew", house)} <= got


@pytest.mark.parametrize(
    "text",
    [
        # a state's chamber is not Congress's
        "The United States criticized the Michigan House of Representatives. The United States "
        "is a federation. Democratic Congresswoman Val Demings criticized the move.",
        # an MP sits in no European Parliament
        "The United Kingdom criticized the European Parliament. The United Kingdom left the "
        "Union. Conservative MP Philip Hammond criticized the move.",
    ],
)
def test_a_legislator_is_no_member_of_a_chamber_below_or_above_his_state(
    nlp: Language, text: str
) -> None:
    claims, _ = extract(nlp, text, date(2020, 8, 1))
    members = {o for s, t, o in triples(claims) if t == "AFFILIATED_WITH"}
    assert not {o for o in members if "parliament" in o or "house-of-representatives" in o}
    assert members  # the title itself is read: its party


@pytest.mark.parametrize(
    "text",
    [
        # https://en.wikinews.org/wiki/Sultan_Qaboos_of_Oman_dies_aged_79 (its first sentence
        # shortened)
        "Sultan Qaboos bin Said of Oman died on Friday. Before Qaboos's burial at a family "
        "cemetery, his successor, Haitham bin Tariq Al Said, attended funeral prayers.",
        # constructed: the same with a name for the possessor, and with the verb
        "Sultan Qaboos bin Said of Oman died on Friday. Qaboos's successor Haitham bin Tariq Al "
        "Said attended funeral prayers.",
        "Sultan Qaboos bin Said of Oman died on Friday. Haitham bin Tariq Al Said, who "
        "succeeded Qaboos, attended funeral prayers.",
    ],
)
def test_the_successor_of_a_states_leader_leads_it(nlp: Language, text: str) -> None:
    claims, _ = extract(nlp, text, date(2020, 1, 11))
    assert ("person:haitham-bin-tariq-al-said", "LEADER_OF", "country:OMN") in triples(claims)


def test_a_successor_in_another_office_does_not_lead_the_state(nlp: Language) -> None:
    text = (
        "German Chancellor Angela Merkel met Emmanuel Macron. Friedrich Merz, Merkel's "
        "successor as party leader, visited Paris."
    )
    claims, _ = extract(nlp, text, date(2019, 1, 11))
    assert not {s for s, t, o in triples(claims) if t == "LEADER_OF" and "merz" in s}


def test_a_head_the_register_knows_by_full_name_leads_the_named_state_once(
    nlp: Language,
) -> None:
    # https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Trump
    text = (
        "On Wednesday, the United States House of Representatives impeached President Donald "
        "Trump. Bill Clinton was impeached in 1998, and Andrew Johnson in 1868. Joe Biden is "
        "running for president. Bill Clinton spoke."
    )
    claims, _ = extract(nlp, text, date(2019, 12, 19))
    led = [(c.subject, c.object) for c in claims if c.type.value == "LEADER_OF"]
    assert led.count(("person:bill-clinton", "country:USA")) == 1
    # a past leader is no one "the US leader" stands for today
    later = "Bill Clinton spoke. The US leader criticized Cuba."
    claims, _ = extract(nlp, text + " " + later, date(2019, 12, 19))
    assert ("person:bill-clinton", "CRITICIZES", "country:CUB") not in triples(claims)
    # Biden's presidency begins after the article's date
    assert not {s for s, _ in led if s == "person:joe-biden"}


def test_a_register_name_matches_from_its_first_word_or_to_its_last_in_order() -> None:
    assert [o.country for o in offices_of("Ali Hosseini Khamenei", None)] == ["IRN"]
    assert offices_of("Ayaan Hirsi Ali", None) == []  # not "Ben Ali" of Tunisia


def test_a_known_body_named_with_its_state_is_part_of_it(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_President_Trump_says_Osama_bin_Laden%27s_son_killed
    text = (
        "On July 31, multiple news outlets reported Hamza bin Laden to be dead citing sources "
        "within the United States Department of Defense. The US State Department described "
        'Hamza bin Laden in March of this year as an "emerging" figure in the Al-Qaeda '
        "organization."
    )
    claims, _ = extract(nlp, text, date(2019, 9, 15))
    got = triples(claims)
    assert ("org:united-states-department-of-defense", "PART_OF", "country:USA") in got
    assert ("org:united-states-department-of-state", "PART_OF", "country:USA") in got


def test_two_offices_before_a_name_each_find_their_owner(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Conservative_Party_wins_majority_in_2019_UK_general_election
    # (the second sentence; the first is ours, naming the country as the article's table does)
    text = (
        "The United Kingdom's Conservative Party won the general election. "
        'Conservative Party leader and Prime Minister Boris Johnson said he was "humbled" by the '
        "results."
    )
    claims, _ = extract(nlp, text, date(2019, 12, 16))
    got = triples(claims)
    assert ("person:boris-johnson", "LEADER_OF", "org:conservative-party") in got
    assert ("person:boris-johnson", "LEADER_OF", "country:GBR") in got


def test_a_heads_title_the_text_gives_stands_against_the_register(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Prime_Minister_of_Slovakia_Igor_Matovi%C4%8D_tests_positive_for_COVID-19
    text = (
        "Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on "
        "Friday announcing he had tested positive for COVID-19, and intended to isolate for ten "
        "days."
    )
    claims, _ = extract(nlp, text, date(2020, 10, 2))
    got = {(c.subject, c.type.value, c.object) for c in claims}
    assert ("person:igor-matovic", "LEADER_OF", "country:SVK") in got
    assert ("person:igor-matovic", "AFFILIATED_WITH", "country:SVK") not in got


def test_a_lawmakers_state_after_the_name_is_no_owner(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
    text = (
        'Republican committee member Doug Collins of Georgia said on Twitter, "Until the full '
        'House votes to authorize an inquiry, nobody is conducting a formal inquiry."'
    )
    claims, _ = extract(nlp, text, date(2019, 9, 25))
    assert not [c for c in claims if c.object == "country:GEO"]


# https://en.wikinews.org/wiki/New_South_Wales_decriminalizes_abortion (2019-09-27)
ABBOTT = (
    "New South Wales in Australia decriminalized abortion. "
    'Former prime minister Tony Abbott said, "It is a license for sex-selection abortions."'
)
# https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020 (2020-09-30)
OBAMA = (
    "In the United States, political commentators see similarities to the questions posed about "
    "the citizenship and eligibility of President Barack Obama from those termed Birthers."
)


def test_a_past_holder_known_by_full_name_led_the_state_he_led(nlp: Language) -> None:
    claims, _ = extract(nlp, ABBOTT, date(2019, 9, 27))
    assert ("person:tony-abbott", "LEADER_OF", "country:AUS") in triples(claims)
    claims, _ = extract(nlp, OBAMA, date(2020, 9, 30))
    assert ("person:barack-obama", "LEADER_OF", "country:USA") in triples(claims)


def test_a_past_title_is_no_title_of_the_holder_on_the_day(nlp: Language) -> None:
    # "Former prime minister Ardern" in 2019 names no one: Ardern then held the office, and a
    # past title needs the holder's full name
    claims, _ = extract(
        nlp, "New Zealand votes. Former prime minister Ardern spoke on Monday.", date(2019, 3, 17)
    )
    assert not [c for c in claims if c.type.value == "LEADER_OF"]


def test_a_body_named_in_the_title_is_what_the_holder_heads(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
    text = (
        "Democratic committee chairman Jerrold Nadler of New York has repeatedly maintained an "
        "impeachment inquiry is what the committee is already doing."
    )
    claims, _ = extract(nlp, text, date(2019, 9, 25))
    assert not [c for c in claims if c.type.value == "LEADER_OF"]


def test_an_opposition_leader_is_affiliated_with_the_state_not_its_leader(nlp: Language) -> None:
    # the dev corpus convention (corpus/dev/README.md): "opposition leader of X" is an affiliation
    claims, _ = extract(
        nlp, "Russian opposition leader Alexei Navalny died in prison.", date(2024, 2, 16)
    )
    assert ("person:alexei-navalny", "AFFILIATED_WITH", "country:RUS") in triples(claims)
    assert ("person:alexei-navalny", "LEADER_OF", "country:RUS") not in triples(claims)


# https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister
HUNT = (
    "The United Kingdom is to have a new Prime Minister. Johnson competed for the role against "
    "Jeremy Hunt, who succeeded him as Foreign Secretary, the United Kingdom's chief diplomat."
)
# https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020
IF_BIDEN = (
    "In the United States, Trump countered that Biden would have lost even more if he were "
    "president due to his opposition to the travel ban from China."
)


def test_an_office_taken_by_a_verb_belongs_where_the_register_has_it(nlp: Language) -> None:
    claims, _ = extract(nlp, HUNT, date(2019, 7, 24))
    assert ("person:jeremy-hunt", "AFFILIATED_WITH", "country:GBR") in triples(claims)
    claims, _ = extract(nlp, IF_BIDEN, date(2020, 10, 29))
    assert not [c for c in claims if c.type.value == "LEADER_OF"]  # only supposed


def test_a_name_in_apposition_to_its_title_after_a_comma(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27
    text = (
        "Iran launched missiles targeting US troops in Iraqi military bases in response to the US "
        "airstrike that killed Iranian general, Qasem Soleimani at a Baghdad airport."
    )
    claims, _ = extract(nlp, text, date(2020, 1, 13))
    assert ("person:qasem-soleimani", "AFFILIATED_WITH", "country:IRN") in triples(claims)


@pytest.mark.parametrize(
    ("text", "place", "container"),
    [
        (  # https://en.wikinews.org/wiki/Fire_kills_nine,_injures_dozens_in_Chittagong,_Bangladesh_slum
            "A fire yesterday morning destroyed at least 200 makeshift homes in a slum in "
            "Chittagong, a port city in Bangladesh.",
            "loc:chittagong",
            "country:BGD",
        ),
        (  # https://en.wikinews.org/wiki/Fur_fans_flock_to_Toronto%27s_Furnal_Equinox_2019
            "From March 15 to 17, the Canadian city of Toronto played host to the tenth Furnal "
            "Equinox, an annual event dedicated to the furry fandom.",
            "loc:toronto",
            "country:CAN",
        ),
        (  # https://en.wikinews.org/wiki/COVID-19_may_spread_like_flu,_say_scientists
            "Scientists studying patients in Zhuhai in China's Guangdong Province reported that "
            "the virus may spread like flu.",
            "loc:zhuhai",
            "country:CHN",
        ),
    ],
)
def test_a_place_the_text_puts_inside_another(
    nlp: Language, text: str, place: str, container: str
) -> None:
    claims, _ = extract(nlp, text)
    assert (place, "LOCATED_IN", container) in triples(claims)


def test_a_named_district_is_no_class_noun_of_its_state(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/US_President_Trump_grants_eleven_people_clemency
    text = "Pogue was convicted of submitting a false tax return in 2010 in the Eastern District of Texas."
    claims, _ = extract(nlp, text)
    assert not [c for c in claims if c.type.value == "LOCATED_IN"]


def test_a_holder_the_ner_ran_into_the_titles_place(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful
    text = (
        "The Court of Session in Scotland ruled on Wednesday. First Minister of Scotland Nicola "
        "Sturgeon said via Twitter, \"Today's Court of Session judgment is of huge constitutional "
        'significance."'
    )
    claims, res = extract(nlp, text, date(2019, 9, 13))
    assert ("person:nicola-sturgeon", "LEADER_OF", "loc:scotland") in triples(claims)
    # an organisation's last words are no person when no place comes first
    claims, res = extract(nlp, "He was also an original director of the Number Theory Foundation.")
    assert not [e for e in res.entities() if e.kind is Kind.PERSON and "Theory" in e.name]


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (  # https://en.wikinews.org/wiki/World_Health_Organization_names_new_coronavirus_COVID-19
            "The World Health Organization named the disease. WHO director-general Tedros Adhanom "
            "Ghebreyesus said the name had to be easy to say.",
            date(2020, 2, 14),
            ("person:tedros-adhanom-ghebreyesus", "LEADER_OF", "org:world-health-organization"),
        ),
        (  # https://en.wikinews.org/wiki/Thai_political_party_withdraws_nomination_of_princess_for_prime_minister
            "Thailand votes in March. A military coup removed then-prime-minister Thaksin "
            "Shinawatra in 2006.",
            date(2019, 2, 11),
            ("person:thaksin-shinawatra", "LEADER_OF", "country:THA"),
        ),
    ],
)
def test_hyphenated_titles_are_one_title(
    nlp: Language, text: str, day: date, expected: tuple[str, str, str]
) -> None:
    claims, _ = extract(nlp, text, day)
    assert expected in triples(claims)


def test_a_title_the_ner_ran_into_a_place_or_a_two_word_title(nlp: Language) -> None:
    # No corpus article names King Charles or a crown prince: written after the press's phrasing.
    claims, _ = extract(nlp, "Britain's King Charles visited Kenya.", date(2023, 10, 31))
    assert ("person:charles-iii", "LEADER_OF", "country:GBR") in triples(claims)
    # an heir is of his state, not its leader (as every outlet set's gold has "Crown Prince"),
    # until the register makes him its head of government (prime minister from 2022-09-27)
    claims, _ = extract(nlp, "Saudi Crown Prince Mohammed bin Salman met Biden.", date(2022, 7, 15))
    assert ("person:mohammed-bin-salman", "AFFILIATED_WITH", "country:SAU") in triples(claims)
    assert ("person:mohammed-bin-salman", "LEADER_OF", "country:SAU") not in triples(claims)
    claims, _ = extract(nlp, "Saudi Crown Prince Mohammed bin Salman met Biden.", date(2023, 7, 15))
    assert ("person:mohammed-bin-salman", "LEADER_OF", "country:SAU") in triples(claims)
    # a place or building named after a title keeps its name
    _, res = extract(nlp, "Canada's Prince Edward Island and King County voted on Monday.")
    assert not [e for e in res.entities() if e.kind is Kind.PERSON]


def test_a_leaders_aide_serves_the_state_he_leads(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump
    text = (
        "President Trump flew over the rally in the United States capital. Another former Trump "
        "adviser, Sebastian Gorka, also spoke in the rally."
    )
    claims, _ = extract(nlp, text, date(2020, 12, 15))
    assert ("person:sebastian-gorka", "AFFILIATED_WITH", "country:USA") in triples(claims)
    # constructed after the ONTOLOGY's Peskov example, and a state office beside its leader
    claims, _ = extract(
        nlp,
        "Russia warned the West. Putin's spokesman, Dmitry Peskov, said Putin and Defence "
        "Minister Sergei Shoigu had met.",
        date(2022, 3, 1),
    )
    assert ("person:dmitry-peskov", "AFFILIATED_WITH", "country:RUS") in triples(claims)
    assert ("person:sergei-shoigu", "AFFILIATED_WITH", "country:RUS") in triples(claims)
    # a lawmaker beside a leader is not his aide
    claims, _ = extract(
        nlp, "In the United States, Biden and Senator Bernie Sanders campaigned.", date(2020, 3, 4)
    )
    assert ("person:bernie-sanders", "AFFILIATED_WITH", "country:USA") not in triples(claims)


def _wikinews(fragment: str) -> dict[str, str]:
    corpus = (
        Path(__file__).resolve().parents[2] / "corpus" / "wikinews" / "wikinews-2019-2020.jsonl"
    )
    return next(
        json.loads(line)
        for line in corpus.read_text(encoding="utf-8").splitlines()
        if fragment in line
    )


def test_a_head_before_the_registers_years_leads_the_articles_country(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86
    article = _wikinews("Former_president_of_France_Jacques_Chirac")
    claims, res = extract(nlp, article["content"], date(2019, 9, 26))
    got = triples(claims)
    assert res.focus_country() == "country:FRA"
    assert ("person:francois-mitterrand", "LEADER_OF", "country:FRA") in got
    # "Assembly president Richard Ferrand": a president of something else
    assert ("person:richard-ferrand", "LEADER_OF", "country:FRA") not in got


def test_only_a_heads_title_alone_leads_the_articles_country(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Wikinews_interviews_Jo_Jorgensen,_U.S._Libertarian_Party_presidential_nominee
    # (the Tobin sentence; the sentences naming the country around it are constructed):
    # founders and directors lead no state
    text = (
        "The United States election is in November. United States voters will choose. "
        "Free and Equal Elections Foundation founder and director Christina Tobin moderated "
        "both debates. The United States has two big parties."
    )
    claims, _ = extract(nlp, text, date(2020, 10, 9))
    # the foundation, a node of its own, is what she leads
    assert not {t for t in triples(claims) if t[1] == "LEADER_OF" and t[2] == "country:USA"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a leader named beside a national title does not own it
        ("Russian President Vladimir Putin and Senator Rand Paul met in Moscow.", "rand-paul"),
        # a foreign politician in news of another state: a place of his own in the sentence
        (
            "Venezuela's crisis deepened. Venezuela's army stayed loyal to Nicolas Maduro. Vice "
            "President Mike Pence met opposition figures in Bogota on Monday.",
            "mike-pence",
        ),
        # an owner after the name: a party's officer
        (
            "Iran protested. Iran's economy shrank. National Secretary Jon Lansman of Momentum "
            "criticized Labour.",
            "jon-lansman",
        ),
        # the register's names whole: a son, a namesake
        ("Donald Trump Jr. criticized the United States media on Monday.", "trump-jr"),
        ("Maryam Nawaz Sharif led a protest in Pakistan on Monday.", "maryam"),
        # a successor hoped for or only possible is none
        (
            "Iran's President Hassan Rouhani spoke. Rouhani's potential successor, Ebrahim "
            "Raisi, criticized the United States.",
            "raisi",
        ),
        (
            "German Chancellor Angela Merkel spoke. Armin Laschet hopes to succeed Merkel in "
            "Germany.",
            "laschet",
        ),
        # another state's chamber, and a former member
        (
            "The United States Senate voted on Monday. Philippine Senator Leila de Lima "
            "criticized the vote.",
            "senate",
        ),
        ("The Senate voted on Iran. Former Senator Joe Lieberman criticized Iran.", "senate"),
    ],
)
def test_titles_and_the_register_give_no_office_the_text_does_not(
    nlp: Language, text: str, wrong: str
) -> None:
    # found by review of round 20 (constructed sentences)
    claims, _ = extract(nlp, text, date(2020, 1, 5))
    offices = {(s, o) for s, t, o in triples(claims) if t in ("LEADER_OF", "AFFILIATED_WITH")}
    assert not {(s, o) for s, o in offices if wrong in s or wrong in o and "senate" in o}


@pytest.mark.parametrize(
    "text",
    [
        # https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation
        "Joe Biden is a leading candidate for the Democratic nomination for the 2020 "
        "presidential election.",
        # https://en.wikinews.org/wiki/Elizabeth_Warren_endorses_Joe_Biden_in_2020_United_States_presidential_election
        "In Joe Biden's campaign for the Democratic Party nomination, he released plans.",
        # constructed
        "Joe Biden ran for the Democratic Party nomination in 1988.",
        "Joe Biden won the Democratic nomination in 2020.",
    ],
)
def test_who_seeks_or_wins_a_partys_nomination_is_the_partys(nlp: Language, text: str) -> None:
    claims, _ = extract(nlp, "The Democratic Party held primaries. " + text, date(2020, 3, 1))
    assert ("person:joe-biden", "AFFILIATED_WITH", "org:democratic-party") in triples(claims)


def test_losing_a_nomination_to_another_is_no_candidacy_of_the_winner(nlp: Language) -> None:
    text = "The Democratic Party held primaries. Bernie Sanders lost the nomination to Joe Biden."
    claims, _ = extract(nlp, text, date(2020, 3, 1))
    assert not {s for s, t, o in triples(claims) if t == "AFFILIATED_WITH" and "biden" in s}

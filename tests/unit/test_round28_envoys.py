"""States behind envoys and bodies, read in round 28: summoning a named envoy criticises the
state that sent the envoy; a body named by its kind alone after a state's possessive ("China's
Foreign Ministry") is that state's own node. The sentences are constructed after outlet copy
(`corpus/outlets2`, `corpus/outlets4`).
"""

from datetime import date

from extraction_support import claims_of, read_claims, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def test_summoning_a_named_envoy_criticises_the_state_that_sent_them(nlp: Language) -> None:
    for text, subject, state in (
        (
            "Poland's Foreign Ministry summoned Ukraine's ambassador, Vasyl Zvarych, that evening "
            'to lodge what it called a "strong protest."',
            "country:POL",  # a state's ministry acts for it (round 46)
            "country:UKR",
        ),
        (
            "China summoned the Japanese ambassador, Hideo Tarumi, on Friday.",
            "country:CHN",
            "country:JPN",
        ),
    ):
        got = {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "CRITICIZES"}
        assert got == {(subject, state)}, (text, got)
    # each envoy's own state
    text = (
        "China summoned the Philippine ambassador, Jaime FlorCruz, and the Japanese ambassador, "
        "Hideo Tarumi."
    )
    got = {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "CRITICIZES"}
    assert got == {("country:CHN", "country:PHL"), ("country:CHN", "country:JPN")}


def test_a_summoned_person_who_is_no_envoy_stays_the_one_criticised(nlp: Language) -> None:
    got = triples(claims_of(nlp, "Moscow summoned Josep Borrell, the EU's top diplomat.", DAY))
    assert {o for _, t, o, _ in got if t == "CRITICIZES"} <= {"person:josep-borrell"}


def test_two_states_foreign_ministries_are_two_nodes(nlp: Language) -> None:
    ids = set()
    for text in (
        "China's Foreign Ministry said the meeting violated the one-China principle.",
        "Poland's Foreign Ministry summoned Ukraine's ambassador on Monday.",
    ):
        _, res = read_claims(nlp, text, DAY)
        found = [n for n in res.nodes.values() if n.name == "Foreign Ministry"]
        assert len(found) == 1, text
        ids.add(found[0].id)
    assert ids == {"org:foreign-ministry-of-china", "org:foreign-ministry-of-poland"}


def test_two_states_ministries_in_one_article_and_a_demonym_name(nlp: Language) -> None:
    _, res = read_claims(
        nlp,
        "China's Foreign Ministry said the meeting violated the one-China principle. Japan's "
        "Foreign Ministry said it would lodge a protest with Beijing. The Ukrainian Foreign "
        "Ministry said nothing.",
        DAY,
    )
    assert {res.part_of.get(i) for i in res.nodes if i.startswith("org:foreign-ministry")} == {
        "country:CHN",
        "country:JPN",
        "country:UKR",
    }
    assert "org:foreign-ministry" not in res.nodes


def sanctions(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "SANCTIONS"}


def test_calling_an_envoy_home_from_a_post_sanctions_the_host(nlp: Language) -> None:
    for text, pairs in (
        (
            "Sweden faced protests. Morocco recalled its ambassador in Stockholm for "
            "consultations.",
            {("country:MAR", "country:SWE")},
        ),
        (
            "France recalled its ambassadors to the United States and Australia.",
            {("country:FRA", "country:USA"), ("country:FRA", "country:AUS")},
        ),
        # home is no post, nor a body's seat; remembering an envoy or a former one is no recall
        ("France recalled its ambassador to Paris for consultations.", set()),
        ("Hungary recalled its ambassador to the EU in Brussels.", set()),
        ("Hollande recalled the US ambassador in Moscow, William Burns, as a shrewd man.", set()),
        ("Israel recalled its former ambassador to Turkey to testify.", set()),
    ):
        assert sanctions(nlp, text) == pairs, text


def test_part_of_the_aid_paused_is_aid_paused(nlp: Language) -> None:
    got = sanctions(
        nlp, "The UK and Germany have also paused some of their aid to Rwanda over the fighting."
    )
    assert got == {("country:GBR", "country:RWA"), ("country:DEU", "country:RWA")}


def test_air_raids_abroad_attack_the_state_they_fall_in(nlp: Language) -> None:
    got = triples(claims_of(nlp, "Pakistan carried out air raids in Afghanistan on Monday.", DAY))
    assert ("country:PAK", "ATTACKS", "country:AFG", "asserted") in got
    for text in (
        "Indian police carried out raids in Kashmir.",
        "Pakistan's army carried out air raids in North Waziristan.",
    ):
        got = triples(claims_of(nlp, text, DAY))
        assert not {t for t in got if t[1] == "ATTACKS"}, text

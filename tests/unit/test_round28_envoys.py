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
            "org:poland-foreign-ministry",
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
    assert ids == {"org:china-foreign-ministry", "org:poland-foreign-ministry"}


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
        # home is no post
        ("France recalled its ambassador to Paris for consultations.", set()),
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
    got = triples(claims_of(nlp, "Indian police carried out raids in Kashmir.", DAY))
    assert not {t for t in got if t[1] == "ATTACKS"}

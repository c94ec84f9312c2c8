"""Delegations read in round 28: one state's ministers who hold talks somewhere visit it but
do not meet one another, and leading a state's side or delegation is no leadership of the
state. The sentences are constructed after outlet copy (`corpus/outlets4`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def test_one_states_delegation_visits_but_does_not_meet_itself(nlp: Language) -> None:
    got = triples(
        claims_of(
            nlp,
            "Foreign Minister Hakan Fidan, Defence Minister Yasar Guler and intelligence chief "
            "Ibrahim Kalin held talks in Baghdad in March.",
            DAY,
        )
    )
    assert not {t for t in got if t[1] == "MEETS"}
    assert ("person:hakan-fidan", "VISITS", "loc:baghdad", "asserted") in got


def test_two_states_ministers_still_meet(nlp: Language) -> None:
    got = triples(
        claims_of(
            nlp,
            "Turkish Foreign Minister Hakan Fidan and his Greek counterpart Giorgos Gerapetritis "
            "held talks in Athens.",
            DAY,
        )
    )
    assert ("person:giorgos-gerapetritis", "MEETS", "person:hakan-fidan", "asserted") in got


def test_leading_a_side_or_a_delegation_leads_no_state(nlp: Language) -> None:
    got = triples(
        claims_of(
            nlp,
            "White House special envoy Steve Witkoff led the U.S. side, while Iranian Foreign "
            "Minister Abbas Araghchi headed Tehran's delegation.",
            DAY,
        )
    )
    assert not {t for t in got if t[1] == "LEADER_OF"}
    got = triples(claims_of(nlp, "Putin has led Russia since 2000.", DAY))
    assert ("person:putin", "LEADER_OF", "country:RUS", "asserted") in got


def test_colleagues_who_meet_at_home_and_a_guest_of_a_body_still_meet(nlp: Language) -> None:
    got = triples(
        claims_of(
            nlp,
            "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin met at the "
            "Pentagon.",
            DAY,
        )
    )
    assert {t for t in got if t[1] == "MEETS"}
    got = triples(
        claims_of(
            nlp,
            "Secretary of State Antony Blinken, Defense Secretary Lloyd Austin and IAEA chief "
            "Rafael Grossi met in Vienna.",
            DAY,
        )
    )
    assert {(s, o) for s, t, o, _ in got if t == "MEETS" and "rafael-grossi" in s + o}


def test_a_delegation_headed_by_someone_leads_no_state(nlp: Language) -> None:
    got = triples(claims_of(nlp, "The Russian delegation was headed by Vladimir Medinsky.", DAY))
    assert not {t for t in got if t[1] == "LEADER_OF"}

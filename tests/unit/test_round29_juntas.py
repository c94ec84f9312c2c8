"""A junta told by its state's military and generals (round 29): in an article that calls one
state's rulers a junta, "the military" and "the generals" are that junta, as the outlet gold
reads them; another state's military is not. The sentences are constructed after outlet copy
(`corpus/outlets`, `corpus/outlets5`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)

MYANMAR = (
    "ASEAN said it would exclude the leader of Myanmar's military junta from its summit. "
    "The United States and Canada have imposed sanctions on the generals since the coup. "
    "The State Department urged the military to release political prisoners."
)


def test_the_military_and_the_generals_of_a_junta_are_the_junta(nlp: Language) -> None:
    got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, MYANMAR, DAY))}
    assert ("country:USA", "SANCTIONS", "group:myanmar-junta") in got
    assert ("org:united-states-department-of-state", "REQUESTS", "group:myanmar-junta") in got
    assert ("country:USA", "SANCTIONS", "country:MMR") not in got
    assert ("org:united-states-department-of-state", "REQUESTS", "country:MMR") not in got


def test_another_states_military_is_not_the_junta(nlp: Language) -> None:
    got = {
        (s, t, o)
        for s, t, o, _ in triples(
            claims_of(
                nlp,
                "The junta in Niger expelled the French ambassador. The French military accused "
                "the junta of betrayal.",
                DAY,
            )
        )
    }
    assert ("country:FRA", "ACCUSES", "group:nigerien-junta") in got
    assert not any(s == o for s, _, o in got)


def test_a_military_with_no_junta_told_is_its_states(nlp: Language) -> None:
    got = {
        (s, t, o)
        for s, t, o, _ in triples(
            claims_of(nlp, "Thailand's military accused Cambodia of firing first.", DAY)
        )
    }
    assert ("country:THA", "ACCUSES", "country:KHM") in got

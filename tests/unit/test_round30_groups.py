"""The West as one side (round 30): "the West" and "Western governments" are a Group node the
gazetteer knows, so what is done to or asked of them is a claim; a bare "West" in a place name is
not it. Sentences constructed after outlet copy (`corpus/outlets` to `corpus/outlets6`)."""

from datetime import date

from extraction_support import claims_of, read_claims, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def test_the_west_is_a_side(nlp: Language) -> None:
    got = triples(claims_of(nlp, "Russia accused the West of waging a proxy war.", DAY))
    assert ("country:RUS", "ACCUSES", "group:the-west", "asserted") in got
    got = triples(claims_of(nlp, "Erdogan urged Western governments to stop arming Israel.", DAY))
    assert any(
        s.endswith("erdogan") and t == "REQUESTS" and o == "group:the-west" for s, t, o, _ in got
    )


def test_a_west_in_a_place_name_is_no_side(nlp: Language) -> None:
    for text in (
        "Israeli troops raided towns in the West Bank.",
        "The outbreak spread across West Africa.",
        "Fighting broke out in West Darfur.",
    ):
        _, res = read_claims(nlp, text, DAY)
        assert "group:the-west" not in res.nodes, text
    # the control: written as a side, it is one
    _, res = read_claims(nlp, "The West imposed sanctions on Russia.", DAY)
    assert "group:the-west" in res.nodes


def test_the_west_of_a_place_is_a_part_of_it(nlp: Language) -> None:
    _, res = read_claims(nlp, "Russian drones struck targets in the West of Ukraine.", DAY)
    assert "group:the-west" not in res.nodes

"""Where a person is (round 29): one said to be in a place abroad is there, and one speaking "in
the Lithuanian capital, Vilnius" is in Vilnius, whatever the parser hangs the name on. The
sentences are constructed after outlet copy (`corpus/outlets`, `corpus/outlets4`,
`corpus/outlets5`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2023, 9, 20)


def visits(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "VISITS"}


def test_a_person_said_to_be_in_a_place_abroad_visits_it(nlp: Language) -> None:
    got = visits(
        nlp,
        "Ukrainian Foreign Minister Dmytro Kuleba, who was in Brussels for talks with NATO "
        "allies, said Kyiv needed more air defences.",
    )
    assert ("person:dmytro-kuleba", "loc:brussels") in got


def test_no_visit_at_home_in_the_future_or_denied(nlp: Language) -> None:
    for text in (
        "Ukrainian Foreign Minister Dmytro Kuleba, who was in Kyiv on Monday, said Ukraine "
        "needed more air defences.",
        "Ukrainian Foreign Minister Dmytro Kuleba, who will be in Brussels next week, said "
        "Ukraine needed more air defences.",
        "Ukrainian Foreign Minister Dmytro Kuleba, who was not in Brussels for the talks, said "
        "Ukraine needed more air defences.",
    ):
        assert not visits(nlp, text), text


def test_one_speaking_in_a_capital_named_after_a_comma_is_in_the_city(nlp: Language) -> None:
    got = visits(
        nlp,
        "Speaking in the Lithuanian capital, Vilnius, at the start of a tour of the Baltic "
        "states, Ukrainian President Volodymyr Zelensky said Moscow had fired more than 500 "
        "missiles at Ukraine.",
    )
    assert ("person:volodymyr-zelensky", "loc:vilnius") in got
    assert ("person:volodymyr-zelensky", "country:LTU") in got


def test_a_city_that_is_no_capital_is_placed_in_its_state(nlp: Language) -> None:
    got = visits(
        nlp,
        "Ukrainian President Volodymyr Zelensky, who was in Geneva for the talks, said Kyiv "
        "needed more air defences.",
    )
    assert ("person:volodymyr-zelensky", "loc:geneva") in got
    # the host in his own state's city does not visit it
    got = visits(
        nlp, "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi."
    )
    assert ("person:recep-tayyip-erdogan", "loc:sochi") in got
    assert ("person:vladimir-putin", "loc:sochi") not in got


def test_a_region_of_a_state_is_placed_in_it(nlp: Language) -> None:
    got = visits(
        nlp,
        "Canadian Prime Minister Justin Trudeau, who was in New York for the U.N. General "
        "Assembly, said Thursday that Canada was not looking to provoke India.",
    )
    assert ("person:justin-trudeau", "loc:new-york") in got
    # at home in a region of one's own state
    assert not visits(
        nlp, "President Joe Biden, who was in California on Monday, said the economy was strong."
    )

"""Places read in round 30: "the X <class noun> of Y" puts X in Y only when Y is a state ("the
Idlib province of Syria"); when Y is the place the class noun names ("the Arctic region of
Lapland", "the Red Sea city of Port Sudan") the modifier holds it, never the reverse. Sentences
constructed after outlet copy (`corpus/outlets` to `corpus/outlets5`)."""

from datetime import date

from extraction_support import claims_of
from spacy.language import Language

DAY = date(2024, 1, 15)


def located(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {
        (c.subject, c.object) for c in claims_of(nlp, text, DAY) if c.type.value == "LOCATED_IN"
    }


def test_a_class_noun_of_a_state_holds_its_modifier(nlp: Language) -> None:
    assert ("loc:idlib", "country:SYR") in located(
        nlp, "Fighting continued in the Idlib province of Syria."
    )


def test_a_class_noun_of_a_place_is_that_place(nlp: Language) -> None:
    got = located(nlp, "Only one crossing in the Arctic region of Lapland remains open.")
    assert not {(s, o) for s, o in got if s.endswith("arctic")}
    got = located(nlp, "The army is now based in the Red Sea city of Port Sudan.")
    assert not {(s, o) for s, o in got if o.endswith("port-sudan")}

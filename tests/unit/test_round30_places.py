"""Places read in round 30: "the X <class noun> of Y" reads one way. A part's class noun
("district", "area", "province") is "of" the place holding it ("the Molenbeek district of
Brussels": Molenbeek in Brussels); a city's or a port's names the place its label holds ("the
Russian city of Belgorod": Belgorod in Russia; "the Red Sea city of Port Sudan": the sea is not
in the city). Sentences constructed after outlet copy (`corpus/outlets` to `corpus/outlets5`)."""

from datetime import date

from extraction_support import claims_of
from spacy.language import Language

DAY = date(2024, 1, 15)


def located(nlp: Language, text: str) -> set[tuple[str, str]]:
    got = claims_of(nlp, text, DAY)
    return {(c.subject, c.object) for c in got if c.type.value == "LOCATED_IN"}


def test_a_part_is_in_the_place_its_class_noun_is_of(nlp: Language) -> None:
    assert ("loc:idlib", "country:SYR") in located(
        nlp, "Fighting continued in the Idlib province of Syria."
    )
    got = located(nlp, "Police raided homes in the Molenbeek district of Brussels.")
    assert got == {("loc:molenbeek", "loc:brussels")}
    got = located(nlp, "Strikes hit the Khan Younis area of southern Gaza.")
    assert not {(s, o) for s, o in got if s.startswith("loc:gaza")}


def test_a_city_is_in_what_labels_it(nlp: Language) -> None:
    # a state's name before a part's class noun labels it too
    assert ("loc:alabama", "country:USA") in located(nlp, "Storms hit the US state of Alabama.")
    assert ("loc:belgorod", "country:RUS") in located(
        nlp, "Drones hit the Russian city of Belgorod."
    )
    got = located(nlp, "The army is now based in the Red Sea city of Port Sudan.")
    assert not {(s, o) for s, o in got if o.endswith("port-sudan")}

"""Round 39: how a name and its title are read when the copy adds words around them. A first name
the gazetteer knows as a city ("Vladimir") before a middle initial is a person's name ("Vladimir
V. Putin", as The New York Times writes it). A style of address after an apposed title ("the
court's president, Judge Joan Donoghue", "Russia's defence minister, Gen. Sergei Shoigu") leaves
the office to the title before the comma; an office after the comma stays the office. A title
owned by a body the text describes but does not name ("the court's prosecutor") is no bare title
for the register to place, and an address with its own owner after the name ("Ambassador
Vanessa Frazier of Malta") is not read past. Two verbs sharing an object share it after a phrase
of time on the first ("on Monday condemned and sanctioned"). Sentences constructed after outlet copy (`corpus/outlets4`,
`corpus/outlets7`, `corpus/outlets8`, `corpus/outlets9`, `corpus/outlets13`) and a Wikinews article
(2020-01-12, CC BY 2.5, Wikinews contributors)."""

from datetime import date

from extraction_support import events
from spacy.language import Language

DAY = date(2021, 6, 1)


def test_a_first_name_before_a_middle_initial_is_no_city(nlp: Language) -> None:
    doc = nlp("President Vladimir V. Putin of Russia met President Xi Jinping on Monday.")
    assert ("Vladimir V. Putin", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert nlp("He flew to Vladimir on Monday.").ents[0].ent_id_.startswith("loc:vladimir")


def test_the_initialled_name_keeps_its_title(nlp: Language) -> None:
    text = "President Vladimir V. Putin of Russia met President Xi Jinping on Monday."
    found = events(nlp, text, DAY)
    assert any(t == "LEADER_OF" and o == "country:RUS" for _, t, o in found)


def test_a_style_of_address_leaves_the_office_to_the_apposed_title(nlp: Language) -> None:
    text = (
        "The International Court of Justice ruled on Tuesday. The court's president, Judge Joan "
        "Donoghue, said there was no evidence."
    )
    found = events(nlp, text, DAY)
    assert ("person:joan-donoghue", "LEADER_OF", "org:international-court-of-justice") in found


def test_a_rank_after_a_state_office_leaves_the_office(nlp: Language) -> None:
    found = events(nlp, "Russia's defence minister, Gen. Sergei Shoigu, visited Pyongyang.", DAY)
    assert ("person:sergei-shoigu", "AFFILIATED_WITH", "country:RUS") in found


def test_an_office_after_the_comma_stays_the_office(nlp: Language) -> None:
    text = (
        "Qaboos bin Said, the long-serving Sultan of Oman, died on Friday. The government of Oman "
        "announced three days of mourning. Qaboos became Sultan in 1970 after overthrowing his "
        "father, Sultan Said bin Taimur."
    )
    found = events(nlp, text, date(2020, 1, 12))
    assert ("person:said-bin-taimur", "LEADER_OF", "country:OMN") in found


def test_a_title_of_a_described_body_is_no_bare_title(nlp: Language) -> None:
    text = (
        "President Ferdinand Marcos Jr. said the Philippines had acted on a request from "
        "Interpol. Rodrigo Duterte was flown to The Hague on Wednesday. The court's prosecutor, "
        "Karim Khan, said the arrest showed that no one stands beyond the reach of the law."
    )
    found = events(nlp, text, date(2025, 3, 12))
    assert not any(s == "person:karim-khan" and o.startswith("country:") for s, t, o in found), (
        found
    )


def test_objects_are_shared_after_a_phrase_of_time(nlp: Language) -> None:
    found = events(nlp, "China on Monday condemned and sanctioned Lithuania.", DAY)
    assert ("country:CHN", "CRITICIZES", "country:LTU") in found
    assert ("country:CHN", "SANCTIONS", "country:LTU") in found


def test_a_phrase_of_place_still_keeps_the_object_apart(nlp: Language) -> None:
    found = events(nlp, "Russia protested to Estonia and expelled two diplomats.", DAY)
    assert ("country:RUS", "CRITICIZES", "country:EST") in found
    assert ("country:RUS", "SANCTIONS", "country:EST") not in found


def test_an_address_with_its_own_owner_is_not_read_past(nlp: Language) -> None:
    text = "The council's president, Ambassador Vanessa Frazier of Malta, opened the session."
    found = events(nlp, text, DAY)
    assert ("person:vanessa-frazier", "LEADER_OF", "country:MLT") not in found

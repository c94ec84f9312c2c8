"""Round 47: wars named. "The Russia-Ukraine war", "since the Israel-Hamas war began": two names
joined by a hyphen before a two-sided act are its sides, as "the war between Israel and Hamas"
names them (not demonyms, not "a trade war"). A hostile course ended or halted was under way:
"talks to end Russia's war in Ukraine", "an agreement to halt the war between Israel and
Hezbollah" tell the war as narrated fact, as the readable gold reads them; a strike called off
never came. The sentences are constructed after outlet copy (`corpus/outlets2`, `outlets12`,
`outlets20`, `outlets22`)."""

from datetime import date

from extraction_support import claims_of, events, triples
from spacy.language import Language


def test_a_hyphened_pair_are_the_sides_of_a_war(nlp: Language) -> None:
    text = "The Russia-Ukraine war, now in its 17th month, has dominated Ankara's agenda."
    found = events(nlp, text, date(2023, 7, 10))
    assert ("country:RUS", "ATTACKS", "country:UKR") in found
    text = "U.S. troops had been killed in the region since the Israel-Hamas war began."
    found = events(nlp, text, date(2024, 1, 29))
    assert ("country:ISR", "ATTACKS", "org:hamas") in found


def test_demonyms_and_trade_wars_name_no_sides(nlp: Language) -> None:
    for text in (
        "The Israeli-Palestinian conflict dominated the talks.",
        "The US-China trade war hurt farmers.",
    ):
        assert not any(t == "ATTACKS" for s, t, o in events(nlp, text, date(2024, 1, 29)))


def test_a_war_someone_seeks_to_end_was_waged(nlp: Language) -> None:
    text = (
        "The Trump administration pushes for swift talks with Moscow to end Russia's war in "
        "Ukraine."
    )
    found = triples(claims_of(nlp, text, date(2025, 2, 14)))
    assert ("country:RUS", "ATTACKS", "country:UKR", "asserted") in found


def test_a_war_an_agreement_halts_was_waged(nlp: Language) -> None:
    text = (
        "Biden announced that Israel and Lebanon had accepted an agreement to halt the war "
        "between Israel and Hezbollah."
    )
    found = triples(claims_of(nlp, text, date(2024, 11, 26)))
    assert ("country:ISR", "ATTACKS", "org:hezbollah", "asserted") in found


def test_a_strike_called_off_never_came(nlp: Language) -> None:
    text = "Israel called off the planned strike on Iran."
    assert not any(t == "ATTACKS" for s, t, o in events(nlp, text, date(2024, 10, 1)))

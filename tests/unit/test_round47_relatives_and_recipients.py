"""Round 47: who a relative clause's subject is, and who receives a supply. "Russia and China,
both of which are expected to sell weapons to Tehran": "both of which", "all of which" and "each
of which" stand for every name the clause hangs on, as "which" does, and a clause that raises its
subject ("which are expected to", "who is set to") passes it to the verb it governs. A capital
that receives arms or aid is its state, as a capital criticised or sanctioned is. "Hezbollah, the
Iranian-backed militant group" describes Hezbollah, as "a ..." does. The sentences are
constructed after outlet copy (`corpus/outlets2`, `outlets18`, `outlets19`, `outlets22`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_both_of_which_stands_for_each_name(nlp: Language) -> None:
    text = "Japan and Australia, both of which have criticized China, also weighed in."
    found = events(nlp, text, date(2023, 8, 8))
    assert {
        ("country:JPN", "CRITICIZES", "country:CHN"),
        ("country:AUS", "CRITICIZES", "country:CHN"),
    } <= found


def test_a_raised_relative_subject_acts(nlp: Language) -> None:
    text = (
        "Russia and China, which are expected to sell weapons to Iran once the embargo lapses, "
        "dismissed the U.S. effort."
    )
    found = events(nlp, text, date(2020, 9, 20))
    assert {
        ("country:RUS", "SUPPLIES", "country:IRN"),
        ("country:CHN", "SUPPLIES", "country:IRN"),
    } <= found
    text = "Mikati, who is scheduled to travel to Glasgow on Sunday, will seek help there."
    found = events(nlp, text, date(2021, 10, 30))
    assert any(t == "VISITS" and "glasgow" in o for s, t, o in found)


def test_many_of_whom_is_no_one_named(nlp: Language) -> None:
    text = "The protesters, many of whom had criticized Maduro, marched past the embassy of Spain."
    found = events(nlp, text, date(2019, 2, 1))
    assert not any(s.startswith("country:") and t == "CRITICIZES" for s, t, o in found)


def test_a_capital_that_receives_arms_is_its_state(nlp: Language) -> None:
    text = "China supplied drones to Moscow, and Russia sent troops to Damascus."
    found = events(nlp, text, date(2023, 1, 1))
    assert {
        ("country:CHN", "SUPPLIES", "country:RUS"),
        ("country:RUS", "SUPPLIES", "country:SYR"),
    } <= found


def test_a_described_body_is_the_one_named_before_it(nlp: Language) -> None:
    text = "The strikes hit the SDF, the US-allied militia, near the border."
    found = events(nlp, text, date(2019, 10, 10))
    assert ("country:USA", "COOPERATES_WITH", "org:syrian-democratic-forces") in found

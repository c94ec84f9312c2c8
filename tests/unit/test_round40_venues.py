"""Round 40: where a meeting or an event is held. Talks held at an unnamed venue in a place
("wrapped up talks at a military base in Alaska") put the guests there, as talks held in the
place do; one who attends an event held in a place ("attended the NATO summit in Brussels") is
there. The one at home is not a visitor. The sentences are constructed after outlet copy
(`corpus/outlets12`, `corpus/outlets14`, `corpus/outlets15`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_talks_at_a_venue_in_a_place_put_the_guest_there(nlp: Language) -> None:
    text = (
        "President Donald Trump and Russian President Vladimir Putin wrapped up nearly three "
        "hours of talks at a military base in Alaska on Friday."
    )
    found = events(nlp, text, date(2025, 8, 16))
    assert ("person:vladimir-putin", "VISITS", "loc:alaska") in found
    assert ("person:donald-trump", "VISITS", "loc:alaska") not in found


def test_one_who_attends_an_event_in_a_place_is_there(nlp: Language) -> None:
    text = "Indian Prime Minister Narendra Modi attended the BRICS summit in Kazan on Tuesday."
    assert ("person:narendra-modi", "VISITS", "loc:kazan") in events(nlp, text, date(2024, 10, 22))


def test_an_event_not_attended_is_no_visit(nlp: Language) -> None:
    text = "Indian Prime Minister Narendra Modi did not attend the summit in Johannesburg."
    found = events(nlp, text, date(2023, 8, 22))
    assert not any(t == "VISITS" for _, t, _ in found)

"""Round 45: talks told as a process negotiate. "Talks between London and Brussels" and "talks
with the rebels" that no verb holds are a negotiation (NEGOTIATES_WITH); "held talks with" and a
trip "for talks with" tell a meeting (MEETS), as ONTOLOGY.md lists "hold talks with". The noun's
`bare` type in `data/triggers.json` says so. The sentences are constructed after outlet copy
(`corpus/outlets2`, `outlets10`, `outlets17`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_talks_no_verb_holds_are_a_negotiation(nlp: Language) -> None:
    text = (
        "The agreement was struck after more than a year of fraught talks between Britain and "
        "the European Union."
    )
    found = events(nlp, text, date(2023, 2, 27))
    pair = {"country:GBR", "org:european-union"}
    assert any(t == "NEGOTIATES_WITH" and {s, o} == pair for s, t, o in found)
    assert not any(t == "MEETS" and {s, o} == pair for s, t, o in found)


def test_talks_held_are_a_meeting(nlp: Language) -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan held talks with Ahmed al-Sharaa, the leader of "
        "Syria's new administration, in Damascus."
    )
    found = events(nlp, text, date(2024, 12, 22))
    pair = {"person:hakan-fidan", "person:ahmed-al-sharaa"}
    assert any(t == "MEETS" and {s, o} == pair for s, t, o in found)
    assert not any(t == "NEGOTIATES_WITH" and {s, o} == pair for s, t, o in found)


def test_a_trip_for_talks_is_a_meeting(nlp: Language) -> None:
    text = (
        "Israeli Prime Minister Naftali Bennett travelled to Moscow on Saturday for talks with "
        "Russian President Vladimir Putin."
    )
    found = events(nlp, text, date(2022, 3, 6))
    pair = {"person:naftali-bennett", "person:vladimir-putin"}
    assert any(t == "MEETS" and {s, o} == pair for s, t, o in found)
    assert not any(t == "NEGOTIATES_WITH" and {s, o} == pair for s, t, o in found)


def test_talks_between_leaders_are_a_meeting(nlp: Language) -> None:
    text = (
        "After talks with French President Emmanuel Macron in Paris, German Chancellor Olaf "
        "Scholz said Europe must stand together."
    )
    found = events(nlp, text, date(2023, 6, 1))
    pair = {"person:emmanuel-macron", "person:olaf-scholz"}
    assert any(t == "MEETS" and {s, o} == pair for s, t, o in found)
    assert not any(t == "NEGOTIATES_WITH" and {s, o} == pair for s, t, o in found)


def test_a_state_in_talks_negotiates_and_meets_no_one(nlp: Language) -> None:
    text = "The United Kingdom is in talks with Rwanda about a new migration deal."
    found = events(nlp, text, date(2022, 4, 10))
    pair = {"country:GBR", "country:RWA"}
    assert any(t == "NEGOTIATES_WITH" and {s, o} == pair for s, t, o in found)
    assert not any(t == "MEETS" and {s, o} == pair for s, t, o in found)


def test_talks_among_leaders_are_a_meeting(nlp: Language) -> None:
    text = "Talks among Emmanuel Macron, Olaf Scholz and Giorgia Meloni ended without a deal."
    found = events(nlp, text, date(2023, 6, 1))
    pair = {"person:emmanuel-macron", "person:olaf-scholz"}
    assert any(t == "MEETS" and {s, o} == pair for s, t, o in found)

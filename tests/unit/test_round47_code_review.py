"""Round 47: the code review's mends. A reviewer read the round's diff and ran 117 stress
sentences and look-alikes through the old and new code (no crash); these are the wrong readings
it found. A condemnation's predicate names whose act it was only when it names a wrong ("an
Israeli act of terrorism", not "a Ukrainian tragedy" nor "a Russian victory"), and never the
speaker's own state; a war spoken of as one that may come ("a US-China war is unlikely", "halt a
wider war") is none told, nor is a chain of three names two sides; an invasion in the sentence
stops a posting only when it is the sender's or aimed at the land; "F-35 fighters" are
aircraft, "Wagner fighters" are not."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_a_tragedy_or_a_victory_labels_no_wrongdoer(nlp: Language) -> None:
    for text in (
        "Zelensky condemned the strike on the hospital as a Ukrainian tragedy.",
        "Erdogan called the agreement a Russian victory.",
    ):
        found = events(nlp, text, date(2024, 7, 9))
        assert not any(t in ("CRITICIZES", "SUPPORTS") for s, t, o in found), text


def test_an_act_of_a_wrong_labels_its_doer(nlp: Language) -> None:
    text = "Kanaani condemned the attack as an Israeli act of terrorism."
    found = events(nlp, text, date(2024, 9, 18))
    assert any(t == "CRITICIZES" and o == "country:ISR" for s, t, o in found)


def test_a_war_in_prospect_is_no_war(nlp: Language) -> None:
    for text in (
        "A US-China war is unlikely, the general said.",
        "Diplomats are trying to halt a wider war between Israel and Hezbollah.",
        "The Israel-Hamas-Hezbollah war has spread.",
    ):
        found = events(nlp, text, date(2024, 8, 1))
        assert not any(t == "ATTACKS" for s, t, o in found), text


def test_another_partys_invasion_leaves_a_posting(nlp: Language) -> None:
    text = "The US deployed 3,000 troops to Poland after Russia's invasion of Ukraine."
    assert ("country:USA", "SUPPLIES", "country:POL") in events(nlp, text, date(2022, 3, 1))


def test_fighter_jets_are_no_troops(nlp: Language) -> None:
    text = "The Pentagon deployed F-35 fighters to Poland."
    assert not any(t == "SUPPLIES" for s, t, o in events(nlp, text, date(2022, 3, 1)))
    text = "Wagner fighters have been deployed in neighbouring Mali."
    assert any(t == "SUPPLIES" and o == "country:MLI" for s, t, o in events(nlp, text))

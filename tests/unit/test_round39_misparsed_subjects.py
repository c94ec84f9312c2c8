"""Round 39: "Stephane Dujarric, a UN spokesman, called on India and Pakistan to show restraint":
the parser makes the name the root and the verb a participle hung on it; with no verb above
it, a past-tense verb so hung is the clause's own and the name its subject. A verb under another
verb keeps that verb's reading. Sentences constructed after outlet copy (`corpus/outlets10`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language

DAY = date(2025, 4, 24)


def test_a_name_the_parser_made_the_root_is_the_subject(nlp: Language) -> None:
    text = "Stephane Dujarric, a UN spokesman, called on India and Pakistan to show restraint."
    found = events(nlp, text, DAY)
    assert ("person:stephane-dujarric", "REQUESTS", "country:IND") in found
    assert ("person:stephane-dujarric", "REQUESTS", "country:PAK") in found


def test_a_name_with_a_long_apposition_is_the_subject(nlp: Language) -> None:
    text = (
        "Stephane Dujarric, the spokesperson for UN Secretary-General Antonio Guterres, called "
        "on India to show restraint."
    )
    assert ("person:stephane-dujarric", "REQUESTS", "country:IND") in events(nlp, text, DAY)


def test_a_verb_above_keeps_its_subject(nlp: Language) -> None:
    text = "Pakistan said India, which called on the United States to mediate, had attacked first."
    found = events(nlp, text, DAY)
    assert not any(s == "country:PAK" and t == "REQUESTS" for s, t, _ in found)

"""Membership read in round 28: a state that is a member of a body is part of it, as the
outlet gold codes it; not a former, aspiring or non-member, nor a wish to join. The sentences
are constructed after outlet copy (`corpus/outlets`, `corpus/outlets4`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def parts(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "PART_OF"}


def test_a_member_state_is_part_of_the_body(nlp: Language) -> None:
    for text, pair in (
        (
            "Attention now turns to Hungary, the only NATO member that has yet to ratify "
            "Sweden's membership.",
            ("country:HUN", "org:nato"),
        ),
        ("Finland became NATO's 31st member in April 2023.", ("country:FIN", "org:nato")),
        (
            "The deal covered the sale of jets to Greece, Türkiye's neighbour and NATO ally.",
            ("country:GRC", "org:nato"),
        ),
        (
            "Poland, a member of the European Union, closed its border.",
            ("country:POL", "org:european-union"),
        ),
        ("Finland joined NATO in 2023.", ("country:FIN", "org:nato")),
    ):
        assert pair in parts(nlp, text), text


def test_no_membership_wished_for_denied_or_past(nlp: Language) -> None:
    for text in (
        "Ukraine wants to join NATO.",
        "Georgia is not a member of NATO.",
        "Ukraine, an aspiring NATO member, asked for more arms.",
        "Benin, Nigeria join African Union continental free trade bloc.",
    ):
        assert not parts(nlp, text), text


def test_no_membership_for_a_neighbour_a_wish_an_agenda_an_act_or_a_past(nlp: Language) -> None:
    assert parts(nlp, "NATO member Norway and Russia share a border.") == {
        ("country:NOR", "org:nato")
    }
    for text in (
        "Ukraine wants to become a member of NATO.",
        "The EU enlargement agenda, which includes Ukraine, Moldova and Georgia, moved ahead.",
        "The United States joined the European Union in imposing sanctions on Iran.",
        "Taliban ally Pakistan hosted the talks.",
        "Russia, a suspended member of the Council of Europe, objected.",
        "Qatar, a member of OPEC until 2019, raised output.",
        "Britain was an EU member until 2020.",
    ):
        assert not parts(nlp, text), text


def test_two_bodies_and_allies_named_after_the_body(nlp: Language) -> None:
    assert parts(nlp, "Poland, a member of NATO and the EU, closed its border.") == {
        ("country:POL", "org:nato"),
        ("country:POL", "org:european-union"),
    }
    assert parts(nlp, "NATO allies Latvia and Lithuania sent troops.") == {
        ("country:LVA", "org:nato"),
        ("country:LTU", "org:nato"),
    }

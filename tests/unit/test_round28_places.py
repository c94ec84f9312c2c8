"""Where meetings are held, read in round 28: the parties who meet somewhere that is not their
own state's visit it, states through their delegations as persons do. The sentences are
constructed after outlet copy (`corpus/outlets`, `corpus/outlets2`, `corpus/outlets4`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def visits(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "VISITS"}


def test_states_that_hold_talks_abroad_visit_the_host(nlp: Language) -> None:
    got = visits(nlp, "The United States and Iran held talks in Oman on Saturday.")
    assert got == {("country:USA", "country:OMN"), ("country:IRN", "country:OMN")}


def test_the_head_of_a_state_body_comes_from_its_state(nlp: Language) -> None:
    got = visits(
        nlp,
        "CIA Director William Burns met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
        "in Doha earlier this month.",
    )
    assert got == {("person:william-burns", "loc:doha")}


def test_a_capital_named_in_apposition_is_the_place(nlp: Language) -> None:
    got = visits(
        nlp,
        "Turkish Foreign Minister Mevlut Cavusoglu met his Syrian counterpart Faisal Mekdad in "
        "the Russian capital, Moscow, on Wednesday.",
    )
    assert got == {
        ("person:mevlut-cavusoglu", "loc:moscow"),
        ("person:faisal-mekdad", "loc:moscow"),
    }


def test_talks_held_somewhere_between_two_ministers(nlp: Language) -> None:
    got = visits(
        nlp,
        "The meeting built on talks held in Moscow in December between Turkish Defence Minister "
        "Hulusi Akar and his Syrian counterpart Ali Mahmoud Abbas.",
    )
    assert got == {("person:hulusi-akar", "loc:moscow"), ("person:ali-mahmoud-abbas", "loc:moscow")}


def test_the_host_and_the_state_of_the_place_visit_nothing(nlp: Language) -> None:
    got = visits(nlp, "Putin hosted Chinese President Xi Jinping in Moscow.")
    assert got == {("person:xi-jinping", "loc:moscow")}
    got = visits(nlp, "Russia and Ukraine held talks in Istanbul, and Turkey met both in Ankara.")
    assert ("country:TUR", "loc:ankara") not in got


def located(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "LOCATED_IN"}


def test_a_site_named_in_a_place_lies_there(nlp: Language) -> None:
    for text, pair in (
        (
            "Meg Keen, director of the Pacific Islands program at the Lowy Institute in Sydney, "
            "said the deal was a setback.",
            ("org:lowy-institute", "loc:sydney"),
        ),
        (
            "An F-22 flying out of Langley Air Force Base in Virginia fired a missile.",
            ("org:langley-air-force-base", "loc:virginia"),
        ),
        (
            "Mexico will bring a case against Ecuador at the International Court of Justice in "
            "The Hague.",
            ("org:international-court-of-justice", "loc:the-hague"),
        ),
    ):
        assert pair in located(nlp, text), text


def test_a_body_in_a_place_may_only_work_there(nlp: Language) -> None:
    for text in (
        "NATO in Europe faces its sternest test since the Cold War.",
        "The United Nations in Istanbul oversaw the inspections of the ships.",
    ):
        assert not located(nlp, text), text


def test_a_us_state_abbreviated_after_a_town_holds_it(nlp: Language) -> None:
    got = located(nlp, "Biden, speaking to reporters in Hagerstown, Md., said he had acted.")
    assert ("loc:hagerstown", "loc:maryland") in got
    # the gazetteer's Vienna is Austria's capital, not the town in Virginia
    assert not located(nlp, "Officials in Vienna, Va., said the plant would close.")


def test_no_visit_where_a_meeting_is_only_seen_or_an_agent_is_posted(nlp: Language) -> None:
    for text in (
        "The meeting between Putin and Modi, seen in Washington as a snub, drew attention.",
        "China's ambassador met US officials in Washington on Monday.",
        "The United States and Britain held talks in Washington.",
    ):
        assert not visits(nlp, text), text


def test_no_site_in_a_church_a_party_or_a_name_every_state_bears(nlp: Language) -> None:
    for text in (
        "The Russian Orthodox Church in Ukraine severed ties with Moscow.",
        "The Supreme Court in Israel blocked the law.",
        "The Centre Party in Finland left the coalition.",
        "The European Court of Justice in the Poland case ruled against Warsaw.",
    ):
        assert not located(nlp, text), text

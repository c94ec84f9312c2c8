"""Round 43: a pair or all sides urged. "Urged both governments to settle their differences",
"called on both parties to implement their commitments", "encouraged the two allies to find a
path forward", "had spoken to Hun Manet and Phumtham and urged them to stand down": the two the
sentence has the urging side deal with before, else the two sides of the article's fight, else
the two states its claims have joined most; never the urging side. The sentences are constructed
after outlet copy (`corpus/outlets4`, `outlets5`, `outlets15`, `outlets17`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_both_governments_urged_are_the_article_s_pair(nlp: Language) -> None:
    # one of the pair is named in the urging clause itself
    text = (
        "Mexico broke off diplomatic relations with Ecuador on Friday after Ecuadorean police "
        "raided the Mexican Embassy in Quito. Mexico accused Ecuador of violating international "
        "law. Luis Almagro, the secretary general of the O.A.S., reminded Ecuador that "
        "diplomatic premises could not be entered and urged both governments to settle their "
        "differences through dialogue."
    )
    found = events(nlp, text, date(2024, 4, 6))
    assert ("person:luis-almagro", "REQUESTS", "country:MEX") in found
    assert ("person:luis-almagro", "REQUESTS", "country:ECU") in found


def test_both_parties_urged_after_an_accord_are_its_sides(nlp: Language) -> None:
    text = (
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on "
        "Friday. Congo accused Rwanda of backing the M23 rebels. UN Secretary-General António "
        "Guterres welcomed the signing and urged both parties to implement their commitments "
        "in full."
    )
    found = events(nlp, text, date(2025, 6, 27))
    assert any(t == "REQUESTS" and o == "country:RWA" for _, t, o in found)
    assert any(t == "REQUESTS" and o == "country:COD" for _, t, o in found)


def test_them_urged_are_the_two_the_urger_spoke_to(nlp: Language) -> None:
    text = (
        "Thailand and Cambodia traded artillery fire on Friday. Malaysian Prime Minister Anwar "
        "Ibrahim said he had spoken to Hun Manet and Phumtham Wechayachai and urged them to "
        "stand down."
    )
    found = events(nlp, text, date(2025, 7, 25))
    assert ("person:anwar-ibrahim", "REQUESTS", "person:hun-manet") in found
    assert ("person:anwar-ibrahim", "REQUESTS", "person:phumtham-wechayachai") in found


def test_the_urging_side_is_never_one_of_the_pair(nlp: Language) -> None:
    text = (
        "Pakistan and Afghanistan's Taliban government agreed to a ceasefire in Doha on Sunday "
        "after a week of border clashes. Pakistani troops and Taliban forces had clashed along "
        "the border. Afghan forces fired on Pakistani posts. Saudi Arabia, Iran and China had "
        "all urged the two sides to exercise restraint."
    )
    found = events(nlp, text, date(2025, 10, 19))
    for urger in ("country:SAU", "country:IRN", "country:CHN"):
        assert not any(
            s == urger and o in ("country:SAU", "country:IRN", "country:CHN")
            for s, t, o in found
            if t == "REQUESTS"
        )


def test_no_pair_without_one_told(nlp: Language) -> None:
    # no fight and no pair the article joined: "both sides" are no one
    text = "The mayor urged both sides to keep talking about the new stadium."
    found = events(nlp, text, date(2023, 6, 1))
    assert not any(t == "REQUESTS" for _, t, _ in found)


def test_mediators_citizens_and_a_pair_at_home_are_not_the_pair_urged(nlp: Language) -> None:
    # the review's cases: mediators thanked, nationals warned, a domestic row told beside a
    # foreign one
    texts = [
        "Israel and Hamas traded fire in Gaza on Monday. UN Secretary-General Antonio Guterres "
        "thanked Qatar and Egypt for their mediation efforts and urged the parties to agree to "
        "a ceasefire.",
        "Thailand and Cambodia exchanged fire on Thursday. The British government advised its "
        "nationals in Thailand and Cambodia to avoid the border area and urged them to follow "
        "local instructions.",
    ]
    for text in texts:
        found = events(nlp, text, date(2025, 7, 28))
        assert not any(
            t == "REQUESTS" and o in ("country:QAT", "country:EGY", "country:THA", "country:KHM")
            for _, t, o in found
        ), text
    text = (
        "The United States imposed tariffs on Chinese goods, and China hit back with tariffs "
        "on US goods. China accused the United States of bullying. In Canada, the Liberals and "
        "Conservatives clashed over the response, and Governor General Mary Simon urged all "
        "parties to work together."
    )
    found = events(nlp, text, date(2025, 4, 12))
    assert not any(t == "REQUESTS" and o in ("country:USA", "country:CHN") for _, t, o in found)


def test_all_states_urged_are_everyone_and_contacts_are_the_pair(nlp: Language) -> None:
    text = (
        "Russia and Ukraine exchanged strikes on Monday. Russian missiles hit Kyiv. Ukrainian "
        "drones struck Moscow. The UN General Assembly urged all states to comply with "
        "international law."
    )
    found = events(nlp, text, date(2024, 6, 1))
    assert not any(t == "REQUESTS" for _, t, _ in found)
    text = "Blinken spoke with Israel and Iran on Tuesday and urged all sides to show restraint."
    found = events(nlp, text, date(2024, 4, 16))
    assert any(t == "REQUESTS" and o == "country:ISR" for _, t, o in found)
    assert any(t == "REQUESTS" and o == "country:IRN" for _, t, o in found)

"""An attack told through the object of its verb is recalled by its noun (round 29): "Russia
launched a wave of missile strikes on Kyiv. Germany condemned the strikes." The sentences are
constructed after outlet copy (`corpus/outlets2`, `corpus/outlets3`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def criticized(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == "CRITICIZES"}


def test_strikes_launched_in_a_wave_are_recalled_by_the_strikes(nlp: Language) -> None:
    got = criticized(
        nlp,
        "Russia launched a wave of missile strikes on Kyiv on Monday. Germany condemned the "
        "strikes.",
    )
    assert ("country:DEU", "country:RUS") in got


def test_strikes_no_one_is_named_for_leave_the_strikes_no_ones(nlp: Language) -> None:
    got = criticized(
        nlp,
        "Drones hit a base in Iraq on Sunday. Russia launched strikes on Kyiv. Germany "
        "condemned the strikes.",
    )
    assert not got

"""The staff of a state's leader, read in round 27: a spokesman, an adviser or an aide "for" or
"to" a leader is of the state the leader leads. The sentences are constructed after outlet copy
(`corpus/outlets`, `corpus/outlets3`).
"""

from extraction_support import claims_of
from spacy.language import Language


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


def test_a_leaders_spokesman_adviser_or_aide_is_of_the_leaders_state(nlp: Language) -> None:
    for text, person, state in (
        (
            "Russia and Ukraine traded blame. Dmitry Peskov, the spokesman for President "
            "Vladimir Putin, told reporters that Ukraine had destroyed the dam.",
            "person:dmitry-peskov",
            "country:RUS",
        ),
        (
            "Iran praised the attack. Yahya Rahim Safavi, an adviser to Supreme Leader Ayatollah "
            "Ali Khamenei, congratulated the fighters.",
            "person:yahya-rahim-safavi",
            "country:IRN",
        ),
        (
            "Jake Sullivan, an aide to President Joe Biden, met Wang Yi in Vienna.",
            "person:jake-sullivan",
            "country:USA",
        ),
    ):
        assert (person, "AFFILIATED_WITH", state) in _triples(nlp, text), text


def test_one_who_serves_no_leader_takes_no_state_from_a_person(nlp: Language) -> None:
    for text in (
        # a sister is no staff
        "Kim Jong Un met Vladimir Putin. Kim Yo Jong, the sister of Kim Jong Un, said Seoul lied.",
        # one who leads no state the article or the register knows
        "Russia attacked Ukraine. John Smith, an adviser to Jane Doe, said Russia lied.",
    ):
        got = _triples(nlp, text)
        assert not {t for t in got if t[1] == "AFFILIATED_WITH" and t[2].startswith("country:")}, (
            text,
            got,
        )

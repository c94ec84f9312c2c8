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
    # the title is the staff's own, not the leader's words after it
    claims = claims_of(
        nlp,
        "Russia and Ukraine traded blame. Dmitry Peskov, the spokesman for President Vladimir "
        "Putin, told reporters that Ukraine had destroyed the dam.",
    )
    roles = {c.role for c in claims if c.subject == "person:dmitry-peskov"}
    assert roles == {"spokesman"}, roles


def test_one_who_serves_no_leader_takes_no_state_from_a_person(nlp: Language) -> None:
    for text in (
        # a sister is no staff
        "Kim Jong Un met Vladimir Putin. Kim Yo Jong, the sister of Kim Jong Un, said Seoul lied.",
        # one who leads no state the article or the register knows
        "Russia attacked Ukraine. John Smith, an adviser to Jane Doe, said Russia lied.",
        # review of round 27's fourth part: a state led once, not on the article's date
        "Portugal voted. UN Secretary-General Antonio Guterres called for a ceasefire. Stephane "
        "Dujarric, a spokesman for Antonio Guterres, said aid was stuck.",
        "Jason Miller, a senior adviser to former President Donald Trump, said the United "
        "States needed new leadership.",
        "Pakistan votes. Zulfi Bukhari, an adviser to jailed former Prime Minister Imran Khan, "
        "said Pakistan's party would appeal.",
        # an envoy "to" a leader is sent to that leader's state, not of it
        "Egypt and Ethiopia argued. Sameh Shoukry, an envoy to Ethiopian Prime Minister Abiy "
        "Ahmed, delivered a letter.",
    ):
        got = _triples(nlp, text)
        assert not {t for t in got if t[1] == "AFFILIATED_WITH" and t[2].startswith("country:")}, (
            text,
            got,
        )

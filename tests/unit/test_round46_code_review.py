"""Round 46's code review: the cases it found wrong in the round's readings, each now read
right. The sentences are the review's constructed ones."""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language

DAY = date(2023, 6, 1)


def test_a_for_phrase_before_blame_is_no_act(nlp: Language) -> None:
    for text in (
        "Iran, for its part, blamed the blast on Israel.",
        "For years, Moscow has blamed it on Washington.",
    ):
        assert any(t == "ACCUSES" for s, t, o in events(nlp, text, DAY)), text


def test_a_fight_over_a_time_is_still_a_fight(nlp: Language) -> None:
    text = "Israeli troops fought militants over the weekend in Gaza."
    assert any(t == "ATTACKS" for s, t, o in events(nlp, text, DAY))


def test_a_ministry_announcing_a_measure_asserts_it(nlp: Language) -> None:
    claims = claims_of(nlp, "Poland's Foreign Ministry announced new sanctions on Russia.", DAY)
    modes = {c.modality.value for c in claims if c.type.value == "SANCTIONS"}
    assert modes == {"asserted"}


def test_a_body_of_the_ministrys_own_state_acts_on_the_body(nlp: Language) -> None:
    text = "Russia's Investigative Committee accused Russia's Defence Ministry of negligence."
    found = events(nlp, text, DAY)
    assert not any(t == "ACCUSES" and o == "country:RUS" for s, t, o in found)


def test_a_meeting_with_a_ministry_reads_alike_both_ways(nlp: Language) -> None:
    first = events(nlp, "Poland's Foreign Ministry met with activist John Smith on Monday.", DAY)
    second = events(nlp, "Activist John Smith met with Poland's Foreign Ministry on Monday.", DAY)
    meetings = [{frozenset((s, o)) for s, t, o in f if t == "MEETS"} for f in (first, second)]
    assert meetings[0] == meetings[1]


def test_a_hyphenated_or_labelled_operation_is_plain(nlp: Language) -> None:
    for text in (
        "Turkey launched a cross-border operation against the PKK.",
        "Iraq condemned the Turkish operation against the PKK.",
    ):
        found = events(nlp, text, DAY)
        assert any(s == "country:TUR" and t == "ATTACKS" and "pkk" in o for s, t, o in found), text


def test_an_outlet_is_no_author_of_an_account_rejected(nlp: Language) -> None:
    text = (
        "The Washington Post said the strike killed 40 civilians. The Pentagon rejected that "
        "account."
    )
    assert not any(t == "OPPOSES" for s, t, o in events(nlp, text, DAY))


def test_a_fight_with_a_body_or_state_is_no_attack(nlp: Language) -> None:
    for text in (
        "Trump has fought the FBI for years.",
        "Microsoft will fight the European Commission.",
        "Poland fought the European Union for months.",
    ):
        assert not any(t == "ATTACKS" for s, t, o in events(nlp, text, DAY)), text

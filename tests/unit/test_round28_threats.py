"""Threats read in round 28: force or a penalty a speaker says will come against a party, or if
a party keeps to its course, threatens it; what a speaker says in the second of two verbs that
share a subject is still theirs. The sentences are constructed after outlet copy
(`corpus/outlets2`, `corpus/outlets4`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def threats(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, t, o, m in triples(claims_of(nlp, text, DAY)) if t == "THREATENS"}


def test_force_said_to_follow_a_partys_course_threatens_it(nlp: Language) -> None:
    got = threats(
        nlp,
        "President Donald Trump has warned that if Tehran refuses to give up its nuclear "
        "ambitions, military action would follow.",
    )
    assert ("person:donald-trump", "country:IRN", "asserted") in got


def test_a_response_said_to_answer_a_partys_mistake_threatens_it(nlp: Language) -> None:
    got = threats(
        nlp,
        'Iran warned that if Israel made "another mistake," Iran\'s response would be '
        '"considerably more severe."',
    )
    assert ("country:IRN", "country:ISR", "asserted") in got


def test_steps_said_to_be_taken_against_a_party_threaten_it(nlp: Language) -> None:
    got = threats(
        nlp,
        "China's Foreign Ministry warned that China would take further steps against the "
        "United States if necessary.",
    )
    assert {o for _, o, _ in got} == {"country:USA"}


def test_no_threat_without_a_speaker_a_party_or_force(nlp: Language) -> None:
    for text in (
        "Economists said that if China cuts rates, a recovery would follow.",
        "Iran warned that if Israel made another mistake, a response would not follow.",
        "If the talks fail, military action would follow, analysts said.",
    ):
        assert not threats(nlp, text), text


def test_no_threat_in_others_force_friendly_steps_forecasts_or_the_past(nlp: Language) -> None:
    for text in (
        # the one acted on, and the speaker's own side
        "Biden said that if Israel were attacked by Iran, the US response would be swift.",
        "Chinese Foreign Ministry spokesperson Mao Ning said that if China's interests were "
        "harmed, a response would follow.",
        # a friendly response or steps for something
        "Wang Yi said that if the United States showed sincerity, China's response would be "
        "positive.",
        "Albanese said Australia would take steps to improve ties with China.",
        # another's force, a forecast, an end, what would have come
        "Orban said that if the EU admitted Ukraine, war would follow.",
        "Zelensky said the war would come to an end if Russia withdrew its troops.",
        "Trump said that if Kamala Harris had won, war with Russia would have come.",
        "Khamenei said that no military action would follow if the talks with the United States "
        "succeeded.",
    ):
        assert not {x for x in threats(nlp, text) if x[2] != "possible"}, text
    got = threats(nlp, "John Kirby warned that Iran would retaliate against Israel.")
    assert not {x for x in got if x[0] == "person:john-kirby"}


def test_a_verb_inside_what_is_told_does_not_make_a_speaker(nlp: Language) -> None:
    got = threats(
        nlp,
        "Israeli officials said Hezbollah had fired 200 rockets and warned that Lebanon would "
        "pay a heavy price.",
    )
    assert not {x for x in got if x[0] == "org:hezbollah"}


def test_the_second_of_two_verbs_sharing_a_subject_is_said_by_it(nlp: Language) -> None:
    got = threats(
        nlp,
        "Taliban spokesman Zabihullah Mujahid condemned the raids and warned that Islamabad "
        'would face "consequences" if it repeated them.',
    )
    assert ("person:zabihullah-mujahid", "country:PAK", "asserted") in got


def test_a_leaders_surname_alone_is_the_leader_wherever_it_stands(nlp: Language) -> None:
    got = threats(
        nlp,
        "President Trump said on Friday that Iran wanted a deal. Trump sent a letter to Khamenei "
        "in March and has warned that if Tehran refuses to give up its nuclear ambitions, "
        "military action would follow.",
    )
    assert ("person:trump", "country:IRN", "asserted") in got

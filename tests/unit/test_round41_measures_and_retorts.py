"""Round 41: envoys pulled out of a capital, a sanctions office's targets, and acts coordinated
after a retort. An envoy pulled out of a capital is recalled from its state ("pulling their own
envoys out of Algiers"), not evacuated from danger ("as fighting engulfed Khartoum"); what a
state's office for sanctions targets or designates it sanctions, and does not attack ("the US
Treasury Department said it was targeting Wang Junzheng"); an act told after "fired back that
..." is the speaker's own, though the parser hangs it inside the reply. The sentences are constructed after outlet copy (`corpus/outlets5`, `corpus/outlets17`)."""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language


def test_envoys_pulled_out_of_a_capital_are_recalled(nlp: Language) -> None:
    text = (
        "Mali, Burkina Faso and Niger said they were pulling their own envoys out of Algiers in "
        "protest at the downing of the aircraft."
    )
    found = events(nlp, text, date(2025, 4, 8))
    for state in ("country:MLI", "country:BFA", "country:NER"):
        assert (state, "SANCTIONS", "country:DZA") in found


def test_envoys_pulled_out_of_danger_are_evacuated(nlp: Language) -> None:
    text = "Britain pulled its diplomats out of Sudan as fighting engulfed Khartoum."
    found = events(nlp, text, date(2023, 4, 23))
    assert not any(t == "SANCTIONS" for _, t, _ in found)


def test_a_sanctions_office_sanctions_whom_it_targets(nlp: Language) -> None:
    text = (
        "The US Treasury Department said it was targeting Wang Junzheng, the Communist Party "
        "secretary of the Xinjiang Production and Construction Corps, and Chen Mingguo."
    )
    claims = claims_of(nlp, text, date(2021, 3, 22))
    sanctioned = {c.object for c in claims if c.type.value == "SANCTIONS"}
    assert {"person:wang-junzheng", "person:chen-mingguo"} <= sanctioned
    assert not any(c.type.value == "ATTACKS" for c in claims)


def test_a_state_targeting_fighters_still_attacks(nlp: Language) -> None:
    found = events(nlp, "Israel targeted Hamas commanders in Gaza.", date(2024, 1, 5))
    assert any(s == "country:ISR" and t == "ATTACKS" for s, t, _ in found)


def test_an_accusation_after_a_retort_is_the_speaker_s(nlp: Language) -> None:
    text = (
        "Vice President JD Vance fired back that the war would end only through diplomacy and "
        'accused the Ukrainian leader of being "disrespectful" for arguing his case in front of '
        "the American media."
    )
    claims = claims_of(nlp, text, date(2025, 3, 1))
    accused = [c for c in claims if c.type.value == "ACCUSES"]
    assert [(c.subject, c.modality.value) for c in accused] == [("person:jd-vance", "asserted")]

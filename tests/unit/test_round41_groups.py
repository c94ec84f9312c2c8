"""Round 41: armed groups by name and by description. "ISIS-K" (and ISKP, IS-K) is the Islamic
State's Khorasan Province, a group of its own, no longer a bare "K"; a collective with no place
named ("Militants attacked Kabul airport, killing 13 US troops") is not the article's state's
when it acts on that state. The sentences are constructed after outlet copy
(`corpus/outlets14`, `corpus/outlets17`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_isis_k_is_a_group_of_its_own(nlp: Language) -> None:
    found = events(nlp, "The United States struck ISIS-K in Nangarhar.", date(2021, 8, 28))
    assert ("country:USA", "ATTACKS", "org:islamic-state-khorasan-province") in found


def test_militants_acting_on_the_article_s_state_are_not_of_it(nlp: Language) -> None:
    text = (
        "The evacuation went on. Militants attacked Kabul airport on Thursday, killing 13 US "
        "troops. ISIS-K claimed responsibility for the attack on US troops."
    )
    found = events(nlp, text, date(2021, 8, 27))
    assert ("org:islamic-state-khorasan-province", "ATTACKS", "country:USA") in found
    # the militants who killed US troops are no American group
    assert not any(s.startswith("group:american") for s, _, _ in found)

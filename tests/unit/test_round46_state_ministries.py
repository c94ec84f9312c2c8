"""Round 46: a ministry named by its kind acts for its state. "Poland's Foreign Ministry
summoned ..." and "a spokesman for the Qatari Foreign Ministry" are the state's acts and the
state's spokesman, as ONTOLOGY.md's "State agents" code "the Argentine foreign ministry said"
(a capital letter is the outlet's style, not a name); the node stays, PART_OF its state. A
formal name ("India's Ministry of External Affairs") is the body itself; a sanction on a
ministry lists the ministry; a leader directing his own state's ministry acts on the body. The
sentences are constructed after outlet copy (`corpus/outlets4`, `outlets15`, `outlets17`)."""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language


def test_a_states_foreign_ministry_acts_for_the_state(nlp: Language) -> None:
    text = "Poland's Foreign Ministry summoned Russia's ambassador to deliver a formal protest."
    found = events(nlp, text, date(2022, 11, 16))
    assert ("country:POL", "CRITICIZES", "country:RUS") in found
    assert not any(t == "CRITICIZES" and s.startswith("org:") for s, t, o in found)


def test_a_demonym_labelled_ministry_acts_for_the_state(nlp: Language) -> None:
    text = "The Armenian Defence Ministry accused Azerbaijan of shelling border villages."
    found = events(nlp, text, date(2022, 9, 13))
    assert ("country:ARM", "ACCUSES", "country:AZE") in found


def test_the_ministry_stays_part_of_its_state(nlp: Language) -> None:
    text = "Turkey's Foreign Ministry condemned the Bahraini decision."
    claims = claims_of(nlp, text, date(2020, 9, 12))
    parts = [c for c in claims if c.type.value == "PART_OF"]
    assert any(c.subject.startswith("org:") and c.object == "country:TUR" for c in parts)
    assert any(c.subject == "country:TUR" and c.type.value == "CRITICIZES" for c in claims)


def test_a_ministrys_spokesman_speaks_for_the_state(nlp: Language) -> None:
    text = (
        '"Qatar\'s position has not changed," said Majed al-Ansari, a spokesman for the Qatari '
        "Foreign Ministry."
    )
    claims = claims_of(nlp, text, date(2023, 10, 20))
    ties = {(c.subject, c.object) for c in claims if c.type.value == "AFFILIATED_WITH"}
    assert ("person:majed-al-ansari", "country:QAT") in ties


def test_a_formal_ministry_name_is_the_body(nlp: Language) -> None:
    text = (
        "India's Ministry of External Affairs said it regretted Pakistan's unilateral steps and "
        "asked Islamabad to review them."
    )
    found = events(nlp, text, date(2019, 8, 8))
    assert any(s.startswith("org:") and t == "REQUESTS" and o == "country:PAK" for s, t, o in found)
    assert ("country:IND", "REQUESTS", "country:PAK") not in found


def test_a_sanctioned_ministry_is_the_ministry(nlp: Language) -> None:
    text = "The Treasury imposed sanctions on Iran's Intelligence Ministry on Friday."
    found = events(nlp, text, date(2023, 9, 18))
    assert not any(t == "SANCTIONS" and o == "country:IRN" for s, t, o in found)


def test_a_named_charge_daffaires_summoned_is_the_senders(nlp: Language) -> None:
    # the parser heads "chargé d'affaires" with "d'affaires", which holds the possessive
    text = (
        "On Monday, the Russian Foreign Ministry summoned Lithuania's chargé d'affaires, "
        "Virginija Umbrasiene, and demanded that the restrictions be lifted."
    )
    found = events(nlp, text, date(2022, 6, 20))
    assert ("country:RUS", "CRITICIZES", "country:LTU") in found
    assert ("country:RUS", "REQUESTS", "country:LTU") in found


def test_a_leader_directing_his_own_ministry_acts_on_the_body(nlp: Language) -> None:
    # the register says whose leader he is, though the text does not
    for text in (
        "Putin directed Russia's Defense Ministry to strengthen forces along the border.",
        "Erdogan ordered Turkey's Interior Ministry to deport Syrians who broke the law.",
    ):
        found = events(nlp, text, date(2023, 6, 1))
        assert not any(t == "REQUESTS" and o.startswith("country:") for s, t, o in found), text
        assert any(t == "REQUESTS" and o.startswith("org:") for s, t, o in found), text

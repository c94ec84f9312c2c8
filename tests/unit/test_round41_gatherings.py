"""Round 41: who meets at a gathering. The named parties of one meeting, summit or talks meet
each other, pairwise (the dev convention for a meeting of several): its hosts ("hosted by"), its
guests ("attended by", "brought together", "with"), those it is between, those who act at it
("shook hands with Sisi in a meeting hosted by Qatar's emir"), and the states a host's guests came
from ("hosted his counterparts from Syria, Saudi Arabia, Iraq and Egypt"). Not those listed as
one side ("held talks with Aoun, Diab and Berri"), not two of one government, not a person and
the state they serve, and none of a gathering said not to have happened. The sentences are
constructed after outlet copy (`corpus/outlets7`, `corpus/outlets13`, `corpus/outlets16`,
`corpus/outlets17`)."""

from datetime import date

from extraction_support import claims_of, events
from spacy.language import Language


def _met(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "MEETS", b) in found or (b, "MEETS", a) in found


def test_hosts_guests_and_those_brought_together_meet(nlp: Language) -> None:
    text = (
        "The talks at the Élysée Palace, hosted by President Emmanuel Macron of France and "
        "attended by Chancellor Angela Merkel of Germany, brought together Vladimir Putin and "
        "Volodymyr Zelensky."
    )
    found = events(nlp, text, date(2019, 12, 10))
    for a, b in [
        ("person:emmanuel-macron", "person:vladimir-putin"),
        ("person:angela-merkel", "person:volodymyr-zelensky"),
        ("person:angela-merkel", "person:emmanuel-macron"),
        ("person:vladimir-putin", "person:volodymyr-zelensky"),
    ]:
        assert _met(found, a, b), (a, b)
    # a state named only as a guest's home is no party of its own
    assert not any("country:" in s + o for s, t, o in found if t == "MEETS")


def test_who_meet_at_a_hosted_meeting_meet_its_host(nlp: Language) -> None:
    text = (
        "In Doha, Erdogan also shook hands with Egyptian President Abdel Fattah el-Sisi, in a "
        "meeting hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani."
    )
    found = events(nlp, text, date(2022, 11, 21))
    met_host = {s if "tamim" in o else o for s, t, o in found if t == "MEETS" and "tamim" in s + o}
    assert met_host == {"person:erdogan", "person:abdel-fattah-el-sisi"}


def test_a_host_meets_the_states_its_guests_came_from(nlp: Language) -> None:
    text = (
        "On May 1, Jordan's foreign minister, Ayman Safadi, hosted his counterparts from Syria, "
        "Saudi Arabia, Iraq and Egypt in Amman."
    )
    found = events(nlp, text, date(2023, 5, 8))
    assert _met(found, "person:ayman-safadi", "country:SYR")
    assert _met(found, "country:EGY", "country:IRQ")
    # the host serves Jordan, and does not meet it
    assert not _met(found, "person:ayman-safadi", "country:JOR")


def test_one_side_of_talks_does_not_meet_itself(nlp: Language) -> None:
    text = (
        "Later, at the presidential palace in Baabda, Macron held talks with President Michel "
        "Aoun, Prime Minister Hassan Diab and parliament speaker Nabih Berri."
    )
    found = events(nlp, text, date(2020, 8, 6))
    assert _met(found, "person:macron", "person:michel-aoun")
    assert not _met(found, "person:michel-aoun", "person:nabih-berri")
    assert not _met(found, "person:hassan-diab", "person:nabih-berri")


def test_who_act_together_at_a_meeting_are_one_side(nlp: Language) -> None:
    text = (
        "President Donald Trump and Vice President JD Vance tore into Ukrainian President "
        "Volodymyr Zelenskyy during a heated Oval Office meeting on Friday."
    )
    found = events(nlp, text, date(2025, 3, 1))
    assert _met(found, "person:donald-trump", "person:volodymyr-zelenskyy")
    assert _met(found, "person:jd-vance", "person:volodymyr-zelenskyy")
    assert not _met(found, "person:donald-trump", "person:jd-vance")


def test_a_state_named_only_to_criticise_at_a_meeting_is_not_met(nlp: Language) -> None:
    text = "Biden criticized Iran during a meeting with Israeli Prime Minister Benjamin Netanyahu."
    found = events(nlp, text, date(2023, 6, 1))
    assert not any(t == "MEETS" and "country:IRN" in s + o for s, t, o in found)


def test_a_gathering_not_attended_or_still_to_come(nlp: Language) -> None:
    found = events(
        nlp,
        "The summit, hosted by Japan, was not attended by Russian President Vladimir Putin.",
        date(2023, 5, 20),
    )
    assert not any(t == "MEETS" for _, t, _ in found)
    claims = claims_of(
        nlp,
        "Xi Jinping will host Vladimir Putin and Narendra Modi at a summit in Beijing next month.",
        date(2024, 9, 1),
    )
    meets = [c for c in claims if c.type.value == "MEETS"]
    assert meets and all(c.modality.value == "planned" for c in meets)

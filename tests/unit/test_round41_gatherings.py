"""Round 41: who meets at a gathering. The named parties of one meeting, summit or talks meet
each other, pairwise (the dev convention for a meeting of several): its hosts ("hosted by"), its
guests ("attended by", "brought together", "with"), those it is between, those who act at it
("shook hands with Sisi in a meeting hosted by Qatar's emir"), and the states a host's guests came
from ("hosted his counterparts from Syria, Saudi Arabia, Iraq and Egypt"). Not those listed as
one side ("held talks with Aoun, Diab and Berri"), not two of one government, not a person and
the state they serve, not one only spoken of at it ("at the summit, Biden praised Abe"), and none
of a gathering said not to have happened, called off, or held by video. The sentences are
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


def test_one_spoken_of_at_a_meeting_is_not_met(nlp: Language) -> None:
    text = (
        "At the summit hosted by Indonesian President Joko Widodo, US President Joe Biden "
        "praised former Japanese Prime Minister Shinzo Abe."
    )
    found = events(nlp, text, date(2022, 11, 15))
    assert not any(t == "MEETS" and "shinzo-abe" in s + o for s, t, o in found)


def test_no_meeting_a_cancelled_one_or_one_by_video(nlp: Language) -> None:
    for text in (
        "There was no meeting between Vladimir Putin and Volodymyr Zelensky at the talks hosted "
        "by Turkish President Recep Tayyip Erdogan.",
        "The virtual summit hosted by US President Joe Biden brought together German Chancellor "
        "Olaf Scholz and French President Emmanuel Macron.",
        "French President Emmanuel Macron attended the summit hosted by US President Joe Biden "
        "by video link.",
    ):
        claims = claims_of(nlp, text, date(2022, 3, 10))
        assert not any(c.type.value == "MEETS" and c.rule == "gathering_parties" for c in claims), (
            text
        )


def test_a_list_of_guests_goes_on_past_titles_and_a_second_by(nlp: Language) -> None:
    text = (
        "The meeting, hosted by Saudi Crown Prince Mohammed bin Salman, was attended by US "
        "Secretary of State Marco Rubio and by Russian Foreign Minister Sergei Lavrov."
    )
    found = events(nlp, text, date(2025, 2, 18))
    assert _met(found, "person:marco-rubio", "person:mohammed-bin-salman")
    assert _met(found, "person:sergei-lavrov", "person:mohammed-bin-salman")
    assert _met(found, "person:marco-rubio", "person:sergei-lavrov")


def test_two_of_one_government_at_a_gathering_do_not_meet(nlp: Language) -> None:
    text = (
        "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin attended the "
        "meeting hosted by Japanese Prime Minister Fumio Kishida."
    )
    found = events(nlp, text, date(2023, 1, 11))
    assert _met(found, "person:antony-blinken", "person:fumio-kishida")
    assert not _met(found, "person:antony-blinken", "person:lloyd-austin")

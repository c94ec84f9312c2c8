"""Round 35: a preposition repeated for each object ("sanctions on Ahmadinejad and on Iran's
Ministry of Intelligence") gives every object; an acronym said as a word is found however its
capitals are written ("Ecowas", as British copy writes ECOWAS), unless that spelling is a given
name ("Sana"); and a speech act coordinated inside a speaker's report of a state of mind ("Ned
Price said the United States had serious concerns and urged Phnom Penh ...") is the speaker's
own, not the report's subject's. A span of time given a party to act by ("gave Iran 60
days") asks it, supplying nothing; what a party holds, frozen or cancelled ("froze the assets of
Roman Abramovich", "canceled the visa of Sen. Ronald dela Rosa"), sanctions the party, whose
name runs on through the particle "dela". A title "for" a described body, the holder's name
apposed after it ("a military spokesman for the group, Yahya Saree"), is that body's, as a title
"of" one is; a posting "for" a place ("the UN special envoy for Syria") is not. What a party
summoning an envoy demands of no one named it demands of the envoy's state ("summoned Russia's
charge d'affaires and demanded an explanation"); the state whose envoy a bare-titled officer
summons is not the officer's; and a participle after a demanded act ("demanded that Ms Takaichi
retract her comments, warning that Tokyo would bear all the consequences") goes on with the one
who demands. A place apposed to a class noun a state's "its" owns ("Ceuta, its enclave") lies in
that state. A company apposed to a class noun labelled with its state's people ("TotalEnergies,
the French energy giant") is part of that state, as "the Chinese company Huawei" was; not one
labelled with a seat ("a Washington lobbying group"). A government spokesman named with no state is the article's
state's, as a minister is. And what a review of these readings found wrong stays out: a report of another
party's state, from a speaker who is no named person ("Egyptian officials said Hamas remained
open to a deal and rejected ..."), keeps its own doer; a given name spelt like an acronym ("Isil
Yucel") is a name; a label of a target stays read beside a named one ("sanctions on Chinese firms
and on Iran"); "a group ... led by" a person is still his delegation; a visit suspended is no
holding, and a visa cancelled is no stance against a plan. The sentences are constructed after outlet copy
(`corpus/outlets`, `corpus/outlets7`, `corpus/outlets8`, `corpus/outlets9`)."""

from datetime import date

from extraction_support import events, read_claims
from spacy.language import Language

DAY = date(2023, 6, 1)


def test_a_repeated_preposition_gives_each_object(nlp: Language) -> None:
    text = (
        "The Treasury Department imposed sanctions on former Iranian President Mahmoud "
        "Ahmadinejad and on Iran's Ministry of Intelligence."
    )
    found = events(nlp, text, DAY)
    treasury = "org:united-states-department-of-the-treasury"
    assert (treasury, "SANCTIONS", "person:mahmoud-ahmadinejad") in found
    assert (treasury, "SANCTIONS", "org:ministry-of-intelligence-of-iran") in found


def test_an_acronym_in_one_capital_is_the_known_body(nlp: Language) -> None:
    text = "The leaders of the ECOWAS bloc met in Abuja. Ecowas imposed sanctions on Mali."
    claims, res = read_claims(nlp, text, DAY)
    assert ("org:ecowas", "SANCTIONS", "country:MLI") in {
        (c.subject, c.type.value, c.object) for c in claims
    }
    assert [n for n in res.nodes if n.startswith("org:")] == ["org:ecowas"]


def test_an_acronym_spelt_as_a_given_name_stays_a_name(nlp: Language) -> None:
    _, res = read_claims(nlp, "Sana told reporters that the Iranian decision was wrong.", DAY)
    assert "org:sana" not in res.nodes


def test_a_speech_act_after_a_reported_state_of_mind_is_the_speakers(nlp: Language) -> None:
    cases = {
        "person:ned-price": (
            'State Department spokesman Ned Price said the United States had "serious '
            'concerns" about the project and urged Phnom Penh to be transparent.',
            "country:KHM",
        ),
        "person:dmitry-peskov": (
            "Kremlin spokesman Dmitry Peskov said Moscow understood Turkey's security concerns "
            "but urged Ankara to refrain from any steps that could destabilise Syria.",
            "country:TUR",
        ),
    }
    for speaker, (text, urged) in cases.items():
        found = events(nlp, text, DAY)
        assert (speaker, "REQUESTS", urged) in found, text
        assert not any(s != speaker and (t, o) == ("REQUESTS", urged) for s, t, o in found), text


def test_a_speech_act_after_a_statement_that_is_the_ministrys(nlp: Language) -> None:
    text = (
        'Seoul\'s foreign ministry said in a statement that "no UN member state should violate" '
        "the sanctions by engaging in military cooperation with Pyongyang, and urged Moscow to "
        "act responsibly."
    )
    found = events(nlp, text, DAY)
    assert ("country:KOR", "REQUESTS", "country:RUS") in found
    assert ("org:united-nations", "REQUESTS", "country:RUS") not in found


def test_a_reported_deed_keeps_its_own_doer(nlp: Language) -> None:
    # not a state of mind: what the report's subject did goes on with that subject
    text = "Zelensky said Russian troops attacked the port and blamed Ukraine for the blast."
    found = events(nlp, text, DAY)
    assert ("person:volodymyr-zelensky", "ACCUSES", "country:UKR") not in found


def test_a_deadline_given_asks_and_supplies_nothing(nlp: Language) -> None:
    found = events(nlp, "The United States gave Iran 60 days to reach a deal.", DAY)
    assert ("country:USA", "REQUESTS", "country:IRN") in found
    assert ("country:USA", "SUPPLIES", "country:IRN") not in found


def test_what_a_party_holds_frozen_or_cancelled_sanctions_it(nlp: Language) -> None:
    found = events(nlp, "The EU froze the assets of Roman Abramovich.", DAY)
    assert ("org:european-union", "SANCTIONS", "person:roman-abramovich") in found
    text = "The United States canceled the visa of Sen. Ronald dela Rosa on Friday."
    assert ("country:USA", "SANCTIONS", "person:ronald-dela-rosa") in events(nlp, text, DAY)


def test_a_title_for_a_described_body_is_the_bodys(nlp: Language) -> None:
    text = (
        "The Houthi movement said it would keep firing. A military spokesman for the group, "
        "Yahya Saree, said five of its fighters had been killed."
    )
    found = events(nlp, text, DAY)
    assert ("person:yahya-saree", "AFFILIATED_WITH", "org:houthis") in found
    posted = events(
        nlp, "The UN special envoy for Syria, Geir Pedersen, said talks would go on.", DAY
    )
    assert ("person:geir-pedersen", "AFFILIATED_WITH", "country:SYR") not in posted


def test_a_demand_after_a_summons_is_of_the_envoys_state(nlp: Language) -> None:
    text = (
        "The Polish foreign ministry summoned Russia's charg\u00e9 d'affaires in Warsaw and "
        "demanded an explanation."
    )
    assert ("country:POL", "REQUESTS", "country:RUS") in events(nlp, text, DAY)
    text = "India summoned the Canadian high commissioner and asked for an explanation."
    assert ("country:IND", "REQUESTS", "country:CAN") in events(nlp, text, DAY)


def test_the_one_who_demands_goes_on_warning(nlp: Language) -> None:
    text = (
        "China protested on Thursday. Vice-Foreign Minister Sun Weidong summoned Japan's "
        "ambassador, Kenji Kanasugi, and demanded that Ms Takaichi retract her comments, warning "
        'that Tokyo would "bear all the consequences" if it did not.'
    )
    found = events(nlp, text, DAY)
    assert ("person:sun-weidong", "THREATENS", "country:JPN") in found
    assert not any(s != "person:sun-weidong" and t == "THREATENS" for s, t, _ in found)
    assert ("person:sun-weidong", "AFFILIATED_WITH", "country:JPN") not in found


def test_a_place_a_states_its_owns_lies_in_it(nlp: Language) -> None:
    text = (
        "Spain has sent troops to the beaches of Ceuta, its enclave on the North African coast, "
        "after thousands of migrants swam across from Morocco."
    )
    assert ("loc:ceuta", "LOCATED_IN", "country:ESP") in events(nlp, text, DAY)
    text = "Russia moved missiles to Kaliningrad, its exclave on the Baltic Sea."
    assert ("loc:kaliningrad", "LOCATED_IN", "country:RUS") in events(nlp, text, DAY)


def test_what_the_review_found_stays_out(nlp: Language) -> None:
    text = (
        "Egyptian officials said Hamas remained open to a deal and rejected Israel's latest "
        "proposal."
    )
    assert ("org:hamas", "OPPOSES", "country:ISR") in events(nlp, text, DAY)
    text = (
        "The Pentagon said Russia had thousands of troops near the border and warned Ukraine "
        "against any provocation."
    )
    assert not any(s.startswith("org:") for s, _, _ in events(nlp, text, DAY))
    _, res = read_claims(nlp, "Isil Yucel, a Turkish lawyer, criticised the arrests.", DAY)
    assert "org:islamic-state" not in res.nodes
    found = events(nlp, "The US imposed sanctions on Chinese firms and on Iran.", DAY)
    assert {("country:USA", "SANCTIONS", c) for c in ("country:CHN", "country:IRN")} <= found
    text = (
        "A group of US lawmakers led by Senator Ed Markey arrived in Taipei and met President "
        "Tsai Ing-wen."
    )
    assert ("person:ed-markey", "VISITS", "loc:taipei") in events(nlp, text, DAY)
    text = "China suspended the visit of Annalena Baerbock, the German foreign minister."
    assert not any(t == "SANCTIONS" for _, t, _ in events(nlp, text, DAY))
    found = events(nlp, "Australia cancelled the visa of Novak Djokovic on Friday.", DAY)
    assert not any(t == "OPPOSES" for _, t, _ in found)


def test_a_company_apposed_with_its_states_people_is_part_of_it(nlp: Language) -> None:
    text = "TotalEnergies, the French energy giant, holds the license with Eni."
    assert ("org:totalenergies", "PART_OF", "country:FRA") in events(nlp, text, DAY)
    text = "Public Citizen, a Washington lobbying group, criticised the United States."
    assert not any(t == "PART_OF" for _, t, _ in events(nlp, text, DAY))


def test_a_government_spokesman_is_the_articles_states(nlp: Language) -> None:
    text = (
        "Ethiopia has ordered seven UN officials to leave the country. Government spokesman "
        'Legesse Tulu told CNN the officials had "crossed the line" and said Addis Ababa would '
        "not allow it."
    )
    found = events(nlp, text, DAY)
    assert ("person:legesse-tulu", "AFFILIATED_WITH", "country:ETH") in found

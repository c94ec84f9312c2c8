"""Stances (SUPPORTS, OPPOSES) read from kinds of news sentences the rules were not tuned on.

Sentences marked "constructed after outlet copy" paraphrase wire and broadcast reports (names
kept); none is copied from an outlet.
"""

from extraction_support import events
from spacy.language import Language


def test_a_prepositional_stance_verb_takes_a_measure(nlp: Language) -> None:
    # constructed after outlet copy: the actor-only senses read "rallied against Maduro" but
    # left the measures these verbs are mostly said of
    got = events(nlp, "Labour leader Jeremy Corbyn came out against the suspension of Parliament.")
    assert ("person:jeremy-corbyn", "OPPOSES", "topic:suspension-of-parliament") in got
    got = events(nlp, "The Scottish National Party campaigned against Brexit.")
    assert any(s == "org:scottish-national-party" and t == "OPPOSES" for s, t, _ in got)


def test_rejecting_the_resignation_of_a_named_official_opposes_him(nlp: Language) -> None:
    # constructed after outlet copy; declining what a party offers opposes that party, as
    # "rejected Honcharuk's resignation" already did
    text = (
        "President Volodymyr Zelensky rejected the resignation of Prime Minister Oleksiy Honcharuk."
    )
    assert ("person:volodymyr-zelensky", "OPPOSES", "person:oleksiy-honcharuk") in events(nlp, text)


def test_welcoming_a_states_promise_supports_the_state(nlp: Language) -> None:
    # constructed after outlet copy (reactions to a disarmament pledge)
    got = events(nlp, "Russia welcomed North Korea's promise to abandon nuclear weapons.")
    assert ("country:RUS", "SUPPORTS", "country:PRK") in got


def test_a_states_protest_against_a_measure_opposes_it(nlp: Language) -> None:
    # constructed after outlet copy: a protest against an agreement is opposition to it, as the
    # gold reads stances on measures; a diplomatic protest to a state stays a complaint
    text = "Egypt, Greece and Cyprus lodged a protest against the maritime agreement between Turkey and Libya."
    got = events(nlp, text)
    opposed = {s for s, t, o in got if t == "OPPOSES" and o.startswith("topic:")}
    assert opposed == {"country:EGY", "country:GRC", "country:CYP"}
    assert not any(t == "CRITICIZES" for _, t, _ in got)
    got = events(nlp, "China lodged a protest with the United States over the visit.")
    assert ("country:CHN", "CRITICIZES", "country:USA") in got


def test_unnamed_members_of_a_party_act_for_the_party(nlp: Language) -> None:
    # constructed after outlet copy (Commons votes on the withdrawal agreement): a party's
    # members acting together, none named, act for the party as a state's agents for the state
    text = (
        "Britain is due to leave the European Union on 31 October. Conservative MPs rejected "
        "the Brexit withdrawal agreement."
    )
    got = events(nlp, text)
    assert ("org:conservative-party", "OPPOSES", "topic:brexit-withdrawal-agreement") in got
    # second sentence from https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Trump
    # (silver), the first constructed: counted members named in apposition are those persons,
    # not their party
    text = (
        "The United States House of Representatives impeached President Donald Trump. Two "
        "Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles "
        "of impeachment."
    )
    got = events(nlp, text)
    assert ("person:collin-peterson", "OPPOSES", "topic:articles-of-impeachment") in got
    assert not any(s == "org:democratic-party" for s, _, _ in got)


def test_a_stance_on_an_act_led_by_a_party_is_on_the_leader(nlp: Language) -> None:
    # https://en.wikinews.org/wiki/Former_president_of_France_Jacques_Chirac_dies_aged_86 (silver,
    # whose gold has Chirac OPPOSES United States)
    text = "Chirac was also an outspoken opponent of the United States-led Iraq War in 2003."
    assert ("person:chirac", "OPPOSES", "country:USA") in events(nlp, text)
    # constructed after outlet copy; "Iranian-backed" names a backer, not the actor
    got = events(nlp, "Iran opposed the Saudi-led intervention in Yemen.")
    assert ("country:IRN", "OPPOSES", "country:SAU") in got


def test_a_hyphenated_cause_is_named_by_its_whole_word(nlp: Language) -> None:
    # constructed after outlet copy; the tokenizer cuts "anti-semitism" in three
    got = events(nlp, "Mayor Pawel Adamowicz condemned anti-semitism after the attack.")
    assert ("person:pawel-adamowicz", "CRITICIZES", "topic:anti-semitism") in got, got
    got = events(nlp, "Mayor Pawel Adamowicz condemned racism.")
    assert ("person:pawel-adamowicz", "CRITICIZES", "topic:racism") in got, got


def test_a_cause_is_never_half_a_hyphened_word(nlp: Language) -> None:
    # second review: "anti-imperialism" is no imperialism, and a phrase naming a hyphened cause
    # would lose its "anti-"
    assert not events(nlp, "Fidel Castro championed anti-imperialism.")
    got = events(nlp, "Putin condemned the anti-semitism of the far right.")
    assert not {o for _, _, o in got if "semitism" in o and "anti" not in o}, got


def test_a_proposal_named_again_by_another_word_for_it_is_the_same_topic(nlp: Language) -> None:
    # constructed after wire copy on truce talks
    text = (
        "Egypt proposed a ceasefire plan on Monday. Israel signed a deal with Jordan. Hamas "
        "rejected the offer."
    )
    assert ("org:hamas", "OPPOSES", "topic:ceasefire-plan") in events(nlp, text)


def test_a_proposal_said_to_be_anothers_is_not_the_one_named_before(nlp: Language) -> None:
    # found by review of round 20
    text = "Egypt proposed a ceasefire plan on Monday. The United States backed the proposal by Turkey."
    assert ("country:USA", "SUPPORTS", "topic:ceasefire-plan") not in events(nlp, text)

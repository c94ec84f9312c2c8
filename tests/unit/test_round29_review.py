"""Guards from the review of round 29's readings: what a state's labelled ally, a lifted
measure, a passive's predicate, a judged act between two sides, a clause after "between" and an
unlabelled military must not be read as. The sentences are constructed after outlet copy.
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def got(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY))}


def test_a_states_proxies_and_named_friends_are_not_a_state(nlp: Language) -> None:
    assert not any(
        s == "country:IRQ" for s, _, _ in got(nlp, "Iran's Iraqi allies have attacked US troops.")
    )
    assert ("country:IRN", "SUPPLIES", "country:LBN") not in got(
        nlp, "Iran armed its Lebanese ally Hezbollah."
    )
    assert not any(
        "country:RUS" in (s, o) for s, _, o in got(nlp, "Orban met his Russian friend in Moscow.")
    )
    assert ("person:emmanuel-macron", "REQUESTS", "person:olaf-scholz") in got(
        nlp, "French President Emmanuel Macron urged his German friend Olaf Scholz to send tanks."
    )


def test_a_lifting_still_to_come_names_no_one_who_imposed(nlp: Language) -> None:
    claims = got(nlp, "Candidate Donald Trump said he would lift sanctions on Russia.")
    assert not any(t == "SANCTIONS" for _, t, _ in claims)
    modalities = {
        m
        for s, t, o, m in triples(claims_of(nlp, "Washington revoked sanctions on Cuba.", DAY))
        if t == "SANCTIONS"
    }
    assert modalities == {"asserted"}


def test_an_acts_own_doer_after_by_is_no_passives_agent(nlp: Language) -> None:
    claims = got(nlp, "The invasion of Kuwait was condemned as an act of aggression by Iraq.")
    assert ("country:IRQ", "CRITICIZES", "country:KWT") not in claims


def test_talks_judged_are_no_stance_on_their_sides(nlp: Language) -> None:
    claims = got(nlp, "Zelensky said the meeting between Ukraine and Russia was a failure.")
    assert not any(t == "CRITICIZES" for _, t, _ in claims)


def test_a_clause_after_the_second_side_of_talks_is_that_sides(nlp: Language) -> None:
    claims = got(
        nlp,
        "Talks between Iran and the United States, which imposed new sanctions on Tehran last "
        "week, resumed in Oman.",
    )
    assert ("country:IRN", "SANCTIONS", "country:IRN") not in claims
    assert not any(s == "country:IRN" and t == "SANCTIONS" for s, t, _ in claims)


def test_an_unlabelled_military_beside_another_states_forces_is_no_junta(nlp: Language) -> None:
    claims = got(
        nlp,
        "Myanmar's junta was excluded from the summit. Israel's military struck Rafah. The "
        "military said it targeted Hamas.",
    )
    assert not any(s == "group:myanmar-junta" for s, _, _ in claims)


def test_a_clause_after_a_list_whose_names_have_clauses_is_the_last_ones(nlp: Language) -> None:
    claims = got(
        nlp,
        "The pundits were: former U.S. Congressman Tom Tancredo, who represented Colorado's 6th "
        "congressional district as a Republican; political blogger Thomas Knapp, who founded the "
        "Boston Tea Party; and attorney Ron Gunzburger.",
    )
    assert not any(s == "person:tom-tancredo" and t == "LEADER_OF" for s, t, _ in claims)


def test_what_a_body_decides_is_the_bodys_act_not_its_welcomers(nlp: Language) -> None:
    claims = got(
        nlp,
        "On security, Erdogan welcomed the decision by Iraq's National Security Council last "
        "month to designate the PKK a banned organisation.",
    )
    assert not any(t == "SANCTIONS" and s == "person:erdogan" for s, t, _ in claims)


def test_a_junta_of_years_gone_by_makes_no_military_a_junta(nlp: Language) -> None:
    claims = got(
        nlp,
        "Thailand's former junta leader Prayuth Chan-ocha took power in a 2014 coup. Thailand's "
        "military said it would hold joint exercises with the United States.",
    )
    assert not any(s.startswith("group:") or o.startswith("group:") for s, _, o in claims)


def test_a_military_acting_on_the_juntas_state_is_anothers(nlp: Language) -> None:
    claims = got(
        nlp,
        "Niger's junta closed the border with Benin. Benin said its soldiers had been attacked. "
        "The military accused Niger of provocations.",
    )
    assert not any(s == "group:nigerien-junta" and o == "country:NER" for s, _, o in claims)


def test_attacks_told_inside_a_strikes_object_stay_no_ones(nlp: Language) -> None:
    claims = got(
        nlp,
        "Turkey struck PKK targets responsible for militant attacks that killed nine soldiers. "
        "NATO condemned the attacks.",
    )
    assert ("org:nato", "CRITICIZES", "country:TUR") not in claims


def test_a_sponsor_of_anything_but_terrorism_is_no_designation(nlp: Language) -> None:
    claims = got(
        nlp, "The United Nations listed Saudi Arabia as a sponsor of the peace conference."
    )
    assert not any(t == "SANCTIONS" for _, t, _ in claims)
    assert ("country:USA", "SANCTIONS", "country:CUB") in got(
        nlp, "Cuba was designated a state sponsor of terrorism by the United States."
    )

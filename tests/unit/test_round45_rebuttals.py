"""Round 45: who rejects a charge opposes its author. "a charge Iran denies", "rejected claims by
Armenia and France", "Tehran flatly rejected the accusations" (after Trump's) read the rejecter
as opposing the accuser (ONTOLOGY.md: OPPOSES, "reject"; CAMEO 12). A party denying claims in a
sentence of its own denies what they say (`denied`), and a court dismissing charges opposes no
one. The sentences are constructed after outlet copy (`corpus/outlets11`, `outlets14`,
`outlets16`, `outlets21`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_a_charge_denied_in_the_sentence_that_tells_it_opposes_the_accusers(
    nlp: Language,
) -> None:
    text = (
        "Riyadh and Washington have long accused Tehran of smuggling weapons to the Houthis, a "
        "charge Iran denies."
    )
    found = events(nlp, text, date(2023, 4, 10))
    assert ("country:IRN", "OPPOSES", "country:SAU") in found
    assert ("country:IRN", "OPPOSES", "country:USA") in found


def test_claims_rejected_oppose_those_the_noun_names(nlp: Language) -> None:
    text = (
        "Ankara has repeatedly rejected claims by Armenia and France that it sent Syrian "
        "mercenaries to fight alongside Azerbaijani forces."
    )
    found = events(nlp, text, date(2021, 10, 5))
    assert ("country:TUR", "OPPOSES", "country:ARM") in found
    assert ("country:TUR", "OPPOSES", "country:FRA") in found


def test_accusations_rejected_next_oppose_the_last_accuser(nlp: Language) -> None:
    text = (
        "President Trump accused Iran of orchestrating the siege of the U.S. Embassy in "
        "Baghdad. Tehran flatly rejected the accusations."
    )
    found = events(nlp, text, date(2019, 12, 31))
    assert any(s == "country:IRN" and t == "OPPOSES" for s, t, _ in found)


def test_claims_denied_in_a_sentence_of_their_own_are_only_denied(nlp: Language) -> None:
    text = (
        "The United States accused North Korea of supplying Russia with artillery shells. Both "
        "Moscow and Pyongyang have denied the claims."
    )
    found = events(nlp, text, date(2023, 10, 13))
    assert not any(t == "OPPOSES" for _, t, _ in found)


def test_a_court_dismissing_charges_and_a_rejection_not_made_oppose_no_one(
    nlp: Language,
) -> None:
    text = (
        "Prosecutors accused the opposition leader of fraud. The court dismissed the charges "
        "against him. Russia did not reject the accusations made by Ukraine."
    )
    found = events(nlp, text, date(2023, 3, 1))
    assert not any(t == "OPPOSES" for _, t, _ in found)


def test_the_verb_reporting_a_rejection_is_not_its_author(nlp: Language) -> None:
    text = "Biden told reporters that China had rejected the claim."
    found = events(nlp, text, date(2023, 6, 1))
    assert not any(t == "OPPOSES" for _, t, _ in found)


def test_a_criticism_of_a_party_is_not_that_party_s(nlp: Language) -> None:
    text = "The United States rejected the criticism of Israel at the UN Security Council."
    found = events(nlp, text, date(2023, 6, 1))
    assert ("country:USA", "OPPOSES", "country:ISR") not in found


def test_allegations_which_a_party_denied_oppose_the_accuser(nlp: Language) -> None:
    text = (
        "The United States accused Russia of hacking the election, allegations which Moscow denied."
    )
    found = events(nlp, text, date(2017, 1, 6))
    assert ("country:RUS", "OPPOSES", "country:USA") in found

"""Round 43: measures told by a relative clause. "The sanctions that the United States has
imposed on Venezuela's oil industry", "sanctions the State Department had announced against 24
Chinese officials", "the tariffs he had ordered on Mexican goods": the support verb of a
relative clause carries the noun as a verb it governs would, and names the actor a stance on the
measure is a stance on ("criticized the sanctions that the United States has imposed"). The
sentences are constructed after outlet copy (`corpus/outlets7`, `outlets14`, `outlets19`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_a_relative_clause_tells_who_imposed_a_measure_on_whom(nlp: Language) -> None:
    text = (
        "Brazil's president criticized the sanctions that the United States has imposed on "
        "Venezuela's oil industry."
    )
    found = events(nlp, text, date(2023, 5, 30))
    assert ("country:USA", "SANCTIONS", "country:VEN") in found
    assert any(t == "CRITICIZES" and o == "country:USA" for _, t, o in found)


def test_a_relative_clause_without_its_pronoun_tells_it_too(nlp: Language) -> None:
    text = (
        "Wang Yi took aim at sanctions the State Department had announced a day earlier "
        "against 24 Chinese officials."
    )
    found = events(nlp, text, date(2021, 3, 19))
    assert any(t == "SANCTIONS" and o == "country:CHN" for _, t, o in found)
    # the verb the noun's phrase hangs on is not its actor's
    assert not any(s == "person:wang-yi" and t == "SANCTIONS" for s, t, _ in found)


def test_a_measure_that_does_something_is_no_measure_imposed(nlp: Language) -> None:
    # the noun is the clause's subject, not the object of a support verb
    text = "Analysts said the sanctions that hit Russia last year have hurt European firms."
    found = events(nlp, text, date(2023, 5, 30))
    assert not any(t == "SANCTIONS" for _, t, _ in found)


def test_a_measure_still_to_come_or_only_brokered_is_no_measure_done(nlp: Language) -> None:
    texts = [
        "China said the tariffs that Washington might impose on Chinese goods would backfire.",
        "Russia warned that the sanctions the European Union could impose on Iran would backfire.",
        "Turkey condemned the sanctions that the US House of Representatives approved against "
        "Turkey.",
        "Moscow dismissed the sanctions that the European Union signalled against Russia.",
    ]
    for text in texts:
        found = events(nlp, text, date(2019, 10, 30))
        assert not any(t == "SANCTIONS" for _, t, _ in found), text
    text = "Saudi Arabia welcomed the deal that China brokered between Riyadh and Tehran."
    found = events(nlp, text, date(2023, 3, 11))
    assert not any(s == "country:CHN" and t == "AGREES_WITH" for s, t, _ in found)


def test_it_in_a_phrase_beside_another_party_is_no_one_s(nlp: Language) -> None:
    # "it" may be Ukraine or Britain: the clause gives the sanctions no actor
    text = "Ukraine thanked Britain for the sanctions that it imposed on Russian oligarchs."
    found = events(nlp, text, date(2022, 3, 10))
    assert not any(s == "country:UKR" and t == "SANCTIONS" for s, t, _ in found)
    # the object of the one who did it: "he" is that one
    text = "President Donald Trump defended the tariffs he imposed on Canada."
    found = events(nlp, text, date(2025, 3, 5))
    assert any(t == "SANCTIONS" and o == "country:CAN" for _, t, o in found)


def test_a_judged_measure_s_pronoun_and_the_noun_s_own_support_verb(nlp: Language) -> None:
    # "he" is not Beijing, and one condemns another's tariffs
    text = "Trump imposed tariffs on Canada last year. Beijing condemned the tariffs he imposed."
    found = events(nlp, text, date(2025, 3, 5))
    assert not any(s == "country:CHN" and t == "SANCTIONS" for s, t, _ in found)
    # the noun's own support verb stays its governor
    text = "Germany sent Ukraine the aid that Scholz pledged in March."
    found = events(nlp, text, date(2023, 6, 1))
    assert ("country:DEU", "SUPPLIES", "country:UKR") in found

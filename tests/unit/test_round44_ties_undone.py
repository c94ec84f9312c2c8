"""Round 44: a tie with a party undone. Ending, terminating, revoking, scrapping, annulling or
tearing up an agreement, a pact, a treaty, relations or cooperation "with" a party reduces
relations with it (CAMEO 16), a measure against it: "Chad ended its defence cooperation
agreement with France" gives Chad SANCTIONS France. Not a tie undone with no party named ("ended
the war with a ceasefire agreement", "scrapped its plan to build a wall with Mexico"). The
sentences are constructed after outlet copy (`corpus/outlets10`, `outlets11`, `outlets16`);
the entries are in `ingest/data/codebook.txt`."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_an_agreement_with_a_party_ended_is_a_measure_against_it(nlp: Language) -> None:
    text = (
        "Chad announced on Thursday that it was ending its defense cooperation agreement with "
        "France."
    )
    found = events(nlp, text, date(2024, 11, 29))
    assert ("country:TCD", "SANCTIONS", "country:FRA") in found


def test_agreements_revoked_with_a_capital_are_with_its_state(nlp: Language) -> None:
    text = "Mali's government revoked a series of military cooperation agreements with Paris."
    found = events(nlp, text, date(2022, 5, 3))
    assert ("country:MLI", "SANCTIONS", "country:FRA") in found


def test_accords_torn_up_with_a_party(nlp: Language) -> None:
    found = events(nlp, "Mali tore up its defence accords with France.", date(2022, 5, 3))
    assert ("country:MLI", "SANCTIONS", "country:FRA") in found


def test_a_war_ended_with_an_agreement_is_no_measure(nlp: Language) -> None:
    text = (
        "Israel and Hamas ended the war with a ceasefire agreement. The government scrapped its "
        "plan to build a wall with Mexico."
    )
    found = events(nlp, text, date(2025, 1, 20))
    assert not any(t == "SANCTIONS" for _, t, _ in found)


def test_pacts_revoked_with_a_state(nlp: Language) -> None:
    found = events(nlp, "Niger revoked its defence pacts with France.", date(2023, 8, 4))
    assert ("country:NER", "SANCTIONS", "country:FRA") in found


def test_a_club_s_sponsorship_ended_is_no_measure(nlp: Language) -> None:
    # the recogniser takes the club and the firm for persons: no tie with a person is a measure
    text = "Manchester United ended its sponsorship agreement with Adidas."
    found = events(nlp, text, date(2023, 8, 4))
    assert not any(t == "SANCTIONS" for _, t, _ in found)

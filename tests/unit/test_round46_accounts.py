"""Round 46: an account rejected in the sentence after it was given. "China said the balloon
was a civilian airship. The Pentagon rejected that account": the one who spoke in the sentence
before is the author the rejecter opposes (round 45's rule `rebuttal`). Only accounts (account,
version, reading, claim, assertion, suggestion): a charge or a criticism is its maker's, read
from the accusation itself; measured on the readable sets, taking the last speaker for those
made 10 spurious claims for 3 true ones. The sentences are constructed after outlet copy
(`corpus/outlets3`, `outlets16`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_an_account_rejected_is_the_last_speakers(nlp: Language) -> None:
    text = (
        "China said the balloon was a civilian airship that had blown off course. The Pentagon "
        "rejected that account."
    )
    found = events(nlp, text, date(2023, 2, 4))
    assert any(t == "OPPOSES" and o == "country:CHN" for s, t, o in found)


def test_an_account_dismissed_by_a_capital(nlp: Language) -> None:
    text = "Russia said it had hit only military targets. Kyiv has dismissed that account as a lie."
    found = events(nlp, text, date(2022, 4, 1))
    assert ("country:UKR", "OPPOSES", "country:RUS") in found


def test_a_neutral_speakers_forecast_is_no_ones_account(nlp: Language) -> None:
    text = "Analysts said the sanctions would hurt the economy. Moscow rejected the claim."
    found = events(nlp, text, date(2022, 4, 1))
    assert not any(t == "OPPOSES" for s, t, o in found)


def test_a_charge_rejected_is_not_the_last_speakers(nlp: Language) -> None:
    text = (
        "Zelensky said Moscow was using hunger as a weapon. The Kremlin rejected the charge, "
        "saying grain exports were blocked by mines."
    )
    found = events(nlp, text, date(2022, 6, 1))
    assert not any(t == "OPPOSES" for s, t, o in found)

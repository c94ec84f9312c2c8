"""Round 38: who an official works for and who a bloc's acts fall on. An officeholder whose title
names no state is the state of the one leader the sentence names beside them ("Trump ... flanked
by Defense Secretary Pete Hegseth"), not of whatever country the article is most about, unless
the two deal with each other; a former head the register or the sentence gives another office
now is no leader; an expulsion ordered by its noun, and the envoys listed by "including", are
sanctions on the senders; a joint statement of many states pairs none of them; and fire aimed
at a state's cities is at the state when the parser hangs the aim on the missiles. The
sentences are constructed after outlet copy (`corpus/outlets4`, `corpus/outlets13`,
`corpus/outlets14`)."""

from datetime import date

from extraction_support import events, read_claims
from spacy.language import Language

DAY = date(2025, 6, 22)


def _affiliations(nlp: Language, text: str, day: date = DAY) -> set[tuple[str, str]]:
    claims, _ = read_claims(nlp, text, day)
    return {(c.subject, c.object) for c in claims if c.type.value == "AFFILIATED_WITH"}


def test_officials_beside_their_leader_are_his_states(nlp: Language) -> None:
    # an article about Iran more than about the United States
    text = (
        "U.S. warplanes bombed three nuclear sites in Iran, President Donald Trump said. Iran "
        "vowed to respond, and Iran's parliament voted to close the Strait of Hormuz. Iran's "
        "foreign minister called the strikes a crime. Trump spoke from the White House, flanked "
        "by Vice President JD Vance and Defense Secretary Pete Hegseth."
    )
    assert {
        ("person:jd-vance", "country:USA"),
        ("person:pete-hegseth", "country:USA"),
    } <= _affiliations(nlp, text)


def test_a_delegation_with_its_leader_is_of_his_state(nlp: Language) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Vladimir Putin in Moscow. President Erdogan "
        "has said Turkey will help rebuild Syria, and Energy Minister Alparslan Bayraktar has said "
        "Ankara will supply electricity."
    )
    assert ("person:alparslan-bayraktar", "country:TUR") in _affiliations(nlp, text)


def test_an_official_a_leader_meets_is_no_colleague(nlp: Language) -> None:
    text = "Ukrainian President Volodymyr Zelensky met Defense Secretary Lloyd Austin in Kyiv."
    assert ("person:lloyd-austin", "country:UKR") not in _affiliations(nlp, text)


def test_an_official_another_acts_on_is_no_colleague(nlp: Language) -> None:
    text = (
        "Brazilian President Jair Bolsonaro barred him from entering the country and recognized "
        "the opposition leader Juan Guaidó as the legitimate president."
    )
    assert not any(s == "person:juan-guaido" for s, _ in _affiliations(nlp, text, date(2019, 2, 1)))


def test_a_former_head_with_another_office_now_leads_nothing(nlp: Language) -> None:
    text = (
        "British Foreign Secretary David Cameron said there must be consequences for Russia. "
        "Dmitry Medvedev, the deputy chairman of Russia's Security Council, wrote on Telegram "
        "that Britain would regret it."
    )
    found = events(nlp, text, date(2024, 2, 17))
    assert ("person:david-cameron", "LEADER_OF", "country:GBR") not in found
    assert ("person:dmitry-medvedev", "LEADER_OF", "country:RUS") not in found


def test_a_predecessor_still_led_his_state(nlp: Language) -> None:
    text = (
        "Brazil's president met Maduro in Brasilia. Mr. Lula's predecessor, Jair Bolsonaro, had "
        "barred Maduro from entering the country."
    )
    found = events(nlp, text, date(2023, 5, 30))
    assert ("person:jair-bolsonaro", "LEADER_OF", "country:BRA") in found


def test_an_expulsion_ordered_by_its_noun_sanctions_the_senders(nlp: Language) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan ordered the expulsion of 10 Western ambassadors, "
        "including the US envoy."
    )
    found = events(nlp, text, date(2021, 10, 23))
    assert ("person:recep-tayyip-erdogan", "SANCTIONS", "country:USA") in found


def test_an_expulsion_demanded_is_no_sanction(nlp: Language) -> None:
    found = events(nlp, "Poland demanded the expulsion of the Russian ambassador.", DAY)
    assert ("country:POL", "SANCTIONS", "country:RUS") not in found


def test_a_joint_statement_of_many_states_pairs_none(nlp: Language) -> None:
    text = (
        "The envoys of the US, Germany, France, the Netherlands, Sweden, Finland, Denmark and "
        "Canada issued a joint statement on Monday urging Turkey to release Osman Kavala."
    )
    found = events(nlp, text, date(2021, 10, 23))
    assert not any(t == "AGREES_WITH" for _, t, _ in found)
    assert ("country:DEU", "REQUESTS", "country:TUR") in found


def test_a_joint_statement_of_two_leaders_still_agrees(nlp: Language) -> None:
    text = (
        "Joe Biden signed a joint declaration with Israeli Prime Minister Yair Lapid committing "
        "the United States never to allow Iran to acquire a nuclear weapon."
    )
    found = events(nlp, text, date(2022, 7, 14))
    assert any(t == "AGREES_WITH" for _, t, _ in found)


def test_drones_launched_at_a_states_cities_attack_it(nlp: Language) -> None:
    found = events(nlp, "Russia launched drones at Ukrainian cities overnight.", DAY)
    assert ("country:RUS", "ATTACKS", "country:UKR") in found


def test_a_many_state_statement_with_a_partner_pairs_each_with_the_partner(
    nlp: Language,
) -> None:
    # from the review of round 38
    text = (
        "Britain, France, Germany, Poland and Italy issued a joint statement with Ukraine calling "
        "for a 30-day ceasefire."
    )
    agreed = {frozenset((s, o)) for s, t, o in events(nlp, text, DAY) if t == "AGREES_WITH"}
    assert frozenset(("country:DEU", "country:UKR")) in agreed
    assert frozenset(("country:DEU", "country:FRA")) not in agreed


def test_envoys_named_by_those_of_their_states_are_expelled_states(nlp: Language) -> None:
    # from the review of round 38: the wire's wording
    text = (
        "Turkey expelled ten Western ambassadors, including those of the United States, Germany "
        "and France."
    )
    found = events(nlp, text, date(2021, 10, 23))
    for state in ("country:USA", "country:DEU", "country:FRA"):
        assert ("country:TUR", "SANCTIONS", state) in found


def test_fire_at_a_states_cities_hung_on_the_last_of_two_objects(nlp: Language) -> None:
    # from the review of round 38
    text = "Russia launched more than 400 drones and 40 missiles at Ukrainian cities overnight."
    assert ("country:RUS", "ATTACKS", "country:UKR") in events(nlp, text, DAY)

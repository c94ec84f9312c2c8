"""States and stances read in round 27: Kosovo, a state no ISO 3166 package carries, is a
country; not recognising a state, a court or a ruling opposes it. The sentences are constructed
after outlet copy (`corpus/outlets`, `corpus/outlets2`, `corpus/outlets3`).
"""

from extraction_support import claims_of, triples
from spacy.language import Language

from geokg.ingest.gazetteer import load_gazetteer


def test_kosovo_is_a_state_with_its_capital_and_people() -> None:
    known = load_gazetteer().known
    assert known["country:XKX"].name == "Kosovo"
    assert known["loc:pristina"].country == "country:XKX"


def test_kosovo_acts_and_is_acted_on_as_a_state(nlp: Language) -> None:
    got = triples(
        claims_of(
            nlp,
            "NATO has agreed to send additional troops to Kosovo after a deadly attack. "
            "Pristina accused Belgrade of backing the gunmen.",
        )
    )
    assert ("country:XKX", "ACCUSES", "country:SRB", "asserted") in got


def test_not_recognising_a_state_or_a_court_opposes_it(nlp: Language) -> None:
    for text, subject, obj in (
        (
            "Kosovo declared independence from Serbia in 2008, but Belgrade does not recognise it.",
            "country:SRB",
            "country:XKX",
        ),
        (
            'Serbia would "never recognise" Kosovo\'s independence, Vucic said.',
            "country:SRB",
            "country:XKX",
        ),
        (
            "Israel refused to recognize the International Criminal Court.",
            "country:ISR",
            "org:international-criminal-court",
        ),
    ):
        got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
        assert (subject, "OPPOSES", obj) in got, (text, got)
        assert (subject, "SUPPORTS", obj) not in got, text


def test_recognition_withheld_for_now_or_given_is_no_opposition(nlp: Language) -> None:
    for text in (
        "A Brazilian official said Brazil would not recognize either Maduro or Gonzalez until "
        "the tally was published.",
        "Russia has not yet recognised the Taliban government of Afghanistan.",
        "The United States recognised Juan Guaido as interim president of Venezuela.",
    ):
        got = triples(claims_of(nlp, text))
        assert not {t for t in got if t[1] == "OPPOSES"}, (text, got)


def test_brussels_acts_for_the_eu_in_news_of_the_eu_that_never_names_belgium(
    nlp: Language,
) -> None:
    got = {
        (s, t, o)
        for s, t, o, _ in triples(
            claims_of(
                nlp,
                "The European Union and Ireland signed the deal. Ireland would work closely with "
                "Brussels on its implementation.",
            )
        )
    }
    assert ("country:IRL", "COOPERATES_WITH", "org:european-union") in got | {
        (o, t, s) for s, t, o in got
    }
    assert not {c for c in got if "country:BEL" in c}
    # Belgium named: Brussels is its capital acting; no EU named: the same
    for text in (
        "Belgium summoned the Israeli ambassador. Brussels criticised Israel, the EU said.",
        "Brussels criticised Moscow on Monday.",
    ):
        got = {(s, t, o) for s, t, o, _ in triples(claims_of(nlp, text))}
        assert ("country:BEL", "CRITICIZES", "country:ISR") in got or (
            "country:BEL",
            "CRITICIZES",
            "country:RUS",
        ) in got, (text, got)


def test_review_of_the_states_readings(nlp: Language) -> None:
    # review of round 27's sixth and seventh parts
    def read(text: str) -> set[tuple[str, str, str, str]]:
        return triples(claims_of(nlp, text))

    # a refusal said by a speaker is reported
    got = read(
        "Kosovo declared independence in 2008. Vucic said Serbia would never recognise Kosovo."
    )
    assert ("country:SRB", "OPPOSES", "country:XKX", "reported") in got
    # a condition, a label refused, a people's event: no opposition of the party
    for text in (
        "Poland said it would not recognise Lukashenko if the vote went ahead.",
        "Turkey does not recognise Hamas as a terrorist organisation, Erdogan said.",
        "Turkey has never recognised the Armenian genocide.",
    ):
        assert not {t for t in read(text) if t[1] == "OPPOSES"}, text
    # Brussels as an object, and a body of the EU named
    got = read(
        "The European Union imposed sanctions on Russia. Hungarian Prime Minister Viktor Orban "
        "accused Brussels of blackmail."
    )
    assert ("person:viktor-orban", "ACCUSES", "org:european-union", "asserted") in got
    got = read(
        "The European Commission warned Hungary. Brussels accused Budapest of breaking the rules."
    )
    assert ("org:european-union", "ACCUSES", "country:HUN", "asserted") in got
    # the city's mayor is the city's; "Kosovo Serb", "Kosovo Albanians" and KFOR are no Kosovo
    got = read("The European Union met. Brussels mayor Philippe Close condemned the violence.")
    assert not {t for t in got if "org:european-union" in t}
    got = read(
        "Kosovo Serb leader Milan Radoicic said he had acted alone. The Kosovo Force (KFOR), "
        "the NATO-led mission, sent troops. Serbian forces expelled Kosovo Albanians in 1999."
    )
    assert not {t for t in got if t[2] == "country:XKX" or t[0] == "country:XKX"}, got


def test_what_has_yet_to_happen_did_not(nlp: Language) -> None:
    # review of round 27's sixth part: "has yet to" read as done
    for text, triple in (
        ("Serbia has yet to recognise Kosovo.", ("country:SRB", "SUPPORTS", "country:XKX")),
        (
            "Washington has yet to impose sanctions on Beijing.",
            ("country:USA", "SANCTIONS", "country:CHN"),
        ),
        (
            "China has yet to condemn Russia for the invasion of Ukraine.",
            ("country:CHN", "CRITICIZES", "country:RUS"),
        ),
    ):
        got = triples(claims_of(nlp, text))
        assert (*triple, "negated") in got, (text, got)
        assert (*triple, "asserted") not in got, (text, got)
        assert not {t for t in got if t[1] == "OPPOSES"}, (text, got)
    got = triples(claims_of(nlp, "Russia has attacked Ukraine yet again."))
    assert ("country:RUS", "ATTACKS", "country:UKR", "asserted") in got

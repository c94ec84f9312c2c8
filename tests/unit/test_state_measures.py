"""Measures, judgements and parties told the way news tells them: an administration named after
its leader in an article that never names the state, controls imposed on a country, a trade
measure on a country's goods, a state body's rule for its own country's firms, an alleged actor
named by its capital, an act judged "of" which the speaker says it, ground a party holds, a
movement named against its state, capitals spelt otherwise, a protest hung on an object.
Sentences are constructed after news copy; names and dates are real, so that the register of
leaders can be read."""

from datetime import date

from extraction_support import claims_of, read_claims, triples
from spacy.language import Language

from geokg.ingest.gazetteer import load_gazetteer

DAY = date(2024, 5, 1)


def named(nlp: Language, text: str, day: date = DAY) -> set[tuple[str, str]]:
    """(subject, type, object) of every claim but titles and places, modality left out."""
    return {
        (s, t, o)
        for s, t, o, _ in triples(claims_of(nlp, text, day))
        if t not in ("LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN")
    }


def test_an_administration_acts_for_the_state_its_leader_heads(nlp: Language) -> None:
    # The article never names the United States: the register says whose administration it is.
    assert named(
        nlp, "The Biden administration criticized Beijing over its treatment of Uyghurs."
    ) == {("country:USA", "CRITICIZES", "country:CHN")}
    assert named(
        nlp, "The Trump administration imposed tariffs on Chinese steel.", date(2018, 3, 8)
    ) == {("country:USA", "SANCTIONS", "country:CHN")}
    # a name the register gives to several states' leaders says nothing of which, and adds none
    claims, res = read_claims(nlp, "The Lee administration criticized the decision by Japan.", DAY)
    assert not claims
    assert not {e for e in res.nodes if e.startswith("country:")} - {"country:JPN"}


def test_a_measure_hung_on_its_noun_is_still_imposed_on_its_target(nlp: Language) -> None:
    # The parser hangs "on South Korea" on "controls", a noun that triggers nothing itself.
    text = "Japan imposed export controls on South Korea in a dispute over wartime labour."
    assert named(nlp, text, date(2019, 7, 4)) == {("country:JPN", "SANCTIONS", "country:KOR")}
    # a noun trigger still reads its own phrases
    assert named(nlp, "Japan imposed sanctions on North Korean banks.") == {
        ("country:JPN", "SANCTIONS", "country:PRK")
    }


def test_a_state_body_ruling_its_own_countrys_firms_sanctions_no_one(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The Commerce Department barred American firms from selling chips to Huawei.", DAY
    )
    assert not [c for c in claims if c.type.value == "SANCTIONS" and c.object == "country:USA"]
    # the department is the United States' own, as the State Department and the Treasury are
    claims = claims_of(
        nlp, "The U.S. Commerce Department barred American firms from selling chips to Huawei.", DAY
    )
    found = {(c.subject, c.type.value, c.object) for c in claims}
    assert ("org:united-states-department-of-commerce", "PART_OF", "country:USA") in found
    assert not [c for c in claims if c.type.value == "SANCTIONS" and c.object == "country:USA"]


def test_an_alleged_actor_named_by_its_capital_is_its_state(nlp: Language) -> None:
    claims = claims_of(
        nlp, "Washington has accused Tehran of supplying the Houthis with missiles.", DAY
    )
    found = {(c.subject, c.type.value, c.object, c.modality.value) for c in claims}
    assert ("country:USA", "ACCUSES", "country:IRN", "asserted") in found
    assert ("country:IRN", "SUPPLIES", "org:houthis", "alleged") in found
    assert not [c for c in claims if "loc:tehran" in (c.subject, c.object)]


def test_an_act_judged_is_its_actors_whether_labelled_owned_or_by_phrase(nlp: Language) -> None:
    for text in (
        "Zelensky said the Russian strike was barbaric.",
        "Zelensky said Russia's strike was an act of terror.",
        "Zelensky said the strike by Russia was a crime.",
    ):
        (claim,) = named(nlp, text)
        assert (claim[0], claim[2]) == ("person:zelensky", "country:RUS"), text


def test_what_is_said_of_an_act_or_a_party_judges_it(nlp: Language) -> None:
    found = named(
        nlp, '"This is an act of terror," Zelensky said of the Russian strike on the hospital.'
    )
    assert found == {("person:zelensky", "ACCUSES", "country:RUS")}
    found = named(nlp, 'Blinken said of China: "It is dangerous and destabilising."')
    assert found == {("person:blinken", "CRITICIZES", "country:CHN")}
    # said of what no party did, it judges no one
    assert named(nlp, '"This is a disaster," Guterres said of the earthquake in Turkey.') == set()


def test_a_trade_measure_on_a_countrys_goods_or_firms_is_on_that_country(nlp: Language) -> None:
    day = date(2019, 5, 1)
    for text, actor, target in (
        ("The United States placed export restrictions on Chinese chipmakers.", "USA", "CHN"),
        ("China retaliated with tariffs on U.S. soybeans.", "CHN", "USA"),
        ("The EU put sanctions on Russian banks.", "org:european-union", "RUS"),
        # these read as much before goods and firms were known
        ("The United States imposed tariffs on Chinese goods worth $200 billion.", "USA", "CHN"),
        ("The EU banned imports of Russian oil.", "org:european-union", "RUS"),
    ):
        subject = actor if ":" in actor else f"country:{actor}"
        assert (subject, "SANCTIONS", f"country:{target}") in named(nlp, text, day), text
    # goods of two countries: a measure on each
    assert named(nlp, "Canada imposed tariffs on Chinese and Japanese steel.", day) == {
        ("country:CAN", "SANCTIONS", "country:CHN"),
        ("country:CAN", "SANCTIONS", "country:JPN"),
    }
    # answering a measure is not taking it: "responded to" carries no noun as "responded with" does
    assert named(nlp, "China responded to the sanctions on Iran with anger.", day) == set()
    # what is put on hold is not done; "placed its hopes in" carries nothing
    for text in (
        "The Biden administration put tariffs on Chinese electric vehicles on hold.",
        "The United States put sanctions against Iran on hold.",
        "France placed its hopes in a deal with Germany.",
        "India placed its faith in an alliance with Japan.",
    ):
        assert named(nlp, text, day) == set(), text


def test_ground_a_party_holds_is_its_own(nlp: Language) -> None:
    found = named(nlp, "India fired missiles into Pakistani-controlled territory early Wednesday.")
    assert found == {("country:IND", "ATTACKS", "country:PAK")}
    # backing is no holding: "Iranian-backed" names no owner of the ground it labels
    found = named(nlp, "Israel struck Iranian-backed towns in Syria.")
    assert ("country:ISR", "ATTACKS", "country:IRN") not in found


def test_a_movement_against_a_state_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "Rwanda accused Burundi of harbouring rebels from the Democratic Forces for the "
        "Liberation of Rwanda (FDLR) group. The FDLR denied it."
    )
    claims, res = read_claims(nlp, text, DAY)
    assert not [c for c in claims if c.type.value == "PART_OF"]
    # its initials, in the order of its French name's words, name the same group
    fdlr = [m.entity_id for m in res.mentions if m.text == "FDLR"]
    assert fdlr == ["org:democratic-forces-for-the-liberation-of-rwanda"] * 2
    # initials that are not the name's, in any order, name something else
    _, res = read_claims(nlp, "The Cultural Organization (UNESCO) met in Paris.", DAY)
    assert {m.entity_id for m in res.mentions if m.text == "UNESCO"} != {
        m.entity_id for m in res.mentions if m.text.startswith("Cultural")
    }


def test_capitals_countryinfo_spells_otherwise_act_for_their_states(nlp: Language) -> None:
    # countryinfo's "Sana'a", "Chișinău"; geonames' "Sanaa", "Chisinau"; and Belgrade, once
    # also the capital of Serbia and Montenegro, a state gone
    for text, actor, target in (
        ("Belgrade criticised Zagreb over the ban on Sunday.", "SRB", "HRV"),
        ("Chisinau accused Moscow of meddling in the election.", "MDA", "RUS"),
        ("Chișinău accused Moscow of meddling in the election.", "MDA", "RUS"),
    ):
        found = {(s, o) for s, _, o in named(nlp, text)}
        assert (f"country:{actor}", f"country:{target}") in found, text
    # a capital's name another state's town also bears is the more populous capital's
    assert load_gazetteer().known["loc:kingston"].country == "country:JAM"


def test_a_body_with_no_label_is_the_state_where_its_clause_is_set(nlp: Language) -> None:
    assert named(nlp, "Demonstrators marched against the government in Belgrade.") == {
        ("group:serbian-demonstrators", "OPPOSES", "country:SRB")
    }


def test_a_stance_taken_in_protest_is_the_actors_whatever_the_object_it_hangs_on(
    nlp: Language,
) -> None:
    # The parser hangs "in protest" on the verb's object, and "EU" labels the policy it is against.
    for text in (
        "French farmers blocked roads in protest against the EU.",
        "French farmers blocked roads in protest against EU trade policy.",
    ):
        assert named(nlp, text) == {("group:french-farmers", "OPPOSES", "org:european-union")}, text
    # farmers no text labels are anyone's
    assert named(nlp, "Farmers blocked roads in protest against the EU.") == set()


def test_whom_a_party_calls_a_separatist_it_criticises(nlp: Language) -> None:
    text = (
        "China staged war games around the island following the inauguration of President Lai "
        'Ching-te, whom Beijing calls a "separatist".'
    )
    assert ("country:CHN", "CRITICIZES", "person:lai-ching-te") in named(nlp, text)

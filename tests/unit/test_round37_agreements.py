"""Round 37: an agreement the article told, in words no reading took ("agreed to restore ties in
a deal brokered by China", "signed a mutual defense pact") or only with a verb of agreeing
between two named parties ("Ethiopia and the TPLF have agreed to a cessation of hostilities"),
is what a later bare "the deal", "the agreement", "the document" or an object "it" recalls: a
Topic its welcomers support and its signers agree to. Declarations, protocols and charters
signed or ratified are agreements; "a declaration of war" is none. The sentences are
constructed after outlet copy (`corpus/outlets`, `corpus/outlets2`, `corpus/outlets3`,
`corpus/outlets5`)."""

from datetime import date

from extraction_support import events, read_claims
from spacy.language import Language

DAY = date(2023, 6, 1)


def _topics(nlp: Language, text: str) -> dict[str, set[tuple[str, str]]]:
    """Each Topic's name -> the (subject, type) of the claims that take it as object."""
    claims, res = read_claims(nlp, text, DAY)
    found: dict[str, set[tuple[str, str]]] = {}
    for c in claims:
        if c.object.startswith("topic:"):
            found.setdefault(res.name_of(c.object), set()).add((c.subject, c.type.value))
    return found


def test_the_agreement_recalls_a_deal_told_in_passing(nlp: Language) -> None:
    text = (
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties in a deal brokered "
        "by China. UN Secretary-General Antonio Guterres welcomed the agreement."
    )
    claims, _ = read_claims(nlp, text, DAY)
    supported = {
        c.object
        for c in claims
        if c.subject == "person:antonio-guterres" and c.type.value == "SUPPORTS"
    }
    assert supported == {"topic:agreement-irn-sau"}


def test_the_deal_recalls_an_agreement_told_only_by_a_verb(nlp: Language) -> None:
    text = (
        "Ethiopia and Eritrea have agreed to a permanent cessation of hostilities after a week "
        "of talks. The United States welcomed the deal on Thursday."
    )
    found = _topics(nlp, text)
    assert found == {"deal": {("country:USA", "SUPPORTS")}}


def test_a_passing_mention_does_not_displace_the_agreement_told(nlp: Language) -> None:
    text = (
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties in a deal brokered "
        "by China. Under the deal, the two sides pledged to revive an older accord on trade. "
        "Oman welcomed the agreement."
    )
    claims, _ = read_claims(nlp, text, DAY)
    oman = {c.object for c in claims if c.subject == "country:OMN"}
    assert oman == {"topic:agreement-irn-sau"}


def test_an_object_it_is_the_agreement_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic ties in a deal brokered "
        "by China. It was signed by Ali Shamkhani, Musaed al-Aiban and Wang Yi. "
        "Qatar and Egypt also welcomed it."
    )
    claims, _ = read_claims(nlp, text, DAY)
    found = {(c.subject, c.type.value, c.object) for c in claims if c.object.startswith("topic:")}
    deal = "topic:agreement-irn-sau"
    assert {
        ("person:ali-shamkhani", "AGREES_WITH", deal),
        ("person:wang-yi", "AGREES_WITH", deal),
        ("country:QAT", "SUPPORTS", deal),
        ("country:EGY", "SUPPORTS", deal),
    } <= found


def test_it_after_a_named_party_is_not_the_agreement(nlp: Language) -> None:
    text = (
        "Turkey and Libya signed a maritime agreement in November. "
        "Greece recalled its ambassador, and Egypt condemned it."
    )
    found = _topics(nlp, text)
    assert ("country:EGY", "CRITICIZES") not in found.get("maritime agreement", set())


def test_an_act_it_is_not_an_agreement(nlp: Language) -> None:
    text = "Russia annexed Crimea in 2014. The United States condemned it."
    assert ("country:USA", "CRITICIZES", "country:RUS") in events(nlp, text, DAY)
    assert not _topics(nlp, text)


def test_a_declaration_signed_is_an_agreement_and_the_document_recalls_it(
    nlp: Language,
) -> None:
    text = (
        "Gulf Arab leaders signed a declaration of solidarity in Al-Ula on Tuesday. "
        "Turkey welcomed the document."
    )
    assert _topics(nlp, text) == {"declaration of solidarity": {("country:TUR", "SUPPORTS")}}


def test_a_declaration_of_war_is_no_agreement(nlp: Language) -> None:
    text = (
        "Mali and Burkina Faso said any intervention in Niger would be a declaration of war. "
        "France welcomed the document."
    )
    assert not _topics(nlp, text)


def test_a_protocol_ratified_is_agreed_to(nlp: Language) -> None:
    text = (
        "President Recep Tayyip Erdogan has signed the protocol on Sweden's accession to NATO. "
        "The Turkish parliament ratified the protocol on Tuesday."
    )
    found = _topics(nlp, text)
    assert found == {
        "protocol on Sweden's accession to NATO": {
            ("person:recep-tayyip-erdogan", "AGREES_WITH"),
            ("country:TUR", "AGREES_WITH"),
            ("org:turkish-parliament", "AGREES_WITH"),
        }
    }


def test_a_memorandum_of_understanding_is_named_by_what_it_is_about(nlp: Language) -> None:
    text = (
        "The transport ministers of Turkey, Iraq and Qatar signed a quadrilateral memorandum of "
        "understanding on the Development Road Project."
    )
    found = _topics(nlp, text)
    # what it is about names it, or every memorandum of understanding would be one node
    name = "quadrilateral memorandum of understanding on the Development Road Project"
    assert set(found) == {name}
    assert found[name] == {
        ("country:TUR", "AGREES_WITH"),
        ("country:IRQ", "AGREES_WITH"),
        ("country:QAT", "AGREES_WITH"),
    }


def test_where_an_agreement_was_announced_is_no_part_of_its_name(nlp: Language) -> None:
    text = (
        "Israel and the United Arab Emirates signed a normalisation agreement in September. "
        "President Donald Trump announced the agreement on Twitter, and Hamas denounced the "
        "agreement as a betrayal."
    )
    names = set(_topics(nlp, text))
    assert not any("Twitter" in n for n in names)


def test_an_agreement_only_an_it_recalls_is_kept(nlp: Language) -> None:
    # the node was once made without a form, so the claim on it pointed at nothing
    text = "Pakistan and Afghanistan agreed to a truce in Doha on Sunday. India welcomed it."
    assert _topics(nlp, text) == {"truce": {("country:IND", "SUPPORTS")}}


def test_a_passive_it_is_the_agreement_only_for_a_verb_that_takes_one(nlp: Language) -> None:
    text = (
        "Ukraine signed an association agreement with the European Union in 2014. "
        "It was invaded by Russia in 2022."
    )
    assert ("country:RUS", "ATTACKS", "country:UKR") in events(nlp, text, DAY)
    assert not any(t == "ATTACKS" for pairs in _topics(nlp, text).values() for _, t in pairs)


def test_it_after_an_act_on_the_agreement_is_the_act(nlp: Language) -> None:
    text = (
        "Moscow withdrew from the grain deal in July, and Kyiv condemned it. "
        "Turkey said it would keep trying."
    )
    found = _topics(nlp, text)
    assert ("country:UKR", "CRITICIZES") not in {p for pairs in found.values() for p in pairs}


def test_the_document_after_another_text_is_not_the_agreement(nlp: Language) -> None:
    text = (
        "Turkey and Libya signed a maritime agreement in November. A UN report released on "
        "Monday found that Turkish arms reached Tripoli. Ankara rejected the document."
    )
    found = _topics(nlp, text)
    assert ("country:TUR", "OPPOSES") not in {p for pairs in found.values() for p in pairs}


def test_a_particular_word_recalls_an_agreement_it_names(nlp: Language) -> None:
    text = (
        "Turkey, Finland and Sweden signed a trilateral memorandum in Madrid. Hungary and Turkey "
        "later ratified the accession protocols of the two Nordic countries. Russia criticised "
        "the memorandum."
    )
    found = _topics(nlp, text)
    assert ("country:RUS", "CRITICIZES") in found["trilateral memorandum"]


def test_a_declaration_of_war_signed_is_no_agreement(nlp: Language) -> None:
    text = "A declaration of war was signed by Ukraine's parliament on Friday."
    assert not _topics(nlp, text)


def test_a_resolution_is_named_by_what_it_does_and_recalled(nlp: Language) -> None:
    text = (
        "The board of the International Atomic Energy Agency passed a resolution censuring Iran "
        "on Thursday. The resolution, drafted by Britain, France and Germany, was passed by 19 "
        "votes to 3. Iran rejected the resolution. China voted against the measure."
    )
    assert _topics(nlp, text) == {
        "resolution censuring Iran": {
            ("country:GBR", "SUPPORTS"),
            ("country:FRA", "SUPPORTS"),
            ("country:DEU", "SUPPORTS"),
            ("country:IRN", "OPPOSES"),
            ("country:CHN", "OPPOSES"),
        }
    }


def test_a_treaty_suspended_is_opposed(nlp: Language) -> None:
    text = (
        "Foreign Secretary Vikram Misri said New Delhi was suspending the Indus Waters Treaty "
        "with immediate effect."
    )
    assert _topics(nlp, text) == {"Indus Waters Treaty": {("country:IND", "OPPOSES")}}


def test_resolutions_calling_for_different_things_are_two(nlp: Language) -> None:
    text = (
        "Malta drafted a resolution calling for a ceasefire. Ukraine drafted a resolution "
        "calling for the return of deported children. Russia opposed the resolution."
    )
    assert _topics(nlp, text) == {
        "resolution calling for ceasefire": {("country:MLT", "SUPPORTS")},
        "resolution calling for return": {
            ("country:UKR", "SUPPORTS"),
            ("country:RUS", "OPPOSES"),
        },
    }


def test_the_measure_after_other_sanctions_is_not_the_resolution(nlp: Language) -> None:
    text = (
        "The board passed a resolution censuring Iran. Separately, the EU imposed sanctions on "
        "Iranian officials. Tehran condemned the measure."
    )
    found = _topics(nlp, text)
    assert ("country:IRN", "CRITICIZES") not in {p for pairs in found.values() for p in pairs}


def test_what_a_rejected_bill_would_do_is_not_the_rejecters(nlp: Language) -> None:
    text = "The Senate rejected a bill banning TikTok."
    assert not {t for t in events(nlp, text, DAY) if t[1] == "SANCTIONS"}


def test_a_decision_to_quit_or_draft_is_still_an_act_judged(nlp: Language) -> None:
    # "quit" and "draft" now have stance senses for measures; an act told with them is still
    # the act a later "the decision" recalls
    quit = "Russia quit the grain deal on Monday. Ukraine condemned the decision."
    assert ("country:UKR", "CRITICIZES", "country:RUS") in events(nlp, quit, DAY)
    drafted = "Lithuania drafted thousands of men last year. Russia condemned the decision."
    assert ("country:RUS", "CRITICIZES", "country:LTU") in events(nlp, drafted, DAY)


def test_also_welcomed_it_is_the_agreement_the_same_verb_took_before(nlp: Language) -> None:
    text = (
        "The United States and the Taliban signed an agreement in Doha on Saturday. Afghan "
        "President Ashraf Ghani welcomed the agreement but said his government had made no "
        "commitment to release Taliban prisoners. NATO Secretary General Jens Stoltenberg also "
        "welcomed it."
    )
    found = _topics(nlp, text)
    assert ("person:jens-stoltenberg", "SUPPORTS") in {p for v in found.values() for p in v}


def test_an_act_welcomed_in_the_passive_is_its_actors(nlp: Language) -> None:
    # "welcome" also means receiving a visitor; a passive's subject is the object the stance
    # senses take, as "Poland welcomed the decision" has it
    text = (
        "Germany sent Leopard 2 tanks to Ukraine on Wednesday. The decision was welcomed by Poland."
    )
    assert ("country:POL", "SUPPORTS", "country:DEU") in events(nlp, text, DAY)
    visitor = "Kim Jong Un was welcomed by Vladimir Putin at the airport in Vladivostok."
    assert ("person:kim-jong-un", "MEETS", "person:vladimir-putin") in events(nlp, visitor, DAY)


def test_an_act_judged_after_a_sentence_about_it_is_still_its_actors(nlp: Language) -> None:
    text = (
        "Russia expelled two Estonian diplomats on Monday. The move followed weeks of tension. "
        "Tallinn condemned the decision."
    )
    assert ("country:EST", "CRITICIZES", "country:RUS") in events(nlp, text, DAY)
    # a sentence about another act's subject is no such bridge
    other = (
        "Russia expelled two Estonian diplomats on Monday. Latvia's foreign minister followed "
        "weeks of tension. Tallinn condemned the decision."
    )
    assert ("country:EST", "CRITICIZES", "country:RUS") not in events(nlp, other, DAY)

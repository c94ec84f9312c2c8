"""Stances read in round 30: a criticised act recalled by the noun of the verb that told it ("the
closures", "the expulsions"), the sense of "call" and "describe" their complement says when the
object is an act, a feeling said by a copula ("said it was deeply concerned about"), and a
reaction with no object ("Beijing hit back") as criticism of whoever last acted on the reactor.
The sentences are constructed after outlet copy (`corpus/outlets` to `corpus/outlets6`).
"""

from datetime import date

from extraction_support import claims_of, triples
from spacy.language import Language

DAY = date(2024, 1, 15)


def typed(nlp: Language, text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in triples(claims_of(nlp, text, DAY)) if t == kind}


def test_a_criticised_act_is_recalled_by_the_noun_of_its_verb(nlp: Language) -> None:
    cases = {
        "Finland closed its border with Russia on Friday. Russia condemned the closures.": (
            "country:RUS",
            "country:FIN",
        ),
        "Pakistan expelled thousands of Afghans this month. The Taliban condemned the "
        "expulsions as cruel.": ("org:taliban", "country:PAK"),
        "Pakistan deported thousands of Afghans this month. Iran condemned the deportations.": (
            "country:IRN",
            "country:PAK",
        ),
    }
    for text, pair in cases.items():
        assert pair in typed(nlp, text, "CRITICIZES"), text


def test_an_act_noun_recalls_no_one_when_its_verb_was_told_of_no_one(nlp: Language) -> None:
    for text in (
        # the closure of the border was told with no actor; nothing to recall
        "The border was closed on Friday. Russia condemned the closures.",
        # a verb negated is no act to recall
        "Finland did not close its border with Russia. Russia condemned the closures.",
    ):
        assert not typed(nlp, text, "CRITICIZES"), text


def test_call_takes_the_sense_its_complement_says_of_an_act(nlp: Language) -> None:
    text = (
        "Ecuador raided the Mexican embassy in Quito on Friday. Brazil called the raid a clear "
        "violation of the Vienna Convention."
    )
    assert ("country:BRA", "country:ECU") in typed(nlp, text, "CRITICIZES")
    text = "Finland closed its border with Russia. Dmitry Peskov called the closures unfriendly."
    assert {o for s, o in typed(nlp, text, "CRITICIZES") if "peskov" in s} == {"country:FIN"}


def test_a_feeling_said_by_a_copula_is_a_stance(nlp: Language) -> None:
    for text in (
        "The United States said it was deeply concerned about Russia.",
        "The United States said on Monday that it was alarmed by Russia.",
    ):
        assert ("country:USA", "country:RUS") in typed(nlp, text, "CRITICIZES"), text
    # the "it" of "it is unclear whether" is still no party
    text = "It is unclear whether Russia was concerned about the talks."
    assert not typed(nlp, text, "CRITICIZES")


def test_a_reaction_with_no_object_criticises_who_last_acted_on_the_reactor(
    nlp: Language,
) -> None:
    text = (
        "Chinese President Xi Jinping met Biden in California. Biden called Xi a dictator on "
        "Wednesday. Blinken was caught grimacing. Beijing hit back on Thursday."
    )
    assert ("country:CHN", "person:biden") in typed(nlp, text, "CRITICIZES")
    text = (
        "The United States struck militia targets in Iraq on Friday. Iran condemned the "
        "strikes. Baghdad also protested."
    )
    assert ("country:IRQ", "country:USA") in typed(nlp, text, "CRITICIZES")
    # no one acted on Beijing: a reaction to nothing told is no claim
    text = "Biden met Xi Jinping in California. Beijing hit back on Thursday."
    assert not typed(nlp, text, "CRITICIZES")


def test_a_denied_part_in_an_alleged_act_denies_the_act(nlp: Language) -> None:
    text = (
        "Britain accused Russia of poisoning Sergei Skripal in Salisbury. Moscow has always "
        "denied any role in the Salisbury attack."
    )
    got = claims_of(nlp, text, DAY)
    assert any(
        c.subject == "country:RUS" and c.type.value == "ATTACKS" and c.modality.value == "denied"
        for c in got
    )
    text = (
        "Ukraine accused Russia of attacking civilians in Bucha. Moscow rejected the accusations."
    )
    got = claims_of(nlp, text, DAY)
    assert any(c.type.value == "ATTACKS" and c.modality.value == "denied" for c in got)
    # a third party's part is not the accused's denial
    text = "Ukraine accused Russia of attacking Bucha. China denied any role."
    got = claims_of(nlp, text, DAY)
    assert not any(c.modality.value == "denied" for c in got)


def test_a_welcomed_act_is_a_stance_on_its_doer(nlp: Language) -> None:
    text = "Nicaragua released 222 political prisoners on Thursday. Blinken welcomed the release."
    assert {o for s, o in typed(nlp, text, "SUPPORTS") if "blinken" in s} == {"country:NIC"}
    # an issue judged stays the issue ("voted in favour of the impeachment" is on the
    # impeachment): test_acts_and_followers keeps that


def test_both_sides_are_the_two_states_the_article_is_about(nlp: Language) -> None:
    text = (
        "India revoked the special status of Kashmir on Monday. Pakistan expelled India's envoy "
        "on Wednesday. India accused Pakistan of backing militants. China said the move damaged its sovereignty, and the United States "
        "watched closely. UN Secretary-General Antonio Guterres called on both sides to refrain "
        "from any step that could affect the status of the region."
    )
    asked = {o for s, o in typed(nlp, text, "REQUESTS") if "guterres" in s}
    assert asked == {"country:IND", "country:PAK"}
    # a pair the article joined once does not stand out
    once = text.replace(" India accused Pakistan of backing militants.", "")
    for pair in ("both sides", "both countries"):
        got = typed(nlp, once.replace("both sides", pair), "REQUESTS")
        assert not {o for s, o in got if "guterres" in s}, pair
    # the pair the sentence before lists, not the article's pair
    text = (
        "Russia attacked Ukraine. Ukraine attacked Russia. Belarus and Kazakhstan signed a "
        "trade pact. The two countries also agreed to hold joint drills."
    )
    assert ("country:RUS", "country:UKR") not in typed(nlp, text, "AGREES_WITH")


def test_a_response_vowed_threatens_who_provoked_it(nlp: Language) -> None:
    for text in (
        "Japan imposed export curbs on South Korea on Friday. President Moon Jae-in said his "
        "government would respond firmly.",
        "Japan imposed sanctions on South Korea. South Korea vowed to retaliate.",
    ):
        assert ("country:KOR", "country:JPN") in typed(nlp, text, "THREATENS"), text
    # a strike to come that names its target is the attack rule's, not a response
    text = "Japan imposed sanctions on South Korea. South Korea would strike Japan, Moon said."
    assert ("country:KOR", "country:JPN") not in typed(nlp, text, "THREATENS")
    # a response ruled out threatens no one
    text = "Japan imposed sanctions on South Korea. Moon said Seoul would not respond."
    assert not typed(nlp, text, "THREATENS")


def test_look_alikes_the_review_of_round_30_found(nlp: Language) -> None:
    """Texts a review of the readings above found misread, each left alone now."""
    empty = {
        # force answering force is a fight; a response by other means, or asked about, or
        # forecast by others, threatens no one
        "Hezbollah fired rockets at northern Israel. Israel fired back.": "CRITICIZES",
        "The United States sanctioned Chinese officials. How will China respond?": "THREATENS",
        "Russia cut gas supplies to Moldova. Chisinau said it would respond by strengthening "
        "ties with the EU.": "THREATENS",
        "Israel struck Iranian sites. Iran will retaliate, analysts said.": "THREATENS",
        # a report or an investigation released is no act a judgment of "the release" is on
        "The State Department released its annual human rights report. Biden welcomed the "
        "release.": "SUPPORTS",
        "The EU launched an investigation into Chinese subsidies. Tokyo condemned the "
        "launch.": "CRITICIZES",
    }
    for text, rel in empty.items():
        assert not typed(nlp, text, rel), text
    # a denial not made, or forecast, or of a role in something else
    for text in (
        "Ukraine accused Russia of attacking Bucha. Russia has not denied responsibility.",
        "Ukraine accused Russia of attacking Bucha. Russia would deny any role, analysts said.",
        "Ukraine accused Russia of attacking Bucha. Russia denied a role in the peace process.",
    ):
        assert not any(c.modality.value == "denied" for c in claims_of(nlp, text, DAY)), text


def test_look_alikes_the_second_review_of_round_30_found(nlp: Language) -> None:
    """Texts the review of the whole change found misread, each left alone now."""
    # the urging pair is not "both sides"
    text = (
        "Serbia accused Kosovo of provocations. Kosovo accused Serbia of aggression. Britain and "
        "the US urged both sides to de-escalate."
    )
    asked = {(s, o) for s, o in typed(nlp, text, "REQUESTS")}
    assert ("country:GBR", "country:USA") not in asked
    assert ("country:GBR", "country:SRB") in asked
    # any response promised is no retaliation vowed
    text = "The EU imposed tariffs on Chinese cars. Beijing promised to respond after a review."
    assert not typed(nlp, text, "THREATENS")
    # a vow to hit back threatens; it criticises no one yet
    text = "Belarus sanctioned Lithuanian firms. Vilnius vowed to hit back."
    assert ("country:LTU", "country:BLR") in typed(nlp, text, "THREATENS")
    assert not typed(nlp, text, "CRITICIZES")


def test_a_requested_act_under_a_support_verb_is_planned(nlp: Language) -> None:
    # the requester governs the support verb of the act's noun, not the noun's own verb
    got = triples(
        claims_of(nlp, "Zelensky called on Germany to impose tougher sanctions on Russia.", DAY)
    )
    assert ("country:DEU", "SANCTIONS", "country:RUS", "planned") in got
    assert ("country:DEU", "SANCTIONS", "country:RUS", "asserted") not in got
    # imposed, it is told
    got = triples(claims_of(nlp, "Germany imposed tougher sanctions on Russia.", DAY))
    assert ("country:DEU", "SANCTIONS", "country:RUS", "asserted") in got

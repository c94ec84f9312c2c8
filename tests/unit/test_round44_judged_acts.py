"""Round 44: the act a judgment names, recalled from the story. "Peskov called the closures an
unfriendly step" judges Finland when the story opened on Finland closing its border, though
only announced ("Finland is to close"); "called the decision a violation" judges the side whose
act the story opened on when the sentence before tells none; a name given to the act ("called
the expulsions "an affront"") does not hide which act it is; a state told beside a body of its
own as the actor is one actor, the state. Not the judge's own side, and not when the opening
told acts of two sides. The sentences are constructed after outlet copy (`corpus/outlets4`,
`outlets7`, `outlets11`, `outlets12`, `outlets18`)."""

from datetime import date

from extraction_support import events
from spacy.language import Language


def test_an_announced_act_the_story_opens_on_is_the_one_judged(nlp: Language) -> None:
    text = (
        "Finland is to close all but one of its crossing points on the border with Russia. "
        "Prime Minister Petteri Orpo said one crossing would stay open. The closures will be in "
        'force until December. Kremlin spokesman Dmitry Peskov called the closures "an '
        'unfriendly and completely unnecessary step".'
    )
    found = events(nlp, text, date(2023, 11, 28))
    assert ("person:dmitry-peskov", "CRITICIZES", "country:FIN") in found


def test_a_name_given_to_the_act_does_not_hide_it(nlp: Language) -> None:
    # the parser hangs "an affront" on "the expulsions" as an apposition
    text = (
        "Ethiopia expelled seven senior United Nations officials on Thursday, accusing them "
        "of meddling. Aid agencies warned of famine in Tigray. The UN said it was "
        'shocked. Press secretary Jen Psaki called the expulsions "an affront to the United '
        'Nations" and said Washington was ready to act.'
    )
    found = events(nlp, text, date(2021, 10, 1))
    assert ("person:jen-psaki", "CRITICIZES", "country:ETH") in found


def test_the_decision_the_story_opened_on_is_its_maker_s(nlp: Language) -> None:
    text = (
        "President Donald Trump on Monday formally recognized Israel's sovereignty over the "
        "Golan Heights, signing a proclamation at the White House. "
        '"Israel has every right to protect itself," Trump said. '
        'Arab League Secretary-General Ahmed Aboul Gheit called the decision "a clear '
        'violation of international law."'
    )
    found = events(nlp, text, date(2019, 3, 25))
    assert ("person:ahmed-aboul-gheit", "CRITICIZES", "country:USA") in found


def test_a_state_and_its_own_force_did_one_act(nlp: Language) -> None:
    text = (
        "Iran and its Revolutionary Guards seized a British-flagged tanker in the Strait of "
        "Hormuz on Friday. Britain summoned Iran's ambassador. The company said it could not "
        'reach the crew. Germany called the seizure "a dangerous escalation".'
    )
    found = events(nlp, text, date(2019, 7, 20))
    assert ("country:DEU", "CRITICIZES", "country:IRN") in found


def test_the_judge_s_own_side_s_decision_is_not_judged_on_itself(nlp: Language) -> None:
    text = (
        "Thailand deported 40 Uyghur men to China on Thursday. Rights groups said the men "
        "faced persecution. The United States said it was deeply concerned. Prime Minister "
        "Paetongtarn Shinawatra defended the decision, saying it followed Thai law."
    )
    found = events(nlp, text, date(2025, 2, 28))
    assert not any(t == "SUPPORTS" and o == "country:THA" for _, t, o in found)


def test_an_opening_of_two_sides_acts_recalls_neither(nlp: Language) -> None:
    text = (
        "Morocco agreed on Thursday to normalize relations with Israel, and the United States "
        "will recognize Moroccan sovereignty over Western Sahara. Morocco is the fourth Arab "
        "country to agree to such a deal this year. Officials said flights would start soon. "
        "The Polisario Front swiftly rejected the decision."
    )
    found = events(nlp, text, date(2020, 12, 10))
    assert not any(s == "org:polisario-front" and t == "OPPOSES" for s, t, _ in found)


def test_an_act_that_only_could_come_is_no_opening_act(nlp: Language) -> None:
    text = (
        "Finland could close its border with Russia, officials warned on Monday. Prime "
        "Minister Petteri Orpo said talks would continue. No decision has been made. Kremlin "
        'spokesman Dmitry Peskov called the closures "an unfriendly step".'
    )
    found = events(nlp, text, date(2023, 11, 20))
    assert ("person:dmitry-peskov", "CRITICIZES", "country:FIN") not in found


def test_a_body_whose_state_is_not_named_is_judged_without_failing(nlp: Language) -> None:
    # the Pentagon speaks for a state the text never names: no node to map it to
    text = (
        "The Pentagon will send 3,000 more troops to Poland, officials said. The deployment is "
        "expected within weeks. NATO allies were briefed on Monday. Russian Foreign Minister "
        "Sergei Lavrov criticised the decision."
    )
    found = events(nlp, text, date(2022, 2, 2))
    assert any(s == "person:sergei-lavrov" and t == "CRITICIZES" for s, t, _ in found)


def test_a_judgment_of_the_act_is_not_the_act_judged_next(nlp: Language) -> None:
    text = (
        "The United States is freezing a $6 billion transfer to Iran. Israel praised the "
        "decision. Iran's foreign ministry criticized the move."
    )
    found = events(nlp, text, date(2023, 10, 12))
    assert not any(t == "CRITICIZES" and o == "country:ISR" for _, t, o in found)


def test_a_lawmaker_of_no_known_side_does_not_judge_a_state(nlp: Language) -> None:
    text = (
        "The United States will withdraw all its troops from Afghanistan by September, "
        "President Joe Biden announced. About 2,500 troops remain in the country. Senator "
        "Mitch McConnell criticised the decision."
    )
    found = events(nlp, text, date(2021, 4, 15))
    assert not any(s == "person:mitch-mcconnell" and t == "CRITICIZES" for s, t, _ in found)


def test_an_unnamed_body_s_decision_told_just_before_is_not_the_story_s(nlp: Language) -> None:
    text = (
        "Russia expelled two Polish diplomats on Monday. Poland summoned Russia's ambassador. "
        "A Warsaw court on Tuesday ordered the seizure of a Russian school building. Polish "
        "Foreign Minister Zbigniew Rau welcomed the decision."
    )
    found = events(nlp, text, date(2023, 5, 10))
    assert not any(t == "SUPPORTS" and o == "country:RUS" for _, t, o in found)


def test_a_decision_stood_by_is_its_own_side_s_and_reads_without_end(nlp: Language) -> None:
    # "stood by the decision": the noun is in the judging phrase itself, once read in a loop
    text = (
        "Thailand deported 40 Uyghur men to China on Thursday. Rights groups protested. The "
        "United States was concerned. Thai Prime Minister Paetongtarn Shinawatra stood by the "
        "decision."
    )
    found = events(nlp, text, date(2025, 2, 28))
    assert not any(t == "SUPPORTS" and o == "country:THA" for _, t, o in found)


def test_an_opening_undoing_is_recalled_by_no_welcome(nlp: Language) -> None:
    text = (
        "Ukraine will keep exporting grain. Russia will withdraw from the grain deal, the "
        "Kremlin said. The deal was brokered by Turkey in 2022. Turkey welcomed the decision."
    )
    found = events(nlp, text, date(2023, 7, 17))
    assert not any(s == "country:TUR" and t == "SUPPORTS" for s, t, _ in found)


def test_the_act_s_own_measure_told_before_leaves_the_opening_act(nlp: Language) -> None:
    text = (
        "Finland is to close its entire border with Russia. The measure takes effect on "
        "Thursday. Moscow called the decision unfriendly."
    )
    found = events(nlp, text, date(2023, 12, 12))
    assert ("country:RUS", "CRITICIZES", "country:FIN") in found


def test_a_question_announces_no_act(nlp: Language) -> None:
    text = (
        "Will Finland close its border with Russia? Officials met on Monday. The cabinet was "
        'divided. Kremlin spokesman Dmitry Peskov called the decision "an unfriendly step".'
    )
    found = events(nlp, text, date(2023, 11, 20))
    assert ("person:dmitry-peskov", "CRITICIZES", "country:FIN") not in found

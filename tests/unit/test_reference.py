"""Described actors and reference across the article: state agents, descriptive groups, acts and
proposals argued about, pronouns, quotations and descriptions ("the kingdom", "the president").

Sentences marked W.. are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/), from the development corpus or
../shared/corpus/wikinews (the article URL is given beside each). Sentences marked "news" are
written after news reports of the events they name, for constructions the Wikinews sample lacks.
"""

import json
from datetime import date
from pathlib import Path

import pytest
from extraction_support import claims_of, read_claims
from spacy.language import Language

from geokg.graph.models import Claim
from geokg.ingest.agents import load_agents
from geokg.ingest.lexicon import load_lexicon
from geokg.ingest.relations import _Memory, _register_names, _SentenceReader
from geokg.ingest.resolve import Resolution, resolve

W10 = "https://en.wikinews.org/wiki/United_States_military_kills_Qasem_Soleimani"
W11 = "https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement"
WTRAIL = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020"
WLUK = "https://en.wikinews.org/wiki/South_Sudanese_politician_John_Luk_Jok_dies_aged_about_68"
WADEN = "https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden"
WKARNATAKA = "https://en.wikinews.org/wiki/Indian_Railway:_all-women_crew_steers_Tippu_Express_ahead_of_International_Women%27s_Day"
WURAL = "https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead"
WSEOUL = "https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm"
WPELOSI = "https://en.wikinews.org/wiki/US_Speaker_Pelosi_announces_Trump_impeachment_investigation"
WRULES = (
    "https://en.wikinews.org/wiki/U.S._House_formalizes_rules_for_Trump_impeachment_proceedings"
)
WDRAFT = "https://en.wikinews.org/wiki/Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution"
WKOSZALIN = (
    "https://en.wikinews.org/wiki/Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland"
)
WMENDEZ = "https://en.wikinews.org/wiki/Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78"
WMARCH = "https://en.wikinews.org/wiki/Thousands_march_in_anti-Brexit_protest,_London"
WJOLO = "https://en.wikinews.org/wiki/Bombs_kill_at_least_20_at_cathedral_in_Mindanao,_Philippines"


def read(nlp: Language, text: str) -> tuple[list[Claim], Resolution]:
    return read_claims(nlp, text, date(2020, 1, 5))


def triples(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.type.value, c.object) for c in read(nlp, text)[0]}


def ruled(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """The triples with the rule that read each."""
    return {(c.subject, c.type.value, c.object, c.rule) for c in read(nlp, text)[0]}


# ---- state agents -----------------------------------------------------------------------


def test_a_spokesman_labelled_with_a_country_through_a_compound_acts_for_it(nlp: Language) -> None:
    # news (Second Thomas Shoal, 2023)
    got = triples(
        nlp, "A Chinese military spokesman accused Philippine vessels of entering Chinese waters."
    )
    assert ("country:CHN", "ACCUSES", "country:PHL") in got


def test_a_foreign_ministry_labelled_with_a_demonym_acts_for_the_country(nlp: Language) -> None:
    # news (Falklands, 2012)
    got = triples(nlp, "The Argentine foreign ministry condemned Britain.")
    assert got == {("country:ARG", "CRITICIZES", "country:GBR")}


def test_the_state_agent_chain_of_a_named_country(nlp: Language) -> None:
    # W10
    text = (
        "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, "
        "in an airstrike."
    )
    assert ("country:USA", "ATTACKS", "person:qasem-soleimani") in triples(nlp, text)


def test_a_leaders_administration_is_the_state_the_article_says_he_leads(nlp: Language) -> None:
    # news (December 2016)
    text = (
        "United States President Barack Obama spoke in Hawaii on Thursday. "
        "The Obama administration sanctioned Russia."
    )
    assert ("country:USA", "SANCTIONS", "country:RUS") in triples(nlp, text)


def test_a_leaders_administration_is_the_state_the_register_has_him_lead(nlp: Language) -> None:
    # Outlet copy often never names the state ("The Biden administration announced ..."): the
    # register of leaders says which it is, at any time of its record.
    got = triples(nlp, "The Obama administration sanctioned Russia.")
    assert ("country:USA", "SANCTIONS", "country:RUS") in got


def test_an_administration_whose_name_several_states_leaders_bore_is_no_actor(
    nlp: Language,
) -> None:
    got = triples(nlp, "The Lee administration sanctioned Russia.")
    assert not {t for t in got if t[1] == "SANCTIONS"}


def test_a_named_agency_is_its_own_actor(nlp: Language) -> None:
    # news: the State Department is an Organization node, not the United States
    got = triples(nlp, "The State Department criticized China on Monday.")
    assert ("org:united-states-department-of-state", "CRITICIZES", "country:CHN") in got
    assert ("country:USA", "CRITICIZES", "country:CHN") not in got


def test_a_militia_backed_by_a_state_is_not_that_state(nlp: Language) -> None:
    # W10 wording: "an Iranian-backed militia"
    got = triples(nlp, "Iranian-backed militias attacked the United States Embassy in Baghdad.")
    # Iran backs them (SUPPORTS); the attack is theirs, not Iran's
    assert not {t for t in got if t[0] == "country:IRN" and t[1] != "SUPPORTS"}


def test_the_government_of_a_one_country_article_is_that_country(nlp: Language) -> None:
    # WDRAFT
    text = (
        "On Friday, a federal judge in Texas ruled the United States federal government's practice "
        "of registering men but not women for the draft, or military conscription, is "
        "unconstitutional.\n\nIn response to a lawsuit by the men's rights group National Coalition "
        "for Men, U.S. District Judge Gray Miller ruled the male-only draft violated the Due Process "
        "Clause of the United States Constitution.\n\nThere is currently a commission engaged to "
        "study the role of the draft, and the government asked Judge Miller to delay his ruling "
        "until after they made their recommendations, but he declined."
    )
    assert ("country:USA", "REQUESTS", "person:gray-miller") in triples(nlp, text)


def test_the_government_in_a_sentence_naming_another_country_is_no_actor(nlp: Language) -> None:
    text = "Sudan's military seized power on Monday. Sudan's neighbours watched. The government criticized Egypt."
    got = triples(nlp, text)
    assert not {t for t in got if t[1] == "CRITICIZES"}


# ---- descriptive groups -----------------------------------------------------------------


def test_a_collective_labelled_with_a_country_is_a_group_named_with_it(nlp: Language) -> None:
    claims, res = read(nlp, "Sudanese insurgents attacked Chad.")
    assert {(c.subject, c.type.value, c.object) for c in claims} == {
        ("group:sudanese-insurgents", "ATTACKS", "country:TCD")
    }
    assert res.name_of("group:sudanese-insurgents") == "Sudanese insurgents"


def test_a_counted_collective_in_a_capital_is_that_countrys_group(nlp: Language) -> None:
    # news (Baghdad, 31 December 2019)
    text = "Iraq's government was silent. Hundreds of protesters in Baghdad attacked the United States Embassy."
    got = triples(nlp, text)
    assert ("group:iraqi-protesters", "ATTACKS", "country:USA") in got or (
        "group:iraqi-protesters",
        "ATTACKS",
        "org:united-states-embassy",
    ) in got


def test_the_junta_of_a_one_country_article_is_scoped_to_it(nlp: Language) -> None:
    text = (
        "Sudan's military seized power on Monday. Sudan has been in turmoil since April. "
        "Protesters accused the junta of killing demonstrators."
    )
    assert ("group:sudanese-protesters", "ACCUSES", "group:sudanese-junta") in triples(nlp, text)


def test_a_collective_with_no_country_in_view_is_no_node(nlp: Language) -> None:
    # Wikinews (campaign trail, August 2020): "A group of protesters ... threatened Senator Rand Paul"
    claims, res = read(
        nlp, "Chinese and Russian diplomats met. Protesters criticized Russia and China."
    )
    assert not [c for c in claims if c.subject.startswith("group:")]
    assert not [e for e in res.entities() if e.kind.value == "Group"]
    assert not {c for c in claims if c.type.value == "CRITICIZES"}


def test_a_described_group_read_in_passing_is_not_output(nlp: Language) -> None:
    claims, res = read(
        nlp, "Sudan's army met Sudanese protesters in Khartoum. Sudan's army said so."
    )
    used = {e for c in claims for e in (c.subject, c.object)}
    ids = {e.id for e in res.entities(used)}
    assert all(i in used for i in ids if i.startswith("group:"))


def test_a_generic_collective_is_no_group(nlp: Language) -> None:
    text = "Sudan's military seized power. Sudan's people waited. A number of protesters criticized Egypt."
    assert not {t for t in triples(nlp, text) if t[0].startswith("group:")}


W_BREXIT_MARCH = "https://en.wikinews.org/wiki/Thousands_march_in_anti-Brexit_protest,_London"
W_HK_POLICE = "https://en.wikinews.org/wiki/Hong_Kong_protesters_surround_downtown_police_complex"
W_JOHNSON = "https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister"


def test_a_protest_with_no_actor_named_is_its_protesters_who_oppose_its_target(
    nlp: Language,
) -> None:
    # W_BREXIT_MARCH: its first sentence and an image caption
    text = (
        "Estimates by event organizers indicate roughly one million people marched in London on "
        'Saturday during an anti-Brexit ("British exit") march, protesting the pending exit of the '
        'United Kingdom from the European Union (EU). "Revoke arrrticle 50" poster at anti-Brexit '
        "march in March 2019."
    )
    got = ruled(nlp, text)
    assert ("group:british-protesters", "OPPOSES", "topic:brexit", "implied_protesters") in got
    assert read(nlp, text)[1].name_of("group:british-protesters") == "British protesters"
    # news (Iraq, October 2019): "anti-government" protests oppose the government of where
    # they are held; a city named there is its country's
    assert ("group:iraqi-protesters", "OPPOSES", "country:IRQ") in triples(
        nlp, "Thousands took part in anti-government demonstrations in Baghdad."
    )
    # news (Venezuela, 2019): a crowd's march against a leader, in his capital
    assert ("group:venezuelan-protesters", "OPPOSES", "person:nicolas-maduro") in triples(
        nlp,
        "Thousands of protesters marched against President Nicolas Maduro in Caracas on Saturday.",
    )


def test_a_states_protest_stays_a_complaint_and_a_persons_protest_is_no_crowd(
    nlp: Language,
) -> None:
    # news (East China Sea, 2012): a diplomatic protest is disapproval (PLOVER ACCUSE)
    got = triples(nlp, "China lodged a protest with Japan over the visit.")
    assert ("country:CHN", "CRITICIZES", "country:JPN") in got
    assert "OPPOSES" not in {t[1] for t in got}
    # W_JOHNSON: resigning "in protest" is the resigner's own stance, not a crowd's
    text = (
        "Following the UK's Brexit vote, Theresa May appointed him Foreign Secretary, which he "
        "served as until 2018, resigning in protest to May's negotiated Brexit agreement."
    )
    assert not {t for t in triples(nlp, text) if t[0].startswith("group:")}


def test_a_groups_demands_are_addressed_to_the_government_of_its_country(nlp: Language) -> None:
    # W_HK_POLICE: its first sentence, then the demands
    text = (
        "On Friday, thousands of Hong Kong protesters wearing black clothes, face masks, and "
        "helmets gathered around Hong Kong's principal police complex, blocking the exits as they "
        "chanted slogans and threw eggs. Protesters' demands include investigation of alleged "
        "police violence against protesters on June 12, the release and dropping of charges "
        "against protesters who were arrested, that the government cease referring to the "
        'protests as "riots," and complete dismissal of the extradition bill.'
    )
    got = ruled(nlp, text)
    assert ("group:hong-kong-protesters", "REQUESTS", "country:HKG", "group_demands") in got
    # a state's demands with no addressee named go nowhere
    assert not {t for t in triples(nlp, "Iran's demands were not met.") if t[1] == "REQUESTS"}


W_HK_SHOOT = "https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue"
W_ROSSELLO = (
    "https://en.wikinews.org/wiki/Puerto_Rico_governor_announces_resignation_following_protests"
)


def test_force_used_against_protesters_attacks_them(nlp: Language) -> None:
    # W_HK_SHOOT: its first sentence, one from its fifth paragraph, then the force used
    context = (
        "For the first time in the sixteen weeks of protests in Hong Kong, police fired and "
        "landed a live round on a protester yesterday. On the mainland, it was celebrated as a "
        "holiday called National Day, but in Hong Kong it was met with protests and mourning. "
    )
    for used in (
        "In other parts of the city, the police used water canons and tear gas against protesters.",
        "Although the police have used force against protesters before, this is the first report "
        "of a protester being shot with live ammunition.",
    ):
        got = triples(nlp, context + used)
        assert ("country:HKG", "ATTACKS", "group:hong-kong-protesters") in got, used
    # news: what is used against someone must be force for an attack
    got = triples(nlp, "Russia used weapons against Ukraine. Russia used sanctions against Poland.")
    assert ("country:RUS", "ATTACKS", "country:UKR") in got
    assert not {t for t in got if t[2] == "country:POL"}


def test_asking_for_a_partys_resignation_is_a_request_to_it(nlp: Language) -> None:
    # W_ROSSELLO: its first and last sentences, then the protesters' call
    text = (
        "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation shortly "
        "before midnight Wednesday night in an internet video broadcast to the U.S. island "
        "territory. In addition to stepping down as governor, Rosselló announced he would resign "
        "leadership of the New Progressive Party. Rosselló began serving as Puerto Rico's "
        "eleventh governor on January 2, 2017. Protesters called for Rosselló's resignation after revelations he and his "
        "staffers sent anti-homosexual and misogynistic comments using Telegram, a messaging app."
    )
    got = {t for t in triples(nlp, text) if t[1] == "REQUESTS"}
    assert {t[0] for t in got} == {"group:puerto-rican-protesters"}
    assert len(got) == 1 and "rossell" in next(iter(got))[2]  # the governor, by his surname
    # news: an act asked of others is no request to its possessor
    text = "The European Union called for Navalny's release. Britain demanded Navalny's release."
    assert not {t for t in triples(nlp, text) if t[1] == "REQUESTS"}


# ---- acts and proposals argued about ----------------------------------------------------


def test_criticising_an_offensive_labelled_with_a_country_criticises_the_country(
    nlp: Language,
) -> None:
    # news (October 2019)
    got = triples(nlp, "France criticised the Turkish offensive in northern Syria.")
    assert ("country:FRA", "CRITICIZES", "country:TUR") in got


def test_opposing_a_plan_named_by_its_modifiers_is_a_stance_on_a_topic(nlp: Language) -> None:
    # news (Hong Kong national security law, 2020)
    got = triples(nlp, "China opposed the Hong Kong security law.")
    assert ("country:CHN", "OPPOSES", "topic:hong-kong-security-law") in got
    assert ("country:CHN", "OPPOSES", "country:HKG") not in got


def test_a_plan_no_modifier_identifies_is_no_topic(nlp: Language) -> None:
    assert not triples(nlp, "Iran rejected the new plan.")


# ---- pronouns ---------------------------------------------------------------------------


def test_a_pronoun_takes_the_person_before_it_in_its_sentence(nlp: Language) -> None:
    # news (September 2023); the sentence before has another person as its subject
    text = (
        "Kim Jong Un met Putin on Wednesday. Russian President Vladimir Putin said he would "
        "visit China in October."
    )
    claims, _ = read(nlp, text)
    got = {(c.subject, c.type.value, c.object, c.modality.value) for c in claims}
    assert ("person:vladimir-putin", "VISITS", "country:CHN", "reported") in got
    assert not {t for t in got if t[0] == "person:kim-jong-un" and t[1] == "VISITS"}


def test_an_object_pronoun_is_not_its_own_clauses_subject(nlp: Language) -> None:
    # sample: Kim met Putin; "He invited him": "him" is not Kim
    got = triples(nlp, "Kim met Putin. He invited him to visit North Korea.")
    assert ("person:kim", "VISITS", "country:PRK") not in got


def test_two_persons_competing_leave_he_unresolved(nlp: Language) -> None:
    text = "President Donald Trump said Erdogan would attack Syria. He criticized Iran."
    got = triples(nlp, text)
    assert not {t for t in got if t[1] == "CRITICIZES"}


def test_he_takes_the_one_subject_of_the_sentence_before(nlp: Language) -> None:
    text = "Kim met Putin on Tuesday. He criticized the United States."
    assert ("person:kim", "CRITICIZES", "country:USA") in triples(nlp, text)


def test_he_does_not_reach_over_many_sentences(nlp: Language) -> None:
    text = (
        "Kim met Putin on Tuesday. The talks lasted hours. The weather was cold. The city was "
        "quiet. He criticized the United States."
    )
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


WQABOOS = "https://en.wikinews.org/wiki/Sultan_Qaboos_of_Oman_dies"


def test_he_read_as_the_one_person_carries_that_person_on(nlp: Language) -> None:
    # W: Qaboos (2020), shortened; every "he" stands for him, none of the sentences between
    # names him, and the last is more sentences after his name than a pronoun reaches alone
    text = (
        "Sultan Qaboos bin Said became ruler of Oman in 1970. He was known for pursuing a "
        "neutral foreign policy. Most notably, he helped negotiate the nuclear deal. Recently "
        "there had been concerns over his health. Following a stay in a Belgian hospital, he "
        "returned to Oman in December."
    )
    assert ("person:qaboos-bin-said", "VISITS", "country:OMN") in triples(nlp, text)


def test_a_person_named_only_as_an_object_before_he_is_not_he(nlp: Language) -> None:
    # news: the one met or interviewed in a fronted phrase is not the one who speaks after it
    for opening in ("After meeting Putin,", "In an interview with Vladimir Putin,"):
        got = triples(
            nlp,
            f"Kim Jong Un toured a factory in Pyongyang on Monday. {opening} he criticized the "
            "United States.",
        )
        assert ("person:kim-jong-un", "CRITICIZES", "country:USA") in got, (opening, got)
        assert not {t for t in got if t[0].endswith("putin") and t[1] == "CRITICIZES"}, got
    # a person the sentence makes a subject before the pronoun is still its antecedent
    got = triples(
        nlp,
        "Kim Jong Un toured a factory on Monday. When Putin arrived in Moscow, he criticized "
        "the United States.",
    )
    assert ("person:putin", "CRITICIZES", "country:USA") in got, got


def test_a_person_described_as_subject_ends_the_chain_of_the_one_before(nlp: Language) -> None:
    # news: the chain of "he" for Netanyahu stops where another person is described as the
    # subject; "he" after it is the one described, or no one
    text = (
        "Netanyahu addressed the Knesset on Monday. He defended the offensive in Gaza. He "
        "rejected calls for a ceasefire. Iran's supreme leader gave a speech on Tuesday. He "
        "condemned Israel."
    )
    got = triples(nlp, text)
    assert not {t for t in got if t[0].endswith("netanyahu") and t[1] == "CRITICIZES"}, got
    got = triples(
        nlp,
        "Donald Trump spoke on Monday. The president criticized China. He also criticized Russia.",
    )
    assert ("person:donald-trump", "CRITICIZES", "country:RUS") in got, got


def test_persons_described_in_the_plural_or_quoted_leave_the_chain_alone(nlp: Language) -> None:
    # second review: "officials said" is in every report, and never "he"
    for between in (
        "Chinese officials said the talks would last two days.",
        "Lawmakers applauded the speech.",
        '"The ministers have failed," he said.',
    ):
        got = triples(nlp, f"Putin arrived in Beijing on Monday. {between} He criticized Japan.")
        assert ("person:putin", "CRITICIZES", "country:JPN") in got, (between, got)


def test_a_chain_in_doubt_gives_a_fronted_object_no_claim(nlp: Language) -> None:
    # second review: a person named since makes the chain uncertain; the one met is still not
    # the one who speaks
    got = triples(
        nlp,
        "Emmanuel Macron arrived in Helsinki on Monday. The summit was organised by Sauli "
        "Niinisto. After meeting Vladimir Putin, he criticized Germany.",
    )
    assert not {t for t in got if t[1] == "CRITICIZES"}, got


def test_a_pronoun_after_a_fronted_phrase_takes_up_the_sentence_before(nlp: Language) -> None:
    # W11 (shortened): "To resolve differences, they invited the countries to open dialogue"
    got = triples(
        nlp,
        "The Turkish Ministry of Foreign Affairs denounced the summit. To resolve differences, "
        "they invited Greece to open dialogue.",
    )
    assert ("org:ministry-of-foreign-affairs-of-turkey", "INVITES", "country:GRC") in got, got
    got = triples(nlp, "Kim met Putin on Tuesday. On Wednesday, he criticized the United States.")
    assert ("person:kim", "CRITICIZES", "country:USA") in got, got
    # a clause before it that has a subject of its own leaves it open
    got = triples(
        nlp, "Turkey condemned the summit. When Greece invited Egypt, they criticized Cyprus."
    )
    assert not {t for t in got if t[1] == "CRITICIZES"}, got


def test_one_told_to_act_with_no_one_named_as_told_is_told(nlp: Language) -> None:
    # news headlines: an object-control verb with no object is a passive cut short, and its
    # subject is the one who acts ("Zelensky invited to visit White House")
    got = triples(nlp, "Zelensky invited to visit Washington next week.")
    assert ("person:zelensky", "VISITS", "loc:washington") in got or (
        "person:zelensky",
        "VISITS",
        "country:USA",
    ) in got, got
    got = triples(nlp, "Putin told Kim to visit Moscow.")
    assert ("person:kim", "VISITS", "loc:moscow") in got, got


def test_its_forces_are_the_speakers(nlp: Language) -> None:
    # news (Russia's defence ministry statements, 2022)
    got = triples(nlp, "Russia's defence ministry said its forces struck Ukraine overnight.")
    assert ("country:RUS", "ATTACKS", "country:UKR") in got


def test_a_name_the_ner_missed_blocks_the_previous_sentences_person(nlp: Language) -> None:
    # Wikinews (campaign trail, October 2020): "Hawkins renewed his support for the Green New Deal"
    text = "La Riva called for an end to the war. Hawkins renewed his support for the peace plan."
    assert not {t for t in triples(nlp, text) if t[1] == "SUPPORTS"}


# ---- quotations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "“Our country will never accept the sanctions. We condemn the United States and its "
                "allies.”\nIran's foreign minister Javad Zarif said this on Tuesday."
            ),
            ("person:mohammad-javad-zarif", "CRITICIZES", "country:USA", "reported", None),
        ),
        (
            # a quotation over paragraphs belongs to the speaker named at its end
            (
                "Russian President Vladimir Putin spoke in Moscow on Tuesday.\n\n“We condemn the "
                "United States. Our patience has limits.\n\n“We will respond to every provocation,” "
                "Putin said."
            ),
            ("person:vladimir-putin", "CRITICIZES", "country:USA", "reported", None),
        ),
    ],
)
def test_quoted_we_is_the_speaker_named_after_the_quotation(
    nlp: Language, text: str, expected: tuple[str | None, ...]
) -> None:
    # A named speaker's quoted "we" acts as the speaker, as the gold reads "Zelenskyy said, 'We
    # expect from Iran ...'" (silver w171) and "Morawiecki tweeted 'We are with ...'" (w011);
    # the act is the speaker's own, so it is attributed to nobody else.
    claims, _ = read(nlp, text)
    got = {(c.subject, c.type.value, c.object, c.modality.value, c.attributed_to) for c in claims}
    assert expected in got


def test_quoted_we_of_an_unnamed_ministry_is_its_state_in_the_next_sentence_too(
    nlp: Language,
) -> None:
    text = "“Our forces will respond,” the Iranian foreign ministry said. “We condemn the United States.”"
    assert ("country:IRN", "CRITICIZES", "country:USA") in triples(nlp, text)


def test_quoted_we_of_a_leader_is_the_leader(nlp: Language) -> None:
    # W11 (the last sentence constructed): a named leader's quoted "we" condemning is his own act,
    # as the gold reads Zelenskyy's "We expect from Iran" (silver w171); he leads Turkey.
    text = (
        "On Wednesday during the opening ceremony of the TurkStream gas pipeline, Turkish president "
        'Erdoğan called for a regional cooperation in the Eastern Mediterranean. "No project '
        'excluding our country in the Eastern Mediterranean can be implemented", he said. '
        '"We condemn Greece", he added.'
    )
    got = triples(nlp, text)
    assert ("person:recep-tayyip-erdogan", "CRITICIZES", "country:GRC") in got
    assert ("person:recep-tayyip-erdogan", "LEADER_OF", "country:TUR") in got


def test_quoted_we_with_no_speaker_is_no_actor(nlp: Language) -> None:
    assert not triples(nlp, "“We condemn the United States.”")


@pytest.mark.parametrize("verb", ["emphasised", "remarked", "commented"])
def test_a_verb_that_only_frames_a_quotation_gives_it_to_its_subject(
    nlp: Language, verb: str
) -> None:
    # news ('"...," the minister emphasised', '"...," Lavrov remarked'): it reads as "said" does
    text = f'"We condemn the United States for its sanctions on Iran," Sergei Lavrov {verb}.'
    claims, _ = read(nlp, text)
    got = {(c.subject, c.type.value, c.object, c.modality.value) for c in claims}
    assert ("person:sergei-lavrov", "CRITICIZES", "country:USA", "reported") in got


@pytest.mark.parametrize(
    "text",
    [
        'Sergei Lavrov spoke on Friday, saying "we support Iran".',
        'Sergei Lavrov spoke on Friday, adding: "We support Iran."',
        # as W: WKOSZALIN "Duda also characterised the deaths as "crushing" and wrote "May God ..."
        'Sergei Lavrov spoke on Friday and wrote "We support Iran."',
    ],
)
def test_a_quotation_after_a_participle_is_its_governors_subjects(nlp: Language, text: str) -> None:
    # news: "..., adding: '...'", "..., saying '...'": the participle has no subject of its own
    assert ("person:sergei-lavrov", "SUPPORTS", "country:IRN") in triples(nlp, text)


def test_a_quotation_a_colon_opens_is_the_words_of_its_sentences_subject(nlp: Language) -> None:
    # news, in the shape of W: WMENDEZ "Former CIA deputy director Michael Morell praised Mendez
    # on Twitter: "Tony was one of the best officers ...""
    text = 'Dmitry Medvedev praised the deal on Telegram: "We support Iran against the sanctions."'
    assert ("person:dmitry-medvedev", "SUPPORTS", "country:IRN") in triples(nlp, text)
    # a quotation after a full stop has no speaker, and no one supports Iran
    text = 'Dmitry Medvedev praised the deal on Telegram. "We support Iran against the sanctions."'
    assert not {t for t in triples(nlp, text) if t[1] == "SUPPORTS"}


@pytest.mark.parametrize(
    "text",
    [
        '"We condemn Japan," according to Chinese Foreign Minister Wang Yi.',
        '"We condemn Japan." That was the message from Chinese Foreign Minister Wang Yi on Tuesday.',
        '"We condemn Japan." The warning came from Chinese Foreign Minister Wang Yi on Tuesday.',
    ],
)
def test_a_source_named_after_a_quotation_without_a_speech_verb_is_its_speaker(
    nlp: Language, text: str
) -> None:
    # news: the quotation's source is named after it by "according to" or by a noun for the words
    assert ("person:wang-yi", "CRITICIZES", "country:JPN") in triples(nlp, text)


def test_according_to_opening_the_next_sentence_sources_that_sentence(nlp: Language) -> None:
    # W09 shape ('... We shall overcome!"\n\nAccording to CBS, the delayed implementation ...'):
    # the source of what follows is not the quotation's speaker
    text = '"We condemn Japan."\n\nAccording to Reuters, the new policy gives airlines 45 days.'
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Russia attacked our country," Ukrainian Foreign Minister Dmytro Kuleba said.',
            ("country:RUS", "ATTACKS", "country:UKR"),
        ),
        (
            '"Our country supports Ukraine," German Chancellor Olaf Scholz said.',
            ("country:DEU", "SUPPORTS", "country:UKR"),
        ),
    ],
)
def test_a_quoted_our_country_is_the_state_the_speaker_speaks_for(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    # news: "our country", "my country", "our nation" in a state official's words
    assert expected in triples(nlp, text)


def test_a_quoted_our_country_with_no_state_behind_the_speaker_is_no_one(nlp: Language) -> None:
    # news: a speaker no title ties to a state leaves "our country" unread
    text = '"Russia attacked our country," the poet Serhiy Zhadan said.'
    assert not {t for t in triples(nlp, text) if t[1] == "ATTACKS"}


def test_a_later_quotation_in_the_speakers_sentence_is_not_the_first_ones_own(
    nlp: Language,
) -> None:
    # news, in the shape of W: WJOLO '"We will use the full force of the law ...," said Delfin
    # Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act"': the
    # quotation after the semicolon does not take "said" from the one before it
    text = (
        'Russia hosted the talks. "We support Iran." Sergei Lavrov said this on Friday; he '
        'called the sanctions "economic terrorism".'
    )
    assert ("person:sergei-lavrov", "SUPPORTS", "country:IRN") in triples(nlp, text)


def test_a_quoted_pronoun_naming_no_one_before_it_is_the_one_the_article_is_about(
    nlp: Language,
) -> None:
    # Wikinews (Gdańsk, January 2019): 'President Andrzej Duda remarked, "Today I am
    # unconditionally with him and his loved ones"' is with the mayor the article is about, not
    # with the prime minister quoted the sentence before
    about = (
        "Mayor Pawel Adamowicz was stabbed in Gdansk on Sunday. Adamowicz died on Monday. "
        "Doctors had operated on Adamowicz for five hours. Prime Minister Mateusz Morawiecki "
        "said the country was in mourning. "
    )
    got = triples(nlp, about + 'President Andrzej Duda said, "Today I stand with him."')
    assert ("person:andrzej-duda", "SUPPORTS", "person:pawel-adamowicz") in got, got
    # a partial quotation keeps the narrator's voice, where "he" may be the speaker himself
    got = triples(nlp, about + 'Andrzej Duda said "that he stands with him".')
    assert not {t for t in got if t[1] == "SUPPORTS"}, got
    # one named as often as another of that sex leaves it open
    got = triples(
        nlp,
        "Mayor Pawel Adamowicz met Jan Kowalski in Gdansk. Adamowicz and Kowalski spoke. Kowalski "
        'and Adamowicz left. President Andrzej Duda said, "Today I stand with him."',
    )
    assert not {t for t in got if t[1] == "SUPPORTS"}, got


def test_an_act_told_in_a_quotation_is_not_the_one_the_narrator_recalls(nlp: Language) -> None:
    # Wikinews (Soleimani, January 2020): the Pentagon's "He had orchestrated attacks ..." does
    # not make "the attack" the prime minister spoke out against Soleimani's (shortened)
    text = (
        "A US drone strike killed Qasem Soleimani at Baghdad airport on Friday. The Pentagon said, "
        '"Soleimani orchestrated an attack." Adil Abdul-Mahdi spoke out against the attack.'
    )
    got = triples(nlp, text)
    assert ("person:adil-abdul-mahdi", "CRITICIZES", "country:USA") in got, got
    assert not {t for t in got if t[1] == "CRITICIZES" and "soleimani" in t[2]}, got


# ---- descriptions -----------------------------------------------------------------------


def test_the_kingdom_is_the_one_country_just_named(nlp: Language) -> None:
    # news (the attacks on Abqaiq and Khurais, 14 September 2019)
    text = (
        "Saudi Arabia said on Saturday that drones hit two of its oil facilities. "
        "The kingdom blamed Iran for the attacks."
    )
    assert ("country:SAU", "ACCUSES", "country:IRN") in triples(nlp, text)


def test_the_president_is_the_one_person_the_article_titled_so(nlp: Language) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met US Vice President Mike Pence in Ankara. "
        "The president criticized the United States."
    )
    assert ("person:recep-tayyip-erdogan", "CRITICIZES", "country:USA") in triples(nlp, text)


def test_the_president_of_two_presidents_is_no_one(nlp: Language) -> None:
    text = (
        "US President Donald Trump met Turkish President Recep Tayyip Erdogan in Washington. "
        "The president criticized Iran."
    )
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


# ---- the vocabulary is data -------------------------------------------------------------


def test_a_misspelt_key_in_the_agent_vocabulary_is_an_error(tmp_path: Path) -> None:
    good = json.loads(
        (Path(__file__).resolve().parents[2] / "ingest" / "data" / "agents.json").read_text()
    )
    bad = dict(good, state_agent=good["state_agents"])
    path = tmp_path / "agents.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(ValueError, match="state_agent"):
        load_agents(path)


def test_upper_case_words_in_the_agent_vocabulary_are_an_error(tmp_path: Path) -> None:
    good = json.loads(
        (Path(__file__).resolve().parents[2] / "ingest" / "data" / "agents.json").read_text()
    )
    path = tmp_path / "agents.json"
    path.write_text(json.dumps(dict(good, groups=["Rebels"])))
    with pytest.raises(ValueError, match="lower case"):
        load_agents(path)


def test_they_after_two_coordinated_states_is_both(nlp: Language) -> None:
    text = "China and Russia signed a deal on Tuesday. They criticized the United States."
    got = triples(nlp, text)
    assert {
        ("country:CHN", "CRITICIZES", "country:USA"),
        ("country:RUS", "CRITICIZES", "country:USA"),
    } <= got


def test_they_in_what_two_states_say_is_both_speakers(nlp: Language) -> None:
    got = triples(nlp, "Iran and Iraq said they would cooperate with Syria.")
    assert {
        ("country:IRN", "COOPERATES_WITH", "country:SYR"),
        ("country:IRQ", "COOPERATES_WITH", "country:SYR"),
    } <= got


def test_they_for_one_state_is_its_officials_not_the_state(nlp: Language) -> None:
    assert not triples(nlp, "Iran said they would cooperate with Syria.")


def test_the_countrys_president_is_the_leader_the_article_named(nlp: Language) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. "
        "The country's president criticized the United States."
    )
    assert ("person:recep-tayyip-erdogan", "CRITICIZES", "country:USA") in triples(nlp, text)


def test_a_subject_name_the_ner_missed_makes_the_next_he_uncertain(nlp: Language) -> None:
    # Wikinews (campaign trail, August 2020): "Trump" unrecognised, "He" is not the earlier Biden
    text = (
        "On the last day, Biden delivered his acceptance speech at Chase Center in Wilmington, "
        'Delaware. Trump described the convention as a "Hollywood-produced infomercial." He '
        "defended his record on the pandemic, and criticized Democrats for failing to mention "
        "Biden's opposition to Trump's ban on travel from China and Europe."
    )
    assert not {t for t in triples(nlp, text) if t[0] == "person:biden" and t[1] == "CRITICIZES"}


def test_a_quotation_after_the_one_a_speaker_closed_is_still_his(nlp: Language) -> None:
    text = (
        "Russian President Vladimir Putin spoke in Moscow on Tuesday. "
        '"We condemn the United States," he said. "We also support China."'
    )
    # the named speaker's quoted "we" is the speaker (see _we_actor)
    assert ("person:vladimir-putin", "SUPPORTS", "country:CHN") in triples(nlp, text)


def test_the_group_is_the_one_organisation_just_named_not_the_news_agency(nlp: Language) -> None:
    got = triples(nlp, "Reuters reported that Hamas fired rockets. The group criticized Israel.")
    assert ("org:hamas", "CRITICIZES", "country:ISR") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Lebanese militia Hezbollah fired rockets at Israel on Sunday. Israel said the "
                "attack hurt no one. The militia also threatened the United States."
            ),
            ("org:hezbollah", "THREATENS", "country:USA"),
        ),
        (
            # not the United Nations, named last: the movement is the one the article called so
            (
                "The Yemen-based Houthi movement claimed the attack. The attack hurt no one. The "
                "United Nations said on Monday that talks would resume. The movement criticized "
                "Saudi Arabia."
            ),
            ("org:houthis", "CRITICIZES", "country:SAU"),
        ),
    ],
)
def test_a_specific_head_is_the_organisation_the_article_named_with_it(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    got = triples(nlp, text)
    assert expected in got
    assert not {t for t in got if t[1] == expected[1] and t[0] != expected[0]}


def test_the_group_after_two_named_ones_is_no_one(nlp: Language) -> None:
    got = triples(nlp, "Hamas and Islamic Jihad fired rockets. The group criticized Israel.")
    assert not {t for t in got if t[1] == "CRITICIZES"}


def test_a_bare_title_before_a_name_competes_for_the_president(nlp: Language) -> None:
    # Wikinews (campaign trail, October 2020): "Biden called on the President to demand ..."
    text = (
        "President Trump spoke in Ohio. Turkish President Recep Tayyip Erdogan spoke in Ankara. "
        "The President criticized Iran."
    )
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


def test_followers_of_an_organisation_are_a_group_named_as_the_text_names_it(nlp: Language) -> None:
    # W10: "the rocket strikes were carried out by sympathizers of the PMF"
    text = (
        "al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an "
        "Iranian-backed militia. Sympathizers of the PMF attacked the United States Embassy."
    )
    claims, res = read(nlp, text)
    assert "group:pmf-sympathizers" in {c.subject for c in claims if c.type.value == "ATTACKS"}
    assert res.name_of("group:pmf-sympathizers") == "PMF sympathizers"


def test_its_skips_the_person_subject_for_the_state_before_it(nlp: Language) -> None:
    # after W09: "Pompeo cited the Cuban government's ... its support for Nicolás Maduro"
    text = (
        "US Secretary of State Mike Pompeo cited the Cuban government's support for Venezuela and "
        "its support for Nicaragua."
    )
    assert ("country:CUB", "SUPPORTS", "country:NIC") in triples(nlp, text)


def test_the_two_leaders_are_the_two_persons_just_named(nlp: Language) -> None:
    # news (April 2023)
    text = (
        "Chinese President Xi Jinping hosted Brazilian President Lula da Silva in Beijing on "
        "Friday. The two leaders discussed trade."
    )
    got = triples(nlp, text)
    assert ("person:lula-da-silva", "NEGOTIATES_WITH", "person:xi-jinping") in got


def test_the_two_leaders_among_four_named_is_no_pair(nlp: Language) -> None:
    got = triples(
        nlp,
        "Kim Jong Un met Vladimir Putin, Xi Jinping and Joe Biden. The two leaders discussed trade.",
    )
    assert not {t for t in got if t[1] == "NEGOTIATES_WITH"}


def test_a_single_vehicle_labelled_with_a_country_stands_for_it(nlp: Language) -> None:
    # news, 2015-11-24 (Turkey and Russia): the singular, as well as "Russian warplanes"
    assert ("country:TUR", "ATTACKS", "country:RUS") in triples(
        nlp, "Turkey shot down a Russian warplane near the Syrian border."
    )


def test_a_pronoun_coordinated_with_its_own_subject_reads_no_antecedent(nlp: Language) -> None:
    # Wikinews, "University defeat Maroochydore in round five of 2020 Sunshine Coast Rugby Union
    # season" (2020): a sentence cut after "Caloundra and they" made "they" read itself forever
    assert triples(nlp, "Caloundra and they pushed Noosa.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news, 2019-2022: an act's own agent ("imposed by"), an act under a stance noun
        (
            "The Kremlin denounced the sanctions imposed by the European Union.",
            ("country:RUS", "CRITICIZES", "org:european-union"),
        ),
        (
            "China voiced strong opposition to the visit by the US delegation.",
            ("country:CHN", "OPPOSES", "country:USA"),
        ),
        (
            "Beijing condemned the arms sales by the United States to Taiwan.",
            ("country:CHN", "CRITICIZES", "country:USA"),
        ),
        # WTRAIL: the possessor of an act under a stance noun, and under a stance verb whose
        # frame reads no possessor of its own
        (
            "President Donald Trump spoke. He defended his record on the pandemic, and criticized "
            "Democrats for failing to mention Biden's opposition to Trump's ban on travel from "
            "China and Europe.",
            ("person:biden", "OPPOSES", "person:donald-trump"),
        ),
        (
            "President Donald Trump spoke. From Israel, Secretary of State Mike Pompeo spoke, "
            "defending Trump's America First foreign policy.",
            ("person:mike-pompeo", "SUPPORTS", "person:donald-trump"),
        ),
        # news, 2019-2022: the act vocabulary matches by lemma ("claims" listed, "claim" read)
        (
            "The Argentine foreign ministry rejected the British claim.",
            ("country:ARG", "OPPOSES", "country:GBR"),
        ),
        (
            "Germany expressed support for Ukraine's bid to join the European Union.",
            ("country:DEU", "SUPPORTS", "country:UKR"),
        ),
        # a verb whose other sense takes persons ("welcomed the delegation" meets it) reads an
        # act as its actor through its stance sense only
        (
            "Saudi Arabia welcomed the decision by the United States.",
            ("country:SAU", "SUPPORTS", "country:USA"),
        ),
        ("Saudi Arabia welcomed the US decision.", ("country:SAU", "SUPPORTS", "country:USA")),
        (
            "The United States welcomed Beijing's decision.",
            ("country:USA", "SUPPORTS", "country:CHN"),
        ),
    ],
)
def test_a_stance_on_an_act_is_on_the_act_s_agent(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(nlp, text)


def test_welcoming_a_person_s_act_is_no_meeting_with_the_person(nlp: Language) -> None:
    text = "Britain's prime minister Boris Johnson spoke. Germany welcomed Johnson's decision."
    got = triples(nlp, text)
    assert ("country:DEU", "SUPPORTS", "person:boris-johnson") in got
    assert not {t for t in got if t[1] == "MEETS"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WLUK, WTRAIL: tributes and condolences paid or sent to a party support it
        (
            "Michael Makuei, the Information Minister paid tribute to Luk.",
            ("person:michael-makuei", "SUPPORTS", "person:luk"),
        ),
        (
            "President Donald Trump spoke. Biden and Harris each sent their condolences to Trump.",
            ("person:harris", "SUPPORTS", "person:donald-trump"),
        ),
        # constructed after obituary copy: the phrase hung on the support verb, and sympathy
        # over a death is for the one who died
        (
            "Uhuru Kenyatta sent condolences to Zimbabwe over the death of Robert Mugabe.",
            ("person:uhuru-kenyatta", "SUPPORTS", "country:ZWE"),
        ),
        (
            "Cyril Ramaphosa expressed his sadness at the death of Robert Mugabe.",
            ("person:cyril-ramaphosa", "SUPPORTS", "person:robert-mugabe"),
        ),
        (
            "Cyril Ramaphosa expressed condolences over the passing of Robert Mugabe.",
            ("person:cyril-ramaphosa", "SUPPORTS", "person:robert-mugabe"),
        ),
        # news, 2019-2022: concern voiced over an act criticises its actor
        (
            "The EU voiced concern over China's treatment of the Uyghurs.",
            ("org:european-union", "CRITICIZES", "country:CHN"),
        ),
    ],
)
def test_nouns_of_tribute_and_concern_under_their_support_verbs(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    got = triples(nlp, text)
    assert expected in got
    assert not {t for t in got if t[1] in ("SUPPLIES", "VISITS")}


def test_concern_without_a_support_verb_is_no_stance(nlp: Language) -> None:
    # WTRAIL (August 2020 campaign trail): concerns discussed, not voiced by the subject
    text = (
        "Ratcliffe and FBI director Christopher Wray held a press conference discussing concerns "
        "about Iranian and Russian interference in the election."
    )
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        # WADEN, WKARNATAKA: a place-class noun stands for the place its "of" phrase names
        (
            "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of "
            "Aden, in southern Yemen, on Tuesday after being shot in his car.",
            "city",
            ["loc:aden"],
        ),
        (
            "Yesterday, an all-women crew ran the Mysuru–Bengaluru Tippu Express in the Indian "
            "state of Karnataka.",
            "state",
            ["loc:karnataka"],
        ),
        # WLUK, WURAL, WSEOUL: the capital of a country is not the country, nor a part of a
        # country or a region the country or region
        (
            "John Luk Jok, the South Sudanese minister for East African Affairs, died yesterday in "
            "Juba, the capital city of South Sudan.",
            "city",
            [],
        ),
        (
            "An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region "
            "of Russia.",
            "region",
            [],
        ),
        (
            "Park's phone was last active in the north-east region of Seoul in Seongbuk-gu, The "
            "Korea Herald reported.",
            "region",
            [],
        ),
    ],
)
def test_a_place_class_noun_stands_for_the_place_it_names(
    nlp: Language, text: str, noun: str, expected: list[str]
) -> None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    reader = _SentenceReader(
        sent, resolve(doc), load_lexicon(), _Memory(published=date(2020, 1, 1))
    )
    assert reader.entities(next(t for t in doc if t.lower_ == noun)) == expected


def test_an_attack_on_the_city_of_a_place_is_on_the_place(nlp: Language) -> None:
    # news (Kharkiv, February 2022), with the evidence of the reading above
    got = triples(nlp, "Russian forces attacked the Ukrainian city of Kharkiv.")
    assert ("country:RUS", "ATTACKS", "loc:kharkiv") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # WPELOSI, WRULES: "attack" said of a measure or with a quoted verdict is criticism
        (
            "Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, "
            "announced that she would be launching an impeachment inquiry into the conduct of "
            "United States President Donald Trump. Trump, responding to Pelosi's announcement via "
            'Twitter, attacked the impeachment investigation as "Witch Hunt garbage."',
            ("person:donald-trump", "CRITICIZES", "topic:impeachment-investigation"),
        ),
        (
            "Republican Representatives attacked the impeachment inquiry, with Steve Scalise of "
            'Louisiana calling the investigation into Trump "Soviet-style".',
            ("org:republican-representatives", "CRITICIZES", "topic:impeachment-inquiry"),
        ),
        # news (2017): and of the measure's owner
        (
            "President Donald Trump spoke. Senator Bernie Sanders attacked Trump's tax plan.",
            ("person:bernie-sanders", "CRITICIZES", "person:donald-trump"),
        ),
    ],
)
def test_attacking_a_measure_in_words_is_criticism(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    got = triples(nlp, text)
    assert expected in got
    assert not {t for t in got if t[1] == "ATTACKS"}


def test_attacking_a_thing_that_is_struck_is_an_attack(nlp: Language) -> None:
    # news (2019, Syria): a pipeline is struck, not argued about
    got = triples(nlp, "Turkish forces attacked the pipeline in northern Syria.")
    assert not {t for t in got if t[1] == "CRITICIZES"}


def test_a_legislature_labelled_with_a_country_acts_for_it(nlp: Language) -> None:
    # news, 2020-01-05: an unnamed body labelled with a country (ONTOLOGY.md, "State agents")
    assert ("country:IRQ", "SANCTIONS", "country:USA") in triples(
        nlp, "Iraqi lawmakers voted to expel US troops from Iraq."
    )


def test_the_of_phrase_of_a_demand_names_who_makes_it_not_of_a_killing(nlp: Language) -> None:
    # news, 2019: who demands is in the "of" phrase of a demand; of a killing, who was killed
    got = triples(
        nlp,
        "Hong Kong protesters marched again. The Hong Kong government rejected the demands of "
        "the protesters.",
    )
    assert ("country:HKG", "OPPOSES", "group:hong-kong-protesters") in got
    killing = triples(nlp, "Iran condemned the killing of Qasem Soleimani.")
    assert not {t for t in killing if t[1] == "CRITICIZES"}


def test_a_body_named_after_a_leader_the_article_does_not_title(nlp: Language) -> None:
    # dev 06 (https://en.wikinews.org/wiki/Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks):
    # aimed at, "the government of Abdrabbuh Mansur Hadi" is Hadi himself, as the gold has it
    text = (
        "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against "
        "the Houthi rebellion, providing airstrikes with the Royal Saudi Air Force."
    )
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:SAU", "SUPPORTS", "person:abdrabbuh-mansur-hadi") in got
    # acting, "the Obama administration" is the state the register has him head (constructed
    # after the State-agents entry of ONTOLOGY.md, whose own example it is)
    text = "The United States and China clashed. The Obama administration criticized Beijing."
    got = {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}
    assert ("country:USA", "CRITICIZES", "country:CHN") in got


# ---- whom "he" and "she" stand for: quotations, persons named since, interviews ---------------

WMUKHERJEE = "https://en.wikinews.org/wiki/Former_President_of_India_Pranab_Mukherjee_dies_aged_84"
WEMERGENCY = (
    "https://en.wikinews.org/wiki/"
    "President_Trump_says_he_%27can%27_and_%27may%27_put_US_into_state_of_emergency_to_build_border_wall"
)
WBRIDGE = (
    "https://en.wikinews.org/wiki/"
    "Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk"
)
WMUNK = "https://en.wikinews.org/wiki/Pioneering_oceanographer_Walter_Munk_dies_of_pneumonia_in_California"
WDERAKHSHANI = (
    "https://en.wikinews.org/wiki/"
    "Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews"
)


def reading(nlp: Language, text: str, word: str, nth: int = 0) -> str | None:
    """Whom the `nth` "word" of `text` stands for, read sentence by sentence as the extractor
    reads an article (what the sentences before it left in memory included)."""
    day = date(2020, 1, 5)
    doc = nlp(text)
    res = resolve(doc)
    _register_names(doc, res, day)
    memory = _Memory(published=day)
    target = [t for t in doc if t.text == word][nth]
    for index, sent in enumerate(doc.sents):
        reader = _SentenceReader(sent, res, load_lexicon(), memory, index)
        list(reader.candidates())
        if sent.start <= target.i < sent.end:
            return reader._pronoun(target)
        reader.remember()
    raise AssertionError(f"no {word!r} in {text!r}")


def test_a_quoted_he_is_not_the_one_quoted(nlp: Language) -> None:
    # W: WMUKHERJEE and WEMERGENCY; the speaker of a quotation never calls themself "he"
    mukherjee = (
        'Om Shanti."\n\nVijay Goel, a member of the Rajya Sabha, said, "He was an excellent '
        "politician, orator [...] For the Congress, he was the helmsman."
    )
    assert reading(nlp, mukherjee, "He") != "person:vijay-goel"
    durbin = (
        'Schiff called it "a non-starter". Durbin said "I can just tell you, I don\'t know what '
        "he's basing this on, but he's faced so many lawsuits when he ignores the law\"."
    )
    assert reading(nlp, durbin, "he") != "person:durbin"
    # news-style extra case: the claim a quoted "he" would have given the speaker
    got = triples(nlp, 'Vijay Goel said, "He criticized Israel."')
    assert ("person:vijay-goel", "CRITICIZES", "country:ISR") not in got


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # W: WBRIDGE; a quoted "he" is read among the names of its own quotation
        (
            "Khan was convicted of terrorism years ago. He was released in 2018.\n\nLucy Fischer "
            'of The Times told NPR, "[Khan] had been released a year ago on the provision that he '
            'had agreed to wear an electronic tag".',
            "he",
            "person:khan",
        ),
        # W10: the prime minister was the subject two sentences back; Soleimani was named since
        (
            "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds "
            "Force, in an airstrike.\n\nAdil Abdul-Mahdi, the acting Prime Minister of Iraq, "
            "spoke out against the attack.\n\nIn 2007, the United States government labeled "
            "Soleimani as a terrorist and levied sanctions against him. He was further sanctioned "
            "in 2011.",
            "He",
            None,
        ),
        # W: WMUNK; the sentence before names one person, and no person is its subject
        (
            "The death of pioneering oceanographer Walter Munk was announced on Friday by the "
            "University of California, San Diego. He was 101 and died of pneumonia in La Jolla, "
            "California.",
            "He",
            "person:walter-munk",
        ),
        # W: WDERAKHSHANI; in an interview's answer the interviewee speaks of her father
        (
            "How did you get interested in chess?\n\n((Dorsa Derakhshani)) I got interested in "
            "chess because of my dad. He used to play in high school before the revolution in Iran.",
            "He",
            None,
        ),
    ],
)
def test_whom_he_stands_for_across_sentences(
    nlp: Language, text: str, word: str, expected: str | None
) -> None:
    assert reading(nlp, text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # W: WMARCH; the unnamed speakers speak of themselves, not of the outlet
        (
            'Some of the protesters Wikinews interviewed said they had gone to "defend [their] '
            "children's right to live and work in Europe\".",
            "they",
        ),
        # news: the nearest subject before "its" is a thing of its number naming no actor
        ("Iran said the company had lost its licence to ship oil.", "its"),
        (
            "The Iranian navy seized the tanker after the ship had switched off its transponder.",
            "its",
        ),
    ],
)
def test_an_unnamed_subject_nearer_than_the_actor_leaves_it_unread(
    nlp: Language, text: str, word: str
) -> None:
    assert reading(nlp, text, word) is None


def test_an_actor_subject_after_an_unnamed_one_is_still_read(nlp: Language) -> None:
    # news: "the statement" comes first; Russia is the subject of the pronoun's own clause
    assert reading(nlp, "The statement said Russia would expand its navy.", "its") == "country:RUS"


# ---- collective subjects ----------------------------------------------------------------


def test_they_after_a_meeting_are_the_participants_states(nlp: Language) -> None:
    # W11: the sentence before "They" names an observer, not the meeting's states; dev gold
    # gives the call on Turkey to each participant's country.
    text = (
        "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, "
        "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in "
        "Cairo on Wednesday to discuss Libya–Turkey relations. The Italian foreign minister, Luigi "
        "Di Maio, joined the talks as an observer.\n\nThey concluded that the November 27 maritime "
        'border agreement between Turkey and Libya is "null and void". They called on Turkey to '
        "halt their drilling operations within the EEZ of Cyprus."
    )
    requests = {(s, o) for s, t, o in triples(nlp, text) if t == "REQUESTS"}
    assert requests == {
        (c, "country:TUR") for c in ("country:EGY", "country:GRC", "country:CYP", "country:FRA")
    }


def test_they_after_a_meeting_of_persons_with_no_state_stand_for_no_one(nlp: Language) -> None:
    # constructed beside W11: participants the article ties to no state leave "they" unread
    text = (
        "Sameh Shoukry and Nikos Dendias met in Cairo on Wednesday. The talks lasted three hours. "
        "They called on Turkey to halt its drilling operations."
    )
    assert not {t for t in triples(nlp, text) if t[1] == "REQUESTS"}


def test_both_sides_are_the_two_parties_of_the_last_bilateral_claim(nlp: Language) -> None:
    # WADEN: the council and the government (Yemen's, from the sentence before) both oppose the
    # Houthis; neither is named in the sentence of "Both sides".
    text = (
        "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of Aden, "
        "in southern Yemen, on Tuesday after being shot in his car. He was 34 and reported "
        "extensively on the nation's ongoing civil war. The Southern Transitional Council, "
        "previously an ally of the government, is currently in conflict against it. Both sides "
        "also oppose Houthi rebels."
    )
    opposes = {(s, o) for s, t, o in triples(nlp, text) if t == "OPPOSES"}
    assert opposes == {
        ("org:southern-transitional-council", "org:houthis"),
        ("country:YEM", "org:houthis"),
    }


def test_a_subject_pair_is_not_the_states_its_own_clause_names(nlp: Language) -> None:
    # constructed beside the sample's "reminded both countries that ... North Korea to Russia":
    # as a subject, "both countries" are the two states of the sentence before, not its object
    text = (
        "China and Russia held talks in Moscow on Monday. Both countries criticised the United "
        "States."
    )
    criticizes = {(s, o) for s, t, o in triples(nlp, text) if t == "CRITICIZES"}
    assert criticizes == {("country:CHN", "country:USA"), ("country:RUS", "country:USA")}


W11_GATHERING = (
    "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, "
    "Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in "
    "Cairo on Wednesday to discuss Libya–Turkey relations."
)


def test_a_description_of_a_meetings_participants_is_their_states(nlp: Language) -> None:
    # W11's gathering; the sentence after it is constructed ("The foreign ministers agreed to a
    # future meet on Crete" is the article's own, below)
    for subject in ("The foreign ministers", "The summit", "The four countries"):
        text = f"{W11_GATHERING} {subject} condemned Turkey."
        criticizes = {(s, o) for s, t, o in triples(nlp, text) if t == "CRITICIZES"}
        assert criticizes == {
            (c, "country:TUR") for c in ("country:EGY", "country:GRC", "country:CYP", "country:FRA")
        }, subject
    # a count that is not the meeting's is someone else
    text = f"{W11_GATHERING} The three countries condemned Turkey."
    assert not {t for t in triples(nlp, text) if t[1] == "CRITICIZES"}


def test_a_meetings_participants_agreeing_among_themselves_is_no_new_pair(nlp: Language) -> None:
    # W11: after two "They" sentences the participants are still those spoken of; their agreement
    # to meet again is the meeting, not six AGREES_WITH pairs (the dev gold has none)
    text = (
        f"{W11_GATHERING} The Italian foreign minister, Luigi Di Maio, joined the talks as an "
        "observer.\n\nThey concluded that the November 27 maritime border agreement between "
        'Turkey and Libya is "null and void". They called on Turkey to halt their drilling '
        "operations within the EEZ of Cyprus.\n\nThe foreign ministers agreed to a future meet "
        "on Crete."
    )
    got = triples(nlp, text)
    participants = {"country:EGY", "country:GRC", "country:CYP", "country:FRA"}
    assert not {t for t in got if t[1] == "AGREES_WITH" and {t[0], t[2]} <= participants}
    assert ("country:GRC", "REQUESTS", "country:TUR") in got


def test_an_unnamed_counterpart_is_the_holder_of_the_same_office(nlp: Language) -> None:
    # constructed after outlet copy (Reuters, AP): the office is the register's
    def met(text: str) -> set[frozenset[str]]:
        return {
            frozenset((c.subject, c.object))
            for c in claims_of(nlp, text)
            if c.type.value in ("MEETS", "NEGOTIATES_WITH")
        }

    assert met("The Russian president met his Chinese counterpart in Beijing on Thursday.") == {
        frozenset(("person:vladimir-putin", "person:xi-jinping"))
    }
    assert met("Chinese Foreign Minister Wang Yi held talks with his Russian counterpart.") == {
        frozenset(("person:wang-yi", "person:sergei-lavrov"))
    }
    # one the register does not know keeps the state agent reading
    assert met("Senator Bob Menendez met his Chinese counterpart in Washington.") == {
        frozenset(("person:bob-menendez", "country:CHN"))
    }


def test_a_description_by_a_title_of_several_words_names_its_holder(nlp: Language) -> None:
    # constructed after outlet copy: "crown prince" and "secretary of state" are titles the
    # register holds, though their head word alone ("prince", "secretary") is none
    claims = claims_of(nlp, "The Saudi crown prince met the Turkish leader in Ankara.")
    assert {frozenset((c.subject, c.object)) for c in claims if c.type.value == "MEETS"} == {
        frozenset(("person:mohammed-bin-salman", "person:recep-tayyip-erdogan"))
    }
    claims = claims_of(nlp, "The US secretary of state met Erdogan in Ankara.")
    assert {frozenset((c.subject, c.object)) for c in claims if c.type.value == "MEETS"} == {
        frozenset(("person:antony-blinken", "person:erdogan"))
    }


@pytest.mark.parametrize(
    "text",
    [
        # found by review of round 20: sympathy over an attack is not for its attacker, and
        # where it was said is no one
        "Pakistan expressed grief over the attack by the Taliban.",
        "Ghana sent condolences to Nigeria over the attack by Boko Haram.",
        "Donald Trump expressed condolences on Twitter over the attack.",
    ],
)
def test_sympathy_over_an_attack_supports_no_attacker(nlp: Language, text: str) -> None:
    supported = {o for s, t, o in triples(nlp, text) if t == "SUPPORTS"}
    assert not supported & {"org:taliban", "org:boko-haram", "org:twitter"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wikinews (Qaboos bin Said, January 2020): tributes that name no one are for the one
        # whose death the article told; a plural opening the sentence is tagged as a name
        (
            "On Friday, Qaboos bin Said, the Sultan of Oman, died aged 79. Tributes were paid by "
            "world leaders including the Iranian Foreign Minister Mohammad Javad Zarif and "
            "British Prime Minister Boris Johnson.",
            {
                ("person:mohammad-javad-zarif", "SUPPORTS", "person:qaboos-bin-said"),
                ("person:boris-johnson", "SUPPORTS", "person:qaboos-bin-said"),
            },
        ),
        # Wikinews (Nickey Iyambo, May 2019): "expressed his sadness at Iyambo's death"
        (
            "Nickey Iyambo died on Tuesday. Hage Geingob expressed his sadness at Iyambo's death.",
            {("person:hage-geingob", "SUPPORTS", "person:nickey-iyambo")},
        ),
        # "his" is the one who died, not the one who grieves
        (
            "Qaboos bin Said died on Friday. Boris Johnson expressed condolences over his death.",
            {("person:boris-johnson", "SUPPORTS", "person:qaboos-bin-said")},
        ),
        # Wikinews (Alexei Leonov, October 2019): "NASA interrupted its live coverage ... to
        # mourn Leonov's passing"; a death mourned is the one who died's
        (
            "Qaboos bin Said died on Friday. India mourned his death.",
            {("country:IND", "SUPPORTS", "person:qaboos-bin-said")},
        ),
        # "the late sultan" is the one who died, whatever else the article told of deaths
        (
            "Sultan Qaboos bin Said died on Friday. Floods killed ten. Narendra Modi paid tribute "
            "to the late sultan.",
            {("person:narendra-modi", "SUPPORTS", "person:qaboos-bin-said")},
        ),
    ],
)
def test_sympathy_naming_no_one_is_for_the_one_whose_death_the_article_told(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # deaths of others told since leave it open
        "Qaboos bin Said died on Friday. Floods killed ten people in Kenya. Boris Johnson "
        "expressed condolences.",
        "Robert Mugabe and Kenneth Kaunda died this year. Boris Johnson expressed condolences.",
        "Qaboos bin Said died on Friday. India mourned the victims of the floods.",
        # a death the phrase names is that one's
        "Qaboos bin Said died on Friday. Boris Johnson expressed condolences over the death of "
        "a soldier.",
    ],
)
def test_sympathy_with_several_deaths_told_names_no_one(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] == "SUPPORTS"}


def test_every_example_a_class_noun_lists_acts(nlp: Language) -> None:
    # constructed after outlet copy: "Several countries, including France and Germany,
    # condemned": the parser hangs the second example on the first
    got = triples(nlp, "Several countries, including France and Germany, condemned Russia.")
    assert {
        ("country:FRA", "CRITICIZES", "country:RUS"),
        ("country:DEU", "CRITICIZES", "country:RUS"),
    } <= got


@pytest.mark.parametrize(
    "text",
    [
        # found by review of round 21: a recipient named, though no party, is the one meant
        "Jacques Chirac died on Thursday. President Emmanuel Macron paid tribute to the "
        "firefighters who battled the Notre-Dame blaze.",
        "Jacques Chirac died on Thursday. Angela Merkel sent condolences to the families of the "
        "victims of the Halle shooting.",
        # a killing vowed is no death told
        "Iran has vowed to kill President Donald Trump. Separately, Angela Merkel expressed "
        "condolences over the death.",
        # "the late" one is the one the article titled so, not anyone's late father or king
        "Otto Warmbier died in 2017. Kim Jong-un, who succeeded his late father Kim Jong-il, has "
        "praised the late leader.",
        "Jamal Khashoggi was killed in 2018. King Salman praised the late king.",
    ],
)
def test_sympathy_meant_for_others_is_not_the_deceaseds(nlp: Language, text: str) -> None:
    assert not {t for t in triples(nlp, text) if t[1] == "SUPPORTS"}, text


def test_a_death_told_in_a_relative_clause_or_as_a_murder_is_a_death(nlp: Language) -> None:
    # found by review of round 21
    got = triples(
        nlp,
        "Sultan Qaboos bin Said, who died on Friday, ruled for decades. Tributes were paid by "
        "world leaders including Boris Johnson.",
    )
    assert ("person:boris-johnson", "SUPPORTS", "person:qaboos-bin-said") in got, got
    got = triples(
        nlp, "Jamal Khashoggi was murdered in Istanbul. Boris Johnson expressed condolences."
    )
    assert ("person:boris-johnson", "SUPPORTS", "person:khashoggi") in got, got


@pytest.mark.parametrize(
    "text",
    [
        # found by review of round 21: one of that sex named in the last sentences other than
        # as a speaker may be the one a quoted pronoun means
        "Angela Merkel spoke in Berlin. Merkel met Macron. Merkel left. Scottish First Minister "
        'Nicola Sturgeon demanded a second referendum. Labour leader Jeremy Corbyn said, "She '
        'has condemned Boris Johnson for months."',
        "Donald Trump spoke. Trump met Xi. Trump left. Asked about Vladimir Putin, Nancy Pelosi "
        'said, "He supports Bashar al-Assad."',
    ],
)
def test_a_quoted_pronoun_with_another_of_its_sex_just_named_is_no_one(
    nlp: Language, text: str
) -> None:
    got = triples(nlp, text)
    assert not {t for t in got if t[1] in ("CRITICIZES", "SUPPORTS")}, got


def test_an_act_only_a_quotation_tells_is_the_one_recalled(nlp: Language) -> None:
    # found by review of round 21
    text = '"Hamas attacked Israel yesterday," an Israeli army spokesman said. Egypt condemned the attack.'
    assert ("country:EGY", "CRITICIZES", "org:hamas") in triples(nlp, text)
    text = "Several countries, including France but not Germany, condemned Turkey."
    assert ("country:DEU", "CRITICIZES", "country:TUR") not in triples(nlp, text)


def test_sympathy_with_the_kin_of_one_is_with_him(nlp: Language) -> None:
    # Wikinews (Jon Huber, December 2020): "WWE ... extended condolences to the family,
    # friends, and fans of Huber"
    got = triples(
        nlp,
        "Jon Huber died on Tuesday. WWE expressed sadness and extended condolences to the family, "
        "friends, and fans of Huber.",
    )
    assert ("org:wwe", "SUPPORTS", "person:jon-huber") in got, got

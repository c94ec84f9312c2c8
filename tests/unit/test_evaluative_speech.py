"""Evaluations in what a party says: a stance on whom the words are said of (rule
"evaluative_speech", lexicon `ingest/data/evaluation.json`).

Sentences are English Wikinews, CC BY 2.5, Wikinews contributors
(https://creativecommons.org/licenses/by/2.5/); the article URL is given beside each one.
"""

import json

import pytest
from extraction_support import claims_of, triples
from pydantic import ValidationError
from spacy.language import Language

from geokg.ingest.evaluation import EVALUATION_FILE, EvaluationFile

SUE = "https://en.wikinews.org/wiki/Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall"
PROROGUE = "https://en.wikinews.org/wiki/Queen_Elizabeth_agrees_to_suspend_UK_Parliament_ahead_of_Brexit_deadline"
COURT = "https://en.wikinews.org/wiki/Scottish_court_finds_suspension_of_UK_parliament_unlawful"
JET = "https://en.wikinews.org/wiki/Iran_admits_downing_Ukrainian_jet,_cites_%27human_error%27"
KELLY = "https://en.wikinews.org/wiki/US_Supreme_Court_overturns_fraud_convictions_in_Kelly_v._United_States"
JOURNALIST = (
    "https://en.wikinews.org/wiki/Yemeni_journalist_Nabil_Hasan_al-Quaety_shot_dead_in_Aden"
)


def _stances(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    return {t for c in claims_of(nlp, text) if c.rule == "evaluative_speech" for t in triples([c])}


def test_contempt_in_a_quotation_is_the_speakers_criticism_of_the_clauses_subject(
    nlp: Language,
) -> None:
    # SUE
    text = (
        '"President Trump treats the rule of law with utter contempt," said California '
        "Attorney General Xavier Becerra."
    )
    assert ("person:xavier-becerra", "CRITICIZES", "person:trump", "reported") in _stances(
        nlp, text
    )


def test_a_this_subject_stands_for_the_clause_it_sums_up(nlp: Language) -> None:
    # PROROGUE
    text = (
        'Yvette Cooper added, "Boris Johnson is trying to use the Queen to concentrate power in '
        'his own hands — this is a deeply dangerous and irresponsible way to govern."'
    )
    assert _stances(nlp, text) == {
        ("person:yvette-cooper", "CRITICIZES", "person:boris-johnson", "reported")
    }


def test_breaking_the_law_said_of_a_government_accuses_its_state(nlp: Language) -> None:
    # COURT
    text = (
        'Joanna Cherry said, "Now, for every moment Parliament remains prorogued, the British '
        'government are breaking the law."'
    )
    assert ("person:joanna-cherry", "ACCUSES", "country:GBR", "reported") in _stances(nlp, text)


def test_an_event_said_to_be_a_partys_doing_accuses_the_party(nlp: Language) -> None:
    # JET
    text = 'US Secretary of State Mike Pompeo said the crash was "likely" Iran\'s doing.'
    assert ("person:mike-pompeo", "ACCUSES", "country:IRN", "reported") in _stances(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # constructed: the charges of atrocity news quotes, in a quotation and reported
        '"Russia is a terrorist state," Ukrainian President Volodymyr Zelensky said.',
        "Ukrainian President Volodymyr Zelensky said Russia was a terrorist state.",
    ],
)
def test_calling_a_state_terrorist_accuses_it(nlp: Language, text: str) -> None:
    assert ("person:volodymyr-zelensky", "ACCUSES", "country:RUS", "reported") in _stances(
        nlp, text
    )


def test_no_stance_on_the_victim_of_an_act_called_unacceptable(nlp: Language) -> None:
    # JOURNALIST: the possessor of "murder" underwent it; nobody is named as its doer
    text = (
        "\"Nabil's murder is unacceptable and constitutes a terrible new blow to journalism in "
        'Yemen", said Sabrina Bennoui of Reporters Without Borders.'
    )
    assert _stances(nlp, text) == set()


def test_a_negated_or_asked_evaluation_is_no_stance(nlp: Language) -> None:
    # COURT, turned round: the same words denied, and asked
    denied = (
        'Joanna Cherry said, "Now, for every moment Parliament remains prorogued, the British '
        'government are not breaking the law."'
    )
    asked = 'Joanna Cherry asked, "Is the British government breaking the law?"'
    assert _stances(nlp, denied) == set()
    assert _stances(nlp, asked) == set()


def test_a_negated_wrongdoing_in_a_quotation_is_no_accusation(nlp: Language) -> None:
    # KELLY: "violated" is the root of its sentence, inside a quotation begun in the one before
    text = (
        "Writing for the Court, Supreme Court Justice Elena Kagan declared in the majority "
        'opinion, "not every corrupt act by state or local officials is a federal crime. Because '
        "the scheme here did not aim to obtain money or property, Baroni and Kelly could not have "
        'violated the federal-program fraud or wire fraud laws."'
    )
    assert _stances(nlp, text) == set()


def test_an_evaluation_of_the_speakers_own_side_is_no_stance(nlp: Language) -> None:
    # SUE, turned round: "we" is the speaker's side
    text = '"We treat the rule of law with utter contempt," said Xavier Becerra.'
    assert _stances(nlp, text) == set()


def test_a_misspelt_key_in_the_evaluative_lexicon_is_an_error_naming_it() -> None:
    data = json.loads(EVALUATION_FILE.read_text(encoding="utf-8"))
    data["criticizes"]["adjectivs"] = data["criticizes"].pop("adjectives")
    with pytest.raises(ValidationError, match="adjectivs"):
        EvaluationFile.model_validate(data)


# ---- naming a party's conduct, and praising what a party made -------------------------------

TRAIL = "https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020"


def _by_trigger(nlp: Language, text: str, trigger: str) -> set[tuple[str, str, str]]:
    return {
        (c.subject, c.type.value, c.object) for c in claims_of(nlp, text) if c.trigger == trigger
    }


@pytest.mark.parametrize(
    "text",
    [
        # TRAIL: "Trump's action", the possessor's conduct
        "Former Vice President Joe Biden criticized President Donald Trump. Biden, while "
        "campaigning in Michigan, called Trump's action \"a life-and-death betrayal of the "
        'American people."',
        # TRAIL: the parser makes both "Trump" and "embarrassment" predicates of "called"
        "Former Vice President Joe Biden debated President Donald Trump. "
        'Biden called Trump a "national embarrassment" for his performance.',
    ],
)
def test_calling_a_party_or_its_action_a_disgrace_criticizes_the_party(
    nlp: Language, text: str
) -> None:
    assert _by_trigger(nlp, text, "called") == {
        ("person:joe-biden", "CRITICIZES", "person:donald-trump")
    }


def test_praising_the_quality_of_a_partys_work_supports_the_party(nlp: Language) -> None:
    # JOURNALIST
    text = (
        "Yemeni journalist Nabil Hasan al-Quaety was shot dead in Aden. Phil Chetwynd, director "
        "of global news for AFP, condemned the killing. Chetwynd also praised the quality of "
        "al-Quaety's work."
    )
    assert ("person:phil-chetwynd", "SUPPORTS", "person:nabil-hasan-al-quaety") in _by_trigger(
        nlp, text, "praised"
    )


# ---- solidarity ----------------------------------------------------------------------------

GDANSK = "https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage"


def test_we_are_with_a_party_is_the_speakers_support(nlp: Language) -> None:
    # GDANSK
    text = (
        "Paweł Adamowicz, the mayor of Gdańsk, was stabbed on stage. Prime Minister Mateusz "
        'Morawiecki tweeted "We are with Mayor Adamowicz in our thoughts and prayers."'
    )
    assert ("person:mateusz-morawiecki", "SUPPORTS", "person:pawel-adamowicz", "reported") in (
        triples([c for c in claims_of(nlp, text) if c.rule == "solidarity_speech"])
    )


def test_being_with_a_party_in_the_past_is_no_support(nlp: Language) -> None:
    # GDANSK, turned to the past: a meeting told, not a stance
    text = (
        "Paweł Adamowicz, the mayor of Gdańsk, was stabbed on stage. Prime Minister Mateusz "
        'Morawiecki tweeted "We were with Mayor Adamowicz on Sunday."'
    )
    assert not [c for c in claims_of(nlp, text) if c.rule == "solidarity_speech"]


# ---- requests in speech ----------------------------------------------------------------------


def test_we_expect_from_a_party_is_the_speakers_request(nlp: Language) -> None:
    # JET: the parser hangs "Iran" on "assurances"
    text = (
        'President of Ukraine Volodymyr Zelenskyy said, "We expect from Iran assurances of their '
        'readiness for a full and open investigation, bringing those responsible to justice."'
    )
    got = triples([c for c in claims_of(nlp, text) if c.rule == "request_speech"])
    assert got == {("person:volodymyr-zelenskyy", "REQUESTS", "country:IRN", "reported")}


def test_what_a_third_party_expects_is_no_request_of_the_speaker(nlp: Language) -> None:
    # JET, turned round: "they" expect, not the speaker
    text = (
        'President of Ukraine Volodymyr Zelenskyy said, "They expect from Iran assurances of '
        'their readiness for a full and open investigation."'
    )
    assert not [c for c in claims_of(nlp, text) if c.rule == "request_speech"]


def test_a_quotation_is_not_given_to_the_speaker_of_the_next_paragraphs_quotation(
    nlp: Language,
) -> None:
    # COURT: the court's statement, then Sturgeon's own quotation in the next paragraph
    text = (
        "The court had been petitioned by Joanna Cherry for a ruling on the prorogation of the UK "
        "parliament by Queen Elizabeth II at the request of Prime Minister Boris Johnson.\n\n"
        "The court's summary concluded with the statement: \"The Court will accordingly make an "
        "Order declaring that the Prime Minister’s advice to HM the Queen and the prorogation "
        'which followed thereon was unlawful and is thus null and of no effect."\n\n'
        "First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's Court of Session "
        'judgment is of huge constitutional significance."'
    )
    assert _stances(nlp, text) == set()


# ---- one evaluative vocabulary for speech and labelling --------------------------------------


def test_labelling_verbs_read_the_words_of_the_evaluative_lexicon() -> None:
    from geokg.ingest.evaluation import load_evaluation
    from geokg.ingest.lexicon import load_lexicon

    ev, lex = load_evaluation(), load_lexicon()
    for verb in ("call", "describe", "label", "brand", "dub", "term", "characterise"):
        wanted: dict[str, set[str]] = {}
        for sense in lex.verbs[verb]:
            wanted.setdefault(sense.type.value, set()).update(sense.requires_complement or ())
        assert ev.label_words("@criticizes") <= wanted["CRITICIZES"], verb
        assert ev.label_words("@supports") <= wanted["SUPPORTS"], verb
        assert not any(w.startswith("@") for ws in wanted.values() for w in ws), verb


def test_an_unknown_reference_to_the_evaluative_lexicon_is_an_error_naming_it() -> None:
    from geokg.ingest.lexicon import VerbSense

    with pytest.raises(ValidationError, match="@critcizes"):
        VerbSense.model_validate(
            {"type": "CRITICIZES", "object": ["dobj"], "requires_complement": ["@critcizes"]}
        )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # PROROGUE, with the mover named (Wikinews has "called the move a ..."): a phrase is read
        # whole, though the parser makes "grab" a verb
        (
            'Labour Party leader Jeremy Corbyn called the move by Boris Johnson a "smash and '
            'grab on our democracy".',
            ("person:jeremy-corbyn", "CRITICIZES", "person:boris-johnson"),
        ),
        # constructed after outlet copy: a word of evaluation.json that no labelling list had
        (
            "British Prime Minister Boris Johnson described Russian President Vladimir Putin's "
            "decision as a blunder.",
            ("person:boris-johnson", "CRITICIZES", "person:vladimir-putin"),
        ),
        # constructed after outlet copy: praise as a label
        (
            "Israeli Prime Minister Benjamin Netanyahu called US President Donald Trump a great "
            "friend of Israel.",
            ("person:benjamin-netanyahu", "SUPPORTS", "person:donald-trump"),
        ),
    ],
)
def test_a_label_from_the_evaluative_lexicon_is_a_stance(
    nlp: Language, text: str, claim: tuple[str, str, str]
) -> None:
    assert claim in {(c.subject, c.type.value, c.object) for c in claims_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # constructed after outlet copy: a predicate noun, as an adjective is
        (
            '"Iran\'s seizure of the tanker is an act of piracy," British Foreign Secretary '
            "Jeremy Hunt said.",
            ("person:jeremy-hunt", "ACCUSES", "country:IRN", "reported"),
        ),
        (
            '"Russia is an aggressor," Ukrainian President Volodymyr Zelensky said.',
            ("person:volodymyr-zelensky", "ACCUSES", "country:RUS", "reported"),
        ),
        # constructed after outlet copy: praise of a third party in a quotation
        (
            '"Qaboos bin Said was a wise and visionary leader," British Prime Minister Boris '
            "Johnson said.",
            ("person:boris-johnson", "SUPPORTS", "person:qaboos-bin-said", "reported"),
        ),
    ],
)
def test_a_predicate_noun_or_adjective_in_a_quotation_is_the_speakers_stance(
    nlp: Language, text: str, claim: tuple[str, str, str, str]
) -> None:
    assert claim in _stances(nlp, text)


def test_an_agent_noun_names_no_stance_on_its_possessor(nlp: Language) -> None:
    # constructed after outlet copy: "Syria's dictator" names an office, not Syria's deed
    text = '"Syria\'s dictator must go," US President Barack Obama said.'
    assert _stances(nlp, text) == set()


def test_what_an_unnamed_party_says_inside_a_quotation_is_not_the_quoters_stance(
    nlp: Language,
) -> None:
    # COURT: Sturgeon reports the court's words; the judgement is the court's
    text = (
        "First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's Court of Session "
        "judgment is of huge constitutional significance — but the immediate political "
        "implications are clear. Court says prorogation was unlawful and null and void — so "
        "Parliament must be recalled immediately to allow the essential work of scrutiny to "
        'continue."'
    )
    assert _stances(nlp, text) == set()


def test_what_a_party_should_or_must_do_is_the_speakers_demand(nlp: Language) -> None:
    # constructed after outlet copy (TASS, 2024; AP): a demand made by saying what another
    # party should do
    def asked(text: str) -> set[tuple[str, str]]:
        return {(c.subject, c.object) for c in claims_of(nlp, text) if c.type.value == "REQUESTS"}

    assert asked(
        '"The United States should drop its fabrications," Chinese Foreign Ministry spokesman '
        "Lin Jian said."
    ) == {("person:lin-jian", "country:USA")}
    assert asked("US President Joe Biden said Russia must withdraw its troops from Ukraine.") == {
        ("person:joe-biden", "country:RUS")
    }
    # not the speaker's own side, a passive charge, or a rule for anyone
    assert not asked('"We must act now," German Chancellor Olaf Scholz said.')
    assert not asked("British Prime Minister Boris Johnson said Britain must leave by October.")
    assert not asked(
        '"Iran must be held accountable," Israeli Prime Minister Benjamin Netanyahu said.'
    )
    assert not asked(
        '"No U.N. member state should violate Security Council sanctions," the US ambassador '
        "Linda Thomas-Greenfield said."
    )

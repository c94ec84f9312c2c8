"""Claims from the dependency parse: who did what to whom, how sure, according to whom, when.

Triggers and their argument slots come from `data/triggers.json` (a lexicon users extend
without code); titles from `data/roles.json`. Precision first: an argument that resolves to
no entity, or to a pronoun without a clear antecedent, gives no claim.
"""

import copy
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Collection, Generator, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, partial
from typing import Any

import dateparser
from spacy.tokens import Doc, Span, Token

from geokg.graph.models import Article, Claim
from geokg.graph.ontology import STRUCTURAL, SYMMETRIC, Kind, Modality, Relation, Tense
from geokg.ingest import recording
from geokg.ingest.agents import Party, first_name_sexes, load_agents, load_parties
from geokg.ingest.errors import check_deadline
from geokg.ingest.evaluation import Evaluation, load_evaluation
from geokg.ingest.gazetteer import (
    load_gazetteer,
    populated_places,
    region_states,
    regions,
    regions_of,
    slug,
    styled_as,
)
from geokg.ingest.leaders import (
    LEADING_ROLES,
    Office,
    Role,
    by_title_and_name,
    holders,
    known_title,
    load_register,
    name_key,
    offices_of,
    past_title,
    states_led_by,
    states_led_by_surname,
    title_key,
)
from geokg.ingest.lexicon import (
    NOUN_MODIFIERS,
    VERB_SLOTS,
    Lexicon,
    NounSense,
    VerbSense,
    load_lexicon,
)
from geokg.ingest.resolve import (
    AGAINST_THE_STATE,
    INSTITUTIONS,
    Resolution,
    clean_surface,
    load_roles,
    merge_nodes,
)
from geokg.ingest.rules import Registry, rule_config

EXTRACTOR_VERSION = "0.43.0"  # a new version re-extracts stored articles on the next ingest

_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_OUR = frozenset({"we", "us", "our", "ours"})
_MY = frozenset({"i", "me", "my"})
# Titles of those who speak for a body rather than for themselves.
_SPOKESPERSON = re.compile(r"spokes|press secretary", re.IGNORECASE)
_QUOTES = frozenset({'"', "“", "”", "``", "''"})
# What a quoted "our" or "my" names as the speaker's own state.
_HOMELANDS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})
# Lower-case words news uses to describe a state it has named, without picking out another: "the
# island nation", "the oil-rich kingdom", "the cash-strapped country".
_DESCRIBING_STATES = frozenset(
    {
        "island",
        "landlocked",
        "oil-rich",
        "gas-rich",
        "resource-rich",
        "tiny",
        "small",
        "poor",
        "impoverished",
        "war-torn",
        "war-ravaged",
        "mountainous",
        "coastal",
        "desert",
        "vast",
        "populous",
        "cash-strapped",
        "debt-laden",
        "crisis-hit",
        "conflict-hit",
        "archipelago",
        "former",
    }
)
# Number words that count a list of states: "the three Gulf countries".
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Nouns for what was said, whose "from"/"of" phrase names who said a quotation before them.
_SPEECH_NOUNS = frozenset(
    {"message", "word", "words", "warning", "statement", "remark", "remarks", "comment", "comments"}
)
# How far back, in sentences, a pronoun looks for its antecedent.
_REACH = 3
# The sex a personal pronoun names; a person known to be of the other is no antecedent of it.
_PRONOUN_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
# Honorifics, ranks of nobility and kin words before a name that say its bearer's sex. Not
# "Sheikh", which begins names of women too ("Sheikh Hasina").
_SEXED_TITLES = {
    **dict.fromkeys(
        ("mr", "mr.", "sir", "lord", "king", "prince", "emperor", "duke", "sultan", "emir",
         "tsar", "czar", "pope", "father", "brother", "son", "husband", "uncle", "nephew",
         "grandson", "archbishop", "ayatollah", "monsignor"),
        "male",
    ),
    **dict.fromkeys(
        ("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "empress",
         "duchess", "sheikha", "tsarina", "mother", "sister", "daughter", "wife", "aunt",
         "niece", "granddaughter"),
        "female",
    ),
}  # fmt: skip
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
# State bodies named by a mass noun, which like a plural need no article ("Police fired")
_MASS_BODIES = frozenset({"police", "riot police", "law enforcement"})
_EVENT_NOUNS = {
    "attack": Relation.ATTACKS,
    "strike": Relation.ATTACKS,
    "airstrike": Relation.ATTACKS,
    "operation": Relation.ATTACKS,
    "invasion": Relation.ATTACKS,
    "offensive": Relation.ATTACKS,
    "incursion": Relation.ATTACKS,
    "assault": Relation.ATTACKS,
    "bombing": Relation.ATTACKS,
    "call": Relation.REQUESTS,
    "request": Relation.REQUESTS,
    "appeal": Relation.REQUESTS,
    "demand": Relation.REQUESTS,
    "sanction": Relation.SANCTIONS,
    "embargo": Relation.SANCTIONS,
}
_EVENT_TYPES = frozenset(_EVENT_NOUNS.values())
# Names of force that justify it rather than condemn it: "described the strikes as retaliation".
_JUSTIFIED_FORCE = frozenset(
    {"retaliation", "reprisal", "response", "war", "operation", "self-defence", "self-defense"}
)
# Words that call force a justified answer: "described the attacks as retaliatory strikes".
_JUSTIFYING = frozenset({"retaliatory", "defensive", "pre-emptive", "preemptive", "proportionate"})
# The measures a noun recalls by their kind when the article told them by another word ("banned
# the transit" ... "the curbs"): one party's act on another, whoever it fell on.
_ONE_SIDED_ACTS = frozenset({Relation.ATTACKS, Relation.SANCTIONS})
_ACCOUNTS = frozenset(
    {"claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion"}
)
# The accounts that charge someone: "rejected the accusations" denies them, "rejected the UN
# report" need not.
_CHARGES = frozenset({"claim", "allegation", "accusation", "charge"})
_TEMPORAL = frozenset({"after", "before", "since", "until", "when", "while", "as", "once"})
# A clause under these states a condition, not a fact: "warned of consequences if Russia invaded".
_CONDITIONAL = frozenset({"if", "unless"})
_CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "ccomp", "relcl", "acl", "pcomp"})


@dataclass
class _Candidate:
    type: Relation
    subject: str
    object: str
    trigger: Token
    rule: str  # the registered rule that read it: its trust, and what --explain shows
    role: str | None = None
    items: list[str] = field(default_factory=list)
    modality: Modality | None = None  # set when the rule itself knows it
    attributed_to: str | None = None
    # The trust of the lexicon sense that fired, where the lexicon gives one; else the rule's.
    confidence: float | None = None
    # Set when the rule knows a tie's time that its trigger does not tell ("resigned as").
    tense: Tense | None = None


def extract_claims(doc: Doc, res: Resolution, article: Article) -> list[Claim]:
    """Every claim of the article, in text order, with deterministic ids."""
    lex = load_lexicon()
    published = article.published_at.date()
    claims: dict[str, Claim] = {}
    triggers: dict[str, Token] = {}  # claim id -> the token it was read from
    _register_names(doc, res, published)
    _name_gatherings(doc, res)
    memory = _Memory(published=published, publisher=article.source.lower())
    for index, sent in enumerate(doc.sents):
        check_deadline()  # an article that runs too long fails here, between two sentences
        reader = _SentenceReader(sent, res, lex, memory, index)
        for cand in reader.candidates():
            claim = _to_claim(cand, sent, index, reader, article, published)
            if claim is not None and claim.id not in claims:
                claims[claim.id] = claim
                triggers[claim.id] = cand.trigger
                for inferred in (_accusation(claim, cand, reader), _chamber(claim, cand, reader)):
                    if inferred is None:
                        continue
                    derived = _to_claim(inferred, sent, index, reader, article, published)
                    if derived is not None and derived.id not in claims:
                        claims[derived.id] = derived
        alleged_here = [
            c
            for c in claims.values()
            if c.sentence_index == index and c.modality is Modality.ALLEGED
        ]
        for cand in reader.denials_here(alleged_here, triggers):
            claim = _to_claim(cand, sent, index, reader, article, published)
            if claim is not None and claim.id not in claims:
                claims[claim.id] = claim
                triggers[claim.id] = cand.trigger
        if (recorder := recording.RECORDING.get()) is not None:
            recorder.sentences.append(_parties_read(sent, res, lex, memory, index))
        memory.alleged = [c for c in memory.alleged if c.sentence_index >= index - 2] + [
            c
            for c in claims.values()
            if c.sentence_index == index and c.modality is Modality.ALLEGED
        ]
        reader.remember_verb_acts()  # before `remember`: it reads the sentence's subjects
        reader.remember()
        reader.remember_events([c for c in claims.values() if c.sentence_index == index], triggers)
    kept = _not_on_own_state(list(claims.values()), res, memory)
    return sorted(kept, key=lambda c: (c.sentence_index, c.char_start, c.id))


def _parties_read(
    sent: Span, res: Resolution, lex: Lexicon, memory: "_Memory", index: int
) -> recording.Sentence:
    """The parties each nominal of the sentence is read to name, for `geokg eval --causes`:
    read by a reader of its own, on who-is-who and memory put back afterwards, since reading a
    word may add a node or a form and the report must not change what is extracted."""
    saved = copy.deepcopy((vars(res), vars(memory)))
    try:
        reader = _SentenceReader(sent, res, lex, memory, index)
        mentions = [
            (tok, e)
            for tok in sent
            if tok.i >= reader.dateline_end and tok.pos_ in ("PROPN", "NOUN", "PRON")
            for e in reader.entities(tok, with_conj=False)
        ]
        names = {
            e: (res.nodes[e].name, list(res.nodes[e].forms)) for _, e in mentions if e in res.nodes
        }
    finally:
        vars(res).update(saved[0])
        vars(memory).update(saved[1])
    pronouns = frozenset(t.lower_ for t in sent if t.pos_ == "PRON")
    spans = tuple((e.text, e.label_) for e in sent.ents)
    return recording.Sentence(sent.text, mentions, names, pronouns, spans)


# Legislatures a definite noun alone names: "the parliament", "the senate".
_LEGISLATURE_NOUNS = frozenset({"parliament", "legislature", "senate", "congress"})
# Heads of the bodies a state is made of; a company or society a country labels is not one.
_STATE_BODY_HEADS = (INSTITUTIONS - {"bank", "airlines", "airways", "aramco", "institute"}) | {
    "government",
    "cabinet",
    "legislature",
}


def _not_on_own_state(claims: list[Claim], res: Resolution, memory: "_Memory") -> list[Claim]:
    """ "Boris Johnson suspended Parliament", "the government dissolved the National Assembly":
    a state's leader, member or body acting on a body of that same state, or a body on the state
    itself, is its own business, no sanction (a SANCTIONS claim is one party's measure against
    another)."""
    held: dict[str, set[str]] = {}  # person -> the states the article ties them to
    for c in claims:
        if c.type in (Relation.LEADER_OF, Relation.AFFILIATED_WITH) and c.object in res.nodes:
            if res.kind_of(c.object) is Kind.COUNTRY:
                held.setdefault(c.subject, set()).add(c.object)
    for country, person in memory.leaders.items():
        held.setdefault(person, set()).add(country)
    for person, home in memory.affiliation.items():
        if home in res.nodes and res.kind_of(home) is Kind.COUNTRY:
            held.setdefault(person, set()).add(home)

    def body_state(entity: str) -> str | None:
        if entity in res.home_state:
            return res.home_state[entity]
        known = _gazetteer_known().get(entity)
        return res.part_of.get(entity) or (known.part_of if known is not None else None)

    def states_of(entity: str) -> set[str]:
        kind = res.kind_of(entity) if entity in res.nodes else None
        if kind is Kind.COUNTRY:
            return {entity}
        if kind is Kind.PERSON:
            return held.get(entity, set())
        state = body_state(entity) if kind is Kind.ORGANIZATION else None
        return {state} if state else set()

    def own_body(claim: Claim) -> bool:
        target = claim.object
        if target in res.nodes and res.kind_of(target) is Kind.COUNTRY:
            # "the Commerce Department barred American firms from ...": a state body's measure
            # on its own state's firms is policy at home, none against that state
            body = claim.subject in res.nodes and res.kind_of(claim.subject) is Kind.ORGANIZATION
            return body and states_of(claim.subject) == {target}
        if target not in res.nodes or res.kind_of(target) is not Kind.ORGANIZATION:
            return False
        state = body_state(target)
        words = set(res.name_of(target).lower().split())
        if state is None or not (target in res.home_state or words & _STATE_BODY_HEADS):
            return False
        return state in states_of(claim.subject)

    def with_own_state(claim: Claim) -> bool:
        # "Canada cooperates with Trudeau": one side of a two-sided act is never the state its
        # leader leads, nor, in working or agreeing together, the one the other speaks for
        # (a government may still talk with its opposition leader or a former premier)
        if claim.type not in SYMMETRIC:
            return False
        for a, b in ((claim.subject, claim.object), (claim.object, claim.subject)):
            if b in res.nodes and res.kind_of(b) is Kind.COUNTRY and a in res.nodes:
                if res.kind_of(a) is not Kind.PERSON or states_of(a) != {b}:
                    continue
                if memory.leaders.get(b) == a or claim.type in _TOGETHER_TYPES:
                    return True
        return False

    return [
        c
        for c in claims
        if not (c.type is Relation.SANCTIONS and own_body(c)) and not with_own_state(c)
    ]


_ORG_HEADS = frozenset(
    {
        "movement",
        "group",
        "militia",
        "organisation",
        "organization",
        "party",
        "rebels",
        "network",
        "faction",
        "coalition",
        "alliance",
        "agency",
        "company",
        "firm",
        "corporation",
        "conglomerate",
        # "the Tren de Aragua gang", "the Sinaloa cartel" (constructed after outlet copy)
        "gang",
        "cartel",
        "syndicate",
        "outfit",
    }
)
_PROPERTY = frozenset(
    {
        "facility",
        "installation",
        "plant",
        "refinery",
        "base",
        "embassy",
        "consulate",
        "ship",
        "tanker",
        "vessel",
        "pipeline",
        "field",
        "infrastructure",
        "site",
    }
)
_STANCES = frozenset({Relation.CRITICIZES, Relation.OPPOSES, Relation.SUPPORTS})
# Events their actor takes part in, and the prepositions that frame a clause with one.
# Stances said of an act whatever the sense's kinds: on its owner ("lashed out at Trump's plan",
# "threw its weight behind Ukraine's bid").
_OWNER_STANCES = frozenset({Relation.CRITICIZES, Relation.SUPPORTS})
_TAKING_PART = frozenset({Relation.VISITS, Relation.MEETS, Relation.NEGOTIATES_WITH})
_FRAMING = frozenset({"on", "during", "for", "after", "before", "at", "ahead", "in", "from"})
_RETURNING = frozenset({"return", "come", "arrive", "fly", "head", "get"})
_TIME_FRAMES = frozenset({"during", "after", "before", "amid", "ahead"})
# Verbs whose "in"/"at" place is where a meeting is held, visited only by those from elsewhere.
_HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
_MEETING_PLACE_VERBS = frozenset({"meet", "gather", "convene"}) | _HOSTING_VERBS
# Forces a place or state hosts are stationed there; no one meets them.
_STATIONED = frozenset(
    {"troop", "troops", "force", "forces", "soldier", "soldiers", "personnel", "base", "bases"}
)
# What persons sign together at a meeting, not each on their own ("signed a letter").
_SIGNED_TEXTS = frozenset(
    {"agreement", "deal", "treaty", "accord", "pact", "declaration", "memorandum", "protocol"}
)
# A patient treated somewhere has gone there: "was being medically treated in Kenya".
_TREATING = frozenset({"treat", "hospitalise", "hospitalize", "admit"})
_TREATMENTS = frozenset({"treatment", "surgery", "care", "operation"})
# Nouns of meetings: "an AU summit where Buhari and Talon signed".
_GATHERINGS = frozenset(
    {"summit", "meeting", "conference", "ceremony", "talks", "summits", "meetings"}
)
# Participles that name a gathering's hosts and guests: "talks hosted by Macron and attended by
# Merkel".
_CONVENING = frozenset({"host", "attend", "chair", "convene", "co-host", "cohost"})
# Words of danger that make envoys pulled out an evacuation: "as fighting engulfed Khartoum".
_DANGERS = frozenset(
    {"fighting", "fight", "violence", "war", "clash", "unrest", "evacuation", "evacuate"}
    | {"safety", "security", "danger", "threat", "conflict", "shelling", "order"}
)
# Rules that pair the parties of one gathering, where one delegation does not meet itself.
_ONE_GATHERING = frozenset({"gathering_parties", "noun_coordinated_subjects", "meeting_guests"})
# Verbs of meeting at a gathering ("shook hands with Sisi in a meeting"), and those that hold one
# or bring its parties to it.
_MEETING_ACTS = frozenset({"hold", "shake", "sit"})
_GATHERING = _MEETING_ACTS | {"bring"}
# A gathering held at a distance, where no one meets: "a virtual summit".
_AT_A_DISTANCE = frozenset({"virtual", "video", "online", "phone", "telephone"})
# Verbs that call a gathering off: "the planned summit was cancelled".
_CALLING_OFF = frozenset({"cancel", "postpone", "scrap", "skip", "boycott", "shelve", "delay"})
# Guests a host receives from the states named after them: "hosted his counterparts from Syria".
_GUESTS = frozenset({"counterpart", "delegation", "minister", "leader", "envoy", "official"})
# A gathering of more named parties is a list of delegates, too loose to pair them all.
_MOST_AT_A_TABLE = 6
# Events one attends where they are held: "attended the signing in Al-Ula".
_ATTENDED_EVENTS = frozenset(
    {"signing", "funeral", "inauguration", "parade", "forum", "celebration", "swearing", "session"}
)
# Relations aimed at a party, never at a place: a capital as their object is its state.
_AIMED_AT_ACTORS = frozenset(
    {
        Relation.CRITICIZES,
        Relation.ACCUSES,
        Relation.SANCTIONS,
        Relation.REQUESTS,
        Relation.THREATENS,
        Relation.NEGOTIATES_WITH,
        Relation.COOPERATES_WITH,
        Relation.AGREES_WITH,
        Relation.OPPOSES,
        Relation.SUPPORTS,
    }
)
_AGREEMENTS = frozenset(
    {"agreement", "memorandum", "memoranda", "treaty", "accord", "pact", "deal", "demarcation"}
)
# Nouns that tell an agreement a later "the deal" may recall ("agreed to a truce ... the deal").
_TOLD_AGREEMENTS = _AGREEMENTS | {"truce", "ceasefire", "cease-fire", "armistice"}
# Texts that are agreements when signed or adopted ("signed a declaration"), not otherwise ("a
# declaration of war", "the framework of talks"); and the verbs that sign them.
_SIGNED_DOCUMENTS = frozenset(
    {"declaration", "protocol", "charter", "convention", "communique", "communiqué", "framework"}
)
_SIGNING_VERBS = frozenset({"sign", "ratify", "adopt", "ink", "countersign", "initial"})
# Measures put to a vote that a body passes and others draft, back or reject, named by what
# they do ("a resolution censuring Iran"); "the measure" recalls any of them.
_VOTED_MEASURES = frozenset({"resolution", "motion", "measure"})
# The stances a measure can be the object of, and its signing.
_JUDGING_STANCES = frozenset(
    {Relation.SUPPORTS, Relation.OPPOSES, Relation.CRITICIZES, Relation.AGREES_WITH}
)
# Words any agreement may be recalled by; a more particular word ("the memorandum", "the
# treaty") recalls only one it names.
_GENERAL_AGREEMENT_WORDS = frozenset(
    {
        "agreement", "deal", "accord", "pact", "document", "text", "demarcation", "truce",
        "ceasefire", "cease-fire", "armistice",
    }
)  # fmt: skip
# Texts that are no agreement, after which "the document" is one of them.
_TEXTS = frozenset(
    {
        "report", "memo", "order", "statement", "letter", "message", "dossier", "paper", "note",
        "assessment", "study", "email", "cable", "transcript", "decree", "ruling", "verdict",
        "judgment", "judgement", "resolution", "bill", "law", "proposal", "plan", "draft",
    }
)  # fmt: skip
# Verbs by which a party puts a measure forward or carries it: what the measure does is theirs.
_PUTTING_FORWARD = frozenset(
    {
        "sponsor", "co-sponsor", "cosponsor", "draft", "introduce", "table", "submit", "propose",
        "pass", "adopt", "approve", "enact", "sign", "unveil", "back", "endorse", "file",
    }
)  # fmt: skip
# Nouns of measures "the measure" may mean, nearer than a resolution named before.
_MEASURE_WORDS = frozenset(
    {
        "sanction", "sanctions", "bill", "law", "legislation", "ban", "embargo", "tariff",
        "restriction", "curb", "decree", "order", "package", "proposal", "plan", "resolution",
        "motion", "rule", "policy",
    }
)  # fmt: skip
# Words for an agreement's text that recall the agreement told, and name none themselves.
_AGREEMENT_RECALLS = frozenset({"document", "text"})
# Verbs whose subjects are the parties of the agreement they take.
_AGREEING_VERBS = frozenset(
    {
        "agree",
        "sign",
        "reach",
        "strike",
        "seal",
        "conclude",
        "clinch",
        "ink",
        "finalise",
        "finalize",
    }
)


def _name_gatherings(doc: Doc, res: Resolution) -> None:
    """ "an AU summit", "the 2020 United States presidential election", "the Brexit referendum":
    a summit, conference, election or referendum its modifiers name (a name, a year) is an
    Event node named by those words as written, though no claim takes it; "the summit" or "a
    general election" alone names none."""
    unqualifying = load_agents().unqualifying | _VAGUE
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _NAMED_GATHERINGS:
            continue
        if res.entity_at(token):
            continue  # the recogniser named it already
        start = token.i
        for t in reversed(doc[token.left_edge.i : token.i]):
            if t.dep_ in ("det", "poss", "case") or t.is_punct and t.text not in ("-", "–"):
                break
            if t.lower_ in unqualifying or t.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM", "PUNCT"):
                break
            start = t.i
        words = list(doc[start : token.i])
        if not any(_names_event(res, t) for t in words):
            continue
        name = doc[start : token.i + 1].text
        res.add_node(f"event:{slug(name)}", name, Kind.EVENT, form=name)


def _names_event(res: Resolution, token: Token) -> bool:
    """Whether a modifier names which gathering or vote it is: a name (not a person's: "the Trump
    summit" is rather his) or a year."""
    entity = res.entity_at(token)
    if entity is not None:
        return res.kind_of(entity) is not Kind.PERSON
    return token.pos_ == "PROPN" or token.like_num and len(token.text) == 4


def _register_names(doc: Doc, res: Resolution, day: date) -> None:
    """ "President Maduro" in an article that never gives his first name: the person node takes
    the register's full name ("Nicolás Maduro") when the titles before its mentions, its name and
    the article's date single out one holder, so that articles naming him either way share a node.
    A node whose mentions point to two holders, or whose name is already as full, is left alone."""
    for node in [n for n in res.nodes.values() if n.kind is Kind.PERSON]:
        found: set[str] = set()
        for m in res.mentions:
            if m.entity_id != node.id:
                continue
            for title in (_title_before(doc, m.start, node.name), _title_after(doc, m.end)):
                if title:
                    found.update(o.name for o in by_title_and_name(title, node.name, day))
        if len(found) == 1 and len(name_key(full := found.pop()).split()) > len(
            name_key(node.name).split()
        ):
            _rename_person(res, node.id, f"person:{slug(full)}", full)


def _title_before(doc: Doc, start: int, name: str) -> str | None:
    """The title words right before a person's name ("Venezuelan President" of "Venezuelan President
    Maduro"), whether the mention's span holds them or not."""
    words = {name_key(w) for w in name.split()}
    i = start
    while i < len(doc) and name_key(doc[i].text) not in words and i - start < 4:
        i += 1  # title words the NER took into the person's span
    lo = max(doc[start].sent.start, i - 5)
    text = " ".join(t.text for t in doc[lo:i] if not t.is_punct or t.text in ("-", "."))
    return known_title(text) if text else None


def _title_after(doc: Doc, end: int) -> str | None:
    """The title in apposition after a person's name: "Putin, Russia's president," or "Khamenei,
    the Supreme Leader of Iran,"; a clause ("Putin, who met the president") is none."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    words: list[Token] = []
    for t in doc[end + 1 : min(end + 8, doc[end].sent.end)]:
        if t.is_punct or t.lower_ in ("of", "for", "in"):
            break
        if t.pos_ in ("VERB", "AUX") or t.tag_ in ("WP", "WDT"):
            return None
        words.append(t)
    return known_title(" ".join(t.text for t in words)) if words else None


def _rename_person(res: Resolution, old: str, new: str, name: str) -> None:
    """Give a person node the id and name of its full name, joining a node that already has it."""
    if new not in res.nodes:
        res.add_node(new, name, Kind.PERSON)
    merge_nodes(res, old, new)


@dataclass
class _Memory:
    """What one article's earlier sentences tell the next ones; one per article, never shared."""

    # The persons in subject position of the latest sentence that had one, and its index, for
    # "he"/"his"; two of them make the pronoun ambiguous.
    recent_persons: list[str] = field(default_factory=list)
    recent_index: int = -1
    sexes: dict[str, str | None] = field(default_factory=dict)  # person -> "male", "female"
    # The same for states, organisations and groups, for a sentence-initial "it"/"they".
    recent_actors: list[list[str]] = field(default_factory=list)
    actors_index: int = -1
    # Title (lower case) -> the persons the article gave it, for "the president" later.
    titled: dict[str, set[str]] = field(default_factory=dict)
    # The article's quotations as (first, last) token offsets, read once.
    quotes: list[tuple[int, int, bool]] | None = None
    # each sentence's start -> its index, for reading another sentence (`_reader_at`)
    sentence_starts: dict[int, int] = field(default_factory=dict)
    # Country -> the person the article has said leads it, for titles that name no country.
    leaders: dict[str, str] = field(default_factory=dict)
    # Persons whose register offices were looked up at their first mention.
    registered: set[str] = field(default_factory=set)
    # Person -> the organisation or state a title in an earlier sentence tied them to.
    affiliation: dict[str, str] = field(default_factory=dict)
    # The latest actor and target of each event type, for "the attack", "the call".
    event_actors: dict[Relation, str] = field(default_factory=dict)
    event_targets: dict[Relation, str] = field(default_factory=dict)
    # The same actors, of events not told only in the plural: a singular "the attack" does not
    # recall "rocket attacks" when the article has told of a single one.
    single_event_actors: dict[Relation, str] = field(default_factory=dict)
    # Every actor of each event type so far: "the strikes" is theirs while there is only one.
    all_event_actors: dict[Relation, set[str]] = field(default_factory=dict)
    # Event type -> (sentence index, token index, actor) of every such event told ("" of no
    # one): those of the headline and first sentence are the main act that reactions in later
    # paragraphs judge ("U.S. warplanes bombed ... [Israel's offensive] ... Oman condemned the
    # strikes"), unless another's was told just before.
    event_told: dict[Relation, list[tuple[int, int, str]]] = field(default_factory=dict)
    # The actors of the latest event of a type when it was told with several ("The US and UK
    # carried out strikes"): "the strikes" later is all of theirs, not the last one's.
    joint_event_actors: dict[Relation, list[str]] = field(default_factory=dict)
    # Act noun lemma -> the actors earlier mentions of it named ("a move by Johnson"), for a
    # bare "the move" later that the sentence before it does not explain.
    act_mentions: dict[str, set[str]] = field(default_factory=dict)
    # the actors of each act a noun of the lexicon told ("an arms sale": the US), for "the sale"
    noun_acts: dict[str, set[str]] = field(default_factory=dict)
    # Pairs of states by how many claims of events joined them, for "the two countries" where
    # the sentences around name more than two.
    dyads: Counter[frozenset[str]] = field(default_factory=Counter)
    # Party -> who last acted on it or on its state by a hostile claim, and that claim's type
    # ("Biden called Xi a dictator": Xi and China were criticised by Biden), for "Beijing hit
    # back" later.
    acted_on: dict[str, tuple[str, Relation]] = field(default_factory=dict)
    # Verb lemma -> sentence index -> the actors of the acts the verb told there ("Finland
    # closed its border"), for the noun of that act judged later ("called the closures
    # unfriendly").
    verb_acts: dict[str, dict[int, set[str]]] = field(default_factory=dict)
    # Measure type -> sentence index -> the actors of the verbs that told a measure of that type
    # in the sense their words fit ("banned the transit": SANCTIONS), for "the curbs" later.
    measures: dict[Relation, dict[int, set[str]]] = field(default_factory=dict)
    # The actor of the attack on no party remembered for "the strike" ("" once a second actor's
    # such attack made it anyone's), while no attack on a party was told.
    lone_attacker: str | None = None
    # Pronoun index -> the actors of the act an "it" took up (`_act_it`), for a second "it"
    # after it ("Britain called it a violation, and the United States criticised it").
    acts_taken_up: dict[int, list[str]] = field(default_factory=dict)
    # Trigger token -> the types of the claims read from it, in the latest sentence.
    told: dict[int, set[Relation]] = field(default_factory=dict)
    # The latest agreement between named parties, for "the border agreement" later, and where
    # the text named it (-1 when no one mention did).
    agreement: str | None = None
    agreement_index: int = -1
    # Resolutions named by what they do ("resolution condemning nuclear programme"), which the
    # head of their object does not recall.
    acted_measures: set[str] = field(default_factory=set)
    # Agreement topic -> the parties it was named with, for who can sign it.
    agreement_parties: dict[str, list[str]] = field(default_factory=dict)
    # Allegations of the last sentences, for "denied such claims".
    alleged: list[Claim] = field(default_factory=list)
    # The article's date, on which the register of office holders is read.
    published: date | None = None
    # Described group -> the country it was scoped to, for whom its demands are addressed to.
    group_home: dict[str, str] = field(default_factory=dict)
    # The described groups made so far by their head word (`_group_family`), for an unlabelled
    # "protesters" later.
    groups_by_head: dict[str, set[str]] = field(default_factory=dict)
    # The states of the latest meeting's participants and its sentence, for "They called on
    # Turkey ..." and "the ministers" after "Shoukry and his counterparts gathered in Cairo".
    gathering: list[str] = field(default_factory=list)
    gathering_index: int = -1
    # The two parties of the latest sentence with one bilateral claim, for "both sides" after it.
    sides: list[str] = field(default_factory=list)
    sides_index: int = -1
    # pairs of parties the article has told attacking each other, how often: the fight a call
    # for restraint is addressed to
    warring: Counter[frozenset[str]] = field(default_factory=Counter)
    warring_index: int = -1  # the last sentence that told such an attack
    warring_last: frozenset[str] = frozenset()  # the pair of the last hostile claim told
    # The article's publisher (lower case), and entity -> whether it is a news outlet or one
    # of its journalists, read once.
    publisher: str = ""
    press: dict[str, bool] = field(default_factory=dict)

    def remember_event(self, rel: Relation, actor: str, plural: bool, at: tuple[int, int]) -> None:
        """Keep the actor of the latest event of a type; and of the latest not told in the
        plural, which a singular "the attack" may only recall; and the sentence and token each
        was told at, for the article's main act."""
        self.event_actors[rel] = actor
        self.event_told.setdefault(rel, []).append((*at, actor))
        self.all_event_actors.setdefault(rel, set()).add(actor)
        if not plural:
            self.single_event_actors[rel] = actor


class _SentenceReader:
    """Reads one sentence: arguments, triggers and the modality around them."""

    def __init__(
        self, sent: Span, res: Resolution, lex: Lexicon, memory: _Memory, index: int = 0
    ) -> None:
        self.sent = sent
        self.index = index
        self.res = res
        self.lex = lex
        self.memory = memory
        self._reading: set[int] = set()  # pronouns whose antecedent is being read
        # Each pronoun's reading reads the pronouns before it: remembered, it is read once, not
        # once per later pronoun (which grows as 2^n in a sentence of many "they").
        self._antecedents_read: dict[int, list[str]] = {}
        self._dates: list[Span] | None = None
        self._cycles_cut = 0
        self.gatherings: dict[int, list[str]] = {}  # a gathering's token -> its parties
        # act nouns read as their actor ("welcomed the US decision": the United States), for
        # the stance senses only: "welcomed Trump's decision" is no meeting with Trump
        self.act_owners: dict[int, str] = {}
        self.bare_titles: list[tuple[str, str, Token]] = []  # (person, leader title, token)
        self.apposed_titles: list[tuple[str, str, Token]] = []  # "X, the prime minister,"
        # "SEOUL, South Korea (AP) — Kim rolled into Russia": a dateline takes no part in the clause.
        self.dateline_end = sent.start
        if sent[0].text.isupper() and len(sent[0].text) > 2:
            # Reuters sets a spaced hyphen: "BEIJING, Jan 5 (Reuters) - China condemned"
            dash = next(
                (
                    t.i
                    for t in sent[:15]
                    if t.text in ("—", "–", "--")
                    or t.text == "-"
                    and t.whitespace_
                    and t.i > 0
                    and t.nbor(-1).whitespace_
                ),
                None,
            )
            if dash is not None:
                self.dateline_end = dash + 1

    @property
    def dates(self) -> list[Span]:
        """The sentence's dates, read once: `Span.ents` walks the whole sentence on each call."""
        if self._dates is None:
            self._dates = [e for e in self.sent.ents if e.label_ == "DATE"]
        return self._dates

    # ---- arguments --------------------------------------------------------------------

    def entities(self, token: Token, with_conj: bool = True) -> list[str]:
        """The entities a nominal token stands for, with its coordinated siblings."""
        found: list[str] = []
        if token.i < self.dateline_end:
            return found
        if (pair := self._pair(token)) is not None:
            if with_conj:  # "the three Gulf countries and Egypt"
                pair += [e for c in token.children if c.dep_ == "conj" for e in self.entities(c)]
            return list(dict.fromkeys(pair))
        if met := self._gathering_described(token):
            return met
        if kin := self._states_as_kin(token):
            return kin
        if (
            token.lower_ in ("they", "them", "their")
            and token.pos_ == "PRON"
            and not self._quoted(token)
        ):
            if token.lower_ == "them" and (acts := self._act_it(token)):
                return acts  # "After the strikes, Kanaani condemned them as a mistake"
            return self._thing_antecedents(token)  # "China and Russia ... They criticized ..."
        if token.lower_ == "it" and token.dep_ in ("dobj", "nsubjpass"):
            if thing := self._thing_it(token):
                return [thing]  # "approved a bill legalising abortion, but the Senate rejected it"
            if acts := self._act_it(token):
                return acts  # "Egypt, Jordan and Turkey each condemned it": the attack's actor
        if joint := self._joint_event_actors(token):
            return joint
        if token.lower_ == "both" and token.dep_ in _SUBJ and not any(token.children):
            return self._both_pair(token)
        own = self._entity_of(token) or self._home_government(token)
        if own:
            found.append(own)
            found.extend(self._agents_of_many(token, own))
            examples = _examples(token)
            if (
                examples
                and not self.res.entity_at(token)
                and own == self.res.entity_at(examples[0])
            ):
                # "Several countries, including France and Germany, condemned": each example;
                # not one "but not" sets apart
                found.extend(
                    e
                    for x in examples
                    for y in (x, *x.conjuncts)
                    if not any(c.dep_ == "neg" for c in y.children)
                    and not (y.i > 0 and y.doc[y.i - 1].lower_ == "not")
                    for e in self.entities(y, with_conj=False)
                )
        if with_conj:
            for child in token.children:
                if child.dep_ == "conj" and self._trailing_speaker(child):
                    continue
                if child.dep_ == "conj":
                    found.extend(self.entities(child))
                elif child.dep_ in ("nmod", "compound") and any(
                    c.dep_ == "cc" for c in child.children
                ):
                    # "North and South Korea": an elided name coordinated inside the phrase
                    other = self.res.entity_at(child)
                    if (
                        other
                        and other != own
                        and own
                        and self.res.kind_of(other) is self.res.kind_of(own)
                    ):
                        found.append(other)
                elif (
                    child.dep_ == "compound"
                    and own
                    and self.res.kind_of(own) is Kind.PERSON
                    and not self.res.entity_at(child)
                ):
                    # "US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke":
                    # the parser hangs the first name on the second name's title.
                    found.extend(
                        e
                        for t in child.subtree
                        if (e := self.res.entity_at(t))
                        and e != own
                        and self.res.kind_of(e) is Kind.PERSON
                        and t.dep_ in ("appos", "conj")
                    )
                elif (
                    child.dep_ == "appos"
                    and own
                    and self.res.kind_of(own) is Kind.COUNTRY
                    and (other := self.res.entity_at(child))
                    and other != own
                    and self.res.kind_of(other) is Kind.COUNTRY
                    and any(c.dep_ in ("conj", "cc") for c in child.children)
                ):
                    # "Mali, Burkina Faso and Niger left": a state is no apposition of another;
                    # the parser made the list's second member one
                    found.extend(self.entities(child))
                elif (
                    child.dep_ == "appos"
                    and own
                    and self.res.kind_of(own) is Kind.PERSON
                    and self.res.entity_at(child)
                ):
                    # "Shoukry and his ... counterparts, Nikos Dendias, Nikos Christodoulides and
                    # Jean-Yves Le Drian, gathered": the names in apposition are participants too;
                    # not who a described one works for ("Kerri Kupec, spokeswoman for the Trump
                    # administration's Department of Justice, criticized": Kupec, not Trump)
                    found.extend(
                        e
                        for e in self.entities(child)
                        if self.res.kind_of(e) in (Kind.PERSON, Kind.ORGANIZATION)
                        # "Ocasio-Cortez, Democrat of New York, criticized": her party is her title
                        and not self._party_noun_title(child, e)
                    )
        if own:
            found.extend(self._slash_joined(token))
        return list(dict.fromkeys(found))

    def _slash_joined(self, token: Token) -> list[str]:
        """ "strikes on PKK/YPG targets", "the YPG/PKK terror group": two bodies a slash joins in
        a phrase are one label the writer gives both, and what is done to it is done to each."""
        found: list[str] = []
        for t in token.doc[token.left_edge.i : token.i + 1]:
            if (
                t.text != "/"
                or t.whitespace_
                or t.i == 0
                or t.i + 1 >= len(t.doc)
                or t.doc[t.i - 1].whitespace_
                # "Meta/Facebook" the recogniser cut as "Meta/": no names of their own
                or not t.doc[t.i - 1].is_alpha
                or not t.doc[t.i + 1].is_alpha
            ):
                continue
            pair = [self.res.entity_at(t.doc[t.i - 1]), self.res.entity_at(t.doc[t.i + 1])]
            if (
                all(e and self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP) for e in pair)
                and len(set(pair)) == 2
            ):
                found.extend(e for e in pair if e)
        return found

    def _party_noun_title(self, token: Token, entity: str) -> bool:
        """Whether a word is a party's singular noun naming one member ("a Republican"), which
        the recogniser tags as a people of that name."""
        party = load_parties().named_by(token.text)
        return (
            party is not None
            and token.text in party.nouns
            and self.res.kind_of(entity) is Kind.GROUP
            and self.res.name_of(entity) == token.text
        )

    def _trailing_speaker(self, conj: Token) -> bool:
        """ "over Russia's invasion of Ukraine, the White House and the Treasury said Friday": the
        parser joins the sayers after a comma to the last object when their verb of saying
        has no subject of its own; they say it, they are not invaded."""
        doc = conj.doc
        start = conj.left_edge.i
        if start == 0 or doc[start - 1].text != ",":
            return False
        end = conj.right_edge.i
        if end + 1 >= len(doc):
            return False
        verb = doc[end + 1]
        return (
            verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.lex.words["speech"]
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        )

    def _title_holder(self, token: Token) -> str | None:
        """ "United States Senator from Vermont Bernie Sanders endorsed": the parser made the title
        the subject and hung the name in its phrase; the one person named right after the title's
        phrase holds it."""
        roles = load_roles()
        if token.lower_ not in roles.leader | roles.affiliated:
            return None
        after = token.doc[token.i + 1 : min(token.i + 5, self.sent.end)]
        persons = {
            e
            for t in after
            if t.head.i in range(token.i, after.end)
            # in the title's own phrase, or after its comma ("The Labour Party's leader, Jeremy
            # Corbyn announced"): not "the North Korean leader met Vladimir Putin"
            and (t.i <= token.right_edge.i or token.nbor().text == ",")
            and (e := self.res.entity_at(t))
            and self.res.kind_of(e) is Kind.PERSON
        }
        return persons.pop() if len(persons) == 1 else None

    def _name_after_agent(self, token: Token) -> str | None:
        """ "met his Turkish counterpart Recep Tayyip Erdoğan in Ankara", "held talks with his
        Chinese counterpart, Wang Yi, in Beijing": the parser hangs the name on the verb, but a
        person named right after an agent's noun (or after its comma) is that agent."""
        if token.tag_ != "NN" or not load_agents().agent_head(token.lemma_.lower(), token.lower_):
            return None
        nxt = token.i + 1
        if nxt < self.sent.end and token.doc[nxt].text == ",":
            nxt += 1
        if nxt >= self.sent.end:
            return None
        name = token.doc[nxt]
        person = self.res.entity_at(name)
        if person is None or self.res.kind_of(person) is not Kind.PERSON:
            return None
        root = name
        while self.res.entity_at(root.head) == person and root.head.i != root.i:
            root = root.head
        if root.head.i == token.i or root.dep_ in ("nsubj", "nsubjpass", "conj"):
            return None  # its own reading ("appos"), or a clause or list of its own
        return person

    def _agents_of_many(self, token: Token, own: str) -> list[str]:
        """ "The foreign ministers of Egypt, Greece and Cyprus", "leaders from Brazil and India",
        "his Greek and Cypriot counterparts": unnamed agents of several states act for each."""
        if (
            token.tag_ != "NNS"
            or self.res.entity_at(token)
            or not load_agents().agent_head(token.lemma_.lower(), token.lower_)
            or _names_given(token)
            or _junta(token)
            # "Democratic members of the House": the party's, not the House's too
            or any(own == party.id for party in load_parties().parties)
        ):
            return []
        labels = self._labels(token) + self._named_in(token, "from")
        return [
            e
            for e in labels
            if e != own and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        ]

    def _entity_of(self, token: Token) -> str | None:
        if (crowd := self._protesting_crowd(token)) is not None:
            return crowd
        entity = self.res.entity_at(token)
        if entity:
            return self._negated_variant(token, entity) or entity
        lower = token.lower_
        if token.pos_ == "PRON" or lower in _PRONOUNS:
            return self._pronoun(token)
        if token.pos_ in ("NOUN", "PROPN") and not _is_trigger_noun(token, self.lex):
            # "Northamptonshire's chief constable Nick Adderley wrote": the named holder of a
            # title; not of a body ("a spokesman for the group, Yahya Saree": the parser hangs
            # the title's holder on the body it speaks for, which he does not stand for)
            body = token.lemma_.lower() in load_agents().organisations
            for child in token.children:
                if (
                    not body
                    and child.dep_ == "appos"
                    and (e := self.res.entity_at(child))
                    and self.res.kind_of(e) is Kind.PERSON
                    and not _speaker_after(child)
                ):
                    return e
            if (holder := self._title_holder(token)) is not None:
                return holder
            if (agent := self._name_after_agent(token)) is not None:
                return agent
            if (head := self._delegation_head(token)) is not None:
                return head
        if (own := self._speakers_country(token)) is not None:
            return own
        for described in (
            self._place_of_class,  # "the Indian state of Karnataka" is no state agent
            # "the Indian Prime Minister asked": the holder the article names, before the state
            self._leader_description,
            self._counterpart,
            # "Democratic members of the House": the party they vote with, not the House
            self._party_members,
            self._state_agent,
            self._described_person,
        ):
            if (entity := described(token)) is not None:
                return entity
        if token.pos_ == "NOUN" and token.lemma_.lower() in _ORG_HEADS:
            # "The Yemen-based Houthi movement": a common head named by its modifier, once
            # however many of its words the parser hangs on the head ("the ZANU-PF party")
            named = list(
                dict.fromkeys(
                    e
                    for c in token.children
                    if c.dep_ in ("compound", "amod")
                    and (e := self.res.entity_at(c))
                    and self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP)
                )
            ) or list(
                dict.fromkeys(
                    # "Mugabe's party, ZANU-PF, criticized": the head's apposed name
                    e
                    for c in token.children
                    if c.dep_ == "appos"
                    and (e := self.res.entity_at(c))
                    and self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP)
                )
            )
            if len(named) == 1:
                return named[0]
            if token.lemma_.lower() == "movement":
                # "his support for the Brexit movement": a movement named after an issue stands
                # for the issue
                issues = [
                    e
                    for c in token.children
                    if c.dep_ == "compound"
                    and (e := self.res.entity_at(c))
                    and self.res.kind_of(e) is Kind.TOPIC
                ]
                if len(issues) == 1:
                    return issues[0]
        for described in (
            self._the_late,
            self._mourned,
            self._led_collective,
            self._described_org,
            self._group,
            self._followers,
            self._described_country,
            self._counted,
        ):
            if (entity := described(token)) is not None:
                return entity
        if token.pos_ == "NOUN" and token.lemma_.lower() in _PROPERTY and token.dep_ == "nsubjpass":
            # "oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit": the
            # attacked property stands for the state that owns it.
            owned = [
                e
                for t in token.subtree
                if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.COUNTRY
            ]
            if owned:
                return owned[0]
        for example in _examples(token):
            # "allies such as Germany", "German firms including Siemens": the named examples
            entity = self.res.entity_at(example)
            if entity:
                return entity
        if token.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass") and token.lower_ in (
            "which",
            "that",
            "who",
        ):
            return None
        return (
            self._topic(token)
            or self._judged_event_actor(token)
            or self._named_before(token)
            or self._home_legislature(token)
            or self._administration(token)
            or self._stance_object(token)
        )

    def _home_legislature(self, token: Token) -> str | None:
        """ "The parliament voted", "elected prime minister by the parliament": with no
        legislature of that kind named in the article, the legislature of its one country
        (`Resolution.home_country`), the node a bare "Parliament" there gets."""
        if (
            # the recogniser may call a lower-case "senate" a name it then leaves to us
            token.pos_ not in ("NOUN", "PROPN")
            or token.tag_ not in ("NN", "NNP")
            or token.lower_ not in _LEGISLATURE_NOUNS
            or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]
            or any(c.dep_ in ("prep", "compound", "amod", "poss", "nmod") for c in token.children)
        ):
            return None
        if any(
            token.lower_ in self.res.name_of(n).lower().split()
            for n in self.res.nodes
            if self.res.kind_of(n) is Kind.ORGANIZATION
        ):
            return None  # named, as this state's or another's: `_named_before` decides
        home = self.res.home_country()
        if home is None:
            return None
        noun = token.lower_.capitalize()
        name = f"{self.res.name_of(home)} {noun}"
        entity = self.res.add_node(f"org:{slug(name)}", noun, Kind.ORGANIZATION, token.text)
        self.res.home_state[entity] = home
        return entity

    def _law_lately(self, token: Token) -> bool:
        """Whether a singular "measure" follows a law told in this or the last sentences with no
        measure of another kind told since ("passed a law ... defended the measure"; not "passed
        a law ... proposed tariffs ... opposed the measure")."""
        if token.lower_ != "measure":
            return False
        start = list(self.sent.doc.sents)[max(0, self.index - _REACH)].start
        for t in reversed(token.doc[start : token.i]):
            if t.pos_ != "NOUN":
                continue
            if t.lemma_.lower() in _LAWS:
                return True
            if (sense := _noun_sense(t, self.lex)) is not None and sense.type in _ONE_SIDED_ACTS:
                return False
        return False

    def _administration(self, token: Token) -> str | None:
        """ "urged the administration to ...", "accused the administration of ...": a bare "the
        administration" is the executive of the state whose administration the article named
        ("the Biden administration"); else, as English news uses the word, the United States'
        when the article names it and has named no other state's leader without its own; else
        the one state whose leader the article named, when the United States is not named
        lately."""
        if (
            token.lower_ != "administration"
            or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]
            or any(c.dep_ in _LABEL_DEPS | {"prep", "nmod", "compound"} for c in token.children)
        ):
            return None
        named = {
            state
            for t in token.doc[: token.i]
            if t.lower_ == "administration"
            for c in t.children
            if c.dep_ in ("compound", "poss", "amod")
            for e in self._mod_entities(c)
            if (state := self._administered(e)) is not None
        }
        if named:
            return named.pop() if len(named) == 1 else None
        leaders = set(self.memory.leaders)
        start = list(self.sent.doc.sents)[max(0, self.index - _REACH)].start
        us_lately = any(self.res.entity_at(t) == _US for t in token.doc[start : token.i])
        us_named = any(self.res.entity_at(t) == _US for t in token.doc[: token.i])
        if us_named and (not leaders or _US in leaders):
            return _US
        # "Kenyan President William Ruto met Blinken ... The administration": either's
        return leaders.pop() if len(leaders) == 1 and not us_lately else None

    def _home_government(self, token: Token) -> str | None:
        """ "The Maldivian Democratic Party criticized the government", "Opposition leader Peter
        Dutton accused the government": a bare "the government" that a party of one state acts
        on is that state's own."""
        if (
            token.lemma_.lower() != "government"
            or token.dep_ in _SUBJ
            or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]
            or any(c.dep_ in _LABEL_DEPS | {"compound", "nmod", "prep"} for c in token.children)
        ):
            return None
        verb = _clause_verb(token)
        if (
            verb.i == token.i
            or token.i in self._reading
            or any(token in c.subtree for c in verb.children if c.dep_ in _SUBJ)
        ):
            return None
        self._reading.add(token.i)  # the actors' own reading may come back to this token
        try:
            return self._government_of_actors(verb)
        finally:
            self._reading.discard(token.i)

    def _government_of_actors(self, verb: Token) -> str | None:
        """The one state the actors of a verb belong to, when they are its opposition: parties
        and groups, or persons the subject calls the opposition's; not a state, a state's body
        or an officeholder ("French Foreign Minister Le Drian scolded the government" is
        Lebanon's)."""
        homes: set[str] = set()
        opposition = any(
            t.lower_ == "opposition" for c in verb.children if c.dep_ in _SUBJ for t in c.subtree
        )
        for actor in self.subjects(verb):
            kind = self.res.kind_of(actor)
            if (
                kind is Kind.COUNTRY
                or kind is Kind.ORGANIZATION
                and actor in self.res.part_of
                or kind is Kind.PERSON
                and not opposition
            ):
                return None  # "the United States urged the government": another state's
            homes |= self._own_states(actor)
            if (
                home := self.res.home_state.get(actor) or self.memory.group_home.get(actor)
            ) is not None:
                homes.add(home)
            if kind is Kind.ORGANIZATION:
                # "the Maldivian Democratic Party": a body its name labels with a people
                label = self.res.name_of(actor).split()[0].lower()
                if (state := load_gazetteer().demonyms.get(label)) is not None:
                    homes.add(state)
        homes = {h for h in homes if h in self.res.nodes}
        return homes.pop() if len(homes) == 1 else None

    def _administered(self, entity: str) -> str | None:
        """The state an administration named after `entity` governs: a state's own ("the US
        administration"), a leader's ("the Biden administration")."""
        kind = self.res.kind_of(entity)
        if kind is Kind.COUNTRY:
            return entity
        return self._state_led_by(entity) if kind is Kind.PERSON else None

    def _states_as_kin(self, token: Token) -> list[str]:
        """ "its Czech ally", "its Canadian partners", "its Somali and Ethiopian brothers": a
        state's own ally, partner or neighbour labelled with a people's adjective is that people's
        state. Not without a state as owner ("American allies" are allies of America, "his
        Russian friend" a person), not one named beside it ("its Lebanese ally Hezbollah"), not
        one labelled otherwise too ("its Syrian rebel allies"), and not plural allies or
        friends, who are as often a state's proxies there ("Iran's Iraqi allies")."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in _STATE_KIN or self.res.entity_at(token):
            return []
        if token.tag_ == "NNS" and lemma in ("ally", "friend"):
            return []
        if any(c.dep_ == "appos" for c in token.children):
            return []
        owners = [
            # "London was in close contact with its Canadian partners": a capital's state
            self._place_state(e) if self.res.kind_of(e) is Kind.LOCATION else e
            for c in token.children
            if c.dep_ == "poss" and c.lower_ not in _OUR | _MY
            for e in self.entities(c, with_conj=False)
        ]
        # "its" read as no one is still a body's, never a person's
        bodies = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
        if not (owners or bodies) or any(
            o is None or self.res.kind_of(o) not in (Kind.COUNTRY, Kind.ORGANIZATION)
            for o in owners
        ):
            return []  # "The EU said its Turkish partner must ...": a bloc's partner too
        labels = [
            a
            for c in token.children
            if c.dep_ in ("amod", "compound") and c.i < token.i
            for a in (c, *c.conjuncts)
        ]
        states = [
            e
            for a in labels
            if a.pos_ in ("ADJ", "PROPN")
            and (e := self.res.entity_at(a))
            and self.res.kind_of(e) is Kind.COUNTRY
        ]
        if len(states) != len(labels) or set(states) & set(owners):
            return []
        return list(dict.fromkeys(states))

    def _pair(self, token: Token) -> list[str] | None:
        """ "reminded both countries that any transfer of arms from North Korea to Russia ...": "both
        countries" are the two states the sentence names apart from those acting in it; with none
        named there, "the two leaders", "both countries" are the two persons or states of this
        and the last two sentences, when there are exactly two."""
        lemma = token.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        count = _number(token) if token.pos_ == "NUM" else None
        if (
            count is not None
            and count > 2
            and token.dep_ in _SUBJ
            and any(c.lower_ in ("the", "all") for c in token.children)
        ):
            # "Mali, Burkina Faso and Niger quit ECOWAS ... All three have turned to Russia":
            # the latest list of that many states, unless a later list of that many is of others
            # ("Putin, Xi and Modi met in Kazan. The three criticised")
            sents = list(self.sent.doc.sents)[max(0, self.index - 8) : self.index + 1]
            latest: list[str | None] = []
            for t in (t for sent in sents for t in sent if t.i < token.i):
                members = [t, *t.conjuncts]
                if (
                    t.pos_ == "PROPN"
                    and t.dep_ not in ("conj", "appos", "amod")
                    and len(members) == count
                ):
                    latest = [self.res.entity_at(m) for m in members]
            if latest and not all(e and self.res.kind_of(e) is Kind.COUNTRY for e in latest):
                return None
            return self._listed_states(token, count)
        if lemma == "pair" and definite and token.tag_ == "NN":
            # "Merkel will meet Poroshenko in Berlin. The pair are expected to discuss ...": the
            # two persons of this and the last two sentences
            pair = self._recent_two(token, Kind.PERSON, Kind.ORGANIZATION)
            # a third name the recogniser took for a body may be the pair's third person
            if pair and all(self.res.kind_of(e) is Kind.PERSON for e in pair):
                return pair
            return None
        warring = lemma in ("side", "party", "faction") and any(
            c.dep_ == "amod" and c.lower_ in _OPPOSED_SIDES for c in token.children
        )
        people = lemma in _PAIRED_PERSONS
        # "Each side accused the other": one of a pair, each in turn
        each = token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "each" for c in token.children
        )
        # "the two allies", "both partners": a pair of states only when counted as two; "the
        # European allies" are a bloc's, and "rivals" may be persons or parties
        paired = (
            lemma in _STATE_PAIRS
            or lemma in _COUNTED_PAIRS
            and any(c.lower_ in ("two", "both") for c in token.children)
        )
        # "urged all sides to exercise restraint", "called on the parties to implement it": the
        # two sides of the fight the article told (below), whatever kind each is
        everyone = (
            lemma in ("side", "party")
            and token.tag_ == "NNS"
            and any(
                c.dep_ in ("det", "predet")
                and c.lower_ in ("all", "both", "the")
                or c.dep_ == "nummod"
                and c.lower_ == "two"
                for c in token.children
            )
            and not any(
                # "all political parties", "the parties to the treaty", "the parties' leaders"
                c.dep_ in ("amod", "compound", "prep", "poss") and c.lower_ != "warring"
                for c in token.children
            )
        )
        if everyone and not any(c.lower_ in ("both", "two") for c in token.children):
            return self._fight() or None
        if (
            not paired
            and lemma != "side"
            and not people
            and not warring
            or token.tag_ != "NNS"
            and not each
        ):
            return None
        if warring and definite:
            # "the warring sides agreed a truce": the two sides the article has told of
            return self._sides() or self._recent_two(token, Kind.COUNTRY, Kind.ORGANIZATION)
        counted = next(
            (
                _COUNTS[c.lower_]
                for c in token.children
                if c.dep_ == "nummod" and c.lower_ in _COUNTS and _COUNTS[c.lower_] > 2
            ),
            None,
        )
        if counted is not None and not people:
            # "Saudi Arabia, Bahrain and the UAE cut ties ... The three Gulf countries": the
            # latest list of that many states
            return self._listed_states(token, counted)
        if (
            definite
            and not people
            and lemma != "side"
            and token.dep_ in _SUBJ
            and any(
                c.dep_ in ("amod", "compound")
                and c.i < token.i
                and not self.res.entity_at(c)
                and c.lower_ not in _OTHER_STATES
                for c in token.children
            )
            and not any(c.dep_ in ("nummod", "det") and c.lower_ != "the" for c in token.children)
            # "the Muslim majority nations of Bahrain and Kosovo": named there
            and not any(c.dep_ in ("prep", "appos") for c in token.children)
        ):
            # "Saudi Arabia, Bahrain and the UAE cut ties with Qatar. The Arab nations accused
            # Qatar": a region's or a bloc's states acting are the latest list of states named
            return self._listed_states(token, None)
        if not each and not any(
            c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("both", "two")
            for c in token.children
        ):
            return None
        kind = Kind.PERSON if people else Kind.COUNTRY
        if token.dep_ == "pobj" and token.head.lower_ == "between":
            # "broke off relations with Moscow after a war between the two countries": what is
            # between a pair is between the two named before it, acting in the clause or not;
            # never those who speak of it or call for its end ("France and Germany pressed for an
            # end to the war between the two countries", "Jordan's King Abdullah warned that")
            voices = self._voices(token) | {
                # "China and Brazil proposed a peace plan for the war between the two countries":
                # a pair acting together is not the pair at war
                e
                for t in self.sent
                if t.i < token.i and t.dep_ in _SUBJ and t.conjuncts
                for x in (t, *t.conjuncts)
                if (e := self.res.entity_at(x))
            }
            # in its own clause: "said the United States could not confirm ... a new stage in the
            # military cooperation between the two countries" is of others
            clause = _clause_verb(token)
            before = list(
                dict.fromkeys(
                    e
                    for t in clause.subtree
                    if self.dateline_end <= t.i < token.i
                    and (e := self.res.entity_at(t))
                    and self.res.kind_of(e) is kind
                    and e not in voices
                )
            )
            if len(before) == 2:
                return before
            recent = self._recent_two(token, kind, exclude=frozenset(voices))
            if recent and set(before) <= set(recent):
                return recent
        acting = {
            e
            for t in self.sent
            if t.dep_ in _SUBJ
            or t.dep_ == "conj"
            and t.head.dep_ in _SUBJ  # "Turkey and Qatar"
            # "The Kremlin spokesman, Dmitry S. Peskov, said": the subject's name; not the
            # pair's own ("The two countries, Kyrgyzstan and Tajikistan, agreed")
            or t.dep_ == "appos"
            and t.head.dep_ in _SUBJ
            and t.head.i != token.i
            for e in [self.res.entity_at(t)]
            if e
        }
        # "China, North Korea's main ally, urged both sides": what the subject is described
        # as names no side
        described = {
            d.i
            for t in self.sent
            if t.dep_ == "appos" and t.head.dep_ in _SUBJ and t.head.i != token.i
            for d in t.subtree
        }
        named = [
            e
            for t in self.sent
            if t.i >= self.dateline_end
            and (e := self.res.entity_at(t))
            and self.res.kind_of(e) is kind
            and e not in acting
        ]
        in_description = {
            e for i in described if (e := self.res.entity_at(self.sent.doc[i])) is not None
        }
        if token.dep_ in _SUBJ:
            # "Both countries criticised the United States": a subject pair is not the states its
            # own clause names, only those set beside it ("both countries, China and Russia")
            named = [
                e
                for t in token.subtree
                if (e := self.res.entity_at(t)) and self.res.kind_of(e) is kind and e not in acting
            ]
        named = list(dict.fromkeys(named))
        if len(named) == 2:
            return named
        if named and not set(named) <= in_description:
            return None
        if each and lemma == "side":
            # "each side accused the other": one of two foes, the fight the article told most
            return self._fight(least=1) or None
        if lemma == "side" and self._sides():
            # "The Southern Transitional Council, previously an ally of the government, is
            # currently in conflict against it. Both sides also oppose Houthi rebels."
            return self._sides()
        # "Mr. Putin had spoken with both leaders", "China urged both sides": not the persons or
        # the party acting in this sentence
        recent = self._recent_two(
            token,
            kind,
            exclude=(
                frozenset(acting)
                if (people or lemma == "side") and token.dep_ not in _SUBJ
                else frozenset()
            ),
        )
        if (
            lemma == "side"
            and token.dep_ not in _SUBJ
            and (main := self._fight() or self._main_pair(acting))
        ):
            # "China, North Korea's main ally, urged both sides to keep talking": the two sides
            # of the fight the article told most, else the two states its claims have joined
            # most, before any two named lately
            return main
        if recent is None and lemma == "side" and (fight := self._fight()):
            # "urged both sides to show restraint": the two sides of the fight the article has
            # told most
            return fight
        if (
            recent is None
            and kind is Kind.COUNTRY
            and (definite or each or any(c.lower_ == "both" for c in token.children))
        ):
            # "Belarus and Kazakhstan signed a pact. The two countries also agreed ...": the
            # latest pair listed; else, "Guterres called on both sides to refrain ...", the two
            # states the article is about
            listed = self._listed_states(token, 2)
            urging = {
                e
                for c in _clause_verb(token).children
                if c.dep_ == "nsubj"
                for t in (c, *c.conjuncts)
                if (e := self.res.entity_at(t))
            }
            if listed and set(listed) & urging:
                listed = None  # "Britain and the US urged both sides": not the urging pair
            return listed or self._dyad(token)
        return recent

    def _both_pair(self, token: Token) -> list[str]:
        """ "The two presidents called on Israel ... Both voiced support for Somalia": a bare
        "Both" is the pair the sentence before has as its subject, two names ("Sisi and Erdogan")
        or a pair phrase ("the two presidents"); not when that sentence also tells of two things
        ("pledged two new aid packages. Both target ...")."""
        if self.sent.start == 0:
            return []
        before = token.doc[self.sent.start - 1].sent
        if any(t.lower_ in ("two", "both") and t.head.dep_ not in _SUBJ for t in before):
            return []
        for subject in (t for t in before if t.dep_ == "nsubj" and t.head.dep_ in ("ROOT", "conj")):
            named = [e for t in (subject, *subject.conjuncts) if (e := self.res.entity_at(t))]
            kinds = {self.res.kind_of(e) for e in named}
            if len(set(named)) == 2 and len(kinds) == 1 and kinds <= {Kind.PERSON, Kind.COUNTRY}:
                return list(dict.fromkeys(named))
            lemma = subject.lemma_.lower()
            if any(c.lower_ in ("two", "both") for c in subject.children):
                if lemma in _PAIRED_PERSONS:
                    return self._recent_two(token, Kind.PERSON) or []
                if lemma in _STATE_PAIRS:
                    return self._recent_two(token, Kind.COUNTRY) or []
        return []

    def _voices(self, token: Token) -> set[str]:
        """The parties who speak of, call for or act on what a phrase names from above it: those
        named in the subjects of the verbs of saying, calling or pressing it hangs under."""
        found: set[str] = set()
        node = token
        while node.head.i != node.i:
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ in ("VERB", "AUX") and (
                lemma in self.lex.words["speech"] or lemma in _CALLING_FOR
            ):
                found |= {
                    e
                    for c in node.children
                    if c.dep_ in _SUBJ
                    for t in c.subtree
                    if (e := self.res.entity_at(t))
                }
        return found

    def _clause_named(self, token: Token) -> set[str]:
        """The parties named in the clause a phrase stands in."""
        return {e for t in _clause_verb(token).subtree if (e := self.res.entity_at(t))}

    def _main_pair(self, acting: set[str]) -> list[str] | None:
        """The article's main pair of states (`_top_dyad`), when neither is acting here."""
        pair = self._top_dyad()
        own = {s for e in acting for s in (e, self._side_of(e))}
        return None if pair is None or pair & own else sorted(pair)

    def _top_dyad(self) -> frozenset[str] | None:
        """The two states the article's claims have joined most often so far, at least twice and
        more often than any other pair."""
        ranked = self.memory.dyads.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _dyad(self, token: Token) -> list[str] | None:
        """The article's main pair of states (`_top_dyad`), when both were named in the last
        sentences and neither in this one ("Both countries refused to condemn Moscow")."""
        pair = self._top_dyad()
        if pair is None:
            return None
        start = list(self.sent.doc.sents)[max(0, self.index - 2)].start
        named_before = {
            m.entity_id for m in self.res.mentions if start <= m.start < self.sent.start
        }
        # "Both countries have refused to condemn Moscow": not a pair its own clause names
        if not pair <= named_before or pair & self._clause_named(token):
            return None
        return sorted(pair)

    def _recent_two(
        self, token: Token, *kinds: Kind, exclude: frozenset[str] = frozenset()
    ) -> list[str] | None:
        """The two entities of these kinds, other than `exclude`, named in this sentence before
        `token` and the two before it, when there are exactly two."""
        start = list(self.sent.doc.sents)[max(0, self.index - 2)].start
        recent = {
            m.entity_id
            for m in self.res.mentions
            if start <= m.start < token.i
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) in kinds
            and m.entity_id not in exclude
        }
        return sorted(recent) if len(recent) == 2 else None

    def _listed_states(self, token: Token, count: int | None) -> list[str] | None:
        """The states of the latest coordinated list of `count` of them (of two or more, for
        None) in this sentence before `token` or the two before it; a list of `count` states
        is looked for further back, through the last eight ("drafted by the UK, France and
        Germany ... In a joint statement, the three European countries said")."""
        back = 2 if count is None else 8
        sents = list(self.sent.doc.sents)[max(0, self.index - back) : self.index + 1]
        found = None
        lists = 0
        for sent in sents:
            for t in sent:
                # "Mali, Burkina Faso and Niger": the parser may make the second an apposition
                linked = [
                    a
                    for a in t.children
                    if a.dep_ == "appos" and any(c.dep_ == "conj" for c in a.children)
                ]
                if (
                    t.i >= token.i
                    # "his Greek, Cypriot and French counterparts"; an apposition is a list's
                    # member ("Niger, Mali, Burkina Faso and Chad")
                    or t.dep_ in ("conj", "amod", "appos")
                    or t.pos_ != "PROPN"
                    or not any(c.dep_ == "conj" for c in t.children)
                    and not linked
                ):
                    continue
                members = [t, *t.conjuncts, *(m for a in linked for m in (a, *a.conjuncts))]
                listed = list(
                    dict.fromkeys(
                        e
                        for m in members
                        if (e := self.res.entity_at(m)) and self.res.kind_of(e) is Kind.COUNTRY
                    )
                )
                if (len(listed) == count or count is None and len(listed) > 1) and len(
                    listed
                ) == len(dict.fromkeys(members)):
                    found = listed
                    lists += 1
        # "Sweden, Norway and Finland ... Poland and Germany ... The Nordic states": which list
        # a bare label means is no one's guess
        return found if count is not None or lists == 1 else None

    def _leader_description(self, token: Token) -> str | None:
        """ "the North Korean leader", "the Russian president", "Russia's foreign minister": the
        person the article has said leads that country, else the register's holder of that title
        on the article's date (a node of its own when the article has not named them)."""
        roles = load_roles()
        if (named := self._top_diplomat(token)) is not None:
            return named
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or token.lower_ not in roles.leader | {"minister", "secretary", "prince"}
            or self.res.entity_at(token)
        ):
            return None
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        possessed = any(c.dep_ == "poss" for c in token.children)
        if not definite and not possessed:
            return None
        # "the president of Armenia" as "the Armenian president"
        labels = [c for c in token.children if c.dep_ in ("amod", "compound", "poss")]
        if definite and not labels:
            labels = _prep_objects(token, "of")
        for child in labels:
            if (e := self.res.entity_at(child)) and self.res.kind_of(e) is Kind.COUNTRY:
                if (named := self._state_title_holder(e, token)) is not None:
                    return named
                if token.pos_ == "PROPN":
                    # "the Indian Prime Minister asked": with no holder the article names, the
                    # state agent reading (the country) stands
                    return None
                if token.lower_ in roles.leader and (known := self.memory.leaders.get(e)):
                    return known
                return self._register_holder(e, token)
        return None

    def _charged_with(self, prep: Token) -> bool:
        """Whether a preposition on an accused noun says what it is accused of, not whose office
        it is: "accused the president of weakening NATO", "accused the president of lying"."""
        noun, verb = prep.head, prep.head.head
        same = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == prep.lower_]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        return (
            prep.dep_ == "prep"
            and noun.dep_ == "dobj"
            # "the president of the central bank of mismanagement": the first is the office
            and prep.i == same[-1].i
            and (len(same) == 1 or same[0].i != prep.i)
            and any(s.alleges == prep.lower_ for s in self.lex.verbs.get(verb.lemma_.lower(), []))
            # "of weakening NATO", "of corruption": a charge; "of Turkey", "of the commission":
            # an office
            and (
                any(c.dep_ == "pcomp" for c in prep.children)
                or bool(objects)
                and not any(self.res.entity_at(p) for p in objects)
                and not any(c.dep_ in ("det", "poss") for p in objects for c in p.children)
            )
        )

    def _top_diplomat(self, token: Token) -> str | None:
        """ "The top US diplomat arrived in Saudi Arabia", "Russia's top diplomat" (constructed
        after outlet copy): the state's foreign minister the article names, when it names one,
        not the state."""
        if not (
            token.lower_ == "diplomat"
            and any(c.dep_ == "amod" and c.lower_ == "top" for c in token.children)
            and any(c.dep_ in ("det", "poss") for c in token.children)
        ):
            return None
        states = [
            e
            for c in token.children
            if c.dep_ in ("amod", "compound", "poss")
            and (e := self.res.entity_at(c))
            and self.res.kind_of(e) is Kind.COUNTRY
        ]
        if len(set(states)) != 1 or self.memory.published is None:
            return None
        offices = holders(states[0].split(":", 1)[1], "foreign minister", self.memory.published)
        named = {
            node.id
            for node in self.res.nodes.values()
            if node.kind is Kind.PERSON
            and any(o.named(node.name) for o in offices)
            and self._named_outside_quotes(node.id, token)
        }
        return named.pop() if len(named) == 1 else None

    def _state_title_holder(self, state: str, token: Token) -> str | None:
        """ "the Turkish president", "Turkey's leader", "the president of Turkey": the register's
        holder of that title for that state on the article's date when the article names them,
        else the one person the article has given that title for that state; never a person
        named only inside a quotation the description stands outside of."""
        day = self.memory.published
        title = self._described_title(token)
        # "the country's first president": an office, but no present holder of it
        if day is not None and known_title(title) == title_key(title):
            offices = holders(state.split(":", 1)[1], title, day)
            named = {
                node.id
                for node in self.res.nodes.values()
                if node.kind is Kind.PERSON
                and any(o.named(node.name) for o in offices)
                and self._named_outside_quotes(node.id, token)
            }
            if len(named) == 1:
                return named.pop()
        key = title_key(title)
        titled = {
            p
            for t, ps in self.memory.titled.items()
            if title_key(t) == key
            for p in ps
            if (state == self.memory.affiliation.get(p) or state in self._states_led(p))
            and self._named_outside_quotes(p, token)
        }
        return titled.pop() if len(titled) == 1 else None

    def _states_led(self, person: str) -> list[str]:
        """The states the article has said this person leads (`_Memory.leaders`)."""
        return [c for c, p in self.memory.leaders.items() if p == person]

    def _named_outside_quotes(self, entity: str, token: Token, before: bool = False) -> bool:
        """Whether the article names `entity` (`before` `token`, if asked) somewhere a description
        at `token` can see: outside every quotation, or inside the one quotation `token` is in."""
        own = self._quote_of(token)
        doc = token.doc
        return any(
            m.entity_id == entity and self._quote_of(doc[m.start]) in (None, own)
            for m in self.res.mentions
            if not before or m.start < token.i
        )

    def _described_title(self, token: Token) -> str:
        """The title a description heads, without the state it labels: "the Turkish president"
        (president), "the Saudi crown prince", "the US secretary of state"."""
        words = [
            c.text
            for c in token.children
            if c.dep_ in ("amod", "compound")
            and not self.res.entity_at(c)
            and c.i < token.i
            and c.lower_ not in _IN_OFFICE
        ]
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        office = [
            t.text
            for c in (of.children if of is not None else ())
            if c.dep_ == "pobj" and not self.res.entity_at(c) and c.pos_ == "NOUN"
            for t in c.subtree
        ]
        return " ".join([*words, token.text, *(["of", *office] if office else [])])

    def _counterpart(self, token: Token) -> str | None:
        """ "Putin met his Chinese counterpart in Beijing": the one who holds, in the labelled
        state on the article's date, the office the register says the possessor holds (Xi
        Jinping), rather than the state. A counterpart the text names is read before this."""
        day = self.memory.published
        if token.lower_ != "counterpart" or day is None:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        states = {
            e
            for c in token.children
            if c.dep_ in ("amod", "compound")
            and (e := self.res.entity_at(c))
            and self.res.kind_of(e) is Kind.COUNTRY
        }
        if owner is None or len(states) != 1:
            return None
        person = self.res.entity_at(owner) or (
            self._pronoun(owner) if owner.pos_ == "PRON" else None
        )
        if person is None and owner.lower_ in ("his", "her"):
            # "The Russian president met his ... counterpart": the clause's described subject
            verb = token.head.head if token.dep_ == "pobj" else token.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            person = self._entity_of(subject) if subject is not None else None
        if person is None or self.res.kind_of(person) is not Kind.PERSON:
            return None
        # by a surname too ("Putin"): an office only one holder of that name held that day
        name = self.res.name_of(person)
        titles = {o.title for o in load_register().on(day) if o.named(name)}
        if len(titles) != 1:
            return None
        return self._register_holder(states.pop(), token, titles.pop())

    def _register_holder(self, country: str, token: Token, title: str = "") -> str | None:
        """The one person the register says held the title `token` heads ("leader", "foreign
        minister"), or `title`, for `country` on the article's date: the article's node for
        them, or a new one."""
        day = self.memory.published
        title = title or self._described_title(token)
        if day is None or known_title(title) is None:
            return None
        found = {o.name: o for o in holders(country.split(":", 1)[1], title, day)}
        if len(found) != 1:
            return None
        office = next(iter(found.values()))
        for node in self.res.nodes.values():
            # "Putin, Russia's president": the article's "Putin" is the register's Vladimir Putin
            if node.kind is Kind.PERSON and office.named(node.name):
                return node.id
        person = f"person:{slug(office.name)}"
        if person not in self.res.nodes:
            phrase = clean_surface(self.sent.doc[token.left_edge.i : token.i + 1].text)
            self.res.add_node(person, office.name, Kind.PERSON, form=phrase)
        return person

    def _threat(self, verb: Token, rel: Relation, subjects: list[str]) -> Iterator[_Candidate]:
        """ "... reminded both countries that ... the U.S. 'will not hesitate to impose new
        sanctions'": a future hostile act with no target of its own, said to someone, threatens them."""
        node, future = verb, False
        while True:
            auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
            future = (
                future
                or bool(auxes & {"will", "would", "'ll", "shall"})
                or node.lemma_.lower() == "hesitate"
            )
            if node.dep_ != "xcomp" or node.head.i == node.i:
                break
            node = node.head
        if not future:
            return
        for ancestor in verb.ancestors:
            if ancestor.lemma_.lower() in self.lex.words["addressed_speech"]:
                addressees = [
                    e
                    for c in ancestor.children
                    if c.dep_ in ("dobj", "dative")
                    for e in self.entities(c)
                ]
                for s in subjects:
                    for o in addressees:
                        if s != o:
                            yield _Candidate(Relation.THREATENS, s, o, verb, "threat_to_addressee")
                return

    def respectively(self) -> Iterator[_Candidate]:
        """ "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and
        Jean-Yves Le Drian, respectively": the n-th country goes with the n-th name."""
        marks = [t for t in self.sent if t.lower_ == "respectively"]
        if not marks:
            return
        for noun in self.sent:
            if noun.tag_ != "NNS" or noun.i > marks[0].i:
                continue
            countries = [
                e
                for t in self.sent.doc[noun.left_edge.i : noun.i]
                if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.COUNTRY
            ]
            countries = list(dict.fromkeys(countries))
            persons = [
                e
                for t in self.sent.doc[noun.i + 1 : marks[0].i]
                if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.PERSON
            ]
            persons = list(dict.fromkeys(persons))
            if len(countries) >= 2 and len(countries) == len(persons):
                role = noun.lemma_.lower()
                for person, country in zip(persons, countries, strict=True):
                    yield _Candidate(
                        Relation.AFFILIATED_WITH, person, country, noun, "respectively", role=role
                    )
                return

    def _named_before(self, token: Token) -> str | None:
        """ "urged the embassy to reconsider": a definite common noun stands for the one organisation
        or event named earlier in the article whose name holds that noun ("US Embassy in London")."""
        if (
            token.pos_ != "NOUN"
            or token.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            return None
        if any(
            c.dep_ in ("compound", "poss")
            # not "accusing the bloc of imposing sanctions": the charge, hung on the noun
            or c.dep_ == "prep"
            and not any(g.dep_ == "pcomp" for g in c.children)
            or c.dep_ == "amod"
            and (self.res.entity_at(c) or c.pos_ == "PROPN")
            for c in token.children
        ):
            return None  # "the embassy in Paris" says which one itself; "the regional bloc" not
        # "Mahan Air ... the airline", "the African Union ... the bloc": a class noun stands for
        # a name that holds a word of its class
        classes = load_agents().class_names
        words = {token.lower_} | classes.get(token.lower_, frozenset())

        adjectives = {c.lower_ for c in token.children if c.dep_ == "amod"}

        def of_class(entity: str) -> bool:
            if adjectives:
                named = set(self.res.name_of(entity).lower().split())
                # "the electoral council": a word of its name; "the regional bloc": a plain
                # class word, of a body the gazetteer knows (not a firm); never "the rival bloc"
                if not (
                    adjectives <= named
                    or adjectives <= _PLAIN_CLASS
                    and _gazetteer_known().get(entity) is not None
                ):
                    return False
            # its name or a form the text gave it: "ECOWAS", written out once
            name = {
                w
                for n in (self.res.name_of(entity), *self.res.nodes[entity].forms)
                for w in n.lower().split()
            }
            # a state's forces are of no class the text names them by: "the Royal Air Force"
            # is no airline, "the Israel Defense Forces" no militia
            return bool(words & name) and not (token.lower_ in classes and name & _FORCES)

        found = Counter(
            m.entity_id
            for m in self.res.mentions
            if m.start < token.i
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) in (Kind.ORGANIZATION, Kind.EVENT)
            and of_class(m.entity_id)
        )
        if len(found) == 1:
            return next(iter(found))
        # "the Court of Session ... The Court of Session is ... The only court with higher
        # authority is the Supreme Court ... The court had been petitioned": the one the
        # article names more often than all the others together
        ranked = found.most_common()
        if ranked and ranked[0][1] > sum(n for _, n in ranked[1:]):
            return ranked[0][0]
        return None

    def _event_actor(self, token: Token) -> str | None:
        """ "spoke out against the attack", "the call was seconded by ...": a definite event noun
        stands for the actor of the latest such event in the article."""
        rel = _EVENT_NOUNS.get(token.lemma_.lower())
        if rel is None or token.pos_ != "NOUN":
            return None
        # "condemned Wednesday's airstrikes": a day's events are the ones the article told of,
        # in the plural too; "the attacks" alone may be any, unless the article has named but
        # one actor of such events ("Israeli jets struck ... Iran condemned the strikes")
        dated = any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.children)
        plural = token.tag_ in ("NNS", "NNPS")
        told = self.memory.all_event_actors.get(rel, set())
        # "The US and UK carried out strikes": one event told with several actors is one
        several = (
            plural and len(told) != 1 and told != set(self.memory.joint_event_actors.get(rel, []))
        )
        # several actors told such events: the story's main act, if it has one
        main = self._main_act_actor(rel) if several else None
        if several and not dated and (main is None or self.index < _MAIN_ACT):
            return None
        if not dated and not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children
        ):
            return None
        if (own := self._act_agent(token)) is not None:
            return own  # "the US airstrike that killed ...": it names its own actor
        if any(c.dep_ == "prep" and c.lower_ != "as" for c in token.children):
            return None  # "the attack on the embassy" names its own event
        if token.tag_ in ("NNS", "NNPS"):
            return main or self.memory.event_actors.get(rel)
        return self.memory.single_event_actors.get(rel) or self.memory.event_actors.get(rel)

    def _judged_event_actor(self, token: Token) -> str | None:
        """The actor of the event a definite noun recalls (`_event_actor`); as the object of a
        verb, the act's owner too, so that a stance on the act is one on its actor whatever kinds
        the verb's sense takes ("Saudi Arabia welcomed the killing", a U.S. strike's), and no
        other sense of the verb reads the act as its actor ("welcomed the strike" meets no one)."""
        actor = self._event_actor(token)
        if (
            actor is not None
            and token.dep_ == "dobj"
            and token.head.pos_ == "VERB"
            # "approved the operation in which Khashoggi was killed", "the strike, which was
            # approved by Trump": a noun its own clause tells is no act recalled
            and not any(c.dep_ in ("relcl", "acl") for c in token.children)
        ):
            self.act_owners.setdefault(token.i, actor)
        return actor

    def _main_act_actor(self, rel: Relation) -> str | None:
        """The actor of the story's main act of a type: the one each sentence of the opening
        that told such an act told first ("U.S. bombs three Iranian nuclear sites, joining
        Israel's war against Iran"); none when they differ, or when another actor's such act
        was told in the last sentences."""
        told = self.memory.event_told.get(rel, [])
        opening = [(s, i, a) for s, i, a in told if s < _MAIN_ACT]
        firsts = {min((i, a) for s, i, a in opening if s == sent)[1] for sent, _, _ in opening}
        if len(firsts) != 1 or any(not a for _, _, a in opening):
            return None
        # "Israel struck Iran. Iran fired missiles at Tel Aviv. Hezbollah praised the attacks":
        # another's act told just before is as likely the one judged
        # (an actor's own forces or leader are its side: "a Navy submarine fired"); one told of
        # no one among the parties and places the opening named ("missiles struck a playground
        # in the capital") is the main act told again, no rival to it
        opening_named = {m.entity_id for m in self.res.mentions if m.sentence < _MAIN_ACT}
        lately = {
            actor if not actor or actor in firsts else self._side_of(actor)
            for i, at, actor in told
            if self.index - i <= _REACH
            and i >= _MAIN_ACT
            and (actor or not self._names_only(at, opening_named - firsts))
        }
        return next(iter(firsts)) if lately <= firsts else None

    def _names_only(self, at: int, allowed: set[str]) -> bool:
        """Whether the sentence of the token at `at` names no party or place but those allowed:
        for an attack told of no one, the opening's, less the main act's attackers, whose own
        ground it may have hit ("Rockets hit Israel")."""
        sentence = self.sent.doc[at].sent
        return all(
            m.entity_id in allowed
            for m in self.res.mentions
            if sentence.start <= m.start < sentence.end
        )

    def _joint_event_actors(self, token: Token) -> list[str]:
        """ "The US and UK carried out strikes against the Houthis. Iran condemned the
        strikes": the event a definite noun recalls (`_event_actor`) was told with several
        actors, and stands for all of them."""
        rel = _EVENT_NOUNS.get(token.lemma_.lower())
        actor = self._event_actor(token) if rel is not None else None
        joint = self.memory.joint_event_actors.get(rel, []) if rel is not None else []
        return list(joint) if actor is not None and actor in joint else []

    def _act_agent(self, token: Token) -> str | None:
        """ "a US counter-terrorism operation", "an Israeli airstrike": the one actor an act noun
        is labelled with; else the one its "by" phrase names ("the strike by Russia")."""
        if token.pos_ != "NOUN" or not _is_act(token):
            return None
        actors = [e for e in self._labels(token) if self.res.kind_of(e) in _ACTOR_KINDS]
        if not actors:
            actors = [e for e in self._named_in(token, "by") if self.res.kind_of(e) in _ACTOR_KINDS]
        return actors[0] if len(actors) == 1 else None

    def _traded_origin(self, token: Token) -> list[str]:
        """ "tariffs on Chinese goods", "charges on American imports", "restrictions on Chinese
        chipmakers", "a ban on imports of Russian oil": a trade measure on what one country makes,
        sells or trades through its firms is a measure against that country, as event codebooks
        code it."""
        if (
            token.pos_ != "NOUN"
            or token.lemma_.lower() not in _TRADE_ORIGINS
            or self.res.entity_at(token)
        ):
            return []
        held = [token, *_prep_objects(token, "of")]
        states = {
            e
            for t in held
            for e in self._labels(t) + self._named_in(t, "from")
            if self.res.kind_of(e) is Kind.COUNTRY
        }
        return list(states) if len(states) == 1 else []

    def _speaker_of_clause(self, pronoun: Token) -> str | None:
        """'it'/'they' as the subject of what an organisation or state says about itself
        ("the SDF announced it had entered into an agreement"): the speaker."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.lex.words["speech"]:
            return None
        for child in clause.head.children:
            if child.dep_ == "nsubj" and child.i < pronoun.i:
                entity = self.res.entity_at(child)
                if entity and self.res.kind_of(entity) in (
                    Kind.COUNTRY,
                    Kind.ORGANIZATION,
                    Kind.GROUP,
                ):
                    return entity
        return None

    # ---- reference: pronouns, quotations, descriptions ----------------------------------

    def _pronoun(self, token: Token) -> str | None:
        """The entity a pronoun stands for, or None when the article leaves it uncertain."""
        lower = token.lower_
        quoted = self._quoted(token)
        if lower in _MY and quoted:
            speaker = self._quote_speaker(token)
            return speaker if speaker and self.res.kind_of(speaker) is Kind.PERSON else None
        if lower in _OUR and quoted:
            return self._we_actor(token) if token.dep_ in _SUBJ else self._speakers_side(token)
        if lower in _PRONOUNS:
            return self._antecedent(token)
        if lower in _THING_PRONOUNS:
            return self._thing_antecedent(token)
        return None

    def _quoted(self, token: Token) -> bool:
        """Whether a token stands inside a quotation, which may run over several sentences."""
        return self._quote_of(token) is not None

    def _quote_of(self, token: Token) -> int | None:
        """The index of the quotation a token stands inside, if any."""
        if self.memory.quotes is None:
            self.memory.quotes = _quotations(token.doc)
        for n, (first, last, _) in enumerate(self.memory.quotes):
            if first < token.i < last:
                return n
        return None

    def _quote_speaker(self, token: Token) -> str | None:
        """Whose words a quotation holding `token` are: the subject of the speech verb around it,
        in its sentence ("Stoltenberg wrote, 'I count on Turkey ...'", "'We will respond,' the
        minister said"), else right after the quotation, which may go on over paragraphs ("...
        our sovereignty.” Putin said on Tuesday."), else right before it ("He said: “...”"), else
        the subject of the sentence that a colon opens it with ("Morell praised Mendez on
        Twitter: “Tony was ...”")."""
        for ancestor in token.ancestors:
            if self._quoting(ancestor) and not self._quoted(ancestor):
                said_by = self._sayers(ancestor)
                if said_by:
                    return said_by[0]
        n = self._quote_of(token)
        if n is None:
            return self._according_to()
        quotes, doc = self.memory.quotes or [], token.doc
        last = first = n
        while (
            quotes[last][2]
            and last + 1 < len(quotes)
            and quotes[last + 1][0] - quotes[last][1] <= 2
        ):
            last += 1  # open at the paragraph's end, reopened at the next one's start
        while first > 0 and quotes[first - 1][2] and quotes[first][0] - quotes[first - 1][1] <= 2:
            first -= 1
        after_end = quotes[last + 1][0] if last + 1 < len(quotes) else len(doc)
        after = doc[quotes[last][1] + 1 : min(after_end, quotes[last][1] + 12)]
        before_start = quotes[first - 1][1] + 1 if first > 0 else 0
        before = doc[max(before_start, quotes[first][0] - 12) : quotes[first][0]]
        return (
            self._speech_subject(after, opens_own=False)
            # a quotation still open at the text's end closes past its last token
            or self._source_named(after, doc[min(quotes[last][1], len(doc) - 1)])
            or self._speech_subject(before)
            or self._colon_speaker(doc[quotes[first][0]])
        )

    def _source_named(self, window: Span, closing: Token) -> str | None:
        """The source right after a quotation that names no speech verb: '"...," according to
        Chinese Foreign Minister Wang Yi', '"..." That was the message from Wang Yi on Tuesday'.
        In the next sentence only one that opens by pointing back at the words ("That was",
        "The warning came from"): "According to CBS, the delayed implementation ..." sources
        what follows it."""
        for t in window:
            if self._quoted(t):
                continue
            sent = t.sent
            if sent.start > closing.i and not (
                sent[0].lower_ in ("that", "this", "those", "these")
                or t.lemma_.lower() in _SPEECH_NOUNS
                and t.left_edge.i == sent.start
            ):
                continue
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to":
                objects = [c for c in t.nbor().children if c.dep_ == "pobj"]
            elif t.lemma_.lower() in _SPEECH_NOUNS and t.pos_ == "NOUN":
                # "the message from Wang Yi", or "The warning came from Wang Yi"
                heads = [t, t.head] if t.dep_ == "nsubj" else [t]
                objects = [
                    o
                    for h in heads
                    for p in h.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "of", "by")
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
            else:
                continue
            found = [e for o in objects for e in self._reader_at(o).entities(o)]
            if len(found) == 1 and self.res.kind_of(found[0]) in _ACTOR_KINDS | {Kind.PERSON}:
                return found[0]
            return None  # the first source the window names decides
        return None

    def _speakers_country(self, token: Token) -> str | None:
        """ "'Russia attacked our country,' Ukrainian Foreign Minister Dmytro Kuleba said": a
        quoted "our country" (or "my country", "our nation") is the state the speaker speaks for
        (`_speakers_side`), when that side is a state."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _HOMELANDS:
            return None
        owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ in _OUR | _MY]
        if len(owners) != 1 or not self._quoted(owners[0]):
            return None
        side = self._speakers_side(owners[0])
        return side if side and self.res.kind_of(side) is Kind.COUNTRY else None

    def _quoting(self, verb: Token) -> bool:
        """Whether a verb gives its subject's words: one of speech, or one that only frames a
        quotation ("'...,' the minister emphasised", "described the attacks as a 'dastardly
        act'")."""
        return verb.tag_.startswith("VB") and (
            verb.lemma_.lower() in self.lex.words["speech"]
            or verb.lemma_.lower() in self.lex.words["quoting"]
        )

    def _sayers(self, verb: Token) -> list[str]:
        """Who says what a speech verb frames: its named subject, or, for a participle or a verb
        coordinated without one, its governor's ("Lavrov criticised the talks, saying 'we ...'",
        "Duda ... and wrote 'May God ...'")."""
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return [
                e
                for c in own
                if c.dep_ == "nsubj" and not self._quoted(c)
                for e in self.entities(c)
            ]
        if verb.dep_ in ("advcl", "xcomp", "conj") and not self._quoted(verb.head):
            return [
                e
                for e in self.subjects(verb)
                if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
            ]
        return []

    def _colon_speaker(self, mark: Token) -> str | None:
        """ "Former CIA deputy director Michael Morell praised Mendez on Twitter: 'Tony was ...'":
        a quotation a colon opens is the words of the subject of the sentence before the colon,
        when that sentence's verb is its own (outside any quotation) and its subject is named."""
        if mark.i == 0 or mark.doc[mark.i - 1].text != ":":
            return None
        colon = mark.doc[mark.i - 1]
        verbs = [
            v
            for v in (colon.head, colon.sent.root)
            if v.tag_.startswith("VB") and v.i < colon.i and not self._quoted(v)
        ]
        if not verbs:
            return None
        root = verbs[0]
        reader = self._reader_at(root)
        said_by = [
            e
            for c in root.children
            if c.dep_ == "nsubj" and c.i < colon.i
            for e in reader.entities(c)
        ]
        if len(said_by) == 1 and self.res.kind_of(said_by[0]) in _ACTOR_KINDS | {Kind.PERSON}:
            return said_by[0]
        return None

    def _reader_at(self, token: Token) -> "_SentenceReader":
        """A reader of the sentence holding `token`: this one, or one for another sentence."""
        if token.sent.start == self.sent.start:
            return self
        if not self.memory.sentence_starts:
            self.memory.sentence_starts = {s.start: n for n, s in enumerate(token.doc.sents)}
        index = self.memory.sentence_starts[token.sent.start]
        return _SentenceReader(token.sent, self.res, self.lex, self.memory, index)

    def _speech_subject(self, window: Span, opens_own: bool = True) -> str | None:
        """The subject of the first speech verb in a short stretch of text outside quotes; with
        `opens_own` False, not of a verb that goes on to a quotation of its own ('... of no
        effect."' then 'Sturgeon said via Twitter, "Today's ..."')."""
        for verb in window:
            if not self._quoting(verb) or self._quoted(verb):
                continue
            if not opens_own and _opens_quotation(verb):
                continue
            said_by = self._reader_at(verb)._sayers(verb)
            if said_by:
                return said_by[0]
        return None

    def _speakers_side(self, token: Token) -> str | None:
        """A quotation's "we" and "our": the side the speaker speaks for ("'We urge the DPRK
        ...,' said White House National Security Council spokesperson Adrienne Watson": the
        state their office belongs to; a movement's spokesperson speaks for the movement)."""
        speaker = self._quote_speaker(token)
        if speaker is None:
            return None
        if self.res.kind_of(speaker) in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP):
            return speaker
        if self.res.kind_of(speaker) is not Kind.PERSON:
            return None
        owners = [c.object for c in self._titles_near(speaker)]
        if speaker in self.memory.affiliation:
            # "'... we warn the Saudis ...', Saree said": titled in an earlier sentence
            owners.append(self.memory.affiliation[speaker])
        owners += self._states_led(speaker)
        for owner in owners:
            if self.res.kind_of(owner) is Kind.COUNTRY:
                return owner
            known = _gazetteer_known().get(owner)
            state = self.res.part_of.get(owner) or (known.part_of if known else None)
            if state and state in self.res.nodes:
                return state  # only a state the article names: a node needs a mention
            if not state and self.res.kind_of(owner) in (Kind.ORGANIZATION, Kind.GROUP):
                return owner
        return None

    def _home_state(self, person: str) -> str | None:
        """The state a person holds an office of, as the article has titled them before or
        titles them here ("Iran's foreign minister Javad Zarif said his country ...": this
        sentence's titles are read after its acts)."""
        home = self.memory.affiliation.get(person)
        if home is not None and self.res.kind_of(home) is Kind.COUNTRY:
            return home
        return next(
            (
                c.object
                for c in self._titles_near(person)
                if self.res.kind_of(c.object) is Kind.COUNTRY
            ),
            None,
        )

    def _titles_near(self, person: str) -> list[_Candidate]:
        """The titles the words around the person's mentions in this and the two sentences on
        either side give them."""
        found: list[_Candidate] = []
        for sent in dict.fromkeys(
            m.sentence
            for m in self.res.mentions
            if m.entity_id == person and abs(m.sentence - self.index) <= 2
        ):
            span = list(self.sent.doc.sents)[sent] if sent != self.index else self.sent
            reader = (
                self
                if sent == self.index
                else _SentenceReader(span, self.res, self.lex, self.memory, sent)
            )
            mention = [t for t in span if self.res.entity_at(t) == person]
            if mention:
                found += reader._title_sequence(person, mention, load_roles())
        return found

    def _we_actor(self, token: Token) -> str | None:
        """Who acts as a quotation's "we" subject: the named person who says it, as the gold and
        the data contract read a speaker's quoted acts ("Morawiecki tweeted 'We are with Mayor
        Adamowicz'", "Zelenskyy said, 'We expect from Iran ...'"); a spokesperson's "we" is the
        side they speak for ("'We urge the DPRK ...,' said White House National Security Council
        spokesperson Adrienne Watson": the United States). Possessive and object "our"/"us" ("our
        islands") are always the speaker's side (`_speakers_side`)."""
        speaker = self._quote_speaker(token)
        if speaker is None or self.res.kind_of(speaker) is not Kind.PERSON:
            return self._speakers_side(token)
        titles = [c.role or "" for c in self._titles_near(speaker)] + [
            t for t, holders in self.memory.titled.items() if speaker in holders
        ]
        if any(_SPOKESPERSON.search(t) for t in titles):
            return self._speakers_side(token) or speaker
        return speaker

    def _antecedent(self, pronoun: Token | None = None) -> str | None:
        """The person "he", "him" or "his" stands for: the one person named before it in its
        sentence (not the subject of its own clause, for an object), or the one subject of the
        recent sentences; None when two persons compete. Inside a quotation it never stands for
        the one quoted ("Vijay Goel said, 'He was an excellent politician'"), and stands for
        nobody when the quotation's speaker is unknown."""
        speaker: str | None = None
        if pronoun is not None and self._quoted(pronoun):
            speaker = self._quote_speaker(pronoun)
            if speaker is None:
                return None
        if pronoun is not None and len(judged := self._judged_for(pronoun)) == 1:
            return judged[0] if self.res.kind_of(judged[0]) is Kind.PERSON else None
        if pronoun is not None:
            own: set[str | None] = set()
            if pronoun.dep_ in ("dobj", "pobj", "dative"):
                # "when Kim invited him": an object pronoun is never its own clause's subject
                own = {
                    e
                    for c in _clause_verb(pronoun).children
                    if c.dep_ in _SUBJ
                    for e in ([self._antecedent(c)] if c.lower_ in _PRONOUNS else self.entities(c))
                }
                verb = _clause_verb(pronoun)
                if not own and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
                    # "Trump lashed out at ... Muriel Bowser, accusing her of ...": a participle's
                    # subject is its governor's, which its object is not
                    own = set(self.subjects(verb))
            earlier = [
                e
                for t in self.sent
                if self.dateline_end <= t.i < pronoun.i
                and (e := self.res.entity_at(t))
                and self.res.kind_of(e) is Kind.PERSON
                and e not in own
                and e != speaker
                # "Dunn's mother, Charlotte Charles, said on TV, 'She didn't ...'": a quoted pronoun
                # is read among the names of its own quotation
                and (speaker is None or self._quote_of(t) == self._quote_of(pronoun))
            ]
            if (
                earlier
                and speaker is None
                and pronoun.dep_ in _SUBJ
                and (carried := self._carried_person(pronoun, earlier)) is not None
            ):
                return carried or None  # "": the chain is vetoed, and no one else is meant
            # Sex only vetoes here, never chooses: "... leaders such as Bernie Sanders and
            # Elizabeth Warren; he has come out against" is neither, though one is a woman
            if len(set(earlier)) == 1:
                return earlier[0] if self._agrees(pronoun, earlier[0]) else None
            if earlier:
                subjects = {
                    e
                    for t in self.sent
                    if t.i < pronoun.i
                    and t.dep_ in _SUBJ
                    and (e := self.res.entity_at(t)) in earlier
                }
                one = subjects.pop() if len(subjects) == 1 else None
                return one if one is not None and self._agrees(pronoun, one) else None
            if (ahead := self._fronted_subject(pronoun)) is not None:
                return ahead
            if own & set(self.memory.recent_persons):
                return None
            if any(
                t.pos_ == "PROPN" and t.dep_ in _SUBJ and not self.res.entity_at(t)
                for t in self.sent[: pronoun.i - self.sent.start]
            ):
                return None  # "Hawkins renewed his support": a name the NER missed comes first
        if speaker is not None:
            # the one quoted speaks of someone the narrator's last subject need not be: of the
            # one the article is about
            return self._salient_other(pronoun, speaker) if pronoun is not None else None
        # "Pelosi ... Trump ... She announced": one of another sex is no antecedent
        recent = [p for p in self.memory.recent_persons if self._agrees(pronoun, p)]
        if self.index - self.memory.recent_index > _REACH:
            recent = []
        named_since = {p for p in self._named_since() if self._agrees(pronoun, p)}
        if (
            pronoun is not None
            and pronoun.dep_ in _SUBJ
            and _opens_its_sentence(pronoun)
            and self.memory.recent_index != self.index - 1
            and len(named_since) == 1
            and set(recent) <= named_since
            and not self._first_person_since()
        ):
            # "... labeled Soleimani as a terrorist and levied sanctions against him. He was
            # further sanctioned": the one person the sentence before named, with none its subject
            return named_since.pop()
        if not recent and pronoun is not None and not self._first_person_since():
            return self._one_of_its_sex(pronoun)
        if len(set(recent)) != 1:
            return None
        if named_since - {recent[0]}:
            return None
        return recent[0] or None

    def _salient_other(self, pronoun: Token, speaker: str) -> str | None:
        """The person a quoted "he" or "she" stands for when the quotation names no one before
        it: the one the article has named most so far, other than the speaker, when clearly
        more than any other of that sex ("Dunn's mother said, 'She didn't purposely drive ...'",
        "Duda remarked, 'I am with him and his loved ones'"). A partial quotation keeps the
        narrator's voice, where "she" may be the speaker herself ("she informed police 'that
        she had no plans to leave'"): none there."""
        n = self._quote_of(pronoun)
        quotes = self.memory.quotes or []
        if n is None or (n > 0 and quotes[n - 1][2] and quotes[n][0] - quotes[n - 1][1] <= 2):
            return None  # a quotation reopened from the paragraph before: its start is not here
        opening = pronoun.doc[quotes[n][0] + 1 : quotes[n][0] + 2]
        if not len(opening) or opening[0].text[:1].islower():
            return None
        named = Counter(
            m.entity_id
            for m in self.res.mentions
            if m.sentence <= self.index
            and m.entity_id != speaker
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.PERSON
        )
        ranked = [(p, k) for p, k in named.most_common() if self._agrees(pronoun, p)][:2]
        if (
            not ranked
            or ranked[0][1] < _SALIENT
            or len(ranked) > 1
            and ranked[0][1] < 2 * ranked[1][1]
        ):
            return None
        # one of that sex named in the last sentences, other than as one speaking ("Nicola
        # Sturgeon demanded a referendum. Corbyn said, 'She ...'", "Asked about Putin, Pelosi
        # said, 'He ...'"), may be the one meant
        speech = self.lex.words["speech"] | self.lex.words["quoting"]
        doc = pronoun.doc
        near = {
            m.entity_id
            for m in self.res.mentions
            if self.index - _REACH <= m.sentence <= self.index
            and m.entity_id not in (speaker, ranked[0][0])
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.PERSON
            and self._agrees(pronoun, m.entity_id)
            and not (
                (root := doc[m.start : m.end].root).dep_ == "nsubj"
                and root.head.lemma_.lower() in speech
            )
        }
        return None if near else ranked[0][0]

    def _carried_person(self, pronoun: Token, earlier: list[str]) -> str | None:
        """The person the recent sentences were about, for a subject pronoun whose own sentence
        names persons before it only as objects: "In an interview with Dawn, she said",
        "After meeting Putin, he said" go on speaking of the last sentences' subject, not of the
        one met. None when a person named before it is a subject or possessor there ("When
        Baloch was born, she was ..."), or when the recent sentences had no one subject; "" when
        they had one but it is not sure to be meant (a person named since, a first person, the
        other sex): then neither is the one met."""
        if any(
            t.dep_ in _SUBJ or t.dep_ == "poss"
            for t in self.sent
            if t.i < pronoun.i and self.res.entity_at(t) in earlier
        ):
            return None
        if self.index - self.memory.recent_index > _REACH:
            return None
        recent = set(self.memory.recent_persons)
        if len(recent) != 1 or "" in recent or recent & set(earlier):
            return None
        one = recent.pop()
        # as `_antecedent` reads the last sentences: one of another sex, a first person, or a
        # person named since who might be meant, leaves it open
        named_since = {p for p in self._named_since() if self._agrees(pronoun, p)}
        if self._first_person_since() or not self._agrees(pronoun, one) or named_since - {one}:
            return ""
        return one

    def _one_of_its_sex(self, pronoun: Token) -> str | None:
        """ "Princess Ubolratana ... The king ... Shortly after she filed": with no person the
        subject of the recent sentences, the one person of the pronoun's sex, as the article
        tells it, named in them."""
        wanted = _PRONOUN_SEX.get(pronoun.lower_)
        persons = {
            m.entity_id
            for m in self.res.mentions
            if self.index - _REACH <= m.sentence < self.index
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.PERSON
        }
        if wanted is None or any(self._sex(p) is None for p in persons):
            return None  # one whose sex is not told could be the one meant
        matching = [p for p in persons if self._sex(p) == wanted]
        return matching[0] if len(matching) == 1 else None

    def _agrees(self, pronoun: Token | None, person: str) -> bool:
        """Whether a personal pronoun can stand for the person: not when the article or the
        person's first name says the person is of the other sex."""
        wanted = _PRONOUN_SEX.get(pronoun.lower_) if pronoun is not None else None
        if wanted is None:
            return True
        known = self._sex(person)
        return known is None or known == wanted

    def _sex(self, person: str) -> str | None:
        """A person's sex as the article tells it ("Queen Elizabeth", "Mrs May"), else as a
        first name used for one sex only tells it; None when neither does, or they disagree."""
        if person in self.memory.sexes:
            return self.memory.sexes[person]
        said: set[str] = set()
        doc = self.sent.doc
        for m in self.res.mentions:
            if m.entity_id != person:
                continue
            before = doc[m.start - 1] if m.start > 0 else None
            # a title or kin noun, not a verb: "they would miss Joe Biden"
            if before is not None and before.pos_ in ("PROPN", "NOUN"):
                if (sex := _SEXED_TITLES.get(before.lower_)) is not None:
                    said.add(sex)
        # a name of one word is a surname as often as not: "Warren" is no man's first name there
        words = self.res.name_of(person).split() if person in self.res.nodes else []
        first = words[0] if len(words) > 1 else ""
        if not said and (sex := first_name_sexes().get(first)) is not None:
            said.add(sex)
        found = said.pop() if len(said) == 1 else None
        self.memory.sexes[person] = found
        return found

    def _fronted_subject(self, pronoun: Token) -> str | None:
        """ "During his visit to Warsaw, President Trump met ...", "On her first trip abroad, May
        ...": a possessive in an adverbial set off before its clause's subject is that subject's,
        not the last sentence's person's."""
        if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss":
            return None
        node = pronoun
        while node.dep_ not in ("prep", "advcl", "npadvmod") or node.i > node.head.i:
            if node.head.i == node.i:
                return None
            node = node.head
        verb = node.head
        comma = [t for t in self.sent.doc[pronoun.i : verb.i] if t.text == ","]
        persons = [
            e
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and comma and c.i > comma[-1].i
            for e in self.entities(c, with_conj=False)
            if self.res.kind_of(e) is Kind.PERSON
        ]
        return persons[0] if len(set(persons)) == 1 else None

    def _first_person_since(self) -> bool:
        """Whether "I", "me" or "my" stands outside quotation marks in this or the last sentences:
        an interview's answer ("((Dorsa Derakhshani)) I got interested in chess because of my dad.
        He used to play ..."), where "he" is not the one named."""
        sents = list(self.sent.doc.sents)
        start = sents[max(0, self.memory.recent_index + 1, self.index - _REACH)].start
        return any(
            t.lower_ in _MY and t.pos_ == "PRON" and not self._quoted(t)
            for t in self.sent.doc[start : self.sent.end]
        )

    def _named_since(self) -> set[str]:
        """The persons named after the latest sentence that had a person for its subject: "In
        2007, the United States government labeled Soleimani as a terrorist ... He was further
        sanctioned" is not the prime minister the sentence before that spoke of."""
        return {
            m.entity_id
            for m in self.res.mentions
            if max(self.memory.recent_index, self.index - _REACH - 1) < m.sentence < self.index
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.PERSON
        }

    def _thing_antecedent(self, pronoun: Token) -> str | None:
        """The one state, organisation or group "it", "its", "they" or "their" stands for."""
        found = self._thing_antecedents(pronoun)
        return found[0] if len(found) == 1 else None

    def _thing_antecedents(self, pronoun: Token) -> list[str]:
        """The states, organisations or groups a pronoun stands for (`_read_antecedents`)."""
        # An earlier pronoun is read through its own antecedent, and "Caloundra and they ..."
        # leads back here: a pronoun already being read stands for nothing a second time.
        if pronoun.i in self._antecedents_read:
            return list(self._antecedents_read[pronoun.i])
        if pronoun.i in self._reading:
            self._cycles_cut += 1
            return []
        self._reading.add(pronoun.i)
        cut = self._cycles_cut
        try:
            found = self._read_antecedents(pronoun)
        finally:
            self._reading.discard(pronoun.i)
        if self._cycles_cut == cut:
            # a reading that met no pronoun already being read is the same from anywhere
            self._antecedents_read[pronoun.i] = list(found)
        return found

    def _things_before(self, pronoun: Token) -> bool:
        """Whether the sentence before names plural things "them" may stand for: "fired missiles
        at ships. The United States shot them down"."""
        if self.sent.start == 0:
            return False
        before = self.sent.doc[self.sent.start - 1].sent
        return any(
            t.tag_ == "NNS"
            and t.dep_ in ("dobj", "pobj", "conj")
            and not self.res.entity_at(t)
            # "Houthi rebels", "their attacks", "officials", "for weeks": the party's own word,
            # its acts, persons or times are nothing "them" stands for
            and not any(self.res.entity_at(c) or c.dep_ == "poss" for c in t.children)
            and not _is_act(t)
            and t.ent_type_ not in ("DATE", "TIME")
            for t in before
        )

    def _names_many(self, actors: list[str]) -> bool:
        """Whether the parties "them" may stand for are many: several, or one whose name is a
        plural ("the Houthis", "Sudanese rebels"); never a state or a person."""
        if len(actors) > 1:
            return all(self.res.kind_of(e) in _ACTOR_KINDS for e in actors)
        kind = self.res.kind_of(actors[0])
        if kind is Kind.GROUP:
            return True
        # "the Houthis", "the Democrats": named by a plural with "the" in the sentence before;
        # not "Reuters", "Siemens" or "Goldman Sachs"
        if kind is not Kind.ORGANIZATION or self.sent.start == 0:
            return False
        before = self.sent.doc[self.sent.start - 1].sent
        return any(
            self.res.entity_at(t) == actors[0]
            and (
                t.tag_ in ("NNPS", "NNP", "NNS")
                and t.lower_.endswith("s")
                and t.i > before.start
                and t.doc[t.i - 1].lower_ == "the"
                # "Houthi rebels": the mention ends in a plural noun
                or t.tag_ in ("NNS", "NNPS")
                and t.pos_ == "NOUN"
            )
            for t in before
        )

    def _relative_antecedents(self, clause: Token) -> list[str]:
        """Who "who" or "which" stands for: the noun the clause hangs on with the names joined
        to it before the clause ("Russia and China, which ..."), not those listed after it
        ("Thomas Knapp, who founded the Boston Tea Party; and attorney Ron Gunzburger")."""
        head = clause.head
        later = {
            e
            for c in head.children
            if c.dep_ == "conj" and c.i > clause.right_edge.i
            for e in self.entities(c)
        }
        own = set(self.entities(head, with_conj=False))
        found = [e for e in self.entities(head) if e in own or e not in later]
        first = head
        while first.dep_ == "conj" and first.head.pos_ in ("PROPN", "NOUN"):
            first = first.head
        pronoun = next((c for c in clause.children if c.lower_ in ("which", "who")), None)
        if (
            first is not head
            # "talks between Iran and the United States, which imposed ...": the clause is of
            # the last side, not of the pair the talks are between
            and not (first.dep_ == "pobj" and first.head.lower_ == "between")
            # "Goita, Traore and Tiani, who lead the governments in Mali, Burkina Faso and Niger
            # respectively": one each, which the respective reading pairs
            and not any(t.lower_ == "respectively" for t in clause.subtree)
            # a list of bare names: not "Tom Tancredo, who represented ...; political blogger
            # Thomas Knapp, who founded ...", whose earlier names have clauses of their own
            and not any(
                c.dep_ in ("appos", "relcl", "acl")
                for k in (first, *first.conjuncts)
                if k.i < head.i
                for c in k.children
            )
            and ";" not in {t.text for t in head.doc[first.i : head.i]}
            and pronoun is not None
            and pronoun.i > head.i
            and head.doc[pronoun.i - 1].text == ","
            # "... and Oman, which has": one of them
            and not any(t.tag_ == "VBZ" for t in (clause, *clause.children) if t.i <= clause.i)
        ):
            # "Iraq and Oman, which hosted several rounds of talks": a clause set off after the
            # last of a coordination is of them all
            found = list(
                dict.fromkeys(
                    [
                        e
                        for c in (first, *first.conjuncts)
                        if c.i <= head.i
                        for e in self.entities(c, with_conj=False)
                    ]
                    + found
                )
            )
        return found

    def _thing_it(self, pronoun: Token) -> str | None:
        """The measure or event an object "it" takes up: the nearest direct object before it in
        the sentence that names one ("the Argentine congress approved a bill legalising
        abortion, but the senate rejected it"), unless an actor is named as an object nearer;
        a place or a plain noun leaves "it" to the actors ("Russia annexed Crimea, and the
        United States condemned it" is Russia's act)."""
        if pronoun.dep_ == "nsubjpass":
            # "It was signed by ...", "it was welcomed by"; not "It was invaded by Russia"
            takes_measures = any(
                Kind.TOPIC.value in spec.object_kinds
                if spec.object_kinds
                else Relation(spec.type) in _JUDGING_STANCES
                for spec in self.lex.verbs.get(pronoun.head.lemma_.lower(), [])
            )
            return self._agreement_it(pronoun) if takes_measures else None
        # "a bill legalising abortion": the measure, not the last noun of its phrase, nor the
        # object of the participle that names it
        for earlier in reversed(
            [
                t
                for t in self.sent
                if t.i < pronoun.i and t.dep_ == "dobj" and t.head.dep_ not in ("acl", "relcl")
            ]
        ):
            named = self.res.entity_at(earlier) or self._entity_of(earlier)
            if named and self.res.kind_of(named) in _ACTOR_KINDS:
                return None
            if named and self.res.kind_of(named) in (Kind.TOPIC, Kind.EVENT):
                return named
            if named is None and _noun_lemma(earlier) in _AGREEMENTS | _BILLS:
                # "was studying the new deal and had yet to decide whether to support it"
                return self._topic(earlier)
        return self._agreement_it(pronoun)

    def _act_it(self, pronoun: Token) -> list[str]:
        """ "The UAE called the attack reckless, while Egypt, Jordan and Turkey each condemned
        it", "learned of the arrest from news reports and condemned it", "led a failed coup ...
        Boric and Petro also denounced it": an object "it" a stance is taken on is the act the
        nearest noun before it names, in its sentence or the one before, when no party is named
        nearer; the stance is on the act's actor. "them" takes up acts ("After the strikes,
        Kanaani condemned them")."""
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or not any(
            Relation(spec.type) in _JUDGING_STANCES - {Relation.AGREES_WITH}
            for spec in self.lex.verbs.get(verb.lemma_.lower(), [])
        ):
            return []
        doc = pronoun.doc
        start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
        takers = {verb.i} | ({verb.head.i} if verb.dep_ == "conj" else set())
        plural = pronoun.lower_ == "them"  # "it" takes up one act, "them" several
        for t in reversed(doc[start : pronoun.i]):
            if self.sent.start <= t.i < self.dateline_end:
                break  # "SEOUL (AP) —": a dateline takes no part in the clause
            if t.dep_ in _SUBJ and t.head.i in takers:
                continue  # "Egypt, Jordan and Turkey each condemned it": who judge it
            if any(t in c.subtree for c in verb.children if c.dep_ in _SUBJ):
                continue
            if t.ent_type_ in _NOT_NAMES or t.dep_ in ("oprd", "attr"):
                continue  # "on Wednesday"; "called it a violation": what it was called
            e = self.res.entity_at(t) or (
                self.res.entity_at(t.head) if t.dep_ in ("compound", "flat") else None
            )
            if e is not None and self.res.kind_of(e) is Kind.LOCATION:
                continue  # "launched an offensive in Nagorno-Karabakh": where, not who
            if t.lower_ == pronoun.lower_ and t.dep_ == "dobj":
                # "Britain called it a violation, and the United States criticised it": the
                # first "it" is the second's, however it was read
                if t.i in self.memory.acts_taken_up:
                    return self._took_up(pronoun, self.memory.acts_taken_up[t.i])
                return self.entities(t) if t.sent.start == self.sent.start else []
            if e is not None or t.pos_ in ("PROPN", "PRON"):
                # a party named, or spoken of, nearer; unless in the act's own phrase ("a
                # failed coup against President Luis Arce")
                head = t
                while head.dep_ in ("pobj", "prep", "compound", "poss", "amod", "nmod", "appos"):
                    head = head.head
                    if head.pos_ == "NOUN" and self._names_an_act(head):
                        found = self._act_owner(head) if _plural(head) == plural else []
                        return self._took_up(pronoun, found)
                return []
            if t.pos_ == "NOUN" and self._names_an_act(t):
                return self._took_up(pronoun, self._act_owner(t) if _plural(t) == plural else [])
        return []

    def _took_up(self, pronoun: Token, actors: list[str]) -> list[str]:
        """Keep what a pronoun took up, for a second one after it."""
        if actors:
            self.memory.acts_taken_up[pronoun.i] = actors
        return actors

    def _names_an_act(self, noun: Token) -> bool:
        """An act noun, or a lexicon noun of a one-sided act ("the new sanctions")."""
        sense = _noun_sense(noun, self.lex)
        return _names_an_act(noun) or sense is not None and sense.type in _ONE_SIDED_ACTS

    def _act_owner(self, noun: Token) -> list[str]:
        """The actor an act noun is known by: the one a stance on it was read on, the actors of
        the event it recalls, its owner or label, its "by" agent, the subject of the verb it is
        the object of, or the actor of the verb the article told it by; none when several."""
        if (owner := self.act_owners.get(noun.i)) is not None:
            return [owner]
        if joint := self._joint_event_actors(noun):
            return joint  # "The US and Britain carried out strikes ... condemned them"
        if (actor := self._event_actor(noun)) is not None:
            return [actor]
        kinds = _ACTOR_KINDS | {Kind.PERSON}
        here = noun.sent.start == self.sent.start
        # "called the attack reckless, while Egypt ... condemned it": as a stance on the noun
        # itself would take it
        if here and (
            (found := self._stance_object(noun)) is not None
            or (found := self._recalled_actor(noun, True, True)) is not None
        ):
            return [found] if self.res.kind_of(found) in kinds else []
        named = [
            e
            for c in noun.children
            if c.dep_ in ("poss", "amod", "compound") and c.i < noun.i
            for e in [self.res.entity_at(c)]
            if e is not None
        ]
        named += [e for a in _prep_objects(noun, "by") for e in self.entities(a)]
        told_by = noun.head.lemma_.lower()
        if (
            not named
            and noun.dep_ == "dobj"
            # "led a failed coup", "carried out strikes": a deed done; not "condemned the
            # strikes", nor "had the same response"
            and (noun.lemma_.lower() in _HOSTILE_ACTS | _COUPS or _noun_sense(noun, self.lex))
            and told_by not in self.lex.words["speech"] | _NAMING | {"have"}
            # a stance on parties ("condemned the strikes"), not one that enacts a measure
            # ("adopted new sanctions")
            and not any(
                Relation(spec.type) in _JUDGING_STANCES
                and not (
                    spec.object_kinds
                    and set(spec.object_kinds) <= {Kind.TOPIC.value, Kind.EVENT.value}
                )
                for spec in self.lex.verbs.get(told_by, [])
            )
        ):
            named = (
                self.subjects(noun.head)
                if here
                else [  # the sentence before: read from the resolution
                    e
                    for c in noun.head.children
                    if c.dep_ == "nsubj"
                    for t in (c, *c.conjuncts)
                    if (e := self.res.entity_at(t)) is not None
                ]
            )
        if not named and here:
            named = self._verb_told_actors(noun)  # "learned of the arrest": who arrested
        actors = [e for e in dict.fromkeys(named) if self.res.kind_of(e) in kinds]
        return actors if len(actors) == 1 else []

    def _agreement_it(self, pronoun: Token) -> str | None:
        """ "The agreement was signed in Beijing. Qatar and Egypt also welcomed it"; "It was
        signed by ...": an object "it" is the agreement the sentence or the one before named,
        when no party was named as a subject or object since."""
        doc = pronoun.doc
        start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
        verb = pronoun.head
        takers = {verb.i}
        if verb.dep_ == "conj" and not any(c.dep_ in _SUBJ for c in verb.children):
            takers.add(verb.head.i)  # "signed the deal and later abandoned it": one subject
        for t in doc[start : pronoun.sent.start]:
            # "Ghani welcomed the agreement but said ... Stoltenberg also welcomed it": the same
            # verb's agreement the sentence before, whatever was named after it
            if (
                t.dep_ == "dobj"
                and t.head.lemma_ == verb.lemma_
                and self._agreement_word(t)
                and (topic := self._topic(t)) is not None
                and self.res.kind_of(topic) is Kind.TOPIC
            ):
                self.memory.agreement, self.memory.agreement_index = topic, pronoun.i
                return topic
        for t in reversed(doc[max(start, self.dateline_end - 400) : pronoun.i]):
            if t.i == self.memory.agreement_index and t.lower_ == "it":
                return self.memory.agreement  # "It was signed by ... Egypt also welcomed it"
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in takers:
                continue  # "Qatar and Egypt also welcomed it": who takes it up
            if self._agreement_word(t):
                if t.dep_ == "pobj" and t.head.head.pos_ == "VERB" and not self._told_as_made(t):
                    return None  # "Moscow withdrew from the deal, and Kyiv condemned it": the act
                topic = self._topic(t)
                if topic is None:
                    # "agreed to a truce ... welcomed it": the agreement told, by its parties
                    topic = self._agreement_of(self._agreeing_parties(t), t, t.i)
                if topic is not None and self.res.kind_of(topic) is Kind.TOPIC:
                    self.memory.agreement, self.memory.agreement_index = topic, pronoun.i
                    return topic
                return None
            if t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                # "Russia signed the deal. Moscow has honoured it", "signed a truce deal, a rocket
                # struck Sderot. The UN condemned it": a party or a thing nearer is meant
                return None
        return None

    def _judged_for(self, pronoun: Token) -> list[str]:
        """ "Beijing rebuked Washington for its arms sales", "thanked Biden for his support"
        (constructed after outlet copy): a possessive in the "for" phrase of a verb with an
        object is the object's, the one judged or thanked."""
        phrase = pronoun.head
        if pronoun.dep_ != "poss" or phrase.dep_ != "pobj" or phrase.head.lower_ != "for":
            return []
        verb = phrase.head.head
        if verb.pos_ != "VERB":
            return []
        # "rebuked Washington for its ...": a capital judged stands for its state
        return [
            self._seat_state(e, "") if _seat_of_state(e) else e
            for c in verb.children
            if c.dep_ == "dobj"
            for e in self.entities(c)
        ]

    def _read_antecedents(self, pronoun: Token) -> list[str]:
        """The states, organisations or groups "it", "its", "they" or "their" stands for: the
        speaker whose clause it is ("the SDF announced it had entered ...", "Iran and Iraq said
        they would ..."), else the one such subject before it in the sentence ("Turkey and its
        allies", "Russia said its forces ..."), else, for the subject of a sentence, the one such
        subject of the sentence before ("China and Russia signed a deal. They ..."); "it" takes
        one actor, "they" one or several."""
        plural = pronoun.lower_ in ("they", "them", "their")
        if (
            pronoun.lower_ == "it"
            and pronoun.head.lemma_.lower() in _EXPLETIVE_HEADS
            and not _feeling_said(pronoun.head)
        ):
            return []  # "it is unclear whether ...", "it seems"
        if judged := self._judged_for(pronoun):
            if all(self.res.kind_of(e) in _ACTOR_KINDS for e in judged) and (
                plural or len(judged) == 1
            ):
                return judged
        found: list[list[str]] = []
        clause = pronoun.head
        if (
            pronoun.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in self.lex.words["speech"]
        ):
            found = [
                [
                    e
                    for c in clause.head.children
                    if c.dep_ == "nsubj" and c.i < pronoun.i
                    for e in self.entities(c)
                ]
            ]
            found = [f for f in found if f]
            if (
                plural
                and found
                and len(found[0]) > 1
                and all(self.res.kind_of(e) is Kind.PERSON for e in found[0])
            ):
                # "Biden and Sanders announced they were to form six working groups": several
                # persons speak of themselves
                return found[0]
            sayers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i]
            if not found and sayers and sayers[0].pos_ in ("NOUN", "PRON", "DET"):
                # "Some of the protesters Wikinews interviewed said they had gone": speakers the
                # text does not name speak of themselves, not of an actor named near them
                return []
        if plural and pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "advcl":
            # "Kishida and Yoon stressed improved ties as they opened the summit": the persons
            # of the clause it hangs on act in it too
            persons = [
                e
                for c in clause.head.children
                if c.dep_ == "nsubj" and c.i < pronoun.i
                for e in self.entities(c)
            ]
            if len(persons) > 1 and all(self.res.kind_of(e) is Kind.PERSON for e in persons):
                return persons
        if (
            pronoun.lower_ == "it"
            and pronoun.dep_ == "dobj"
            and (self._thing_it(pronoun) or self._act_it(pronoun))
        ):
            return []  # "approved a bill ..., but the Senate voted it down": the bill
        own: list[str] = []
        if pronoun.dep_ in ("dobj", "pobj", "dative"):
            # "The Southern Transitional Council, previously an ally of the government, is in
            # conflict against it": an object pronoun is not its own clause's subject
            own = [
                e
                for c in _clause_verb(pronoun).children
                if c.dep_ in _SUBJ and c.i < pronoun.i
                for e in self.entities(c)
            ]
        if not found:
            rival = False
            owner_at = -1  # where the one candidate is only a possessor ("Fox News' reporter")
            for t in self.sent:
                if t.i >= pronoun.i:
                    break
                if t.i < self.dateline_end or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    continue
                # persons never compete: "Pompeo cited the Cuban government's ... its support"
                actors = [
                    e
                    for e in self.entities(t)
                    if self.res.kind_of(e) in _ACTOR_KINDS and e not in own
                ]
                if actors and actors not in found:
                    found.append(actors)
                    owner_at = t.i if t.dep_ == "poss" else -1
                if actors or self.res.entity_at(t) or t.dep_ == "poss":
                    rival = False
                elif (
                    t.pos_ == "NOUN"
                    and (t.tag_ == "NNS") is plural
                    # "after two days of fighting along their border": a time is no antecedent
                    and t.ent_type_ not in ("DATE", "TIME")
                ):
                    # "The company said ... and its ...", "the ship ... its port": the nearest
                    # subject before the pronoun is a thing of its number that names no actor
                    rival = not any(c.dep_ == "poss" for c in t.children)
            if rival:
                return []
            if (
                len(found) == 1
                and owner_at >= 0
                and pronoun.dep_ in ("nsubj", "nsubjpass")
                and any(
                    self.res.entity_at(t) not in (None, *found[0])
                    for t in self.sent[owner_at + 1 - self.sent.start : pronoun.i - self.sent.start]
                    if t.dep_ == "pobj"
                )
            ):
                # "Fox News' correspondent was outside Soroka Medical Center after it was hit":
                # a possessor is no likelier a later clause's subject than the place named since
                return []
        if not found and own:
            # ... but the one other actor named before it in the sentence ("the government")
            others = {
                e
                for t in self.sent[: pronoun.i - self.sent.start]
                if t.i >= self.dateline_end and t.dep_ in ("pobj", "dobj", "appos")
                for e in self.entities(t, with_conj=False)
                if self.res.kind_of(e) in _ACTOR_KINDS and e not in own
            }
            if len(others) == 1:
                found = [[others.pop()]]
        if (
            not found
            and (
                pronoun.dep_ in ("nsubj", "nsubjpass")
                # "Hezbollah fired rockets. Its leader, Naim Qassem, vowed ...": the possessor
                # of the subject that opens the sentence takes up the sentence before too
                or pronoun.dep_ == "poss"
                and pronoun.head.dep_ in ("nsubj", "nsubjpass")
                and pronoun.i == pronoun.sent.start
            )
            and _opens_its_sentence(pronoun)
            and self.index - self.memory.actors_index == 1
        ):
            found = self.memory.recent_actors
        if (
            not found
            and pronoun.lower_ == "them"
            and pronoun.dep_ in ("dobj", "pobj")
            and own
            and self.index - self.memory.actors_index == 1
            and len(self.memory.recent_actors) == 1
            and not set(own) & set(self.memory.recent_actors[0])
            and self._names_many(self.memory.recent_actors[0])
            and not self._things_before(pronoun)
            and not any(
                (e := self.res.entity_at(t)) and e not in own
                for t in self.sent
                if t.i < pronoun.i and t.i >= self.dateline_end
            )
        ):
            # "The Houthis have fired missiles at ships. The United States struck them": the one
            # plural party the sentence before was about, when this one names no other before it
            found = self.memory.recent_actors
        if (
            not found
            and plural
            and pronoun.dep_ in ("nsubj", "nsubjpass")
            and _opens_its_sentence(pronoun)
            and self._gathered()
        ):
            # "... gathered in Cairo on Wednesday. The Italian foreign minister ... joined the
            # talks as an observer. They concluded ...": the meeting's states
            found = [self.memory.gathering]
        if len(found) != 1 or not all(self.res.kind_of(e) in _ACTOR_KINDS for e in found[0]):
            return []
        actors = found[0]
        if not plural:
            return actors if len(actors) == 1 else []
        head = pronoun.head
        if (
            len(actors) == 1
            and self.res.kind_of(actors[0]) is Kind.COUNTRY
            and not (
                # "representatives from Iran acknowledged their government had ...": the
                # officials' own state
                pronoun.dep_ == "poss"
                and load_agents().agent_head(head.lemma_.lower(), head.lower_)
            )
        ):
            return []  # "Iran said they ...": officials, not the state itself
        return actors

    def _gathering_described(self, token: Token) -> list[str]:
        """ "The foreign ministers agreed ...", "the three countries", "the summit denounced" after
        a meeting: the subject that describes its participants, or the meeting itself, without
        naming anyone, is the meeting's states (`_gathered`); a number must count them."""
        if token.dep_ not in _SUBJ or token.pos_ != "NOUN" or self.res.entity_at(token):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        if self._pair(token) is not None:
            return []  # "the two leaders" are the pair just named (`_pair`)
        lemma = token.lemma_.lower()
        if token.tag_ == "NNS":
            agents = load_agents()
            if not (agents.agent_head(lemma, token.lower_) or lemma in agents.places):
                return []
        elif lemma not in _MEETINGS:
            return []
        if any(self.res.entity_at(t) for t in token.subtree):
            return []  # "the ministers of Egypt and Greece" name their own states
        gathered = self._gathered()
        counts = [c for c in token.children if c.dep_ == "nummod"]
        if counts and (len(counts) > 1 or _number(counts[0]) != len(gathered)):
            return []
        return gathered

    def _gathered(self) -> list[str]:
        """The states of the meeting told of in the last two sentences, when no state, organisation
        or group has been a subject since: "they" after it are its participants."""
        gathering = self.memory.gathering
        if len(gathering) < 2 or not 0 < self.index - self.memory.gathering_index <= 2:
            return []
        if self.memory.actors_index > self.memory.gathering_index:
            return []
        return gathering

    def _described_country(self, token: Token) -> str | None:
        """ "the country", "the kingdom": the one country the article named in this or the last
        sentences, or the article's country when it has one and named it there."""
        if (
            token.pos_ != "NOUN"
            or token.tag_ != "NN"
            or token.lemma_.lower() not in load_agents().places
        ):
            return None
        if (
            token.lemma_.lower() in _HOMELANDS
            and (owner := next((c for c in token.children if c.dep_ == "poss"), None))
            and owner.lower_ in ("his", "her")
        ):
            # "Putin said his country would deepen ties with China" (constructed after outlet
            # copy): the one state the person leads or serves
            person = self._antecedent(owner)
            if person is None:
                return None
            if (led := self._state_led_by(person)) is not None:
                return led
            return self._home_state(person)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(
            c.dep_ in ("prep", "relcl", "acl")
            or c.dep_ in ("amod", "compound", "nmod", "npadvmod")
            and not self._epithet(c)
            for c in token.children
        ):
            return None  # "the only country", "the country of ...": says which itself
        start = list(self.sent.doc.sents)[max(0, self.index - 2)].start
        named = [
            m.entity_id
            for m in self.res.mentions
            if start <= m.start < token.i
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.COUNTRY
        ]
        if token.lemma_.lower() not in _HOMELANDS:
            # "Saudi Arabia has restored ties with Syria. The kingdom ...": only a kingdom
            styled = styled_as(token.lemma_.lower())
            named = [e for e in named if e in styled]
        if len(set(named)) == 1:
            return named[0]
        if any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in token.children):
            return None  # "the island nation" among two states: the epithet may fit either
        focus = self.res.focus_country()
        if focus in named:
            return focus
        if token.dep_ == "nsubj" and self.sent.start > 0:
            # "Pakistan carried out strikes in Afghanistan. The country said ...": a subject
            # taken up as a subject is the one the sentence before was about
            before = token.doc[self.sent.start - 1].sent.root
            told = [
                e
                for c in before.children
                if c.dep_ == "nsubj" and (e := self.res.entity_at(c)) is not None and e in named
            ]
            if len(told) == 1:
                return told[0]
        return None

    def _epithet(self, mod: Token) -> bool:
        """Whether a modifier of "country" or "nation" only describes the one spoken of, as news
        refers to a state named before: a region's or a people's proper adjective ("the South
        American country", "the Catholic-majority country") or a describing word ("the island
        nation"); not a word that picks out another ("the neighbouring country", "the aggressor
        country", "the invading country", "the largest country") nor a state's name."""
        words = list(mod.subtree)
        if any(
            t.tag_ in ("JJS", "JJR", "RBS", "CD", "VBG", "VBN")
            or (e := self.res.entity_at(t)) is not None
            and self.res.kind_of(e) not in (Kind.LOCATION, Kind.GROUP)
            for t in words
        ):
            return False
        return all(
            t.text[:1].isupper()
            or t.text in ("-", "–")
            or t.lower_ in _DESCRIBING_STATES
            # "Catholic-majority": the word hyphened to a proper adjective
            or t.i > 0
            and t.doc[t.i - 1].text in ("-", "–")
            and not t.doc[t.i - 1].whitespace_
            for t in words
        )

    def _place_of_class(self, token: Token) -> str | None:
        """ "attacked the city of Kharkiv", "the southern port of Hodeidah", "the state of Texas": a
        place-class noun stands for the one place its "of" phrase names. Not "the capital city of
        South Sudan" (its city) nor "the Kurdish region of Iraq" (a part): a country named so is
        the place only as "the state of Israel"; and not "the north-east region of Seoul", a part
        its modifier picks out of a region or district."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma not in load_agents().place_classes:
            return None
        named = list(dict.fromkeys(self._named_in(token, "of")))
        if len(named) != 1:
            return None
        kind = self.res.kind_of(named[0])
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        if kind is Kind.COUNTRY:
            return named[0] if lemma == "state" and not mods else None
        if kind is not Kind.LOCATION:
            return None
        if lemma in ("region", "district") and any(not self.res.entity_at(c) for c in mods):
            return None
        return named[0]

    def _described_org(self, token: Token) -> str | None:
        """ "the group", "the movement", "the rebels" with no label: the organisation or group the
        article called so ("the Houthi movement ... the movement"), else, for the generic heads
        ("the group"), the one organisation or group subject of this or the last two sentences,
        leaving out state bodies and the sources that report ("Reuters reported that Hamas fired
        rockets. The group ..." is Hamas)."""
        heads = load_agents().organisations
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.lower_ not in heads and lemma not in heads:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("amod", "compound", "poss", "nmod", "prep", "appos")
            and not self._charge_on(token, c)
            # "a spokesman for the group, Yahya Saree": the parser hangs the title's holder on
            # the group; a person is no name of it
            and not (
                c.dep_ == "appos"
                and (e := self.res.entity_at(c)) is not None
                and self.res.kind_of(e) is Kind.PERSON
            )
            for c in token.children
        ):
            return None
        if (named := self._named_before(token)) is not None:
            return named  # a name that holds the word: "US Embassy in London" for "the embassy"
        doc = token.doc
        kinds = (Kind.ORGANIZATION, Kind.GROUP)
        called = {
            m.entity_id
            for m in self.res.mentions
            if m.end < token.i
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) in kinds
            and lemma
            in (doc[m.end].lemma_.lower(), doc[m.start - 1].lemma_.lower() if m.start else "")
        }
        if called:
            return called.pop() if len(called) == 1 else None
        if lemma not in _GENERIC_ORG_HEADS:
            return None
        start = list(doc.sents)[max(0, self.index - 2)].start
        found = {
            m.entity_id
            for m in self.res.mentions
            if start <= m.start < token.i
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) in kinds
            and m.entity_id not in self.res.part_of
            and _subject_like(doc[m.start : m.end].root)
            and not self._reports(doc[m.start : m.end])
        }
        return found.pop() if len(found) == 1 else None

    def _delegation_head(self, token: Token) -> str | None:
        """ "a delegation led by Senator Ed Markey arrived in Taipei", "a Chinese delegation led by
        Foreign Minister Wang Yi visited Moscow" (constructed after outlet copy): the one person
        heading a delegation goes and meets where it does."""
        if token.lemma_.lower() not in _DELEGATIONS:
            return None
        heads = [
            e
            for c in token.children
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
            for a in c.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
            for e in self.entities(p)
        ]
        found = {e for e in heads if self.res.kind_of(e) is Kind.PERSON}
        return found.pop() if len(found) == 1 else None

    def _led_collective(self, token: Token) -> str | None:
        """ "the Saudi-led coalition", "the coalition led by the United States": a coalition or
        force that one named state or organisation leads acts for it."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _LED_COLLECTIVES:
            return None
        leaders: list[str] = []
        for c in token.children:
            if c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.tag_ == "VBN":
                leaders += [e for t in c.subtree if t.i != c.i and (e := self.res.entity_at(t))]
            elif c.dep_ == "acl" and c.lemma_.lower() == "lead":
                leaders += [
                    e
                    for a in c.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p)
                ]
        found = {e for e in leaders if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)}
        return found.pop() if len(found) == 1 else None

    def _reports(self, mention: Span) -> bool:
        """Whether a mention is the source of a report ("Reuters reported", "according to AFP",
        "told the BBC"), not an actor."""
        root = mention.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("report", "quote", "cite"):
            return True
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "to"
            and root.head.head.lower_ == "according"
        ):
            return True
        return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ("tell", "quote")

    def _described_person(self, token: Token) -> str | None:
        """ "the president", "the prime minister": the one person the article has given that title;
        "Turkey's leader", "the country's ruler": the person the article says leads that country."""
        if token.pos_ not in ("NOUN", "PROPN") or self.res.entity_at(token):
            return None
        roles = load_roles()
        title = " ".join(
            t.lower_
            for t in token.doc[token.left_edge.i : token.i + 1]
            if t.dep_ in ("compound", "amod") or t.i == token.i
        )
        if (
            token.lower_ not in roles.leader | roles.affiliated
            and title not in roles.leader | roles.affiliated
        ):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            state = self.res.entity_at(owner) or self._described_country(owner)
            if state and self.res.kind_of(state) is Kind.COUNTRY:
                # "the country's president": the holder the article names, else its leader
                if (named := self._state_title_holder(state, token)) is not None:
                    return named
                if token.lower_ in roles.leader:
                    return self.memory.leaders.get(state)
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        of = [c for c in token.children if c.dep_ == "prep" and not self._charged_with(c)]
        if (
            len(of) == 1
            and of[0].lower_ == "of"
            and not any(c.dep_ in ("appos", "relcl", "acl") for c in token.children)
        ):
            # "The president of Turkey vowed support for Azerbaijan"
            states = [e for e in self._named_in(token, "of") if self.res.kind_of(e) is Kind.COUNTRY]
            return self._state_title_holder(states[0], token) if states else None
        if any(
            c.dep_ in ("prep", "appos", "relcl", "acl")
            and not self._charged_with(c)
            # "the president and Congress could not agree": a conjunct names no one else
            or (self.res.entity_at(c) and c.dep_ != "conj")
            for c in token.children
        ):
            return None
        # "the sitting president", "the current prime minister": the one in office
        title = " ".join(w for w in title.split() if w not in _IN_OFFICE)
        holders = {
            p
            for t, ps in self.memory.titled.items()
            if t == title
            or t.endswith(" " + title)
            and t.split()[-len(title.split()) - 1] not in _RANK_PREFIXES | {"-"}
            for p in ps
        }
        # "President Trump" with no country named gives no title claim, but competes all the same;
        # the title before the name must be the description's whole title ("Civil Aviation
        # Minister Puri" is not "the local health minister", "Vice-President Biden" not "the
        # president")
        doc, words, own = token.doc, title.split(), self._quote_of(token)
        holders |= {
            m.entity_id
            for m in self.res.mentions
            if m.end <= token.i
            and m.start >= len(words)
            and m.entity_id in self.res.nodes
            and self.res.kind_of(m.entity_id) is Kind.PERSON
            and [t.lower_ for t in doc[m.start - len(words) : m.start]] == words
            and (
                m.start == len(words)
                or doc[m.start - len(words) - 1].lower_ not in _RANK_PREFIXES | {"-"}
            )
            and self._quote_of(doc[m.start]) in (None, own)
        }
        holders = {p for p in holders if self._named_outside_quotes(p, token)}
        if not holders and (day := self.memory.published) and known_title(title) == title:
            # "Mexico's Foreign Secretary Marcelo Ebrard ... The foreign minister said": the one
            # person the article names whom the register has in that office on the day
            holders = {
                n.id
                for n in self.res.nodes.values()
                if n.kind is Kind.PERSON
                and by_title_and_name(title, n.name, day)
                and self._named_outside_quotes(n.id, token, before=True)
            }
        return holders.pop() if len(holders) == 1 else None

    def _stance_object(self, token: Token, position: Token | None = None) -> str | None:
        """What a stance is taken on, when it is an act or a proposal: "criticised the Turkish
        offensive" is a stance on Turkey, the actor its modifier names, and "supported the Egyptian
        proposal" on Egypt; "welcomed the peace offer" on a Topic node for the offer, when a
        modifier says which offer it is ("the Hong Kong security law" is about Hong Kong).
        `position` is where the act stands in the clause when a count of it stands there."""
        counted = _prep_objects(token, "of") if _amount(token) and position is None else []
        if len(counted) == 1 and _is_act(counted[0]):
            # "described the latest wave of Russian missile attacks as barbarism": the acts
            return self._stance_object(counted[0], position=token)
        agents, lemma = load_agents(), token.lemma_.lower()
        if (blamed := self._blamed_act(token)) is not None:
            return self._blamed_actor(blamed)
        issue = (
            token.lower_ in agents.issues
            or lemma in agents.issues
            or lemma in agents.causes
            and _hyphen_word(token) == token.lower_
            or _hyphen_word(token) in agents.causes
            or _issue_phrase(token) in agents.issues
        )
        # "supported LGBT rights and the inclusion of minority groups": a conjunct is taken as
        # its first conjunct is
        first = token
        while first.dep_ == "conj" and first.head.i != first.i and issue:
            first = first.head
        first = position or first
        # "condemned what it called an aggression by the United States": the governing verb's
        # object, named
        named_by = _named_object_of(token)
        if (
            token.pos_ != "NOUN"
            and not (issue and token.pos_ == "PROPN")  # "the Iraq War"
            or first.dep_ not in ("dobj", "pobj", "nsubjpass")
            and named_by is None
        ):
            return None
        if first.dep_ == "pobj" and any(
            c.dep_ == "acl" and {"aux", "auxpass"} <= {a.dep_ for a in c.children}
            for c in token.children
        ):
            return None  # "called for the Citizens United decision to be overturned": its undoing
        # "Iran's programme has been condemned by ...": the passive's subject is the object
        verb = first.head if first.dep_ in ("dobj", "nsubjpass") else first.head.head
        if named_by is not None:
            verb = named_by
        if verb.pos_ in ("NOUN", "PROPN"):
            # "voiced strong opposition to the visit by the US delegation": a stance noun; "an
            # opponent of the US-led war": a noun naming who holds the stance
            sense = _noun_sense(verb, self.lex)
            held = self.lex.holders.get(verb.lemma_.lower())
            types = {sense.type} if sense is not None else {held} if held else set()
            if verb.dep_ == "dobj" and first.dep_ == "pobj":
                # "Congress has repeatedly denied funding for such a wall": the governing verb's
                # sense that asks for this object says what the phrase is
                types = {
                    Relation(spec.type)
                    for spec in self.lex.verbs.get(verb.head.lemma_.lower(), [])
                    if spec.requires_dobj
                    and verb.lower_ in spec.requires_dobj
                    and first.head.lower_ in spec.object
                } or types
        elif first.dep_ in ("dobj", "nsubjpass") or named_by is not None:
            # "approved a bill legalising abortion", "the decision was welcomed by Poland": the
            # senses that take a direct object decide (a passive's subject is that object); not
            # those whose object is a person or place ("welcomed the US decision" is no meeting)
            types = {
                Relation(spec.type)
                for spec in self.lex.verbs.get(verb.lemma_.lower(), [])
                if "dobj" in spec.object
                and _takes_acts(spec.object_kinds)
                # "called the raid a violation": the sense its complement says, not "called ...
                # a success" too
                and (not spec.requires_complement or self._predicated(verb, spec))
            }
        else:
            # "was disappointed with Trump's decision": the participle's own adjective senses
            types = _verb_types(self.lex, verb.lemma_.lower()) or _verb_types(self.lex, verb.lower_)
            if first.dep_ == "pobj":
                # "called for a second independence referendum": the senses of that preposition
                # whose object may be an issue, not "call on" a party
                senses = [
                    spec
                    for spec in self.lex.verbs.get(verb.lemma_.lower(), [])
                    if first.head.lower_ in spec.object
                ]
                # else those of the preposition at all: "threw its weight behind Ukraine's bid"
                # is support, whatever "throw out" does
                types = (
                    {Relation(spec.type) for spec in senses if _takes_acts(spec.object_kinds)}
                    or {Relation(spec.type) for spec in senses}
                    or types
                )
        if verb.pos_ == "VERB" and _verbal_attack(verb):
            types = {Relation.CRITICIZES if t is Relation.ATTACKS else t for t in types}
        if types == {Relation.ACCUSES} and issue and first.head.lower_ == "against":
            # "filed a combined lawsuit against the state of emergency": legal action against
            # a measure is opposition to it
            types = {Relation.OPPOSES}
        if not types or not types <= _STANCES:
            return None
        if lemma in agents.protests or token.lower_ in agents.protests:
            # "The opposition backed the protests": a stance on a protest is one on its
            # protesters, of the place its label or "in" names
            places = [
                e
                for c in token.children
                if c.dep_ in ("amod", "compound", "nmod")
                and (e := self.res.entity_at(c))
                and self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            ]
            return self._protesters(token, places)
        if lemma in _OF_STATE:
            # "supports the sovereignty and territorial integrity of Ukraine": a stance on Ukraine
            states = [
                e
                for t in _prep_objects(token, "of") or _prep_objects(first, "of")
                for e in self.entities(t)
                if self.res.kind_of(e) is Kind.COUNTRY
            ]
            if len(states) == 1:
                return states[0]
        # "lashed out at Trump's plan", "condemned the law": what is criticised is someone's
        # doing, so a law, plan or speech stands for its maker; a welcomed or backed one stays
        # the thing itself ("supported the climate bill")
        criticised = types == {Relation.CRITICIZES}
        judged = bool(types) and types <= {Relation.CRITICIZES, Relation.SUPPORTS, Relation.OPPOSES}
        act = (
            _is_act(token)
            or criticised
            and lemma in _CRITICISED_ACTS
            # "China condemned the tariffs" the article told the US imposed
            or lemma in self.memory.noun_acts
            # "Finland closed its border ... called the closures unfriendly"; an issue only
            # criticised ("voted in favour of the impeachment" is a stance on the impeachment)
            or (criticised or judged and not issue)
            and bool(self._verb_told_actors(token))
        )
        topic = token.lower_ in agents.topics or lemma in agents.topics
        if (renamed := self._renamed_act(token)) is not None:
            self.act_owners[token.i] = renamed
            return renamed
        if not act and not topic and not issue:
            return None
        mods = [
            c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i
        ]
        if (act or issue) and (leader := self._leader_of_act(token)) is not None:
            # "an outspoken opponent of the United States-led Iraq War", "opposed the Saudi-led
            # intervention": a stance on an act is one on the actor its "-led" modifier names
            self.act_owners[token.i] = leader
            return leader
        if issue and not act and not topic:
            # "opposed the Syrian civil war", "supported Kurdish independence": the label says
            # which war or whose independence, not who holds it
            return self._issue(token)
        actor_deps = ("amod", "compound", "nmod") if act else ("amod",)
        named = [
            e
            for c in mods
            if c.dep_ in actor_deps
            and (e := self.res.entity_at(c))
            # "condemned the Haniyeh assassination", "the Kyiv bombardment": a person or place
            # named before an act of force is who or where it struck, not who struck
            and not (
                c.dep_ != "amod"
                and _hyphen_word(token) in _FORCE_ACTS
                and (
                    self.res.kind_of(e) is Kind.LOCATION
                    or _seat_of_state(e)
                    # "the Haniyeh assassination"; not "the Assad offensive"
                    or self.res.kind_of(e) is Kind.PERSON
                    and _hyphen_word(token) in _ACTS_ON_PERSONS
                )
            )
        ]
        # "expressed support for Ukraine's bid", "opposed Macron's statement": the owner; not
        # "his", which the verb frames leave to the pronoun rules
        named += [
            e
            for c in token.children
            if c.dep_ == "poss"
            and c.pos_ != "PRON"
            # "expressed support for the protesters' demands": a described group's act
            and (e := self.res.entity_at(c) or self._group(c) or self._followers(c))
        ]
        named += [e for a in _prep_objects(token, "by") for e in self.entities(a)]
        if _hyphen_word(token) in _OWNED_BY_OF:
            named += [e for a in _prep_objects(token, "of") for e in self.entities(a)]
        if _hyphen_word(token) in _OWNED_FROM:
            named += [e for a in _prep_objects(token, "from") for e in self.entities(a)]
        # "denounced the sanctions imposed by the European Union": the act's own agent
        named += self._participle_agents(token)
        actors = [
            e
            for e in dict.fromkeys(named)
            if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON} or _seat_of_state(e)
        ]
        owners = [
            e
            for c in token.children
            if c.dep_ == "poss" and c.pos_ != "PRON" and (e := self.res.entity_at(c)) in actors
        ]
        if len(actors) > 1 and len(owners) == 1:
            # "approved Sweden's NATO bid": the possessor owns the act, the compound says what
            # it is for
            actors = owners
        if (
            not actors
            and act
            and (
                recalled := self._recalled_actor(
                    token, criticised, criticised or judged and not issue
                )
            )
            is not None
        ):
            actors = [recalled]
        if actors:
            if len(actors) == 1:
                self.act_owners[token.i] = actors[0]
                return actors[0]
            return None
        if issue:
            # "condemned the suspension of Parliament": an act no one is named doing, which its
            # "of" phrase or modifier names, is an issue in itself
            return self._issue(token)
        if topic and not mods:
            # "supported the proposal to convert the cathedral into a museum": the measure the
            # proposal's clause names; "Turkey opposes the project": the project named before
            clause = next(
                (
                    m
                    for c in token.children
                    if c.dep_ == "acl" and (m := self._measure_of_clause(c)) is not None
                ),
                None,
            )
            if clause is None and _definite(token) and len(list(token.children)) == 1:
                return self._issue(token)
            return clause
        if (
            not topic
            or not mods
            or any(c.pos_ not in ("NOUN", "ADJ", "PROPN") or c.lower_ in _VAGUE for c in mods)
        ):
            return None
        start = min(c.left_edge.i for c in mods)
        name = " ".join(
            t.text for t in token.doc[start : token.i + 1] if t.dep_ != "det" and not t.is_punct
        )
        kind = Kind.EVENT if lemma in _EVENT_NOUNS else Kind.TOPIC
        return self.res.add_node(
            f"{kind.value.lower()}:{slug(name)}",
            name,
            kind,
            form=clean_surface(_np_text(token)),
            described=True,
        )

    def _the_late(self, token: Token) -> str | None:
        """ "paid tribute to the late sultan": the one whose death the article told, when the
        article gave him that title; not "his late father" nor "the late king" who died long
        before."""
        lemma = token.lemma_.lower()
        if (
            not any(c.dep_ == "amod" and c.lower_ == "late" for c in token.children)
            or lemma not in load_roles().leader | load_roles().affiliated
            or any(c.dep_ == "poss" for c in token.children)
        ):
            return None
        dead = self._the_deceased(persons_only=True)  # "late" is said of a person
        titled = {
            p
            for title, persons in self.memory.titled.items()
            if title.split()[-1] == lemma
            for p in persons
        } | {
            # "Sultan Qaboos": the title before a mention of the name
            m.entity_id
            for m in self.res.mentions
            if m.start > 0 and token.doc[m.start - 1].lower_ == lemma
        }
        return dead if dead in titled else None

    def _mourned(self, token: Token) -> str | None:
        """ "India mourned his death", "mourned the passing of Qaboos": a death mourned stands
        for the one who died, whom "his" there need not be the antecedent of."""
        if (
            token.dep_ != "dobj"
            or token.head.lemma_ != "mourn"
            or token.lemma_.lower() not in _DEATHS - {"loss"}
        ):
            return None
        named = [e for d in _whose(token) for e in self.entities(d)]
        return named[0] if len(named) == 1 else self._the_deceased() if not named else None

    def _the_deceased(self, persons_only: bool = False) -> str | None:
        """The one person whose death the article has told so far: "Sultan Qaboos died on
        Friday", "the death of Robert Mugabe", "Soleimani was killed"; None when it told of
        several."""
        dead: set[str] = set()
        for t in self.sent.doc[: self.sent.end]:
            lemma = t.lemma_.lower()
            told = t.pos_ == "VERB" and not any(
                # "vowed to kill Trump", "could die": a death not told as one
                c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")
                for c in t.children
            )
            if told and (
                lemma == "die" or lemma == "pass" and any(c.lower_ == "away" for c in t.children)
            ):
                named = [c for c in t.children if c.dep_ == "nsubj"]
            elif told and lemma in _KILLINGS:
                named = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
            elif t.pos_ == "NOUN" and lemma in _DEATHS - {"loss"}:
                named = _whose(t)
            else:
                continue
            if t.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in named):
                named = [t.head]  # "Sultan Qaboos, who died on Friday"
            for x in (x for n in named for x in (n, *n.conjuncts) if x.pos_ != "PRON"):
                e = self.res.entity_at(x)
                if e is None and x.pos_ == "PROPN":
                    continue  # a headline's "Sultan Qaboos of Oman dies": a name not read
                # "Floods killed ten people": deaths of others leave it open
                dead.add(e if e and self.res.kind_of(e) is Kind.PERSON else "")
        if persons_only:
            dead.discard("")
        return dead.pop() or None if len(dead) == 1 else None

    def _leader_of_act(self, token: Token) -> str | None:
        """The one actor an act's hyphened "-led" modifier names: "the United States-led Iraq
        War", "the Saudi-led intervention"; not who backs it ("Iranian-backed") nor who is in it."""
        leaders = {
            e
            for c in token.children
            if c.dep_ in ("amod", "compound") and c.lower_ == "led" and c.i < token.i
            for m in c.children
            if c.i > m.i and _hyphenated(m, c)
            for e in self.entities(m, with_conj=False)
            if self.res.kind_of(e) in _ACTOR_KINDS
        }
        return leaders.pop() if len(leaders) == 1 else None

    def _blamed_act(self, token: Token) -> Token | None:
        """The hostile act named in the direct object of a verb that only accuses ("blamed US
        aggression"), or feared there ("blaming ... the fear of aggression from the United
        States"); None for any other noun."""
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        verb = first.head
        if first.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        senses = [s for s in self.lex.verbs.get(verb.lemma_.lower(), []) if "dobj" in s.object]
        if not senses or any(s.type is not Relation.ACCUSES for s in senses):
            return None
        if token.lemma_.lower() in _FEARED:
            token = next((p for p in _prep_objects(token, "of") if _is_act(p)), token)
        return token if token.lemma_.lower() in _HOSTILE_ACTS else None

    def _blamed_actor(self, act: Token) -> str | None:
        """Who did the blamed act: its one named modifier, owner, or "by"/"from" agent."""
        named = [
            e
            for c in act.children
            if c.dep_ in ("amod", "compound", "nmod", "poss")
            and c.i < act.i
            and c.pos_ != "PRON"
            and (e := self.res.entity_at(c))
        ]
        named += [
            e for prep in ("by", "from") for a in _prep_objects(act, prep) for e in self.entities(a)
        ]
        actors = [
            e for e in dict.fromkeys(named) if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
        ]
        return actors[0] if len(actors) == 1 else None

    def _recalled_actor(
        self, token: Token, criticised: bool = False, judged: bool = False
    ) -> str | None:
        """ "President Trump sent Department of Homeland Security officers to protect federal
        buildings in Portland. Biden criticized the move": a bare "the move" or "this decision"
        recalls the act the sentence before told; its actor is that sentence's one named subject,
        unless that sentence told what someone said or thought of it. A criticised "the law",
        "the plan" or "the decree" recalls it as well; a `judged` noun made from a verb the
        article told ("the closures", "the release") recalls that verb's actor."""
        lemma = token.lemma_.lower()
        # "The US approved an arms sale to Taiwan. China opposed the sale": an act the article
        # named with its one actor is that actor's when recalled by the same noun
        told_by_noun = lemma in self.memory.noun_acts
        # "welcomed the release", "condemned the closures": an act judged is its doer's
        told_by_verb = self._verb_told_actors(token) if judged else []
        if not (
            lemma in _RECALLED_ACTS | _COUPS | _FORCE_SHOWS
            or criticised
            and lemma in _CRITICISED_ACTS
            or told_by_noun
            or told_by_verb
        ) or any(
            (c.dep_ != "det" or c.lower_ not in ("the", "this", "that"))
            and not _aside(c)
            # "the military action", "the latest drills": what kind or when, not whose
            and not (
                c.dep_ == "amod"
                and c.lower_ in _DESCRIBING_ACTS
                and lemma in _FORCE_SHOWS | {"action"}
            )
            # "condemned the attack as terrorism": what it is called, not which attack
            and not (c.dep_ == "prep" and c.lower_ == "as")
            # "called the decision unacceptable": an adjective after the noun is what it is
            # called, the parser's modifier
            and not (c.dep_ == "amod" and c.i > token.i)
            # "the military coup", "last week's coup": which kind, not whose
            and not (lemma in _COUPS and c.dep_ in ("amod", "poss") and not self.entities(c))
            for c in token.children
        ):
            return None
        if self.sent.start == 0:
            return None
        if told_by_noun and lemma not in _RECALLED_ACTS | _COUPS | _CRITICISED_ACTS:
            actors = self.memory.noun_acts[lemma]
            return next(iter(actors)) if len(actors) == 1 else None
        if told_by_verb and lemma not in _RECALLED_ACTS | _COUPS | _CRITICISED_ACTS:
            return told_by_verb[0] if len(told_by_verb) == 1 else None
        # a show of force is recalled only by who the article said held it: the sentence
        # before may tell anything else ("Scholz met Biden. Russia condemned the drills.")
        told = self._told_actor(token, criticised) if lemma not in _FORCE_SHOWS else None
        if told is not None:
            return told
        # "Critics have claimed this is a move by Johnson ... Corbyn called the move a 'smash and
        # grab'": else the one actor earlier mentions of the same act named
        named = self.memory.act_mentions.get(token.lemma_.lower(), set())
        return next(iter(named)) if len(named) == 1 else None

    def _verb_told_actors(self, token: Token) -> list[str]:
        """ "Pakistan expelled thousands of Afghans. The Taliban condemned the expulsions": the
        actors of the acts the article told by the verb a definite act noun is made of, when only
        one such verb was told; "Israeli jets struck ... Russian jets struck ...": either's."""
        lemma = token.lemma_.lower()
        if (
            token.pos_ != "NOUN"
            or self.sent.start == 0
            or lemma in _EVENT_NOUNS.keys() | _ACCOUNTS | _FORCE_SHOWS
        ):
            # "the strikes": the memory of events knows attacks told of no one; "rejected the
            # accusations" denies what was said, it takes no stance on the accuser; "the launch"
            # is a show of force only when what was launched was armed (`_force_shower`)
            return []
        if (sense := _noun_sense(token, self.lex)) is not None and sense.type in SYMMETRIC:
            return []  # "described the meeting as constructive" judges how it went
        told = [
            set().union(*told_in.values())
            for verb, told_in in self.memory.verb_acts.items()
            if (lemma == verb or lemma in _nominalisations(verb))
            # an act of the last sentences, or of the lede the article opened with
            and any(i < _LEDE or self.index - i <= _REACH for i in told_in)
        ]
        if not told and sense is not None and sense.type in _ONE_SIDED_ACTS:
            # "Lithuania banned the transit of steel ... Peskov described the curbs as a
            # blockade": a noun of the same measure as a verb the article told in that sense
            # alone, by the one party that took such measures lately or in the lede
            actors = {
                e
                for i, doers in self.memory.measures.get(sense.type, {}).items()
                if i < _LEDE or self.index - i <= _REACH
                for e in doers
            }
            return sorted(actors) if len(actors) == 1 else []
        return sorted(told[0]) if len(told) == 1 else []

    def remember_verb_acts(self) -> None:
        """Keep the actors of each act the sentence tells by a verb in the narrator's words, for
        the noun of the act later (`_verb_told_actors`); not what was said, denied or planned."""
        for token in self.sent:
            if (
                token.pos_ != "VERB"
                or token.tag_ not in ("VBD", "VBN", "VBZ", "VBP")
                or token.lemma_.lower() in self.lex.words["speech"]
                or self._quoted(token)
                or any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in token.children)
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
                or _conditioned(token)
                # "released its annual report", "launched an investigation", "tested positive":
                # no act a judgment of "the release" or "the test" is on
                or any(
                    c.dep_ in ("dobj", "acomp", "oprd")
                    and c.lemma_.lower() in _ACCOUNTS | _INQUIRIES | {"positive", "negative"}
                    for c in token.children
                )
            ):
                continue
            actors = [
                e
                for e in self.subjects(token)
                if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
            ]
            if actors:
                lemma = token.lemma_.lower()
                told_in = self.memory.verb_acts.setdefault(lemma, {})
                told_in.setdefault(self.index, set()).update(actors)
                senses = _fitting_types(token, self.lex)
                for rel in senses & _ONE_SIDED_ACTS if len(senses) == 1 else ():
                    told_of = self.memory.measures.setdefault(rel, {})
                    told_of.setdefault(self.index, set()).update(actors)

    def _run_in_dative(self, obj: Token) -> Token | None:
        """The name an object's phrase opens with, when it is a party the verb's object is given
        to rather than a label of the object: "gave [Ukraine] military aid" (a state, a person,
        a body or a group before a word of no name)."""
        first = obj.doc[obj.left_edge.i]
        if first.dep_ not in ("compound", "nmod") or first.i == obj.i or first.pos_ != "PROPN":
            return None
        if any(self.entities(p) for prep in ("to", "for") for p in _prep_objects(obj.head, prep)):
            return None  # "gave Leopard tanks to Ukraine": the name labels what was given
        entity = self.res.entity_at(first)
        # states and persons; a body's or a group's name labels weapons as often ("Patriot")
        if entity is None or self.res.kind_of(entity) not in (Kind.COUNTRY, Kind.PERSON):
            return None
        if self.res.kind_of(entity) is Kind.PERSON and len(self.res.name_of(entity).split()) < 2:
            return None  # "sent Patriot missiles": one word the recogniser took for a name
        # the name's last word is the one hung on the object; the words between are no name
        last = max(t.i for t in obj.subtree if self.res.entity_at(t) == entity)
        rest = obj.doc[last + 1 : obj.i + 1]
        if any(t.pos_ == "PROPN" for t in rest) or obj.pos_ != "NOUN":
            return None  # "sent Israel Patriot missiles" reads two ways
        return obj.doc[last]

    def _tells_an_attack(self, token: Token) -> bool:
        """Whether a verb tells of an attack in the past or present ("struck", "hit"), or a
        noun names one ("the strikes")."""
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            return token.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(
                s.type is Relation.ATTACKS for s in self.lex.verbs.get(lemma, [])
            )
        # "the strikes", "Sunday's attack" take up one told before; "a drone strike" tells one
        return (
            token.pos_ == "NOUN"
            and _EVENT_NOUNS.get(lemma) is Relation.ATTACKS
            and not any(
                c.dep_ == "poss"
                or c.dep_ == "det"
                and c.lower_ in ("the", "this", "that", "these", "those")
                for c in token.children
            )
        )

    def _lone_attacker(self, verb: Token) -> str | None:
        """The one state, body or group a verb of attack tells in the narrator's words as its
        subject, when no claim was read from it (its target is no party: "blew up a speedboat",
        "struck targets in northern Iraq"); not a quoted, denied, planned or conditioned one."""
        if (
            verb.pos_ != "VERB"
            # "launched a satellite", "hit its emissions target", "took steps": the verb must
            # tell an attack in the sense its words fit, and that one alone
            or _fitting_types(verb, self.lex) != {Relation.ATTACKS}
            or self._quoted(verb)
            or any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in verb.children)
            or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
            or _conditioned(verb)
            # "denied that it had struck a fishing boat"
            or self.modality(verb)[0] not in (Modality.ASSERTED, Modality.REPORTED)
        ):
            return None
        actors = {e for e in self.subjects(verb) if self.res.kind_of(e) in _ACTOR_KINDS}
        return actors.pop() if len(actors) == 1 else None

    def _stance_labels_kept(self, noun: Token, subjects: list[str]) -> list[str]:
        """A stance noun's label is whose stance it is ("U.S. support for Guaido") when it names
        a state, body or person; not a place's ("Gaza support for Hamas"), and not a people's
        mood that polls measure ("falling Israeli public support for Netanyahu")."""
        labels = {
            e
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i
            for e in self._mod_entities(c)
        }
        if not labels:
            return subjects
        opinion = any(
            c.dep_ == "amod" and c.lower_ in _OPINION_MARKS for c in noun.children
        ) or any(t.lemma_.lower() in ("poll", "survey") for t in self.sent)
        return [
            e
            for e in subjects
            if e not in labels or not opinion and self.res.kind_of(e) is not Kind.LOCATION
        ]

    def _coup_makers(self, coup: Token) -> list[str]:
        """Who staged a coup the sentence tells of: "Myanmar's military seized power in a coup",
        "the army staged a coup"."""
        if coup.lemma_.lower() not in _COUPS:
            return []
        verb = coup.head
        if coup.dep_ == "pobj" and verb.lower_ in ("in", "through", "via"):
            verb = verb.head
        elif coup.dep_ != "dobj":
            return []
        if verb.pos_ != "VERB":
            return []
        return [e for e in self.subjects(verb) if self.res.kind_of(e) in _ACTOR_KINDS]

    def _is_state_agent_head(self, token: Token) -> bool:
        """A head noun of agents.json's `state_agents` ("forces", "air force" after "air")."""
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        return load_agents().agent_head(token.lemma_.lower(), token.lower_, before)

    def _participle_agents(self, noun: Token) -> list[str]:
        """The "by" agents of a passive participle on a noun: the European Union in "the
        sanctions imposed by the European Union"."""
        return [e for p in _participle_agent_words(noun) for e in self.entities(p)]

    def _recalled_doer(self, verb: Token) -> list[str]:
        """ "North Korea fired a missile on Thursday. The launch drew condemnation from Japan": a
        bare act noun as the subject recalls the act the sentence before told, and its actor."""
        return [
            actor
            for c in verb.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and not self.entities(c)
            and all(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
            and any(d.dep_ == "det" for d in c.children)
            and (
                c.lemma_.lower() in _RECALLED_ACTS | _HOSTILE_ACTS | _TOLD_ACTS
                or _is_trigger_noun(c, self.lex)
            )
            and self.sent.start > 0
            and (actor := self._told_actor(c)) is not None
        ]

    def _renamed_act(self, token: Token) -> str | None:
        """ "Russia annexed Crimea. The United States condemned the annexation": a bare definite
        noun made from the verb of the sentence before names the act it told; its actor is that
        sentence's one named subject."""
        if self.sent.start == 0 or any(
            (c.dep_ != "det" or c.lower_ not in ("the", "this", "that"))
            and not _aside(c)
            and not (c.dep_ == "prep" and c.lower_ == "of")  # "the passage of the resolution"
            for c in token.children
        ):
            return None
        if not any(c.dep_ == "det" for c in token.children):
            return None
        root = token.doc[self.sent.start - 1].sent.root
        if root.pos_ != "VERB" or not _nominalises(token.lemma_.lower(), root.lemma_.lower()):
            return None
        return self._told_actor(token)

    def _summarised_actors(self, noun: Token, backing: bool = False) -> list[str]:
        """ "The United States recognised Moroccan sovereignty over Western Sahara, a move Algeria
        condemned", "Peskov said Russian forces do not strike civilians, a claim rejected by Kyiv":
        an indefinite act or account set after a comma at the end of a clause sums the clause up,
        wherever the parser hangs it; the act is the clause's subject's (a passive's agent's),
        what is said its speaker's. `backing`: the stance on it is support, which a retreat
        welcomed gives no one ("Russia withdrew from Kherson, a move welcomed by Ukraine")."""
        lemma = noun.lemma_.lower()
        first = _summary_start(noun)
        if not _sums_up(noun) or first.i <= self.sent.start:
            return []
        clause = noun.head
        if noun.dep_ == "ROOT":
            # '"The sanctions are illegal," Wang Yi said, a claim Washington rejected': the
            # parser makes the summary the root and the speech a clause of it
            clause = next(
                (c for c in noun.children if c.dep_ in ("parataxis", "ccomp") and c.i < first.i),
                noun,
            )
        while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("acl", "relcl")) and (
            clause.dep_ != "ROOT"
        ):
            # "blocked Sweden's bid to join NATO, a move ...": the clause, not a verb inside
            # one of its nouns
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX") or clause.i > first.i:
            return []
        if any(
            t.lemma_.lower() == lemma and t.pos_ == "NOUN"
            for t in clause.doc[clause.left_edge.i : first.i]
        ):
            return []  # "endorsed Egypt's plan, a plan Israel rejected": that plan, Egypt's
        acts = [clause]
        while (
            clause.dep_ == "xcomp"
            or clause.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ) and clause.head.pos_ in ("VERB", "AUX"):
            # "asked the court to certify the results, a move the opposition denounced": the
            # asking is the act; "decided to release the water" is the decider's either way
            clause = clause.head
            acts.append(clause)
        if backing and any(_yields(a) for a in acts):
            return []
        if lemma in _SAID_SUMMARIES:
            # "demanded that Ukraine hand over $500 billion, a figure Zelensky rejected": what was
            # said is the speaker's, not the act's who is told of
            while clause.dep_ in ("ccomp", "xcomp", "conj", "advcl") and not (
                self._speaking(clause)
            ):
                clause = clause.head
            if not self._speaking(clause):
                # "According to Peskov, the strikes hit only military targets, a claim ..."
                return [
                    e
                    for according in clause.children
                    if according.lower_ == "according"
                    for to in according.children
                    if to.lower_ == "to"
                    for p in to.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p)
                    if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
                ]
        elif lemma in _HELD_VIEWS and not (
            self._speaking(clause)
            or (types := _verb_types(self.lex, clause.lemma_.lower()))
            and types <= _STANCES
        ):
            return []  # "took Avdiivka, a position Ukraine had defended": a place held
        elif any(c.dep_ == "nsubjpass" for c in clause.children):
            # "The ambassador was expelled by Estonia, a move the Kremlin condemned"
            return [
                e
                for p in _prep_objects(clause, "by")
                + [w for a in clause.children if a.dep_ == "agent" for w in a.children]
                for e in self.entities(p)
                if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
            ]
        elif _undergoes(clause):
            return []  # "Soleimani died": no one's act
        return [
            e
            for e in dict.fromkeys(self.subjects(clause))
            if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
        ]

    def _speaking(self, verb: Token) -> bool:
        """Whether a verb says, asks or demands something."""
        lemma = verb.lemma_.lower()
        return lemma in self.lex.words["speech"] or lemma in _SAYING

    def _named_before_comma(self, pronoun: Token) -> list[str]:
        """The party named right before the comma a relative pronoun follows ("sanctions on
        Iran, which"); not a pair ("between Sudan and the UAE, which" may be of either)."""
        doc = pronoun.doc
        if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            return []
        last = doc[pronoun.i - 2]
        named = self.res.entity_at(last)
        if (
            last.pos_ != "PROPN"
            or named is None
            or self.res.kind_of(named) not in _ACTOR_KINDS
            or last.dep_ == "conj"
            or last.conjuncts
            # "its support for Russia's war in Ukraine, which", "the Strait of Hormuz, which": a
            # place, not a party
            or last.dep_ == "pobj"
            and last.head.lower_ in _WHERE_PREPS | {"of"}
        ):
            return []
        return [named]

    def _relative_act_makers(self, verb: Token) -> list[str]:
        """ "Malaysia and Indonesia have maintained a policy of turning away boats, which the
        United Nations has criticised": a relative pronoun criticised stands for the act it
        follows, and the act for its makers, the ones it names or the subjects of the clause
        that tells they made or keep it (not one that tells what was said of it or a stance)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # the object pronoun, which the parser may call a second subject ("which, according to
        # AFP, the United Nations ... have both criticised")
        pronouns = [
            c
            for c in verb.children
            if c.lower_ in ("which", "that")
            and (
                c.dep_ == "dobj"
                or c.dep_ == "nsubj"
                and len(subjects) == 2
                and c.i == subjects[0].i
            )
        ]
        if verb.dep_ != "relcl" or len(pronouns) != 1:
            return []
        act = verb.head
        # the parser hangs the clause on the last noun: "a policy of turning away boats, which"
        for _ in range(4):
            if _is_act(act) or act.lemma_.lower() in _CRITICISED_ACTS:
                break
            if act.dep_ not in ("dobj", "pobj", "pcomp", "prep") or act.head.i == act.i:
                return []
            act = act.head
        else:
            return []
        if act.pos_ != "NOUN":
            return []
        if named := self._named_act_actors(act):
            return named if len(named) == 1 else []
        maker = act.head
        if act.dep_ != "dobj" or maker.pos_ != "VERB":
            return []
        lemma = maker.lemma_.lower()
        if lemma in self.lex.words["speech"] or _verb_types(self.lex, lemma) & (
            _STANCES | {Relation.ACCUSES}
        ):
            return []
        subjects = [c for c in maker.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return []
        found = [e for t in (subjects[0], *subjects[0].conjuncts) if (e := self.res.entity_at(t))]
        if not found or any(self.res.kind_of(e) not in _ACTOR_KINDS for e in found):
            return []
        return found

    def _force_shower(self, token: Token) -> list[str]:
        """Who holds the drills or tests a noun names as what a verb's subject does ("China held
        military exercises around Taiwan", "completed three days of exercises"): the subject of
        the verb it, or the measure it counts, is the object of."""
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "three days of exercises"
        if node.dep_ != "dobj" or node.head.pos_ != "VERB" or self._quoted(node):
            return []
        if node.head.lemma_.lower() not in _STAGING:
            return []  # "passed a blood test", "ran a stress test": no show of force
        if token.lemma_.lower() in ("test", "launch") and not _armed(token):
            return []  # "the launch of a campaign": a test or launch of arms only
        return [e for e in self.subjects(node.head) if self.res.kind_of(e) in _ACTOR_KINDS]

    def _named_act_actors(self, token: Token) -> list[str]:
        """The actors an act noun names itself: "a move by Johnson", "Turkey's decision", "the
        request of Prime Minister Boris Johnson", "the Turkish move"; not "his decision"."""
        named = [
            e
            for c in token.children
            if c.dep_ in ("poss", "amod", "compound")
            and c.i < token.i
            and c.pos_ != "PRON"
            and (e := self.res.entity_at(c))
        ]
        named += [
            e for p in ("by", "of") for a in _prep_objects(token, p) for e in self.entities(a)
        ]
        return [
            e for e in dict.fromkeys(named) if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
        ]

    def _recalled_act(self, clause: Token) -> str | None:
        """Whose act a "this" or "it" subject of an evaluating clause stands for: the one named
        actor of the sentence before, when the clause opens what is said ("'This is unacceptable,'
        X said", "X said this was illegal") and puts off no clause of its own ("it is illegal to
        ...", "it is unacceptable that ...")."""
        if self.sent.start == 0 or clause.dep_ not in ("ROOT", "ccomp", "parataxis"):
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for c in clause.children):
            return None
        told = self._told_actor(clause)
        if told is not None:
            return told
        # "The spokesperson added regarding Iran's request, they ... Hook said, 'This is a
        # propaganda stunt'": else the one act the sentence before names with its one actor
        before = clause.doc[self.sent.start - 1].sent
        owners = {
            e
            for t in before
            if t.pos_ == "NOUN" and _is_act(t) and not self._quoted(t)
            for e in self._named_act_actors(t)
        }
        return owners.pop() if len(owners) == 1 else None

    def _act_told_before(self) -> bool:
        """Whether the sentence before told an act, one read there as a claim ("launched
        missiles at Kyiv") or an enactment, not a mere state ("had the same response")."""
        root = self.sent.doc[self.sent.start - 1].sent.root
        return bool(self.memory.told.get(root.i)) or root.lemma_.lower() in _ENACTING

    def _told_actor(self, token: Token, criticised: bool = False) -> str | None:
        """The one named subject of the sentence before, when that sentence tells an act; an
        undoing ("suspended its participation") only when it is criticised (welcoming a foe's
        withdrawal is no support of the foe)."""
        before = token.doc[self.sent.start - 1].sent
        root = before.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if (
            before.start > 0
            and len(subjects) == 1
            and _definite(subjects[0])
            and _is_act(subjects[0])
            and not any(c.dep_ in ("poss", "compound", "amod") for c in subjects[0].children)
        ):
            # "Germany sent tanks. The decision was welcomed by Poland. The Kremlin dismissed
            # the move.": a sentence about the act itself leaves it where it was told
            before = token.doc[before.start - 1].sent
            root = before.root
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if root.pos_ not in ("VERB", "AUX") or len(subjects) != 1 or subjects[0].dep_ != "nsubj":
            return None
        if self._quoted(root):
            return None  # what one quoted said was done, not an act the narrator told
        lemma = root.lemma_.lower()
        # the types read from the verb there, else all it may tell: "fired missiles at a base"
        # was read as an attack, though "fire" may be said of words too
        types = self.memory.told.get(root.i) or {
            Relation(spec.type)
            for spec in self.lex.verbs.get(lemma, [])
            # a sense that takes only measures was not the one meant when none was read:
            # "Lithuania drafted men", "implemented new sanctions"
            if not (
                spec.object_kinds and set(spec.object_kinds) <= {Kind.TOPIC.value, Kind.EVENT.value}
            )
            # nor one that asks for a word the verb lacks: "announced the end of the mission" is
            # no "announced his running mate"
            and not (
                spec.requires_complement
                and not any(t.lower_ in spec.requires_complement for t in root.subtree)
            )
        } & _verb_types(self.lex, lemma, root)
        if lemma in _ENACTING:
            pass  # "The House voted for a resolution", "passed a law": a vote is an act
        elif lemma in self.lex.words["speech"] - {"announce", "declare"}:
            if not _states_intent(root):
                return None  # what was said of it is not the act
        elif types & (_STANCES | {Relation.ACCUSES}) and not (
            # "Russia suspended its participation in the grain deal": undoing a measure is an act
            # done, whatever stance it shows
            criticised and lemma in self.lex.words["undoing_verbs"] | _UNDOING_VERBS
        ):
            return None  # a stance on it is not the act
        found = [e for t in (subjects[0], *subjects[0].conjuncts) if (e := self.res.entity_at(t))]
        if len(found) != 1 or self.res.kind_of(found[0]) not in _ACTOR_KINDS | {Kind.PERSON}:
            return None
        return found[0]

    def _negated_variant(self, token: Token, entity: str) -> str | None:
        """ "voted against a "no deal" Brexit": a named issue with a negated modifier is another
        issue, a Topic named "no-deal Brexit"; stances on it are not stances on Brexit."""
        if self.res.kind_of(entity) not in (Kind.TOPIC, Kind.EVENT):
            return None
        mods = [
            c
            for c in token.children
            if c.dep_ in ("compound", "nmod", "amod")
            and c.i < token.i
            and not self.res.entity_at(c)
        ]
        words = [
            t
            for m in mods
            for t in m.subtree
            if t.is_alpha and (t.dep_ != "det" or t.lower_ == "no")
        ]
        if not words or words[0].lower_ != "no" or len(words) > 3:
            return None
        node = self.res.nodes[entity]
        name = "-".join(t.lower_ for t in words) + " " + node.name
        return self.res.add_node(
            f"topic:{slug(name)}",
            name,
            Kind.TOPIC,
            form=name,
            described=True,
        )

    def _verb_of_issue(self, token: Token) -> str | None:
        """ "The House impeached Donald Trump ... Democrats voted in favor of the impeachment": a
        bare definite issue the article told as a verb on one named party is that act, named as
        the text names it with an "of" phrase ("impeachment of Donald Trump")."""
        head = token.lemma_.lower()
        if any(c.dep_ == "prep" for c in token.children):
            return None  # "the investigation into Donald Trump" says which itself
        for earlier in reversed(token.doc[max(0, token.i - 2000) : token.i]):
            if earlier.pos_ != "VERB" or head not in _nominalisations(earlier.lemma_.lower()):
                continue
            if any(c.dep_ in ("neg", "oprd", "ccomp") for c in earlier.children):
                # "did not impeach Obama"; "declared the IRGC a terrorist organization" names a
                # designation, not a declaration of the IRGC
                return None
            done_to = {
                e
                for c in earlier.children
                if c.dep_ == "dobj"
                # "declared the IRGC a terrorist organization": the parser's apposition
                and not any(
                    a.dep_ == "appos" and any(d.lower_ in ("a", "an") for d in a.children)
                    for a in c.children
                )
                and (e := self.res.entity_at(c)) is not None
                and self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
            }
            if len(done_to) != 1:
                return None
            name = f"{head} of {self.res.name_of(done_to.pop())}"
            return self.res.add_node(
                f"topic:{slug(name)}",
                name,
                Kind.TOPIC,
                form=clean_surface(_np_text(token)),
                described=True,
            )
        return None

    def _issue(self, token: Token, _nested: bool = False) -> str | None:
        """A cause, measure or conflict a stance is taken on, as a Topic (an Event for a war):
        "favored European integration", "supported independence for South Yemen", "an opponent
        of the United States-led Iraq War". A modifier or an "of"/"for" phrase must say which
        one is meant; the name is the text's words without determiners, "proposed" and the like,
        so the same issue named twice is one node. A bare definite head ("the impeachment") is
        the latest issue of that head the article named."""
        unqualifying = load_agents().unqualifying | _VAGUE
        doc = token.doc
        mods: list[Token] = []
        for t in reversed(doc[token.left_edge.i : token.i]):
            # the words right before the head that name it: "LGBT", "no-deal", "Iraq"
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("amod", "compound", "nmod"):
                if not _inside_modifier(t, token, mods) and (
                    t.lower_ in unqualifying or t.tag_ in ("VBN", "VBG")
                ):
                    break
                mods.insert(0, t)
            elif t.text in ("-", "–") and mods:
                mods.insert(0, t)
            elif t.is_quote and t.head.i in (token.i, *(m.i for m in mods)):
                continue  # "a 'foreign agents' law": the quoted label names it as a compound does
            else:
                break
        if not mods:
            mods = _quoted_label(token)
        if {token.lemma_.lower(), token.lower_} & _MODIFIED_ISSUES and not any(
            m.pos_ in ("NOUN", "PROPN", "ADJ") for m in mods
        ):
            # "defended the marriage", "the marriage of Prince Harry", "the limits of patience":
            # these heads name a cause only with a modifier that says which ("same-sex
            # marriage", "term limits", "the death penalty", "vaccine mandates")
            return None
        while mods and (
            mods[0].text in ("-", "–")
            or mods[0].lower_ in unqualifying
            and not _inside_modifier(mods[0], token, mods)
        ):
            mods.pop(0)
        complement: list[Token] = []
        # "the ban on Russian oil imports": a ban is named by what it bans
        naming = ("of", "for", "on") if token.lemma_.lower() in _BANS else ("of", "for")
        preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in naming]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            not preps
            and nxt is not None
            and nxt.dep_ == "prep"
            and nxt.lower_ in ("of", "for")
            and nxt.head.i == token.head.i
            and token.dep_ == "dobj"
        ):
            preps = [
                nxt
            ]  # "supported independence for South Yemen": the parser hangs it on the verb
        for prep in preps[:1]:
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if len(objs) != 1 or objs[0].lower_ in unqualifying:
                continue
            obj = objs[0]
            words = [
                t
                for t in obj.subtree
                if t.i <= obj.i and t.dep_ in ("compound", "amod", "nmod", "pobj", "punct")
            ]
            if any(t.lower_ in unqualifying for t in words):
                continue
            person = self.res.entity_at(obj)
            if person is not None and self.res.kind_of(person) is Kind.PERSON:
                # "the impeachment of President Donald Trump": a title is no part of the name
                words = [t for t in words if self.res.entity_at(t) == person]
            complement = [prep, *words]
        if (mods or complement) and _hyphen_word(token) != token.lower_:
            return None  # "the anti-semitism of the far right": the name would lose "anti-"
        acts = [
            c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1
        ]
        if not mods and not complement:
            # "the proposal to convert the cathedral into a museum": the measure its infinitive
            # names ("a bill legalising abortion" keeps its own words, below)
            for c in token.children:
                if (
                    c.dep_ == "acl"
                    and c.tag_ != "VBG"
                    and (measure := self._measure_of_clause(c)) is not None
                ):
                    return measure
        if not complement and acts and token.lemma_.lower() in _LAWS:
            # "a bill legalising abortion": a measure named by what it does
            objs = [c for c in acts[0].children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
            if len(objs) == 1 and objs[0].i == acts[0].i + 1:
                complement = [acts[0], objs[0]]
        if not mods and not complement and token.lemma_.lower() in _BARRIERS:
            # "fund a wall on the U.S.-Mexican border": a border wall
            if any(
                p.lemma_.lower() == "border"
                for c in ("on", "along")
                for p in _prep_objects(token, c)
            ):
                name = f"border {token.lemma_.lower()}"
                return self.res.add_node(
                    f"topic:{slug(name)}", name, Kind.TOPIC, form=name, described=True
                )
        if not mods and not complement:
            # "anti-semitism" is three tokens
            word, causes = _hyphen_word(token), load_agents().causes
            if (word in causes or token.lemma_.lower() in causes) and not any(
                c.dep_ in ("det", "poss") for c in token.children
            ):
                # "an early supporter of democracy", "condemned racism": a cause named by its
                # word; "an anti-abortion party" names abortion, which a stance's object
                # reading only takes whole (`_stance_object`)
                name = word if word in causes else token.lower_
                form = doc[token.i - 2 : token.i + 1].text if name != token.lower_ else token.text
                return self.res.add_node(
                    f"topic:{slug(name)}", name, Kind.TOPIC, form=form, described=True
                )
            # "Court says prorogation was unlawful": a mass noun with no article recalls a
            # measure (not a war: "attacked war as a tool") named before
            massed = (
                token.tag_ == "NN"
                and token.lemma_.lower() not in load_agents().named_conflicts
                and not any(c.dep_ in ("det", "poss") for c in token.children)
            )
            if massed or any(
                c.dep_ in ("det", "amod", "predet") and c.lower_ in ("the", "this", "that", "such")
                for c in token.children
            ):
                head = token.lower_
                laws = (
                    _LAWS | {"act", "measure"}
                    # "passed a law ... defended the measure": one measure is the law told
                    # lately; another measure told since may be the one meant
                    if (token.lemma_.lower() in _LAWS or self._law_lately(token)) and not massed
                    # "Egypt proposed a ceasefire plan ... Hamas rejected the proposal"; not
                    # "the proposal by Turkey", another's
                    else _PROPOSALS
                    if token.lemma_.lower() in _PROPOSALS
                    and not massed
                    and not any(
                        # the parser may hang "by Turkey" on the verb
                        c.dep_ == "prep"
                        and c.lower_ in ("by", "from", "of")
                        and (c.head == token or c.i == token.i + 1)
                        for c in (*token.children, *token.head.children)
                    )
                    else set()
                )
                kinds = (Kind.TOPIC,) if massed else (Kind.TOPIC, Kind.EVENT)
                for node in reversed(list(self.res.nodes.values())):
                    name_words = node.name.lower().split()
                    if node.kind in kinds and (
                        head in name_words
                        # "signed the Alabama Human Life Protection Act ... to oppose the bill":
                        # the law the article named
                        or (node.kind is Kind.TOPIC and name_words[-1] in laws)
                    ):
                        node.forms[clean_surface(_np_text(token))] += 1
                        return node.id
                # "Hong Kong's government proposed an extradition bill ... marched against the
                # bill": the nearest earlier mention that says which one
                for earlier in () if _nested else reversed(doc[max(0, token.i - 2000) : token.i]):
                    if (
                        earlier.lemma_ == token.lemma_
                        and earlier.pos_ == "NOUN"
                        and (found := self._issue(earlier, _nested=True)) is not None
                    ):
                        self.res.nodes[found].forms[clean_surface(_np_text(token))] += 1
                        return found
                if not _nested and (told := self._verb_of_issue(token)) is not None:
                    return told
            return None
        words = [*mods, token, *complement]
        name = " ".join(t.text for t in words).replace(" - ", "-").replace(" – ", "-").strip()
        if not name or any(not (t.is_alpha or t.text in ("-", "–")) for t in words):
            return None
        name = name[0].upper() + name[1:] if mods and mods[0].pos_ == "PROPN" else name
        kind = Kind.EVENT if token.lemma_.lower() in load_agents().named_conflicts else Kind.TOPIC
        if kind is Kind.EVENT and not any(
            t.pos_ == "PROPN" or t.text[:1].isupper() or self.res.entity_at(t) for t in mods
        ):
            return None  # "the civil war", "the trade war": a war is named by who or where
        return self.res.add_node(
            f"{kind.value.lower()}:{slug(name)}", name, kind, form=name, described=True
        )

    # ---- described actors: state agents and groups --------------------------------------

    def _labels(self, token: Token) -> list[str]:
        """The entities a common noun is labelled with: "Argentine" in "the Argentine foreign
        ministry", "Chinese" in "a Chinese military spokesman", "Iran's", "its", "of Syria"; not
        "Iranian" in "Iranian-backed militias" or "pro-Russian separatists"."""
        doc = token.doc
        out: list[str] = []
        stack = [c for c in token.children if c.dep_ in _LABEL_DEPS and c.i < token.i]
        holders: set[int] = set()
        while stack:
            mod = stack.pop()
            if mod.lower_ in _HOLDING and token.lemma_.lower() in _HELD_GROUND:
                # "Pakistani-controlled territory", "Houthi-held areas": whose ground it is
                held_by = [
                    c for c in mod.children if c.i == mod.i - 2 and doc[mod.i - 1].text in "-–"
                ]
                holders.update(c.i for c in held_by)
                stack.extend(held_by)
                continue
            if mod.pos_ in ("VERB", "AUX") or mod.tag_ in ("VBN", "VBG"):
                continue  # "Iranian-backed", "Turkish-led"
            nxt, prev = (
                doc[mod.i + 1] if mod.i + 1 < len(doc) else None,
                doc[mod.i - 1] if mod.i else None,
            )
            if (
                nxt is not None
                and nxt.text in ("-", "–")
                and mod.i + 2 < len(doc)
                and doc[mod.i + 2].tag_ in ("VBN", "VBD", "VBG", "JJ")
                and doc[mod.i + 2].i != token.i
                and mod.i not in holders
            ):
                continue
            if _side_prefixed(mod):
                continue
            if (
                mod.lower_.startswith(("pro-", "anti-"))
                or prev is not None
                and prev.lower_ in ("pro", "anti")
            ):
                continue
            # "his Greek and Cypriot counterparts": each coordinated label is one
            stack.extend(c for c in mod.children if c.dep_ == "conj")
            entity = self.res.entity_at(mod)
            if entity is None and mod.pos_ == "PRON":
                entity = self._pronoun(mod)
            if entity is None and mod.dep_ == "poss" and mod.pos_ == "NOUN":
                entity = self._described_country(mod)  # "the country's government"
            if entity is not None:
                out.append(entity)
            elif mod.pos_ in ("NOUN", "ADJ", "PROPN"):
                stack.extend(c for c in mod.children if c.dep_ in _LABEL_DEPS and c.i < mod.i)
        # "the government of Syria", "the governments of South East Asia", "members of the EU";
        # "the leaders of France, Germany and Italy": each of the coordinated names
        out += self._named_in(token, "of")
        return list(dict.fromkeys(out))

    def _named_in(self, token: Token, prep: str) -> list[str]:
        """The entities a preposition's objects name, with the names coordinated with them."""
        return [
            e
            for pobj in _prep_objects(token, prep)
            for named in (pobj, *pobj.conjuncts)
            if (e := self.res.entity_at(named))
        ]

    def _party_members(self, token: Token) -> str | None:
        """ "Democratic members of the House voting in favor of the impeachment", "Republican
        senators opposed it", "Conservative MPs rejected the deal": a curated party's members
        acting together, none of them named, act for the party, as a state's unnamed agents act
        for the state; a single member ("a Republican senator") is one person, no party act."""
        if token.tag_ not in ("NNS", "NNPS") or _names_given(token):
            return None
        if token.lower_ not in load_parties().member_titles:
            return None
        if any(c.dep_ == "nummod" for c in token.children) or any(
            (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.PERSON
            for t in token.head.subtree
            if t.dep_ == "appos" or t.head.i == token.i
        ):
            return None  # "Two Democratic Representatives, Collin Peterson and Jeff Van Drew"
        found = {
            node
            for c in token.children
            if c.dep_ in ("amod", "compound")
            and c.i < token.i
            and (party := self._party_named(c)) is not None
            and (node := self._party_node(party, c)) is not None
        }
        return found.pop() if len(found) == 1 else None

    def _state_agent(self, token: Token, acting: bool = False) -> str | None:
        """An unnamed body or agent labelled with a country acts for it: "the Argentine foreign
        ministry", "a Chinese military spokesman", "Philippine vessels"; "the Obama administration"
        and "Assad's government" for the state the article says that person leads; "NATO
        officials" for the organisation. `acting`: the token is the actor of an act whatever
        its dependency ("the Trump administration's sanctions")."""
        agents = load_agents()
        # "between Kyrgyz and Tajik forces": a verb tag on a noun's conjunct is the tagger's slip
        slip = token.pos_ == "VERB" and token.dep_ == "conj" and token.head.pos_ == "PROPN"
        if token.pos_ not in ("NOUN", "PROPN") and not slip or not self._is_state_agent_head(token):
            return None
        if _names_given(token) or _junta(token) or self._junta_told(token) is not None:
            return None  # "Niger's military leaders" are the junta, a group of their own
        if any(
            c.dep_ == "amod" and c.lower_ in ("former", "ex", "retired") for c in token.children
        ):
            return None  # "a group of former Russian diplomats" no longer act for Russia
        # "representatives from Iran": where an agent comes from is whom it acts for
        for entity in self._labels(token) + self._named_in(token, "from"):
            kind = self.res.kind_of(entity)
            if (
                kind is Kind.ORGANIZATION
                and token.lemma_.lower() in agents.leader_bodies
                and states_led_by(self.res.name_of(entity))
            ):
                # "In December, the Trump administration recognized ...": the recogniser may
                # take the leader's name for an organisation's; the register says whose it is
                return self._state_led_by(entity)
            if kind in (Kind.COUNTRY, Kind.ORGANIZATION):
                return entity
            if kind is Kind.LOCATION and any(
                p.dep_ == "prep" and p.lower_ == "of" for p in token.children
            ):
                return entity  # "the governments of South East Asia"
            if kind is Kind.PERSON and token.lower_ in _HELD_PLACES:
                return None  # "Putin's positions on trade" are his, not his state's
            if kind is Kind.PERSON:
                led = self._states_led(entity)
                if not led and (home := self._home_state(entity)) is not None:
                    led = [home]
                if not led and token.lemma_.lower() in agents.leader_bodies:
                    if token.dep_ not in _SUBJ and not acting:
                        # "supporting the government of Abdrabbuh Mansur Hadi": the one it is
                        # aimed at is the leader himself, as the dev gold has it
                        return entity
                    # "the Obama administration imposed ...": the state he heads
                    return self._state_led_by(entity)
                return led[0] if len(led) == 1 else None
            return None
        if token.dep_ == "appos" and self.res.entity_at(token.head):
            # "Ahmed al-Assadi, a spokesman for the PMF, blamed ...": the one named speaks
            return self._home_body(token)
        preps = ["of", "for"] if token.lemma_.lower() in _SPOKESPEOPLE else ["of"]
        for pobj in (p for prep in preps for p in _prep_objects(token, prep)):
            # "a spokesperson for the Chinese foreign ministry", "officials of Iran's foreign
            # ministry": they act for the state the body they speak for acts for
            if pobj.i > token.i and (body := self._state_agent(pobj)) is not None:
                return body
        if len(preps) > 1 and (named := self._named_in(token, "for")):
            if self.res.kind_of(named[0]) in (Kind.COUNTRY, Kind.ORGANIZATION):
                return named[0]  # "a spokesman for Hamas", "a spokeswoman for Germany"
        if token.lemma_.lower() in _SERVING_IN and not any(
            c.dep_ in ("amod", "compound", "nmod") for c in token.children
        ):
            # "officials in Kyiv blamed Russia": they serve where they are, as "police in
            # Tehran" do; not "Western diplomats in Kyiv", posted there by others
            places = self._places_in([token])
            if len(places) == 1 and (state := self._place_state(places[0])) is not None:
                return state
        return self._home_body(token)

    def _home_body(self, token: Token) -> str | None:
        """ "the government", "the army", "police", "security forces" with no label: the country
        of the place it is in ("police in Tehran"), or, in an article with no one country, of
        the place its clause is set in ("marched against the government in Belgrade"); else
        the article's one country when the sentence names no other, else the one country named
        lately (`_recent_country`: "Thousands protested in Serbia. Police fired tear gas")."""
        if token.lower_ == "administration":
            # "The administration also said": whose administration it is, never by default the
            # article's country
            return self._administration(token)
        agents = load_agents()
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        words = " ".join(t.lower_ for t in compounds)
        forms = {token.lower_, token.lemma_.lower()}
        if words:
            forms = {f"{words} {form}" for form in forms}
        if not forms & agents.bodies:
            return None  # "security forces", "riot police": the compound is part of the body
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        # "Police fired", "Security forces opened fire": a plural or mass body needs no article
        bare = not dets and (token.tag_ in ("NNS", "NNPS") or forms & _MASS_BODIES)
        if not (bare or dets == ["the"]):
            return None
        if any(
            (
                c.dep_ in ("amod", "poss", "nmod", "appos")
                or (c.dep_ == "prep" and c.lower_ != "in")
                or (c.dep_ == "compound" and c.i > token.i)
            )
            and not self._charge_on(token, c)
            for c in token.children
        ):
            return None
        places = self._places_in([token])
        if not places and not self.res.focus_country():
            # "Demonstrators marched against the government in Belgrade": where the clause is set
            clause = token.head.head if token.dep_ == "pobj" else token.head
            places = self._places_in([clause]) if clause.pos_ in ("VERB", "AUX") else []
        if len(places) == 1 and (state := self._place_state(places[0])) is not None:
            return state
        focus = self.res.focus_country()
        others = {
            e
            for t in self.sent
            if (e := self.res.entity_at(t)) and e != focus and self.res.kind_of(e) is Kind.COUNTRY
        }
        if focus:
            return focus if not others else None
        return self._recent_country()

    def _recent_country(self) -> str | None:
        """The one country named in this and the last two sentences, else the one country the
        article has named so far."""
        start = list(self.sent.doc.sents)[max(0, self.index - 2)].start
        for since in (start, 0):
            named = {
                m.entity_id
                for m in self.res.mentions
                if since <= m.start < self.sent.end
                and m.entity_id in self.res.nodes
                and self.res.kind_of(m.entity_id) is Kind.COUNTRY
            }
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _place_state(self, place: str) -> str | None:
        """The state a place named as where a body serves belongs to: the country itself, or a
        city's country ("police in Tehran" are Iran's)."""
        if self.res.kind_of(place) is Kind.COUNTRY:
            return place
        known = _gazetteer_known().get(place)
        if known is None or known.country is None or not self._mentioned(known.country):
            return None
        return str(known.country)

    def _charge_on(self, body: Token, prep: Token) -> bool:
        """ "accused the government of corruption", "criticised the government for its handling":
        the parser may hang the charge on the body charged; it names no other government."""
        senses = self.lex.verbs.get(body.head.lemma_.lower(), [])
        return (
            prep.dep_ == "prep"
            and body.dep_ == "dobj"
            and any(
                spec.alleges == prep.lower_
                or spec.type in (Relation.CRITICIZES, Relation.ACCUSES)
                and prep.lower_ in ("for", "over")
                for spec in senses
            )
            and not any(self.res.entity_at(t) for t in prep.subtree)
        )

    def _group(self, token: Token) -> str | None:
        """A descriptive collective that acts ("Sudanese insurgents", "the junta", "protesters in
        Hong Kong"): a Group node named with its country or place, the article's country when the
        text gives none; None when the article has no one country."""
        if token.pos_ != "NOUN" or self.res.entity_at(token):
            return None
        heads = load_agents().groups
        people = self._people_label(token)
        # "Egyptian activists", "Iranian rights groups": a collective that is one only when the
        # text says whose it is
        labelled = None
        # "Niger's military leaders", "the military rulers": the junta
        followed = _followed_collective(token, heads) or ("junta" if _junta(token) else None)
        if followed is None and (home := self._junta_told(token)) is not None:
            # "the military refused", "sanctions on the generals": the junta the article names
            return self._scoped_group(token, "junta", home, True, clean_surface(_np_text(token)))
        if token.lower_ not in heads and token.lemma_.lower() not in heads and not followed:
            labelled = self._labelled_head(token)
            armed = token.lemma_.lower() in _ARMED_COLLECTIVES
            if labelled is None and not (armed and people is not None):
                # "Taliban fighters", "Wagner troops": an armed collective an organisation
                # labels is that organisation's, as "Hamas militants" is
                return next(
                    (
                        e
                        for e in self._labels(token)
                        if armed and self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP)
                    ),
                    None,
                )
        if any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "some", "many")
            for c in token.children
        ):
            return None  # "a number of journalists", "some protesters": no one in particular
        labels = self._labels(token) + [
            e for p in _prep_objects(token, "in") if (e := self.res.entity_at(p))
        ]
        if labelled is not None:
            # "critics of China" are not Chinese critics
            labels = [e for e in labels if e not in self._named_in(token, "of")]
        place = next(
            (e for e in labels if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)), None
        )
        named = next(
            (e for e in labels if self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP)), None
        )
        if named is not None and (place is None or self.res.kind_of(named) is Kind.ORGANIZATION):
            return named  # "Hamas militants", "Islamic State militants in Syria"
        if people is not None and place is not None and self._bare_place(place):
            place = None  # "Palestinian militants in Gaza": the people names them, not the strip
        if people is not None and place is None:
            # "Kurdish fighters", "Palestinian militants", "Shiite militias": a people or faith
            # no state's demonym names labels the group, not the article's country
            name = f"{people} {labelled or token.lower_}"
            form = clean_surface(_np_text(token))
            return self.res.add_node(
                f"group:{slug(name)}", name, Kind.GROUP, form=form, described=True
            )
        if place is None and named is None and people is None:
            # "Yemeni rebels broke the truce ... The rebels attacked army posts in Saada": the
            # unlabelled collective is the one the article labelled before, not a new group
            # named after where it acts
            earlier = self._labelled_earlier(token, labelled)
            if earlier is not None and (group := self._group(earlier)) is not None:
                return group
            made = self.memory.groups_by_head.get(_group_family(labelled or token.lower_), set())
            if _group_family(token.lower_) == "armed" and any(
                w.lemma_ == token.lemma_ for w in token.doc[: token.i]
            ):
                made = set()  # "Turkish-backed rebels attacked Kurdish fighters. The rebels"
            if len(made) == 1:
                return next(iter(made))  # "demonstrators marched in Yerevan ... Protesters"
            if labelled is not None:
                return None  # "critics", "rights groups": anyone's
        # not "the militia": one the article names, or none
        plural = token.tag_ == "NNS" or token.lemma_.lower() in ("opposition", "junta")
        if place is None and plural:
            place = self._act_place(token)  # "protesters marched ... in Caracas"
        if place is None and followed == "junta" or place is None and token.lemma_ == "junta":
            # "the junta" of an article on a coup is the junta of the state the coup was in,
            # however many states the article names
            # and with none told, no one's: neither a state named near it ("ordered the French
            # ambassador to leave") nor the article's focus, which may be the junta's foe
            place = self._coup_country(token)
            if place is None:
                return None
        # "Kurdish fighters in Syria" (constructed after outlet copy): Syria's Kurdish fighters,
        # the people kept in the name
        word = labelled or followed or token.lower_
        head = word if people is None else f"{people} {word}"
        if place is None and plural:
            fallback = self.res.focus_country() or self._recent_country()
            if fallback is not None and fallback in self._backers(token):
                return None  # "Turkish-backed rebels" are not Turkey's own
        return self._scoped_group(token, head, place, plural, clean_surface(_np_text(token)))

    def _junta_told(self, token: Token) -> str | None:
        """ "ASEAN excluded the leader of Myanmar's military junta ... the military refused to let
        him meet Suu Kyi ... sanctions on the generals": in an article that calls one state's
        rulers a junta, its military and its generals are that junta, as the outlet gold reads
        them; not another state's ("the French military"). The junta's state."""
        if token.pos_ != "NOUN" or not (
            token.lemma_.lower() == "military" or token.lower_ == "generals"
        ):
            return None
        home = self._junta_home(token.doc)
        if (
            home is None
            and _tells_of_military_rule(token.doc)
            and _ruling_juntas(token.doc, self.memory.published)
        ):
            # "a group of officers seized power in Gabon ... the junta": the coup's state
            home = self._coup_country(token)
        if home is None:
            return None
        labels = [e for e in self._labels(token) if self.res.kind_of(e) is Kind.COUNTRY]
        if labels:
            return home if all(e == home for e in labels) else None
        # "Benin said its soldiers had been attacked. The military accused Niger": a junta
        # acts on others; a military that acts on the junta's state is another's
        clause = token.head
        if any(
            self.res.entity_at(t) == home
            for t in clause.subtree
            if not (token.left_edge.i <= t.i <= token.right_edge.i)
        ):
            return None
        # "Israel's military struck Rafah. The military said ...": another state's forces told
        # in this sentence or the two before leave an unlabelled military no one's junta
        start = self.sent.start
        for _ in range(2):
            if start > 0:
                start = token.doc[start - 1].sent.start
        near = any(
            e != home
            for t in token.doc[start : self.sent.end]
            if t.pos_ == "NOUN" and t.lemma_.lower() in _MILITARIES
            for e in self._labels(t)
            if self.res.kind_of(e) is Kind.COUNTRY
        )
        return None if near else home

    def _junta_home(self, doc: Doc) -> str | None:
        """The one state whose ruling junta the article names ("Myanmar's military junta", "the
        junta in Niger"), read once per article (kept on the doc)."""
        key = "geokg_junta_home"
        if key not in doc.user_data:
            homes = {
                e
                for t in _ruling_juntas(doc, self.memory.published)
                for e in [*self._labels(t), *self._named_in(t, "in")]
                if self.res.kind_of(e) is Kind.COUNTRY
            }
            doc.user_data[key] = homes.pop() if len(homes) == 1 else None
        home: str | None = doc.user_data[key]
        return home

    def _coup_country(self, token: Token) -> str | None:
        """The one state the article, up to this sentence, says a coup took power in: "the coup
        in Niger", "Niger's coup", "toppled Niger's president", "seized power in Mali"."""
        found: set[str] = set()
        for t in token.doc[: self.sent.end]:
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in _COUPS:
                marks = [*self._labels(t), *self._named_in(t, "in")]
            elif t.pos_ == "VERB" and lemma in _OUSTING:
                # "toppled Niger's president", "Sudan's army ousted Omar al-Bashir": the ousted
                # one's state, or the ousters'
                marks = []
                for d in t.children:
                    if d.dep_ in ("dobj", "nsubjpass", "nsubj"):
                        party = self.res.entity_at(d)
                        marks += [*self._labels(d), *self._named_in(d, "of")]
                        marks += self._homes(party) if party else []
            elif t.pos_ == "VERB" and _seizes_power(t):
                # "seized power in Mali": the phrase on the verb or on "power"; "Sudan's military
                # seized power": whose military
                marks = [
                    *self._named_in(t, "in"),
                    *(e for d in t.children if d.dep_ == "dobj" for e in self._named_in(d, "in")),
                    *(e for d in t.children if d.dep_ == "nsubj" for e in self._labels(d)),
                ]
            else:
                continue
            found.update(e for e in marks if self.res.kind_of(e) is Kind.COUNTRY)
        return found.pop() if len(found) == 1 else None

    def _backers(self, token: Token) -> set[str]:
        """The states a hyphened participle before a collective names as its backers or leaders:
        Turkey in "Turkish-backed rebels", Iran in "Iran-backed militias"."""
        return {
            e
            for t in token.doc[token.left_edge.i : token.i]
            if (e := self.res.entity_at(t))
            and t.i + 2 < token.i
            and token.doc[t.i + 1].text in ("-", "–")
            and token.doc[t.i + 2].tag_ in ("VBN", "VBD", "JJ")
        }

    def _labelled_head(self, token: Token) -> str | None:
        """The words of a collective that is a group only when labelled ("activists", "rights
        groups", "opposition parties"), as the text has them before the noun; None for others."""
        words = load_agents().labelled_groups
        doc = token.doc
        if token.is_title and token.i != token.sent.start:
            return None  # "League of Women Voters": a name's word
        for width in (2, 1, 0):
            if token.i - width < 0:
                continue
            before = doc[token.i - width : token.i]
            if any(t.dep_ != "compound" and t.pos_ != "ADJ" for t in before):
                continue
            phrase = " ".join([*(t.lower_ for t in before), token.lower_])
            if phrase in words:
                return phrase
        return None

    def _bare_place(self, place: str) -> bool:
        """Whether a place is one no state of the article holds: a place, not a country, that the
        gazetteer gives no country named in the article ("Gaza", "Saada province")."""
        if self.res.kind_of(place) is not Kind.LOCATION:
            return False
        known = _gazetteer_known().get(place)
        return known is None or known.country is None or known.country not in self.res.nodes

    def _labelled_earlier(self, token: Token, labelled: str | None) -> Token | None:
        """The latest earlier mention in the article of the collective `token` names that carries
        its own label ("Yemeni rebels", "protesters in Yerevan", "Kurdish fighters"); a street
        crowd's words ("demonstrators", "protesters") name one crowd; `labelled` is the words of
        a collective that needs a label ("rights groups": "Iranian human rights groups")."""
        family = _group_family(token.lower_)

        def kin(word: Token, close: bool) -> bool:
            if labelled is not None:
                other = self._labelled_head(word)
                return other is not None and (other.endswith(labelled) or labelled.endswith(other))
            if word.lemma_.lower() == token.lemma_.lower():
                return True
            return (
                not close
                and word.pos_ == "NOUN"
                and _group_family(word.lower_) == family
                and self._people_label(word) is None
            )

        # the same word first ("Kurdish fighters ... Syrian rebels ... the fighters"), then, when
        # the word is new to the article, its family ("Yemeni rebels ... the insurgents")
        new = not any(w.lemma_ == token.lemma_ for w in token.doc[: token.i])
        for close in (True, False) if new else (True,):
            if (word := self._labelled_kin(token, partial(kin, close=close), labelled)) is not None:
                return word
        return None

    def _labelled_kin(
        self, token: Token, kin: Callable[[Token], bool], labelled: str | None
    ) -> Token | None:
        """The latest mention before `token` that `kin` accepts and that carries its own label."""
        for word in reversed(token.doc[: token.i]):
            if word.pos_ != "NOUN" or not kin(word) or self.res.entity_at(word):
                continue
            labels = self._labels(word) + [
                e for p in _prep_objects(word, "in") if (e := self.res.entity_at(p))
            ]
            # a named organisation's "voters" or "activists" are its own, not a crowd a later
            # "voters" recalls; its "militants" are the ones "the militants" are
            kinds = (Kind.COUNTRY, Kind.LOCATION) + (
                (Kind.ORGANIZATION, Kind.GROUP) if labelled is None else ()
            )
            if any(self.res.kind_of(e) in kinds for e in labels) or self._people_label(word):
                return word
        return None

    def _people_label(self, token: Token) -> str | None:
        """The people or faith before a collective noun that no state's demonym names: "Kurdish"
        in "Kurdish fighters", "Shiite" in "Shiite militias"; not "Kurdish-led", "pro-Kurdish"."""
        doc = token.doc
        found = [
            c
            for c in token.children
            if c.dep_ in ("amod", "compound", "nmod")
            and c.i < token.i
            and c.ent_type_ == "NORP"
            and c.is_title
            and self.res.entity_at(c) is None
            and not (c.i + 1 < len(doc) and doc[c.i + 1].text in ("-", "–"))
            and not (c.i and doc[c.i - 1].text in ("-", "–"))
        ]
        return found[0].text if len(found) == 1 else None

    def _scoped_group(
        self, anchor: Token, head: str, place: str | None, plural: bool, form: str | None
    ) -> str | None:
        """The Group node `head` of `place` ("Iraqi protesters", "Hong Kong protesters"): a city's
        groups are its country's, and with no place a plural collective is the article's
        country's; `anchor` is the word whose modifiers may spell the country ("Sudanese")."""
        known = _gazetteer_known().get(place) if place is not None else None
        if known is not None and known.country in self.res.nodes:
            place = known.country  # "protesters in Baghdad" are Iraqi protesters
        elif known is not None and known.country is not None and known.kind is Kind.LOCATION:
            # "marched against Maduro in Caracas", Venezuela not named: Venezuelan protesters
            return self._named_group(known.country, head, form)
        if place is None and plural:
            place = self.res.focus_country() or self._recent_country()
            if place is not None and place in self._acted_on(anchor):
                # "Militants attacked Kabul airport, killing 13 US troops": a collective that
                # acts on the article's state is not of it
                return None
        if place is None:
            return None
        label = next(
            (
                t.text
                for t in anchor.children
                if self.res.entity_at(t) == place
                and t.dep_ in ("amod", "compound", "nmod")
                and t.tag_ != "NNP"
            ),
            None,
        )
        if label is None and self.res.kind_of(place) is Kind.COUNTRY:
            label = self.res.demonym_of(place)
        name = f"{label or self.res.name_of(place)} {head}"
        # a group the text implies ("protests against ...") is known by the name it is given
        group = self.res.add_node(
            f"group:{slug(name)}", name, Kind.GROUP, form=form or name, described=True
        )
        if self.res.kind_of(place) is Kind.COUNTRY:
            self.memory.group_home.setdefault(group, place)
        self.memory.groups_by_head.setdefault(_group_key(head), set()).add(group)
        return group

    def _acted_on(self, anchor: Token) -> set[str]:
        """The states named in what the clause of a collective subject acts on, or labelling it,
        and in the clauses that go on from its verb ("attacked the airport, killing 13 US
        troops")."""
        subject = anchor
        while subject.dep_ in ("compound", "amod", "pobj", "prep") and subject.head.i != subject.i:
            subject = subject.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ not in ("VERB", "AUX"):
            return set()
        verb = subject.head
        found: set[str] = set()
        # the objects only: "accused Pashinyan of betraying the country" acts on Pashinyan
        for clause in (verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp"))):
            for c in clause.children:
                if c.dep_ == "dobj":
                    for t in (c, *c.children):
                        e = self.res.entity_at(t)
                        if e is not None and self.res.kind_of(e) is Kind.COUNTRY:
                            found.add(e)
        return found

    def _named_group(self, country: str, head: str, form: str | None) -> str:
        """The Group `head` of a country the article does not name, by its demonym."""
        name = f"{self.res.demonym_of(country)} {head}"
        group = self.res.add_node(
            f"group:{slug(name)}", name, Kind.GROUP, form=form or name, described=True
        )
        if self._mentioned(country):  # the city's name holds its country
            self.memory.group_home.setdefault(group, country)
        self.memory.groups_by_head.setdefault(_group_key(head), set()).add(group)
        return group

    def _act_place(self, token: Token) -> str | None:
        """Where a collective in a clause's subject acts: "Thousands of protesters marched
        against Maduro in Caracas", "Insurgents attacked a police station in northern Nigeria";
        the one place named "in" the verb or its object."""
        subject = token
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ != "prep":
            subject = token.head.head  # "thousands of protesters"
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = subject.head
        places = self._places_in([verb, *(c for c in verb.children if c.dep_ == "dobj")])
        return places[0] if len(places) == 1 else None

    def _places_in(self, tokens: list[Token]) -> list[str]:
        """The countries and places named in an "in" phrase on any of `tokens`, each once."""
        return list(
            dict.fromkeys(
                e
                for t in tokens
                for p in _prep_objects(t, "in")
                if (e := self.res.entity_at(p))
                and self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            )
        )

    def _protesters(
        self, noun: Token, places: list[str], targets: Collection[str] = ()
    ) -> str | None:
        """ "weeks of protests against a proposed change to Hong Kong's extradition law",
        "anti-government demonstrations in Iraq": a protest with no actor named is its
        protesters', scoped to where it is held: its own modifier or "in", the verb it is the
        object or subject of, else the state its target leads ("demonstrations against Maduro"),
        else the article's country."""
        march = next((a for a in noun.ancestors if a.lemma_.lower() in _MARCHING), None)
        marchers = (
            [e for e in self.subjects(march) if self.res.kind_of(e) is Kind.GROUP]
            or [
                # the parser loses the subject of a clause this long; the one group named
                # before the verb marches
                e
                for t in self.sent
                if t.i < march.i and t.pos_ in ("NOUN", "PROPN")
                for e in [self.res.entity_at(t)]
                if e is not None and self.res.kind_of(e) is Kind.GROUP
            ]
            if march is not None
            else []
        )
        if len(set(marchers)) == 1 and not places:
            # "1.7 million Hongkongers marched ... in the eleventh week of protests against
            # Chinese government encroachment": the crowd marching is the protest's
            return marchers[0]
        found = list(dict.fromkeys(places)) or self._places_in(
            [noun, *([noun.head] if noun.head.pos_ in ("VERB", "AUX") else [])]
        )
        if not found:
            led = {
                state
                for t in targets
                if self.res.kind_of(t) is Kind.PERSON and (state := self._state_led_by(t))
            }
            found = list(led)
        if len(set(found)) > 1:
            return None
        return self._scoped_group(noun, "protesters", found[0] if found else None, True, None)

    def _followers(self, token: Token) -> str | None:
        """ "sympathizers of the PMF", "Trump supporters": a Group node named with the one
        organisation or person they follow, as the text names it ("PMF sympathizers")."""
        heads = load_agents().followers
        if token.pos_ != "NOUN" or token.lower_ not in heads or self.res.entity_at(token):
            return None
        if any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "some", "many")
            for c in token.children
        ):
            return None
        doc = token.doc
        leaders = [
            t
            for t in [*token.children, *_prep_objects(token, "of")]
            if t.dep_ in ("compound", "poss", "pobj")
            and (e := self.res.entity_at(t))
            and self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP, Kind.PERSON)
        ]
        followed = {self.res.entity_at(t) for t in leaders}
        if len(followed) != 1:
            return None
        mention = next((m for m in self.res.mentions if m.start <= leaders[0].i < m.end), None)
        if mention is None:
            return None
        name = f"{clean_surface(doc[mention.start : mention.end].text)} {token.lower_}"
        return self.res.add_node(
            f"group:{slug(name)}",
            name,
            Kind.GROUP,
            form=clean_surface(doc[token.left_edge.i : token.right_edge.i + 1].text),
            described=True,
        )

    def _protesting_crowd(self, token: Token) -> str | None:
        """ "Thousands protested in Serbia", "Thousands of people marched in Buenos Aires",
        "Iraqis protested against the government": a crowd or a people that protests in the
        street is the protesters of its place, not the state (gold's "Hong Kong protesters" for
        "Hongkongers marched")."""
        agents = load_agents()
        verb = token.head
        if (
            token.dep_ != "nsubj"
            or verb.pos_ != "VERB"
            or verb.lemma_.lower() not in agents.protests
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        ):
            return None
        entity = self.res.entity_at(token)
        if entity is not None:
            # "Iraqis": a people the gazetteer names as a country's, in the plural
            country = load_gazetteer().demonyms.get(token.lower_)
            if (
                country is None
                or token.tag_ != "NNPS"
                or self.res.kind_of(entity) not in (Kind.COUNTRY, Kind.GROUP)
                or not self._mentioned(country)
            ):
                return None
            return self._scoped_group(token, "protesters", country, True, None)
        if token.lower_ not in agents.quantities and token.ent_type_ != "CARDINAL":
            return None
        counted = _prep_objects(token, "of")
        if counted and (len(counted) != 1 or counted[0].lemma_.lower() not in _CROWD_WORDS):
            return None  # "thousands of Iraqi protesters" is the protesters' own (`_counted`)
        place = self._act_place(token)
        if place is None:
            made = self.memory.groups_by_head.get("protesters", set())
            if len(made) == 1:
                return next(iter(made))
        return self._scoped_group(token, "protesters", place, True, None)

    def _counted(self, token: Token) -> str | None:
        """ "Hundreds of Iraqi protesters", "dozens of Chinese vessels": what a quantity counts."""
        if token.lower_ not in load_agents().quantities and token.ent_type_ != "CARDINAL":
            return None
        counted = _prep_objects(token, "of")
        if (
            len(counted) != 1
            or counted[0].tag_ not in ("NNS", "NNPS")
            and counted[0].lower_ not in load_agents().groups
        ):
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            # "a number of journalists": no one in particular; "a number of US officials" are
            # still their state's
            return self._state_agent(counted[0])
        return self._state_agent(counted[0]) or self._group(counted[0])

    def _agreement(self, token: Token) -> str | None:
        """ "the memoranda of understanding between Turkey and Libya": an agreement between named
        parties is one Topic per set of parties, named as the article first names it; later "the
        November 27 maritime border agreement between Turkey and Libya" is the same node, and "the
        border agreement", with no parties, the latest one."""
        if (
            token.pos_ != "NOUN"
            or token.lemma_.lower() not in _AGREEMENTS
            and token.lower_ not in _AGREEMENTS
        ):
            return None
        between = [
            p
            for t in token.subtree
            if t.dep_ == "prep"
            and t.lower_ == "between"
            and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > token.i)
            for p in t.children
            if p.dep_ == "pobj"
        ]
        parties = [
            e
            for p in between
            for e in self.entities(p)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        ]
        parties = sorted(dict.fromkeys(parties))
        if len(parties) >= 2:
            end = max(t.i for p in between for t in p.subtree)
            words = [t for t in token.doc[token.left_edge.i : end + 1] if t.dep_ != "det"]
            name = " ".join(t.text for t in words)
            topic_id = "topic:agreement-" + "-".join(p.split(":", 1)[1].lower() for p in parties)
            node = self.res.nodes.get(topic_id)
            self.res.add_node(topic_id, node.name if node else name, Kind.TOPIC, form=name)
            self.memory.agreement, self.memory.agreement_index = topic_id, token.i
            self.memory.agreement_parties[topic_id] = parties
            return topic_id
        definite = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that")
            for c in token.children
        )
        if (
            definite
            and self.memory.agreement
            and not any(self.res.entity_at(t) for t in token.subtree if t.i != token.i)
            and self._names_fit(token, self.memory.agreement)
        ):
            # an agreement told since the one remembered is the nearer ("the 2015 nuclear deal
            # ... Iran and the IAEA signed an agreement on inspections ... Israel criticised the
            # agreement")
            told = None if self._defining(token) else self._agreement_told(token)
            recalled: str | None = told or self.memory.agreement
            head = token.lemma_.lower()
            if not told and head not in _GENERAL_AGREEMENT_WORDS:
                # "the memorandum" after "the accession protocols": the latest one so called
                recalled = next(
                    (
                        node.id
                        for node in reversed(list(self.res.nodes.values()))
                        if node.kind is Kind.TOPIC
                        and head in {w for f in (node.name, *node.forms) for w in f.lower().split()}
                    ),
                    None,
                )
            if recalled is None:
                return None
            self.res.nodes[recalled].forms[clean_surface(_np_text(token))] += 1
            return recalled
        return None

    def _defining(self, token: Token) -> list[Token]:
        """The modifiers before a measure's head that say which one it is: "nuclear" and
        "power-sharing" in "the nuclear deal", "the power-sharing agreement"; not words that only
        judge or date it ("the controversial deal", "the new agreement", "the historic accord")."""
        judged = _judging_words()
        return [
            c
            for c in token.children
            if c.dep_ in ("amod", "compound", "nmod")
            and c.i < token.i
            and c.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
            and c.lower_ not in load_agents().unqualifying | _VAGUE | judged
            and not (c.pos_ == "ADJ" and c.tag_ in ("VBG", "VBN", "JJS", "JJR"))
            # "May's negotiated Brexit agreement": a participle tells what was done with it; a
            # hyphened one names its kind ("the power-sharing agreement")
            and not (
                c.tag_ in ("VBN", "VBD", "VBG") and not any(t.text in ("-", "–") for t in c.subtree)
            )
        ]

    def _agreement_told(self, token: Token) -> str | None:
        """The agreement a bare "the deal" or "this agreement" recalls when the text told it
        after the one remembered, in words no reading took: "agreed to restore ties in a deal
        brokered by China", "the three countries signed a mutual defense pact", or only a verb,
        "Ethiopia and the TPLF have agreed to a cessation of hostilities". An agreement named
        so generally that no words or parties say which one ("a deal") is none."""
        start = max(self.memory.agreement_index + 1, token.i - 2000, 0)
        passing: Token | None = None  # the latest agreement named only in passing
        head = token.lemma_.lower()
        for t in reversed(token.doc[start : token.i]):
            if (
                head in _AGREEMENT_RECALLS
                and t.pos_ == "NOUN"
                and (
                    t.lemma_.lower() in _TEXTS
                    or t.lemma_.lower() in _AGREEMENT_RECALLS
                    and not _definite(t)
                )
            ):
                return None  # "a UN report ... the document": another text came between
            if self._agreement_word(t):
                if head not in _GENERAL_AGREEMENT_WORDS and t.lemma_.lower() != head:
                    continue  # "the memorandum" recalls a memorandum, not the protocols
                if any(
                    c.dep_ == "det" and c.lower_ in ("no", "any", "every", "another")
                    for c in t.children
                ) or any(c.dep_ == "neg" for c in t.head.children):
                    continue  # "any deal that left ...", "did not sign a deal": none told
                if (
                    _definite(t)
                    and not self._agreement_complement(t)
                    and not any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children)
                    and (not self._defining(t) or self.memory.agreement is not None)
                ):
                    # another "the deal", or "the November border demarcation" after the
                    # maritime border agreement, recalls what is further back
                    continue
                if not self._told_as_made(t):
                    # "Under the deal, they pledged to revive an older accord on trade": an
                    # agreement named in passing does not displace the one the article is about
                    passing = passing or t
                    continue
                return self._agreement_at(t)
            if t.pos_ == "VERB" and t.lemma_.lower() == "agree" and t.sent != token.sent:
                agreed = [
                    e
                    for c in t.children
                    if c.dep_ == "dobj"
                    and (e := self.res.entity_at(c)) is not None
                    and self.res.kind_of(e) is Kind.TOPIC
                    and self._is_agreement(e)
                ]
                if agreed:
                    return agreed[0]  # "agreed the Windsor Framework": the one it names
                parties = self._agreeing_parties(t)
                if len(parties) >= 2:
                    return self._agreement_of(parties, token, t.i)
        if passing is not None and self.memory.agreement is None:
            return self._agreement_at(passing)
        return self._named_agreement(token) if self.memory.agreement is None else None

    def _named_agreement(self, token: Token) -> str | None:
        """ "Russia and Ukraine signed the Black Sea Grain Initiative ... The United States
        welcomed the agreement": when no agreement noun told one, the agreement the article
        named before, as a measure's name: the one whose name holds the noun ("the Paris
        Agreement ... the Kyoto Protocol ... the agreement"), else the only one named, for a
        general noun ("the deal")."""
        head = token.lemma_.lower()
        named = list(
            dict.fromkeys(
                m.entity_id
                for m in self.res.mentions
                if m.start < token.i
                and m.entity_id in self.res.nodes
                and self.res.kind_of(m.entity_id) is Kind.TOPIC
                and self._is_agreement(m.entity_id)
            )
        )
        holding = [e for e in named if head in self.res.name_of(e).lower().split()]
        if len(holding) == 1:
            return holding[0]
        if not holding and len(named) == 1 and head in _GENERAL_AGREEMENT_WORDS:
            return named[0]
        return None

    def _agreement_at(self, t: Token) -> str | None:
        """The node of an agreement noun that tells one: its own words' or its parties'."""
        if self._defining(t) or self._agreement_complement(t) or self._agreement(t):
            if (named := self._topic(t, _nested=True)) is not None:
                return named
        return self._agreement_of(self._agreeing_parties(t), t, t.i)

    def _measure_by_act(self, token: Token) -> str | None:
        """ "a resolution censuring Iran", "a resolution, drafted by the EU, calling for an
        independent evaluation": a resolution or motion named by what it does, its participle
        and that participle's object, without articles."""
        for act in token.children:
            if act.dep_ != "acl" or act.tag_ != "VBG":
                continue
            objects = [c for c in act.children if c.dep_ == "dobj"] or [
                p for c in act.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
            ]
            if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
                return None
            obj = objects[0]
            # the participle, the preposition its object hangs on, the object and the words
            # that modify it: "calling for a ceasefire", "condemning Iran's nuclear programme"
            words = [
                t
                for t in act.subtree
                if t.i <= obj.i
                and t.dep_ not in ("det", "poss", "punct", "advmod", "nummod", "case")
                and (
                    t.i in (act.i, obj.i, obj.head.i)
                    or t.head.i == obj.i
                    and t.dep_ in ("compound", "amod")
                )
            ]
            if len(words) > 6 or any(not (t.is_alpha or t.text in ("-", "–")) for t in words):
                return None
            name = " ".join(t.text for t in [token, *words])
            topic = self.res.add_node(
                f"topic:{slug(name)}", name, Kind.TOPIC, form=clean_surface(_np_text(token))
            )
            self.memory.acted_measures.add(topic)
            return topic
        return None

    def _measure_told(self, token: Token) -> str | None:
        """The resolution or motion a bare "the resolution" or "the measure" recalls: the
        nearest earlier one the text named by what it does."""
        for t in reversed(token.doc[max(0, token.i - 2000) : token.i]):
            if t.pos_ != "NOUN":
                continue
            lemma = t.lemma_.lower()
            if lemma in _VOTED_MEASURES - {"measure"} and (
                lemma == token.lemma_.lower() or token.lemma_.lower() == "measure"
            ):
                if (found := self._measure_by_act(t)) is not None:
                    return found
            if (
                token.lemma_.lower() == "measure"
                and lemma in _MEASURE_WORDS
                and not (_definite(t) and lemma in _VOTED_MEASURES)
            ):
                # "passed a resolution ... imposed sanctions ... the measure"; not another "the
                # resolution", which recalls the same
                return None
        return None

    def _told_as_made(self, token: Token) -> bool:
        """Whether an agreement noun tells the agreement as made or as what a clause is about:
        the subject of its clause, or what a verb of agreeing or signing takes ("signed a mutual
        defense pact", "in a deal brokered by China")."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if any(
            c.dep_ == "acl" and c.lemma_.lower() in ("broker", "mediate") for c in token.children
        ):
            # "a deal brokered by China"; not "a pact signed in 2001", told as background
            return True
        verb = _clause_verb(token)
        while verb.lemma_.lower() not in _AGREEING_VERBS and verb.dep_ in ("xcomp", "advcl"):
            verb = verb.head  # "agreed to restore ties in a deal"
        return verb.lemma_.lower() in _AGREEING_VERBS | _SIGNING_VERBS

    def _agreement_word(self, token: Token) -> bool:
        """Whether a noun names an agreement: a deal, truce or treaty, or a text signed."""
        return token.pos_ == "NOUN" and (
            token.lemma_.lower() in _TOLD_AGREEMENTS
            or token.lower_ in _TOLD_AGREEMENTS
            or self._signed_text(token)
        )

    def _signed_text(self, token: Token) -> bool:
        """Whether a declaration, protocol, charter or the like is an agreement: one signed,
        ratified or adopted ("signed a declaration of solidarity", "the protocol was ratified",
        "a charter signed in Nairobi"), or a "memorandum of understanding"."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _SIGNED_DOCUMENTS:
            return False
        if any(p.lemma_.lower() in ("war", "independence") for p in _prep_objects(token, "of")):
            return False  # "a declaration of war was signed": an act of one party
        verbs = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if token.dep_ in ("dobj", "nsubjpass"):
            verbs.append(token.head)
        elif token.dep_ == "pobj" and token.head.dep_ == "prep":
            verbs.append(token.head.head)  # "signed on to the declaration"
        return any(v.lemma_.lower() in _SIGNING_VERBS for v in verbs)

    def _agreeing_parties(self, token: Token) -> list[str]:
        """The parties who made an agreement the noun or verb tells: the subjects of the verb
        of agreeing or signing that takes it, and whom it was made "with"."""
        verb = _clause_verb(token)
        while (
            verb.lemma_.lower() not in _AGREEING_VERBS
            and verb.dep_ in ("xcomp", "advcl")
            and verb.head.pos_ == "VERB"
        ):
            verb = verb.head  # "agreed to restore ties in a deal brokered by China"
        if (
            verb.pos_ != "VERB"
            or verb.lemma_.lower() not in _AGREEING_VERBS
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            return []
        # the sentence may be an earlier one, whose reader is gone: the entities its words name
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            o for h in (verb, token) for o in _prep_objects(h, "with")
        ]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            holders = [*agents, *(o for h in (verb, token) for o in _prep_objects(h, "with"))]
        found = [
            e
            for h in holders
            for t in h.subtree
            if not any(a.dep_ in ("prep", "relcl", "acl", "appos") for a in _path_up(t, h))
            and (e := self.res.entity_at(t)) is not None
            and self.res.kind_of(e) in _ACTOR_KINDS
        ]
        return sorted(dict.fromkeys(found))

    def _agreement_of(self, parties: list[str], token: Token, at: int) -> str | None:
        """The node of the agreement `parties` made, named as the article first names it with a
        noun (`token`: "a four-day truce", or "The deal" after a verb), for later mentions and
        signatories."""
        if len(parties) < 2:
            return None
        topic_id = "topic:agreement-" + "-".join(p.split(":", 1)[1].lower() for p in parties)
        node = self.res.nodes.get(topic_id)
        name = node.name if node else " ".join(t.text for t in (*self._defining(token), token))
        # a form, so the node stays though only an "it" recalls it later
        self.res.add_node(topic_id, name, Kind.TOPIC, form=clean_surface(_np_text(token)))
        self.memory.agreement, self.memory.agreement_index = topic_id, at
        self.memory.agreement_parties.setdefault(topic_id, parties)
        return topic_id

    def _names_fit(self, token: Token, node_id: str) -> bool:
        """Whether a definite mention's own modifiers all occur in the names the node was given:
        after "the maritime border agreement between Turkey and Libya", "the border agreement" is
        that one, "the power-sharing agreement" another."""
        node = self.res.nodes[node_id]
        known = {
            w for form in (node.name, *node.forms) for w in re.split(r"[\s\-–]+", form.lower())
        }
        return all(
            w in known
            for m in self._defining(token)
            # "the Balkan gas pipeline agreement" is not "the TANAP pipeline agreement"
            for t in m.subtree
            if t.i < token.i and t.is_alpha and t.dep_ != "det"
            for w in re.split(r"[\s\-–]+", t.lower_)
            if w
        )

    def _measure_of_clause(self, clause: Token) -> str | None:
        """ "voted to expel foreign troops", "proposed converting the museum into a mosque": a clause
        doing a measure of `issues` to a thing it names is that measure, named as the noun would
        name it ("expulsion of foreign troops", "conversion of museum"), so that both wordings are
        one node. Only an infinitive or a gerund, with one noun object."""
        if clause.pos_ != "VERB" or not (
            clause.tag_ == "VBG"
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        ):
            return None
        agents, lemma = load_agents(), clause.lemma_.lower()
        noun = _MEASURE_NOUNS.get(lemma) or next(
            (n for n in sorted(agents.issues) if _nominalises(n, lemma)), None
        )
        objs = [c for c in clause.children if c.dep_ == "dobj"]
        if noun is None or noun not in agents.issues or len(objs) != 1:
            return None
        obj = objs[0]
        if obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in agents.unqualifying:
            return None
        words = [
            t
            for t in obj.subtree
            if t.i <= obj.i and (t.i == obj.i or t.dep_ in ("compound", "amod", "nmod", "punct"))
        ]
        if any(t.lower_ in agents.unqualifying or t.pos_ == "PRON" for t in words):
            return None
        person = self.res.entity_at(obj)
        if person is not None and self.res.kind_of(person) is Kind.PERSON:
            words = [t for t in words if self.res.entity_at(t) == person]
        name = re.sub(r" ?([-–]) ?", r"\1", f"{noun} of " + " ".join(t.text for t in words))
        form = clean_surface(clause.doc[clause.i : obj.i + 1].text)
        return self.res.add_node(f"topic:{slug(name)}", name, Kind.TOPIC, form=form, described=True)

    def measure_clauses(self) -> Iterator[_Candidate]:
        """ "The parliament voted to expel foreign troops", "Erdogan proposed converting the museum
        into a mosque", "voted against suspending Parliament": a stance taken by a clause that does
        a measure is a stance on the measure. Proposing a measure supports it."""
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB":
                continue
            if lemma in ("vote", "propose"):
                rel: Relation | None = Relation.SUPPORTS
            else:
                types = {
                    Relation(s.type) for s in self.lex.verbs.get(lemma, []) if "dobj" in s.object
                }
                rel = types.pop() if len(types) == 1 else None
            if rel not in (Relation.SUPPORTS, Relation.OPPOSES):
                continue
            clauses = [(c, rel) for c in verb.children if c.dep_ in ("xcomp", "dobj")]
            if lemma == "vote":
                # "voted for expelling", "voted against suspending Parliament"
                clauses += [
                    (c, Relation.SUPPORTS if p.lower_ == "for" else Relation.OPPOSES)
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ in ("for", "against")
                    for c in p.children
                    if c.dep_ == "pcomp"
                ]
            for clause, stance in clauses:
                measure = self._measure_of_clause(clause)
                if measure is None:
                    continue
                for subject in self.subjects(verb):
                    if self.res.kind_of(subject) in _ACTOR_KINDS | {Kind.PERSON}:
                        yield _Candidate(stance, subject, measure, verb, "measure_clause")

    def _named_measure(self, token: Token) -> str | None:
        """ "opposed the Hong Kong Human Rights and Democracy Act": a capitalised name ending in a
        word of a law or treaty (`named_measures`) that the recogniser left unnamed is a Topic
        named as written."""
        if (
            token.pos_ != "PROPN"
            or token.lower_ not in load_agents().named_measures
            or not token.text[:1].isupper()
            or self.res.entity_at(token)
        ):
            return None
        start = token.i
        for t in reversed(token.doc[token.left_edge.i : token.i]):
            if t.dep_ in ("det", "poss", "case") or t.is_punct and t.text not in ("-", "–"):
                break
            if not (t.text[:1].isupper() or t.is_digit or t.lower_ in ("and", "of", "for", "on")):
                break
            start = t.i
        while start < token.i and not token.doc[start].text[:1].isupper():
            start += 1
        end = token.i
        for prep in token.children:
            # "the Economic Bill of Rights": a capitalised "of" phrase is part of the name
            words = list(prep.subtree)
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and prep.i == token.i + 1
                and len(words) > 1
                and all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in words[1:])
            ):
                end = words[-1].i
        if start == token.i and end == token.i:
            return None
        name = token.doc[start : end + 1].text
        return self.res.add_node(f"topic:{slug(name)}", name, Kind.TOPIC, form=name)

    def _agreement_complement(self, token: Token) -> list[Token]:
        """The phrase after an agreement noun that says what it is about or whom it is with:
        "on migration", "with Iran", "on the construction of the pipeline"; none when it is a
        clause or long."""
        for prep in token.children:
            # "a memorandum of understanding", "signed a declaration of solidarity"
            understanding = prep.lower_ == "of" and (
                any(c.dep_ == "pobj" and c.lower_ == "understanding" for c in prep.children)
                or self._signed_text(token)
            )
            if (
                prep.dep_ != "prep"
                or prep.lower_ not in ("on", "with", "for")
                and not understanding
                or prep.i != token.i + 1
            ):
                continue
            # "the agreement on migration in Rome": where it was made is not part of its name
            # ", which had been agreed under Obama": nor what a clause tells of it
            cut = {
                t.i
                for p in prep.subtree
                if p.i != prep.i
                and (
                    p.dep_ == "prep"
                    and (p.lower_ not in ("of", "to") or understanding)
                    # "a memorandum of understanding on the Development Road Project": what it
                    # is about names it, or every such memorandum would be one node
                    and not (
                        understanding and p.head.lower_ == "understanding" and p.lower_ == "on"
                    )
                    or p.dep_ in ("relcl", "acl", "appos", "cc", "conj")
                    or p.dep_ == "punct"
                    and p.text not in ("-", "–")
                )
                for t in p.subtree
            }
            words = [t for t in prep.subtree if t.i not in cut]
            if (
                sum(1 for t in words if t.is_alpha and t.dep_ != "det") > 8
                or any(
                    t.pos_ in ("VERB", "AUX", "PRON", "NUM")
                    or t.is_punct
                    and t.text not in ("-", "–")
                    for t in words
                )
                or not any(t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN") for t in words)
            ):
                return []
            if any(t.ent_type_ in _NOT_NAMES for t in words):
                return []  # "the agreement on Monday"
            if any(
                (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.PERSON for t in words
            ) or (
                prep.lower_ == "on"
                and any(
                    c.dep_ == "pobj"
                    and (e := self.res.entity_at(c))
                    and self.res.kind_of(e) is Kind.ORGANIZATION
                    for c in prep.children
                )
            ):
                # "a joint declaration with Israeli Prime Minister Yair Lapid": the parties are
                # states, not their leaders; "announced the agreement on Twitter": where it was
                # told
                return []
            return words
        return []

    def _others_agreement(self, topic: str, signers: list[str]) -> bool:
        """Whether `topic` is an agreement between named parties that none of the `signers`, all
        states or their leaders, is one of: after "the agreement between Turkey and Libya",
        "Greece, Cyprus and Israel are to sign the agreement" names another one."""
        parties = self.memory.agreement_parties.get(topic)
        if not parties:
            return False
        states: set[str] = set()
        for s in signers:
            led = [s] if self.res.kind_of(s) is Kind.COUNTRY else self._states_led(s)
            if not led:
                return False  # an organisation or person the parties may include
            states.update(led)
        return not states & set(parties)

    def _topic(self, token: Token, _nested: bool = False) -> str | None:
        """An unnamed object such as "crippling U.N. sanctions": a Topic node."""
        if (between := self._agreement(token)) is not None:
            return between
        if (written := self._named_measure(token)) is not None:
            return written
        lemma = token.lemma_.lower()
        agreement = lemma in _AGREEMENTS or token.lower_ in _AGREEMENTS or self._signed_text(token)
        if token.pos_ != "NOUN" or (
            lemma not in self.lex.words["topic_heads"]
            and token.lower_ not in self.lex.words["topic_heads"]
            and not agreement
            and not (lemma in _AGREEMENT_RECALLS and _definite(token))
            and not (
                lemma in _VOTED_MEASURES
                # "vetoed a U.S. motion": a measure its maker's name labels is the maker's act;
                # one with words of its own is left to the readings of laws and issues
                and not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in token.children)
            )
        ):
            return None
        if lemma in _AGREEMENT_RECALLS and not agreement:
            # "The document, signed by the leaders of all six GCC members": a text recalls the
            # agreement told, and names none of its own
            if _definite(token) and not _nested and not self._defining(token):
                told = self._agreement_told(token)
                if told is None and not any(
                    t.pos_ == "NOUN" and t.lemma_.lower() in _TEXTS
                    for t in token.doc[self.memory.agreement_index + 1 : token.i]
                ):
                    told = self.memory.agreement  # no report or memo came between
                if told is not None:
                    self.res.nodes[told].forms[clean_surface(_np_text(token))] += 1
                    return told
            return None
        mods = [
            c
            for c in token.children
            if c.dep_ in ("compound", "amod", "nmod")
            and (self.res.entity_at(c) or c.pos_ in ("PROPN", "NOUN"))
        ]
        if agreement and not mods:
            # "the nuclear deal", "the power-sharing agreement", "the Balkan gas pipeline
            # agreement": a classifying adjective says which agreement it is as a noun would
            mods += [c for c in self._defining(token) if c.pos_ in ("ADJ", "VERB")]
        complement: list[Token] = self._agreement_complement(token) if agreement else []
        if not mods and complement:
            # "signed the agreement on migration", "a treaty with Iran": named by what or whom
            name = re.sub(r" ?([-–]) ?", r"\1", " ".join(t.text for t in [token, *complement]))
            name = re.sub(r" (['’]s)\b", r"\1", name)  # "the protocol on Sweden's accession"
            topic = self.res.add_node(
                f"topic:{slug(name)}", name, Kind.TOPIC, form=clean_surface(name)
            )
            self.memory.agreement, self.memory.agreement_index = topic, token.i
            return topic
        if not mods and agreement and _definite(token) and not _nested:
            # "the deal", "the treaty": the latest agreement the article named, whatever it
            # called it first ("a nonproliferation treaty with Iran ... keep the deal operational")
            told = self._agreement_told(token) or self.memory.agreement
            if told is not None:
                self.res.nodes[told].forms[clean_surface(_np_text(token))] += 1
                return told
        if not mods and not complement and lemma in _VOTED_MEASURES:
            if (acted := self._measure_by_act(token)) is not None:
                return acted
            if (
                _definite(token) or lemma == "measure" and token.lower_ == "measure"
            ) and not _nested:
                # "the resolution", "the measure": the latest one the article named by what it does
                if (told := self._measure_told(token)) is not None:
                    self.res.nodes[told].forms[clean_surface(_np_text(token))] += 1
                    return told
        if not mods and (
            complement
            or any(c.dep_ == "det" and c.lower_ in _NOT_NAMED_BEFORE for c in token.children)
        ):
            # "signed an agreement on the construction of the Baku-Tbilisi-Ceyhan pipeline": a new
            # one, or one its phrase says is another, is none named before; nor is "any deal that
            # left Northern Ireland subject to the court", whichever one
            return None
        if not mods:
            # "the sanctions": the latest topic with the same head, if any.
            head = token.lower_
            for node in reversed(list(self.res.nodes.values())):
                if (
                    node.kind is Kind.TOPIC
                    and node.name.lower().split()[-1] == head
                    # "a resolution condemning the nuclear programme" is no programme
                    and node.id not in self.memory.acted_measures
                ):
                    node.forms[clean_surface(_np_text(token))] += 1
                    return node.id
            # ... else the nearest earlier mention of the head that names it ("crippling U.N.
            # sanctions" for "the sanctions, which Russia supported").
            if not _nested:
                for earlier in reversed(token.doc[max(0, token.i - 2000) : token.sent.start]):
                    if (
                        earlier.lower_ == head
                        and earlier.pos_ == "NOUN"
                        and any(
                            c.dep_ in ("compound", "amod", "nmod") and self.res.entity_at(c)
                            for c in earlier.children
                        )
                    ):
                        found = self._topic(earlier, _nested=True)
                        if found:
                            self.res.nodes[found].forms[clean_surface(_np_text(token))] += 1
                        return found
            return None
        start = min(m.left_edge.i for m in mods)
        words = [
            t for t in token.doc[start : token.i + 1] if t.pos_ not in ("DET",) and t.dep_ != "poss"
        ]
        named = any(self.res.entity_at(t) for t in words)
        words = [
            t
            for t in words
            if not (
                t.pos_ == "ADJ"
                and not self.res.entity_at(t)
                and t.i == start
                and len(words) > 2
                # "crippling U.N. sanctions": a measure the name of its maker says which one is;
                # "a nuclear nonproliferation treaty" needs its adjective
                and (named or not agreement)
            )
        ]
        words += complement
        name = " ".join(t.text for t in words).replace(".", "").replace(" ’s", "").strip()
        name = re.sub(r" ?([-–]) ?", r"\1", name) if agreement else name
        if not name:
            return None
        topic = self.res.add_node(f"topic:{slug(name)}", name, Kind.TOPIC, form=_np_text(token))
        if agreement:
            self.memory.agreement, self.memory.agreement_index = topic, token.i
            # "Turkey's maritime border agreement with Libya": its parties, for who can sign
            # "the agreement" later
            parties = [
                e
                for c in token.children
                if c.dep_ in ("poss", "compound", "amod", "nmod")
                or c.dep_ == "prep"
                and c.lower_ in ("with", "between")
                for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
                for e in self.entities(t)
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
            ]
            if parties:
                self.memory.agreement_parties.setdefault(topic, parties)
        return topic

    def subjects(self, verb: Token) -> list[str]:
        """The actors of a verb: its subject, the agent of a passive, or its governor's; and
        those said to act with them before the verb ("Russia, which along with Iran had backed
        Assad", "Russia, together with Iran, backed Assad")."""
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not any(c.dep_ in _SUBJ for c in verb.children)
            and _mandative(verb.head)
            and verb.head.head.pos_ == "VERB"
        ):
            # "demanded that Ms Takaichi retract her comments, warning that Tokyo would bear the
            # consequences": the parser hangs the participle on the demanded act, but the one
            # who demands goes on speaking
            return self.subjects(verb.head.head)
        found = self._own_subjects(verb)
        if (
            found
            and verb.dep_ == "acl"
            and all(self.res.kind_of(e) is Kind.TOPIC for e in found)
            and verb.head.dep_ == "dobj"
            and verb.head.head.lemma_.lower() in _PUTTING_FORWARD
        ):
            # "sponsored a resolution urging Duterte to reconsider": a measure speaks for those
            # who put it forward
            found = self._own_subjects(verb.head.head)
        if not found or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children):
            return found  # "Poland, along with Lithuania, was criticised": both undergo it
        holders = [verb, *(c for c in verb.children if c.dep_ == "nsubj")]
        more = [e for h in holders for e in self._companions(h, before=verb.i)]
        return list(dict.fromkeys(found + more))

    def _speaker_going_on(self, verb: Token) -> Token | None:
        """ "Vance said the package would only prolong the war and accused Democrats of ...",
        "Trudeau said Canada was not looking to provoke India and called on it to ...": a
        speech act in the past coordinated with the verb of what a speaker said, in another
        tense or a description, is the speaker's next act, though the parser hangs it inside
        the report; the verb of speech it goes on from."""
        head = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ != "VBD"
            or verb.lemma_.lower() not in _SPEECH_ACTS
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            return None
        # the report may hold the verb deeper: "said the package would prolong a war that
        # Ukraine cannot win and accused"
        report = head
        stated = False
        while (
            # "said Canada was not looking to provoke or escalate the situation and called on";
            # "said in a statement that no state should violate the sanctions, and urged": the
            # parser may hang the report on the statement
            report.dep_ in ("relcl", "dobj", "pobj", "prep", "conj", "xcomp", "acl")
            and report.head.i != report.i
        ):
            stated = stated or (
                report.dep_ == "acl"
                and report.head.dep_ == "pobj"
                and report.head.head.lower_ == "in"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in report.children)
            )
            report = report.head
        speech = report if stated else report.head
        if (
            report.dep_ != "ccomp"
            and not stated
            or not (speech.lemma_.lower() in self.lex.words["speech"] or _retorts(speech))
            or speech.tag_ != "VBD"
        ):
            return None
        # "said the United States had serious concerns and urged", "said Moscow understood
        # Turkey's concerns but urged", "said the US recognised Turkey's concerns but opposed
        # military action, and urged": a report of a state of mind or of a modal act, which the
        # speaker's own act goes on from
        told = any(
            v.tag_ != "VBD"
            or v.lemma_ == "be"
            or v.lemma_ in _STATES_OF_MIND
            and self._own_side_reported(v, speech)
            or any(
                c.dep_ == "aux" and c.lower_ in _MODALS | {"had", "has", "have", "can", "ca"}
                for c in v.children
            )
            for v in _conj_chain(head)
        )
        return speech if told else None

    def _own_side_reported(self, verb: Token, speech: Token) -> bool:
        """Whether a report's subject is the speaker's own side, or the speaker a named person,
        whose next act a report goes on to: "Price said the United States had concerns", not
        "the Pentagon said Russia had troops near the border" nor "Seoul said Pyongyang remained
        defiant"."""
        speakers = self.subjects(speech)
        if any(self.res.kind_of(sp) is Kind.PERSON for sp in speakers):
            return True
        told = [e for c in verb.children if c.dep_ == "nsubj" for e in self.entities(c)]
        # the speaker's states, and those the words naming the speaker give ("Kremlin
        # spokesman Dmitry Peskov", "State Department spokesman Ned Price")
        labels = [
            e
            for c in speech.children
            if c.dep_ == "nsubj"
            for t in c.subtree
            if (e := self.res.entity_at(t)) and e not in speakers
        ]
        own = {o for p in (*speakers, *labels) for o in (p, *self._own_states(p))}
        return bool(speakers) and bool(told) and set(told) <= own

    def _speakers_going_on(self, verb: Token) -> list[str]:
        """The named speakers whose own next act a verb coordinated inside their report is
        ("Blinken said the United States was concerned and urged India"); none when the report
        goes on with its own subject ("CNN reported that Putin was briefed and blamed Ukraine")
        or the speaker is unnamed, which leaves the act to the report's subject."""
        speech = self._speaker_going_on(verb)
        if speech is None or not self._speaks_for_report(speech, verb):
            return []
        return self.subjects(speech)

    def _speaks_for_report(self, speech: Token, verb: Token) -> bool:
        """Whether a speech act coordinated inside a report is the speaker's: "Blinken said the
        United States was concerned and urged", "Erdogan said Netanyahu was a war criminal and
        urged the UN"; not when an outlet or an unnamed source reports a person's doings, which
        the act goes on with ("CNN reported that Putin was briefed and blamed Ukraine", "aides
        said Zelensky was exhausted and thanked Germany")."""
        speakers = self.subjects(speech)
        press_words = any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _PRESS_WORDS for c in speech.children
        )
        if speakers and not press_words and not all(self._press(s) for s in speakers):
            return True
        report = verb.head
        while report.dep_ in ("conj", "xcomp") and report.head.i != report.i:
            report = report.head
        told = [
            e for c in report.children if c.dep_ in ("nsubj", "nsubjpass") for e in self.entities(c)
        ]
        return not any(self.res.kind_of(t) is Kind.PERSON for t in told)

    def _titled_apposition(self, subject: Token) -> Token | None:
        """ "IAEA chief Rafael Grossi visited Tehran", parsed as the agency with the person in
        apposition: the person a title after a body's name introduces is the subject."""
        body = self.res.entity_at(subject)
        if body is None or self.res.kind_of(body) not in (Kind.ORGANIZATION, Kind.COUNTRY):
            return None
        roles = load_roles()
        titles = roles.leader | roles.affiliated
        for appos in subject.children:
            person = self.res.entity_at(appos) if appos.dep_ == "appos" else None
            if (
                person is not None
                and self.res.kind_of(person) is Kind.PERSON
                and appos.i > subject.i
                and any(t.lower_ in titles for t in subject.doc[subject.i + 1 : appos.i])
                and not any(t.text == "," for t in subject.doc[subject.i + 1 : appos.i])
            ):
                return appos
        return None

    def _companions(self, token: Token, before: int) -> list[str]:
        out: list[str] = []
        for c in token.children:
            if c.i >= before or c.lower_ not in ("along", "together", "alongside"):
                continue
            # "alongside" is the preposition itself; "along", "together" carry a "with"
            objects = (
                [o for o in c.children if o.dep_ == "pobj"]
                if c.lower_ == "alongside"
                else _prep_objects(c, "with")
            )
            out.extend(e for o in objects for e in self.entities(o))
        return out

    def _own_subjects(self, verb: Token) -> list[str]:
        split = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.i >= self.dateline_end and c.pos_ != "PRON"
        ]
        if len(split) > 1 and any(
            t.lower_ == "and" for t in verb.doc[split[0].i : split[-1].left_edge.i]
        ):
            # "Saudi Arabia's foreign minister, Prince Faisal bin Farhan, and the US Secretary of
            # State Antony Blinken discussed": the parser made two subjects of one coordination
            return list(dict.fromkeys(e for c in split for e in self.entities(c)))
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i >= self.dateline_end:
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    named = [
                        e
                        for c in verb.children
                        if c.dep_ == "nsubj" and c.i != child.i
                        for e in self.entities(c)
                    ]
                    if named:
                        # "boats of migrants which, according to AFP, the Untied Nations and United
                        # States have both criticised": the parser makes both subjects; the named
                        # one is, and the relative pronoun is the object.
                        return named
                    return self._relative_antecedents(verb)
                if (titled := self._titled_apposition(child)) is not None:
                    return self.entities(titled)
                return self.entities(child)
        for aux in verb.children:
            if aux.dep_ in ("aux", "auxpass"):
                # the parser sometimes hangs the subject on an auxiliary: "The US has been encouraging"
                for child in aux.children:
                    if child.dep_ == "nsubj" and child.lower_ not in ("which", "that", "who"):
                        return self.entities(child)
        for child in verb.children:
            if child.dep_ == "agent":
                return [e for p in child.children if p.dep_ == "pobj" for e in self.entities(p)]
        if any(c.dep_ == "auxpass" for c in verb.children):
            # "is listed as a terrorist organisation by Türkiye, the US and the EU", "was
            # designated a terrorist group by the United States": the parser hangs the passive's
            # agent on the predicate it gives the subject
            predicates = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr")]
            predicates += _prep_objects(verb, "as")
            hung = [
                e
                for p in predicates
                # a label ("a terrorist organisation"), not an act whose own doer the "by" may
                # name ("condemned as an act of aggression by Iraq")
                if not self.res.entity_at(p)
                and p.lemma_.lower() not in _ACT_OF | {"violation", "breach"}
                and _noun_sense(p, self.lex) is None
                and p.lemma_.lower() not in _EVENT_NOUNS
                for a in _prep_objects(p, "by")
                for e in self.entities(a)
            ]
            if hung:
                return hung
        if speakers := self._speakers_going_on(verb):
            # before the readings of a coordinated verb below: "Blinken said the United States
            # was 'deeply concerned' and urged India to cooperate" is Blinken's appeal
            return speakers
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        if (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and verb.head.dep_ == "xcomp"
            and verb.head.tag_ == "VB"
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Raab urged the embassy to reconsider and spoke with Pompeo": a finite verb the
            # parser hangs on the infinitive is coordinated with the governor, not the infinitive.
            return self.subjects(verb.head.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBD":
            # "Mitsotakis speaking to the Atlantic Council think tank called the border agreement ...":
            # a past-tense verb hung on a noun is the clause's own verb, misattached.
            for node in verb.ancestors:
                if node.pos_ == "VERB":
                    return self.subjects(node)
            if verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN"):
                # "Stephane Dujarric, a UN spokesman, called on India ...": with no verb above
                # it, the name the parser made the root is the clause's subject
                return self.entities(verb.head)
            return []
        if (ranked := _ranked_doer(verb)) is not None:
            # "Trump became the first sitting American president to set foot in North Korea",
            # "Macron, the first foreign leader to visit Lebanon": the one ranked does it
            if ranked.dep_ == "attr":
                return self.subjects(ranked.head)
            if ranked.dep_ == "appos":
                return self.entities(ranked.head)
        if (
            verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and (decided := _decided_by(verb)) is not None
            and (
                owned := [
                    e
                    for c in decided.children
                    if c.dep_ == "poss" and c.pos_ != "PRON"
                    for e in self.entities(c, with_conj=False)
                ]
                + [e for a in _prep_objects(decided, "by") for e in self.entities(a)]
            )
        ):
            # "welcomed the decision by Iraq's National Security Council to designate the PKK":
            # whose decision it is does what it decides, not who welcomes it
            return owned
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and (agents := _prep_objects(verb.head, "by")):
            # "the calls by United Kingdom officials asking the United States to waive immunity";
            # who "joined the calls" makes them too.
            found = [e for a in agents for e in self.entities(a)]
            joiner = verb.head.head
            if verb.head.dep_ == "dobj" and joiner.lemma_.lower() in (
                "join",
                "echo",
                "back",
                "second",
                "support",
            ):
                found += self.subjects(joiner)
            return list(dict.fromkeys(found))
        if (
            verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and verb.head.pos_ == "VERB"
            and (passive := [c for c in verb.head.children if c.dep_ == "nsubjpass"])
            and passive[0].lower_ not in ("which", "that", "who")
        ):
            # "Putin was briefed, and flew to Magnitogorsk": the subject of a passive clause is
            # the actor of the active verb coordinated with it.
            return self.entities(passive[0])
        if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() not in _INSTRUMENT_VERBS:
                # "urged X to stop": the object of the governor acts; else its subject ("used
                # drones to attack US forces": the user attacks).
                objects = [c for c in verb.head.children if c.dep_ == "dobj"] or [
                    t
                    for spec in self.lex.verbs.get(verb.head.lemma_.lower(), [])
                    if spec.type is Relation.REQUESTS
                    for name in spec.object
                    if name not in VERB_SLOTS
                    for t in _prep_objects(verb.head, name)
                ]
                if objects:  # "called on Germany to send tanks": Germany sends them
                    return self.entities(objects[0])
                raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                if raised and verb.head.lemma_.lower() in _RAISING:
                    # "Blinken is expected to travel to Beijing", "was set to meet": the
                    # passive's subject is the one who acts
                    return self.entities(raised[0])
            return self.subjects(verb.head)
        if verb.dep_ == "acomp" and verb.head.pos_ in ("VERB", "AUX"):
            # "is opposed to the plan", "has been critical of Trump": the one described
            return self.subjects(verb.head)
        if (
            verb.dep_ == "xcomp"
            and verb.head.dep_ == "acomp"
            and verb.head.lemma_.lower() in _DISPOSITIONS
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            # "said she was proud to endorse Joe Biden", "is ready to supply": the one disposed
            return self.subjects(verb.head.head)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
            return self._gerund_actors(verb)
        if _intended(verb):
            return self._intenders(verb.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            if verb.head.dep_ == "pobj":
                # "posted a message on Twitter blaming Iran": the poster blames, not the medium
                node = verb.head
                while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
                    if node.dep_ == "prep" and node.lower_ in ("against", "from"):
                        return []  # "voted against the resolution condemning Russia"
                    node = node.head
                    if node.pos_ == "VERB":
                        if node.lemma_.lower() in _ABSTAINING:
                            return []  # "abstained from the UN vote condemning Russia"
                        return self.subjects(node)
            own = self.entities(verb.head)
            if not own and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
                return self.subjects(verb.head.head)  # "posted a message blaming Iran"
            return own
        return []

    def _intenders(self, noun: Token) -> list[str]:
        """ "Turkey's plan to attack Syria", "Russia announced a decision to expel 23 British
        diplomats", "have announced their plans to oppose the bill": whose intention it is, its
        owner or whoever voices or makes it; not "opposed the plan to", which is someone else's."""
        owners = [
            e for c in noun.children if c.dep_ == "poss" for e in self.entities(c, with_conj=False)
        ]
        if owners:
            return owners
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _VOICING:
            return self.subjects(noun.head)
        return []

    def inherited_subjects(self, verb: Token) -> tuple[list[str], Modality | None]:
        """The actor of a verb that names none of its own, from the clause it hangs in, and the
        modality that clause gives the act.

        "issued a statement which condemned Turkey", "in a letter that urged Congress to act": what
        a statement, letter or speech says is its author's act, its author the statement's owner
        ("Iran's statement"), its "by" phrase or the subject of the verb that made or delivered it.
        "was convicted of killing Y", "was charged with attacking": a gerund in the "of" or
        "with" phrase of a passive verb of judging is done by the one judged, as an allegation
        until a court has ruled (`_JUDGING`).
        """
        if verb.dep_ == "relcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
            for c in verb.children
        ):
            return self._utterance_authors(verb.head), None
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
            return [], None
        prep, governor = verb.head, verb.head.head
        if prep.lower_ not in ("of", "with") or governor.lemma_.lower() not in _JUDGING:
            return [], None
        # the one tried acts for itself: "French police officers were convicted of" is no act of
        # France's
        judged = [
            e
            for c in governor.children
            if c.dep_ == "nsubjpass"
            for e in self.entities(c)
            if self.res.kind_of(e) is not Kind.COUNTRY
        ]
        said = None if governor.lemma_.lower() in _RULED else Modality.ALLEGED
        return judged, said

    def _utterance_authors(self, noun: Token) -> list[str]:
        """Who made a statement, letter or speech: "Iran's statement", "a statement by Iran",
        "Iran issued a statement", "Iran said in a statement"."""
        if noun.lemma_.lower() not in self.lex.words["utterances"] or noun.pos_ != "NOUN":
            return []
        owners = [
            e
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod")
            for e in self.entities(c, with_conj=False)
        ] + [
            e
            for t in _prep_objects(noun, "by") + _prep_objects(noun, "from")
            for e in self.entities(t)
        ]
        if owners:
            return list(dict.fromkeys(owners))
        governor = noun.head
        if (
            noun.dep_ == "pobj"
            and governor.dep_ == "prep"
            and governor.lower_ in ("in", "through", "via")
        ):
            governor = governor.head
        elif noun.dep_ != "dobj":
            return []
        if governor.pos_ not in ("VERB", "AUX"):
            return []
        if _verb_types(self.lex, governor.lemma_.lower(), governor) & {
            Relation.OPPOSES,
            Relation.CRITICIZES,
        }:
            return []  # "vetoed a resolution that would have tightened sanctions": not its author
        return [
            e
            for c in governor.children
            if c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who")
            for e in self.entities(c)
        ]

    def _gerund_actors(self, verb: Token) -> list[str]:
        """ "Moscow retaliated by expelling 23 British diplomats", "returned to Ankara after meeting
        Putin": a gerund in a phrase of time or means on a verb is done by that verb's subject (a
        passive's too: "was killed after arriving in Baghdad"); "joined the United States in
        condemning China": by the joined party as well; "praised Turkey for hosting refugees": by
        the one judged. Not "accused X of" (read as an allegation) nor "barred X from"."""
        prep = verb.head
        governor = prep.head
        if _claimed_act(verb):
            # "Houthi rebels claimed responsibility for firing a missile into central Israel"
            # (constructed after outlet copy): the claimant did it, by its own account
            return self.subjects(governor.head)
        if prep.dep_ == "prep" and prep.lower_ == "for" and (judge := self._judged_by(governor)):
            # "Rwanda is facing international criticism for backing M23 rebels", "came under
            # fire for supplying drones": the one who undergoes the judgment did it
            return [
                e
                for e in self.subjects(judge)
                if self.res.kind_of(e) in (Kind.PERSON, *_ACTOR_KINDS)
            ]
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in _SHARED_SUBJECT_PREPS
            or governor.pos_ not in ("VERB", "AUX")
        ):
            return []
        if prep.lower_ == "for":
            # "criticized Joe Biden for not denouncing Antifa", "praised Turkey for hosting
            # refugees", "was sanctioned for supporting": the one judged did it
            judged = [c for c in governor.children if c.dep_ == "dobj"] or [
                c for c in governor.children if c.dep_ == "nsubjpass"
            ]
            return [
                e
                for c in judged
                for e in self.entities(c)
                if self.res.kind_of(e) in (Kind.PERSON, *_ACTOR_KINDS)
            ]
        found = self.subjects(governor)
        if not found and prep.lower_ not in ("by", "through", "in"):
            found = [
                e for c in governor.children if c.dep_ == "nsubjpass" for e in self.entities(c)
            ]
        if prep.lower_ == "in" and governor.lemma_.lower() in _JOINING:
            found += [e for c in governor.children if c.dep_ == "dobj" for e in self.entities(c)]
            found += [e for t in _prep_objects(governor, "with") for e in self.entities(t)]
        return list(dict.fromkeys(found))

    def _judged_by(self, governor: Token) -> Token | None:
        """The verb whose subject undergoes a judgment a "for" phrase on `governor` gives the
        reason for: "facing criticism for", "drew condemnation for"; "came under fire for", where
        the parser hangs the "for" on the verb. Not "faced accusations for", only alleged."""
        if governor.pos_ == "NOUN":
            if governor.lemma_.lower() in _ACCOUNTS:
                return None
            return _receiving_verb(governor, self.lex)
        undergone = any(
            c.dep_ == "prep"
            and f"{governor.lemma_.lower()} {c.lower_}" in self.lex.words["receiving_verbs"]
            and any(p.lemma_.lower() in _FIRE for p in _prep_objects(governor, c.lower_))
            for c in governor.children
        )
        return governor if undergone and governor.pos_ in ("VERB", "AUX") else None

    def slot(self, verb: Token, name: str) -> list[Token]:
        """The tokens filling one argument slot of a verb."""
        out: list[Token] = []
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and _sums_up(child)
                and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)
            ):
                # "blocked the EU's aid package, a decision welcomed by Moscow": the parser may
                # make the clause's summary a second object; it is no one the verb acts on
                continue
            if (
                name == "dobj"
                and child.dep_ in ("dobj", "attr")
                or name == "dobj"
                and child.dep_ == "nsubjpass"
            ):
                out.append(child)
            elif name == "dobj" and _particle_read_as_preposition(child, self.lex):
                # "voted down the Affordable Care Act": the object of the particle's phrase
                out.extend(c for c in child.children if c.dep_ == "pobj")
            elif (
                name == "dobj"
                and child.dep_ == "oprd"
                and any(c.dep_ == "oprd" and c.i > child.i for c in verb.children)
            ):
                # "called Trump a 'national embarrassment'": the parser makes both predicates;
                # the first is the object
                out.append(child)
            elif (
                name == "dobj"
                and child.dep_ == "ccomp"
                and child.lemma_.lower() in _NAMING
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in child.children)
            ):
                # "condemned what it called an imperialist aggression by the United States",
                # "denounced what it described as interference by Washington" (constructed after
                # outlet copy): what is named is the object
                out.extend(c for c in child.children if c.dep_ == "oprd")
                out.extend(_prep_objects(child, "as"))
            elif (
                name == "dobj" and child.dep_ == "ccomp" and child.pos_ in ("NOUN", "PROPN", "ADJ")
            ):
                # a verbless small clause: "considers the YPG a terrorist organization"
                out.extend(c for c in child.children if c.dep_ == "nsubj")
            elif (
                name == "dobj"
                and child.dep_ in ("ccomp", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                and not any(c.dep_ == "dobj" for c in verb.children)
                # only a verb that asks for an infinitive: "warns Hezbollah to stop" is no threat
                and any(s.needs_infinitive for s in self.lex.verbs.get(verb.lemma_.lower(), []))
            ):
                # "wants Ukraine to withdraw": the parser makes the object the infinitive's
                # subject, as it does not for "urged Ukraine to withdraw"
                out.extend(c for c in child.children if c.dep_ == "nsubj" and c.i < child.i)
            elif name == "dative" and child.dep_ == "dative":
                out.append(child)
            elif (
                name == "place_of_dobj"
                and child.dep_ == "dobj"
                # "attacked Kurdish fighters in Syria" (constructed after outlet copy): a named
                # group is the target, the place only where it was hit
                and self._entity_of(child) is None
                and self._state_agent(child) is None  # "targeting US troops in Iraqi bases"
            ):
                # "struck targets in Lebanon": the place of unnamed targets is what was attacked;
                # not a sea ("seized a tanker in the Gulf of Oman"), where no one is attacked
                out.extend(
                    p
                    for holder in (child, verb)
                    for p in self._place_words(holder)
                    if p.lemma_.lower() not in _WATERS
                )
            elif (
                name == "that_subject"
                and verb.dep_ != "acl"  # "a story alleging Trump paid": the story's charge
                and child.dep_ == "ccomp"
                and child.pos_ in ("VERB", "AUX")
                and not _mandative(child)
            ):
                # "alleged that Greece violated its airspace": the one the charge is against,
                # when named ("alleged the media was falsely claiming" names no one)
                out.extend(c for c in child.children if c.dep_ == "nsubj" and self.res.entity_at(c))
            elif name == "clause_subject" and _mandative(child):
                # "demanded that China stop", "called for Russia to withdraw": the one asked to act
                out.extend(c for c in child.children if c.dep_ == "nsubj")
            elif name == "dative" and child.dep_ == "dobj" and (got := self._run_in_dative(child)):
                # "gave Ukraine military aid", "offered Evo Morales asylum": the parser runs the
                # recipient into the object's phrase
                out.append(got)
            elif (
                name == "poss_of_dobj"
                and child.dep_ == "ccomp"
                and child.lemma_.lower() in _NAMING
                # a judgment of what it names: "reaffirmed what he called America's commitment
                # to Israel" is for Israel, not for America
                and all(
                    Relation(sense.type) in _JUDGING_STANCES - {Relation.SUPPORTS}
                    for sense in self.lex.verbs.get(verb.lemma_.lower(), [])
                )
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in child.children)
            ):
                # "condemned what it called the Belarusian government's cruel exploitation": the
                # owner of what is named
                called = [c for c in child.children if c.dep_ == "oprd"]
                out.extend(
                    o
                    for n in called + _prep_objects(child, "as")
                    for o in n.children
                    if o.dep_ == "poss" and o.pos_ != "PRON"
                )
            elif name == "poss_of_dobj" and child.dep_ in ("dobj", "nsubjpass"):
                # not "his": "endorsed his former rival" says nothing of whose the rival is
                owners = [c for c in child.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                if child.lemma_.lower() in _ATTRIBUTIONS and all(
                    sense.type is Relation.OPPOSES
                    for sense in self.lex.verbs.get(verb.lemma_.lower(), [])
                    if "poss_of_dobj" in sense.object
                ):
                    # "ruled out Iran's involvement", "disputed Russia's responsibility": a
                    # verdict on the possessor's part in something, no stance on the possessor
                    continue
                if (named := self._entity_of(child)) and self.res.kind_of(named) in (
                    Kind.ORGANIZATION,
                    Kind.GROUP,
                    Kind.PERSON,
                ):
                    # "blasted Yemen's Iran-sponsored Houthi terrorist movement" (constructed
                    # after outlet copy): a named party is blamed itself; its owner only labels it
                    owners = []
                if not owners and not self.res.entity_at(child):
                    # "praised the quality of al-Quaety's work": a quality of what a party made
                    owners = [
                        c
                        for p in _prep_objects(child, "of")
                        for c in p.children
                        if c.dep_ == "poss" and c.pos_ != "PRON"
                    ]
                if (
                    not owners
                    and child.lemma_.lower() in self.lex.words["proposals"]
                    and any(
                        sense.type is Relation.OPPOSES
                        for sense in self.lex.verbs.get(verb.lemma_.lower(), [])
                    )
                ):
                    # "rejected an offer from the RSF", "ruled out talks with Kyiv": what one
                    # party puts to another, turned down, opposes that party
                    # the parser may hang an active verb's "by" phrase on the verb: "turned down
                    # a proposal by Moscow"
                    owners = [
                        p
                        for holder, preps in (
                            (child, ("from", "by", "with")),
                            (verb, () if _undergoes(verb) else ("by",)),
                        )
                        for prep in preps
                        for p in _prep_objects(holder, prep)
                        if self.entities(p)
                    ] or [
                        # "rejected a lawsuit filed by Texas": the participle's agent
                        p
                        for p in _participle_agent_words(child)
                        if self.entities(p)
                    ]
                if not owners and child.lemma_.lower() in load_agents().doers_of:
                    # "criticised the expansion of NATO", "condemned the deployment of US
                    # missiles in Poland": an act no one undergoes is its "of" phrase's
                    owners = [p for p in _prep_objects(child, "of") if self.entities(p)]
                if (
                    not owners
                    and not self.res.entity_at(child)
                    and child.lemma_.lower() in _HOLDINGS
                    and any(
                        sense.type is Relation.SANCTIONS
                        and "poss_of_dobj" in sense.object
                        and (not sense.requires_dobj or child.lower_ in sense.requires_dobj)
                        for sense in self.lex.verbs.get(verb.lemma_.lower(), [])
                    )
                ):
                    # "suspended the operating permit of Belavia", "froze the assets of Roman
                    # Abramovich": what a named party holds, frozen or revoked, sanctions it;
                    # not "the passport of Anwar al-Awlaki's son", nor "the visit of" a guest
                    held_by = _prep_objects(child, "of")
                    if held_by and all(
                        (e := self.res.entity_at(p))
                        and self.res.kind_of(e) in _PARTY_KINDS
                        and p.pos_ == "PROPN"
                        and not any(c.dep_ == "poss" for c in p.children)
                        for p in held_by
                    ):
                        owners = held_by  # not "the visas of 51 Nicaraguan officials": below
                if (
                    not owners
                    and not self.res.entity_at(child)
                    and self._entity_of(child) is None
                    and not _prep_objects(child, "of")  # "U.S. assets of Myanmar officials"
                ):
                    # "vetoed a U.S. motion", "condemned the Israeli attack" (constructed after
                    # outlet copy): the one state labelling an unnamed act is whose act it is
                    labels = [
                        c
                        for c in child.children
                        if c.dep_ in ("amod", "compound")
                        and c.i < child.i
                        and (e := self.res.entity_at(c))
                        and self.res.kind_of(e) is Kind.COUNTRY
                    ]
                    owners = labels if len(labels) == 1 else []
                out.extend(owners)
            elif child.dep_ in ("prep", "agent", "dative") and child.lower_ == name:
                out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            elif (
                child.dep_ == "advcl"
                and child.lemma_.lower() in _TAKING_OFFICE
                and any(c.dep_ == "mark" and c.lower_ == name for c in child.children)
            ):
                # "voted for Pelosi to serve as Speaker": the parser makes the one chosen for an
                # office the subject of the office's clause; a person, not "for Britain to remain"
                out.extend(
                    c
                    for c in child.children
                    if c.dep_ == "nsubj"
                    and c.i < child.i
                    and (e := self.res.entity_at(c))
                    and self.res.kind_of(e) is Kind.PERSON
                )
            elif child.dep_ == "prt" and child.lower_ == name:
                out.extend(c for c in verb.children if c.dep_ == "pobj")
            elif _bare_particle(child) and child.lower_ != name:
                # "pulled out of the Paris Agreement", "pushed back against the United States":
                # the parser hangs the phrasal verb's preposition on its particle
                out.extend(_prep_objects(child, name))
            elif (
                child.dep_ == "dobj"
                and name not in ("dobj", "dative", "poss_of_dobj")
                and not out
                and any(
                    spec.requires_dobj
                    # "discussed the crisis with Macron": the other party of a symmetric act
                    or name == "with"
                    and spec.type in SYMMETRIC
                    and not self.res.entity_at(child)
                    # "pledged 500 million euros to Ukraine": the recipient of what is supplied
                    # (not a source: "accepted a proposal from Egypt" is no supply)
                    or spec.needs_dobj
                    and name == "to"
                    and name in spec.object
                    and not self.res.entity_at(child)
                    for spec in self.lex.verbs.get(verb.lemma_.lower(), [])
                )
            ):
                # The parser hangs the phrase on the object: "maintaining communication with
                # Moscow", "severed ties with Iran"; a noun trigger this verb supports reads its
                # own phrases ("imposed sanctions on Iran"); a noun that triggers nothing does
                # not ("imposed export controls on South Korea").
                if not _is_trigger_noun(child, self.lex) or _light_verb(child, self.lex) is None:
                    # or on the object's own phrase: "pointed the blame for the crisis at Moscow"
                    out.extend(
                        _prep_objects(child, name)
                        or [
                            p
                            for c in child.children
                            if c.dep_ == "prep" and c.lower_ != name
                            for o in c.children
                            if o.dep_ == "pobj"
                            for p in _prep_objects(o, name)
                        ]
                        # "launched 400 drones and 40 missiles at Ukrainian cities": on the
                        # object's last conjunct, for a verb whose sense names its objects
                        or [
                            p
                            for conj in child.conjuncts
                            if any(
                                spec.requires_dobj and _dobj_words(verb) & set(spec.requires_dobj)
                                for spec in self.lex.verbs.get(verb.lemma_.lower(), [])
                            )
                            for p in _prep_objects(conj, name)
                        ]
                    )
        if (
            not out
            and verb.dep_ == "amod"
            and verb.i < verb.head.i
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        ):
            # "The Iran-backed Houthis fired missiles at Israel": the parser makes the verb a
            # modifier of its own object, which then holds the verb's phrases
            if name == "dobj":
                out.append(verb.head)
            elif name not in ("dative", "poss_of_dobj", "place_of_dobj"):
                out.extend(_prep_objects(verb.head, name))
        if not out and name not in VERB_SLOTS:
            # "stood shoulder to shoulder with Prague", "side by side with Ukraine": the parser
            # hangs the verb's phrase on a word of the adverbial
            out.extend(t for word in _reduplicated(verb) for t in _prep_objects(word, name))
        if name == "dobj" and not out and (shared := _object_sharer(verb)) is not None:
            # "China condemned and sanctioned Lithuania": the parser gives the object only to
            # the last of the verbs it follows
            out.extend(self.slot(shared, "dobj"))
        if (
            name == "dobj"
            and not out
            and verb.dep_ == "xcomp"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and verb.head.lemma_.lower() in _HEARSAY
        ):
            # "Five protesters were said to have been injured by police": the one said to have
            # undergone the act
            out.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
        if (
            name == "dobj"
            and not out
            and verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.head.pos_ == "PROPN"
            and any(c.dep_ == "agent" for c in verb.children)
        ):
            # "Zimbabwe, accused by Britain of rigging the election" (constructed after outlet
            # copy): the named party a passive participle with its agent describes undergoes it
            out.append(verb.head)
        if verb.dep_ == "relcl" and name == "dobj":
            if any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in verb.children
            ):
                out.append(verb.head)
            elif any(
                c.dep_ == "nsubjpass" and c.lower_ in ("which", "that", "who")
                for c in verb.children
            ):
                out = [t for t in out if t.lower_ not in ("which", "that", "who")] + [verb.head]
        return out

    # ---- triggers ---------------------------------------------------------------------

    def _name_described(self) -> None:
        """ "The agreement, which the two sides have named the Windsor framework", "a deal, known
        as the Abraham Accords,", "a plan, dubbed the Athens Declaration,": a described agreement
        or measure given a proper name takes that name, so that the name's later mentions and the
        description's are one node shown by its name."""
        for verb in self.sent:
            if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in _NAME_GIVING:
                continue
            if verb.lemma_.lower() == "know":
                named = _prep_objects(verb, "as")
            else:
                named = [
                    c
                    for c in verb.children
                    if c.dep_ in ("oprd", "dobj", "xcomp") and c.pos_ in ("NOUN", "PROPN")
                ]
            if len(named) != 1 or not any(t.pos_ == "PROPN" for t in named[0].subtree):
                continue
            phrase = list(named[0].subtree)
            titled = all(
                not t.is_lower for t in phrase if t.pos_ not in ("ADP", "CCONJ", "DET", "PUNCT")
            )
            if any(t.dep_ == "det" and t.lower_ in _NOT_NAMED_BEFORE for t in phrase) or (
                any(t.pos_ == "ADP" for t in phrase) and not titled
            ):
                # "dubbed it a victory for Israel": a description, not a name ("the Pact on
                # Migration and Asylum" is one)
                continue
            words = [t for t in named[0].subtree if t.dep_ != "det" and not t.is_punct]
            if not words or words[-1].i - words[0].i + 1 != len(words) or words[0].is_lower:
                continue  # a name is one unbroken run of words, capitalised
            head = verb.head
            if head.pos_ != "NOUN":
                continue
            name = " ".join(t.text for t in words)
            key = f"topic:{slug(name)}"
            known = next(
                (
                    e
                    for t in words
                    if (e := self.res.entity_at(t))
                    and self.res.kind_of(e) in (Kind.TOPIC, Kind.EVENT)
                ),
                key if key in self.res.nodes else None,
            )
            if known:
                # "a defence pact, known as the Reciprocal Access Agreement": a name that is a
                # node already is what the description stands for from now on
                self.res.token_entity[head.i] = known
                if head.lemma_.lower() in _AGREEMENTS:
                    self.memory.agreement, self.memory.agreement_index = known, head.i
                continue
            topic = self._topic(head)
            if topic is None and head.lemma_.lower() in _AGREEMENTS:
                # "The agreement, which the two sides have named the Windsor framework": an
                # agreement the article had not made a node of is the one so named from now on
                topic = self.res.add_node(f"topic:{slug(name)}", name, Kind.TOPIC, form=name)
                self.memory.agreement, self.memory.agreement_index = topic, head.i
            if topic is None or self.res.kind_of(topic) not in (Kind.TOPIC, Kind.EVENT):
                continue
            node = self.res.nodes[topic]
            node.name = name
            node.forms[name] += 1
            self.res.named_as[key] = topic
            for t in words:
                self.res.token_entity.setdefault(t.i, topic)

    def candidates(self) -> Iterator[_Candidate]:
        """Every claim candidate of the sentence, from each registered rule in turn."""
        self._name_described()
        events: list[_Candidate] = []
        titles: list[_Candidate] = []
        for rule in RULES:
            # lazily: a bare "the president" reads the leaders the titles before it recorded
            for cand in rule.run(self):
                if rule_config(cand.rule).family != "title":
                    events.append(cand)
                    continue
                if (
                    cand.type is Relation.LEADER_OF
                    and self.res.kind_of(cand.object) is Kind.COUNTRY
                    # "during the presidency of Barack Obama", "Bill Clinton was impeached in
                    # 1998": a past term names no one "the US leader" stands for today
                    and cand.rule != "term_of_office"
                    and (cand.rule != "register_holder" or self._holds_today(cand))
                ):
                    self.memory.leaders.setdefault(cand.object, cand.subject)
                if cand.type in (Relation.LEADER_OF, Relation.AFFILIATED_WITH):
                    self.memory.affiliation.setdefault(cand.subject, cand.object)
                titles.append(cand)
        events = list(self._threatened(events))
        # "ordered the French ambassador to leave": an expulsion (`expulsions`), not a request
        # "suspended Ukraine's participation in the initiative": another's part, no stance
        events = [c for c in events if not _others_part(c)]
        # ("gave a Canadian diplomat five days to leave": nor a gift)
        expelling = {c.trigger.i for c in events if c.rule == "expulsion"}
        events = [
            c
            for c in events
            if c.type not in (Relation.REQUESTS, Relation.SUPPLIES) or c.trigger.i not in expelling
        ]
        events += list(self._suit_grounds(events))
        # "Modi met Defense Secretary Jim Mattis and Secretary of State Rex Tillerson": a guest
        # list of one government's officials tells of their host's meetings, not of theirs
        # (`_apart`)
        events = [c for c in events if not self._leads_a_delegation(c) and self._apart(c)]
        # "pulled its diplomats out of Sudan as fighting engulfed Khartoum": an evacuation,
        # no measure against the host
        events = [
            c
            for c in events
            if not (
                c.type is Relation.SANCTIONS
                and c.trigger.lemma_.lower() == "pull"
                and any(t.lemma_.lower() in _DANGERS for t in self.sent)
            )
        ]
        # "the Treasury said it was targeting two officials": a sanction (`sanction_measures`)
        events = [
            c
            for c in events
            if not (
                c.type is Relation.ATTACKS
                and c.trigger.lemma_.lower() in _TARGETING
                and self._sanctions_office(c.subject)
            )
        ]
        events += list(self._meeting_places(events))
        # "Foreign Minister Hakan Fidan, Defence Minister Yasar Guler and intelligence chief
        # Ibrahim Kalin held talks in Baghdad": one state's delegation visits where it held
        # talks, but does not meet itself
        events = [c for c in events if not self._within_a_delegation(c)]
        events = [o for c in events if (o := self._owned_target(c)) is not None]
        events = [self._summoned_state(c) for c in events]
        kept = [
            self._crowd_stance(self._seat_acting(c))
            for c in events
            if not self._at_home(c)
            and not self._on_own_side(c)
            and not self._press_contact(c)
            # "a bill providing aid to Ukraine": a measure is no actor; "Typhoon Phanfone
            # strikes the Philippines": nor is an event
            and self.res.kind_of(c.subject) not in (Kind.TOPIC, Kind.EVENT)
        ]
        yield from kept
        yield from titles
        yield from self._signing_states(kept, titles)

    def _within_a_delegation(self, cand: _Candidate) -> bool:
        """Whether a meeting joins two of the coordinated subjects of one verb ("held talks")
        who act for one state: two or more of them the article ties to it, and none to another
        ("Foreign Minister Hakan Fidan, Defence Minister Yasar Guler and intelligence chief
        Ibrahim Kalin held talks in Baghdad")."""
        if cand.type not in (Relation.MEETS, Relation.NEGOTIATES_WITH):
            return False
        verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
        group = set(self.subjects(verb))
        if not {cand.subject, cand.object} <= group:
            return False
        known = [side for x in group if (side := self._states_now(x))]
        common = set.intersection(*known) if len(known) >= 2 else set()
        shared = self._side_in(cand.subject, common) & self._side_in(cand.object, common)
        # two colleagues "met at the Pentagon" do meet; a delegation met someone elsewhere
        elsewhere = bool(_prep_objects(verb, "with")) or any(
            (_place_state(self.res, p) or p) not in shared
            for p in self._meeting_place(cand.trigger)
        )
        return (
            bool(shared)
            and elsewhere
            and all(not (side := self._states_now(x)) or side & shared for x in group)
        )

    def _side_in(self, party: str, common: set[str]) -> set[str]:
        """A delegation member's states; for one the article ties to no state, nor to a body the
        gazetteer lists as international ("IAEA chief Rafael Grossi"), the delegation's
        ("intelligence chief Ibrahim Kalin" beside two Turkish ministers)."""
        if side := self._states_now(party):
            return side
        body = self.memory.affiliation.get(party, party)
        known = _gazetteer_known().get(body)
        return set() if known is not None and known.kind is Kind.ORGANIZATION else common

    def _states_now(self, party: str) -> set[str]:
        """The states a party acts for on the article's date: a state itself, a body's state,
        a person's as the article gives it or the register has it that day (not a former
        office: "a former Estonian prime minister")."""
        if self.res.kind_of(party) is not Kind.PERSON:
            return self._home_states(party)
        return {
            state
            for home in self._homes(party, self.memory.published)
            for state in (self._home_states(home) if home in self.res.nodes else {home})
        }

    def _leads_a_delegation(self, cand: _Candidate) -> bool:
        """ "Witkoff led the U.S. side", "Araghchi headed Tehran's delegation": leading a state's
        side, team or delegation is no leadership of the state."""
        if cand.type is not Relation.LEADER_OF or cand.rule != "verb_frame":
            return False
        # "led the U.S. side"; "The Russian delegation was headed by Medinsky"
        return any(
            c.dep_ in ("dobj", "nsubjpass")
            and c.pos_ == "NOUN"
            and c.lemma_.lower() in _LED_FOR_A_STATE
            for c in cand.trigger.children
        )

    def _homes(self, person: str, day: date | None = None) -> set[str]:
        """The state or body a person holds an office of: as the article has given it, or as the
        register has it on `day` (by default at any time: an article may be read long after)."""
        found = {h} if (h := self.memory.affiliation.get(person)) else set()
        if self.res.kind_of(person) is Kind.PERSON:
            name = self.res.name_of(person)
            found |= {f"country:{o.country}" for o in offices_of(name, day, tuple(Role))}
        return found

    def _owned_target(self, cand: _Candidate) -> _Candidate | None:
        """ "announced sanctions against Iran's drone program" (constructed after outlet copy):
        sanctions fall on parties, so a sanctioned thing the text names is its one owner's, and
        with no owner named no one's."""
        if cand.type is not Relation.SANCTIONS or self.res.kind_of(cand.object) is not Kind.TOPIC:
            return cand
        owners = {
            e
            for t in self.sent
            if t.pos_ in ("NOUN", "PROPN") and cand.object in self.entities(t, with_conj=False)
            for e in self._labels(t)
            if self.res.kind_of(e) in _PARTY_KINDS
        }
        return replace(cand, object=owners.pop()) if len(owners) == 1 else None

    def _summoned_state(self, cand: _Candidate) -> _Candidate:
        """ "Poland's Foreign Ministry summoned Ukraine's ambassador, Vasyl Zvarych, to lodge a
        protest": summoning an envoy criticises the state that sent the envoy, not the envoy
        (as the outlet sets' gold codes it; "summoned Swedish envoys" already names the state)."""
        if (
            cand.type is not Relation.CRITICIZES
            or cand.trigger.lemma_.lower() != "summon"
            or self.res.kind_of(cand.object) is not Kind.PERSON
        ):
            return cand
        states = self._senders_summoned(cand.trigger, cand.object)
        return replace(cand, object=states.pop()) if len(states) == 1 else cand

    def _senders_summoned(self, summon: Token, person: str | None = None) -> set[str]:
        """The states whose envoys a verb of summoning has for object (only `person`'s, when
        given): "summoned the Philippine ambassador, Jaime FlorCruz, and the Japanese
        ambassador, Hideo Tarumi"."""
        summoned = [
            t
            for d in summon.children
            if d.dep_ == "dobj"
            for t in (d, *d.conjuncts)
            if person is None
            or person in self.entities(t, with_conj=False)
            or any(self.res.entity_at(a) == person for a in t.children if a.dep_ == "appos")
        ]
        return {e for t in summoned for e in self._envoy_senders(t)}

    def _envoy_senders(self, token: Token) -> set[str]:
        """The states that sent the envoy a noun names ("Japan's ambassador", "summoned British
        ambassador Nigel Casey": the title before the name); none when it names no envoy."""
        envoy = self._envoy(token)
        if envoy is None:
            return set()
        # "the chargé d'affaires at the U.S. Embassy": a mission named stands for its state
        return {
            s
            for w in [*_sender_words(envoy), *_title_labels(token, envoy)]
            for e in self.entities(w)
            if (s := e if self.res.kind_of(e) is Kind.COUNTRY else self.res.part_of.get(e))
            and self.res.kind_of(s) is Kind.COUNTRY
        }

    def _meeting_places(self, events: list[_Candidate]) -> Iterator[_Candidate]:
        """ "Putin held talks with Raisi in Tehran", "Kim welcomed Putin to Pyongyang", "Macron is
        in Beijing for talks with Xi" (constructed after outlet copy): the persons who meet where
        a talk is held are there; `_at_home` keeps only those the article says come from
        elsewhere."""
        for c in events:
            if c.type not in (Relation.MEETS, Relation.NEGOTIATES_WITH):
                continue
            places = self._meeting_place(c.trigger)
            for place in places:
                # "The United States and Iran held talks in Oman": states meet through their
                # delegations, which travel as persons do
                for party in (c.subject, c.object):
                    if party == place or not (
                        self.res.kind_of(party) is Kind.PERSON or self._named_as_party(party)
                    ):
                        continue
                    yield _Candidate(Relation.VISITS, party, place, c.trigger, "meeting_place")
            if not places and (host := self._hosting_state(c)) is not None:
                # "Serbia rolled out the red carpet for Xi Jinping", "Erdogan hosted Putin": a
                # guest received with no place named is in the host's state; "hosted ... for
                # talks in Ankara": in the one place the verb's phrases name
                named = self._places_in(list(c.trigger.subtree))
                if len(named) > 1 or c.object == host:
                    continue
                if self.res.kind_of(c.object) is Kind.PERSON:
                    place = named[0] if named else host
                    yield _Candidate(Relation.VISITS, c.object, place, c.trigger, "meeting_place")

    def _hosting_state(self, cand: _Candidate) -> str | None:
        """The state of the one who receives a guest by a verb of hosting in the active voice:
        the state itself, or the state its leader or official serves."""
        verb = cand.trigger
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HOSTING_VERBS | {"roll"}:
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        if cand.subject not in self.subjects(verb):
            return None
        kind = self.res.kind_of(cand.subject)
        if kind is Kind.COUNTRY:
            return cand.subject
        if kind is not Kind.PERSON:
            return None
        state = self._state_led_by(cand.subject) or self.memory.affiliation.get(cand.subject)
        return state if state is not None and self.res.kind_of(state) is Kind.COUNTRY else None

    def _named_as_party(self, state: str) -> bool:
        """Whether a state is named in the sentence as a party itself ("The United States and
        Iran held talks", "officials from Japan"), not only as the label of its agents ("China's
        ambassador met", "a delegation of US lawmakers"), who may be posted where they meet."""
        return self.res.kind_of(state) is Kind.COUNTRY and any(
            self.res.entity_at(t) == state
            and t.dep_ in ("nsubj", "nsubjpass", "conj", "pobj", "dobj", "appos")
            for t in self.sent
        )

    def _meeting_place(self, trigger: Token) -> list[str]:
        """The places "in" which a meeting is said to be held: on its verb, on the verb that
        carries its noun ("held talks ... in", "is in Beijing for talks") or on the person met
        ("hosted his Saudi counterpart Faisal bin Farhan in Tehran"); "welcomed ... to"."""
        anchors = [trigger]
        if trigger.pos_ == "NOUN":
            if trigger.dep_ == "dobj":
                anchors.append(trigger.head)
            elif trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
                anchors.append(trigger.head.head)  # "is in Beijing for talks"
            # "talks held in Moscow in December between ..."; not "talks, criticised in Israel"
            anchors += [
                c
                for c in trigger.children
                if c.dep_ == "acl" and c.lemma_.lower() in _HOLDING_TALKS
            ]
        met = [c for a in anchors for c in a.children if c.dep_ == "dobj"] + [
            t for a in anchors for t in _prep_objects(a, "with")
        ]
        anchors += [t for m in met for t in (m, *(c for c in m.children if c.dep_ == "appos"))]
        # "met on the sidelines of the APEC summit in San Francisco", "at a summit in Jeddah"
        for prep in ("at", "on", "during"):
            for first in _prep_objects(trigger, prep):
                node: Token | None = first
                while node is not None:
                    if node.lemma_.lower() in _MEETINGS | {"sideline", "sidelines"}:
                        anchors.append(node)
                    node = next(iter(_prep_objects(node, "of")), None)
        # "wrapped up talks at a military base in Alaska": the unnamed venue's place
        anchors += [
            venue
            for a in list(anchors)
            for venue in _prep_objects(a, "at")
            if venue.pos_ == "NOUN" and not self.entities(venue)
        ]
        preps = ["in", "to"] if trigger.lemma_.lower() in _HOSTING_VERBS else ["in"]
        return list(
            dict.fromkeys(
                e
                for a in anchors
                for prep in preps
                for p in _prep_objects(a, prep)
                # "in the Russian capital, Moscow"; not the state of "in Bali, Indonesia"
                for named in (
                    [p] if self.entities(p) else [c for c in p.children if c.dep_ == "appos"]
                )
                for e in self.entities(named)
                if self.res.kind_of(e) is Kind.LOCATION
                # "held talks in Washington": the city, which no node here is
                or self.res.kind_of(e) is Kind.COUNTRY
                and named.lower_ in _state_forms(own=True).get(e, frozenset())
            )
        )

    def _signing_states(
        self, events: list[_Candidate], titles: list[_Candidate]
    ) -> Iterator[_Candidate]:
        """ "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the AfCFTA
        agreement": a head of state or government who signs an agreement binds the one state the
        article says they lead, as the dev gold codes it (both the leader and the state agree)."""
        for c in events:
            if (
                c.type is not Relation.AGREES_WITH
                or self.res.kind_of(c.subject) is not Kind.PERSON
                or self.res.kind_of(c.object) is not Kind.TOPIC
                or not self._is_agreement(c.object)
            ):
                continue
            states = {
                t.object
                for t in titles
                if t.type is Relation.LEADER_OF
                and t.subject == c.subject
                and self.res.kind_of(t.object) is Kind.COUNTRY
            } or set(self._states_led(c.subject))
            if len(states) == 1:
                state = states.pop()
                yield _Candidate(
                    Relation.AGREES_WITH,
                    state,
                    c.object,
                    c.trigger,
                    "signing_state",
                    modality=c.modality,
                    attributed_to=c.attributed_to,
                )

    def _is_agreement(self, topic: str) -> bool:
        """Whether a Topic is an agreement: named with parties, or with an agreement's noun."""
        words = self.res.name_of(topic).lower().split()
        return topic in self.memory.agreement_parties or any(
            w in _AGREEMENTS or w in load_agents().named_measures - {"act", "bill", "amendment"}
            for w in words
        )

    def _suit_grounds(self, events: list[_Candidate]) -> Iterator[_Candidate]:
        """ "filed a lawsuit against the state of Montana over its Ballot Interference Prevention
        Act", "Texas sued Pennsylvania over its election law": what a suit is brought over, a
        measure or an event, is opposed by whoever brings it, as the one sued is accused."""
        for cand in events:
            trigger = cand.trigger
            if cand.type is not Relation.ACCUSES or trigger.lemma_.lower() not in _SUING:
                continue
            holders = [trigger]
            if trigger.pos_ in ("NOUN", "PROPN"):
                # "filed a lawsuit ... over", "a lawsuit filed by Texas over": the verb that
                # carries the suit may hold the phrase
                holders += [trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") else []
                holders += [c for c in trigger.children if c.dep_ == "acl"]
            # "against the state of Montana over its act": the parser may hang the phrase on
            # the one sued
            holders += [
                o
                for h in list(holders)
                for o in [
                    *_prep_objects(h, "against"),
                    *(c for c in h.children if c.dep_ == "dobj"),
                ]
                if o is not trigger
            ]
            if any(c.dep_ == "neg" for h in holders for c in h.children):
                continue  # "did not sue over the act": no stance either way
            for grounds in (o for h in holders for o in _prep_objects(h, "over")):
                for e in self.entities(grounds):
                    if (
                        self.res.kind_of(e) in (Kind.TOPIC, Kind.EVENT)
                        and e != cand.subject
                        # "sued the United States over the Treaty of Amity": a treaty a suit
                        # is over is invoked, not opposed
                        and not set(self.res.name_of(e).lower().split()) & _PACTS
                    ):
                        yield replace(cand, type=Relation.OPPOSES, object=e, rule="suit_grounds")

    def _threatened(self, events: list[_Candidate]) -> Iterator[_Candidate]:
        """ "Trump threatened to impose tariffs on Mexico", "vowed to retaliate against the
        United States", "warned that it plans to retaliate against" (constructed after outlet
        copy): a hostile act a party threatens or vows is a threat to its target; a retaliation
        still to come is only that threat, no attack yet."""
        for cand in events:
            if cand.type not in (Relation.SANCTIONS, Relation.ATTACKS) and not (
                # "threatened to break relations with Russia", "to topple the government": a
                # break or an ouster threatened is a threat to the party it would hit
                cand.type is Relation.OPPOSES
                and self.res.kind_of(cand.object) in _ACTOR_KINDS | {Kind.PERSON}
            ):
                yield cand
                continue
            verb = cand.trigger
            if verb.pos_ in ("NOUN", "PROPN"):
                verb = _light_verb(verb, self.lex) or verb
            threat = _threat_frame(verb, self.lex)
            if cand.type is Relation.OPPOSES and (threat is None or threat.lemma_ != "threaten"):
                # "vowed to resist Chinese pressure" is resolve, not a threat
                yield cand
                continue
            if threat is None and verb is not cand.trigger and verb.lemma_.lower() in _THREATENING:
                # "the EU threatened sanctions on Belarus": the support verb is the threat, and
                # the act still to come
                threat = verb
                cand = replace(cand, modality=Modality.PLANNED)
            retaliation = cand.trigger.lemma_.lower() in ("retaliate", "retaliation") or (
                cand.trigger.lemma_.lower() in _STRIKING_BACK
                and any(c.dep_ == "prt" and c.lower_ == "back" for c in cand.trigger.children)
            )
            if threat is None and retaliation:
                mode, _ = self.modality(cand.trigger)
                if (
                    mode in (Modality.PLANNED, Modality.POSSIBLE)
                    or tense_of(cand.trigger, mode) is Tense.FUTURE
                    # "Iran said it would retaliate": a retaliation said to come
                    or any(
                        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
                        for c in cand.trigger.children
                    )
                ):
                    threat = cand.trigger
            if threat is None:
                yield cand
                continue
            if threat.lemma_.lower() == "hesitate":
                # read from the act, out of reach of the negation of "hesitate": the threat is
                # made (narrated, reported or denied as the sentence tells it), the act to come
                act = next(c for c in threat.children if c.dep_ == "xcomp")
                mode, speaker = self.modality(act)
                said = speaker is not None or (
                    threat.dep_ in ("ccomp", "parataxis")
                    and threat.head.lemma_.lower() in self.lex.words["speech"]
                )
                if mode in (Modality.PLANNED, Modality.POSSIBLE):
                    # "would not hesitate to ... if it tested a weapon": the threat is made,
                    # however conditional the act; said by someone, it is theirs to report
                    mode = Modality.REPORTED if said else Modality.ASSERTED
                yield _Candidate(
                    Relation.THREATENS,
                    cand.subject,
                    cand.object,
                    act,
                    "threatened_act",
                    modality=mode,
                )
                cand = replace(cand, modality=Modality.PLANNED)
            else:
                yield _Candidate(
                    Relation.THREATENS, cand.subject, cand.object, threat, "threatened_act"
                )
            if not retaliation:
                yield cand

    def _crowd_stance(self, cand: _Candidate) -> _Candidate:
        """ "Venezuelan protesters marched against Maduro", "protests against the extradition
        law": a crowd's protest is opposition to what it protests against; a state's protest
        ("China protested the visit") stays a complaint, unless it is against a measure ("lodged
        a protest against the maritime agreement"), which, as the gold reads it, it opposes."""
        if (
            cand.type is not Relation.CRITICIZES
            or self.res.kind_of(cand.subject) is not Kind.GROUP
            and self.res.kind_of(cand.object) not in (Kind.TOPIC, Kind.EVENT)
            or cand.trigger.lemma_.lower() not in load_agents().protests
            and cand.trigger.lower_ not in load_agents().protests
        ):
            return cand
        return replace(cand, type=Relation.OPPOSES)

    def _seat_acting(self, cand: _Candidate) -> _Candidate:
        """ "Beijing has repeatedly criticized Washington": a capital that a stance, request or
        sanction is aimed at acts as its state, as a capital in the subject does; either side of a
        symmetric relation acts ("Beijing, an ally of Russia"); so does one that is the actor of
        an act read from elsewhere than a subject ("accused Tehran of supplying the Houthis")."""
        if cand.rule.startswith("allegation"):
            cand = replace(cand, subject=self._seat_state(cand.subject, cand.object))
        if cand.type not in _AIMED_AT_ACTORS:
            return cand
        cand = replace(cand, object=self._seat_state(cand.object, cand.subject))
        if cand.type in SYMMETRIC:
            cand = replace(cand, subject=self._seat_state(cand.subject, cand.object))
        return cand

    def _seat_state(self, place: str, other: str) -> str:
        """The state whose capital `place` is, unless that is the other party itself."""
        known = _gazetteer_known().get(place)
        if known is None or known.kind is not Kind.LOCATION or known.country is None:
            return place
        if known.country == other:
            return place
        if (body := self.res.seats.get(known.name)) is not None:
            # "Orban accused Brussels of blackmail" in news of the EU
            if body not in self.res.nodes:
                self.res.add_node(body, _gazetteer_known()[body].name, Kind.ORGANIZATION)
            return body
        if known.country not in self.res.nodes:
            self._mentioned(known.country)
        return str(known.country)

    def _at_home(self, cand: _Candidate) -> bool:
        """ "Egyptian foreign minister Sameh Shoukry and his ... counterparts gathered in Cairo": one
        does not visit one's own country or its capital."""
        if cand.type is not Relation.VISITS:
            return False
        lemma = cand.trigger.lemma_.lower()
        if lemma == "return":
            return False  # "returned to Oman", "returned to the US": going home is a journey too
        home = self.memory.affiliation.get(cand.subject)
        known = _gazetteer_known().get(cand.object)
        if (
            (lemma in _MEETING_PLACE_VERBS or cand.rule == "co_signers")
            and cand.trigger.pos_ == "VERB"
            or cand.rule in ("meeting_place", "spoke_in", "present_in")
        ) and self.res.kind_of(cand.subject) in (Kind.PERSON, Kind.COUNTRY):
            # "Putin met Erdoğan in Sochi": only the guests visit where a meeting is held, so the
            # place's state and the participant's must both be known
            place = cand.object if self.res.kind_of(cand.object) is Kind.COUNTRY else None
            if known is not None and known.country is not None:
                place = known.country
            elif known is not None and known.state is not None:
                # "met in Istanbul", "speaking in Geneva": a city that is no capital is still
                # in its state
                place = known.state
            elif (region := _region_state(cand.object)) is not None:
                place = region  # "was in New York for the U.N. General Assembly"
            homes = self._home_states(cand.subject)
            return place is None or not homes or place in homes
        if home is None or self.res.kind_of(home) is not Kind.COUNTRY:
            return False
        return cand.object == home or (known is not None and known.country == home)

    def _press_contact(self, cand: _Candidate) -> bool:
        """ "Patel spoke to Wikinews", "Wikinews contacted Boeing", "Steve Peers, speaking to BBC":
        talking with a news outlet or its journalist is reporting, not a meeting or a
        consultation between parties; only a negotiation with one is."""
        return (
            cand.type in (Relation.NEGOTIATES_WITH, Relation.MEETS)
            and cand.trigger.lemma_.lower() not in _BARGAINING
            and (self._press(cand.subject) or self._press(cand.object))
        )

    def _press(self, entity: str) -> bool:
        """Whether an entity is a news outlet (the article's publisher, a name with an outlet
        word: "Fox News", "Washington Post"; one the text labels so: "French news channel BFM
        TV") or a journalist ("Wikinews accredited reporter William S. Saturn")."""
        if entity not in self.memory.press:
            self.memory.press[entity] = self._is_press(entity)
        return self.memory.press[entity]

    def _is_press(self, entity: str) -> bool:
        node = self.res.nodes.get(entity)
        if node is None or node.kind is Kind.COUNTRY:
            return False
        names = {node.name.lower()} | {f.lower() for f in node.forms}
        if self.memory.publisher in names:
            return True
        agents, doc = load_agents(), self.sent.doc
        words = agents.journalists if node.kind is Kind.PERSON else agents.outlets
        if node.kind is Kind.ORGANIZATION and any(
            set(re.findall(r"[a-z]+", n)) & agents.outlets for n in names
        ):
            return True
        for m in self.res.mentions:
            if m.entity_id != entity:
                continue
            root = doc[m.start : m.end].root
            labels = [c for c in root.children if c.dep_ in ("compound", "amod", "appos", "nmod")]
            if root.dep_ == "appos":
                labels.append(root.head)
            if any(
                not m.start <= t.i < m.end and (t.lower_ in words or t.lemma_.lower() in words)
                for t in labels
            ):
                return True
        return False

    def _led_states(self, person: str) -> set[str]:
        """The states a person leads, by the article or the register (a lone surname by every
        holder of it): a candidate or senator calling on his own government still asks it."""
        if self.res.kind_of(person) is not Kind.PERSON:
            return set()
        led = _register_states(self.res.name_of(person))
        return set(self._states_led(person)) | {f"country:{c}" for c in led}

    def _home_states(self, party: str) -> set[str]:
        """The states a party comes from: a state itself; a body's state; a person's by office,
        leadership or the office of the body they serve ("CIA Director William Burns", "MIT
        chief Ibrahim Kalin")."""
        kind = self.res.kind_of(party)
        if kind is Kind.COUNTRY:
            return {party}
        if kind is Kind.ORGANIZATION:
            return {s for s in self._own_states(party) if s.startswith("country:")}
        if kind is not Kind.PERSON:
            return set()
        own = self._own_states(party)
        served: set[str] = set()
        for body in own:
            if body in self.res.nodes and self.res.kind_of(body) is Kind.ORGANIZATION:
                served |= self._own_states(body)
        return {s for s in own | served if s.startswith("country:")}

    def _own_states(self, party: str) -> set[str]:
        """The states a party speaks for: those a person holds office in or leads (by the
        article or the register; a lone surname by every holder of it), the state a body is part
        of."""
        kind = self.res.kind_of(party)
        if kind is Kind.PERSON:
            return self._homes(party) | self._led_states(party)
        if kind is Kind.ORGANIZATION:
            known = _gazetteer_known().get(party)
            part = self.res.part_of.get(party) or (known.part_of if known is not None else None)
            return {part} if part else set()
        return set()

    def _on_own_side(self, cand: _Candidate) -> bool:
        """A quoted "we" read as the person who says it (`_we_actor`) does not act on the side
        they speak for: what a prime minister's "we" asks of their own country is no request
        between two parties."""
        if self.res.kind_of(cand.subject) is not Kind.PERSON:
            return False
        if cand.type is Relation.REQUESTS and cand.object in self._led_states(cand.subject):
            # "Zelensky wants Ukraine to join NATO", "Netanyahu insisted that Israel continue
            # the war": a leader's course for his own state asks nothing of another party
            return True
        we = [
            c
            for c in _clause_verb(cand.trigger).children
            if c.dep_ in _SUBJ and c.lower_ == "we" and self._quoted(c)
        ]
        return bool(we) and self._speakers_side(we[0]) == cand.object

    def _gives_no_supply(self, verb: Token, spec: VerbSense) -> bool:
        """ "sent a letter to GitHub", "gave his 'Best Hero' award to James Shaw Jr.", "giving him
        an additional six electoral college votes": what is given is a message, an honour or a
        vote (the lexicon's `unsupplied`), not aid, arms or goods."""
        slotted = [t for n in spec.items for t in self.slot(verb, n)]
        # "supplied Assad with weapons": with a "with" phrase, that is what is given and the
        # direct object the recipient
        handed = [t for t in slotted if t.head.lower_ == "with"] or slotted
        if any((e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.PERSON for t in handed):
            return True  # "Biden sent Blinken to Beijing": an envoy, no supply
        given = [t for t in slotted if not self.res.entity_at(t)]
        words = self.lex.words["unsupplied"]
        return bool(given) and all(t.lemma_.lower() in words or t.lower_ in words for t in given)

    def _predicated(self, verb: Token, spec: VerbSense) -> bool:
        """Whether what the verb predicates of its object has a word of the sense; when its head
        word is another sense's ("called the decision a historic mistake"), the head decides."""
        wanted = set(spec.requires_complement or ())
        rivals = {
            w
            for other in self.lex.verbs.get(verb.lemma_.lower(), [])
            if other.type is not spec.type
            for w in other.requires_complement or ()
        }
        # a phrase ("null and void", "smash and grab", "witch hunt") is read whole, as a head
        phrases = _complement_phrases(verb, {w for w in wanted | rivals if " " in w})
        heads = _complements(verb, heads_only=True) | phrases
        if spec.type is Relation.CRITICIZES and not _complements(verb) & (rivals | _JUSTIFYING):
            # "described the curbs as a blockade", "condemned the seizure as piracy": an act
            # called by the name of a hostile one is condemned; not "a legitimate strike" (a
            # word of another sense says how it is judged) nor "retaliation" (a justification)
            wanted |= {h for h in heads - _JUSTIFIED_FORCE if self._hostile_act_word(h)}
        if not (_complements(verb) | phrases) & wanted:
            return False
        return not heads & rivals or bool(heads & wanted)

    def _hostile_act_word(self, word: str) -> bool:
        """Whether a word is a noun of the lexicon's that names one party's act of force or
        measure against another, with no modifier asked for ("blockade", "invasion")."""
        sense = self.lex.nouns.get(word)
        return sense is not None and sense.type in _ONE_SIDED_ACTS and sense.modifiers is None

    def _verb(self, verb: Token, adjectival: bool = False) -> Iterator[_Candidate]:
        # adjectival: a passive participle read as the adjective of the lexicon it also is ("was
        # disappointed with Trump's decision" as "disappointed"): its subject holds the stance
        particles = _verb_particles(verb, self.lex)
        for spec in self.lex.verbs.get(verb.lower_ if adjectival else verb.lemma_.lower(), []):
            if spec.particle and not particles & set(spec.particle):
                continue
            if spec.unless_particle and particles & set(spec.unless_particle):
                continue  # "backed down" is not "backed"
            if spec.unless_doing and any(
                c.dep_ == "prep"
                and c.lower_ in spec.unless_doing
                and any(g.tag_ == "VBG" for g in c.children)
                for c in verb.children
            ):
                continue
            has_dobj = any(c.dep_ == "dobj" for c in verb.children)
            if spec.needs_dobj and not has_dobj or spec.no_dobj and has_dobj:
                continue  # "flies fighters to Syria" supplies; "flies to Syria" visits
            if spec.requires_complement and not self._predicated(verb, spec):
                continue
            if (
                spec.requires_clause
                and not any(c.dep_ == "ccomp" for c in verb.children)
                and not any(t.lemma_.lower() in _RETALIATIONS for t in _prep_objects(verb, "of"))
            ):
                # "warned Israel of a harsh response" (constructed after outlet copy) warns of
                # consequences as a clause does
                continue
            if spec.type is Relation.REQUESTS and _asks_a_question(verb):
                continue  # "asked Stamenković how their research is linked to ...": a question
            if spec.type is Relation.REQUESTS and any(
                c.dep_ == "dobj"
                and any(p.dep_ == "poss" and p.lower_ in ("his", "her", "its") for p in c.children)
                and (found := self.entities(c))
                and all(self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP) for e in found)
                for c in verb.children
            ):
                # "Haftar ordered his Libyan National Army to advance": a command to one's own
                # force, not a request ("urged his Chinese counterpart Xi Jinping" still asks)
                continue
            if spec.type is Relation.CRITICIZES and self._called_to_talks(verb):
                continue  # "summoned the leaders for talks": a meeting called, not a protest
            if spec.type is Relation.SUPPLIES and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _NOT_SUPPLIED for c in verb.children
            ):
                continue  # "sending a delegation to Egypt", "granted him a pardon": neither is supplied
            if (
                spec.type is Relation.REQUESTS
                and verb.lemma_.lower() in _WISHING
                and (
                    any(c.dep_ == "neg" for c in verb.children)
                    or any(
                        c.lemma_.lower() in _OUTCOMES
                        for c in verb.children
                        if c.dep_ in ("xcomp", "ccomp")
                    )
                )
            ):
                # "does not want Iran to acquire weapons" wants it not to: no request of that
                # wording; "wants Russia to lose the war" wishes an outcome, asks no act
                continue
            if spec.needs_infinitive and not any(
                # "wants Iran to pay": the parser often makes the infinitive a clause of its own
                c.dep_ in ("xcomp", "advcl", "ccomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children
            ):
                continue
            if spec.requires_dobj and not _dobj_words(verb) & set(spec.requires_dobj):
                continue
            if not spec.requires_dobj and any(
                other.requires_dobj
                and other.type is not spec.type
                and _dobj_words(verb) & set(other.requires_dobj)
                for other in self.lex.verbs.get(verb.lemma_.lower(), [])
                if "poss_of_dobj" in other.object
            ):
                # "cancelled the visa of Novak Djokovic": a sense the object names ("cancel" a
                # visa sanctions) comes before the verb's general one ("cancel" a plan opposes)
                continue
            if spec.requires_dobj and _on_hold(verb):
                continue  # "put tariffs on Chinese electric vehicles on hold"
            if (
                # "reaffirmed Washington's commitment to defend Japan" is no stance on Washington
                ("dobj" not in spec.object or spec.type in _STANCES)
                and not spec.requires_dobj
                and any(
                    c.dep_ == "dobj"
                    and _is_trigger_noun(c, self.lex)
                    and verb in (_light_verb(c, self.lex), _receiving_verb(c, self.lex))
                    for c in verb.children
                )
            ):
                continue  # "gave its support to Ukraine", "sent a warning to": the noun says what it is
            held = (
                [e for c in verb.children if c.dep_ == "nsubjpass" for e in self.entities(c)]
                # "Japan was seriously concerned about ...": the copula's subject holds it
                or (self.subjects(verb.head) if _copula_participle(verb) else [])
                if adjectival
                else self.subjects(verb)
            )
            subjects = [s for s in held if self._kind_ok(s, spec.subject_kinds)]
            passive = not adjectival and any(c.dep_ == "nsubjpass" for c in verb.children)
            if passive and not subjects and spec.type in SYMMETRIC and "dobj" not in spec.object:
                # "Hungary is closely allied with Russia", "the Houthis, who are ideologically
                # aligned with Iran": a state of the passive's subject, not an act done to it
                subjects = [
                    e
                    for c in verb.children
                    if c.dep_ == "nsubjpass"
                    for e in (
                        self.entities(verb.head)
                        if verb.dep_ == "relcl" and c.lower_ in ("who", "which", "that")
                        else self.entities(c)
                    )
                    if self._kind_ok(e, spec.subject_kinds)
                ]
            rel, slots = spec.type, spec.object
            if verb.lemma_.lower() in _HOSTING_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _STATIONED for c in verb.children
            ):
                continue  # "Iraqi bases hosting American troops": stationed, not met
            if rel is Relation.VISITS and verb.lemma_.lower() in _MEETING_PLACE_VERBS:
                # "Putin received Kim Jong Un in Moscow", "met with Erdoğan in Moscow": whom one
                # meets where is there too, and the one who hosts is at home; `_at_home` keeps
                # only the guests
                if verb.lemma_.lower() in _HOSTING_VERBS:
                    subjects = []
                subjects += [
                    e
                    for n in ("dobj", "with")
                    for t in self.slot(verb, n)
                    for e in self.entities(t)
                    if self._kind_ok(e, spec.subject_kinds) and e not in subjects
                ]
            backed = (
                self._participle_arguments(verb) if rel in _STANCES and "dobj" in slots else None
            )
            if backed is not None:
                subjects = [s for s in backed[0] if self._kind_ok(s, spec.subject_kinds)]
            if rel is Relation.ATTACKS and _verbal_attack(verb):
                # "attacked Trump's tax plan": criticism, of the plan and of its owner
                rel, slots = Relation.CRITICIZES, ["dobj", "poss_of_dobj"]
            if rel is Relation.ATTACKS and self._struck_with_sanctions(verb):
                # "hit Iran's drone program with sanctions": sanctions on the program's owner
                has_owner = any(
                    c.dep_ == "poss" for d in self.slot(verb, "dobj") for c in d.children
                )
                rel, slots = Relation.SANCTIONS, ["poss_of_dobj" if has_owner else "dobj"]
            elif rel is Relation.ATTACKS and self._economic_strike(verb):
                # "sanctions targeting Vnesheconombank", "vowed to hit $200 billion in Chinese
                # goods": what strikes, or what is struck, is trade, so the blow is a sanction
                rel = Relation.SANCTIONS
            objects: list[str] = []
            owned: set[str] = set()  # actors read from the acts in the slots
            for name in slots:
                for tok in self.slot(verb, name):
                    if (
                        passive
                        and name == "dobj"
                        and tok.dep_ != "nsubjpass"
                        and not (verb.dep_ == "relcl" and tok.i == verb.head.i)
                    ):
                        continue
                    found = self.entities(tok)
                    if (
                        verb.dep_ == "relcl"
                        # not "who": "an activist from Colombia, who Venezuela accuses" is the
                        # activist
                        and tok.lower_ == "which"
                        and not any(self.res.kind_of(e) in _PARTY_KINDS for e in found)
                        and (before_comma := self._named_before_comma(tok))
                        and all(self._kind_ok(e, spec.object_kinds) for e in before_comma)
                    ):
                        # "imposed sanctions on Iran, which Washington accuses of supplying
                        # drones": the parser hangs the clause on "sanctions"; one accused,
                        # sanctioned or fought is the party named just before the comma
                        found = before_comma
                    if not found and rel is Relation.ATTACKS:
                        found = self._labelled_target(tok)
                    if (
                        not found
                        and rel in _STANCES
                        and name == "dobj"
                        and tok.pos_ == "PRON"
                        and tok.lower_ in ("it", "this")
                        and self.sent.start > 0
                        and self._act_told_before()
                        and (actor := self._told_actor(tok)) is not None
                    ):
                        # "Russia launched missiles at Kyiv overnight. Ukraine condemned it": an
                        # "it" that names no one recalls the act the sentence before told, and
                        # the act its actor
                        found = [actor]
                        owned.add(actor)
                    if (
                        rel is Relation.ATTACKS
                        and tok.pos_ == "NOUN"
                        and self.res.entity_at(tok) is None
                    ):
                        # "killed five Hamas militants", "a senior Hamas commander" (constructed
                        # after outlet copy): killing an organisation's unnamed members attacks it
                        owned.update(e for e in found if self.res.kind_of(e) is Kind.ORGANIZATION)
                        # "killed three Pakistani soldiers": a state's forces are the state
                        owned.update(
                            e
                            for e in found
                            if self.res.kind_of(e) is Kind.COUNTRY
                            and tok.lemma_.lower() in _ARMED_AGENTS
                            and self._state_agent(tok) == e
                        )
                    if (owner := self.act_owners.get(tok.i)) in found:
                        # "welcomed the US decision": a stance on the act is one on its actor,
                        # whatever kinds the sense takes for a named object; no other sense
                        # reads the act as its actor ("welcomed Trump's decision" meets no one)
                        if (
                            rel in _STANCES
                            # "lashed out at Trump's plan", "blasted the US move", "threw its
                            # weight behind Ukraine's bid": criticism or support said only of
                            # actors is said of an act's actor too
                            and (_takes_acts(spec.object_kinds) or rel in _OWNER_STANCES)
                            and name != "for"
                        ):
                            owned.add(owner)
                        else:
                            found = [e for e in found if e != owner]
                    if not found and name == "for":
                        # "called for G7 action": what is asked for is the named party's act;
                        # "called for Rosselló's resignation": an act asked of its possessor
                        found = [
                            e
                            for c in tok.children
                            if (
                                c.dep_ == "compound"
                                or c.dep_ == "poss"
                                and tok.lemma_.lower() in load_agents().asked_acts
                            )
                            and (e := self.res.entity_at(c))
                        ]
                    objects.extend(found)
            if not objects and rel is Relation.CRITICIZES and "dobj" in slots:
                objects = self._relative_act_makers(verb)
                owned.update(objects)
            if (
                not objects
                and rel in _STANCES
                and "dobj" in slots
                and verb.dep_ == "relcl"
                and not any(
                    c.dep_ in ("dobj", "nsubjpass")
                    and c.lower_ not in ("that", "which")
                    # "a step Spain has declined to follow": the gap is the infinitive's
                    or c.dep_ in ("xcomp", "ccomp")
                    for c in verb.children
                )
            ):
                # "recognised Moroccan sovereignty over Western Sahara, a move Algeria condemned":
                # the act the clause's last noun sums up, and the act its actor's
                objects = self._summarised_actors(verb.head, rel is Relation.SUPPORTS)
                owned.update(objects)
            if (
                not objects
                and rel is Relation.CRITICIZES
                and "against" in slots
                and verb.lemma_.lower() in self.lex.words["addressed_speech"]
                and _prep_objects(verb, "against") + _prep_pcomps(verb, "against")
            ):
                # "warned NATO against deploying troops to Ukraine", "warned Seoul against further
                # provocations" (constructed after outlet copy): one warned against an act of
                # theirs is the one disapproved of
                objects = [e for t in self.slot(verb, "dobj") for e in self.entities(t)]
            if not objects and rel is Relation.ATTACKS:
                # "fired missiles into Pakistani territory", "fired rockets at Israeli towns"
                # (constructed after outlet copy): fire aimed at what a state owns is at the state
                objects = self._owners_hit(verb, slots)
            if not objects and rel is Relation.ATTACKS and "dobj" in slots:
                # "destroyed a Ukrainian command post", "killed a senior Hezbollah commander",
                # "hit Damascus airport" (constructed after outlet copy): a thing or member a
                # state, group or place owns is hit in its owner; a people's civilians are not
                # its forces
                objects = [
                    e
                    for t in self.slot(verb, "dobj")
                    if t.pos_ == "NOUN"
                    and t.lemma_.lower() not in _PERSONS_HIT
                    and not self.entities(t)
                    for e in self._labels(t)
                    if self.res.kind_of(e) in (Kind.ORGANIZATION, Kind.GROUP)
                    # a state's or place's own: its forces, posts and works, not a tourist or a
                    # journalist of that nationality
                    or self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
                    and (_owned_works(t) or self._is_state_agent_head(t))
                    and self.res.name_of(e).lower().split()[-1] not in _WATERS
                ]
                owned.update(objects)
            if not objects and rel is Relation.SANCTIONS:
                # "froze the assets of 22 Myanmar officials", "banned the import of farm goods
                # from Russia", "blacklisted heads of US agencies" (constructed after outlet
                # copy): a measure on an unnamed thing falls on whom it belongs to or comes from
                objects = [
                    e
                    for name in slots
                    # "froze the assets of ...": the thing whose owner the sense looks for, and
                    # only its owner ("revoke Article 50, the EU treaty clause" hits no one)
                    for tok in self.slot(verb, "dobj" if name == "poss_of_dobj" else name)
                    if not self.entities(tok)
                    for e in self._measured(tok, owner_only=name == "poss_of_dobj")
                ]
            if rel is Relation.VISITS and verb.lemma_.lower() in _MEETING_PLACE_VERBS:
                # "hosted Turkish President Erdoğan in Moscow": the parser hangs the meeting's
                # place on the guest's name
                objects += [
                    e
                    for n in ("dobj", "with")
                    for head in self.slot(verb, n)
                    for t in (head, *head.conjuncts)
                    if t.pos_ == "PROPN"
                    for prep in ("in", "at")
                    for p in _prep_objects(t, prep)
                    for e in self.entities(p)
                ]
            if backed is not None:
                objects = backed[1]
                # "a decision welcomed by Moscow but criticised by Poland": the noun's owner
                mover = self.act_owners.get((_summary_clause(verb) or verb).head.i)
                if mover in objects and _takes_acts(spec.object_kinds):
                    owned.add(mover)
            if (
                not objects
                and rel is Relation.REQUESTS
                and verb.dep_ == "conj"
                and verb.head.lemma_.lower() == "summon"
            ):
                # "summoned Russia's charge d'affaires and demanded an explanation": what is
                # asked of no one named is asked of the state whose envoy was summoned
                objects = sorted(self._senders_summoned(verb.head))
            if not objects and spec.addressee_from_governor and verb.dep_ in ("advcl", "acl"):
                # "wrote to the US Embassy in London asking to waive her immunity", "sent a letter
                # requesting the new rules to Elaine Chao": the request goes where the message went.
                governor = (
                    verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
                )
                objects = [
                    e
                    for t in _prep_objects(governor, "to") + _prep_objects(verb, "to")
                    for e in self.entities(t)
                ]
            if spec.event_target:
                # "claimed responsibility for the attacks": the target of the attacks told of;
                # "for the Saturday strike on Israel": the target the act names itself
                objects = [
                    t
                    for n in spec.object
                    for tok in self.slot(verb, n)
                    if (ev := _EVENT_NOUNS.get(tok.lemma_.lower())) is not None
                    for t in (
                        self._own_targets(tok, ev)
                        or [m for m in [self.memory.event_targets.get(ev)] if m is not None]
                    )
                ]
            if rel is Relation.ATTACKS and passive and not subjects:
                # "al-Muhandis, who was also killed in the airstrike": the airstrike's actor;
                # "killed in a US counter-terrorism operation", "by an Israeli strike": the act's
                subjects = [
                    e
                    for t in _prep_objects(verb, "in") + _prep_objects(verb, "by")
                    if (e := self._event_actor(t) or self._act_agent(t))
                ]
            if rel is Relation.ATTACKS and not passive and not subjects:
                # "A US airstrike on Baghdad airport killed Qasem Soleimani": the act's actor
                subjects = [
                    e for c in verb.children if c.dep_ == "nsubj" and (e := self._act_agent(c))
                ]
            if rel is Relation.ATTACKS and passive and not subjects and objects:
                # "oil facilities belonging to Saudi Arabia's Saudi Aramco were hit by multiple
                # drone strikes": no attacker named, but "the attacks" later are on Saudi Arabia
                self.memory.event_targets[rel] = objects[0]
            if "against" in slots and self._sued_measures(rel, objects):
                rel, owned = Relation.OPPOSES, owned | set(objects)
            objects = [
                o
                for o in dict.fromkeys(objects)
                if o in owned or self._kind_ok(o, spec.object_kinds)
            ]
            inheriting, inherited_mode = False, None
            if objects and not subjects and not held and not adjectival and backed is None:
                # no actor of its own: the clause it hangs in may name one
                inherited, inherited_mode = self.inherited_subjects(verb)
                subjects = [
                    e
                    for e in inherited
                    if self._kind_ok(e, spec.subject_kinds) and e not in objects
                ]
                inheriting = True
            items = [
                _np_text(t)
                for n in spec.items
                for t in self.slot(verb, n)
                if not self.res.entity_at(t)
            ]
            if rel is Relation.SUPPLIES and self._gives_no_supply(verb, spec):
                continue
            base = self.lex.confidence(spec)
            if not objects and subjects and rel in (Relation.SANCTIONS, Relation.ATTACKS):
                yield from self._threat(verb, rel, subjects)
            guests = [o for o in objects if self.res.kind_of(o) is Kind.PERSON]
            if rel is Relation.MEETS and verb.lemma_.lower() in _MEETING_PLACE_VERBS and subjects:
                # "Mitsotakis hosted Anastasiades and Netanyahu", "met with A and B": one meeting
                # of them all, which the guests attend together
                for i, a in enumerate(guests):
                    for b in guests[i + 1 :]:
                        yield _Candidate(rel, a, b, verb, "meeting_guests", confidence=base)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
                # "Seoul and Tokyo pledged to work together": the pledge's subject is the verb's
                verb.dep_ == "xcomp"
                # "Biden and Sanders announced they were to form six working groups"
                and (verb.head.lemma_.lower() in _COMMITTING or verb.head.lemma_ == "be")
                and any(c.dep_ == "nsubj" for c in verb.head.children)
            )
            # Pairs only from the verb's own coordinated subject: "gathered in Cairo to discuss ..."
            # is one meeting, not a second, negotiating one.
            needs = spec.symmetric_needs
            # "Japan and South Korea signed a trade agreement", "negotiated a deal": an unnamed
            # thing they agree on is no party. A party in the object ("agreed with Iran") is the
            # other side, and co-signers of a named treaty ("signed the AfCFTA") need not agree
            # with each other.
            parties = [o for o in objects if self.res.kind_of(o) is not Kind.TOPIC]
            named = any(
                c.dep_ == "dobj"
                and (any(t.pos_ == "PROPN" for t in [*c.lefts, c]) or _prep_objects(c, "with"))
                for c in verb.children
            )
            pair_up = (
                not parties
                and not named
                # "He was met by Kozhemyako and Kozlov": a passive's agents meet its subject;
                # "the deal was signed by Greece and Egypt": they signed it together
                and (not passive or rel is Relation.AGREES_WITH)
                and spec.symmetric_subjects
                and rel in SYMMETRIC
                and len(subjects) > 1
                and own_subject
                and (not needs or any(t.lower_ in needs for t in verb.subtree))
                # "The foreign ministers agreed to a future meet": a meeting's participants
                # agreeing among themselves is that meeting, told already
                and not any(c.dep_ in _SUBJ and self._gathering_described(c) for c in verb.children)
                # "Pierce called for an end to the War on Drugs, with which Hawkins and La Riva
                # somewhat agreed": what they agree with is the other side, not each other
                and not (rel is Relation.AGREES_WITH and self._agreed_with_other(verb))
            )
            if rel is Relation.AGREES_WITH and subjects:
                objects = [o for o in objects if not self._others_agreement(o, subjects)]
            if pair_up and rel is Relation.AGREES_WITH:
                if len(subjects) == 2:
                    # "Turkey and Libya signed a maritime border agreement": a bilateral deal is
                    # the two parties agreeing with each other, not each with the deal
                    objects = [o for o in objects if self.res.kind_of(o) is not Kind.TOPIC]
                else:
                    # "Greece, Cyprus and Israel signed the agreement": a multilateral signing
                    # binds each party to the agreement, not every pair of parties
                    pair_up = False
            if rel in (Relation.REQUESTS, Relation.SUPPORTS) and (
                undone := self._undone_issues(verb)
            ):
                # "demanded the withdrawal of the extradition bill", "called for the repeal of
                # the law": asking for a measure's undoing opposes it
                rel, objects = Relation.OPPOSES, undone
            if rel is Relation.SANCTIONS and subjects:
                objects = self._not_own_post(verb, subjects, objects)
            said = Modality.REPORTED if spec.reported or _claimed_act(verb) else inherited_mode
            for s in subjects:
                for o in objects:
                    if s != o:
                        # "bought drones from Iran": the one in the slot acts on the subject
                        actor, target = (o, s) if spec.reverse else (s, o)
                        yield _Candidate(
                            rel,
                            actor,
                            target,
                            verb,
                            "inherited_subject" if inheriting else "verb_frame",
                            items=items,
                            modality=said,
                            confidence=base,
                        )
                        if spec.mutual:
                            # "protesters clashed with police", "exchanged fire with the
                            # South": the other side acts too
                            yield _Candidate(rel, target, actor, verb, "mutual_object")
            if pair_up:
                for i, a in enumerate(subjects):
                    for b in subjects[i + 1 :]:
                        yield _Candidate(rel, a, b, verb, "coordinated_subjects")
            if (
                not objects
                and spec.mutual
                and len(subjects) > 1
                and own_subject
                # "Mali, Burkina Faso and Niger are fighting armed groups": a foe the text does
                # not name is still another than the subjects
                and not any(
                    t.pos_ in ("NOUN", "PROPN") and not _reciprocal(t)
                    for n in {*slots, "dobj"}
                    for t in self.slot(verb, n)
                    # "fought a war", "exchanged fire": the act, not a foe
                    if t.lemma_.lower() not in (spec.requires_dobj or ())
                    and _noun_sense(t, self.lex) is None
                )
            ):
                # "North and South Korea exchanged artillery fire": each side acts on the other
                for a in subjects:
                    for b in subjects:
                        if a != b:
                            yield _Candidate(rel, a, b, verb, "mutual_subjects")
            if (
                not objects
                and rel not in SYMMETRIC
                and len(subjects) > 1
                and own_subject
                and not passive
                and any(_reciprocal(t) for n in slots for t in self.slot(verb, n))
            ):
                # "Moscow and Kyiv accused each other of violating the ceasefire", "blamed one
                # another for the attacks": each does to the other what the verb says
                for a in subjects:
                    for b in subjects:
                        if a != b:
                            yield _Candidate(rel, a, b, verb, "reciprocal_object", confidence=base)
            if spec.alleges:
                yield from self._allegation(verb, spec.alleges, objects)

    def _labelled_target(self, target: Token) -> list[str]:
        """ "bombed three Iranian nuclear sites", "struck Houthi targets": an installation no
        name names, labelled with one state or party or owned by one, is that party's; it is
        what was attacked, as an unnamed agent labelled with a country acts for it."""
        if (
            target.pos_ != "NOUN"
            or self.res.entity_at(target) is not None
            or target.lemma_.lower() not in _TARGET_PLACES
        ):
            return []  # "destroyed American tanks", "attacked Ugandan doctors": no state's own
        # "Sudanese army positions": a label may be an agent labelled in turn
        labels = {
            e
            for c in target.children
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < target.i
            for e in self.entities(c, with_conj=False)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP)
        }
        return list(labels) if len(labels) == 1 else []

    def _struck_with_sanctions(self, verb: Token) -> bool:
        """Whether a verb of striking strikes "with" a sanction noun: "hit Iran with sanctions"."""
        return any(
            (sense := _noun_sense(p, self.lex)) is not None and sense.type is Relation.SANCTIONS
            # the parser may hang "with" on the object
            for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for p in _prep_objects(holder, "with")
        )

    def _called_to_talks(self, verb: Token) -> bool:
        """Whether a verb calls its object "for" or "to" a meeting or talks (a noun the lexicon
        reads as meeting or negotiating): "summoned the leaders for talks"."""
        return any(
            (sense := _noun_sense(p, self.lex)) is not None
            and sense.type in (Relation.MEETS, Relation.NEGOTIATES_WITH)
            for prep in ("for", "to")
            for p in _prep_objects(verb, prep)
        )

    def _economic_strike(self, verb: Token) -> bool:
        """Whether a verb of striking strikes by trade: its doer is a sanction noun ("sanctions
        targeting the banks", "the tariffs hit China") or what it strikes is goods or an amount
        of them ("hit $200 billion in Chinese goods", "targeting Russian imports")."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in ("acl", "relcl"):
            doers.append(verb.head)
        if any(self._sanction_noun(d) for d in doers):
            return True
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            heads = [obj, *(p for prep in ("in", "of", "on") for p in _prep_objects(obj, prep))]
            if any(h.lemma_.lower() in _TRADED for h in heads) or obj.ent_type_ == "MONEY":
                return True
        return False

    def _sanction_noun(self, token: Token) -> bool:
        sense = _noun_sense(token, self.lex)
        return sense is not None and sense.type is Relation.SANCTIONS

    def _agreed_with_other(self, verb: Token) -> bool:
        """Whether a verb's "with" holds something other than a party or "each other"."""
        return any(
            not self.entities(p) and p.lower_ not in ("other", "another")
            for p in _prep_objects(verb, "with")
        )

    def actor_participle(self, verb: Token) -> Iterator[_Candidate]:
        """ "the Iranian-backed Houthis", "Sanders-backed candidate Joe Biden", "the US-allied
        SDF", "the US-sanctioned airline Mahan Air": a participle of a lexicon verb joined by a
        hyphen to a named actor says what that actor does to the noun it modifies."""
        doc = verb.doc
        if (
            not _actor_participle(verb, self.lex)
            or verb.dep_ not in ("amod", "compound")
            or verb.head.i <= verb.i
        ):
            return
        actor = self.res.entity_at(doc[verb.i - 2])
        if actor is None:
            return
        head = verb.head  # "the Armenian-backed separatist Republic of Artsakh": the name
        while (
            head.dep_ in ("amod", "compound")
            and head.i < head.head.i
            and not self.res.entity_at(head)
        ):
            head = head.head
        # "the Sanders-backed candidate Joe Biden": the name in apposition to a common noun
        named = (
            [head] if self.res.entity_at(head) else [c for c in head.children if c.dep_ == "appos"]
        )
        if (
            head.dep_ == "appos"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
            and self.res.entity_at(head.head)
        ):
            # "the Quds Force, a U.S.-designated Foreign Terrorist Organization": what "a ..."
            # describes is the one named before it, however its class is capitalised
            named = [head.head]
        targets = [
            e
            for t in named or [head]
            for e in self.entities(t, with_conj=False)
            if e != actor and self.res.kind_of(e) is not Kind.TOPIC
        ]
        for spec in self.lex.verbs.get(verb.lemma_.lower(), []):
            # only senses whose target is the verb's own object ("backed X", "allied with X"),
            # and stances or aid rather than events: "Israeli-occupied" tells of no attack
            if spec.type not in _PARTICIPLE_TYPES or not {"dobj", "with"} & set(spec.object):
                continue
            if spec.particle or spec.requires_dobj or spec.needs_dobj or spec.reverse:
                continue
            if not self._kind_ok(actor, spec.subject_kinds):
                continue
            for target in targets:
                if self._kind_ok(target, spec.object_kinds):
                    yield _Candidate(spec.type, actor, target, verb, "actor_participle")
            return

    def _attended_in(self, verb: Token) -> Iterator[_Candidate]:
        """ "Modi attended the BRICS summit in Kazan", "Kushner attended the signing in Al-Ula":
        one who attends an event held in a place is there (`_at_home` drops one at home)."""
        if verb.lemma_.lower() != "attend" or any(c.dep_ == "neg" for c in verb.children):
            return
        events = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS | _ATTENDED_EVENTS
        ]
        if not events:
            return
        found = [
            e
            for t in [verb, *events]
            for prep in ("in", "at")
            for p in _prep_objects(t, prep)
            for e in self.entities(p)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
        ]
        for person in self.subjects(verb):
            if self.res.kind_of(person) is Kind.PERSON:
                for place in found[:1]:
                    yield _Candidate(Relation.VISITS, person, place, verb, "attended_in")

    def gathering_parties(self) -> Iterator[_Candidate]:
        """ "The talks at the Elysee Palace, hosted by President Emmanuel Macron and attended by
        Chancellor Angela Merkel, brought together Putin and Zelensky", "in a meeting hosted by
        Qatar's emir", "Fidan hosted a trilateral meeting with the Ukrainian delegation",
        "hosted his counterparts from Syria, Saudi Arabia, Iraq and Egypt" (constructed after
        outlet copy): the named parties of one gathering, its hosts, guests and those who meet
        at it, meet each other, pairwise (the dev convention for a meeting of several); not
        those listed as one side of it ("held talks with Aoun, Diab and Berri"), nor one only
        spoken of at it, nor at a gathering held at a distance or called off (`_not_met_at`)."""
        for token in self.sent:
            if token.pos_ == "NOUN" and (
                token.lower_ in _GATHERINGS | {"session"} or token.lemma_.lower() in _GATHERINGS
            ):
                if self._not_met_at(token):
                    continue
                # the verb of meeting it hangs on says whether it took place: "will host Putin
                # and Modi at a summit"
                governor = token.head.head if token.dep_ == "pobj" else token.head
                acting = (
                    governor
                    if governor.pos_ in ("VERB", "AUX")
                    and governor.lemma_.lower()
                    in _MEETING_PLACE_VERBS | _CONVENING | _GATHERING | {"be"}
                    else token
                )
                yield from self._meet_pairwise(acting, self._gathering_sides(token))
            elif (
                token.dep_ == "dobj"
                and token.lemma_.lower() in _GUESTS
                and token.tag_ == "NNS"
                and token.head.lemma_.lower() in _MEETING_PLACE_VERBS
            ):
                sent = [
                    e
                    for p in _prep_objects(token, "from") + _prep_objects(token.head, "from")
                    for e in self.entities(p)
                ]
                if len(sent) > 1:
                    sides = [(self.subjects(token.head), True), (sent, True)]
                    yield from self._meet_pairwise(token, sides)

    def _not_met_at(self, noun: Token) -> bool:
        """Whether a gathering's parties did not meet in person: "There was no meeting between
        Putin and Zelensky", "the planned summit was cancelled", "a virtual summit", "attended
        the summit by video link"."""
        if any(c.lower_ in ("no", "not") for c in noun.children):
            return True
        if any(c.lower_ in _AT_A_DISTANCE for c in noun.children if c.dep_ in ("amod", "compound")):
            return True
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_.lower() in _CALLING_OFF or any(
            c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
        ):
            return True
        return any(t.lower_ in ("video", "videoconference", "virtually") for t in self.sent)

    def _gathering_sides(self, noun: Token) -> list[tuple[list[str], bool]]:
        """The parties a gathering's sentence names as taking part in it, in lists, each with
        whether its members meet each other (hosts, those it is between, those brought together)
        or are one side (those it is "with", who act at it together)."""
        sides: list[tuple[list[str], bool]] = []
        # "talks at the palace, hosted by Macron and attended by Merkel": the parser may hang
        # the participle on a noun inside the gathering's phrase
        for t in noun.subtree:
            if t.dep_ in ("acl", "conj") and t.tag_ == "VBN" and t.lemma_.lower() in _CONVENING:
                for a in t.children:
                    if a.dep_ == "agent":
                        sides.append((self._listed_after(a), True))
        guests = [e for p in _prep_objects(noun, "with") for e in self._members_named(p)]
        sides.append((guests, False))
        for prep in ("between", "among"):
            sides += [(self._members_named(p), True) for p in _prep_objects(noun, prep)]
        verb = noun.head
        if noun.dep_ in ("nsubjpass", "dobj", "nsubj") and verb.pos_ in ("VERB", "AUX"):
            lemma = verb.lemma_.lower()
            if noun.dep_ == "nsubjpass" and lemma in _CONVENING:
                for a in verb.children:
                    if a.dep_ == "agent":
                        sides.append((self._listed_after(a), True))
            elif noun.dep_ == "dobj" and lemma in _CONVENING | {"hold"}:
                # "Fidan hosted a trilateral meeting with ...": those who hold talks "with"
                # others are one side
                sides.append((self.subjects(verb), lemma in _CONVENING and not guests))
            elif noun.dep_ == "nsubj" and lemma == "bring":
                # "brought together Putin and Zelensky", "brought Erdogan to the same table as
                # Putin and Macron"
                brought = [
                    e for o in verb.children if o.dep_ == "dobj" for e in self._members_named(o)
                ]
                brought += [
                    e
                    for o in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                    for p in _prep_objects(o, "as") + _prep_objects(o, "with")
                    for e in self._members_named(p)
                ]
                brought += [
                    e
                    for t in _prep_objects(verb, "to")
                    for p in _prep_objects(t, "as")
                    for e in self._members_named(p)
                ]
                sides.append((brought, True))
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during"):
            # "Lavrov and Kuleba held talks, in a trilateral meeting hosted by Türkiye", "shook
            # hands with Sisi in a meeting hosted by Qatar's emir": who acts at it takes part
            acting = noun.head.head
            meeting = acting.lemma_.lower() in _MEETING_PLACE_VERBS | _MEETING_ACTS
            named = any(members for members, _ in sides)
            if acting.pos_ in ("VERB", "AUX") and (
                meeting or named or noun.head.lower_ == "during"
            ):
                # "shook hands with Sisi in a meeting", "met Mekdad in Moscow, alongside Lavrov,
                # in a meeting", "sat across from Pompeo in the expanded session": whom a verb of
                # meeting names too; not whom a verb of speech at it names ("at the summit,
                # Biden praised Abe": one spoken of)
                met = [e for p in _prep_objects(acting, "with") for e in self._members_named(p)]
                if meeting:
                    met += [
                        e
                        for c in acting.children
                        if c.dep_ == "dobj" or c.dep_ == "prep" and c is not noun.head
                        for t in ([c] if c.dep_ == "dobj" else _prep_objects(acting, c.lower_))
                        for e in self.entities(t)
                        if self.res.kind_of(e) is Kind.PERSON
                    ]
                sides += [(self.subjects(acting), meeting and not met), (met, False)]
        return sides

    def _members_named(self, token: Token) -> list[str]:
        """The parties a noun names as a gathering's member: a delegation led by someone is
        theirs too ("a US team led by Secretary of State Marco Rubio")."""
        found = self.entities(token)
        for t in (token, *token.conjuncts):
            for c in t.children:
                if c.dep_ == "acl" and c.lemma_.lower() == "lead":
                    found += [
                        e for a in c.children if a.dep_ == "agent" for e in self._listed_after(a)
                    ]
        return found

    def _meet_pairwise(
        self, trigger: Token, sides: list[tuple[list[str], bool]]
    ) -> Iterator[_Candidate]:
        """Pairwise MEETS among the parties of one gathering, none within one side, and none
        for a gathering said not to have happened."""
        if any(
            c.dep_ == "neg" or c.lower_ == "no" for c in (*trigger.children, *trigger.head.children)
        ):
            return
        groups = [
            ([e for e in members if self.res.kind_of(e) in _PARTY_KINDS], each)
            for members, each in sides
        ]
        members = list(dict.fromkeys(e for group, _ in groups for e in group))
        if not 2 <= len(members) <= _MOST_AT_A_TABLE:
            return
        # the sides are sorted out once the sentence's titles are read (`_apart`)
        self.gatherings[trigger.i] = members
        together = {
            frozenset((a, b)) for group, each in groups if not each for a in group for b in group
        }
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if frozenset((a, b)) not in together:
                    yield _Candidate(Relation.MEETS, a, b, trigger, "gathering_parties")

    def _apart(self, cand: _Candidate) -> bool:
        """Whether a meeting's two ends are of different sides: not a person and the state or body
        they serve; at a gathering, not two of one government, nor a state named only as the home
        of one of its persons ("Crown Prince Mohammed bin Salman of Saudi Arabia")."""
        if cand.type is not Relation.MEETS:
            return True
        a, b = cand.subject, cand.object
        if a in self._own_states(b) or b in self._own_states(a):
            return False
        if cand.rule not in _ONE_GATHERING:
            return True
        members = self.gatherings.get(cand.trigger.i, [])
        homes = {
            h for m in members if self.res.kind_of(m) is Kind.PERSON for h in self._own_states(m)
        }
        # two of one government, or of its bodies ("Kremlin aide Yuri Ushakov" and Putin)
        return not self._served_states(a) & self._served_states(b) and not {a, b} & homes

    def _served_states(self, person: str) -> set[str]:
        """The states a person serves or leads, through the bodies they serve too."""
        if self.res.kind_of(person) is not Kind.PERSON:
            return set()
        own = self._homes(person) | self._led_states(person)
        return {s for h in own for s in (h, self.res.part_of.get(h)) if s is not None}

    def _treated_in(self, verb: Token) -> Iterator[_Candidate]:
        """ "his widow, Denise, was being medically treated in Kenya", "Pohiva received medical
        treatment in New Zealand": a patient treated in a place has gone there (`_at_home` drops
        one treated at home)."""
        lemma = verb.lemma_.lower()
        cares = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TREATMENTS]
        if lemma in _TREATING and any(c.dep_ == "nsubjpass" for c in verb.children):
            patients = [e for c in verb.children if c.dep_ == "nsubjpass" for e in self.entities(c)]
        elif lemma in ("receive", "undergo", "get") and cares:
            patients = self.subjects(verb)
        else:
            return
        found = [
            e
            for t in [verb, *cares]
            for p in _prep_objects(t, "in")
            for e in self.entities(p)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
        ]
        for patient in patients:
            if self.res.kind_of(patient) is Kind.PERSON:
                for place in found[:1]:
                    yield _Candidate(Relation.VISITS, patient, place, verb, "treated_in")

    def _co_signers(self, verb: Token, subjects: list[str]) -> Iterator[_Candidate]:
        """ "a summit where Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed
        the AfCFTA agreement": the persons who sign an agreement together meet, and visit where
        the signing or its summit is held (`_at_home` keeps the guests)."""
        if not any(c.dep_ == "nsubj" for c in verb.children) or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SIGNED_TEXTS for c in verb.children
        ):
            return  # "signed a letter" is no meeting
        persons = [s for s in subjects if self.res.kind_of(s) is Kind.PERSON]
        if len(persons) < 2:
            return
        for i, a in enumerate(persons):
            for b in persons[i + 1 :]:
                yield _Candidate(Relation.MEETS, a, b, verb, "co_signers")
        places = [
            p
            for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            for prep in ("in", "at")
            for p in _prep_objects(t, prep)
        ]
        if verb.dep_ == "relcl" and verb.head.lower_ in _GATHERINGS:
            # "met in Niamey for an AU summit where ... signed"
            event = verb.head
            places += _prep_objects(event, "in")
            if event.dep_ == "pobj" and event.head.head.pos_ == "VERB":
                places += _prep_objects(event.head.head, "in")
        found = [
            e
            for t in places
            for e in self.entities(t)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
        ]
        for person in persons:
            for place in found[:1]:
                yield _Candidate(Relation.VISITS, person, place, verb, "co_signers")

    def _participle_arguments(self, verb: Token) -> tuple[list[str], list[str]] | None:
        """ "Russian-backed separatists", "an Iranian-backed militia", "SpaceX, backed by Elon
        Musk,": a stance participle on a noun takes its stance on what the noun names (or on the
        name the noun is in apposition to), held by its hyphenated modifier or its "by" agent.
        None when the verb is no such participle."""
        noun = verb.head
        # "a decision welcomed by Moscow but criticised by Poland": a participle coordinated
        # with a summary's participle stands where the first does
        place = _summary_clause(verb) or verb
        noun = place.head
        if (
            verb.tag_ != "VBN"
            or place.dep_ not in ("amod", "acl")
            or noun.pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ == "nsubjpass" for c in verb.children)
        ):
            return None
        if place.dep_ == "amod":
            actors = [
                e
                for c in verb.children
                if c.dep_ in ("npadvmod", "compound", "nmod", "advmod")
                and c.i < verb.i
                and _hyphenated(c, verb)
                for e in self.entities(c)
            ]
        else:
            actors = [
                e
                for a in verb.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
                for e in self.entities(p)
            ]
        if not actors:
            return None
        while noun.dep_ in ("amod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "the Armenian-backed separatist Republic of Artsakh"
        backing = any(
            s.type is Relation.SUPPORTS for s in self.lex.verbs.get(verb.lemma_.lower(), [])
        )
        # "said Russian forces do not strike civilians, a claim rejected by Kyiv": a summary is
        # of the clause's actor, not of its own participle's agent ("a decision welcomed by
        # Moscow" is no act of Moscow's)
        summed = _sums_up(noun)
        targets = self._summarised_actors(noun, backing) if summed else self.entities(noun)
        if summed and len(targets) == 1:
            self.act_owners[noun.i] = targets[0]
        if (
            not targets
            and not summed
            and noun.lemma_.lower() in _VOTED_MEASURES | _TOLD_AGREEMENTS | _SIGNED_DOCUMENTS
            and (measure := self._topic(noun)) is not None
        ):
            # "The resolution, drafted by Britain and backed by the United States": the measure
            targets = [measure]
        # a summary the reading above refused (a retreat welcomed, a repeated noun) stays refused
        if not targets and not summed and (mover := _act_told_of(noun)) is not None:
            # "voted to expel the troops, a move welcomed by Iran": the stance is on the mover,
            # whatever kinds the sense takes for a named object
            targets = self.subjects(mover)
            if len(targets) == 1:
                self.act_owners[noun.i] = targets[0]
        if not targets and noun.dep_ == "appos" and not summed:
            # "the Popular Mobilization Forces (PMF), an Iranian-backed militia": the name the
            # apposition follows, wherever the parser hangs it
            i = noun.left_edge.i - 1
            while i > self.sent.start and self.sent.doc[i].is_punct:
                if self.sent.doc[i].text == ")":
                    while i > self.sent.start and self.sent.doc[i].text != "(":
                        i -= 1
                i -= 1
            targets = self.entities(self.sent.doc[i]) if i >= self.sent.start else []
        return actors, [t for t in targets if t not in actors]

    def stance_prefixes(self) -> Iterator[_Candidate]:
        """ "pro-Russian separatists in Donetsk", "the pro-Kremlin newspaper Izvestia",
        "anti-government protesters in Iraq", "pro-democracy protesters": a party the text names
        with a pro- or anti- modifier supports or opposes what the modifier names; "government"
        is the government of the country a described group was scoped to."""
        doc = self.sent.doc
        for tok in self.sent:
            if tok.lower_ not in ("pro", "anti") or tok.i + 2 >= self.sent.end:
                continue
            dash, word = doc[tok.i + 1], doc[tok.i + 2]
            if dash.text not in ("-", "–") or tok.whitespace_ or dash.whitespace_:
                continue
            noun = word.head
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= word.i:
                continue
            # "the pro-Kremlin newspaper Izvestia": the name in apposition to the noun
            named = self.entities(noun) or [
                e for c in noun.children if c.dep_ == "appos" for e in self.entities(c)
            ]
            if not named and noun.dep_ == "appos":
                named = self.entities(noun.head)  # "the Life and Liberty Party, a ... party"
            holders = [
                h
                for h in named
                if self.res.kind_of(h) in (Kind.GROUP, Kind.ORGANIZATION, Kind.PERSON)
            ]
            target = self.res.entity_at(word)
            if target is None and word.lower_ in ("government", "regime"):
                homes = {self.memory.group_home.get(h) for h in holders} - {None}
                target = homes.pop() if len(homes) == 1 else None
            if target is None and word.lemma_.lower() in load_agents().causes:
                target = self._issue(word)
            if target is None or self.res.kind_of(target) is Kind.LOCATION:
                continue
            rel = Relation.SUPPORTS if tok.lower_ == "pro" else Relation.OPPOSES
            for holder in holders:
                if holder != target:
                    yield _Candidate(rel, holder, target, tok, "stance_prefix")

    def title_predicates(self) -> Iterator[_Candidate]:
        """ "Chirac, who served as President of France,", "voted to elect Boris Johnson as the new
        Conservative leader", "Ruto became president of Kenya": a title said of a person by a verb
        of holding or taking office, with its owner."""
        roles = load_roles()
        titles = roles.leader | roles.affiliated
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ not in ("VERB", "AUX") or lemma not in _OFFICE_OR_POST_VERBS:
                continue
            heads = [
                p
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj"
            ] + [c for c in verb.children if c.dep_ in ("attr", "oprd")]
            if lemma == "step" and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
            ):
                continue  # "stepped down as Conservative leader"; not "stepped in as mediator"
            if lemma in _HOLDING_OFFICE:
                # "resumed the office of Speaker of the House", "held the post of Speaker": the
                # office a post noun names, a title with no article ("the office of the Speaker"
                # is a room); "kept Hunt as Chancellor" is said of the one kept; "took office as
                # prime minister", "took over as president": the "as" title, taken
                taken = any(
                    c.dep_ == "dobj"
                    and c.lower_ in ("office", "power")
                    or c.dep_ == "prt"
                    and c.lower_ == "over"
                    for c in verb.children
                )
                heads = [
                    p
                    for c in verb.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in _POSTS
                    for p in _prep_objects(c, "of")
                    if not any(d.dep_ == "det" for d in p.children)
                ] + (heads if taken and lemma in ("take", "assume") else [])
            # "step down as leader of the Liberal Democratic Party and prime minister of Japan":
            # each title the "as" phrase joins
            heads += [c for h in heads for c in h.conjuncts if c.i > h.i and c.pos_ == "NOUN"]
            if lemma in _CONFERRING and verb.dep_ == "xcomp":
                # "voted to elect Boris Johnson ... as the new Conservative leader": the parser
                # hangs the "as" on the governing verb, after the conferring one
                heads += [
                    p
                    for c in verb.head.children
                    if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
            if lemma in _CONFERRING and (
                named := [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            ):
                holders = [e for c in named for e in self.entities(c, with_conj=False)]
                if not holders and any(c.dep_ == "nsubjpass" for c in named):
                    holders = []
            else:
                holders = self.subjects(verb)
            holders = [h for h in holders if self.res.kind_of(h) is Kind.PERSON]
            if self._ambiguous_pronoun_subject(verb):
                holders = []
            for head in heads:
                if head.lower_ not in titles and head.lemma_.lower() not in titles:
                    continue
                if self.res.entity_at(head):
                    continue
                words = [
                    t
                    for t in head.doc[head.left_edge.i : head.i + 1]
                    if not self.res.entity_at(t)
                    and t.dep_ not in ("det", "poss", "case")
                    and not t.is_punct
                ]
                role = " ".join(t.text for t in words)
                # "Chirac was mayor of Paris": a local head's office is the place's
                kinds = (Kind.COUNTRY, Kind.ORGANIZATION) + (
                    (Kind.LOCATION,) if _local_head(role, roles) else ()
                )
                owners = [o for o in self._owners(head) if self.res.kind_of(o) in kinds]
                if not owners and head.lower_ in load_parties().member_titles:
                    # "to elect Boris Johnson ... as the new Conservative leader"
                    owners = [
                        node
                        for c in head.children
                        if c.dep_ in ("amod", "compound")
                        and (party := self._party_named(c)) is not None
                        and (node := self._party_node(party, c)) is not None
                    ]
                if not owners and known_title(role) and not _hypothetical(verb):
                    # "Jeremy Hunt, who succeeded him as Foreign Secretary": whose office it
                    # was, the register alone may say (`bare_title_owners`)
                    self.apposed_titles += [(h, role, head) for h in holders]
                if len(owners) != 1:
                    continue
                rel = (
                    Relation.LEADER_OF
                    if _is_leader_title(role, roles) or _local_head(role, roles)
                    else Relation.AFFILIATED_WITH
                )
                for holder in holders:
                    if holder != owners[0]:
                        yield _Candidate(
                            rel,
                            holder,
                            owners[0],
                            head,
                            "title_predicate",
                            role=role,
                            modality=_office_to_come(verb),
                            tense=_office_left(verb),
                        )

    def _ambiguous_pronoun_subject(self, verb: Token) -> bool:
        """ "Biden met Rishi Sunak since he became British prime minister": a pronoun subject
        after two people of the sentence may be either; an office is not given on a guess."""
        # a personal pronoun, not "who", which the parser ties to its own antecedent
        pronouns = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "PRP"]
        if not pronouns:
            return False
        before = {
            e
            for t in self.sent
            if t.i < pronouns[0].i
            and (e := self.res.entity_at(t))
            and self.res.kind_of(e) is Kind.PERSON
        }
        return len(before) > 1

    def asked_by(self) -> Iterator[_Candidate]:
        """ "visited Moscow at the invitation of Putin", "suspended Parliament at the request of
        Prime Minister Boris Johnson", "will comply with the request of ...": whose request or
        invitation it was asked or invited whoever acts on it."""
        for noun in self.sent:
            rel = _ASKED_NOUNS.get(noun.lemma_.lower())
            if rel is None or noun.pos_ != "NOUN":
                continue
            askers = [
                e
                for e in self._named_in(noun, "of")
                + [e for c in noun.children if c.dep_ == "poss" for e in self.entities(c)]
                if self.res.kind_of(e) in _ACTOR_KINDS | {Kind.PERSON}
            ]
            head = noun.head
            if noun.dep_ == "pobj" and head.lower_ in ("at", "on", "upon", "with", "by"):
                verb = head.head  # "at the request of", "comply with the request of"
            elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ACCEPTING:
                verb = noun.head  # "accepted the invitation of", "granted Iran's request"
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX") or len(set(askers)) != 1:
                continue
            for actor in self.subjects(verb):
                if actor != askers[0]:
                    yield _Candidate(rel, askers[0], actor, noun, "asked_by")
                    if rel is Relation.REQUESTS:
                        # "will comply with the request of Prime Minister Boris Johnson",
                        # "prorogation ... by Queen Elizabeth II at the request of": acting on a
                        # request is agreeing to it, with the one who asked
                        # (read at the verb: "refused to comply with" does not agree)
                        yield _Candidate(Relation.AGREES_WITH, actor, askers[0], verb, "asked_by")

    def sanction_measures(self) -> Iterator[_Candidate]:
        """ "The sanctions target Russia's largest banks", "The measures, announced by the
        Treasury, target family members of Maduro": measures said to target someone sanction
        them, on behalf of whoever the measures are (their label, the "by" of the participle on
        them, else the actor of the sanctions the article told of last). "The Commerce
        Department added Huawei to its entity list": listing someone is sanctioning them."""
        for verb in self.sent:
            if verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            subjects: list[str] = []
            measures = [
                c
                for c in verb.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in _SANCTION_MEASURES
            ]
            if lemma in _TARGETING and measures:
                m = measures[0]
                subjects = [e for e in self._labels(m) if self.res.kind_of(e) in _ACTOR_KINDS] or [
                    e
                    for acl in m.children
                    if acl.dep_ == "acl"
                    for agent in acl.children
                    if agent.dep_ == "agent"
                    for p in agent.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p)
                ]
                if (
                    not subjects
                    and m.lemma_.lower() in ("sanction", "measure")
                    and any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in m.children)
                ):
                    # "The measures target ...": the ones the article told of
                    told = self.memory.event_actors.get(Relation.SANCTIONS)
                    subjects = [told] if told else []
            elif lemma == "add" and any(
                p.lemma_.lower() in _LISTS for p in _prep_objects(verb, "to")
            ):
                subjects = [e for c in verb.children if c.dep_ == "nsubj" for e in self.entities(c)]
            elif lemma in _TARGETING | {"designate"} and not any(
                c.dep_ in ("oprd", "xcomp", "prep") and c.lower_ != "on" for c in verb.children
            ):
                # "The US Treasury Department said it was targeting Wang Junzheng", "the Treasury
                # designated eight IRGC commanders": what a sanctions office targets or
                # designates it sanctions
                subjects = [e for e in self.subjects(verb) if self._sanctions_office(e)]
                if not subjects:
                    continue
            else:
                continue
            targets = [c for c in verb.children if c.dep_ == "dobj"]
            # "Russia's largest banks", "members of Hamas" are theirs; "family members of
            # Maduro" are not Maduro
            objects = [
                e
                for t in targets
                for e in (
                    self.entities(t)
                    or [
                        e
                        for e in self._labels(t) + self._named_in(t, "of")
                        if self.res.kind_of(e) in _ACTOR_KINDS
                    ]
                )
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            for subject in dict.fromkeys(subjects):
                for obj in dict.fromkeys(objects):
                    if obj != subject:
                        yield _Candidate(
                            Relation.SANCTIONS, subject, obj, verb, "sanction_measures"
                        )

    def _sanctions_office(self, entity: str) -> bool:
        """Whether a party is a state's office for sanctions ("the US Treasury Department", "the
        Office of Foreign Assets Control"), whose targets are sanctioned, not attacked."""
        if self.res.kind_of(entity) is not Kind.ORGANIZATION:
            return False
        name = self.res.name_of(entity).lower()
        return any(word in name for word in _SANCTIONS_OFFICES)

    def stance_holders(self) -> Iterator[_Candidate]:
        """ "Sanders, a longtime critic of Biden,", "Chirac was an outspoken opponent of the
        US-led Iraq War", "the council, previously an ally of the government,": a noun naming who
        holds a stance, said of someone in apposition or as a predicate, is that one's stance
        on its "of"."""
        for noun in self.sent:
            rel = self.lex.holders.get(noun.lemma_.lower())
            if rel is None or noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
                continue
            # "Syria's main ally", "Kremlin critic Alexei Navalny", "America's allies": the owner
            # or the name before the noun is whom the stance is on
            owners = [
                e
                for c in noun.children
                if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i
                for e in self._mod_entities(c)
            ] + [
                # "Azerbaijan, a close Israeli ally,": a state's ally by its people's adjective;
                # not "an American critic", who is only American
                e
                for c in noun.children
                if c.dep_ == "amod" and c.i < noun.i and rel is Relation.COOPERATES_WITH
                for e in [self.res.entity_at(c)]
                if e is not None and self.res.kind_of(e) is Kind.COUNTRY
            ]
            if rel not in (Relation.COOPERATES_WITH, Relation.CRITICIZES) and not (
                # "Syria's backers", "Iran's sworn enemy": whose backers or enemies they are
                noun.lemma_.lower() in _STANCE_ON_OWNER
                # "Biden's Republican foe, Donald Trump": a rival in a race, as "opponent" is
                and any(
                    c.dep_ == "poss"
                    and c.i < noun.i
                    and (found := self._mod_entities(c))
                    and all(
                        self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP)
                        for e in found
                    )
                    for c in noun.children
                )
            ):
                # "Biden's Senate opponent", "NBA champion", "Goa advocate": a rival in a race,
                # a title or a trade far more often than a stance
                owners = []
            apposed = [c for c in noun.children if c.dep_ == "appos"]
            examples = [
                p
                for c in noun.children
                if c.dep_ == "prep"
                and (
                    c.lower_ == "including"
                    or c.lower_ == "as"
                    and c.i > 0
                    and c.nbor(-1).lower_ == "such"
                )
                for p in c.children
                if p.dep_ == "pobj"
            ]
            signing = rel is Relation.AGREES_WITH
            included = noun.dep_ == "nsubj" and noun.head.lemma_ == "include" and signing
            # "Poland, one of Ukraine's staunchest allies", "Iran is among Russia's closest
            # partners": one of the holders stands where the "one" or "among" phrase does
            seat, role = _one_among(noun)
            if noun.tag_ == "NNS" and not (
                owners or examples or included or role in ("appos", "attr")
            ):
                continue
            if included:
                # "Other signatories to the treaty include Germany"
                holders = [
                    e for c in noun.head.children if c.dep_ == "dobj" for e in self.entities(c)
                ]
            elif role == "appos":
                holders = (
                    # "Russia and China, allies of Iran": a plural apposition is on them all
                    self.entities(seat.head)
                    if seat.tag_ == "NNS"
                    else self.entities(_apposition_anchor(seat), with_conj=False)
                )
            elif role == "attr" and seat.head.lemma_ in ("be", "become", "remain"):
                copula = seat.head
                if any(
                    c.dep_ == "neg" or c.lower_ == "longer" and c.dep_ == "advmod"
                    for c in copula.children
                ) or (
                    copula.head.lemma_.lower() in self.lex.words["deny"]
                    and copula.dep_ in ("xcomp", "pcomp")
                ):
                    continue  # "Russia is not Armenia's supplier", "denied being its supplier"
                holders = self.subjects(copula)
            elif noun.dep_ == "compound" and self.res.entity_at(noun.head) and owners:
                # "US ally Saudi Arabia"; "Kremlin critic Alexei Navalny and Putin": one critic
                holders = [e for e in [self.res.entity_at(noun.head)] if e]
            elif apposed and owners:
                # "Turkey's ally Azerbaijan"
                holders = [e for t in apposed for e in self.entities(t)]
            elif examples and rel is Relation.COOPERATES_WITH:
                # "The US has been encouraging allies such as Germany": the allies are the actor's
                holders = [e for t in examples for e in self.entities(t)]
                if not owners and noun.dep_ == "dobj":
                    owners = self.subjects(noun.head)
            else:
                continue
            targets = [e for t in _prep_objects(noun, "of") for e in self.entities(t)] or owners
            if signing:
                # "a signatory to the treaty": only an agreement is signed
                targets = [
                    e
                    for t in _prep_objects(noun, "of") + _prep_objects(noun, "to")
                    for e in self.entities(t)
                    if self.res.kind_of(e) is Kind.TOPIC
                ]
                holders = [
                    h for h in holders if self.res.kind_of(h) in (Kind.COUNTRY, Kind.ORGANIZATION)
                ]
            if not targets and rel in SYMMETRIC and noun.tag_ == "NNS" and noun.dep_ == "attr":
                # "France and Germany are close allies": allies of each other
                parties = list(dict.fromkeys(holders))
                for i, a in enumerate(parties):
                    for b in parties[i + 1 :]:
                        yield _Candidate(rel, a, b, noun, "stance_holder")
            for holder in dict.fromkeys(holders):
                for target in dict.fromkeys(targets):
                    if holder != target:
                        yield _Candidate(rel, holder, target, noun, "stance_holder")

    # ---- reactions ------------------------------------------------------------------------

    def reactions(self) -> Iterator[_Candidate]:
        """ "Biden called Xi a dictator. Beijing hit back on Thursday": a verb of reacting with
        no object ("hit back", "pushed back", "reacted angrily", "protested") is a criticism of
        the one who last acted on the reactor or its state in the article (`_provoker`); a
        response still to come, said with force ("would respond firmly"), threatens that one."""
        if self.sent.start == 0 or self.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
            return  # "How will China respond?"
        for verb in self.sent:
            vowed = _vowed_response(verb)
            if verb.pos_ != "VERB" or not (_reacts(verb) or vowed) or self._quoted(verb):
                continue
            if verb.dep_ == "xcomp":
                continue  # "vowed to hit back": a threat `retaliation_threats` reads
            if any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "neg")
                or c.dep_ == "prep"
                and c.lower_ not in ("on", "in", "after", "within", "during")
                for c in verb.children
            ):
                continue  # "hit back at Washington" the frames read; "protested that ..."
            if not self._said_by_own_side(verb):
                continue  # "Iran will retaliate, analysts said": a forecast, no one's threat
            lemma = verb.lemma_.lower()
            if lemma in ("fire", "strike") and not vowed:
                continue  # "Israel fired back": a counter-attack told, not words
            for reactor in self.subjects(verb):
                if (provoked := self._provoker(reactor)) is None:
                    continue
                target, act = provoked
                if lemma in ("hit", "fire", "strike", "push") and act is Relation.ATTACKS:
                    continue  # "Hezbollah fired rockets at Israel. Israel hit back": a fight
                rel = Relation.THREATENS if vowed else Relation.CRITICIZES
                yield _Candidate(rel, reactor, target, verb, "reaction")

    def restraint_urged(self) -> Iterator[_Candidate]:
        """ "Russia, which keeps bases in both countries, called for restraint", "urged calm":
        a call to calm a fight that names no one it is addressed to asks it of both sides of the
        fight the article has told most, when the caller is neither."""
        fight = self._fight()
        # a call soon after the fight was last told, and after no other fight, not one of
        # another story of the article
        if (
            not fight
            # the lede's fight is the article's ("Kyrgyzstan and Tajikistan agreed to a cease-fire
            # after two days of fighting ... Russia ... called for restraint")
            or self.index - self.memory.warring_index > _CALM_REACH
            and self.memory.warring_index >= _LEDE
            or self.memory.warring_last != frozenset(self._side_of(e) for e in fight)
        ):
            return
        for word in self.sent:
            # "called for de-escalation": the tokenizer splits the prefix off
            calm = _hyphen_word(word)
            if word.dep_ not in ("dobj", "pobj") or (
                word.lemma_.lower() not in _CALMING and calm not in _CALMING
            ):
                continue
            if any(
                c.dep_ == "prep"
                or c.dep_ in ("amod", "compound", "poss", "nmod")
                and c.lower_ not in ("maximum", "utmost", "immediate", "the")
                and c.i < word.i - (2 if "-" in calm else 0)
                for c in word.children
            ):
                continue  # "fiscal restraint", "restraint by Hezbollah", "calm among investors"
            verb = word.head if word.dep_ == "dobj" else word.head.head
            if word.dep_ == "pobj" and word.head.lower_ != "for":
                continue
            if verb.lemma_.lower() not in _URGING_CALM or verb.pos_ != "VERB":
                continue
            # "Russia, which keeps bases in both countries ..., called for restraint": the parser
            # hangs the sentence's one finite verb on a noun, and makes the subject the root
            nominal = (
                verb.dep_ == "acl"
                and verb.tag_ in ("VBD", "VBN")
                and verb.i > 0
                and verb.doc[verb.i - 1].text == ","
                and self.sent.root.pos_ == "PROPN"
            )
            if not (
                verb.dep_ == "ROOT"
                or nominal
                or verb.dep_ == "ccomp"
                and verb.head.lemma_.lower() in self.lex.words["speech"]
            ) or any(
                c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ != "for" for c in verb.children
            ):
                # "Markets fell, and the Federal Reserve called for calm", "urged calm after
                # protests over fuel prices": a call about something else the sentence tells
                continue
            addressed = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "dative")
                and c.i != word.i
                or c.dep_ == "prep"
                and c.lower_ in ("on", "to", "from")
            ]
            if addressed:
                continue  # "urged both sides to show restraint": the frames read whom
            callers = self.subjects(verb)
            if not callers and nominal:
                callers = self.entities(self.sent.root)
            own = set(callers) | {
                # "Hezbollah leader Hassan Nasrallah", "Putin's spokesman Dmitry Peskov"
                e
                for c in verb.children
                if c.dep_ in _SUBJ
                for t in c.subtree
                if (e := self.res.entity_at(t))
            }
            if any(e in fight or self._own_states(e) & set(fight) for e in own):
                continue  # a side's own call
            for caller in callers:
                for side in fight:
                    yield _Candidate(Relation.REQUESTS, caller, side, verb, "restraint_urged")

    def _side_of(self, entity: str) -> str:
        """The one state or body a party speaks for (`_own_states`: "Tajikistan's Foreign
        Ministry"), else the party itself."""
        own = self._own_states(entity)
        return next(iter(own)) if len(own) == 1 else entity

    def _fight(self, least: int = 2) -> list[str]:
        """The two parties the article has told attacking each other most often, at least
        `least` times and more often than any other pair."""
        ranked = self.memory.warring.most_common(2)
        if not ranked or ranked[0][1] < least or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return []
        return sorted(ranked[0][0])

    def _said_by_own_side(self, verb: Token) -> bool:
        """Whether a reaction is told by the narrator or said by its own side: not a forecast
        others make of it ("Iran will retaliate, analysts said")."""
        node, speech = verb, None
        while node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in self.lex.words["speech"]:
                speech = node
                break
        if speech is None:
            # "Iran will retaliate, analysts said": the parser hangs the speech on the verb
            speech = next(
                (
                    c
                    for c in (*verb.children, *verb.head.children)
                    if c.dep_ == "parataxis" and c.lemma_.lower() in self.lex.words["speech"]
                ),
                None,
            )
        if speech is None:
            return True
        actors, sayers = set(self.subjects(verb)), self.subjects(speech)
        # "Iran will retaliate, analysts said": others named or described; a speaker the
        # parser hides ("accused Japan ... and said his government would respond") may be its own
        return not any(c.dep_ == "nsubj" for c in speech.children) or any(
            sayer in actors
            or self._own_states(sayer) & actors
            or any(sayer in self._own_states(a) for a in actors)
            for sayer in sayers
        )

    def _provoker(self, party: str) -> tuple[str, Relation] | None:
        """Who last acted on `party` or its state by a hostile claim, and how
        (`_Memory.acted_on`), when that is another side."""
        if self.res.kind_of(party) not in _ACTOR_KINDS | {Kind.PERSON}:
            return None
        side = [party, *sorted(self._own_states(party))]
        provoked = next(filter(None, map(self.memory.acted_on.get, side)), None)
        return provoked if provoked is not None and provoked[0] not in side else None

    # ---- evaluations in speech ----------------------------------------------------------

    def evaluations(self) -> Iterator[_Candidate]:
        """ "'President Trump treats the rule of law with utter contempt,' said Becerra", "Cherry
        said, 'the British government are breaking the law'", "Pompeo said the crash was Iran's
        doing": an evaluative word of `data/evaluation.json` in what a party says is the party's
        stance on the one its clause says it of: the clause's subject, or the possessor of the
        conduct named. Nothing when the words are negated, asked, conditional, or said of no
        named party, of the speaker, or of "we"."""
        ev = load_evaluation()
        if self.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
            return
        for token in self.sent:
            found = self._evaluation_at(token, ev)
            if found is None:
                continue
            rel, clause = found
            evaluated = self._evaluated(token, clause, ev)
            for speaker, target in self._said_of(token, evaluated, ev, measures=True):
                if rel is Relation.SUPPORTS and target in self._own_states(speaker):
                    continue  # "Putin said Russia had the right to defend itself": his own
                if (
                    rel is Relation.SUPPORTS
                    and token.lemma_ == "have"
                    and not self._right_of_a_side(token, speaker, target)
                ):
                    continue
                if self.res.kind_of(target) in (Kind.TOPIC, Kind.EVENT):
                    # "Court says prorogation was unlawful": a measure is opposed, not accused
                    rel = Relation.OPPOSES if rel is Relation.ACCUSES else rel
                yield _Candidate(
                    rel, speaker, target, token, "evaluative_speech", modality=Modality.REPORTED
                )

    def _right_of_a_side(self, have: Token, speaker: str, target: str) -> bool:
        """Whether "X has the right to V" is said of a side in a conflict, to act: a state, body
        or group other than the speaker's own people ("Israelis have the right to live in
        peace"), and a right to act ("the right to defend itself"), not to nothing, nor a
        person's right in law ("Navalny had the right to appeal")."""
        if self.res.kind_of(target) not in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP):
            return False
        people = load_gazetteer().demonyms.get(self.res.name_of(target).lower())
        homes = {self.memory.group_home.get(target), people}
        if homes & (self._own_states(speaker) | {speaker}):
            return False
        return any(
            c.dep_ in ("acl", "xcomp", "relcl")
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for r in have.children
            if r.dep_ == "dobj" and r.lemma_ == "right"
            for c in r.children
        )

    def solidarity(self) -> Iterator[_Candidate]:
        """ "Morawiecki tweeted 'We are with Mayor Adamowicz in our thoughts and prayers'": a
        speaker saying that they are with a party (a verb of `solidarity_verbs` in the present,
        with "we" or "I" as its subject) supports the party."""
        ev = load_evaluation()
        for prep in self._first_person_preps(("with",), ev.solidarity_verbs):
            verb = prep.head
            if verb.tag_ not in ("VBP", "VBZ") and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children
            ):
                continue  # "we were with Putin yesterday" tells of a meeting
            targets = [e for c in prep.children if c.dep_ == "pobj" for e in self.entities(c)]
            for speaker, target in self._said_of(prep, targets, ev):
                yield _Candidate(
                    Relation.SUPPORTS,
                    speaker,
                    target,
                    prep,
                    "solidarity_speech",
                    modality=Modality.REPORTED,
                )

    def requests_in_speech(self) -> Iterator[_Candidate]:
        """ "Zelenskyy said, 'We expect from Iran assurances of their readiness for a full and open
        investigation'": a speaker saying "we" or "I" expect, want or require something from or of
        a party asks it of the party ("demand" is a verb of the lexicon, read by the frames)."""
        ev = load_evaluation()
        for prep in self._first_person_preps(("from", "of"), ev.request_verbs):
            asked: list[str] = []
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                named = self.entities(pobj)
                if not named:
                    # "expect from Iran assurances": the parser hangs the party on what is asked
                    named = [
                        e
                        for c in pobj.children
                        if c.dep_ == "compound"
                        and c.i == pobj.left_edge.i
                        and (e := self.res.entity_at(c))
                    ]
                asked += named
            for speaker, target in self._said_of(prep, asked, ev):
                yield _Candidate(
                    Relation.REQUESTS,
                    speaker,
                    target,
                    prep.head,
                    "request_speech",
                    modality=Modality.REPORTED,
                )

    def demand_clauses(self) -> Iterator[_Candidate]:
        """ "reiterated its demand that Israel ease restrictions", "renewed its call for Israel to
        allow aid", "the US demand that it stop buying Iranian oil": a demand, call or appeal whose
        clause names who is to act asks that party, from the noun's owner, else from the one who
        makes, renews or repeats it."""
        for noun in self.sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DEMAND_NOUNS:
                continue
            asked = [
                e
                for clause in noun.children
                if _mandative(clause)
                for c in clause.children
                if c.dep_ == "nsubj"
                for e in self.entities(c)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            if not asked:
                continue
            governor = noun.head if noun.dep_ == "dobj" else None
            if governor is not None and any(c.dep_ == "neg" for c in governor.children):
                continue  # "has never issued a call for Ukraine to surrender"
            # "dismissed the UN call for Israel to halt": the call was made all the same
            made = governor is not None and (
                governor.lemma_.lower() in self.lex.words["deny"]
                or Relation.OPPOSES in _verb_types(self.lex, governor.lemma_.lower())
            )
            askers = [
                e
                for c in noun.children
                if c.dep_ in ("poss", "compound", "amod")
                for e in self.entities(c)
                if self.res.kind_of(e) in _PARTY_KINDS
            ] + [
                e
                for prep in ("by", "from")
                for t in _prep_objects(noun, prep)
                for e in self.entities(t)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            if not askers and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING_DEMANDS:
                askers = [
                    e for e in self.subjects(noun.head) if self.res.kind_of(e) in _PARTY_KINDS
                ]
            for asker in dict.fromkeys(askers):
                for party in dict.fromkeys(asked):
                    # "Netanyahu repeated his demand that Israel retain control": his own state
                    if asker != party and party not in self._homes(asker) | {
                        f"country:{c}"
                        for c in states_led_by(self.res.name_of(asker))
                        if self.res.kind_of(asker) is Kind.PERSON
                    }:
                        yield _Candidate(
                            Relation.REQUESTS,
                            asker,
                            party,
                            noun,
                            "demand_clause",
                            modality=Modality.ASSERTED if made else None,
                        )

    def demands_in_speech(self) -> Iterator[_Candidate]:
        """ "'The United States should drop its fabrications,' Lin Jian said", "Biden said Russia
        must withdraw its troops": what a speaker says a party should or must do, the speaker
        demands of it (CAMEO 10, 'demand'). Not a passive ("Iran must be held accountable" is a
        charge) and not the speaker's own side ("we must act")."""
        ev = load_evaluation()
        for verb in self.sent:
            kids = list(verb.children)
            if not (
                verb.pos_ == "VERB"
                and verb.lemma_ != "be"
                and verb.lemma_.lower() not in _OWN_GAINS
                and any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in kids)
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
                or _obliged(verb)
            ):
                continue
            asked = [
                e
                for c in kids
                if c.dep_ == "nsubj"
                # "No U.N. member state should violate the sanctions": a rule for anyone
                and not any(d.dep_ == "det" and d.lower_ in _ANY for d in c.children)
                for e in self.entities(c)
            ]
            for speaker, target in self._said_of(verb, asked, ev):
                if target in self._homes(speaker):
                    continue  # "Johnson stated that Britain must leave": his own state's course
                yield _Candidate(
                    Relation.REQUESTS,
                    speaker,
                    target,
                    verb,
                    "demand_speech",
                    modality=Modality.REPORTED,
                )

    def burdens_in_speech(self) -> Iterator[_Candidate]:
        """ "Blinken said it was up to Hamas to accept the deal", "the onus is on Moscow to end
        the war", "the ball is in Hamas's court" (constructed after outlet copy): saying the next
        move is a party's asks it of the party (CAMEO 10)."""
        ev = load_evaluation()
        if any(t.text == "?" for t in self.sent):
            return
        for be in self.sent:
            if be.lemma_ != "be" or any(c.dep_ == "neg" for c in be.children):
                continue
            asked: list[str] = []
            subjects = [c for c in be.children if c.dep_ == "nsubj"]
            acts = any(
                c.dep_ in ("xcomp", "advcl")
                and any(a.lower_ == "to" for a in c.children)
                # "it is up to Ukraine to decide", "to set the terms", "to accept or reject the
                # deal": a party's right to choose, not a demand
                and c.lemma_.lower() not in _CHOOSING
                and not any(d.dep_ == "cc" and d.lower_ == "or" for d in c.children)
                for c in be.children
            )
            for prep in (c for c in be.children if c.dep_ == "prep"):
                if prep.lower_ == "up" and acts:
                    # "it was up to Hamas to accept": the one whose move it is
                    asked += [e for o in _prep_objects(prep, "to") for e in self.entities(o)]
                elif prep.lower_ == "on" and acts and any(s.lemma_ == "onus" for s in subjects):
                    asked += [
                        e for o in prep.children if o.dep_ == "pobj" for e in self.entities(o)
                    ]
                elif prep.lower_ == "in" and any(s.lemma_ == "ball" for s in subjects):
                    # "the ball is in Hamas's court"
                    asked += [
                        e
                        for o in prep.children
                        if o.dep_ == "pobj" and o.lemma_ == "court"
                        for p in o.children
                        if p.dep_ == "poss"
                        for e in self.entities(p)
                    ]
            asked = [e for e in asked if self.res.kind_of(e) in _PARTY_KINDS]
            for speaker, target in self._said_of(be, asked, ev):
                home = self._own_states(speaker)
                if target in self._led_states(speaker) or self.res.part_of.get(target) in home:
                    continue  # "it was up to Congress to pass the aid": one's own body
                yield _Candidate(
                    Relation.REQUESTS,
                    speaker,
                    target,
                    be,
                    "burden_speech",
                    modality=Modality.REPORTED,
                )

    def _first_person_preps(self, preps: Collection[str], verbs: Collection[str]) -> list[Token]:
        """The prepositions of `preps` on a verb of `verbs` whose subject is "we" or "I"."""
        return [
            prep
            for prep in self.sent
            if prep.lower_ in preps
            and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in verbs
            and prep.head.tag_.startswith("VB")
            and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in prep.head.children)
        ]

    def _said_of(
        self, words: Token, targets: list[str], ev: Evaluation, measures: bool = False
    ) -> list[tuple[str, str]]:
        """(speaker, party) for each party in `targets` when someone named says the words at
        `words`; never the speaker on themselves. `measures` lets a target be a Topic or Event
        too."""
        speaker = self._speaker_of(words, ev)
        we = [c for c in words.head.children if c.dep_ in _SUBJ and c.lower_ == "we"]
        if speaker is not None and we and self._quoted(we[0]):
            speaker = self._we_actor(we[0]) or speaker  # one reading of a quoted "we"
        if speaker is None or self.res.kind_of(speaker) not in _ACTOR_KINDS | {Kind.PERSON}:
            return []
        return [
            (speaker, target)
            for target in dict.fromkeys(targets)
            if target != speaker
            and (
                self.res.kind_of(target) in _ACTOR_KINDS | {Kind.PERSON}
                or (measures and self.res.kind_of(target) in (Kind.TOPIC, Kind.EVENT))
            )
        ]

    def _evaluation_at(self, token: Token, ev: Evaluation) -> tuple[Relation, Token] | None:
        """The stance an evaluative word at `token` takes and the clause verb it is said in."""
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.pos_ == "VERB":
            for phrase, stance in ev.phrases.items():
                end = min(token.i + len(phrase), len(token.doc))
                words = [t.lemma_.lower() for t in token.doc[token.i : end]]
                if tuple(words) == phrase:
                    return stance, token
            said = ev.verbs.get(lemma)
            return (said, token) if said is not None else None
        if (named := self._noun_phrase_at(token, ev)) is not None:
            predicate = _predicate_noun(token)
            return named, predicate.head if predicate is not None else _clause_verb(token)
        if token.pos_ == "ADJ" and (
            rel := ev.adjectives.get(lemma) or ev.adjectives.get(lower) or ev.agents.get(lower)
        ):
            # an agent noun as a modifier says the same: "a terrorist state", "a criminal regime"
            # only what a clause says of its subject: "the government is reckless", "this is a
            # dangerous way to govern"; not "a dangerous situation" as any object
            node = token
            while node.dep_ == "conj":
                node = node.head
            if node.dep_ == "amod" and node.head.dep_ == "attr":
                node = node.head
            if node.dep_ == "amod" and _owned_conduct(node.head, ev):
                # "North Korea's provocative behavior", "its reckless actions": said of whose
                # conduct it is (`_evaluated`)
                return rel, _clause_verb(node.head)
            if node.dep_ not in ("acomp", "attr"):
                return None
            return rel, node.head
        if (
            token.pos_ == "ADV"
            and token.dep_ == "advmod"
            and token.head.lemma_.lower() in ev.conduct_verbs
            and (rel := next(filter(None, map(ev.adjectives.get, _adverb_stems(lower))), None))
        ):
            # "Ukraine is acting irresponsibly": the adverb says of the conduct what its
            # adjective would
            return rel, token.head
        if token.pos_ == "NOUN" and (rel := ev.nouns.get(lower) or ev.nouns.get(lemma)):
            predicate = _predicate_noun(token)
            return rel, predicate.head if predicate is not None else _clause_verb(token)
        if token.pos_ == "NOUN" and (rel := ev.agents.get(lower) or ev.agents.get(lemma)):
            if _aimed_at_none(token):
                return None  # "an enemy of corruption", "a threat to no one"
            predicate = _predicate_noun(token)
            return (rel, predicate.head) if predicate is not None else None
        return None

    def _noun_phrase_at(self, token: Token, ev: Evaluation) -> Relation | None:
        """The stance of a phrase of several words ("witch hunt", "smash and grab", "war crime")
        whose head word is at `token`."""
        doc = token.doc
        candidates = {
            *ev.phrases_with.get(token.lower_, ()),
            *ev.phrases_with.get(token.lemma_.lower(), ()),
        }
        for phrase in candidates:
            for start in range(max(token.i - len(phrase) + 1, 0), token.i + 1):
                span = doc[start : start + len(phrase)]
                inside = range(start, span.end)
                if (
                    len(span) == len(phrase)
                    and all(t.lower_ == w or t.lemma_.lower() == w for t, w in zip(span, phrase))
                    and all(t.i == token.i or t.head.i in inside for t in span)
                    and (token.head.i == token.i or token.head.i not in inside)
                ):
                    return ev.noun_phrases[phrase]
        return None

    def _speaker_of(self, token: Token, ev: Evaluation) -> str | None:
        """Who says the words at `token`: the subject of the speech or judging verb whose content
        holds them, or the speaker of the quotation they stand in. None when something on the
        way negates them or makes them a condition."""
        node = token
        while True:
            if not _unpunished(node) and any(
                c.dep_ == "neg" or c.lower_ in ("never", "no") for c in node.children
            ):
                return None  # "is not dangerous", "no contempt", "never broke the law"
            if node.head.i == node.i:
                break
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if node.dep_ == "advcl" and marks & (_CONDITIONAL | {"whether"}):
                return None
            if marks & {"whether", "if"}:
                return None
            head = node.head
            said = (
                node.dep_ in ("ccomp", "parataxis")
                and head.lemma_.lower() in self.lex.words["speech"] | ev.judging_verbs
            )
            if said and self._quoted(head):
                if any(c.dep_ == "nsubj" and c.lower_ not in _OUR | _MY for c in head.children):
                    return None  # "Court says prorogation was unlawful": the court's words
            elif said:
                if any(c.dep_ == "neg" for c in head.children):
                    return None
                sayers = [c for c in head.children if c.dep_ == "nsubj"]
                first = head
                while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
                    first = first.head
                if not sayers and first is not head and first.dep_ == "ROOT":
                    # "Trump sent a letter ... and has warned that ...": the main verb's subject
                    # says it too; not "said Hezbollah had fired ... and warned", whose first
                    # verb is itself told
                    sayers = [c for c in first.children if c.dep_ == "nsubj"]
                said_by = [
                    e
                    for c in sayers
                    # "A military spokesman for the group, Yahya Saree, warned": the one named
                    for e in self._named_in_apposition(c) or self.entities(c)
                ]
                if said_by:
                    return said_by[0]
                if any(c.lower_ not in _OUR | _MY for c in sayers):
                    return None  # "critics said the law was unconstitutional": not the speaker
                break
            node = head
        n = self._quote_of(token)
        if n is None:
            return None
        speaker = self._quote_speaker(token)
        if (self.memory.quotes or [])[n][2] and not any(
            self.res.entity_at(t) == speaker for t in self.sent
        ):
            return None  # a quotation running on past its paragraph, its speaker found elsewhere
        return speaker

    def _named_in_apposition(self, noun: Token) -> list[str]:
        """The person an unnamed speaker noun is named as, in apposition to it or to the body
        it is of ("A spokesman for the group, Yahya Saree,")."""
        holders = [noun, *_prep_objects(noun, "for"), *_prep_objects(noun, "of")]
        return [
            e
            for h in holders
            for a in h.children
            if a.dep_ == "appos"
            for e in self.entities(a)
            if self.res.kind_of(e) is Kind.PERSON
        ][:1]

    def _evaluated(self, token: Token, clause: Token, ev: Evaluation) -> list[str]:
        """Whom the words at `token` evaluate: the possessor of the conduct a noun names ("Iran's
        aggression"); else the subject of the clause that says them (for a noun, only a clause
        of conduct: "treats the law with contempt", "committed a crime"); a "this" or "that"
        subject stands for the clause it sums up ("Johnson is trying to ... — this is
        dangerous")."""
        if token.pos_ == "ADJ" and token.dep_ == "amod" and _owned_conduct(token.head, ev):
            # "a long history of North Korea's provocative behavior", "North Korea's long
            # history of provocative behavior": the conduct's owner, or its history's
            conduct = token.head
            holders = [conduct]
            if conduct.dep_ == "pobj" and conduct.head.lower_ == "of":
                holders.append(conduct.head.head)
            owners = [e for h in holders for e in self._possessors(h)][:1]
            # "the decision was a criminal act": a predicate owned by no one is said of the
            # clause's subject, as the adjective alone would be
            if owners or _predicate_noun(conduct) is None:
                return owners
        if token.pos_ in ("NOUN", "PROPN") or token.pos_ == "VERB" and clause.i != token.i:
            owners = self._possessors(token)
            if owners and token.lower_ not in ev.agents and token.lemma_.lower() not in ev.agents:
                return owners[:1]
            # a predicate noun is said of the clause's subject as an adjective is: "the move is
            # an affront", "Russia is an aggressor"; other nouns only under a verb of conduct
            if _predicate_noun(token) is None and (
                clause.lemma_.lower() not in ev.conduct_verbs or token.dep_ in _SUBJ
            ):
                return []
        if (
            clause.lemma_.lower() in self.lex.words["speech"]
            or clause.lemma_.lower() in (self.lex.verbs)
            and clause.lemma_.lower() not in ev.conduct_verbs  # "made a mistake" is conduct
            and clause.i != token.i
        ):
            return []  # "said", "accused X of lies": the verb says who does what itself
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return []
        subject = subjects[0]
        if subject.lower_ in _OUR | _MY | {"they", "them"}:
            return []  # the speaker's side; or things whose antecedent may not be a party
        if subject.lower_ in ("this", "that", "it") and (spoken_of := self._spoken_of(clause)):
            return spoken_of  # "'This is an act of terror,' Zelensky said of the Russian strike"
        if subject.lower_ in ("this", "that", "it"):
            summed = [
                c
                for c in list(clause.children)
                + ([clause.head] if clause.dep_ in ("conj", "parataxis") else [])
                if c.i < subject.i
                and c.dep_ in ("ccomp", "parataxis", "conj", "ROOT")
                and c.pos_ in ("VERB", "AUX")
            ]
            if not summed and subject.lower_ != "that":
                # "Iran fired missiles at a US base. 'This is a flagrant violation of our
                # sovereignty,' Abdul-Mahdi said": the act the sentence before told; not when the
                # words judge something else ("it was a dangerous time")
                if not _judges_an_act(token, ev):
                    return []
                return [e for e in (self._recalled_act(clause),) if e is not None]
            if len(summed) != 1:
                return []
            inner = [c for c in summed[0].children if c.dep_ == "nsubj"]
            if len(inner) != 1 or inner[0].lower_ in _OUR | _MY:
                return []
            subject = inner[0]
        if (
            (sense := _noun_sense(subject, self.lex)) is not None
            # "the agreement between Turkey and Libya is null and void": a document judged is a
            # stance on it (dev 11); "the talks between them were constructive" judge how talks
            # went, not the sides
            and sense.type is Relation.COOPERATES_WITH
        ):
            # "cooperation between Moscow and Pyongyang would be a direct threat": what two
            # parties do together is judged of them both
            between = list(
                dict.fromkeys(
                    e
                    for t in _prep_objects(subject, "between")
                    for e in self.entities(t)
                    if self.res.kind_of(e) in _PARTY_KINDS
                )
            )
            if len(between) > 1:
                return between
        named = self.entities(subject, with_conj=False)
        if not named and subject.lemma_.lower() in ev.owned_conduct:
            # "Trump's conduct was a breach": the conduct's owner; not "Nabil's murder is
            # unacceptable", whose possessor underwent the act
            named = self._possessors(subject)
        if not named and (agent := self._act_agent(subject)):
            named = [agent]  # "the Israeli strikes were illegal"
        if not named and (agent := self._event_actor(subject) or self._recalled_actor(subject)):
            named = [agent]  # "the attack was a violation", "the move is unacceptable"
        agents = load_agents()
        if not named and (
            subject.lemma_.lower() in agents.issues or _issue_phrase(subject) in agents.issues
        ):
            # "the state of emergency is unconstitutional": a measure judged is a stance on it
            named = [e for e in (self._issue(subject),) if e is not None]
        return named[:1]

    def _possessors(self, token: Token) -> list[str]:
        """Who a possessive before a noun names, not the speaker's side ("our", "my")."""
        return [
            e
            for c in token.children
            if c.dep_ == "poss" and c.lower_ not in _OUR | _MY
            for e in self.entities(c, with_conj=False)
        ]

    def _spoken_of(self, clause: Token) -> list[str]:
        """Whom a verb of saying says its clause "of": the one party named ("Blinken said of
        China: 'It is dangerous'"), else the actor of the act named ("Scholz wrote of the attack
        by Hamas", "of the Russian strike")."""
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in self.lex.words["speech"]:
            return []
        for pobj in _prep_objects(verb, "of"):
            named = self.entities(pobj, with_conj=False)
            if not named and (actor := self._act_agent(pobj) or self._event_actor(pobj)):
                named = [actor]
            if len(named) == 1 and self.res.kind_of(named[0]) in _PARTY_KINDS:
                return named
        return []

    def denials(self) -> Iterator[_Candidate]:
        """ "Both Russian and North Korean officials denied such claims": the allegations just
        reported, denied by a party to them."""
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if lemma not in self.lex.words["deny"] | {"reject"} or verb.pos_ != "VERB":
                continue
            # "rejected the accusations"; "denied responsibility", "denied any role in it": a
            # party's part in what was alleged is denied only by one said to have done it
            said = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and (
                    c.lemma_.lower() in (_ACCOUNTS if lemma != "reject" else _CHARGES)
                    or lemma != "reject"
                    and c.lemma_.lower() in _ATTRIBUTIONS
                    # "denied its involvement"; not "denied Iran's role"
                    and not any(
                        p.dep_ == "poss" and p.lower_ not in ("its", "his", "her", "their")
                        for p in c.children
                    )
                    # "denied a role in the Afghan peace process": in something else
                    and not any(
                        o.lemma_.lower() not in _EVENT_NOUNS and not self.res.entity_at(o)
                        for o in _prep_objects(c, "in")
                    )
                )
            ]
            if (
                not said
                or self._quoted(verb)
                or any(c.dep_ == "neg" for c in verb.children)
                or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
            ):
                continue  # "has not denied responsibility", "would deny any role"
            own_part = all(c.lemma_.lower() in _ATTRIBUTIONS for c in said)
            # "India's Ministry of External Affairs rejected the allegations": a body or an
            # officeholder denies for the one state it speaks for
            deniers = {p for e in self.subjects(verb) for p in (e, self._side_of(e))}
            for claim in self.memory.alleged:
                if deniers and not deniers & {claim.subject, claim.object}:
                    continue
                if own_part and claim.subject not in deniers:
                    continue
                yield _denial(claim, verb)

    def denials_here(
        self, alleged: list[Claim], triggers: dict[str, Token]
    ) -> Iterator[_Candidate]:
        """ "Japan accused Seoul of sending materials to the North, an accusation Seoul has
        flatly rejected", "..., a charge Beijing denies", "..., which Cambodia denied": an
        allegation this sentence reported, denied in a clause set on it by a party to it."""
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if (
                lemma not in self.lex.words["deny"] | {"reject"}
                or verb.pos_ != "VERB"
                or verb.dep_ != "relcl"
                or any(c.dep_ == "neg" for c in verb.children)
            ):
                continue
            anchor = verb.head
            account = anchor.lemma_.lower() in _ACCOUNTS and not any(
                c.dep_ == "dobj" for c in verb.children
            )
            which = any(c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children)
            if not (account or which):
                continue
            deniers = {p for e in self.subjects(verb) for p in (e, self._side_of(e))}
            for claim in alleged:
                told = triggers.get(claim.id)
                if (
                    told is None
                    or told.i >= anchor.i
                    or not deniers & {claim.subject, claim.object}
                ):
                    continue
                yield _denial(claim, verb)

    def backed_acts(self) -> Iterator[_Candidate]:
        """ "The Gambia filed the case with the backing of the OIC", "launched the offensive with
        the support of NATO allies", "recaptured by the army in an operation supported by
        Russia" (constructed after outlet copy): a party that backs what another does supports
        that other."""
        for word in self.sent:
            lemma = word.lemma_.lower()
            verb: Token | None = None
            if (
                word.pos_ == "NOUN"
                and lemma in _BACKING
                and word.dep_ == "pobj"
                and word.head.lower_ == "with"
                and word.head.head.pos_ == "VERB"
            ):
                verb = word.head.head
                backers = [e for t in _prep_objects(word, "of") for e in self._backer(t)]
            elif (
                word.tag_ == "VBN"
                and lemma in ("support", "back")
                and word.dep_ == "acl"
                and _is_act(act := word.head)
                and act.dep_ == "pobj"
                and act.head.lower_ in ("in", "with")
                and act.head.head.pos_ == "VERB"
            ):
                verb = act.head.head
                backers = [e for t in _agents(word) for e in self._backer(t)]
            if (
                verb is None
                or any(c.dep_ == "neg" for c in verb.children)
                # "brokered by Qatar with the help of Egypt": fellow go-betweens, no backing
                or verb.lemma_.lower() in _BROKERING | _HOSTING
            ):
                continue
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            doers = (
                [e for t in _agents(verb) for e in self.entities(t)]
                if passive
                else self.subjects(verb)
            )
            for backer in dict.fromkeys(backers):
                for doer in dict.fromkeys(doers):
                    if (
                        backer != doer
                        and self.res.kind_of(backer) in _PARTY_KINDS
                        and self.res.kind_of(doer) in _PARTY_KINDS
                    ):
                        yield _Candidate(Relation.SUPPORTS, backer, doer, word, "backed_act")

    def _backer(self, token: Token) -> list[str]:
        """Who backs: a party named, a state's agents ("Russian troops"), or the state labelling
        its force ("Russian air power"); not a people's firms, lawyers or tourists."""
        if named := self.entities(token):
            return named
        if (agent := self._state_agent(token)) is not None:
            return [agent]
        if token.lemma_.lower() not in _FORCE_WORDS:
            return []
        return [e for e in self._labels(token) if self.res.kind_of(e) is Kind.COUNTRY]

    def supplied_arms_used(self) -> Iterator[_Candidate]:
        """ "Russia fired ballistic missiles supplied by North Korea", "the Houthis used drones
        supplied by Iran" (constructed after outlet copy): what one party uses or fires, said to
        come from another, was supplied by that other to it."""
        for part in self.sent:
            if (
                part.dep_ != "acl"
                or part.tag_ != "VBN"
                or part.lemma_.lower() not in _SUPPLYING
                or part.head.dep_ != "dobj"
                or part.head.head.lemma_.lower() not in _USING
                or self.res.entity_at(part.head)
                # arms only: not "used information provided by", "received a letter sent by"
                or part.head.lemma_.lower() not in _ARMS_USED
                # "shot down drones supplied by Iran", "did not use drones supplied by"
                or _not_used(part.head.head)
            ):
                continue
            suppliers = [
                e
                for o in _agents(part)
                for e in self.entities(o)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            users = [
                e for e in self.subjects(part.head.head) if self.res.kind_of(e) in _PARTY_KINDS
            ]
            for giver in suppliers:
                for user in users:
                    if giver != user and user not in self._own_states(giver):
                        yield _Candidate(
                            Relation.SUPPLIES,
                            giver,
                            user,
                            part,
                            "supplied_arms_used",
                            items=[_np_text(part.head)],
                        )

    def state_made_arms(self) -> Iterator[_Candidate]:
        """ "purchased Russian-made S-400 air defence systems", "has used Iranian-made Shahed
        drones", "received US-made Patriot systems" (constructed after outlet copy): arms a party
        buys, receives or uses that a state's label says that state made came from it (PLOVER
        AID, military). Arms and military systems only, never one's own state's, never a firm's
        purchase, and not arms shot down or not used."""
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in _ACQUIRING | _USING:
                continue
            if _not_used(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _HALTING):
                continue  # "stopped buying Russian-made weapons"
            sources = [e for t in _prep_objects(verb, "from") for e in self.entities(t)]
            users = [
                e
                for e in self.subjects(verb)
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.GROUP, Kind.ORGANIZATION)
            ]
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for arms in (obj, *obj.conjuncts):
                    if not _military_goods(arms) or any(
                        c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _ARMS_TAKEN
                        for c in arms.children
                    ):
                        continue  # "used Russian-made tanks seized from retreating troops"
                    makers = [
                        e
                        for made in arms.children
                        if made.dep_ == "amod" and made.lemma_.lower() in _MAKING
                        for mod in made.children
                        if mod.dep_ in ("npadvmod", "compound", "amod", "nmod")
                        and _hyphenated(mod, made)
                        for e in self._mod_entities(mod)
                        if self.res.kind_of(e) is Kind.COUNTRY
                    ]
                    for maker in dict.fromkeys(makers):
                        if sources and maker not in sources:
                            continue  # "received German-made tanks from Poland": Poland's
                        for user in users:
                            if user != maker and maker not in self._own_states(user):
                                yield _Candidate(
                                    Relation.SUPPLIES,
                                    maker,
                                    user,
                                    verb,
                                    "state_made_arms",
                                    items=[_np_text(arms)],
                                )

    def spoken_places(self) -> Iterator[_Candidate]:
        """ "Speaking in the Lithuanian capital, Vilnius, Zelensky said", "Yoon, speaking at a
        regional summit in Jakarta, warned" (constructed after outlet copy): one who speaks
        somewhere is there; `_at_home` keeps only a visitor's, whose own state the article
        says and the place is not in."""
        for verb in self.sent:
            if verb.lemma_.lower() not in _SPEAKING or verb.tag_ != "VBG":
                continue
            if verb.dep_ == "advcl":
                speakers = self.subjects(verb.head)
            elif verb.dep_ == "acl":
                speakers = self.entities(verb.head, with_conj=False)
            else:
                continue
            places = [
                e
                for prep in ("in", "at")
                for t in _prep_objects(verb, prep)
                for e in [*self._place_named(t), *self._named_in(t, "in")]
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            ]
            for person in speakers:
                if self.res.kind_of(person) is not Kind.PERSON:
                    continue
                for place in dict.fromkeys(places):
                    yield _Candidate(Relation.VISITS, person, place, verb, "spoke_in")

    def presences(self) -> Iterator[_Candidate]:
        """ "Trudeau, who was in New York for the U.N. General Assembly", "President Andrzej
        Duda, who was also in New York" (constructed after outlet copy): a person said to be in a
        place is there; `_at_home` keeps only a visitor's, whose own state the article says and
        the place is not in."""
        for verb in self.sent:
            if verb.lemma_ != "be" or verb.pos_ != "AUX" or verb.dep_ not in ("relcl", "ROOT"):
                continue
            if any(c.dep_ in ("neg", "attr", "acomp") for c in verb.children):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
                continue  # "would be in Beijing": not yet there
            places = [
                e
                for t in _prep_objects(verb, "in")
                for e in self._place_named(t)
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            ]
            for person in self.subjects(verb):
                if self.res.kind_of(person) is not Kind.PERSON:
                    continue
                for place in dict.fromkeys(places):
                    yield _Candidate(Relation.VISITS, person, place, verb, "present_in")

    def _place_named(self, token: Token) -> list[str]:
        """The places a phrase names: "in the Lithuanian capital, Vilnius" is in Vilnius, the
        apposed name the parser may hang elsewhere, and in Lithuania."""
        doc = token.doc
        after = token.right_edge.i + 1
        # the parser may hang the apposed name on the verb: "Speaking in the Lithuanian
        # capital, Vilnius, ..."
        apposed = [c for c in token.children if c.dep_ == "appos"] + (
            [doc[after + 1]]
            if after + 1 < len(doc)
            and doc[after].text == ","
            and doc[after + 1].dep_ in ("npadvmod", "appos")
            else []
        )
        named = [
            e
            for c in apposed
            for e in self.entities(c, with_conj=False)
            if self.res.kind_of(e) is Kind.LOCATION
        ]
        # and the state the capital stands for, which is visited too
        return list(dict.fromkeys(named + self.entities(token)))

    def expulsions(self) -> Iterator[_Candidate]:
        """ "ordered the French ambassador to leave the country", "ordered diplomats from seven
        Latin American countries, including Argentina, Chile and Peru, to leave", "gave a
        Canadian diplomat five days to leave", "expelled a senior Indian diplomat, Pavan Kumar
        Rai" (constructed after outlet copy): an envoy sent away by a state is a sanction on the
        state that sent the envoy (PLOVER SANCTION: expelling diplomats), and on the envoy when
        named; not a state's own envoy, nor a former one."""
        for verb in self.sent:
            ordered = _orders_out(verb)
            # "ordered the expulsion of 10 Western ambassadors": the act named by its noun, done
            # by whoever orders or announces it (not "demanded the expulsion of")
            decreed = (
                verb.lemma_.lower() == "expulsion"
                and verb.dep_ == "dobj"
                and verb.head.lemma_.lower() in _DECREEING
            )
            if decreed:
                expelled, verb = _prep_objects(verb, "of"), verb.head
            elif verb.pos_ != "VERB" or not (ordered or verb.lemma_.lower() == "expel"):
                continue
            else:
                expelled = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            sent_away = [
                t
                for c in expelled
                # "ten Western ambassadors, including the US envoy": the envoys listed among them
                for t in (c, *c.conjuncts, *_included(c))
                if not any(m.lower_ == "former" for m in t.children)
            ]
            envoys = [e for t in sent_away if (e := self._envoy(t)) is not None]
            states = list(
                dict.fromkeys(
                    e
                    for envoy in envoys
                    for t in _sender_words(envoy, ordered)
                    # an envoy named in a sentence before is read from the resolution
                    for e in (
                        self.entities(t)
                        if self.sent.start <= t.i < self.sent.end
                        else [x for x in [self.res.entity_at(t)] if x]
                    )
                    if self.res.kind_of(e) is Kind.COUNTRY
                )
            )
            # "ten ambassadors, including those of the United States, Germany and France"
            states += [
                e
                for c in expelled
                if self._envoy(c) is not None
                for t in _included(c)
                if t.lower_ in ("those", "that")
                for p in _prep_objects(t, "of")
                for q in (p, *p.conjuncts)
                for e in self.entities(q, with_conj=False)
                if self.res.kind_of(e) is Kind.COUNTRY and e not in states
            ]
            persons = [
                o
                for t in sent_away
                if t.lemma_.lower() not in _POSTED_ENVOYS
                for o in self.entities(t, with_conj=False)
                if self.res.kind_of(o) is Kind.PERSON
            ]
            for s in self.subjects(verb):
                if not self._acts_for_a_state(s):
                    continue  # "Harvard ordered Sullivan to leave"
                hit = [o for o in states if s != o and o not in self._own_states(s)]
                # the envoy named, alongside the state: not one's own envoy called home
                for o in [*hit, *(persons if hit else [])]:
                    if o != s:
                        yield _Candidate(Relation.SANCTIONS, s, o, verb, "expulsion")

    def credit_lines(self) -> Iterator[_Candidate]:
        """ "CNN's Amara Diallo and Kevin Pratt contributed to this report", "Fox News' Carla
        Mendoza contributed reporting": the reporters an outlet's credit line names are the
        outlet's, as the gold conventions code a journalist ("Jonathan Marcus, BBC"). Only the
        outlet the line names; "The Associated Press contributed to this report" names no one."""
        for verb in self.sent:
            if verb.lemma_.lower() != "contribute" or verb.pos_ != "VERB":
                continue
            credited = any(
                p.dep_ == "prep"
                and p.lower_ == "to"
                and any(o.lemma_.lower() in _CREDITED_WORK for o in p.children)
                for p in verb.children
            ) or any(
                c.lemma_.lower() == "reporting" and c.dep_ in ("dobj", "xcomp", "npadvmod")
                for c in verb.children
            )
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not credited or len(subjects) != 1:
                continue
            outlets = {
                e
                for c in subjects[0].children
                if c.dep_ == "poss" and (e := self.res.entity_at(c)) is not None and self._press(e)
            }
            if len(outlets) != 1:
                continue
            outlet = outlets.pop()
            for t in (subjects[0], *subjects[0].conjuncts):
                if t.i != subjects[0].i and any(c.dep_ == "poss" for c in t.children):
                    continue  # "and the Washington Post's Karen DeYoung": another outlet's
                e = self.res.entity_at(t)
                # "Fox News' Adam Shaw and The Associated Press contributed": an agency credited
                # beside the reporters is no reporter
                if (
                    e is not None
                    and self.res.kind_of(e) is not Kind.COUNTRY
                    and (self.res.kind_of(e) is Kind.PERSON or not self._press(e))
                ):
                    yield _Candidate(
                        Relation.AFFILIATED_WITH, e, outlet, t, "credit_line", role="journalist"
                    )

    def judged_acts(self) -> Iterator[_Candidate]:
        """ "allowed Ghali to be treated in Logroño, a decision that infuriated Morocco", "did not
        sanction the crown prince, a decision that drew criticism from Democrats", "Lithuania's
        decision angered China": an act that angers or pleases a party, or draws its criticism
        or praise, is judged by that party, a stance on the act's actor; an account a party
        disputes ("said the drone had entered its airspace, an account the Pentagon disputed") is
        opposed by it. Not an account denied ("a charge Iran denies", "an account Moscow
        denied"), which denies the act charged; nor "neither ... nor"."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or self._quoted(verb):
                continue
            lemma = verb.lemma_.lower()
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            summed = verb.dep_ in ("relcl", "acl") and _sums_up(verb.head)
            if summed:
                act = verb.head
            elif len(subjects) == 1 and subjects[0].pos_ == "NOUN" and _is_act(subjects[0]):
                act = subjects[0]
            else:
                continue
            judged: list[tuple[Relation, Token]] = []
            own_subject = not summed or all(c.lower_ in ("that", "which") for c in subjects)
            if lemma in _ANGERING | _PLEASING and own_subject:
                rel = Relation.CRITICIZES if lemma in _ANGERING else Relation.SUPPORTS
                judged = [(rel, c) for c in verb.children if c.dep_ == "dobj"]
            elif lemma in _DRAWING and own_subject:
                # "drew praise from Sikh groups and condemnation from New Delhi": each reaction
                # from its own party
                nouns = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
                for n in nouns:
                    if (kind := _REACTIONS.get(n.lemma_.lower())) is not None:
                        holders = (n, verb) if len(nouns) == 1 else (n,)
                        judged += [(kind, p) for h in holders for p in _prep_objects(h, "from")]
            elif (
                # not "deny": "said Russian troops had shot prisoners, an account Moscow denied"
                # denies the act charged (`_CHARGES`), whatever the noun
                lemma in ("dispute", "contest", "question")
                and summed
                and act.lemma_.lower() in _SAID_SUMMARIES
                and act.lemma_.lower() not in _CHARGES
            ):
                # the one who denies: the relative clause's subject, or the participle's agent
                judged = [
                    (Relation.OPPOSES, c) for c in subjects if c.lower_ not in ("that", "which")
                ]
                if verb.dep_ == "acl":
                    judged += [(Relation.OPPOSES, p) for p in _participle_agent_words(act)]
            if not judged:
                continue
            backing = all(rel is Relation.SUPPORTS for rel, _ in judged)
            if summed:
                actors = self._summarised_actors(act, backing)
            else:
                actors = self._named_act_actors(act) or [
                    e for e in [self._recalled_actor(act)] if e is not None
                ]
            for rel, judge in judged:
                if any(c.lower_ in ("neither", "nor") for c in judge.subtree):
                    continue  # "satisfied neither Israel nor the Palestinians"
                for j in (judge, *judge.conjuncts):
                    for e in self.entities(j):
                        # "angered Beijing": a capital stands for its state (`_seat_acting`)
                        if self.res.kind_of(e) not in _ACTOR_KINDS | {Kind.PERSON} and not (
                            _seat_of_state(e)
                        ):
                            continue
                        for actor in actors:
                            judge_id = self._seat_state(e, actor)
                            if actor != judge_id:
                                yield _Candidate(rel, judge_id, actor, verb, "judged_act")

    def workplaces(self) -> Iterator[_Candidate]:
        """ "Vuk Vuksanovic, a researcher at the Belgrade Center for Security Policy", "Thomas de
        Waal, a senior fellow at Carnegie Europe", "an analyst with the International Crisis
        Group", "Alex Vines, who directs the Africa program at Chatham House" (constructed after
        outlet copy): a person described by an occupation at or with a body, or by work done
        there, is the body's, as the gold conventions code an office or membership. Not a guest,
        a prisoner or a state's envoy there ("Russia's ambassador at the UN")."""
        for tok in self.sent:
            person = self.res.entity_at(tok)
            if person is None or self.res.kind_of(person) is not Kind.PERSON:
                continue
            if self.res.entity_at(tok.head) == person and tok.head.i != tok.i:
                continue  # the name's head word carries its apposition
            for c in tok.children:
                role: str | None = None
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "NOUN"
                    and self.res.entity_at(c) is None
                    and c.lemma_.lower() not in _NO_WORKPLACE
                    # "Israel's chief negotiator with Hamas", "the U.S. negotiator with the
                    # Taliban", "South Africa's counsel at the ICJ": a role with an owner of its
                    # own faces the body, it is not the body's
                    # ("a China scholar at CSIS" names the subject, not an owner)
                    and not any(d.dep_ == "poss" for d in c.children if d.i < c.i)
                ):
                    if any(t.lower_ in ("former", "ex", "onetime") for t in c.children):
                        continue  # "a former researcher at ...": no longer there
                    words = [
                        t
                        for t in c.children
                        if t.i < c.i
                        and t.dep_ in ("amod", "compound")
                        and not self.res.entity_at(t)
                    ]
                    role = " ".join(t.text for t in [*words, c])
                elif (
                    c.dep_ == "relcl"
                    and c.lemma_.lower() in _WORK_VERBS
                    and c.tag_ in ("VBZ", "VBP")
                    and any(d.dep_ == "nsubj" and d.lower_ == "who" for d in c.children)
                ):
                    role = _WORK_VERBS[c.lemma_.lower()]
                if role is None:
                    continue
                # "with" makes one a member only as a member's noun ("an analyst with the
                # International Crisis Group"), not as a counterpart's ("a negotiator with")
                joins = ("at", "with") if c.lemma_.lower() in _MEMBERS_WITH else ("at",)
                body = self._workplace(c, joins)
                if body is not None and body != person:
                    yield _Candidate(
                        Relation.AFFILIATED_WITH, person, body, c, "workplace", role=role
                    )

    def _workplace(
        self, head: Token, joins: tuple[str, ...] = ("at",), depth: int = 0
    ) -> str | None:
        """The body an occupation or work is "at" or "with", directly or through what it is in or
        what is done ("a senior fellow in the Africa program at CSIS", "directs the program at
        Chatham House"): an organisation, not a place or a state."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in joins:
                for obj in c.children:
                    if obj.dep_ != "pobj":
                        continue
                    body = self.res.entity_at(obj)
                    if body is not None and (
                        self.res.kind_of(body) is Kind.ORGANIZATION
                        # "the Center for Strategic and International Studies", which the
                        # recogniser may take for a place
                        or self.res.kind_of(body) is Kind.LOCATION
                        and bool(_BODY_WORDS & set(self.res.name_of(body).split()))
                    ):
                        return body
            elif depth == 0 and (
                c.dep_ == "prep" and c.lower_ in ("in", "on", "for") or c.dep_ == "dobj"
            ):
                for obj in [c] if c.dep_ == "dobj" else c.children:
                    if (obj.dep_ in ("pobj", "dobj")) and not self.res.entity_at(obj):
                        if (body := self._workplace(obj, joins, depth + 1)) is not None:
                            return body
        return None

    def memberships(self) -> Iterator[_Candidate]:
        """ "Hungary, the only NATO member that has yet to ratify", "Finland became NATO's 31st
        member", "Greece, Türkiye's neighbour and NATO ally", "NATO member Turkey", "Finland
        joined NATO", "the Five Eyes alliance, which also includes the United States, Britain"
        (constructed after outlet copy): a state that is a member of a body is part of it, as
        the outlet gold codes it. Not a former, aspiring or non-member, nor one that is not."""
        for tok in self.sent:
            lemma = tok.lemma_.lower()
            if lemma in _MEMBERS and tok.pos_ == "NOUN":
                bodies = self._bodies_of_member(tok)
                members = self._states_as_member(tok) if bodies else []
            elif (
                lemma == "join"
                and tok.tag_ in ("VBD", "VBN")
                and tok.dep_ not in ("xcomp", "advcl", "relcl")
                and not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children)
                # "had Ukraine joined NATO": a condition
                and not any(c.dep_ == "aux" and c.i < tok.i - 1 for c in tok.children)
                # "joined the EU in imposing sanctions": an act alongside, no membership
                and not any(
                    p.dep_ == "prep"
                    and p.lower_ == "in"
                    and any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in p.children)
                    for p in tok.children
                )
            ):
                # "Finland joined NATO"; not "wants to join", "would join", "before it joined",
                # nor a headline's present, which the parser may cut short ("Benin, Nigeria
                # join African Union continental free trade bloc")
                # the body itself, not what it labels ("join African Union free trade bloc")
                bodies = [
                    e
                    for c in tok.children
                    if c.dep_ == "dobj" and (e := self.res.entity_at(c)) is not None
                    if self.res.kind_of(e) is Kind.ORGANIZATION
                ]
                members = [e for e in self.subjects(tok) if self.res.kind_of(e) is Kind.COUNTRY]
            elif lemma == "include" and tok.dep_ == "relcl":
                # "the Five Eyes intelligence alliance, which also includes ..."; not "the EU
                # enlargement agenda, which includes Ukraine", nor "the NATO exercise"
                named = [tok.head] + (
                    [c for c in tok.head.children if c.dep_ == "compound"]
                    if tok.head.lemma_.lower() in _BLOCS
                    else []
                )
                bodies = [
                    e
                    for t in named
                    if (e := self.res.entity_at(t)) is not None
                    and self.res.kind_of(e) is Kind.ORGANIZATION
                ]
                members = [
                    e
                    for c in tok.children
                    if c.dep_ == "dobj"
                    for e in self.entities(c)
                    if self.res.kind_of(e) is Kind.COUNTRY
                ]
            else:
                continue
            if any(c.dep_ == "neg" for c in (tok, tok.head) for c in c.children):
                continue  # "is not a member of NATO", "did not join"
            # a bloc states belong to, not "Taliban ally Pakistan" or a sports body
            bodies = [b for b in bodies if self._a_bloc(b)]
            for member in dict.fromkeys(members):
                for body in dict.fromkeys(bodies):
                    if member != body:
                        yield _Candidate(Relation.PART_OF, member, body, tok, "membership")

    def _a_bloc(self, body: str) -> bool:
        """Whether a body is a bloc or alliance of states by its names' words."""
        names = [self.res.name_of(body), *self.res.nodes[body].forms]
        return any(set(n.lower().replace("-", " ").split()) & _BLOCS for n in names)

    def _bodies_of_member(self, noun: Token) -> list[str]:
        """The bodies a member noun says it is of: "NATO member", "NATO's 31st member", "a
        member of the EU"; none for a former, aspiring or non-member."""
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "advmod")}
        if mods & _NOT_YET_MEMBERS or _prep_objects(noun, "until"):
            return []  # "a member of OPEC until 2019"
        # "NATO allies Latvia and Lithuania": the parser may hang the body on the name
        holders = [noun] + ([noun.head] if noun.dep_ == "compound" else [])
        labels = [
            e
            for h in holders
            for c in h.children
            if c.dep_ in ("compound", "poss", "nmod") and c.i < noun.i
            for e in self.entities(c, with_conj=False)
        ]
        # "a member of NATO and the EU": the second body, which the parser joins to the noun
        joined = [e for c in noun.children if c.dep_ == "conj" and (e := self.res.entity_at(c))]
        return [
            e
            for e in labels + self._named_in(noun, "of") + joined
            if self.res.kind_of(e) is Kind.ORGANIZATION
        ]

    def _states_as_member(self, noun: Token) -> list[str]:
        """The states a member noun is said of: in apposition ("Hungary, the only NATO member"),
        as a predicate ("Finland became NATO's 31st member"), before a name ("NATO member
        Turkey") or with names in apposition ("NATO members Poland and Romania")."""
        node = noun
        while node.dep_ == "conj":
            node = node.head  # "Türkiye's neighbour and NATO ally"
        said_of: list[Token] = []
        if node.dep_ == "appos":
            said_of.append(node.head)
        elif node.dep_ in ("attr", "oprd") and node.head.lemma_ in ("be", "become", "remain"):
            return self._members_said(node, node.head)
        elif noun.dep_ == "compound":
            said_of.append(noun.head)
        said_of += [c for c in noun.children if c.dep_ == "appos"]
        # "NATO member Norway and Russia": the member's conjuncts only for "members"
        plural = noun.tag_ in ("NNS", "NNPS")
        return [
            e
            for t in said_of
            for e in self.entities(t, with_conj=plural)
            if self.res.kind_of(e) is Kind.COUNTRY
        ]

    def _members_said(self, noun: Token, copula: Token) -> list[str]:
        """The states a clause says are members now: "Finland became NATO's 31st member";
        not "wants to become a member", "could become", "if Ukraine were a member", "was a
        member until 2020", a question or a headline's "to become"."""
        if (
            copula.dep_ in ("xcomp", "advcl", "ccomp")
            and copula.head.lemma_.lower() != "say"
            or copula.tag_ in ("VBD",)
            and copula.lemma_ == "be"
            or any(
                c.dep_ in ("aux", "mark")
                and (c.tag_ == "MD" or c.lower_ in ("to", "if", "whether"))
                for c in copula.children
            )
            or any(t.text == "?" for t in self.sent)
        ):
            return []
        subjects = [e for e in self.subjects(copula) if self.res.kind_of(e) is Kind.COUNTRY]
        plural = noun.tag_ in ("NNS", "NNPS")
        return subjects if plural or len(subjects) == 1 else []

    def recalled_envoys(self) -> Iterator[_Candidate]:
        """ "Morocco recalled its ambassador in Stockholm", "France recalled its ambassadors to
        the United States and Australia" (constructed after outlet copy): a state calling its
        envoy home from where it is posted sanctions the state of that post (CAMEO 161, reduce
        or break diplomatic relations); "recalled its ambassador from Taipei" is the lexicon's."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECALLING:
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            # its own envoy ("its ambassador"), not one it remembers ("recalled the US
            # ambassador in Moscow as a shrewd reader"), nor a former one
            envoys = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.lemma_.lower() in _POSTED_ENVOYS
                and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
                and not any(m.lower_ in ("former", "ex") for m in c.children)
            ]
            # "recalled its ambassadors to the United States": the parser may hang the post on
            # the verb; "to Paris", home, is the recalling state's own and read as none
            posts = [
                t
                for holder in (envoys + [verb] if envoys else [])
                for prep in ("to", "in", "at")
                for t in _prep_objects(holder, prep)
            ]
            if any(
                self.res.kind_of(e) is Kind.ORGANIZATION for t in posts for e in self.entities(t)
            ):
                continue  # "recalled its ambassador to the EU in Brussels": a body's post
            states = [
                state
                for t in posts
                for e in self.entities(t)
                if (state := self._place_state(e)) is not None
            ]
            for s in self.subjects(verb):
                for state in dict.fromkeys(states):
                    if state != s and state not in self._own_states(s):
                        yield _Candidate(Relation.SANCTIONS, s, state, verb, "recalled_envoy")

    def mediations(self) -> Iterator[_Candidate]:
        """ "The deal, which was brokered by Qatar with the help of Egypt", "a Moscow-brokered
        truce", "talks mediated by the African Union", "China brokered a deal between Saudi Arabia
        and Iran", "Saudi Arabia and the United States, which have hosted the negotiations"
        (constructed after outlet copy): a go-between of a deal or of talks negotiates with each
        of their parties (PLOVER MEDIATE), those the deal or talks are said to be between, those
        who agree to it in the sentence, else the two sides the sentences before told of."""
        for verb in self.sent:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in _BROKERING | _HOSTING:
                continue
            passive = any(c.dep_ in ("agent", "auxpass") for c in verb.children)
            brokered = (
                [verb.head]
                # "a truce brokered by", "a Moscow-brokered truce", "the deal, which was brokered"
                if (verb.dep_ in ("acl", "amod") or verb.dep_ == "relcl" and passive)
                and verb.head.pos_ in ("NOUN", "PROPN")
                else [
                    c
                    for c in verb.children
                    if c.dep_ == ("nsubjpass" if passive else "dobj") and c.pos_ != "PRON"
                ]
            )
            things = _BROKERED if lemma in _BROKERING else _TALKS
            # "hosted several rounds of talks between Saudi and Iranian officials"
            brokered = [
                next(iter(_prep_objects(n, "of")), n) if n.lemma_.lower() in _ROUNDS else n
                for n in brokered
            ]
            brokered = [n for n in brokered if n.lemma_.lower() in things or n.lower_ in things]
            if not brokered and lemma == "mediate" and _prep_objects(verb, "between"):
                brokered = [verb]  # "has mediated between Riyadh and the Houthis"
            if not brokered:
                continue
            if passive or verb.dep_ == "amod":
                words = _agents(verb) + [
                    # "Moscow-brokered", "US-mediated"
                    c
                    for c in verb.children
                    if c.dep_ in ("npadvmod", "compound") and c.i < verb.i
                ]
                mediators = [e for t in words for e in self.entities(t)]
            else:
                mediators = self.subjects(verb)
            # "brokered by Qatar with the help of Egypt and the United States": helpers too
            mediators += [
                e
                for h in _prep_objects(verb, "with")
                if h.lemma_.lower() in _HELP
                for t in _prep_objects(h, "of")
                for e in self.entities(t)
            ]
            for noun in brokered:
                parties = self._parties_of(noun, verb)
                for m in dict.fromkeys(mediators):
                    if self.res.kind_of(m) in (Kind.TOPIC, Kind.EVENT, Kind.LOCATION):
                        continue
                    for p in parties:
                        if p != m and m not in parties:
                            yield _Candidate(Relation.NEGOTIATES_WITH, m, p, verb, "mediation")

    def _parties_of(self, noun: Token, verb: Token) -> list[str]:
        """The two or more sides of a deal or talks: named "between" them, or who agree to it
        in the sentence ("Israel and Hamas agreed to a truce brokered by Qatar"), else the
        two sides of the last two sentences' bilateral claims."""
        between = [
            e
            for h in (noun, verb)
            for t in _prep_objects(h, "between")
            for e in self.entities(t)
            if self.res.kind_of(e) not in (Kind.TOPIC, Kind.EVENT, Kind.LOCATION)
        ]
        if len(set(between)) > 1:
            return list(dict.fromkeys(between))
        taker = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in ("dobj", "pobj") and taker.lemma_.lower() in _TAKING_PART_IN:
            agreeing = self.subjects(taker) + [
                e for t in _prep_objects(taker, "with") for e in self.entities(t)
            ]
            if len(set(agreeing)) > 1:
                return list(dict.fromkeys(agreeing))
        if any(
            w.lemma_.lower() not in _HELP for h in (noun, verb) for w in _prep_objects(h, "with")
        ):
            return []  # "hosted talks with Zelensky": a party of its own, not the sides before
        if noun is verb or any(
            c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "for") for c in noun.children
        ):
            return []  # "hosted talks on a ceasefire in Gaza": of another matter than the last
        return list(self._sides())

    def _acts_for_a_state(self, entity: str) -> bool:
        """Whether a party may act for a state: a state, a group that rules or fights, a person,
        or a body the text ties to a state; not an unaffiliated organisation."""
        kind = self.res.kind_of(entity)
        return kind is not Kind.ORGANIZATION or entity in self.res.part_of

    def _envoy(self, token: Token) -> Token | None:
        """The envoy noun a verb's object is, or the one its person was named with before ("The
        French ambassador, Sylvain Itté, ... ordered him to leave", "British ambassador Nigel
        Casey"): the noun whose labels say which state sent the envoy."""
        if token.lemma_.lower() in _POSTED_ENVOYS:
            return token
        for c in token.children:
            if c.dep_ == "compound" and c.lemma_.lower() in _POSTED_ENVOYS:
                return c
        if (
            token.lower_ in ("d'affaires", "d’affaires")
            or token.lemma_.lower() == "commissioner"
            and any(c.lower_ == "high" for c in token.children if c.dep_ in ("amod", "compound"))
        ):
            # "Russia's chargé d'affaires", "the Canadian high commissioner" (the envoy one
            # Commonwealth state sends another)
            return token
        people = [e for e in self.entities(token) if self.res.kind_of(e) is Kind.PERSON]
        if len(people) != 1:
            return None
        for t in token.doc[: self.sent.end]:
            if self.res.entity_at(t) != people[0]:
                continue
            if t.dep_ == "appos" and t.head.lemma_.lower() in _POSTED_ENVOYS:
                return t.head  # "the French ambassador, Sylvain Itté,"
            for c in t.children:
                if c.dep_ == "appos" and (
                    c.lemma_.lower() in _POSTED_ENVOYS or c.lower_ in ("d'affaires", "d’affaires")
                ):
                    return c  # "Sylvain Itté, the French ambassador,", "Russia's chargé d'affaires"
        return None

    def retaliation_threats(self) -> Iterator[_Candidate]:
        """ "The US and UK struck Houthi targets ... The Houthis vowed to retaliate", "Iran vowed
        revenge", "promised a response to the attack" (constructed after outlet copy): one who
        vows to strike back at no one named threatens whoever the article last told attacked
        them; a vow with its own target is read by the lexicon."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VOWING:
                continue
            backs = [
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and c.lemma_.lower() in _STRIKING_BACK_VERBS
                and (
                    c.lemma_.lower() not in _STRIKING_BACK
                    or any(
                        p.dep_ in ("prt", "advmod") and p.lower_ in ("back", "again")
                        for p in c.children
                    )
                )
                or c.dep_ == "dobj"
                and c.lemma_.lower() in _RETALIATION_NOUNS
            ]
            for back in backs:
                if self._aimed_elsewhere(back):
                    continue
                for s in self.subjects(verb):
                    # "Japan imposed sanctions on South Korea. Seoul vowed to retaliate": with
                    # no attack told, whoever last acted on them
                    provoked = self._provoker(s) if _retaliates(back) else None
                    for attacker in self._attackers_of(s) or ([provoked[0]] if provoked else []):
                        yield _Candidate(
                            Relation.THREATENS, s, attacker, verb, "retaliation_threat"
                        )

    def _aimed_elsewhere(self, back: Token) -> bool:
        """Whether a vow to strike back names its own target ("to retaliate against Israel") or
        answers something other than an attack ("to respond to questions", "a response to the
        proposal", "to respond diplomatically"): only "to respond to the attack" is one."""
        if any(c.dep_ == "advmod" and c.lower_.endswith("ly") for c in back.children):
            return True
        for prep in back.children:
            # not "at": "vowed to respond at a time of its choosing"
            if prep.dep_ != "prep" or prep.lower_ not in ("against", "on", "to", "for"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() not in _ANSWERED_ATTACKS:
                    return True
        return False

    def _attackers_of(self, party: str) -> list[str]:
        """Who the article last told attacked `party` or its state: the latest attack's actors,
        when its target is that party."""
        target = self.memory.event_targets.get(Relation.ATTACKS)
        if target is None:
            return []
        if target != party and target not in self._own_states(party):
            return []
        actors = self.memory.joint_event_actors.get(Relation.ATTACKS) or [
            a for a in [self.memory.event_actors.get(Relation.ATTACKS)] if a
        ]
        return [a for a in actors if a != party and a not in self._own_states(party)]

    def threatened_parties(self) -> Iterator[_Candidate]:
        """ "threatened to destroy Turkey's economy", "threatened to arrest Guaidó" (constructed
        after outlet copy): whoever or whatever's is to undergo the threatened act is threatened,
        whatever the act; acts of the lexicon are read with their own slots by `_threatened`."""
        for verb in self.sent:
            if verb.lemma_.lower() != "threaten" or verb.pos_ != "VERB":
                continue
            subjects = self.subjects(verb)
            for act in verb.children:
                if act.dep_ != "xcomp" or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in act.children
                ):
                    continue
                targets = [
                    e
                    for d in act.children
                    if d.dep_ == "dobj"
                    for t in [d, *(c for c in d.children if c.dep_ == "poss" and c.pos_ != "PRON")]
                    for e in self.entities(t)
                    if self.res.kind_of(e) in _PARTY_KINDS
                ]
                # "threatened to take action against Israel": whatever the act, the one it is
                # to be taken against
                targets += [
                    e
                    for holder in (
                        # not "to testify against Trump", "to vote against the bill": a case
                        # made or a vote cast is no threat
                        *([act] if act.lemma_.lower() not in _ARGUING else []),
                        # not "to veto any resolution against Israel": a measure of force's
                        *(
                            d
                            for d in act.children
                            if d.dep_ == "dobj" and d.lemma_.lower() in _FORCE_MEASURES
                        ),
                    )
                    for t in _prep_objects(holder, "against")
                    for e in self.entities(t)
                    if self.res.kind_of(e) in _PARTY_KINDS
                ]
                # "threatened to stop negotiations if the United States goes ahead", "unless
                # Baghdad accepted its conditions": the one whose doing the threat hangs on
                targets += [
                    e
                    for holder in (verb, act)
                    for clause in holder.children
                    if clause.dep_ == "advcl"
                    and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
                    )
                    # "if Lebanon is attacked", "if Belarus comes under attack": the one it
                    # would defend, not the one it threatens
                    and not any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
                    and clause.lemma_.lower() not in _UNDERGOING
                    for c in clause.children
                    if c.dep_ == "nsubj"
                    for e in self.entities(c)
                    if self.res.kind_of(e) in _PARTY_KINDS
                ]
                for s in subjects:
                    for o in dict.fromkeys(targets):
                        if s != o:
                            yield _Candidate(Relation.THREATENS, s, o, verb, "threatened_act")
            # "threatened military intervention in Niger", "threatened action against Iran": a
            # measure of force threatened, and where or against whom it would fall
            measures = [
                t
                for d in verb.children
                if d.dep_ == "dobj" and d.lemma_.lower() in _FORCE_MEASURES
                # "threatened military action against Iran in Syria": where it falls only when
                # no one is named it is against, and only for a force that goes in
                for prep in (
                    ("against",)
                    if _prep_objects(d, "against") or d.lemma_.lower() not in _ENTERING_FORCE
                    else ("in", "on", "into")
                )
                for t in _prep_objects(d, prep)
            ]
            for s in subjects:
                for o in dict.fromkeys(
                    e
                    for t in measures
                    for e in self.entities(t)
                    if self.res.kind_of(e) in _PARTY_KINDS
                ):
                    if s != o:
                        yield _Candidate(Relation.THREATENS, s, o, verb, "threatened_act")

    def consequence_warnings(self) -> Iterator[_Candidate]:
        """ "Iran warned that Israel would pay a heavy price", "'Israel will regret this,' Iran
        said", "warned Washington it would face consequences" (constructed after outlet copy):
        what a party will suffer for its course, said by another, is a threat to it (CAMEO 13).
        Not a question, a negation or a condition, nor said of the speaker's own side."""
        ev = load_evaluation()
        if any(t.text == "?" for t in self.sent):
            return  # '"Will Israel pay a price?" Iran asked'
        for verb in self.sent:
            if verb.pos_ != "VERB" or not _suffers_consequences(verb):
                continue
            kids = list(verb.children)
            if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in kids):
                continue
            threatened = [
                e
                for c in kids
                if c.dep_ == "nsubj"
                for e in self.entities(c)
                if self.res.kind_of(e) in _PARTY_KINDS
                # "Americans will pay a price for inflation": a people told of hardship is not
                # threatened; a described group that acts may be ("Houthi rebels")
                and not (self.res.kind_of(e) is Kind.GROUP and len(self.res.name_of(e).split()) < 2)
            ]
            for speaker, target in self._said_of(verb, threatened, ev):
                if target in self._own_states(speaker) | {self.memory.group_home.get(target)}:
                    continue
                if self._penalty_named(verb, speaker):
                    continue
                if set(self.res.name_of(speaker).lower().split()) & _FORECASTERS:
                    continue  # "The IMF said Russia will pay a price": a forecast, no threat
                yield _Candidate(
                    Relation.THREATENS,
                    speaker,
                    target,
                    verb,
                    "consequence_warning",
                    modality=_warning_modality(verb),
                )

    def conditional_threats(self) -> Iterator[_Candidate]:
        """ "Trump has warned that if Tehran refuses to give up its nuclear ambitions, military
        action would follow", "Iran warned that if Israel made another mistake, Iran's response
        would be more severe", "China would take further steps against the United States if
        necessary" (constructed after outlet copy): force or a penalty a speaker says their own
        side will bring against a party, or on a party's course, threatens it (CAMEO 13). Not
        another's force ("Kirby warned that Iran would retaliate"), a forecast ("war would
        follow"), a friendly response, or what would have come."""
        ev = load_evaluation()
        if any(t.text == "?" for t in self.sent):
            return
        for verb in self.sent:
            kids = list(verb.children)
            conditions = [
                c
                for c in kids
                if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL for m in c.children)
            ]
            # "Kyiv could retaliate with a ban if the restrictions stayed": a possibility tied
            # to another's course is a threat as much as a future is
            if not _still_to_come(verb, _FUTURE_AUX | (_POSSIBLE_AUX if conditions else set())):
                continue
            answering = verb.lemma_.lower() in _ANSWERING
            # "Russia would respond to any attack by NATO": the one whose course is answered
            answered = [t for p in ("to", "against") for t in _prep_objects(verb, p) if answering]
            if (penalty := _coming_penalty(verb)) is None:
                # "the United States would respond if Russia continued", "the bloc would
                # suspend its support if the military did not ...": answering another's course
                # with a measure or force, whatever the verb, when the course is named
                if not (conditions or answered) or not (
                    _hostile_answer(verb)
                    if answering
                    else _fitting_types(verb, self.lex) & _PENALTY_TYPES
                    and _penalty_dealt(verb, self.lex)
                ):
                    continue
                penalty = verb
            against = _prep_objects(penalty, "against") + _prep_objects(verb, "against")
            if answered:
                # "would respond to NATO", "to any attack by Israel"; not "to the US request"
                named = [e for t in answered for e in self._course_holders(t, strict=True)]
            elif against:
                named = [e for t in against for e in self.entities(t)]
            elif verb.lemma_.lower() in _TAKING_STEPS:
                continue  # "would take steps to improve ties": against no one
            else:
                # "if Tehran refuses ...": the party whose own course the penalty answers, not
                # one acted on ("if Israel were attacked")
                named = [
                    e
                    for c in conditions
                    for subj in c.children
                    if subj.dep_ == "nsubj" and subj.pos_ != "PRON"
                    for e in self._course_holders(subj)
                ]
            parties = [e for e in named if self.res.kind_of(e) in _PARTY_KINDS]
            for speaker, target in self._said_of(verb, parties, ev):
                side = self._speakers_sides(speaker)
                if target in side | {self.memory.group_home.get(target)}:
                    continue
                if not self._wielded_by(penalty, verb, side):
                    continue
                if self._press(speaker) or (
                    set(self.res.name_of(speaker).lower().split()) & _FORECASTERS
                ):
                    continue  # "JPMorgan said that if rates rise, ...": a forecast
                yield _Candidate(
                    Relation.THREATENS,
                    speaker,
                    target,
                    verb,
                    "conditional_threat",
                    modality=_warning_modality(verb),
                )

    def answered_acts(self) -> Iterator[_Candidate]:
        """ "Netanyahu said any attack by Hezbollah would be met with fire", "any regime attack
        on our soldiers will be answered immediately", "warned that any intervention in Niger by
        ECOWAS would be treated as a declaration of war" (constructed after outlet copy): a
        party, or a party's act, that a speaker says will be met with force or taken as an act
        of war is threatened by the speaker (CAMEO 13). Not a negation, a question, what would
        have been, or a party of the speaker's own side."""
        ev = load_evaluation()
        if any(t.text == "?" for t in self.sent):
            return
        for verb in self.sent:
            kids = list(verb.children)
            if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in kids):
                continue
            if not _still_to_come(verb, _FUTURE_AUX) or not _answered_with_force(verb):
                continue
            # "any move by Moscow would be met with force": whatever the act, when the verb says
            # force will answer it; "would be answered" only a hostile act ("the request by
            # Ukraine would be answered within days" is none)
            any_act = verb.lemma_.lower() not in _ANSWERING_ACTS
            targets = [
                e
                for c in kids
                if c.dep_ == "nsubjpass" and c.pos_ != "PRON"
                for e in self._course_holders(c, any_act=any_act, strict=True)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            # "would be met with a response from Israel": another's force, no threat of theirs
            forces = [
                e
                for w in _prep_objects(verb, "with")
                for f in _prep_objects(w, "from")
                for e in self.entities(f)
            ]
            for speaker, target in self._said_of(verb, targets, ev):
                side = self._speakers_sides(speaker)
                if target in side | {self.memory.group_home.get(target)}:
                    continue
                if any(f not in side for f in forces):
                    continue
                yield _Candidate(
                    Relation.THREATENS,
                    speaker,
                    target,
                    verb,
                    "answered_act",
                    modality=_warning_modality(verb),
                )

    def _course_holders(
        self, subject: Token, any_act: bool = False, strict: bool = False
    ) -> list[str]:
        """Whose course a condition's subject is: the party it names, or, for hostile acts (any
        act with `any_act`) that name no party themselves, the party they come from ("if
        attacks launched from Afghan territory continued": Afghanistan's). `strict`: a party
        only where the word itself names it, not a thing labelled with it ("the US request")."""
        if (not strict or self.res.entity_at(subject)) and (named := self.entities(subject)):
            return named
        if subject.pos_ != "NOUN" or not (
            any_act or subject.lemma_.lower() in _ANSWERED_ATTACKS | _HOSTILE_ACTS
        ):
            return []
        # the parser may hang the phrase on the clause ("if attacks launched from ...
        # continued" read as "attacks launched")
        holders = (subject, subject.head, *(c for c in subject.children if c.dep_ == "acl"))
        sources = [t for h in holders for prep in ("from", "by") for t in _prep_objects(h, prep)]
        sources += [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
        found = []
        for t in sources:
            if (e := self.res.entity_at(t)) is not None:
                found.append(e)
            else:  # "from Afghan territory": the state of the place's adjective
                found += [
                    e for c in t.children if c.dep_ == "amod" and (e := self.res.entity_at(c))
                ]
        return list(dict.fromkeys(found))

    def _speakers_sides(self, speaker: str) -> set[str]:
        """The speaker, the states and bodies they speak for, and those bodies' states: Mao Ning
        speaks for China's foreign ministry and so for China."""
        side = {speaker} | self._own_states(speaker) | self._home_states(speaker)
        bodies = self._title_bodies_here(speaker)
        if (body := self.memory.affiliation.get(speaker)) is not None:
            bodies.add(body)
        for body in bodies:
            side |= {body} | self._own_states(body)
        return side

    def _title_bodies_here(self, person: str) -> set[str]:
        """The states and bodies the title before a person's name in this sentence names ("EU
        foreign policy chief Josep Borrell"), which the title rules record only after the
        sentence's other readings."""
        return {
            e
            for t in self.sent
            if t.pos_ == "PROPN" and self.res.entity_at(t) == person
            for e in self._labels(t)
            if e != person and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        }

    def _wielded_by(self, penalty: Token, verb: Token, side: set[str]) -> bool:
        """Whether the force a clause says will come is the speaker's side's: its owner ("Iran's
        response"), or the subject of striking back or of taking steps, is of that side, or the
        force has no owner ("military action would follow")."""
        if penalty is verb or verb.lemma_.lower() in _TAKING_STEPS:
            holders = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            holders = [
                c for c in penalty.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            ]
        # a named owner, not a described one ("military action": no one's)
        owners = [
            e
            for h in holders
            for e in (self.entities(h) if h.dep_ == "nsubj" else [self.res.entity_at(h)])
            if e is not None
        ]
        if not owners:
            # "we would respond", "it would take steps": a pronoun of the speaker's side; a
            # noun of no one's ("analysts") is no one's force
            return all(h.pos_ == "PRON" or h.dep_ != "nsubj" for h in holders)
        return all(o in side for o in owners)

    def _penalty_named(self, verb: Token, speaker: str) -> bool:
        """Whether what a party is to suffer is named as another's doing than the speaker's
        ("would face retaliation from Iran" said by the US, "an Iranian response" said by the
        US), comes from no one ("consequences from its property crisis"), or is nothing ("will
        regret nothing")."""
        side = {speaker} | self._own_states(speaker)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lower_ in ("nothing", "none"):
                return True
            doers = [
                e
                for c in obj.children
                if c.dep_ in ("amod", "compound", "poss")
                for e in [self.res.entity_at(c)]
                if e
            ] + [e for t in _prep_objects(obj, "from") for e in self.entities(t)]
            if any(e not in side for e in doers):
                return True
            if any(not self.entities(t) for t in _prep_objects(obj, "from")):
                return True
        return False

    def said_behind(self) -> Iterator[_Candidate]:
        """ "Peskov said the US was 'undoubtedly' behind the attack", "Russia's allegation that
        Washington was behind a drone attack", "said the Houthis were responsible for the
        bombing" (constructed after outlet copy): whoever says a party is behind or responsible
        for a hostile act accuses it; the article saying so itself accuses no one."""
        for token in self.sent:
            if token.lower_ == "behind" and token.dep_ == "prep":
                clause = token.head
            elif (
                token.lower_ in ("responsible", "blame")
                and token.dep_ in ("acomp", "xcomp")
                and token.head.lemma_ == "be"
            ):
                # "said the Houthis were responsible for the bombing", "suspect Israel is to
                # blame for the blasts": the same charge
                clause = token.head
            elif (
                token.dep_ == "dobj"
                and token.lemma_.lower() in _CRIMES
                and token.head.lemma_.lower() in ("commit", "perpetrate")
            ):
                # "Human Rights Watch said Israeli forces had committed war crimes" (constructed
                # after outlet copy): saying a party committed crimes charges it
                clause = token.head
            elif (
                token.lower_ == "responsibility"
                and token.dep_ == "dobj"
                and token.head.lemma_.lower() in _BEARING
            ):
                # "Hamas said Israel bore full responsibility for the deaths" (constructed
                # after outlet copy)
                clause = token.head
            else:
                continue
            acts = _prep_objects(clause, "behind") + _prep_objects(token, "for")
            committed = token.lemma_.lower() in _CRIMES
            if any(c.dep_ == "neg" for c in clause.children):  # "was not behind"
                continue
            if not committed and (
                clause.lemma_ not in ("be", *_BEARING)
                or not any(p.lemma_.lower() in _BEHIND_ACTS for p in acts)
            ):
                continue
            accused = [
                e
                for c in clause.children
                if c.dep_ == "nsubj" and c.pos_ != "PRON"
                for e in self.entities(c)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            governor = clause.head
            if clause.dep_ == "ccomp" and governor.lemma_.lower() in (
                self.lex.words["speech"] | self.lex.words["allege"] | _CONVINCED
            ):
                accusers = self.subjects(governor)
            elif clause.dep_ in ("acl", "ccomp") and governor.pos_ == "NOUN":
                spec = _noun_sense(governor, self.lex)
                if spec is None or spec.type is not Relation.ACCUSES:
                    continue
                accusers = [e for name in spec.subject for e in self._noun_slot(governor, name)]
            elif (
                clause.dep_ == "ROOT"
                and (source := self._according_to()) is not None
                and not self._is_press(source)
            ):
                # "According to the Houthis, the coalition was behind the attack"; a newspaper
                # reporting it accuses no one
                accusers = [source]
            else:
                continue
            accusers = [s for s in accusers if self.res.kind_of(s) in _PARTY_KINDS]
            for s in accusers:
                for o in accused:
                    if s != o:
                        yield _Candidate(Relation.ACCUSES, s, o, token, "said_behind")
            if not accusers or {c.lower_ for c in clause.children if c.dep_ == "aux"} & _MODALS:
                # "said Iran would be responsible for any attack on": a warning, no charge
                continue
            for act in acts:
                # "said Somalia was behind the attack on Kenyan troops": what the accused is
                # said to have done, to the target the act's phrase names
                if act.pos_ != "NOUN" or (own := self._act_in_phrase(act, accused)) is None:
                    continue
                rel, targets = own
                for a in accused:
                    for o in targets:
                        yield _Candidate(rel, a, o, act, "said_behind", modality=Modality.ALLEGED)

    def _allegation(self, verb: Token, prep: str, accused: list[str]) -> Iterator[_Candidate]:
        """ "accused North Korea of providing Russia with arms": the content is alleged."""
        # "holds Somalia responsible for the attack": the parser hangs the act on the adjective
        predicated = [
            t
            for c in verb.children
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj")
            for a in (
                [c]
                if c.pos_ == "ADJ"
                else [x for x in c.children if x.dep_ == "amod" and x.i > c.i and x.pos_ == "ADJ"]
            )
            for t in _prep_objects(a, prep)
        ]
        charged, _ = self.modality(verb)
        for tok in dict.fromkeys(self.slot(verb, prep) + predicated):
            if (
                tok.pos_ == "NOUN"
                # "never accused Russia of ...", "would blame Somalia for ...", "Did Iran accuse
                # ...?": no charge made, so nothing alleged
                and charged in (Modality.ASSERTED, Modality.REPORTED)
                and not self.sent.text.rstrip().endswith("?")
                and (own := self._act_in_phrase(tok, accused)) is not None
            ):
                # "blaming Iran for the attacks on Saudi oil facilities", "accused Moscow of an
                # attack on Kharkiv": the act's phrase names its target
                act_type, targets = own  # none of them accused
                for s in accused:
                    for o in targets:
                        yield _Candidate(
                            act_type, s, o, tok, "allegation_of_event", modality=Modality.ALLEGED
                        )
                continue
            event = _EVENT_NOUNS.get(tok.lemma_.lower())
            if (
                tok.pos_ == "NOUN"
                and event is not None
                and (target := self.memory.event_targets.get(event))
            ):
                # "blaming Iran for the attacks": Iran did what the attacks did, allegedly
                if any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children
                ):
                    for s in accused:
                        if s != target:
                            yield _Candidate(
                                event,
                                s,
                                target,
                                tok,
                                "allegation_of_event",
                                modality=Modality.ALLEGED,
                            )
                continue
            if tok.pos_ == "VERB" or tok.tag_ == "VBG":
                for spec in self.lex.verbs.get(tok.lemma_.lower(), []):
                    rel = spec.type
                    objects = [
                        e for n in spec.object for t in self.slot(tok, n) for e in self.entities(t)
                    ]
                    items = [
                        _np_text(t)
                        for n in spec.items
                        for t in self.slot(tok, n)
                        if not self.res.entity_at(t)
                    ]
                    for s in accused:
                        for o in dict.fromkeys(objects):
                            if s != o and self._kind_ok(o, spec.object_kinds):
                                yield _Candidate(
                                    rel,
                                    s,
                                    o,
                                    tok,
                                    "allegation_content",
                                    items=items,
                                    modality=Modality.ALLEGED,
                                )

    def _act_in_phrase(self, act: Token, accused: list[str]) -> tuple[Relation, list[str]] | None:
        """A hostile act a party is blamed for, with the target its own phrase names ("the
        attacks on Saudi oil facilities", "the shelling of Kharkiv"); None for an act that
        names another actor ("the Iranian strike on ...") or no target."""
        spec = _noun_sense(act, self.lex)
        if spec is None or spec.type not in _HOSTILE or _undone(act, self.lex):
            return None
        if any(c.dep_ in ("det", "amod") and c.lower_ in _UNREALISED for c in act.children) or any(
            # "accused Ukraine of an attack on its own troops": the accused's own, not the
            # accuser's
            c.lower_ == "own"
            for name in spec.object
            if name not in NOUN_MODIFIERS
            for t in _prep_objects(act, name)
            for c in t.children
        ):
            return None  # "will hold Iran responsible for any attack on": a warning, no charge
        own = (
            [e for name in spec.subject for e in self._noun_slot(act, name)]
            + [
                e
                for c in act.children
                if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < act.i
                for e in self.entities(c, with_conj=False)
            ]
            + [e for t in _prep_objects(act, "by") for e in self.entities(t)]
            + self._participle_agents(act)
        )
        if any(e not in accused for e in own):
            # "blamed Iran for the Houthi attack on Eilat", "for the attack on Eilat by the
            # Houthis": Iran is blamed as backer
            return None
        targets = [
            e
            for name in spec.object
            if name not in NOUN_MODIFIERS
            for e in self._noun_slot(act, name)
            if self._kind_ok(e, spec.object_kinds)
        ]
        if not targets and spec.type in _AT_OWNERS:
            targets = self._owners_hit(act, spec.object)
        targets = [e for e in dict.fromkeys(targets) if e not in accused]
        return (spec.type, targets) if targets else None

    def _compound_names(self, noun: Token) -> list[str]:
        """The names set before a noun with nothing between but words of means ("the Hezbollah
        drone attack", "Houthi missile strikes"); a name that modifies another noun says whose
        that thing is ("the UN school strike", "the Hamas tunnel strike")."""
        doc = noun.doc
        out = []
        for c in noun.children:
            if c.dep_ != "compound" or c.i > noun.i:
                continue
            named = [c] if self.res.entity_at(c) else []
            if not named and c.lemma_.lower() in _MEANS:
                named = [g for g in c.children if g.dep_ == "compound" and self.res.entity_at(g)]
            for t in named:
                entity = self.res.entity_at(t)
                between = [b for b in doc[t.i + 1 : noun.i] if self.res.entity_at(b) != entity]
                if not entity or not all(b.is_punct or b.lemma_.lower() in _MEANS for b in between):
                    continue
                # "Turkey's Syria offensive": the possessor attacks, the compound says where
                owners = [
                    o for p in t.children if p.dep_ == "poss" and (o := self.res.entity_at(p))
                ]
                out += owners or [entity]
        return list(dict.fromkeys(out))

    def _compound_attacker(self, entity: str, noun: Token, spec: NounSense) -> bool:
        """Whether a name before an attack noun is who attacks: a body or group is ("the Houthi
        attack", "a Hamas attack on Israel", "the NATO strike on Serbia"), unless it is a news
        outlet ("the Fox News attack on Zelensky" is words) or its "strike" is on a body only
        (a labour strike: "the UAW strike against Ford"); a state only when the noun names its
        target apart ("US strikes on Houthi targets"; "the Iran attack" may be on Iran); a place
        or a person never ("the Kyiv attack", "the Trump attack")."""
        kind = self.res.kind_of(entity)
        targets = [
            e
            for name in spec.object
            if name not in NOUN_MODIFIERS
            for e in self._noun_slot(noun, name)
        ]
        if kind in (Kind.ORGANIZATION, Kind.GROUP):
            if set(self.res.name_of(entity).lower().split()) & load_agents().outlets:
                return False
            return not (
                noun.lemma_.lower() == "strike"
                and targets
                and all(self.res.kind_of(t) is Kind.ORGANIZATION for t in targets)
            )
        if kind is not Kind.COUNTRY:
            return False
        return bool(targets) and entity not in targets

    def _target_of(self, noun: Token) -> tuple[list[str], Token] | None:
        """ "Israel was the target of an Iranian missile attack", "Abqaiq became the target of
        Houthi strikes": what a copula says is the target or victim of an attack, it hits; with
        the copula, whose clause says how sure that is ("was not", "may become", "said ... was")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of":
            return None
        target = prep.head
        if target.lemma_.lower() not in _HIT_ONES or target.dep_ not in ("attr", "oprd"):
            return None
        verb = target.head
        if verb.lemma_.lower() not in ("be", "become", "remain"):
            return None
        hit = [e for c in verb.children if c.dep_ == "nsubj" for e in self.entities(c)]
        return (hit, verb) if hit else None

    def _noun(self, noun: Token) -> Iterator[_Candidate]:
        spec = _noun_sense(noun, self.lex)
        if spec is None:
            return
        if (
            noun.dep_ == "compound"
            and noun.head.lemma_.lower() in _MEASURES
            and _noun_sense(noun.head, self.lex) is None
        ):
            # "adopted a new sanctions package against Russia": the measure word carries the
            # noun's phrases and verb, as "a package of sanctions against" does
            noun = noun.head
        rel = spec.type
        undone = _undone(noun, self.lex)
        if undone and (rel is not Relation.SANCTIONS or _on_hold(noun.head)):
            # "called off the talks": an act undone is no act; "put tariffs on hold": none yet
            return
        subjects: list[str] = []
        objects: list[str] = []
        # a name before any attack noun may be its attacker, whatever slots the sense lists
        slots = list(spec.subject)
        if rel is Relation.ATTACKS and "compound" not in spec.object:
            # "the Israel-Hezbollah war" names both sides, not who attacks whom
            slots.append("compound")
        for name in dict.fromkeys(slots):
            found = self._noun_slot(noun, name)
            if name == "poss":
                # "the Trump administration's sanctions on Iran": the actor is the state, as the
                # subject "the Trump administration imposed" is (whose act is aimed at "the
                # government of Hadi" stays the leader, as the dev gold reads a target)
                agents = [
                    agent
                    for c in noun.children
                    if c.dep_ == "poss"
                    and c.pos_ == "NOUN"
                    and (agent := self._state_agent(c, acting=True)) is not None
                ]
                found = agents or found
            if name == "compound" and "compound" not in spec.subject:
                # the attacker's slot every attack noun has; "Turkey's Syria offensive": a
                # possessor named the attacker, the compound where
                found = (
                    []
                    if subjects
                    else [
                        e
                        for e in self._compound_names(noun)
                        if self._compound_attacker(e, noun, spec)
                    ]
                )
            subjects.extend(found)
        if rel in _STANCES and subjects:
            subjects = self._stance_labels_kept(noun, subjects)
        # "Canada lifted its restrictions on Türkiye", "eased sanctions on Venezuela": a measure
        # lifted was in force until then, as the outlet gold reads it, whatever the lifting
        # verb's mood ("could ease", "was urged to lift")
        lifted = Modality.ASSERTED if undone else None
        if (
            not subjects
            and lifted is not None
            and noun.dep_ == "dobj"
            # "could ease", "urged Washington to lift": not yet lifted, and a lifter to come may
            # never have imposed the measure (the review's other choice measured one wrong claim
            # more and no true one)
            and noun.head.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in noun.head.children)
        ):
            # "the Biden administration relaxed oil sanctions on Venezuela": who lifts a measure
            # that names no one imposed it; a state, body or group, not "he would lift"
            subjects = [
                e
                for e in self.subjects(noun.head)
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP)
            ]
        for name in spec.object:
            objects.extend(self._noun_slot(noun, name))
        if not objects and "by" in spec.subject:
            # "sanctions by the European Union on Russia", "a visit by Xi to Riyadh": the parser
            # hangs the target's phrase on the name of the "by" agent
            objects = [
                e
                for by in _prep_objects(noun, "by")
                if self.res.entity_at(by)
                for name in spec.object
                # "by the government of Sudan": an "of" on the agent's name is of its name
                if name not in NOUN_MODIFIERS and name not in ("by", "of")
                for e in self._noun_slot(by, name)
            ]
        if not objects and rel is Relation.CRITICIZES and noun.lemma_.lower() in _ADDRESSED:
            objects = self._addressed_concern(noun)
        copula: Token | None = None  # "Israel was the target of ...": the clause it says so in
        if not objects and rel is Relation.ATTACKS and (copular := self._target_of(noun)):
            objects, copula = copular
        if (
            not objects
            and rel is Relation.ATTACKS
            and _hyphen_word(noun) in _WARS
            and any(c.dep_ == "poss" for c in noun.children)
            # "France's war in Mali against jihadists": the war names its enemy, not its place
            and not _prep_objects(noun, "against")
        ):
            # "Russia's war in Ukraine", "Israel's campaign in Gaza": a war one side is named as
            # waging is waged on the state or place it is fought in, not on the waging side's own
            # a region the gazetteer does not know may be the side's own ("Sudan's war in
            # Darfur"): only states and the places the gazetteer knows
            fought_in = [
                e
                for t in self._place_words(noun)
                if (e := self.res.entity_at(t))
                and (
                    self.res.kind_of(e) is Kind.COUNTRY
                    or self.res.kind_of(e) is Kind.LOCATION
                    and e in _gazetteer_known()
                )
                and not _open_water(self.res, e)
            ]
            owners = set(self._noun_slot(noun, "poss"))
            objects = [
                e
                for e in fought_in
                if e not in owners
                and not any(
                    (known := _gazetteer_known().get(e)) is not None and known.country == o
                    for o in owners
                )
            ]
        if not objects and rel is Relation.SANCTIONS:
            objects = [
                e
                for name in spec.object
                if name not in NOUN_MODIFIERS
                for t in _prep_objects(noun, name)
                for e in self._traded_origin(t)
            ]
        first = _coordinated_trigger(noun, self.lex)
        if not objects and first is not None:
            # "support for the Philippines and concern over the Chinese actions": the parser
            # hangs the second noun's phrase on the first; one the first does not take is its
            first_spec = _noun_sense(first, self.lex)
            theirs = set(first_spec.object if first_spec is not None else ())
            objects = [
                e
                for name in spec.object
                if name not in NOUN_MODIFIERS and name not in theirs
                for e in self._noun_slot(first, name)
            ]
        if not objects and rel in _STANCES:
            # "expressed support for Ukraine's sovereignty": what a party holds stands for it,
            # as a verb's possessed object does ("praised Taiwan's democracy"); so does a
            # party's conduct it labels ("in protest against EU trade policy")
            conduct = load_evaluation().owned_conduct
            objects = [
                e
                for name in spec.object
                if name not in NOUN_MODIFIERS
                for t in _prep_objects(noun, name)
                if not self.res.entity_at(t)
                for c in t.children
                if (c.dep_ == "poss" and c.pos_ != "PRON")
                or (
                    c.dep_ == "compound"
                    and c.i < t.i
                    and c.pos_ == "PROPN"
                    and t.lemma_.lower() in conduct
                )
                for e in self.entities(c, with_conj=False)
            ]
        if not objects and _light_verb(noun, self.lex) is not None:
            # "pointed the blame for the crisis at Moscow": the parser hangs the target's phrase
            # on the noun's own phrase
            objects = [
                e
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ not in spec.object
                for o in c.children
                if o.dep_ == "pobj" and not self.res.entity_at(o)
                for name in spec.object
                if name not in NOUN_MODIFIERS
                for e in self._noun_slot(o, name)
            ]
        governor = _light_verb(noun, self.lex)
        if not objects and governor is not None and noun.dep_ == "dobj":
            # "sent condolences to Zimbabwe", "expressed his sadness at the death of Robert
            # Mugabe": the parser hangs the noun's phrase on its support verb
            # only the recipient: "over the attack by the Taliban", "on Twitter" name no one
            # the noun is aimed at
            objects = [
                e
                for t in _prep_objects(governor, "to")
                if "to" in spec.object
                for e in self.entities(t)
                if e not in subjects
            ]
        if not objects and rel is Relation.SUPPORTS and _noun_lemma(noun) in _SYMPATHIES:
            # "expressed condolences over the death of Robert Mugabe": sympathy over a death is
            # for the one who died, whether the parser hangs the phrase on the noun or its verb
            deaths = [
                t
                for head in (noun, governor)
                if head is not None
                for prep in ("over", "at", "on", "for")
                for t in _prep_objects(head, prep)
                if t.lemma_.lower() in _DEATHS
            ]
            # "the death of Robert Mugabe", "Mugabe's death"
            objects = [e for t in deaths for d in _whose(t) for e in self.entities(d)]
            if not objects:
                # "extended condolences to the family, friends, and fans of Huber", "to Mugabe's
                # family": sympathy with one's kin is with him
                objects = [
                    e
                    for head in (noun, governor)
                    if head is not None
                    for t in _prep_objects(head, "to")
                    if t.lemma_.lower() in _KIN
                    for k in (t, *t.conjuncts)
                    for d in _whose(k)
                    for e in self.entities(d)
                ]
            if (
                not objects
                and all(
                    # "over his death": the one who died is no one in the sentence, whom "his" may
                    # take for its antecedent
                    all(
                        c.dep_ == "det"
                        and c.lower_ == "the"
                        or c.dep_ == "poss"
                        and c.pos_ == "PRON"
                        for c in t.children
                    )
                    for t in deaths
                )
                and not any(
                    # "paid tribute to the firefighters", "condolences to the families of the
                    # victims": a recipient named, though no party, is the one meant
                    c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
                    for head in (noun, governor)
                    if head is not None
                    for c in head.children
                )
            ):
                # "Tributes were paid by world leaders", "expressed condolences over the death":
                # for the one whose death the article told
                objects = [dead] if (dead := self._the_deceased()) is not None else []
        if (
            not objects
            and governor is not None
            and noun.dep_ == "dobj"
            # "offered Israel a truce", "offered Iran talks": an offer of a two-sided act is
            # no act yet; aid, backing and threats reach the one they are given
            and rel in (Relation.SUPPLIES, Relation.SUPPORTS, Relation.THREATENS)
        ):
            # "gave Ukraine military aid", "offered Kyiv a loan": the support verb's recipient
            objects = [
                e
                for t in self.slot(governor, "dative")
                if t.i < noun.i
                for e in self.entities(t)
                if e not in subjects
            ]
        if rel is Relation.MEETS:
            named_by = self._noun_slot(noun, "compound") if "compound" in spec.object else []
            if (
                len(named_by) == 1
                and self.res.kind_of(named_by[0]) in (Kind.ORGANIZATION, Kind.EVENT)
                and set(objects) == set(named_by)
            ):
                # "met Biden at the G20 summit", "the NATO summit": the body that names the
                # gathering convenes it; its members meet, it meets no one
                objects = []
        if rel in _AT_OWNERS and (not objects or _repeats_preposition(noun, spec.object)):
            # "sanctions on Chinese firms and on Iran": the owner of each unnamed target too
            objects += [o for o in self._owners_hit(noun, spec.object) if o not in objects]
        if not objects and rel is Relation.ATTACKS and self._strike_from_afar(noun, governor):
            # "carried out air strikes inside Afghanistan": a state's strikes from the air or by
            # guns on no one named fall on the state they are in, not the striker's own (the
            # codebooks' target by place)
            holders = (noun, governor) if governor is not None else (noun,)
            clause = governor if governor is not None else noun.head
            against = [
                e
                for holder in holders
                for prep in ("against", "on")
                for t in _prep_objects(holder, prep)
                for e in self.entities(t)
                if self.res.kind_of(e) in _PARTY_KINDS
            ]
            struck_in: list[str] = []
            if against:
                # "launched a military operation in northern Iraq against the PKK": the parser
                # hangs the target on the verb
                struck_in = against
            elif not any(_on_invitation(h) for h in (*holders, clause)):
                # "carried out air strikes inside Afghanistan", "a military campaign in Gaza";
                # not "in support of Assad", at a host's request
                struck_in = [
                    e
                    for holder in holders
                    for prep in ("in", "inside")
                    for t in _prep_objects(holder, prep)
                    if t.lemma_.lower() not in _WATERS
                    for e in self.entities(t)
                    if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
                ]
                if not struck_in and _where_clause(clause):
                    # "Gaza, where Israel has been waging a military campaign": the place the
                    # relative clause is told of
                    struck_in = [
                        e
                        for e in self.entities(clause.head)
                        if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
                    ]
            # the striker, though its subject slot is read later ("India's army began a
            # military operation in Manipur": at home, no attack)
            strikers = subjects or [
                e
                for h in holders
                for c in h.children
                if c.dep_ in ("poss", "nsubj")
                for e in self.entities(c)
            ]
            if noun.lemma_.lower() == "raid":
                # raids are often a state's at home ("air raids in North Waziristan"): only
                # where the place's state is known to be another's
                struck_in = [
                    e
                    for e in struck_in
                    if self.res.kind_of(e) is Kind.COUNTRY or _place_state(self.res, e) is not None
                ]
            objects = [
                e
                for e in struck_in
                if all(self.res.kind_of(s) is Kind.COUNTRY for s in strikers)
                and not any(
                    e == s or e in self._own_states(s) or _place_state(self.res, e) == s
                    for s in strikers
                )
            ]
        protest = noun.lower_ in load_agents().protests or noun.lemma_.lower() in (
            load_agents().protests
        )
        places: list[str] = []
        if protest:
            # "Hong Kong protests", "Iraqi demonstrations": where they are held, not who holds
            # them; "pro-democracy protests": what they are for
            places = [
                e
                for name in spec.subject
                for e in self._noun_slot(noun, name)
                if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            ]
            subjects = [
                e
                for name in spec.subject
                if name not in ("amod", "compound")
                for e in self._noun_slot(noun, name)
                if e not in places
            ]
        receiver = _receiving_verb(noun, self.lex) if governor is None else None
        if (
            receiver is None
            and governor is None
            and rel in (Relation.CRITICIZES, Relation.ACCUSES)
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _REJECTING | _REBUFFING
            and noun.lemma_.lower() not in _LAWSUITS  # a suit is against another
        ):
            # "the Kremlin brushed off criticism from NATO", "rejected the accusations made by
            # the United States" (constructed after outlet copy): what one rebuts was said of it
            receiver = noun.head
        if (
            governor is None
            and not objects
            and noun.dep_ == "nsubjpass"
            and noun.head.lemma_.lower() in self.lex.words["receiving_verbs"]
        ):
            # "how much direct Iranian assistance is received by the Houthis": the passive's
            # agent undergoes it
            objects = [
                e
                for a in noun.head.children
                if a.dep_ == "agent"
                for t in a.children
                if t.dep_ == "pobj"
                for e in self.entities(t)
            ]
        if receiver is not None and not subjects:
            # "Iran faced new sanctions from the EU", "drew condemnation from Turkey", "came under
            # attack from rebels": the one the act comes from is the actor, the verb's subject
            # its target.
            subjects = [
                e
                for prep in ("from", "by", "of")
                for t in _prep_objects(noun, prep)
                for e in self.entities(t)
            ] + self._participle_agents(noun)  # "the accusations made by the United States"
            subjects = subjects or [
                e for t in _prep_objects(receiver, "from") for e in self.entities(t)
            ]
            if not subjects and rel is Relation.AGREES_WITH and objects:
                # "Israel accepted a ceasefire deal with Hamas": a deal comes from no one; who
                # accepts it agrees to it (talks accepted are only to come)
                subjects = [e for e in self.subjects(receiver) if e not in objects]
            elif subjects:
                # "Pelosi's trip drew condemnation from Beijing": an act's doer undergoes it
                objects = (
                    self.subjects(receiver)
                    or self._recalled_doer(receiver)
                    or [
                        e
                        for c in receiver.children
                        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and _is_act(c)
                        for o in [
                            *(p for p in c.children if p.dep_ == "poss"),
                            *_prep_objects(c, "by"),
                        ]
                        for e in self.entities(o)
                        if self.res.kind_of(e) in _PARTY_KINDS
                    ]
                )
        elif (
            receiver is not None
            and not objects
            # "faced Syrian air defenses": a defence met is an obstacle, no support
            and noun.lemma_.lower() not in _DEFENCES
        ):
            # "Ukraine came under Russian attack", "drew Chinese criticism": the act's label names
            # its doer, and the verb's subject undergoes it; not a leader's own people ("Biden
            # faced American criticism")
            objects = [
                e
                for e in self.subjects(receiver)
                if e not in subjects and not set(subjects) & self._homes(e)
            ]
        purpose: Modality | None = None
        if governor is None and not subjects and rel in _TAKING_PART:
            # "On a visit to Paris, Xi met Macron", "flew to Washington for talks with Biden":
            # a visit or talks the phrase around the verb names are its subject's own; what one
            # goes "for" is still to come
            subjects = self._participants(noun)
            if subjects and noun.head.lower_ == "for":
                purpose = Modality.PLANNED
        acting = noun.head.head if noun.dep_ == "pobj" else noun
        if acting.dep_ == "dobj" and acting.pos_ == "NOUN":
            acting = acting.head  # "blocked roads in protest against the EU"
        if (
            governor is None
            and receiver is None
            and not subjects
            and (rel in _STANCES or noun.lemma_.lower() in _DONE_TOGETHER)
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and acting.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "agent") for c in acting.children)
        ):
            # "voted in favour of the impeachment", "resigned in protest against the deal",
            # "rallied in support of Trump", "rescued them in cooperation with Turkey": the
            # stance or the joint act is the verb's own subject's; a participle's borrowed
            # subject is too often the wrong one
            subjects = self.subjects(acting)
        if (
            governor is None
            and not subjects
            and rel is Relation.ATTACKS
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "behind"
            and noun.head.head.lemma_.lower() == "be"
        ):
            # "the group said it was behind Monday's attack on a U.S. patrol base" (constructed
            # after outlet copy): who is behind an attack made it
            subjects = self.subjects(noun.head.head)
        if rel is Relation.ATTACKS and not objects and (hit := _passive_agent_of(noun)):
            # "Ukraine was hit by a wave of Russian missile strikes" (constructed after outlet
            # copy): what an attack in a passive's "by" phrase hits is the passive's subject
            objects = [e for c in hit.children if c.dep_ == "nsubjpass" for e in self.entities(c)]
            # "Russian missile strikes": the label may sit on the compound
            subjects = subjects or [
                e for e in self._labels(noun) if self.res.kind_of(e) in _ACTOR_KINDS
            ]
        if (
            governor is not None
            and subjects
            and governor.lemma_.lower() in _JOINING
            # "refused to join", "is considering joining", "has not joined": no part taken;
            # "agreed to join" takes part to come (the noun's modality says so)
            and not (
                governor.dep_ in ("xcomp", "pcomp", "advcl", "ccomp")
                and governor.head.lemma_.lower() in _REFUSING | _WEIGHING
            )
            and governor.dep_ != "pcomp"
            and not any(c.dep_ == "neg" for c in governor.children)
        ):
            # "France joined EU sanctions against Russia": who joins an act does it too
            subjects += [e for e in self.subjects(governor) if e not in subjects]
        if governor is not None and not subjects:
            # "France imposed sanctions on Iran", "Turkey began a military offensive into Syria",
            # "had entered into an agreement with the government of Syria": the support verb's
            # subject is the noun's actor, and its phrases may hold the noun's target.
            subjects = self.subjects(governor)
            if noun.dep_ == "nsubjpass":
                # "The summit was attended by Putin, Erdoğan and Rouhani": the agents act; the
                # parser often hangs the later names on the verb, so the list is read in order
                subjects = [
                    e for a in governor.children if a.dep_ == "agent" for e in self._listed_after(a)
                ] or subjects
        carried = next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lemma_.lower() in self.lex.words["support_verbs"]
            ),
            None,
        )
        if governor is not None:
            # "Germany gave its full support to Ukraine": the verb's phrases hold the target too,
            # whoever "its" is.
            if not objects:
                objects = [
                    e
                    for name in spec.object
                    if name not in NOUN_MODIFIERS
                    for t in _prep_objects(governor, name)
                    for e in self.entities(t)
                ]
            if not objects and noun.dep_ == "nsubjpass":
                # "Sanctions were imposed by ECOWAS on Mali" (constructed after outlet copy): the
                # parser hangs the target's phrase on the agent's name
                objects = [
                    e
                    for a in governor.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                    for name in spec.object
                    if name not in NOUN_MODIFIERS
                    for t in _prep_objects(p, name)
                    for e in self.entities(t)
                ]
            if not objects and rel in _AT_OWNERS:
                objects = self._owners_hit(governor, spec.object)
            if not objects and "to" in spec.object:
                # "offered Kyiv its full support": the indirect object is the one given to
                objects = [
                    e for t in governor.children if t.dep_ == "dative" for e in self.entities(t)
                ]
        if receiver is None and carried is not None:
            # "the sanctions imposed on Russia by the European Union", "the EU extended the
            # sanctions imposed on Russia": a support verb's participle carries the noun's phrases
            subjects = subjects or self._participle_agents(noun)
            objects = objects or [
                e
                for name in spec.object
                if name not in NOUN_MODIFIERS
                for t in _prep_objects(carried, name)
                for e in self.entities(t)
            ]
        implied: str | None = None
        anti = [
            c
            for c in noun.children
            if c.dep_ in ("amod", "compound")
            and c.i >= 2
            and c.doc[c.i - 1].text in ("-", "–")
            and c.doc[c.i - 2].lower_ == "anti"
        ]
        if (
            protest
            and not subjects
            and (objects or anti)
            and not (noun.tag_ == "NN" and noun.head.lower_ == "in")  # "resigned in protest to"
        ):
            implied = self._protesters(noun, places, objects)
            subjects = [implied] if implied else []
            if implied is not None and not objects:
                # "anti-Maduro protests"; "anti-government protests in Iraq": the government of
                # the country the protesters were scoped to
                home = self.memory.group_home.get(implied)
                objects = [e for c in anti if (e := self.res.entity_at(c))] or [
                    home
                    for c in anti
                    if home is not None and c.lemma_.lower() in ("government", "regime")
                ]
        rebutted: Modality | None = None
        if rel is Relation.ACCUSES and subjects and not objects and governor is None:
            objects, rebutted = self._accused_of_noun(noun)
        if self._sued_measures(rel, objects):
            rel = Relation.OPPOSES
        else:
            objects = [o for o in objects if self._kind_ok(o, spec.object_kinds)]
        subjects = [s for s in subjects if self._kind_ok(s, spec.subject_kinds)]
        addressed = False
        if rel is Relation.REQUESTS and subjects and not objects:
            # "Protesters' demands include ... complete dismissal of the extradition bill": a
            # group's demands go to the government of the country it was scoped to
            homes = {self.memory.group_home.get(s) for s in subjects}
            if len(homes) == 1 and (home := homes.pop()) is not None:
                objects, addressed = [home], True
        if (
            governor is not None
            and subjects
            and not objects
            and rel in _EVENT_TYPES
            and (not self._quoted(noun) or rel not in self.memory.event_actors)
        ):
            # "Turkey began a military offensive": no target named, but "the operation" later is Turkey's
            self.memory.remember_event(
                rel,
                subjects[0],
                noun.tag_ in ("NNS", "NNPS"),
                (self.index, noun.i),
            )
        if rel is Relation.SANCTIONS and not objects:
            # "new restrictions on flights to Cuba": the target behind what is restricted
            objects = [
                e
                for name in ("on", "against")
                for t in _prep_objects(noun, name)
                if not self.res.entity_at(t)
                for p in _prep_objects(t, "to") + _prep_objects(t, "from")
                for e in self.entities(p)
                if self.res.kind_of(e) is Kind.COUNTRY
            ]
        if rel is Relation.SANCTIONS and subjects and not objects:
            objects = self._evaders(noun) or self._subject_of(noun)
        items = [_np_text(t) for n in spec.items for t in _prep_objects(noun, n)]
        between = list(
            dict.fromkeys(e for t in _prep_objects(noun, "between") for e in self.entities(t))
        )
        if rel in SYMMETRIC and len(between) < 2:
            # "the US-Japan alliance", "a Israeli-Cypriot-Greek effort", "Russian-Turkish
            # talks": parties joined before the noun are its parties, whoever carries it
            joined = [
                e
                for c in noun.children
                if c.dep_ in ("compound", "amod") and c.i < noun.i
                for e in self._mod_entities(c)
                if self.res.kind_of(e) is not Kind.TOPIC
            ]
            if len(set(joined)) > 1:
                between = list(dict.fromkeys(joined))
        if rel in SYMMETRIC and len(between) < 2 and not subjects:
            # "cut off diplomatic relations with Nigeria, Togo, France and the US" (constructed
            # after outlet copy): those listed after "with" are each the other side of an unnamed
            # party, not sides to one another
            with_side = {e for t in _prep_objects(noun, "with") for e in self.entities(t)}
            objects = [o for o in objects if o not in with_side]
        if rel in SYMMETRIC and (len(between) > 1 or not subjects and len(objects) > 1):
            # "a deal it brokered to normalize relations between Sudan and Israel", "a summit
            # between Greece, Cyprus and Egypt", "the Kim-Putin meeting": the parties the noun
            # names relate to each other, every pair of them, not to whoever carries the noun.
            parties = between if len(between) > 1 else list(dict.fromkeys(objects))
            if rel is Relation.AGREES_WITH and len(parties) > 2:
                # "a memorandum of understanding between Greece, Cyprus and Israel": each party
                # of a multilateral agreement agrees to it, not with every other party
                # ("memorandum of understanding": the agreement is the head of "of understanding")
                of_head = (
                    noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
                )
                agreement = self._agreement(noun) or self._agreement(of_head)
                for p in parties:
                    if agreement is None:
                        break
                    yield _Candidate(
                        rel,
                        p,
                        agreement,
                        noun,
                        "noun_under_support_verb" if governor is not None else "noun_frame",
                        confidence=self.lex.confidence(spec),
                    )
                return
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    yield _Candidate(
                        rel,
                        a,
                        b,
                        noun,
                        "noun_under_support_verb" if governor is not None else "noun_frame",
                        confidence=self.lex.confidence(spec),
                    )
            return
        if (
            rel in SYMMETRIC
            and carried is not None
            # "the ceasefire brokered by Egypt and Qatar": mediators are no sides
            and carried.lemma_.lower() in _TAKING_PART_IN
            and governor is None
            and not objects
            and len(set(subjects)) == 2
        ):
            # "a ceasefire agreed by Israel and Hamas", "talks held by Iran and Saudi Arabia":
            # the two the participle's agent names are the two sides (a bilateral deal; the
            # parties of a multilateral one agree to it, not with each other)
            a, b = dict.fromkeys(subjects)
            yield _Candidate(rel, a, b, noun, "noun_frame", confidence=self.lex.confidence(spec))
            return
        if (
            # "Russia and China held joint naval drills": the exercise is done together
            rel in (Relation.MEETS, Relation.NEGOTIATES_WITH, Relation.COOPERATES_WITH)
            and governor is not None
            and not objects
            and len(subjects) > 1
            and (
                any(
                    c.dep_ == "nsubj" or c.i == noun.i and c.dep_ == "nsubjpass"
                    for c in governor.children
                )
                # "Putin and Xi pledged to deepen their partnership": the subjects of the verb
                # the support verb's infinitive hangs on
                or governor.dep_ == "xcomp"
            )
        ):
            # "Biden and Xi held a virtual summit": the coordinated subjects met each other. Not
            # for agreements: co-signers of a multilateral treaty do not agree with each other.
            parties = list(dict.fromkeys(subjects))
            for i, a in enumerate(parties):
                for b in parties[i + 1 :]:
                    yield _Candidate(
                        rel,
                        a,
                        b,
                        noun,
                        "noun_coordinated_subjects",
                        confidence=self.lex.confidence(spec),
                    )
            return
        if spec.mutual:
            sides = yield from self._two_sided(noun, spec, subjects)
            objects = [o for o in objects if o not in sides]
            if self._common_compound(noun):
                # "Trump's trade war with China" (constructed after outlet copy): no fighting
                # either way, and no one-sided act on the other side
                mutual = {e for name in spec.mutual for e in self._noun_slot(noun, name)}
                objects = [o for o in objects if o not in mutual]
        for s in dict.fromkeys(subjects):
            for o in dict.fromkeys(objects):
                if s != o:
                    cand = _Candidate(
                        rel,
                        s,
                        o,
                        copula or noun,
                        "noun_under_support_verb" if governor is not None else "noun_frame",
                        items=items,
                        modality=purpose or rebutted or lifted,
                        confidence=self.lex.confidence(spec),
                    )
                    # an actor or target the text implies is trusted as its rule is, not its word
                    if implied is not None:
                        cand = replace(cand, rule="implied_protesters", confidence=None)
                    elif addressed:
                        cand = replace(cand, rule="group_demands", confidence=None)
                    yield cand

    def joint_act(self, noun: Token) -> Iterator[_Candidate]:
        """ "Nigeria and Chad launched a joint operation against Boko Haram", "France began
        joint patrols with Mali", "conducted jointly by Kenya and Somalia": whatever the act, its
        doers do it together, each cooperating with the others. Read beside the act's own
        sense, so the operation still attacks Boko Haram."""
        if not any(c.dep_ == "amod" and c.lower_ in _JOINT for c in noun.children):
            return
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _DOING_JOINTLY:
            return  # "rejected a joint proposal", "cancelled joint exercises": no joint act
        doers = (
            [e for a in verb.children if a.dep_ == "agent" for e in self._listed_after(a)]
            if noun.dep_ == "nsubjpass"
            else self.subjects(verb)
        )
        partners = [
            e
            for head in (noun, verb)
            for t in _prep_objects(head, "with")
            for e in self.entities(t)
        ]
        parties = [
            e for e in dict.fromkeys(doers + partners) if self.res.kind_of(e) in _PARTY_KINDS
        ]
        if len(parties) < 2 or not doers:
            return
        pairs = [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]
        if len(parties) > _JOINT_PARTIES:
            # "The envoys of the US, Germany, France, ... issued a joint statement urging ...":
            # a bloc speaking or acting as one; what it does is read by its own words, and
            # every pair of its members is no relation the article tells; the partner it acts
            # "with" still is ("Britain, France, Germany, Poland and Italy issued a joint
            # statement with Ukraine")
            pairs = [(a, b) for a in doers for b in partners if a != b and b not in doers]
        # "issued a joint statement": a position stated together is one they agree on
        said = noun.lemma_.lower() in _JOINT_WORDS
        rel = Relation.AGREES_WITH if said else Relation.COOPERATES_WITH
        for a, b in pairs:
            if self.res.kind_of(a) in _PARTY_KINDS and self.res.kind_of(b) in _PARTY_KINDS:
                yield _Candidate(rel, a, b, noun, "joint_act")

    def _accused_of_noun(self, noun: Token) -> tuple[list[str], Modality | None]:
        """Whom an accusation noun with no "against" phrase is made against: the one who denies
        it ("China denied accusations by the United States", "Moscow rejected Kyiv's charges"),
        whose accusing stands however the denial goes, or the named subject of its "that" clause
        ("Russia's allegation that Washington was behind the attack")."""
        verb = noun.head
        if (
            noun.dep_ == "dobj"
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in self.lex.words["deny"] | _REJECTING
            # "the court dismissed the lawsuit filed by Trump": a court rules on a suit against
            # another; the one sued is its "against" phrase or no one
            and noun.lemma_.lower() not in _LAWSUITS
        ):
            deniers = self.subjects(verb)
            if deniers:
                mode, _ = self.modality(verb)
                return deniers, Modality.ASSERTED if mode is Modality.ASSERTED else None
        return [
            e
            for clause in noun.children
            if clause.dep_ in ("acl", "ccomp")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
            for e in self.entities(c)
        ], None

    def _common_compound(self, noun: Token) -> bool:
        """ "a trade war", "a price war": a common noun before the act says what it is fought
        with, not who fights."""
        return any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and not self.res.entity_at(c)
            for c in noun.children
        )

    def _two_sided(
        self, noun: Token, spec: NounSense, subjects: list[str]
    ) -> Generator[_Candidate, None, list[str]]:
        """ "clashes between protesters and police", "Armenia's war with Azerbaijan", "is
        currently in conflict against it": each side of a two-sided act acts on the other; the
        subject of "be in conflict", "be at war" is one side. Returns the other sides read, which
        the one-sided frame leaves alone. Not "a trade war with China": a common noun saying what
        the war is fought with makes it no fighting."""
        if self._common_compound(noun) or _figurative_fight(noun):
            return []
        mode: Modality | None = None
        between = [e for t in _prep_objects(noun, "between") for e in self.entities(t)]
        if (
            not between
            and noun.dep_ == "nsubj"
            and noun.head.lemma_.lower() in _BREAKING_OUT
            # "warned that a war would break out between NATO and Russia if ...": no fight told
            and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in noun.head.children)
            and not _conditioned(noun.head)
        ):
            # "Fighting broke out between Kyrgyzstan and Tajikistan", "clashes erupted between
            # Kyrgyz and Tajik forces": the verb of its happening carries the act's sides
            between = [e for t in _prep_objects(noun.head, "between") for e in self.entities(t)]
        if not between and not subjects:
            # "agreed to a cease-fire after two days of fighting along their disputed border":
            # the two parties "their" stands for are the sides of the fight told as past
            between = self._sides_owning(noun)
            mode = Modality.ASSERTED if between else None
        others = [
            e for name in spec.mutual if name != "between" for e in self._noun_slot(noun, name)
        ]
        if (
            not subjects
            and others
            and noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "at", "to")
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            subjects = self.subjects(noun.head.head)  # "is in conflict with", "went to war with"
        sides = [*(between if len(set(between)) > 1 else []), *subjects, *others]
        pairs = [(a, b) for a in between for b in between if len(set(between)) > 1] + [
            p for s in subjects for o in others for p in ((s, o), (o, s))
        ]
        for a, b in dict.fromkeys(pairs):
            if (
                a != b
                and self._kind_ok(a, spec.subject_kinds)
                and self._kind_ok(b, spec.object_kinds)
                # "support for Ukraine in their war with Russia": a war's sides are states and
                # groups; a person read as one is a pronoun gone astray
                and Kind.PERSON not in (self.res.kind_of(a), self.res.kind_of(b))
            ):
                yield _Candidate(
                    spec.type,
                    a,
                    b,
                    noun,
                    "two_sided_noun",
                    modality=mode,
                    confidence=self.lex.confidence(spec),
                )
        return sides

    def _sides_owning(self, noun: Token) -> list[str]:
        """The two parties a plural possessive on a two-sided act, or on the place or thing it is
        fought along or over, stands for ("their war", "fighting along their border"), when the
        fight is told as past ("after", "since" it) and the two are foes: the article told them
        fighting, or the sentence has them agree to a truce. Not partners fighting others
        ("Mali and Niger struggled to contain jihadist fighting along their border") nor a
        border shared with a third ("clashes along their border with Belarus")."""
        owned = [noun, *(o for prep in _SIDES_PLACES for o in _prep_objects(noun, prep))]
        owners = [c for t in owned for c in t.children if c.dep_ == "poss" and c.lower_ == "their"]
        if len(owners) != 1 or any(
            _prep_objects(t, prep) for t in owned for prep in ("with", "between", "among")
        ):
            return []
        if any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children):
            return []  # "jihadist fighting", "gang violence": who fights is said otherwise
        framed = noun
        while framed.dep_ == "pobj" and framed.head.lower_ == "of":  # "two days of fighting"
            framed = framed.head.head
        past = (
            framed.dep_ == "pobj"
            and framed.head.lower_ in _PAST_FRAMES
            or (
                # "after two days of fighting along their border killed dozens": a clause of its own
                framed.dep_ in _SUBJ
                and any(c.dep_ == "mark" and c.lower_ in _PAST_FRAMES for c in framed.head.children)
            )
        )
        if not past:
            return []
        sides = [
            e
            for e in dict.fromkeys(self._thing_antecedents(owners[0]))
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP)
        ]
        if len(sides) != 2:
            return []
        truce = any(
            t.dep_ in ("dobj", "pobj")
            # "a cease-fire": the tokenizer splits the hyphen off
            and (t.lemma_.lower() in _TRUCES or _hyphen_word(t) in _TRUCES)
            for t in self.sent
        )
        if not truce and not self.memory.warring.get(frozenset(sides)):
            return []
        return sides

    def _participants(self, noun: Token) -> list[str]:
        """Who takes part in a visit or talks named in a phrase hung on a verb ("during a trip
        to Kyiv, Scholz pledged", "is in Beijing for a three-day visit"): the verb's subject."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in _FRAMING:
            return []
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        if noun.head.lower_ == "from" and verb.lemma_.lower() not in _RETURNING:
            return []  # "returned from a trip to Guatemala"; not "barred them from a trip"
        return self.subjects(verb)

    def _listed_after(self, word: Token) -> list[str]:
        """The parties listed right after a word ("attended by Russian President Vladimir Putin,
        Turkish President Recep Tayyip Erdoğan and Iranian President Hassan Rouhani"), read in
        order up to the list's end: the parser often hangs the later names on the verb."""
        found: list[str] = []
        for t in self.sent.doc[word.i + 1 : self.sent.end]:
            if t.pos_ in ("VERB", "AUX", "SCONJ") or t.is_punct and t.text != ",":
                break
            if t.pos_ == "ADP" and t.lower_ == "by" and t.i > 0 and t.nbor(-1).lower_ == "and":
                continue  # "attended by Rubio and Waltz and by Lavrov": the same list goes on
            if t.pos_ == "ADP" and t.lower_ != "of":
                # "imposed by the EU on Belarus and Iran" (constructed after outlet copy): the
                # agents end where another phrase begins; "of" still names their states, or is
                # inside a title ("by US Secretary of State Marco Rubio")
                break
            if t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i > t.i:
                continue  # "Russian" in "Russian President Vladimir Putin" labels the name
            if (e := self.res.entity_at(t)) and self.res.kind_of(e) in _PARTY_KINDS:
                found.append(e)
        return list(dict.fromkeys(found))

    def _subject_of(self, noun: Token) -> list[str]:
        """ "Mahan has been the subject of United States sanctions since 2011": the one said to be the
        subject or target of an act is its object."""
        of = noun.head
        if (
            noun.dep_ != "pobj"
            or of.lower_ != "of"
            or of.head.lemma_.lower() not in ("subject", "target", "victim")
        ):
            return []
        frame = of.head
        if frame.dep_ != "attr" or frame.head.lemma_ != "be":
            return []
        return [e for c in frame.head.children if c.dep_ == "nsubj" for e in self.entities(c)]

    def _evaders(self, noun: Token) -> list[str]:
        """ "a chance for the North Korean leader to get around crippling U.N. sanctions": who gets
        around sanctions is under them; a leader stands for the state he leads."""
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb, phrase = noun.head.head, f"{noun.head.head.lemma_.lower()} {noun.head.lower_}"
        elif noun.dep_ == "dobj":
            verb, phrase = noun.head, noun.head.lemma_.lower()
        else:
            return []
        if phrase not in self.lex.words["evade"] or verb.pos_ not in ("VERB", "AUX"):
            return []
        led = {p: c for c, p in self.memory.leaders.items()}
        return [led.get(e, e) for e in self.subjects(verb)]

    def _not_own_post(self, verb: Token, subjects: list[str], objects: list[str]) -> list[str]:
        """ "shut down Brazil's embassy in Caracas": a state closing its own mission abroad does
        not act on itself; nor, as a rule, on the host (an embassy is closed as the Taliban take
        Kabul, or after protesters storm it), so no one is sanctioned."""
        if verb.lemma_.lower() not in ("close", "shut") or not any(
            t.lemma_.lower() in _MISSIONS for t in self.slot(verb, "dobj")
        ):
            return objects
        own = {o for e in subjects for o in (e, *self._own_states(e))}
        return [o for o in objects if o not in own]

    def _measured(self, thing: Token, depth: int = 2, owner_only: bool = False) -> list[str]:
        """Whom a measure on an unnamed thing falls on: the state its agents act for ("22 Myanmar
        officials"), the state or body labelling it ("US law enforcement agencies", "Chinese
        goods"), where it comes from or goes ("imports from Russia", "flights to Cuba"), and so
        on through "of" ("the assets of ...", "heads of ..."); `owner_only`: only through "of"."""
        if (agent := self._state_agent(thing)) is not None:
            return [agent]
        found: list[str] = []
        for t in _prep_objects(thing, "of") if depth else []:
            # the owner first: "U.S. assets of 22 Myanmar officials" are theirs, held in the US
            named = [e for e in self.entities(t) if self.res.kind_of(e) in _ACTOR_KINDS]
            found += named or self._measured(t, depth - 1)
        if owner_only:
            return list(dict.fromkeys(found))
        if not found:
            found = [e for e in self._labels(thing) if self.res.kind_of(e) in _ACTOR_KINDS]
        if not found:
            found = [
                e
                for prep in ("from", "to")
                for t in _prep_objects(thing, prep)
                for e in self.entities(t)
                if self.res.kind_of(e) in _ACTOR_KINDS
            ]
        if not found:
            # "expelled ten diplomats from the German embassy", "the military advisers at
            # Pakistan's mission": the state whose mission they serve (the parser may hang the
            # phrase on the verb)
            holders = [thing] + ([thing.head] if thing.dep_ == "dobj" else [])
            found = [
                e
                for prep in ("from", "at", "of")
                for holder in holders
                for t in _prep_objects(holder, prep)
                if t.lemma_.lower() in _MISSIONS and not self.entities(t)
                for e in self._labels(t)
                if self.res.kind_of(e) is Kind.COUNTRY
            ]
        return list(dict.fromkeys(found))

    def _own_targets(self, noun: Token, rel: Relation) -> list[str]:
        """ "the strike on Israel", "Monday's attack on a U.S. patrol base": the target an event
        noun names in its own phrases, or the owner of the unnamed thing it hit."""
        spec = _noun_sense(noun, self.lex)
        if spec is None or spec.type is not rel:
            return []
        preps = [n for n in spec.object if n not in NOUN_MODIFIERS]
        found = [e for n in preps for e in self._noun_slot(noun, n)]
        if not found and rel in _AT_OWNERS:
            found = self._owners_hit(noun, preps)
        return [e for e in dict.fromkeys(found) if self._kind_ok(e, spec.object_kinds)]

    def _owners_hit(self, token: Token, preps: Collection[str]) -> list[str]:
        """ "imposed sanctions on Iran's oil sector", "strikes on Russian oil refineries": a hostile
        act on an unnamed thing a state or group owns is on the owner."""
        verb = token.pos_ in ("VERB", "AUX")
        targets = [
            t
            for name in preps
            if name not in NOUN_MODIFIERS and name not in VERB_SLOTS
            # "launched drones at Ukrainian cities": the parser may hang the verb's phrase on
            # its object, where the verb's slot finds it
            for t in (self.slot(token, name) if verb else _prep_objects(token, name))
            if t.pos_ == "NOUN" and not self.entities(t)
        ]
        owners = [
            e
            for t in targets
            # "declared war on Ecuador's criminal gangs": outlaws a state names are not its own
            if not _outlaws(t)
            for e in self._labels(t)
            if self.res.kind_of(e) in _ACTOR_KINDS
        ] or [
            # "strikes on military locations belonging to the Houthis"
            e
            for t in targets
            for acl in t.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in _BELONGING
            for p in _prep_objects(acl, "to")
            for e in self.entities(p)
            if self.res.kind_of(e) in _ACTOR_KINDS
        ]
        # "an air strike on a refugee camp in Gaza": else the place the unnamed target is in
        return owners or [
            e
            for t in targets
            if t.lemma_.lower() not in _PERSONS_HIT
            for p in self._place_words(t)
            for e in self.entities(p)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            # "an attack on a ship in the Red Sea": a ship at sea is no one's in the sea
            and self.res.name_of(e).lower().split()[-1] not in _WATERS
        ]

    def _place_words(self, token: Token) -> list[Token]:
        """The words naming where a thing is: "Gaza" in "a camp in Gaza", "Russia" in "an airbase
        in Russia's Pskov region" (the region's state, when the region is no node)."""
        out: list[Token] = []
        for p in (
            p for prep in ("in", "inside", "across", "near") for p in _prep_objects(token, prep)
        ):
            if self.res.entity_at(p) or p.pos_ == "PROPN":
                out.append(p)
            else:
                # the region's state, else the region's name
                named = sorted(
                    (c for c in p.children if c.dep_ in ("poss", "compound", "amod")),
                    key=lambda c: c.dep_ != "poss",
                )
                out.extend([c for c in named if self.res.entity_at(c)][:1])
        return out

    def _strike_from_afar(self, noun: Token, governor: Token | None) -> bool:
        """Whether a noun tells strikes from the air or by guns whose target the sentence names
        nowhere else: "air strikes", "drone strikes", "shelling", "bombardment", carried out or
        subject to nothing; not "a strike in the 90th minute", "the UAW's strike", "was killed
        in an Israeli strike in Lebanon", "Israeli strikes in Lebanon killed five fighters"."""
        lemma = noun.lemma_.lower()
        mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        if not (
            lemma in _STRIKE_NOUNS
            # "air raids", not a police raid
            or lemma in ("strike", "raid")
            and mods & _STRIKING_ARMS
            # "waging a military campaign", "launched a ground offensive"; not "a humanitarian
            # air operation"
            or lemma in _CAMPAIGNS
            and mods & _CAMPAIGN_ARMS
            and not mods & _RELIEF
        ):
            return False
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return False  # its verb says what it hit
        if noun.dep_ == "pobj" and (
            noun.head.dep_ == "agent" or any(c.dep_ == "auxpass" for c in noun.head.head.children)
        ):
            return False  # "was killed by / in a US airstrike in Iraq": the one killed
        return governor is None or governor.lemma_.lower() in _LAUNCHING

    def _addressed_concern(self, noun: Token) -> list[str]:
        """ "conveyed its concerns to Beijing", "raised concerns with Washington": a concern
        told to a party, with nothing said of what it is over, is over that party; not
        "conveyed his concerns to Biden about the attacks", "shared its concerns with" (agreeing
        with them)."""
        carrier = _light_verb(noun, self.lex)
        holders = [noun, *([carrier] if carrier is not None else [])]
        if any(
            (c.dep_ == "prep" and c.lower_ in _CONCERN_TOPICS) or c.dep_ in ("ccomp", "acl")
            for h in holders
            for c in h.children
        ):
            return []
        preps = ("to", "with") if carrier is not None and carrier.lemma_ == "raise" else ("to",)
        told = [t for h in holders for prep in preps for t in _prep_objects(h, prep)]
        if any(c.dep_ == "prep" and c.lower_ in _CONCERN_TOPICS for t in told for c in t.children):
            return []  # "to the IAEA about the safety of the plant"
        # a state or a person: a concern told to a body or forum ("to the UN Security Council")
        # is put before it, not held against it
        return [
            e
            for t in told
            for e in self.entities(t)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.PERSON) or _seat_of_state(e)
        ]

    def _noun_slot(self, noun: Token, name: str) -> list[str]:
        if name in ("poss", "compound", "amod"):
            return [e for c in noun.children if c.dep_ == name for e in self._mod_entities(c)]
        return [e for t in _prep_objects(noun, name) for e in self.entities(t)]

    def _mod_entities(self, token: Token) -> list[str]:
        if (
            token.pos_ == "NOUN"
            and token.dep_ == "poss"
            and (leader := self._leader_description(token)) is not None
        ):
            return [leader]  # "the Chinese leader's visit": the leader's, not China's
        out = []
        own = self.res.entity_at(token)
        titles: set[int] = set()
        if own is not None and self.res.kind_of(own) is Kind.PERSON:
            # "US President Joe Biden's visit to Kyiv", "House Speaker Nancy Pelosi's visit"
            # (constructed after outlet copy): the title's state or body labels the person and
            # takes no part in the act
            titles = {
                d.i
                for c in token.children
                if c.dep_ in ("compound", "amod", "nmod", "poss")
                and c.i < token.i
                and self.res.entity_at(c) != own
                for d in c.subtree
            }
        for t in token.subtree:
            e = self.res.entity_at(t)
            if e and e not in out and t.i not in titles:
                out.append(e)
        if not out and token.pos_ == "PRON":
            ante = self._pronoun(token)
            out = [ante] if ante else []
        if not out and token.pos_ == "NOUN" and token.dep_ == "poss":
            # "Protesters' demands", "the rebels' offensive": a described group's own act
            group = self._group(token) or self._followers(token)
            out = [group] if group else []
        if not out and token.pos_ == "NOUN" and token.dep_ == "compound":
            # "police violence against protesters", "the police killing of Rayshard Brooks": an
            # unlabelled state body in a compound is its state's
            body = self._home_body(token)
            out = [body] if body else []
        return out

    def _titles(self) -> Iterator[_Candidate]:
        """Titles, appositions and possessives: LEADER_OF, AFFILIATED_WITH, PART_OF, LOCATED_IN;
        a LEADER_OF the register contradicts is dropped."""
        for cand in self._title_candidates():
            if self.res.kind_of(cand.object) is Kind.ORGANIZATION and self._party_chamber(
                cand.object
            ):
                continue  # "the Republican Senate Majority Leader" leads no "Republican Senate"
            if (
                cand.type is Relation.AFFILIATED_WITH
                and cand.role
                and _civil_role(cand.role)
                and self.res.kind_of(cand.object) in (Kind.COUNTRY, Kind.LOCATION)
            ):
                # "a Saudi journalist", "US sport columnist Adrian Wojnarowski": nationality or
                # residence alone is no affiliation (the gold conventions); "CNN anchor" is
                continue
            if (checked := self._checked_title(cand)) is not None:
                yield checked

    def _title_candidates(self) -> Iterator[_Candidate]:
        roles = load_roles()
        seen: set[int] = set()
        for token in self.sent:
            entity = self.res.entity_at(token)
            if not entity or token.i in seen:
                continue
            near = self.sent.doc[
                max(self.sent.start, token.i - 5) : min(self.sent.end, token.i + 6)
            ]
            span = [t for t in near if self.res.entity_at(t) == entity]
            # The mention's syntactic head: "Department" of "United States Department of
            # Transportation", whose last word hangs inside the name.
            inside = {t.i for t in span}
            heads = [t for t in span if t.head.i == t.i or t.head.i not in inside]
            root = max(heads or span, key=lambda t: t.i) if span else token
            seen.update(t.i for t in span)
            kind = self.res.kind_of(entity)
            if kind is Kind.PERSON:
                found = list(self._title_sequence(entity, span, roles))
                yield from found or self._person_titles(entity, root, roles)
                if not found:
                    yield from self._counterpart_title(entity, span)
                yield from self._party_titles(entity, span, roles)
            elif kind is Kind.ORGANIZATION:
                if (chamber := self._committee_chamber(entity)) is not None:
                    yield _Candidate(
                        Relation.PART_OF, entity, chamber, root, "committee_of_chamber"
                    )
                owners = [o for o in self._owners(root) if self.res.kind_of(o) is Kind.COUNTRY]
                known = _gazetteer_known().get(entity)
                # "the United States Department of Defense", "the US State Department": a body
                # the gazetteer knows as a state's, named with that state
                home = self.res.part_of.get(entity) or (
                    known.part_of
                    if known is not None
                    and known.part_of
                    and self._names_its_state(span, known.part_of)
                    else None
                )
                named = [s for s in [home] if s and self._mentioned(s)]
                tied = owners or named or self._labelled_by(entity, span)
                for owner in tied if named or self._state_body(entity, span) else []:
                    yield _Candidate(Relation.PART_OF, entity, owner, root, "part_of_owner")
                if not tied and (apposed := self._apposed_owner(entity, root)) is not None:
                    yield _Candidate(Relation.PART_OF, entity, apposed, root, "part_of_apposition")
                if (umbrella := self._umbrella_body(entity, root)) is not None:
                    yield _Candidate(Relation.PART_OF, entity, umbrella, root, "part_of_body")
                yield from self._body_placed_in(
                    entity, root, max(t.i for t in span) if span else root.i
                )
            elif kind is Kind.LOCATION:
                # "the city of São Paulo, Brazil": the parser hangs the apposition on the class
                # noun the name is "of"
                classed = (
                    [root.head.head]
                    if root.dep_ == "pobj"
                    and root.head.lower_ == "of"
                    and root.head.head.lemma_.lower() in _place_nouns()
                    and not self.res.entity_at(root.head.head)
                    else []
                )
                for child in [c for h in [root] + classed for c in h.children]:
                    # "Vladivostok, a Russian city", "Vladivostok, Russia"; not "Beijing, an ally
                    # of Russia", a capital standing for its state
                    if child.dep_ == "appos" and (
                        child.lemma_.lower() in _place_nouns() or self.res.entity_at(child)
                    ):
                        places = self._owners(child) + [
                            e
                            for e in self.entities(child, with_conj=False)
                            if self.res.kind_of(e) is Kind.COUNTRY
                        ]
                        countries = [
                            p for p in dict.fromkeys(places) if self.res.kind_of(p) is Kind.COUNTRY
                        ]
                        if not countries and self.res.name_of(entity) not in regions():
                            # "Nashville, Tennessee", "Manchester, England": a state's region
                            countries = [
                                e
                                for e in self.entities(child, with_conj=False)
                                if self.res.kind_of(e) is Kind.LOCATION
                                and self.res.name_of(e) in regions()
                                and not _namesake_abroad(self.res, entity, e)
                            ]
                        if len(countries) == 1:
                            yield _Candidate(
                                Relation.LOCATED_IN,
                                entity,
                                countries[0],
                                child,
                                "located_in_apposition",
                            )
                if span and (nxt := self._country_after_comma(max(t.i for t in span))):
                    # "arrived in Bogota, Colombia where he met ...": the parser hangs the state
                    # on the verb, not on the city
                    yield _Candidate(
                        Relation.LOCATED_IN, entity, nxt, root, "located_in_apposition"
                    )
                yield from self._placed_in(entity, root, max(t.i for t in span) if span else root.i)
                yield from self._capital_named(
                    entity, root, min(t.i for t in span) if span else root.i
                )

    def _capital_named(self, place: str, root: Token, first: int) -> Iterator[_Candidate]:
        """ "east of the capital, Riyadh", "shook the capital Khartoum", "Nigeria's capital
        Abuja", "the Saudi capital Riyadh": a city the text calls a capital lies in the state
        whose capital it is: the one the phrase names, or, naming none, the one the gazetteer
        knows it for, when the article names that state."""
        if self.res.kind_of(place) is not Kind.LOCATION:
            return
        doc = root.doc
        # the parser often makes "capital" and the name two objects of the verb: word order
        k = first - 1 if first - 1 >= self.sent.start and doc[first - 1].text != "," else first - 2
        before = [doc[k]] if k >= self.sent.start else []
        capital = next(
            (
                t
                for t in [root.head] * (root.dep_ == "appos")
                + [c for c in root.children if c.dep_ in ("compound", "nmod", "appos")]
                + before
                if t.lemma_.lower() == "capital"
                and t.pos_ == "NOUN"
                and self.res.entity_at(t) is None
                and abs(t.i - root.i) <= 3
            ),
            None,
        )
        if capital is None:
            return
        labels = [c for c in capital.children if c.dep_ in ("poss", "amod", "compound")]
        if any(self.res.entity_at(c) is None and c.pos_ in ("NOUN", "ADJ") for c in labels):
            return  # "the provincial capital", "the state capital": no state's
        owners = {
            e
            for t in labels + _prep_objects(capital, "of")
            if (e := self.res.entity_at(t)) is not None and self.res.kind_of(e) is Kind.COUNTRY
        }
        gazetteer = load_gazetteer()
        known = gazetteer.country_of_capital(place)
        if owners and place in gazetteer.known and owners != {known}:
            # "Georgia's capital Atlanta": a city the gazetteer knows, but as no capital of the
            # state named, is a province's or another Georgia's
            return
        if not owners and known in self.res.nodes:
            owners = {known}
        if len(owners) == 1:
            yield _Candidate(Relation.LOCATED_IN, place, owners.pop(), capital, "capital_city")

    def terms_of_office(self) -> Iterator[_Candidate]:
        """ "during the presidency of Barack Obama", "under Bashar al-Assad's rule", "the George
        W. Bush administration": a term of office named by its holder's full name says the holder
        led the state the register knows them to have led, when the article names that state."""
        for noun in self.sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _TERMS_OF_OFFICE:
                continue
            holders = [
                e
                for t in [
                    c for c in noun.children if c.dep_ in ("poss", "compound") and c.i < noun.i
                ]
                + _prep_objects(noun, "of")
                if (e := self.res.entity_at(t)) is not None and self.res.kind_of(e) is Kind.PERSON
            ]
            if any(c.dep_ == "prep" and c.lower_ in ("as", "at") for c in noun.children):
                continue  # "Clinton's tenure at the State Department": another office
            for person in dict.fromkeys(holders):
                name = self.res.name_of(person)
                if " " not in name:
                    continue  # "the Johnson administration": a surname the register may share
                states = {f"country:{iso3}" for iso3 in states_led_by(name)} & set(self.res.nodes)
                if len(states) == 1:
                    yield _Candidate(
                        Relation.LEADER_OF,
                        person,
                        states.pop(),
                        noun,
                        "term_of_office",
                        role=noun.lemma_.lower(),
                    )

    def _country_after_comma(self, last: int) -> str | None:
        """The country named right after a place and a comma, when the parser did not make it
        the place's apposition and it is no item of a list ("Bogota, Colombia and Peru"); or a
        state's first-level region after a town ("Cleveland, Ohio", "Manchester, England")."""
        doc = self.sent.doc
        if last + 2 >= self.sent.end or doc[last + 1].text != ",":
            return None
        token = doc[last + 2]
        country = self.res.entity_at(token)
        if country is None:
            return None
        if self.res.kind_of(country) is not Kind.COUNTRY and not (
            self.res.kind_of(country) is Kind.LOCATION
            and self.res.name_of(country) in regions()
            and (town := self.res.entity_at(doc[last])) is not None
            and self.res.name_of(town) not in regions()  # "Ohio, Michigan": a list of regions
            and not _namesake_abroad(self.res, town, country)
        ):
            return None
        if token.dep_ in ("appos", "conj") or any(c.dep_ in ("conj", "cc") for c in token.children):
            return None  # an apposition is read above; a list names places side by side
        end = token.i
        while end + 1 < self.sent.end and self.res.entity_at(doc[end + 1]) == country:
            end += 1
        after = doc[end + 1] if end + 1 < self.sent.end else None
        if after is not None and (
            after.lower_ in ("and", "or") or after.tag_ == "POS" or after.pos_ == "PROPN"
        ):
            return None  # "the Gulf, Iran's downing of a drone", "Kamloops, British Columbia"
        return country if token.pos_ == "PROPN" else None  # not "Basel, Iranian Grand Master"

    def dateline_place(self) -> Iterator[_Candidate]:
        """ "SEOUL, South Korea (AP) —": the wire dateline's city is in the country after it."""
        if self.dateline_end <= self.sent.start:
            return
        named: list[tuple[str, Token]] = []
        for t in self.sent.doc[self.sent.start : self.dateline_end]:
            if t.text == "(":
                break  # "(AP)": the agency, not a place
            if (e := self.res.entity_at(t)) and (not named or named[-1][0] != e):
                named.append((e, t))
        if len(named) == 2:
            (city, token), (country, _) = named
            if (
                self.res.kind_of(city) is Kind.LOCATION
                and self.res.kind_of(country) is Kind.COUNTRY
            ):
                yield _Candidate(Relation.LOCATED_IN, city, country, token, "dateline")

    def _placed_in(self, place: str, root: Token, last: int) -> Iterator[_Candidate]:
        """A place the text puts inside another: "Kramatorsk in eastern Ukraine", "Odesa, a port
        city in southern Ukraine", "Rafah, in the south of the Gaza Strip", "the Russian city of
        Belgorod"."""
        holders = [root] + [
            c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in _place_nouns()
        ]
        within = self._right_after_in(last) + [p for h in holders for p in _prep_objects(h, "in")]
        # "Mosul, which lies in northern Iraq", "Sochi, located on the Black Sea in Russia": a
        # clause of lying or being located puts the place where it says
        within += [
            p
            for h in holders
            for c in h.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _LYING
            for p in _prep_objects(c, "in")
        ]
        if (
            root.dep_ == "compound"
            and root.head.lemma_.lower() in _place_nouns()
            and not self.res.entity_at(root.head)
        ):
            # "the Idlib province of Syria", "the Molenbeek district of Brussels": a part's
            # class noun is "of" the place holding it; "the Red Sea city of Port Sudan" names
            # Port Sudan, which the modifier holds, so only a state is "of" a city or a port
            subdivision = root.head.lemma_.lower() not in _SETTLEMENTS
            within += [
                o
                for o in _prep_objects(root.head, "of")
                if (e := self.res.entity_at(o))
                and (self.res.kind_of(e) is Kind.COUNTRY or subdivision)
                and self.res.name_of(place).lower().split()[-1] not in _WATERS
            ]
        # "in the south of the Gaza Strip": the part of a place names the place
        within = [
            q
            for p in within
            for q in ([p] + _prep_objects(p, "of") if p.lemma_.lower() in _COMPASS_PARTS else [p])
        ]
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _place_nouns()
            and not self.res.entity_at(root.head.head)  # "the Eastern District of Texas"
        ):
            # "the Russian city of Belgorod": the class noun's label is the place's state; a
            # part's own name is no label ("the Khan Younis area of Gaza")
            within += [
                c
                for c in root.head.head.children
                if c.dep_ in ("amod", "poss")
                or c.dep_ == "compound"
                and (
                    root.head.head.lemma_.lower() in _SETTLEMENTS
                    # "the US state of Alabama": a state's name labels it
                    or (e := self.res.entity_at(c)) is not None
                    and self.res.kind_of(e) is Kind.COUNTRY
                )
            ]
        # "Uzbekistan's Samarkand", "Pakistan's northwest Khyber Pakhtunkhwa province": a place
        # (or the class noun it names) owned by a state or a larger place lies in it
        named = root.head if root.dep_ == "compound" and root.head.i > root.i else root
        if named is root or (
            named.lemma_.lower() in _place_nouns() and not self.res.entity_at(named)
        ):
            within += [
                c
                for c in named.children
                if c.dep_ == "poss" and c.i < root.i and not self._seat_named(c)
            ]
        found = [
            e
            for t in within
            if (e := self.res.entity_at(t))
            and e != place
            and self.res.kind_of(e) in (Kind.COUNTRY, Kind.LOCATION)
            # "the Saudi Red Sea city of Jeddah": a city on a sea is not in it
            and self.res.name_of(e).lower().split()[-1] not in _WATERS
        ]
        # "Spain sent troops to Ceuta, its enclave on the North African coast": the state the
        # apposed class noun's "its" stands for
        found += [
            e
            for h in holders[1:]
            for c in h.children
            if c.dep_ == "poss"
            and c.lower_ == "its"
            and (e := self._pronoun(c)) is not None
            and e != place
            and self.res.kind_of(e) is Kind.COUNTRY
        ]
        for container in dict.fromkeys(found):
            yield _Candidate(Relation.LOCATED_IN, place, container, root, "located_in_phrase")

    def _seat_named(self, token: Token) -> bool:
        """Whether a state is named here by its capital or seat ("London's Hyde Park", "the White
        House's South Lawn"): the place is in that city or building, not plainly in the state."""
        state = self.res.entity_at(token)
        if state is None or self.res.kind_of(state) is not Kind.COUNTRY:
            return False
        doc, lo, hi = self.sent.doc, self.sent.start, self.sent.end
        a = b = token.i
        while a - 1 >= lo and self.res.entity_at(doc[a - 1]) == state:
            a -= 1
        while b + 1 < hi and self.res.entity_at(doc[b + 1]) == state:
            b += 1
        surface = " ".join(t.lower_ for t in doc[a : b + 1] if t.tag_ != "POS")
        return surface not in _state_forms(own=True).get(state, frozenset())

    def _body_placed_in(self, body: str, root: Token, last: int) -> Iterator[_Candidate]:
        """ "the Lowy Institute in Sydney", "the Mexican Embassy in Quito", "Langley Air Force Base
        in Virginia": a body whose name says it is a site is where "in" puts it; any other
        body "in" a place may only be working there ("NATO in Europe", "the UN in Istanbul")."""
        words = set(self.res.name_of(body).lower().split())
        if not words & _SITES or words & _NO_SITES:
            return
        # "the Supreme Court in Israel", "the Chinese Embassy": a name every state's may bear is
        # one node across articles, which lies nowhere
        demonyms = load_gazetteer().demonyms
        if all(w in _SITES or w in _GENERIC_NAME_WORDS or w in demonyms for w in words):
            return
        doc, hi = self.sent.doc, self.sent.end
        within = _prep_objects(root, "in")
        if last + 1 < hi and doc[last + 1].lower_ == "in":
            # "the Wilson Center in Washington said"; not "the Court in the Poland case"
            within += [
                t
                for t in self._right_after_in(last)
                if t.dep_ not in ("compound", "amod", "poss", "nmod")
            ]
        found = [
            e
            for t in within
            if (e := self.res.entity_at(t))
            and e != body
            and (
                self.res.kind_of(e) is Kind.LOCATION
                # "the Wilson Center in Washington": the city, not the state it stands for
                or self.res.kind_of(e) is Kind.COUNTRY
                and t.lower_ in _state_forms(own=True).get(e, frozenset())
            )
        ]
        for place in dict.fromkeys(found):
            yield _Candidate(Relation.LOCATED_IN, body, place, root, "located_in_site")

    def _right_after_in(self, last: int) -> list[Token]:
        """The place word right after "[,] in [the] [eastern] [south of the]" following a place
        name: the parser often hangs that "in" on the verb ("heard in Kramatorsk in eastern
        Ukraine")."""
        doc, hi = self.sent.doc, self.sent.end
        k = last + 1
        if k < hi and doc[k].text == ",":
            k += 1
            if (owned := self._apposed_possessor(k)) is not None:
                return [owned]
        if not (k < hi and doc[k].lower_ == "in"):
            return []
        k += 1
        while k < hi and (
            doc[k].lower_ in ("the", "of")
            or doc[k].lemma_.lower() in _COMPASS_PARTS
            or doc[k].tag_ == "JJ"
            and _compass_word(doc[k].lower_)
        ):
            k += 1
        return [doc[k]] if k < hi else []

    def _apposed_possessor(self, k: int) -> Token | None:
        """The owner in ", Iraq's second largest city" after a place name ("Mosul, Iraq's
        second largest city"), which the parser often hangs on the verb: a possessive name, a
        few modifiers and a kind of place, nothing else."""
        doc, hi = self.sent.doc, self.sent.end
        owner = self.res.entity_at(doc[k]) if k < hi else None
        if owner is None:
            return None
        j = k
        while j < hi and self.res.entity_at(doc[j]) == owner:
            j += 1
        if not (j < hi and doc[j].tag_ == "POS"):
            return None
        for m in range(j + 1, min(j + 5, hi)):
            if doc[m].lemma_.lower() in _place_nouns():
                return doc[k]
            if self.res.entity_at(doc[m]) or doc[m].pos_ not in ("ADJ", "ADV", "NUM"):
                return None
        return None

    def _names_its_state(self, span: list[Token], state: str) -> bool:
        """Whether a body's mention holds its state's name or demonym ("US State Department",
        "United States Department of Defense"), not only its own ("the Pentagon")."""
        text = " " + " ".join(t.lower_ for t in span) + " "
        return any(f" {form} " in text for form in _state_forms().get(state, ()))

    def _owners(self, token: Token) -> list[str]:
        """Entities that qualify a noun: "North Korea's", "Iranian", "of Germany"."""
        out: list[str] = []
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < token.i:
                e = self.res.entity_at(child)
                if e and e != self.res.entity_at(token):
                    out.append(e)
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj":
                        e = self.res.entity_at(p)
                        if e:
                            out.append(e)
        return list(dict.fromkeys(out))

    def _title_sequence(self, person: str, span: list[Token], roles: Any) -> Iterator[_Candidate]:
        """Titles read off the word sequence around a name, which the parser often mangles:
        "Turkish President Recep Tayyip Erdoğan", "US Secretary of State Mike Pompeo",
        "Malaysia's Prime Minister, Najib Razak", "Khamenei, the Supreme Leader of Iran",
        "Presidents Muhammadu Buhari of Nigeria"."""
        if not span:
            return  # a person the register named from a description has no words of its own
        doc = self.sent.doc
        first, last = min(t.i for t in span), max(t.i for t in span)
        lo, hi = self.sent.start, self.sent.end
        # Left: [owner ['s]] title words [,] NAME
        i = first - 1
        comma = i >= lo and doc[i].text == ","
        if comma:
            i -= 1
        run: list[Token] = []
        if (k := self._posting_start(i, roles)) is not None:
            # "US Ambassador to Germany Richard Grenell", "U.S. Special Representative for Iran
            # Brian Hook": the posting sits between the title and the name; the owner is the one
            # before the title, never the place posted to
            i = k
        while i >= lo and self._title_word(doc[i], roles) and len(run) < 7:
            run.insert(0, doc[i])
            i -= 1
        while run and run[0].lower_ in ("of", "and", "for"):
            run.pop(0)  # the run starts with a title word, never a connector
        if (
            run
            and not comma
            and i >= lo
            and doc[i].text == ","
            and doc[last].dep_ == "appos"
            and doc[last].head.i < i
            # "the council's president, Ambassador Vanessa Frazier of Malta": the address has
            # its own owner after the name
            and not (last + 1 < hi and doc[last + 1].lower_ == "of")
            and _singular(doc[last].head.lower_, roles) in roles.leader | roles.affiliated
            and all(t.lower_ in roles.honorifics for t in run)
            # "his father, Sultan Said bin Taimur", "Peru's representative, Prime Minister
            # Alberto Otárola": an office after the comma is the office
            and not any(_singular(t.lower_, roles) in roles.leader for t in run)
            and not _is_leader_title(" ".join(t.text for t in run), roles)
        ):
            # "the court's president, Judge Joan Donoghue": a style of address after the comma;
            # the office is the title the name is apposed to, before it
            i, comma, run = i - 1, True, []
            while i >= lo and self._title_word(doc[i], roles) and len(run) < 7:
                run.insert(0, doc[i])
                i -= 1
        titles = roles.leader | roles.affiliated
        address = next(
            (
                k
                for k in range(len(run) - 1, 0, -1)
                if _singular(run[k - 1].lower_, roles) in titles
                and all(
                    t.lower_ in roles.honorifics and _singular(t.lower_, roles) not in titles
                    for t in run[k:]
                )
            ),
            None,
        )
        if address is not None:
            # "Qatari Emir Sheikh Tamim": the office is "Emir"; a form of address after a title
            # is no part of it ("Minister of Foreign Affairs" keeps its words: "Foreign" is none)
            run = run[:address]
        held = next(
            (
                k
                for k in range(len(run) - 1, 0, -1)
                if run[k].lower_ in ("of", "for") and not _title_noun(run[k - 1], roles)
            ),
            None,
        )
        if held is not None:
            # "the leadership styles of President Donald Trump", "at the request of Prime
            # Minister Boris Johnson": the title begins after the thing it is "of"
            i, run = run[held].i, run[held + 1 :]
        described = (
            i - 1 >= lo
            and self.res.entity_at(doc[i])
            and doc[i - 1].lower_ == "the"
            and (i - 1 == lo or doc[i - 2].is_punct)
        )
        if comma and run and not any(_singular(t.lower_, roles) in titles for t in run):
            # "a military spokesman for the group, Yahya Saree": the words before the comma are
            # the title's owner, not a title; read back from its last word
            i, run = run[-1].i, []
        apposed = bool(run) and doc[last].dep_ == "appos" and doc[last].head.i == run[-1].i
        if comma and not (i >= lo and doc[i].tag_ == "POS") and not described and not apposed:
            # "According to U.S. officials, Putin ..." is no title; "Malaysia's Prime Minister,
            # Najib Razak", "The Italian foreign minister, Luigi Di Maio," and "killed Iranian
            # general, Qasem Soleimani" (the name in apposition to the title) are.
            run = []
        if not run and (found := self._title_of_owner(person, i, doc[last], roles)):
            # "The president of Russia, Vladimir Putin," and "President of Ukraine Volodymyr
            # Zelenskyy": the title, then its owner, before the name
            yield found
            return
        if (
            run
            and i > lo
            and doc[i].text == ","
            and not any(self.res.entity_at(t) for t in run)
            and doc[last].dep_ == "appos"
            and doc[last].head.i < i
            and not self._titles_another(doc[last])
            and (found := self._title_of_owner(person, i - 1, doc[last], roles))
            and (found.role or "").split()[-1].lower() == doc[last].head.lower_
        ):
            # "the leader of Roman Catholic Christianity, Pope Francis,", "the head of the Church
            # of England, Archbishop Justin Welby,": a title that names no owner, or a style of
            # address, after the comma; the titled owner before it says whose office it is
            yield found
            return
        shared = False  # a plural title before coordinated names, each owner after its name
        if not run and first - 1 >= lo and doc[first - 1].lower_ == "and":
            # "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a plural title
            # before the first name is each name's title.
            run = self._shared_title(first - 1, roles)
            shared = bool(run)
            i = lo - 1  # the owner is in "of OWNER" after the name, not before the "and"
        ands = [k for k, t in enumerate(run) if t.lower_ == "and"]
        second = " ".join(t.text for t in run[ands[-1] + 1 :]) if ands else ""
        if (
            second
            and _is_leader_title(second, roles)
            and _is_leader_title(" ".join(t.text for t in run[: ands[-1]]), roles)
        ):
            # "Conservative Party leader and Prime Minister Boris Johnson": two offices; the one
            # next to the name has no owner of its own, the register may say whose it is
            self.bare_titles.append((person, second, doc[last]))
            run = run[: ands[-1]]
        if run and (
            any(_singular(t.lower_, roles) in roles.leader | roles.affiliated for t in run)
            or _is_leader_title(" ".join(t.text for t in run), roles)  # "Prime Minister"
            or " ".join(t.lower_ for t in run) in roles.affiliated  # "Crown Prince"
        ):
            role = " ".join(t.text for t in run)
            if len(run) == 1 and run[0].lower_ != _singular(run[0].lower_, roles):
                role = role[:-1]
            # "the court's president": an owner is named, whether or not it is known
            owned = i >= lo and (doc[i].tag_ == "POS" or doc[i].lower_ in ("its", "their"))
            if i >= lo and doc[i].tag_ == "POS":
                i -= 1
            owner = self.res.entity_at(doc[i]) if i >= lo else None
            if owner is None and i >= lo and comma:
                # "the agency's director general, Rafael Grossi", "its leader, Lee Jae-myung":
                # the body a described or pronoun owner stands for
                # a state's "its" takes its officers ("its trade representative"), not a head
                # of a body the state was not ("its director general" after Japan was named)
                owner = next(
                    (
                        e
                        for e in self._described_owner(doc[i])
                        if self.res.kind_of(e) is Kind.ORGANIZATION
                        or not _is_leader_title(" ".join(t.text for t in run), roles)
                    ),
                    None,
                )
                if owner is not None and self._owner_in_doubt(owner, doc[i]):
                    # "The EU sanctioned the Wagner Group, and its founder": either's
                    owner = None
                if (
                    owner is not None
                    and self.res.kind_of(owner) is Kind.COUNTRY
                    and any(
                        f"country:{o.country}" != owner
                        for o in offices_of(self.res.name_of(person), None, frozenset(Role))
                    )
                ):
                    # "The United States sanctioned Iran. Its foreign minister, Abbas Araghchi":
                    # the register knows him as another state's officer
                    owner = None
            if (
                owner is not None
                and self.res.kind_of(owner) is Kind.ORGANIZATION
                and _singular(run[-1].lower_, roles) in _ENVOY_TITLES
            ):
                # "Russia's UN ambassador Vassily Nebenzia": the body next to a posted title is
                # where the post is; the state named before it sends its holder
                k = i
                while k >= lo and self.res.entity_at(doc[k]) == owner:
                    k -= 1
                if k >= lo and doc[k].tag_ == "POS":
                    k -= 1
                sender = self.res.entity_at(doc[k]) if k >= lo else None
                if sender is not None and self.res.kind_of(sender) is Kind.COUNTRY:
                    owner = sender
            if owner is not None and self.res.kind_of(owner) is Kind.PERSON:
                # "Putin's spokesman, Dmitry Peskov", "Trump adviser Steve Bannon": a leader's
                # aide serves the state he leads; so does an office of a state coordinated with
                # him ("Putin and Defence Minister Sergei Shoigu"), not "Biden and Senator
                # Bernie Sanders"
                next_to = doc[i + 1].tag_ == "POS" or doc[i + 1].i == run[0].i
                office = doc[i + 1].lower_ == "and" and (
                    _ministry_office(role) or known_title(role)
                )
                aide = (next_to or bool(office)) and not _is_leader_title(role, roles)
                owner = self._state_led_by(owner) if aide else None
            after = doc[last + 1 : last + 3]
            if (
                owner is None
                and len(after) == 2
                and after[0].lower_ == "of"
                and (shared or known_title(role))
            ):
                # "Presidents Muhammadu Buhari of Nigeria", "President Buhari of Nigeria"; not
                # "committee member Doug Collins of Georgia": a lawmaker's state is no owner
                owner = self.res.entity_at(after[1])
            local = _local_head(role, roles)
            # "New Mexico governor Michelle Lujan Grisham" heads the state; "California Attorney
            # General Xavier Becerra" holds its office
            placed = (
                owner is not None
                and self.res.kind_of(owner) is Kind.LOCATION
                and (
                    local
                    or (bool(known_title(role)) or " " in role and role.lower() in roles.affiliated)
                    and not _is_leader_title(role, roles)
                )
            )
            if (
                owner
                and owner != person
                and (self.res.kind_of(owner) in (Kind.COUNTRY, Kind.ORGANIZATION) or placed)
            ):
                rel = (
                    Relation.LEADER_OF
                    if _is_leader_title(role, roles) or placed and local
                    else Relation.AFFILIATED_WITH
                )
                yield _Candidate(rel, person, owner, doc[last], "title_before_name", role=role)
                if (
                    rel is Relation.AFFILIATED_WITH
                    and not _PAST_WORDS.match(role.lower())
                    and (state := self._ministry_state(owner))
                ):
                    # "Russian Foreign Ministry spokeswoman Maria Zakharova": a generic ministry
                    # is its state's agent (ONTOLOGY.md, "State agents"), so its officer is the
                    # state's as well, as "Foreign Ministry spokesperson" links one to the
                    # country in the gold conventions
                    yield _Candidate(
                        Relation.AFFILIATED_WITH,
                        person,
                        state,
                        doc[last],
                        "title_before_name",
                        role=role,
                    )
                return
            if (
                owner is None
                and (_is_leader_title(role, roles) or known_title(role) or _state_office(role))
                and not owned
            ):
                self.bare_titles.append((person, role, doc[last]))
        # Right: NAME, [the] title words of [the] [owner 's] ... OWNER
        if (j := self._after_comma(last)) is not None:
            words: list[Token] = []
            while j < hi and self._title_word(doc[j], roles) and not self.res.entity_at(doc[j]):
                words.append(doc[j])
                j += 1
            owners: list[str] = []
            possessed = False
            title_of = bool(words) and words[-1].lower_ in ("of", "for") and j < hi
            if title_of:
                words.pop()
                k = j
                while k < hi and doc[k].lower_ in ("the",):
                    k += 1
                while k < hi and (self.res.entity_at(doc[k]) or doc[k].tag_ == "POS"):
                    if (e := self.res.entity_at(doc[k])) and e not in owners:
                        owners.append(e)
                    k += 1
                possessed = (
                    k < hi and doc[k - 1].tag_ == "POS" and doc[k].pos_ in ("NOUN", "ADJ", "PROPN")
                )
                if (
                    k + 2 < hi
                    and doc[k].lemma_.lower() in _place_nouns()
                    and doc[k + 1].lower_ == "of"
                    and (place := self.res.entity_at(doc[k + 2]))
                    and self.res.kind_of(place) is Kind.LOCATION
                ):
                    # "mayor of the Polish city of Gdańsk": the office is the city's
                    owners, possessed = [place], False
            elif (
                not any(t.lower_ in roles.leader | roles.affiliated | {"of", "for"} for t in words)
                and j < hi
                and self.res.entity_at(doc[j])
            ):
                # "Lim Soo-suk, South Korea's Foreign Ministry spokesperson"; "Tusk, a founding
                # Civic Platform member"
                modified = bool(words)
                words = []
                k = j
                while k < hi and (self.res.entity_at(doc[k]) or doc[k].tag_ == "POS"):
                    if (e := self.res.entity_at(doc[k])) and e not in owners:
                        owners.append(e)
                    k += 1
                while k < hi and self._title_word(doc[k], roles) and not self.res.entity_at(doc[k]):
                    words.append(doc[k])
                    k += 1
                if cut := [n for n, t in enumerate(words) if n and t.lower_ in ("of", "for")]:
                    # "Joe Biden, the Democratic Party's presumptive nominee for President of
                    # the United States": the title ends before its complement
                    words = words[: cut[0]]
                if modified and k < hi and self.res.entity_at(doc[k]):
                    # "Bottoms, former National Security Adviser Susan Rice": the next name's
                    words = []
                if not (words and words[-1].lower_ in roles.leader | roles.affiliated):
                    words = []
            local = _local_head(" ".join(t.text for t in words), roles)
            owners = [
                o
                for o in owners
                if o != person
                and (
                    self.res.kind_of(o) in (Kind.COUNTRY, Kind.ORGANIZATION)
                    # "Pete Buttigieg, the former mayor of South Bend, Indiana"
                    or title_of
                    and local
                    and self.res.kind_of(o) is Kind.LOCATION
                    and not possessed
                )
            ]
            if words and owners and any(t.lower_ in roles.leader | roles.affiliated for t in words):
                role = " ".join(t.text for t in words)
                leader = (_is_leader_title(role, roles) or local) and not possessed
                rel = Relation.LEADER_OF if leader else Relation.AFFILIATED_WITH
                owner = self._prefer_org(owners[-1:] + owners)
                yield _Candidate(rel, person, owner, doc[last], "title_after_name", role=role)
                return
            if (
                words
                and not owners
                and (j >= hi or doc[j].is_punct)
                and known_title(role := " ".join(t.text for t in words))
            ):
                # "Boris Johnson, the current prime minister,": whose, the register may say
                self.apposed_titles.append((person, role, doc[last]))
        if (found := self._member_of(person, span, roles)) is not None:
            yield found
            return
        # "North Korea's Kim Jong Un" leads; "BBC's Jonathan Marcus" belongs.
        if (
            first - 2 >= lo
            and doc[first - 1].tag_ == "POS"
            and (owner := self.res.entity_at(doc[first - 2]))
        ):
            kind = self.res.kind_of(owner)
            if kind is Kind.COUNTRY:
                if (by_register := self._possessor_office(person, owner, doc[last])) is not None:
                    yield by_register
            elif kind is Kind.ORGANIZATION:
                yield _Candidate(
                    Relation.AFFILIATED_WITH, person, owner, doc[last], "possessor_of_person"
                )

    def _possessor_office(self, person: str, state: str, token: Token) -> _Candidate | None:
        """ "North Korea's Kim Jong Un": no title says which office, so the register does. One
        it knows as the state's head leads it, one it knows as its foreign or defence minister
        belongs to it; "Kenya's Brigid Kosgei sets a world record" says where a runner is from."""
        name, iso3 = self.res.name_of(person), state.split(":", 1)[1]
        if iso3 in states_led_by(name):
            return _Candidate(
                Relation.LEADER_OF, person, state, token, "possessor_of_person", role="leader"
            )
        if any(o.country == iso3 for o in offices_of(name, None, tuple(Role))):
            return _Candidate(Relation.AFFILIATED_WITH, person, state, token, "possessor_of_person")
        return None

    def _party_titles(self, person: str, span: list[Token], roles: Any) -> Iterator[_Candidate]:
        """ "Conservative MP Philip Hammond", "Republican committee member Doug Collins", "Two
        Democratic Representatives, Collin Peterson and Jeff Van Drew", "Mitch McConnell, the
        Republican Senate Majority Leader", "Democrat Rod Blagojevich", "X, a Democrat,": a major
        party's adjective before a politician's title, or its noun as the title, makes the person
        the party's (`data/parties.json`); its "leader" leads it."""
        if not span:
            return
        doc, lo, hi = self.sent.doc, self.sent.start, self.sent.end
        first, last = min(t.i for t in span), max(t.i for t in span)
        # title words, whether they are apposed, whether they stand before the name
        runs: list[tuple[list[Token], bool, bool]] = []
        i = first - 1
        apposed = i >= lo and doc[i].text in (",", "and")
        while i >= lo and (
            doc[i].text in (",", "and")
            or (e := self.res.entity_at(doc[i])) is not None
            and self.res.kind_of(e) is Kind.PERSON
        ):
            i -= 1  # "Democratic Representatives, Collin Peterson and Jeff Van Drew"
        left: list[Token] = []
        while i >= lo and len(left) < 6 and self._party_run_word(doc[i], roles):
            left.insert(0, doc[i])
            i -= 1
        runs.append((left, apposed, True))
        if (j := self._after_comma(last)) is not None:
            right: list[Token] = []
            while (
                j < hi
                and len(right) < 6
                # "X, a California Democrat,": the member's state inside the run
                and (self._party_run_word(doc[j], roles) or self._us_state(doc[j]))
            ):
                right.append(doc[j])
                j += 1
            runs.append((right, True, False))  # "X, the Republican Senate Majority Leader,"
        yield from self._party_tag(person, first, last)
        for run, apart, before in runs:
            # a title after the name is its own whatever joins the name to the one before it
            joined = apart and before and doc[first - 1].lower_ == "and"
            for k, token in enumerate(run):
                party = self._party_named(token)
                if party is None:
                    continue
                title = [t for t in run[k + 1 :] if not self.res.entity_at(t)]
                if cut := [n for n, t in enumerate(title) if t.lower_ in ("of", "for")]:
                    title = title[: cut[0]]  # "the Democratic chairman of the ... Committee"
                members = load_parties().member_titles
                if title and title[-1].lower_ in members:
                    if joined:
                        if not title[-1].lower_.endswith("s"):
                            break  # "Republican Senator Lindsey Graham and Joe Biden"
                    role = " ".join(t.text for t in title)
                elif (
                    not title
                    # "Senator Chuck Grassley, Republican of Iowa,": the noun and its state
                    and (k == len(run) - 1 or run[k + 1].lower_ in ("of", "from"))
                    and token.text in party.nouns
                    # "a former Republican"; "Republicans Darin LaHood and Mike Bost" opens
                    and not self._formerly(token)
                ):
                    if joined:
                        break
                    role = "member"  # "Democrat Rod Blagojevich", "X, a Democrat,"
                else:
                    continue
                node = self._party_node(party, token)
                if node is not None:
                    lead = [t.lower_ for t in title] in (["leader"], ["party", "leader"])
                    rel = Relation.LEADER_OF if lead else Relation.AFFILIATED_WITH
                    yield _Candidate(rel, person, node, doc[last], "party_title", role=role)
                break

    def _ministry_state(self, org: str) -> str | None:
        """The state whose generic ministry an organisation node is ("Russian Foreign Ministry",
        "Turkish Ministry of National Defence", a "Foreign Ministry" the article tied to its
        state); not an agency with a name of its own ("State Department", "FSB")."""
        if self.res.kind_of(org) is not Kind.ORGANIZATION:
            return None
        found = _GENERIC_MINISTRY.match(self.res.name_of(org))
        if found is None:
            return None
        label = found.group("label")
        if label:
            state = self.res.part_of.get(org) or load_gazetteer().demonyms.get(label.lower())
        else:
            # a bare "Foreign Ministry" may be one node for two states' ministries ("Foreign
            # Ministry spokesman Lin Jian ... Japan's Foreign Ministry"): the state it was tied to
            # must be named in this sentence, by name or by its capital
            # by a place the officer speaks in ("at a news briefing in Beijing"), not by the
            # state the officer speaks of ("Lin Jian criticised Japan")
            state = self.res.part_of.get(org)
            named = {
                x
                for t in self.sent
                if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.LOCATION
                for x in [getattr(_gazetteer_known().get(e), "country", None)]
                if x
            }
            if state not in named:
                return None
        if state is None or state not in self.res.nodes:
            return None
        return state if self.res.kind_of(state) is Kind.COUNTRY else None

    def _formerly(self, token: Token) -> bool:
        """Whether a party's noun says what its member was: "a former Republican", "a former
        West Virginia Democrat", "a onetime Arizona Democrat"."""
        i = token.i - 1
        while i > self.sent.start and self._us_state(token.doc[i]):
            i -= 1  # the member's state between the word and the noun
        return i >= 0 and token.doc[i].lower_ in ("former", "ex", "onetime", "one-time")

    def _party_tag(self, person: str, first: int, last: int) -> Iterator[_Candidate]:
        """ "Sen. Lindsey Graham, R-S.C.,", "Rep. Adam Schiff (D-Calif.)": the party letter and
        state US outlets put after a member's name make the member the party's."""
        letter = self._member_tag(last)
        party = load_parties().tagged(letter.text) if letter is not None else None
        # the tag is a US outlet's, so its party is a US one in any article
        if (
            letter is not None
            and party is not None
            and (node := self._party_node(party, letter, True)) is not None
        ):
            yield _Candidate(
                Relation.AFFILIATED_WITH, person, node, letter, "party_title", role="member"
            )
        yield from self._member_of_congress(person, first, last)

    def _member_tag(self, last: int) -> Token | None:
        """The party letter of a member's tag after the name ending at `last` ("R" of ", R-S.C.,",
        "I" of "(I-Vt.)", "R" of "said Sen. Lindsey Graham, R-S.C." at the sentence's end), if
        the name has one."""
        doc, hi = self.sent.doc, self.sent.end
        j = last + 1
        if j + 3 >= hi or doc[j].text not in (",", "(") or doc[j + 2].text != "-":
            return None
        letter, k = doc[j + 1], j + 3
        state = doc[k].text
        if state not in load_parties().tag_states and k + 1 < hi and doc[k + 1].text == ".":
            state, k = state + ".", k + 1  # the tokeniser cuts "Vt." and "W.Va." before a comma
        closing = doc[k + 1] if k + 1 < hi else None
        if (
            letter.text not in _TAG_LETTERS
            or state not in load_parties().tag_states
            or closing is not None
            and closing.text not in (",", ")", ";", ".", '"', "'", "\u201d", "\u2019")
            # "said Sen. Lindsey Graham, R-S.C. Sen. Bernie Sanders ...": the state's full stop
            # ended the sentence too, and the parser did not cut it there
            and not (state.endswith(".") and closing.is_title)
            or self.res.entity_at(letter) is not None
        ):
            return None  # "Donald Trump, D-Day veterans and their families": no member's tag
        return letter

    def _tag_piece(self, token: Token) -> bool:
        """Whether a word is part of a member's tag or of the punctuation around it."""
        text = token.text
        states = load_parties().tag_states
        return text in _TAG_PIECES or text in _TAG_LETTERS or text in states or text + "." in states

    def _described_as_american(self, last: int) -> bool:
        """ "Senator Marco Rubio, Republican of Florida,", "Senator Rand Paul, the Kentucky
        Republican,", "Rep. Adam Schiff, a California Democrat,", "Senator Chris Murphy, a
        Democrat from Connecticut,": a party's noun with a US state after the name, as US
        outlets describe a member."""
        doc, hi = self.sent.doc, self.sent.end
        words = doc[last + 1 : min(hi, last + 7)]
        if len(words) < 3 or words[0].text != ",":
            return False
        k = 2 if words[1].lower_ in ("the", "a", "an") else 1
        if k + 2 > len(words):
            return False
        party = load_parties().named_by(words[k].text)
        if party is not None and words[k].text in party.nouns:
            # "Republican of Florida", "a Democrat from Connecticut"
            return words[k + 1].lower_ in ("of", "from") and self._us_state(words[k + 2])
        if k == 1 or not self._us_state(words[k]):
            return False
        # "the Kentucky Republican", "a New York Democrat": the noun after the state's name
        state = self.res.entity_at(words[k])
        after = next((t for t in words[k + 1 :] if self.res.entity_at(t) != state), None)
        party = load_parties().named_by(after.text) if after is not None else None
        return party is not None and after is not None and after.text in party.nouns

    def _us_state(self, token: Token) -> bool:
        """Whether a word is, or opens, the name of a US state ("Florida", "New York")."""
        entity = self.res.entity_at(token)
        if entity is not None and self.res.kind_of(entity) is Kind.COUNTRY:
            return False  # "Senator Giorgi Kandelaki of Georgia": the state of Georgia
        name = self.res.name_of(entity) if entity is not None else token.text
        return name.lower() in regions_of("US", "State")

    def _member_of_congress(self, person: str, first: int, last: int) -> Iterator[_Candidate]:
        """ "Sen. JD Vance, R-Ohio,", "Senators Marco Rubio of Florida, Mike Lee of Utah",
        "Congresswoman Ilhan Omar (D-Minn.)": a member's title before the name (or before a list
        the name is in) makes the member one of that chamber of Congress, when a tag or a US
        state after the name says it is the United States' (not "Philippine Senator Leila de
        Lima"), whatever other states the sentence names."""
        doc, lo, hi = self.sent.doc, self.sent.start, self.sent.end
        american = (
            self._member_tag(last) is not None
            or self._described_as_american(last)
            or (
                last + 2 < hi
                and doc[last + 1].lower_ == "of"
                and self._us_state(doc[last + 2])
                # "Senator Sandra Lorenzo of Florida, Uruguay": that state's Florida
                and not (
                    last + 4 < hi
                    and doc[last + 3].text == ","
                    and (e := self.res.entity_at(doc[last + 4])) is not None
                    and self.res.kind_of(e) is Kind.COUNTRY
                )
            )
        )
        if not american:
            return
        i = first - 1
        while i >= lo and (
            doc[i].text in ("and", "of")
            or self._tag_piece(doc[i])
            or (e := self.res.entity_at(doc[i])) is not None
            and self.res.kind_of(e) in (Kind.PERSON, Kind.LOCATION)
        ):
            i -= 1  # "Senators Marco Rubio of Florida, Mike Lee of Utah", "Reps. X, D-Md., and Y"
        if i < lo:
            return
        before = [t.lower_ for t in doc[max(lo, i - 2) : i] if t.text != "-"]
        if before and (before[-1] == "state" or _PAST_WORDS.match(before[-1] + " ")):
            return  # "state Sen. Bryan Hughes", "former Sen. Joe Lieberman", "Ex-Rep. X"
        if i == first - 1 and doc[i].lower_ == "speaker" and self._member_tag(last) is not None:
            # "where Speaker Mike Johnson, R-La., signaled": the House's; "House Speaker" says so
            if i == lo or self.res.entity_at(doc[i - 1]) is None:
                node = self._chamber_of_congress("org:us-house", doc[i])
                yield _Candidate(
                    Relation.LEADER_OF, person, node, doc[i], "tagged_legislator", role="Speaker"
                )
            return
        if (chamber := _CONGRESS_TITLES.get(doc[i].lower_)) is None:
            return
        if i < first - 1 and not doc[i].lower_.endswith(("s", "s.")):
            return  # "Senator Lindsey Graham and Joe Biden": one member's title
        node = self._chamber_of_congress(chamber, doc[i])
        yield _Candidate(
            Relation.AFFILIATED_WITH, person, node, doc[i], "tagged_legislator", role=doc[i].text
        )
        if (
            doc[i].lower_.rstrip(".").endswith("s")
            and last + 2 < hi
            and doc[last + 1].lower_ == "of"
            and self._us_state(doc[last + 2])
            and (state := self.res.entity_at(doc[last + 2])) is not None
        ):
            # "Senators Marco Rubio of Florida, Mike Lee of Utah": each sits for the state after
            # his name, as "Senator Amy Klobuchar of Minnesota" does (`title_in_parse`)
            yield _Candidate(
                Relation.AFFILIATED_WITH, person, state, doc[i], "tagged_legislator", role="member"
            )

    def _committee_chamber(self, entity: str) -> str | None:
        """ "the Senate Intelligence Committee", "the House Freedom Caucus", "the House Committee
        on Ways and Means": the chamber of Congress a committee named after it belongs to, in an
        article of the United States' (its own state, or the one state it names) or one that
        names that chamber; not "the House of Commons Defence Committee", nor "the Senate
        Committee on Foreign Relations of the Philippines"."""
        words = self.res.name_of(entity).split()
        chamber = _COMMITTEE_CHAMBERS.get(words[0].lower())
        lowered = [w.lower() for w in words[1:]]
        if chamber is None or not (_CHAMBER_BODIES & set(lowered)):
            return None
        if "of" in lowered and lowered[:2] != ["of", "representatives"]:
            return None
        owner = self.res.part_of.get(entity) or self.res.home_state.get(entity)
        if owner not in (None, "country:USA"):
            return None
        if (node := self._chamber_node(chamber)) is not None:
            return node
        home = self.res.home_country()
        if home == "country:USA" or home is None and "country:USA" in self.res.nodes:
            return self._new_chamber(chamber, words[0])
        return None

    def _chamber_node(self, chamber: str) -> str | None:
        """The article's one node of a chamber of Congress: by its id, or by a name of it ("the
        Senate", "the U.S. House") in an article about no other state ("In Manila, the Senate
        voted" in news of the Philippines is theirs)."""
        if chamber in self.res.nodes:
            return chamber
        home = self.res.focus_country()
        names = _CONGRESS_CHAMBERS[chamber][1]
        found = [
            n
            for n in self.res.nodes
            if self.res.kind_of(n) is Kind.ORGANIZATION
            and self.res.name_of(n).lower().removeprefix("the ") in names
            and (self.res.part_of.get(n) or self.res.home_state.get(n) or home)
            in (None, "country:USA")
        ]
        return found[0] if len(found) == 1 else None

    def _new_chamber(self, chamber: str, form: str) -> str:
        """A node of a chamber of Congress the article names by a member's title or a
        committee's name; the United States' own, so that no other state's senator is put in
        it."""
        node = self.res.add_node(chamber, _CONGRESS_CHAMBERS[chamber][0], Kind.ORGANIZATION, form)
        self.res.home_state[node] = "country:USA"
        return node

    def _chamber_of_congress(self, chamber: str, title: Token) -> str:
        """The article's node of a chamber of Congress, else a new one named by the member's
        title."""
        if (node := self._chamber_node(chamber)) is not None:
            return node
        return self._new_chamber(chamber, title.text)

    def _party_run_word(self, token: Token, roles: Any) -> bool:
        """A word of a party member's title run: a title word, or a party's word the recogniser
        ran into a chamber's name ("Republican Senate")."""
        entity = self.res.entity_at(token)
        return (
            self._title_word(token, roles)
            or self._party_named(token) is not None
            or entity is not None
            and (
                self._party_chamber(entity)
                # "the Republican Senate Majority Leader": a chamber inside the title
                or self.res.kind_of(entity) is Kind.ORGANIZATION
                and self.res.name_of(entity).split()[-1].lower() in _CHAMBERS
            )
        )

    def _party_chamber(self, entity: str) -> bool:
        """Whether an entity is a party's word the recogniser ran into a chamber's name: "the
        Republican Senate Majority Leader" has no "Republican Senate" of its own."""
        words = self.res.name_of(entity).split()
        return (
            len(words) > 1
            and load_parties().named_by(words[0]) is not None
            and {w.lower() for w in words[1:]} <= _CHAMBERS
        )

    def _party_named(self, token: Token) -> Party | None:
        """The curated party a capitalised word names, not inside another name ("Social
        Democratic", "Democratic Unionist Party", "Democratic Republic of the Congo")."""
        party = load_parties().named_by(token.text)
        if party is None:
            return None
        if (entity := self.res.entity_at(token)) is not None and not (
            self._party_chamber(entity)
            and self.res.name_of(entity).startswith(token.text + " ")
            # "X, a Republican,": the recogniser tags the noun as a people, one member
            or self._party_noun_title(token, entity)
            # "the Republican Senate Majority Leader": the word alone, before a chamber
            or entity in (party.id, f"org:{slug(token.text)}")
            and token.i + 1 < self.sent.end
            and (chamber := self.res.entity_at(token.nbor())) is not None
            and self.res.kind_of(chamber) is Kind.ORGANIZATION
            and self.res.name_of(chamber).split()[-1].lower() in _CHAMBERS
        ):
            return None
        before = token.nbor(-1) if token.i > self.sent.start else None
        if (
            before is not None
            and before.is_title
            and before.pos_ == "PROPN"
            # "a California Democrat": a member's state is no word of another name; "the Texas
            # Democratic leader" leads the state's party, not the nation's
            and not (self._us_state(before) and token.text in party.nouns)
        ):
            return None
        return party

    def _party_node(self, party: Party, token: Token, certain: bool = False) -> str | None:
        """The party's node: the one the article names, else a new one when its state is the
        article's most mentioned country (a "Labour" MP of an Australian story is no British
        one) or the party is `certain`."""
        if party.id in self.res.nodes:
            return party.id
        if certain:
            return self.res.add_node(party.id, party.name, Kind.ORGANIZATION, form=token.text)
        counts: dict[str, int] = {}
        for m in self.res.mentions:
            if m.entity_id in self.res.nodes and self.res.kind_of(m.entity_id) is Kind.COUNTRY:
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        if not counts or counts.get(f"country:{party.country}", 0) < max(counts.values()):
            return None
        return self.res.add_node(party.id, party.name, Kind.ORGANIZATION, form=token.text)

    def _state_led_by(self, person: str) -> str | None:
        """The one state the article has this person lead, else the one the register has him
        head, at any time."""
        led = self._states_led(person)
        if not led:
            states = states_led_by(self.res.name_of(person))
            # "The Biden administration imposed ...", "Obama said his country would ...",
            # "Macron aide Alexis Kohler": the state is there though the article may never name
            # it; the register alone says which, when it gives one
            country = f"country:{next(iter(states))}" if len(states) == 1 else None
            led = [country] if country is not None and self._mentioned(country) else []
        return led[0] if len(led) == 1 else None

    def _member_of(self, person: str, span: list[Token], roles: Any) -> _Candidate | None:
        """ "Sabrina Bennoui of Reporters Without Borders", "Yvette Cooper of the Labour Party":
        a name with "of" an organisation belongs to it. Not "Mike Lee of Utah" (a place) nor
        "Buhari of Nigeria" (a state: its title says what he is there)."""
        doc, hi = self.sent.doc, self.sent.end
        last = max(t.i for t in span)
        k = last + 1
        if not (k < hi and doc[k].lower_ == "of" and doc[k].head.i in {t.i for t in span}):
            return None
        k += 1
        while k < hi and doc[k].lower_ == "the":
            k += 1
        org = self.res.entity_at(doc[k]) if k < hi else None
        if org is None or org == person or self.res.kind_of(org) is not Kind.ORGANIZATION:
            return None
        return _Candidate(
            Relation.AFFILIATED_WITH, person, org, doc[last], "person_of_organisation"
        )

    def _titles_another(self, name: Token) -> bool:
        """Whether the title a name is in apposition to is itself in apposition to a person:
        "Charles Plotena, the mayor of Esperanza, Sultan Kudarat," is Plotena's, and what
        follows it is a place the recogniser took for a person."""
        title = name.head if name.dep_ == "appos" else None
        if title is None or title.dep_ != "appos":
            return False
        holder = self.res.entity_at(title.head)
        return holder is not None and self.res.kind_of(holder) is Kind.PERSON

    def _title_of_owner(self, person: str, end: int, token: Token, roles: Any) -> _Candidate | None:
        """ "The president of Russia, Vladimir Putin,": [the] title of [the] OWNER, NAME, read back
        from the owner's last word at `end`."""
        doc, lo = self.sent.doc, self.sent.start
        owner = self.res.entity_at(doc[end]) if end >= lo else None
        if owner is None and end >= lo:
            # "the head of the agency, Rafael Grossi,": the body the article named
            owner = next(iter(self._described_owner(doc[end])), None)
        if (
            owner is None
            or owner == person
            or self.res.kind_of(owner) not in (Kind.COUNTRY, Kind.ORGANIZATION, Kind.LOCATION)
        ):
            return None
        k = end
        while k - 1 >= lo and self.res.entity_at(doc[k - 1]) == owner:
            k -= 1
        if k - 1 >= lo and doc[k - 1].lower_ == "the":
            k -= 1
        if not (k - 1 >= lo and doc[k - 1].lower_ in ("of", "for")):
            return None
        j, words = k - 2, list[Token]()
        while j >= lo and self._title_word(doc[j], roles) and len(words) < 5:
            words.insert(0, doc[j])
            j -= 1
        if doc[k - 1].lower_ == "for" and (
            not words or _singular(words[-1].lower_, roles) in roles.posted
        ):
            # "a military spokesman for the group, Yahya Saree" speaks for it; "the UN envoy for
            # Syria, Geir Pedersen" is posted to it, and serves another
            return None
        while words and words[0].lower_ in ("of", "and", "for"):
            words.pop(0)
        if words and words[0].text == "-" and j >= lo and doc[j].lower_ == "then":
            # "then-governor of Alaska Sarah Palin": the office held at the time
            words.pop(0)
            j -= 1
        # "the president of Russia, Vladimir Putin", "a summit with President of France
        # Emmanuel Macron": the title opens its phrase
        opens = j < lo or doc[j].is_punct or doc[j].lower_ in ("the", "a", "an")
        opens = opens or doc[j].pos_ in ("ADP", "CCONJ")
        if not words or not opens or words[-1].lower_ not in roles.leader | roles.affiliated:
            return None
        role = " ".join(t.text for t in words)
        rel = Relation.LEADER_OF if _is_leader_title(role, roles) else Relation.AFFILIATED_WITH
        if self.res.kind_of(owner) is Kind.LOCATION and _local_head(role, roles):
            # "The mayor of London, Sadiq Khan", "then-governor of Alaska Sarah Palin"
            rel = Relation.LEADER_OF
        if rel is Relation.AFFILIATED_WITH and self.res.kind_of(owner) is Kind.LOCATION:
            return None  # "First Minister of Scotland" heads it; "Senator of X" is placed apart
        return _Candidate(rel, person, owner, token, "title_of_owner", role=role)

    def _shared_title(self, conj: int, roles: Any) -> list[Token]:
        """The plural title that heads a coordination of names, read back from the "and" at
        `conj` over names and their "of OWNER" phrases."""
        doc = self.sent.doc
        i = conj - 1
        while i >= self.sent.start and (self.res.entity_at(doc[i]) or doc[i].lower_ in ("of", ",")):
            i -= 1
        word = doc[i] if i >= self.sent.start else None
        if (
            word is not None
            and word.lower_.endswith("s")
            and word.lower_[:-1] in roles.leader | roles.affiliated
        ):
            return [word]
        return []

    def _named_or_its_people(self, country: str) -> bool:
        """Whether the article names a country, or its people ("declared Russians would continue
        to be paid": Russia is named, though "Russians" are a Group)."""
        if country in self.res.nodes:
            return True
        demonyms = load_gazetteer().demonyms
        return any(
            node.kind is Kind.GROUP and demonyms.get(node.name.lower()) == country
            for node in self.res.nodes.values()
        ) and self._mentioned(country)

    def candidacies(self) -> Iterator[_Candidate]:
        """ "Joe Biden is a leading candidate for the Democratic nomination", "Sanders ran for
        the Democratic Party nomination", "In Warren's campaign for the Democratic Party
        nomination": who seeks or wins a party's nomination is the party's, as candidacies are
        affiliations in the gold."""
        for token in self.sent:
            if token.pos_ != "NOUN" or token.lemma_.lower() != "nomination":
                continue
            parties = [
                p
                for c in token.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                for p in self._parties_in(c)
            ]
            if len(set(parties)) != 1:
                continue
            seekers: list[str] = []
            head = token.head
            if token.dep_ == "pobj" and head.lower_ == "for":
                holder = head.head  # "candidate for", "campaign for", "ran for"
                if holder.pos_ in ("VERB", "AUX"):
                    seekers = self.subjects(holder)
                elif holder.pos_ == "NOUN" and holder.lemma_.lower() in _BIDS:
                    seekers = [
                        e
                        for c in holder.children
                        if c.dep_ == "poss"
                        for e in self.entities(c, with_conj=False)
                    ]
                    if not seekers and holder.dep_ == "attr":
                        seekers = self.subjects(holder.head)  # "Biden is a candidate for"
            elif token.dep_ == "dobj" and head.lemma_.lower() in _SEEKING:
                seekers = self.subjects(head)  # "sought the Republican nomination"
            for person in seekers:
                if self.res.kind_of(person) is Kind.PERSON:
                    yield _Candidate(
                        Relation.AFFILIATED_WITH,
                        person,
                        parties[0],
                        token,
                        "candidacy",
                        role="candidate",
                    )

    def _parties_in(self, token: Token) -> list[str]:
        """The party a nomination's modifier names: its node ("the Democratic Party's"), or the
        curated party its adjective names ("the Democratic nomination")."""
        for t in token.subtree:
            entity = self.res.entity_at(t)
            if entity is not None and self.res.kind_of(entity) is Kind.ORGANIZATION:
                if "party" in self.res.name_of(entity).lower():
                    return [entity]
            if (party := self._party_named(t)) is not None:
                node = self._party_node(party, t)
                return [node] if node is not None else []
        return []

    def register_holders(self) -> Iterator[_Candidate]:
        """ "Bill Clinton was impeached in 1998": a person the register knows by full name as the
        head of one state, on the article's date or before it, leads or led that state, once per
        article, when the article names the state and ties the person to no other; a title read
        by this sentence or an earlier one has said so already."""
        day = self.memory.published
        if day is None:
            return
        heads = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)
        for token in self.sent:
            person = self.res.entity_at(token)
            if (
                person is None
                or token.i < self.dateline_end
                or person in self.memory.registered
                or self.res.kind_of(person) is not Kind.PERSON
            ):
                continue
            self.memory.registered.add(person)
            if person in self.memory.leaders.values():
                continue
            key = name_key(self.res.name_of(person))
            # the register's own name or an alias, whole: "Donald Trump Jr." and "Maryam Nawaz
            # Sharif" are no presidents, though a title before them may match looser
            offices = [
                o
                for o in offices_of(self.res.name_of(person), None, heads)
                if o.start <= day and key in {name_key(n) for n in (o.name, *o.aliases)}
            ]
            states = {f"country:{o.country}" for o in offices}
            if len(states) != 1:
                continue
            if not offices_of(self.res.name_of(person), day, heads) and offices_of(
                self.res.name_of(person), day, set(Role) - set(heads)
            ):
                continue  # "Foreign Secretary David Cameron" in 2024: what he is now, not was
            if self._described_otherwise(token, person):
                # "Dmitry Medvedev, the deputy chairman of Russia's Security Council", "Sudan's
                # army chief, Abdel Fattah al-Burhan": the office the sentence gives him is what
                # it tells, though the register may have him head of state as well
                continue
            state = states.pop()
            if self.memory.affiliation.get(person, state) != state:
                continue
            if self._named_or_its_people(state):
                title = offices[-1].title
                yield _Candidate(
                    Relation.LEADER_OF, person, state, token, "register_holder", role=title
                )

    def _described_otherwise(self, token: Token, person: str) -> bool:
        """ "Dmitry Medvedev, the deputy chairman of Russia's Security Council", "Sudan's army
        chief, Abdel Fattah al-Burhan": the sentence gives a former head another office, and
        says nothing of the one he held."""
        head = token
        while head.dep_ in ("compound", "flat") and self.res.entity_at(head.head) == person:
            head = head.head
        described = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            described.append(head.head)
        roles = load_roles()
        for d in described:
            if d.pos_ != "NOUN" or self.res.entity_at(d):
                continue
            if any(c.dep_ in ("conj", "relcl", "acl") for c in d.children) or any(
                w.lower_ in ("former", "ex", "then") for w in d.subtree
            ):
                continue  # "... and a former president", "the senator who took over as president"
            title = " ".join(
                [w.lower_ for w in d.lefts if w.dep_ in ("compound", "amod")] + [d.lower_]
            )
            # a known office that heads nothing: not "his predecessor", "her father"
            known = any(
                title == t or title.endswith(" " + t) for t in roles.affiliated | roles.leader
            )
            second = bool(set(title.split()) & {"deputy", "vice", "assistant"})
            if known and (second or not _is_leader_title(title, roles)):
                return True
        return False

    def _holds_today(self, cand: _Candidate) -> bool:
        """Whether the register has the person of a LEADER_OF in that office on the article's
        date."""
        day = self.memory.published
        return day is not None and any(
            f"country:{o.country}" == cand.object
            for o in offices_of(self.res.name_of(cand.subject), day)
        )

    def successors(self) -> Iterator[_Candidate]:
        """ "his successor, Haitham bin Tariq Al Said", "Merkel's successor Olaf Scholz", "Olaf
        Scholz, who succeeded Angela Merkel": the successor of a person the article has said
        leads a state leads it after him; not a successor "as party leader", whose office is
        another."""
        for token in self.sent:
            if token.pos_ == "NOUN" and token.lemma_.lower() == "successor":
                if any(
                    c.dep_ == "prep"
                    and c.lower_ == "as"
                    # "his potential successor", "a likely successor": not yet one
                    or c.dep_ == "amod"
                    and c.lower_ not in _SUCCESSORS_NAMED
                    for c in token.children
                ):
                    continue
                before = [
                    e
                    for c in token.children
                    if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "to")
                    for o in ([c] if c.dep_ == "poss" else _prep_objects(token, c.lower_))
                    for e in self.entities(o, with_conj=False)
                ]
                after = [
                    e
                    for t in (
                        *(c for c in token.children if c.dep_ == "appos"),
                        *([token.head] if token.dep_ in ("appos", "compound") else []),
                    )
                    if (e := self.res.entity_at(t))
                ]
            elif token.pos_ == "VERB" and token.lemma_.lower() == "succeed":
                if token.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") or any(
                    c.dep_ == "prep"
                    and c.lower_ == "as"
                    # "did not succeed", "will succeed", "hopes to succeed": no succession told
                    or c.dep_ in ("neg", "aux")
                    for c in token.children
                ):
                    continue
                before = [e for c in token.children if c.dep_ == "dobj" for e in self.entities(c)]
                after = self.subjects(token)
            else:
                continue
            for predecessor in before:
                for heir in after:
                    if heir == predecessor or self.res.kind_of(heir) is not Kind.PERSON:
                        continue
                    for state in (c for c, p in self.memory.leaders.items() if p == predecessor):
                        yield _Candidate(Relation.LEADER_OF, heir, state, token, "successor")

    def described_leaders(self) -> Iterator[_Candidate]:
        """ "The Mexican president has moved to break off ties", "Turkey's president said": a
        description of a state's leader that names who holds the office (the register's holder
        on the article's date whom the article names, `_state_title_holder`) says that person
        leads that state, as "Mexican President Andrés Manuel López Obrador" would."""
        roles = load_roles()
        for token in self.sent:
            if (
                token.pos_ != "NOUN"
                or token.lower_ not in roles.leader
                or self.res.entity_at(token)
            ):
                continue
            labels = [
                e
                for c in token.children
                if c.dep_ in ("amod", "compound", "poss")
                and c.i < token.i
                and (e := self.res.entity_at(c))
            ]
            if (
                len(labels) != 1
                or self.res.kind_of(labels[0]) is not Kind.COUNTRY
                or not any(c.dep_ in ("det", "poss") for c in token.children)
            ):
                continue
            title = self._described_title(token)
            if not _is_leader_title(title, roles):
                continue
            person = self._state_title_holder(labels[0], token)
            if person is not None and self.res.kind_of(person) is Kind.PERSON:
                yield _Candidate(
                    Relation.LEADER_OF, person, labels[0], token, "described_leader", role=title
                )

    def _leader_beside(self, person: str, title: Token) -> str | None:
        """ "President Donald Trump spoke from the White House, flanked by Defense Secretary Pete
        Hegseth", "Erdogan was accompanied by a delegation including Defence Minister Hulusi
        Akar": the one state whose leader the sentence names beside an officeholder whose title
        names no state is the officeholder's, whatever country the article is most about; not
        when the two deal with each other ("Zelensky met Defence Secretary Lloyd Austin"). A
        leader the officeholder speaks of or acts on is taken as his own: in the team's sets an
        opposition leader or minister speaks of his own state's leader ("accused Morrison of
        ...", "warned that ... keep Prime Minister Sogavare in power") more often than of a
        foreign one ("Bessent said Chinese President Xi Jinping would ...")."""
        verb = next((a for a in title.ancestors if a.pos_ in ("VERB", "AUX")), None)
        leaders = {
            e: state
            for t in self.sent
            if not self._quoted(t)
            and (e := self.res.entity_at(t)) is not None
            and e != person
            and self.res.kind_of(e) is Kind.PERSON
            for state in self._states_led(e)
        }
        if len(set(leaders.values())) != 1:
            return None
        senses = self.lex.verbs.get(verb.lemma_.lower(), ()) if verb is not None else ()
        if any(
            sense.type in SYMMETRIC or sense.type in (Relation.VISITS, Relation.INVITES)
            for sense in senses
        ) or (
            # "Bolsonaro recognised opposition leader Juan Guaidó": another acts on him
            verb is not None
            and senses
            and any(e != person and self.res.kind_of(e) is Kind.PERSON for e in self.subjects(verb))
        ):
            return None  # counterparts, not colleagues
        return next(iter(leaders.values()))

    def _acted_on_by(self, title: Token) -> set[str]:
        """The states named in what the titled person's own verb does (not says): "Prime Minister
        Choguel Kokalla Maiga has accused France of ...": France is no state of his."""
        head = title
        while head.dep_ in ("compound", "amod", "flat", "nmod") and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        if head.head.lemma_.lower() in self.lex.words["speech"]:
            return set()  # "Prime Minister Martin said Ireland would not change": his own
        verb = head.head
        # the state itself as the object ("accused France", "thanked Russia"), or met or fought
        # "with" or "against"; not an owner ("toured Mali's regions") or a way home ("returned to
        # Mali")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > head.i]
        objects += [o for prep in ("with", "against") for o in _prep_objects(verb, prep)]
        states = {
            e
            for o in objects
            for t in (o, *o.conjuncts)
            if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.COUNTRY
        }
        # "Vice-Foreign Minister Sun Weidong summoned Japan's ambassador": the state whose envoy
        # is summoned or expelled is the other side
        return states | {e for o in objects for e in self._envoy_senders(o)}

    def _places_of_other_states(self, states: set[str]) -> bool:
        """Whether the sentence names a city or region of a state other than `states`."""
        known = _gazetteer_known()
        for t in self.sent:
            e = self.res.entity_at(t)
            if e is None or self.res.kind_of(e) is not Kind.LOCATION:
                continue
            place = known.get(e)
            state = place.state or place.country if place is not None else None
            if state is not None and state not in states:
                return True
        return False

    def bare_title_owners(self) -> Iterator[_Candidate]:
        """ "to see President Vladimir Putin" names no country. The register says whose title it is
        on the article's date ("President Maduro" in 2024: Venezuela's), when the article names
        that country; for a person the register does not know, the sentence's one country that no
        other person leads is his, when there is exactly one."""
        for person, role, token in self.bare_titles + self.apposed_titles:
            offices = self._register_offices(person, role)
            if offices:
                countries = {f"country:{o.country}" for o in offices}
                if len(countries) == 1 and self._named_or_its_people(country := countries.pop()):
                    # an heir is of the state, not its leader ("Saudi Crown Prince ...")
                    leads = any(o.role in LEADING_ROLES - {Role.CROWN_PRINCE} for o in offices)
                    rel = Relation.LEADER_OF if leads else Relation.AFFILIATED_WITH
                    yield _Candidate(rel, person, country, token, "register_title", role=role)
                continue
            apposed = (person, role, token) in self.apposed_titles
            if not apposed and _state_office(role) and not _is_leader_title(role, load_roles()):
                beside = self._leader_beside(person, token)
                if (
                    beside is not None
                    and beside not in self._acted_on_by(token)
                    and person not in self.memory.affiliation
                ):
                    yield _Candidate(
                        Relation.AFFILIATED_WITH, person, beside, token, "bare_title", role=role
                    )
                    continue
                # "Interior Minister Joachim Brudziński", "Police spokesman Mariusz Ciarka": an
                # office of a state the title does not name is in the article's one country,
                # when the sentence names no other
                home = self.res.focus_country()
                named = {
                    e
                    for t in self.sent
                    if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.COUNTRY
                }
                if not _ministry_office(role):
                    # "Senator Lindsey Graham", "Vice President Mike Pence": politicians of a
                    # foreign state are named so in news of another; not when the sentence
                    # places them in another state, or a body follows the name ("National
                    # Secretary Jon Lansman of Momentum")
                    # "In Washington, Senator Lindsey Graham ...": a place of another state
                    named |= {
                        str(known.country)
                        for t in self.sent
                        if (e := self.res.entity_at(t))
                        and (known := _gazetteer_known().get(e)) is not None
                        and known.country
                    }
                    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
                    if after is not None and after.lower_ == "of":
                        continue
                if home is None and not named:
                    # "Commerce Secretary Wilbur Ross" in news of a state's politics, which names
                    # the state by its bodies more than by itself: the one state it names
                    home = self.res.home_country()
                if named & self._acted_on_by(token):
                    continue  # "Vice-Foreign Minister Sun Weidong summoned Japan's ambassador"
                if home is not None and named <= {home} and person not in self.memory.affiliation:
                    yield _Candidate(
                        Relation.AFFILIATED_WITH, person, home, token, "bare_title", role=role
                    )
                continue
            if apposed or not _is_leader_title(role, load_roles()):
                continue
            led = {c for c, p in self.memory.leaders.items() if p != person}
            countries = {
                e
                for t in self.sent
                if t.i >= self.dateline_end
                and (e := self.res.entity_at(t))
                and self.res.kind_of(e) is Kind.COUNTRY
            }
            # "The United States stands with interim President Juan Guaidó": the state that
            # acts on the titled person is his counterpart, not his state
            acting = {
                e
                for verb in token.ancestors
                for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
                for e in self.entities(c)
            }
            free = countries - led - acting
            if self._acted_on_by(token):
                # "Prime Minister Choguel Kokalla Maiga has accused France": a state his own act
                # is on is no sign of his; a veto, never a choice among the rest
                free = set()
            if free and self._places_of_other_states(free):
                # "In Kyiv, President Volodymyr Zelenskiy said the revolt had shown how fragile
                # Putin's hold on his own country was": a place of another state is named too
                free = set()
            # "President Obama spoke about Morocco" in a record of 2000: one the register knows
            # only as other states' head, at any time, heads none the sentence names; a veto,
            # never a choice, and by every holder of a lone surname ("Martin": Canada's Paul
            # Martin and Ireland's Micheál Martin)
            known = _register_states(self.res.name_of(person))
            if known and any(c.split(":", 1)[1] not in known for c in free):
                free = set()
            if (
                len(free) == 1
                and person not in self.memory.leaders.values()
                and _heads_a_state(role)
            ):
                yield _Candidate(
                    Relation.LEADER_OF, person, free.pop(), token, "bare_title", role=role
                )
            elif (
                not countries
                and _heads_a_state(role)
                and _of_the_country(token)
                and (home := self.res.focus_country()) is not None
                and person not in self.memory.leaders.values()
                # "flew to Chisinau, where he met the country's Prime Minister": that capital's
                and not any(
                    (e := self.res.entity_at(t)) and _seat_of_state(e)
                    for t in self.sent
                    if t.i < token.i
                )
            ):
                # "The country's acting Prime Minister Claude Joseph" in an article about Haiti
                yield _Candidate(Relation.LEADER_OF, person, home, token, "bare_title", role=role)
            elif not countries and (home := self._unlisted_leader_home(person, role)):
                # "first under President Valéry Giscard d'Estaing", "his father, Sultan Said bin
                # Taimur": a leader before the register's years, in the article's one country
                yield _Candidate(Relation.LEADER_OF, person, home, token, "bare_title", role=role)

    def _unlisted_leader_home(self, person: str, role: str) -> str | None:
        """The article's one country, for a person with a head of state's or government's title
        alone ("President", not "Society President" nor "director") whom the register knows
        under no name and no office anywhere (it lists every state's leaders since 2000), and
        whom this article places in no other state."""
        title = " ".join(role.lower().replace("-", " ").split())
        for prefix in ("former ", "then ", "late ", "the late "):
            title = title.removeprefix(prefix)
        if title not in load_roles().heads:
            return None
        home = self.res.focus_country()
        name = self.res.name_of(person)
        if home is None or len(name.split()) < 2 or offices_of(name, None, tuple(Role)):
            return None
        if self.memory.affiliation.get(person, home) != home:
            return None
        return home

    def _register_offices(self, person: str, title: str) -> list[Office]:
        """The register's offices held under `title` on the article's date by someone with the
        person's name."""
        day = self.memory.published
        if day is None or self.res.kind_of(person) is not Kind.PERSON:
            return []
        name = self.res.name_of(person)
        if (past := past_title(title)) is not None:
            # "former president Barack Obama", "then-Prime Minister Thaksin Shinawatra": the
            # office once held, known by the holder's full name
            return by_title_and_name(past, name, None)
        # "President François Hollande" in a history: a full name holds the title he held; not
        # one he came to hold after the article ("its leader, Lee Jae-myung" in 2023 leads a
        # party, not the state he was elected to lead in 2025)
        return by_title_and_name(title, name, day) or [
            o for o in by_title_and_name(title, name, None) if o.start <= day
        ]

    def _checked_title(self, cand: _Candidate) -> _Candidate | None:
        """A title's LEADER_OF as the register has it. A leader, present or past, of the country
        keeps it ("former President Barack Obama"). A person the register knows by full name as
        leading another country on the article's date, and never this one, loses it (dropped);
        one who is none of this country's leaders then ("Venezuela's opposition leader Juan
        Guaidó", "North Korea's spy chief") holds an office there, not its lead (AFFILIATED_WITH)."""
        day = self.memory.published
        if (
            cand.type is not Relation.LEADER_OF
            or day is None
            or not cand.object.startswith("country:")
            or self.res.kind_of(cand.subject) is not Kind.PERSON
        ):
            return cand
        name = self.res.name_of(cand.subject)
        country = cand.object.split(":", 1)[1]
        if any(o.country == country for o in offices_of(name, None)):
            return cand
        if any(title_key(o.title) not in _REALMS for o in offices_of(name, day)):
            return None  # a monarch may reign in several realms: "Canada's King Charles"
        if cand.role and known_title(cand.role):
            # only against the office the title names: a register without Singapore's
            # presidents says nothing about "Singaporean President Halimah Yacob"
            leaders = holders(country, cand.role, day)
        else:
            leaders = [
                o
                for o in load_register().on(day)
                if o.country == country and o.role in LEADING_ROLES
            ]
        if leaders and not any(o.named(name) for o in leaders):
            if cand.role and known_title(cand.role):
                # "Prime Minister Igor Matovič of the Slovak Republic": a head's title the text
                # gives stands, the register is incomplete (it overruled one wrongly each time
                # on dev and silver, 0 of 4); unless the holder it names is in the sentence, a
                # sign the title was misread off a list ("energy minister Yuval Steinitz, Greek
                # prime minister Kyriakos Mitsotakis")
                here = {
                    self.res.name_of(e)
                    for t in self.sent
                    if (e := self.res.entity_at(t)) and self.res.kind_of(e) is Kind.PERSON
                }
                if any(o.named(n) for o in leaders for n in here):
                    return None
                return cand
            # "Venezuela's opposition leader Juan Guaidó", "North Korea's spy chief": the
            # register's holder leads, this one holds an office there
            return replace(cand, type=Relation.AFFILIATED_WITH, rule="title_not_the_lead")
        return cand

    def _mentioned(self, entity: str) -> bool:
        """Whether an entity is a node of the article with a mention, as a claim's ends must be.
        The state a body's name holds ("United States Department of Transportation", "German
        Institute for ...") is mentioned there, though the resolver gave those words to the body."""
        node = self.res.nodes.get(entity)
        if node is not None and sum(node.forms.values()) > 0:
            return True
        known = _gazetteer_known().get(entity)
        if known is None or known.kind is not Kind.COUNTRY:
            return False
        self.res.add_node(entity, known.name, Kind.COUNTRY, form=known.name)
        self.res.nodes[entity].iso3 = known.iso3
        return True

    def _apposed_owner(self, org: str, root: Token) -> str | None:
        """The owner an apposition gives an organisation: "Kataib Hezbollah, part of Iraq's
        Popular Mobilization Forces", "the Quds Force, an arm of the IRGC" (a part noun with
        "of"); "the World Health Organization, a United Nations agency", "Gazprom, the Russian
        state-owned energy giant" (a body's class noun labelled with its owner)."""
        described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos":
            # "Taiwan's legislature, the Legislative Yuan,": the name in apposition to its class
            # noun; "the legislature of Taiwan, the Legislative Yuan,", where the parser hangs
            # it on the class noun's owner
            # (not "the largest party in the legislature of Taiwan, the Kuomintang")
            head = root.head
            of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
            if head.pos_ != "NOUN" and of is not None and of.head.dep_ != "pobj":
                head = of.head
            if head.pos_ == "NOUN":
                described.append(head)
        if (
            root.dep_ == "nsubj"
            and root.head.lemma_ == "be"
            and not any(c.dep_ == "neg" for c in root.head.children)
        ):
            # "The Federal Security Service is Russia's main security agency": a copula
            # describes it as an apposition does
            described += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        for appos in described:
            lemma = appos.lemma_.lower()
            if lemma in _PART_NOUNS:
                found = [e for p in _prep_objects(appos, "of") for e in self.entities(p)]
                kinds = {self.res.kind_of(e) for e in found}
                if len(found) == 1 and kinds <= {Kind.ORGANIZATION, Kind.COUNTRY}:
                    return found[0] if found[0] != org else None
                continue
            labels = [
                e
                for c in appos.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                and (e := self.res.entity_at(c))
                and e != org
                and not _side_prefixed(c)
            ]
            if not labels and lemma in _ARMS:
                # "the main fighting force of the SDF", "the armed wing of Hamas": a force's "of"
                # phrase names the body it belongs to; not "in" ("the most powerful military
                # force in Lebanon" is no part of its state), nor a state ("the main proxy force
                # of Iran" is its proxy)
                labels = [
                    e
                    for p in _prep_objects(appos, "of")
                    for e in self.entities(p, with_conj=False)
                    if e != org and self.res.kind_of(e) is Kind.ORGANIZATION
                ]
            elif not labels and lemma in _STATE_INSTITUTIONS:
                # "the highest court in Pakistan", "the main security agency of Russia": an
                # institution of a state is the one its "in" or "of" phrase names; a force, a
                # party, a bank or a maker there is only based there
                labels = [
                    e
                    for prep in ("of", "in")
                    for p in _prep_objects(appos, prep)
                    for e in self.entities(p, with_conj=False)
                    if e != org and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
                ]
            words = {c.lower_ for c in appos.subtree if c.i < appos.i}
            body = lemma in _STATE_BODIES or lemma in _OWNED_CLASSES | _COMPANIES
            if len(labels) != 1 or not body or words & _NOT_THE_STATES:
                continue  # "Iran's main proxy force", "Afghanistan's main insurgent force"
            kind = self.res.kind_of(labels[0])
            if (
                kind is Kind.ORGANIZATION
                or kind is Kind.COUNTRY
                and (
                    lemma in _STATE_BODIES - _COMPANIES
                    or words & {"state", "state-owned", "state-run", "government", "mercenary"}
                    # "Eramet, the French mining group", "Huawei, the Chinese telecoms giant":
                    # a company the text ties to its state, as "the Chinese company Huawei"
                    # does (the gold conventions: PART_OF for companies the text ties to it)
                    or lemma in _COMPANIES | _OWNED_CLASSES
                    and self._labelled_by_people(appos, labels[0])
                )
            ):
                return labels[0]
        return None

    def _labelled_by_people(self, noun: Token, state: str) -> bool:
        """Whether a class noun is labelled with its state's people or name ("the French mining
        group", "Iran's national carrier"), not with a seat ("a Washington lobbying group")."""
        demonyms = load_gazetteer().demonyms
        return any(
            self.res.entity_at(c) == state
            and (c.lower_ in demonyms or c.dep_ == "poss" and not self._seat_named(c))
            for c in noun.children
            if c.dep_ in ("amod", "compound", "poss")
        )

    def _state_body(self, org: str, span: list[Token]) -> bool:
        """Whether an organisation can be part of a state: a proper name whose head or label is a
        body, force, company or outlet ("Quds Force", "Iranian airline Mahan Air", "Hungarian daily
        Magyar Nemzet"), or one the gazetteer places in a state. Not "the government", "Turkey's
        economy", "the EEZ of Cyprus" or "Islamic State of Iraq"."""
        name = self.res.name_of(org)
        if not any(c.isupper() for c in name):
            return False
        known = _gazetteer_known().get(org)
        if known is not None and known.part_of:
            return True
        words = name.lower().split()
        if set(words) & AGAINST_THE_STATE:
            return False  # "Democratic Forces for the Liberation of Rwanda" fight the state
        # the head precedes the name's complement: "National Institute for Space Research"
        links = [i for i, w in enumerate(words) if i and w in ("of", "for", "in", "on")]
        head = words[links[0] - 1] if links else words[-1]
        first = min(t.i for t in span)
        labels = {
            t.lemma_.lower()
            for t in self.sent.doc[max(self.sent.start, first - _LABEL_WORDS) : first]
            if t.pos_ == "NOUN"
        }
        listed = self._listed_under(span)
        return (
            head in _STATE_BODIES | _BODY_NAME_HEADS
            or bool(labels & _STATE_BODIES)
            or listed is not None
            and listed.lemma_.lower() in _STATE_BODIES
        )

    def _owner_in_doubt(self, owner: str, word: Token) -> bool:
        """Whether another party of the owner's kind was named in this sentence before a
        described owner, or in the sentence before: "The EU sanctioned the Wagner Group, and its
        founder", "ECOWAS and the African Union suspended Niger. The bloc's president"."""
        kind = self.res.kind_of(owner)
        if kind is not Kind.ORGANIZATION:
            return False  # a state's "its" is the pronoun rules' (the speaking state's)
        start = list(word.doc.sents)[max(0, self.index - 1)].start
        others = {
            e
            for t in word.doc[start : word.i]
            if (e := self.res.entity_at(t)) is not None
            and e != owner
            and self.res.kind_of(e) is kind
        }
        return bool(others)

    def _umbrella_body(self, org: str, root: Token) -> str | None:
        """The body an organisation is labelled as part of: "the UN's World Food Programme", "the
        Eastern Theater Command of the People's Liberation Army", "the U.S. Navy's 7th Fleet", or
        the United Nations a body's name opens with ("the U.N. Security Council") when the
        article names it. One body, not a state (`part_of_owner`), nor an outlet that reports."""
        words = self.res.name_of(org).split()
        links = [k for k, w in enumerate(words) if k and w in ("of", "for", "on")]
        head = words[links[0] - 1] if links else words[-1]
        if words[0] in first_name_sexes() or head not in _BODY_UNITS:
            # "the Native American Rights Fund's Jacqueline De León" is a person; "the Republican
            # Party's National Convention" or "Minetest's modding API" no unit of a body
            return None
        first = min((t.i for t in root.subtree if self.res.entity_at(t) == org), default=root.i)
        labels = [
            e
            for c in root.children
            if (
                c.dep_ == "poss"
                # "the IRGC Quds Force": a name right before the name; not "Senate
                # Republicans", a party's members in a chamber
                or c.dep_ in ("compound", "nmod")
                and c.i == first - 1
                and not any(t.text in ("and", ",") for t in c.subtree)
                and not any(load_parties().named_by(w) for w in self.res.name_of(org).split())
            )
            and (e := self.res.entity_at(c)) is not None
        ] + [
            e
            for p in _prep_objects(root, "of")
            # "the Eastern Theater Command of the People's Liberation Army": the "of" right
            # after the name; not "the Senate and House of Representatives", the parser's
            if p.head.i == max(t.i for t in root.subtree if self.res.entity_at(t) == org) + 1
            for e in [self.res.entity_at(p)]
            if e
        ]
        owners = [
            o
            for o in dict.fromkeys(labels)
            if o != org
            and self.res.kind_of(o) is Kind.ORGANIZATION
            # "Reuters' Jerusalem bureau": an outlet's offices are no body's parts to code
            and not self._press(o)
        ]
        name = self.res.name_of(org)
        if _UN_OPENING.match(name) and org in _gazetteer_known():
            # "the African Union's Peace and Security Council", which the gazetteer took for
            # the UN's: a UN body is the UN's alone
            owners = [o for o in owners if o == _UN]
        if len(owners) == 1:
            return owners[0]
        if owners:
            return None
        opening = _UN_OPENING.match(name)
        if opening and _UN in self.res.nodes and org != _UN:
            return _UN
        return None

    def _listed_under(self, span: list[Token]) -> Token | None:
        """The class noun a name is listed under: "firms" of "German firms including Deutsche
        Bahn, Deutsche Telekom, Daimler, and Siemens", "Russian companies such as Gazprom"."""
        inside = {t.i for t in span}
        head = next((t for t in span if t.head.i not in inside), None)
        while head is not None and head.dep_ == "conj":
            head = head.head
        if head is None or head.dep_ != "pobj":
            return None
        prep = head.head
        such_as = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        if not such_as and prep.lower_ not in ("including", "like"):
            return None
        noun = prep.head
        return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None

    def _labelled_by(self, org: str, span: list[Token]) -> list[str]:
        """The state an organisation is labelled with, read off the word order: "Iranian airline
        Mahan Air", "Saudi Arabia's state-owned Saudi Aramco", "the Federal Aviation Office of
        Germany", "the Islamic Revolutionary Guard Corps of Iran"."""
        doc = self.sent.doc
        first, last = min(t.i for t in span), max(t.i for t in span)
        listed = self._listed_under(span)
        if listed is not None:
            # "German firms including Deutsche Bahn": the list's class noun carries the label
            owners = [
                e
                for c in listed.children
                if c.dep_ in ("amod", "compound", "nmod", "poss")
                and (e := self.res.entity_at(c))
                and self.res.kind_of(e) is Kind.COUNTRY
            ]
            return owners[:1] if len(owners) == 1 else []
        i = first - 1
        gap = 0
        while (
            i >= self.sent.start
            and gap < _LABEL_WORDS
            and not self.res.entity_at(doc[i])
            and (doc[i].pos_ in ("NOUN", "ADJ") or doc[i].text in ("-",) or doc[i].dep_ == "amod")
            and doc[i].lower_ not in ("including", "such")
            and doc[i].lemma_.lower() != "base"
            # "the US-backed Syrian Democratic Forces", "the US-armed SDF": a word hyphened to
            # a named party says what that party does to the body, not that it owns it
            and not self._hyphened_to_party(doc[i])
        ):
            i -= 1
            gap += 1
        prefixed = i >= self.sent.start + 2 and doc[i - 1].text == "-"
        if prefixed and doc[i - 2].lower_ in ("pro", "anti"):
            return []  # "the pro-Kremlin newspaper Izvestia" takes a side, it is no state's body
        if i >= self.sent.start and doc[i].tag_ == "POS":
            i -= 1
            inside = {t.i for t in span}
            if (
                i >= self.sent.start
                and doc[i].dep_ == "poss"
                and doc[i].head.i not in inside
                and doc[i].head.i > last
                and self.res.name_of(org).lower().split()[-1] not in _STATE_BODIES
            ):
                # "Sweden's NATO membership bid" (constructed after outlet copy): the state owns
                # the bid the alliance's name qualifies; "South Korea's Foreign Ministry
                # spokesperson" still names the state's ministry
                return []
        if i >= self.sent.start and (owner := self.res.entity_at(doc[i])) and owner != org:
            if self.res.kind_of(owner) is Kind.COUNTRY:
                return [owner]
        after = doc[last + 1 : last + 3]
        if len(after) == 2 and after[0].lower_ == "of" and (owner := self.res.entity_at(after[1])):
            if self.res.kind_of(owner) is Kind.COUNTRY:
                return [owner]
        return []

    def _after_comma(self, last: int) -> int | None:
        """Where an apposition after the name ending at `last` begins: past ", [the|a|an]"."""
        doc, hi = self.sent.doc, self.sent.end
        j = last + 1
        if j >= hi or doc[j].text != ",":
            return None
        j += 1
        while j < hi and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        return j

    def _hyphened_to_party(self, token: Token) -> bool:
        """Whether a word is hyphened to a named party before it: "US-backed", "Saudi-led"."""
        return _hyphen_joined(token) and self.res.entity_at(token.doc[token.i - 2]) is not None

    def _posting_start(self, i: int, roles: Any) -> int | None:
        """The index of the title word before "to/for [the] PLACE" ending at `i`, when a posting
        ("ambassador to Germany", "special envoy for Syria") stands between a title and a name."""
        doc, lo = self.sent.doc, self.sent.start
        posted = self.res.entity_at(doc[i]) if i >= lo else None
        if posted is None or self.res.kind_of(posted) not in (
            Kind.COUNTRY,
            Kind.ORGANIZATION,
            Kind.LOCATION,
        ):
            return None
        k = i
        while k >= lo and self.res.entity_at(doc[k]) == posted:
            k -= 1
        if k >= lo and doc[k].lower_ == "the":
            k -= 1
        if not (k - 1 >= lo and doc[k].lower_ in ("to", "for")):
            return None
        if _singular(doc[k - 1].lower_, roles) not in roles.posted:
            return None
        return k - 1

    def _title_word(self, token: Token, roles: Any) -> bool:
        """A word that can be part of a title: a known title word, or a noun, adjective or
        connector inside one ("Secretary of State", "trade and industry commissioner")."""
        if self.res.entity_at(token) or token.is_punct and token.text not in ("-", "–"):
            return False
        if _actor_participle(token, self.lex):
            return False  # "the Iranian-backed candidate": backed by Iran, no Iranian office
        lower = token.lower_
        if (
            lower in roles.leader | roles.affiliated | roles.honorifics
            or lower.rstrip("s") in roles.leader
        ):
            return True
        if lower in ("of", "and", "for"):
            return True
        if token.text in ("-", "–"):
            # "Secretary-General", "Commander-in-Chief": a hyphen inside one title
            return (
                0 < token.i < len(token.doc) - 1
                and token.nbor(-1).is_alpha
                and token.nbor(1).is_alpha
            )
        if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") and not (
            token.lower_ == "first"
            and token.i + 1 < len(token.doc)  # "..., the first" may end the text
            and token.nbor(1).lower_ in ("minister", "secretary", "deputy")
        ):
            return False  # but "First Minister of Scotland"
        return (
            token.pos_ in ("NOUN", "PROPN", "ADJ") or token.dep_ == "amod"
        )  # "acting Prime Minister"

    def _counterpart_title(self, person: str, span: list[Token]) -> Iterator[_Candidate]:
        """ "invited his Swedish counterpart Ulf Kristersson", "met his U.S. counterpart, Barack
        Obama" (constructed after outlet copy): the one state labelling "counterpart" is the
        named person's, as "respectively" reads it for several."""
        if not span:
            return
        doc = self.sent.doc
        i = min(t.i for t in span) - 1
        if i >= self.sent.start and doc[i].text == ",":
            i -= 1
        if i <= self.sent.start or doc[i].lower_ != "counterpart":
            return
        states: list[str] = []
        j = i - 1
        while j >= self.sent.start and doc[j].tag_ in ("JJ", "NNP", "POS"):
            e = self.res.entity_at(doc[j])
            if e is None and doc[j].tag_ != "POS":
                break
            if e is not None and e not in states:
                states.append(e)
            j -= 1
        if len(states) == 1 and self.res.kind_of(states[0]) is Kind.COUNTRY:
            # "his Eritrean counterpart Isaias Afwerki": the register may say he heads Eritrea
            country = states[0].split(":", 1)[1]
            day = self.memory.published
            heads = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)
            led = [
                o
                for o in (offices_of(self.res.name_of(person), day, heads) if day else [])
                if o.country == country
            ]
            yield _Candidate(
                Relation.LEADER_OF if led else Relation.AFFILIATED_WITH,
                person,
                states[0],
                doc[i],
                "counterpart_title",
                role=led[0].title if led else "counterpart",
            )

    def _person_titles(self, person: str, root: Token, roles: Any) -> Iterator[_Candidate]:
        titles = roles.leader | roles.affiliated
        left = [
            c
            for c in root.children
            if c.i < root.i and c.dep_ in ("compound", "amod", "poss", "nmod")
        ]
        title_words = [
            t for c in left for t in c.subtree if t.lower_ in titles and not self.res.entity_at(t)
        ]
        owners = [
            e
            for c in left
            for t in c.subtree
            if (e := self.res.entity_at(t))
            and e != person
            and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        ] or [
            # "the bloc's foreign policy chief Josep Borrell"
            e
            for c in left
            for t in c.subtree
            for e in self._described_owner(t)
        ]
        after_name = [
            e
            for prep in root.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if (e := self.res.entity_at(p))
        ]
        owners = list(dict.fromkeys(owners + after_name))
        if title_words and owners:
            # from the first word of the title, not its first known word: "Prime Minister"
            first = min(t.i for t in title_words)
            while (
                first - 1 >= self.sent.start
                and root.doc[first - 1].head.i in (first, root.i)
                and self._title_word(root.doc[first - 1], roles)
                and root.doc[first - 1].lower_ not in ("of", "and", "for")
            ):
                first -= 1
            words = [
                t for t in root.doc[first : root.i] if not self.res.entity_at(t) and not t.is_punct
            ]
            role = " ".join(t.text for t in words) or title_words[0].text
            owner = self._prefer_org(owners)
            # "Gov. Greg Abbott of Texas" heads his state as "Texas Governor Greg Abbott" does
            local = (
                self.res.kind_of(owner) is Kind.LOCATION
                and _local_head(role, roles)
                and not _PAST_WORDS.match(role.lower())
            )
            rel = (
                Relation.LEADER_OF
                if _is_leader_title(role, roles) or local
                else Relation.AFFILIATED_WITH
            )
            # "Prime Minister Igor Matovič of the Slovak Republic" is his state's; in "committee
            # member Doug Collins of Georgia" a state is where a lawmaker sits, no owner
            if (
                owner not in after_name
                or known_title(role)
                or self.res.kind_of(owner) is not Kind.COUNTRY
                and not (
                    rel is Relation.LEADER_OF
                    and self.res.kind_of(owner) is Kind.LOCATION
                    and not local
                )
            ):
                # "Senator Amy Klobuchar of Minnesota" sits for the state; "committee chairman
                # Jerrold Nadler of New York" does not lead it
                yield _Candidate(rel, person, owner, root, "title_in_parse", role=role)
        elif not title_words and len(owners) == 1 and any(c.dep_ == "poss" for c in left):
            if self.res.kind_of(owners[0]) is Kind.COUNTRY:
                if (by_register := self._possessor_office(person, owners[0], root)) is not None:
                    yield by_register
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in titles or child.lemma_.lower() in titles:
                if child.dep_ != "appos":
                    continue
                # "a former high school student who received a settlement from CNN": a clause
                # inside the apposition tells what its holder did, not whose he is
                told = {
                    t.i
                    for c in child.subtree
                    if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ in ("VERB", "AUX")
                    for t in c.subtree
                }
                # "Dmitry Polyansky, its deputy ambassador to the UN": where a post is held is
                # not whose the post is
                posting = {
                    t.i
                    for p in child.children
                    if p.dep_ == "prep"
                    and p.lower_ in ("to", "at")
                    and child.lemma_.lower() in roles.posted
                    for t in p.subtree
                }
                phrase = [t for t in self._own_apposition(child) if t.i not in told | posting]
                owners = self._nested_owners(child, phrase)
                if not owners and (owners := self._served_leaders_state(child)):
                    # "the spokesman for President Vladimir Putin": the title is "spokesman"
                    phrase = [t for t in phrase if t.i <= child.i]
                if not owners and posting:
                    owners = [
                        e
                        for c in child.children
                        if c.dep_ == "poss" and c.pos_ == "PRON"
                        for e in self.entities(c)
                        if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
                    ]
                if owners:
                    words = [t for t in phrase if not t.is_punct and t.dep_ != "det"]
                    words = [
                        t for t in words if not self.res.entity_at(t) and t.dep_ not in ("case",)
                    ]
                    role = " ".join(t.text for t in words[:8])
                    direct = self._owners(child)
                    # "the deputy executive director of the Port Authority" does not lead it
                    deputy = any(c.lower_ in _DEPUTIES for c in child.children if c.i < child.i)
                    # "the General Services Administration's chief of staff": a head of a
                    # portfolio the title names ("of staff") does not lead the owner
                    deputy = deputy or any(
                        p.pos_ == "NOUN" and not self.res.entity_at(p)
                        for p in _prep_objects(child, "of")
                    )
                    rel = (
                        Relation.LEADER_OF
                        if child.lemma_.lower() in roles.leader and direct and not deputy
                        else Relation.AFFILIATED_WITH
                    )
                    yield _Candidate(
                        rel, person, self._prefer_org(owners), child, "title_apposition", role=role
                    )
        for child in root.children:
            if child.dep_ != "appos" or self.res.entity_at(child):
                continue
            for title in child.subtree:
                # "Boris Johnson — former Foreign Secretary, mayor of London, and member of
                # Parliament —": each local head's office in the apposed list
                if title.dep_ not in ("appos", "conj") or not _local_head(title.text, roles):
                    continue
                places = [
                    e
                    for p in _prep_objects(title, "of")
                    if (e := self.res.entity_at(p)) and self.res.kind_of(e) is Kind.LOCATION
                ]
                if len(places) == 1:
                    yield _Candidate(
                        Relation.LEADER_OF,
                        person,
                        places[0],
                        title,
                        "title_apposition",
                        role=title.text,
                    )

    def _served_leaders_state(self, title: Token) -> list[str]:
        """ "Dmitry Peskov, the spokesman for President Vladimir Putin", "an adviser to Supreme
        Leader Ayatollah Ali Khamenei": the staff of a state's sitting leader are that state's.
        The leader leads it in the article or, on the article's date, in the register: not a
        spokesman for Secretary-General Antonio Guterres (Portugal's once), nor an aide to a
        former, late or jailed one; an envoy "to" a leader is posted to another's state."""
        if title.lemma_.lower() not in _LEADERS_STAFF:
            return []
        day = self.memory.published
        for prep in title.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
                continue
            if prep.lower_ == "to" and title.lemma_.lower() in load_roles().posted:
                continue
            for obj in prep.children:
                served = self.res.entity_at(obj) if obj.dep_ == "pobj" else None
                if served is None or self.res.kind_of(served) is not Kind.PERSON:
                    continue
                before = obj.doc[obj.left_edge.i : obj.i]
                if any(_PAST_WORDS.match(t.lower_ + " ") or t.lower_ in _FALLEN for t in before):
                    return []
                led = self._states_led(served)
                if not led and day is not None:
                    led = [
                        f"country:{o.country}"
                        for o in offices_of(self.res.name_of(served), day)
                        if self._mentioned(f"country:{o.country}")
                    ]
                return list(dict.fromkeys(led))[:1] if len(set(led)) == 1 else []
        return []

    def _nested_owners(self, token: Token, phrase: list[Token] | None = None) -> list[str]:
        words = list(token.subtree if phrase is None else phrase)
        out = [
            e
            for t in words
            if (e := self.res.entity_at(t))
            and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        ]
        # "Mohammed Abdulsalam, the group's chief negotiator", "its spokesman, Arindam Bagchi":
        # a body the title's owner is described as
        out = out or [e for t in words for e in self._described_owner(t)]
        return list(dict.fromkeys(out))

    def _described_owner(self, word: Token) -> list[str]:
        """The body an owner word of a title describes: "the agency's", "the bloc's", "its"."""
        if self.res.entity_at(word) or not (
            word.dep_ == "poss" or word.dep_ == "pobj" and word.head.lower_ in ("of", "for")
        ):
            return []
        if word.lower_ != "its" and word.lemma_.lower() not in _DESCRIBED_BODIES:
            return []
        sents = list(word.doc.sents)[max(0, self.index - 1) : self.index + 1]
        recent = {self.res.entity_at(t) for sent in sents for t in sent if t.i < word.i}
        if word.lower_ != "its" and any(
            t.lemma_.lower() == word.lemma_.lower()
            and t.i < word.i
            and not self.res.entity_at(t)
            and t.i != word.i
            for sent in sents
            for t in sent
            if not _definite(t)
        ):
            return []  # "formed an alliance ... the alliance's candidate": one not named
        return [
            e
            for e in self.entities(word, with_conj=False)
            if self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION) and e in recent
        ][:1]

    def _own_apposition(self, title: Token) -> list[Token]:
        """The words of an apposed title that are its holder's: "Kelly, then-New Jersey Governor
        Chris Christie's deputy chief of staff, and Baroni, then the deputy executive director
        of the Port Authority": the parser hangs "Baroni" and his title under Kelly's, but a
        person coordinated with the title is someone else, with their own."""
        others = [
            t
            for t in title.subtree
            if t.dep_ == "conj"
            and (e := self.res.entity_at(t))
            and self.res.kind_of(e) is Kind.PERSON
        ]
        skip = {u.i for t in others for u in t.subtree}
        for t in others:
            # the "and" and the comma before the other person go with them
            skip |= {c.i for c in t.head.children if c.dep_ in ("cc", "punct") and c.i < t.i}
        return [t for t in title.subtree if t.i not in skip]

    def _prefer_org(self, owners: list[str]) -> str:
        orgs = [o for o in owners if self.res.kind_of(o) is Kind.ORGANIZATION and ":" in o]
        known = [o for o in orgs if not o.startswith("org:") or o in _gazetteer_ids()]
        return (
            known[0] if known else next((o for o in owners if o.startswith("country:")), owners[0])
        )

    def _remember_sides(self, claims: list[Claim]) -> None:
        """The two parties of the sentence's claims between two sides (a meeting, talks, an
        alliance, a fight), when all of them are between the same two states, organisations or
        groups: "both sides" in the next sentences are those two."""
        pairs = {
            frozenset((c.subject, c.object))
            for c in claims
            if c.type in _BILATERAL
            and c.modality in (Modality.ASSERTED, Modality.REPORTED)
            and c.subject != c.object
        }
        if not pairs:
            return
        if len(pairs) == 1 and all(self.res.kind_of(e) in _ACTOR_KINDS for e in next(iter(pairs))):
            self.memory.sides = sorted(next(iter(pairs)))
        else:
            self.memory.sides = []
        self.memory.sides_index = self.index

    def _sides(self) -> list[str]:
        """The two parties of the bilateral claims of the last two sentences (`_remember_sides`)."""
        if not 0 < self.index - self.memory.sides_index <= 2:
            return []
        return self.memory.sides

    def _remember_gathering(self, claims: list[Claim]) -> None:
        """ "Sameh Shoukry and his Greek, Cypriot and French counterparts ... gathered in Cairo":
        the states the participants of the sentence's meetings stand for, each person by the state
        a title tied them to; one participant the article ties to no state leaves it unknown."""
        met = [
            e
            for c in claims
            if c.type is Relation.MEETS and c.modality in (Modality.ASSERTED, Modality.REPORTED)
            for e in (c.subject, c.object)
        ]
        if not met:
            return
        states: list[str] = []
        for e in dict.fromkeys(met):
            if self.res.kind_of(e) is Kind.PERSON:
                e = self.memory.affiliation.get(e, "")
            if not e or self.res.kind_of(e) is not Kind.COUNTRY:
                self.memory.gathering = []
                return
            states.append(e)
        self.memory.gathering = list(dict.fromkeys(states))
        self.memory.gathering_index = self.index

    def _undone_issues(self, verb: Token) -> list[str]:
        """The issues whose undoing a verb's direct object or "for" phrase names ("the
        withdrawal of the extradition bill", "an end to the Iraq War", "called for the bill to be
        dropped"), as Topics or Events; for an act undone, its named owner ("called for the
        Citizens United decision to be overturned")."""
        agents, found = load_agents(), []
        undoing = self.lex.words["undoing_verbs"] | _UNDOING_VERBS
        clauses = [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "ccomp")
            and c.lemma_.lower() in undoing
            and {"mark", "auxpass"} <= {a.dep_ for a in c.children}
            and any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children)
        ]
        heads = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, "for")
        # "called for the bill to be dropped", parsed as a clause of its own
        heads += [a for c in clauses for a in c.children if a.dep_ == "nsubjpass"]
        for head in heads:
            if head.lemma_.lower() in _UNDOING_NOUNS:
                undone = _prep_objects(head, "of") + _prep_objects(head, "to")
            elif (
                head.dep_ == "nsubjpass"
                or head.head.lower_ == "for"
                and any(
                    c.dep_ == "acl"
                    and c.lemma_.lower() in undoing
                    and {"aux", "auxpass"} <= {a.dep_ for a in c.children}
                    for c in head.children
                )
            ):
                undone = [head]
            else:
                continue
            for p in undone:
                lemma = p.lemma_.lower()
                named = self.res.entity_at(p)
                if named is None and (lemma in agents.issues or p.lower_ in agents.issues):
                    named = self._issue(p)
                if named is None and p is head and _is_act(p):
                    owners = [
                        e
                        for c in p.children
                        if c.dep_ in ("compound", "poss") and (e := self.res.entity_at(c))
                    ]
                    named = owners[0] if len(owners) == 1 else None
                if named is not None and (
                    p is head or self.res.kind_of(named) in (Kind.TOPIC, Kind.EVENT)
                ):
                    found.append(named)
        return found

    def _sued_measures(self, rel: Relation, objects: list[str]) -> bool:
        """Whether an accusation's objects are all measures, as in "filed a combined lawsuit
        against the state of emergency": legal action against a measure opposes it
        (`_stance_object` makes a Topic only of an issue)."""
        return (
            rel is Relation.ACCUSES
            and bool(objects)
            and all(self.res.kind_of(o) in (Kind.TOPIC, Kind.EVENT) for o in objects)
        )

    def _kind_ok(self, entity: str, kinds: Collection[str] | None) -> bool:
        if not kinds or self.res.kind_of(entity).value in kinds:
            return True
        # "Kyiv pointed the finger at Moscow": a capital or seat a sense takes only states for
        # stands for its state, which `_seat_acting` then names
        return Kind.COUNTRY.value in kinds and _seat_of_state(entity)

    def remember_events(
        self, claims: list[Claim], triggers: dict[str, Token] | None = None
    ) -> None:
        """Keep the actor of each event type the sentence tells of, for "the attack" later, and
        the states of a meeting's participants, for "they" and "the ministers" after it."""
        self._remember_gathering(claims)
        self._remember_sides(claims)
        for claim in claims:
            # "Trump met Kim": the states two leaders act for are joined as well
            ends = frozenset(
                self._side_of(e) if self.res.kind_of(e) is Kind.PERSON else e
                for e in (claim.subject, claim.object)
            )
            if (
                claim.type not in STRUCTURAL
                and len(ends) == 2
                and claim.modality in (Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED)
                and all(e in self.res.nodes and self.res.kind_of(e) is Kind.COUNTRY for e in ends)
            ):
                self.memory.dyads[ends] += 1
            if (
                claim.type in _HOSTILE_TYPES
                and claim.modality in (Modality.ASSERTED, Modality.REPORTED, Modality.ALLEGED)
                and claim.subject != claim.object
                and self.res.kind_of(claim.subject) in _ACTOR_KINDS
                and self.res.kind_of(claim.object) in _ACTOR_KINDS
            ):
                # "In the Balkans, Serbia accused Kosovo ... The EU called for calm": the dispute
                # told last, whatever its kind, between the states its agents act for
                self.memory.warring_last = frozenset(
                    (self._side_of(claim.subject), self._side_of(claim.object))
                )
                if claim.type is Relation.ATTACKS:
                    self.memory.warring[frozenset((claim.subject, claim.object))] += 1
                    self.memory.warring_index = self.index
            if (
                claim.type in _PROVOKING
                and claim.modality in (Modality.ASSERTED, Modality.REPORTED)
                and self.res.kind_of(claim.subject) in _ACTOR_KINDS | {Kind.PERSON}
            ):
                sides = self._own_states(claim.subject) | {claim.subject}
                for party in {claim.object} | self._own_states(claim.object):
                    if party not in sides:
                        self.memory.acted_on[party] = (claim.subject, claim.type)
        self.memory.told = {}
        triggers = triggers or {}  # claim id -> the token it was read from, where known
        for claim in claims:
            if (trigger := triggers.get(claim.id)) is not None:
                self.memory.told.setdefault(trigger.i, set()).add(claim.type)
                if (
                    claim.type not in STRUCTURAL | SYMMETRIC
                    # attacks keep their own memory, which knows an attack told of no one
                    and claim.type is not Relation.ATTACKS
                    and claim.modality not in (Modality.NEGATED, Modality.DENIED)
                    and self.res.kind_of(claim.subject) in _ACTOR_KINDS | {Kind.PERSON}
                ):
                    # the noun that told it, or the object of the verb that did ("imposed
                    # tariffs on China": "the tariffs" later)
                    # (an act noun of the lexicon: "passed a law" leaves "the law" no act)
                    nouns = (
                        [trigger]
                        if trigger.pos_ == "NOUN"
                        else [
                            c
                            for c in trigger.children
                            if c.dep_ == "dobj"
                            and c.pos_ == "NOUN"
                            and _noun_sense(c, self.lex) is not None
                        ]
                    )
                    for noun in nouns:
                        lemma = noun.lemma_.lower()
                        self.memory.noun_acts.setdefault(lemma, set()).add(claim.subject)
        # "carried out strikes against the Houthis": the verb that carries a told noun tells it
        carriers = {
            t.head.i
            for i, types in self.memory.told.items()
            if Relation.ATTACKS in types
            and (t := self.sent.doc[i]).pos_ == "NOUN"
            and t.dep_ == "dobj"
        }
        # "launched a wave of missile strikes on Kyiv": the nouns in the object of a told verb
        # are the attack it told
        carried = {
            d.i
            for i, types in self.memory.told.items()
            if Relation.ATTACKS in types and (t := self.sent.doc[i]).pos_ == "VERB"
            for c in t.children
            if c.dep_ == "dobj"
            # the object's own words and its "of" chain, not an attack a clause on it tells
            # ("struck PKK targets responsible for attacks that killed nine soldiers")
            for d in _of_chain(c)
        }
        for token in self.sent:
            if (
                token.i not in self.memory.told
                and token.i not in carriers
                and token.i not in carried
                and self._tells_an_attack(token)
            ):
                # "Drones hit a base in Iraq": an attack no one is named for leaves "the
                # strikes" later no one's in particular; "The U.S. military blew up a
                # speedboat" names its actor, on no party, and "condemned the strike" is on it
                # while the article has told no attack on a party, which stays "the attack"
                doer = self._lone_attacker(token)
                self.memory.all_event_actors.setdefault(Relation.ATTACKS, set()).add(doer or "")
                # (one the opening told of no one leaves its main act no one's)
                self.memory.event_told.setdefault(Relation.ATTACKS, []).append(
                    (self.index, token.i, doer or "")
                )
                lone = self.memory.lone_attacker
                if doer and Relation.ATTACKS not in self.memory.event_actors and lone is None:
                    self.memory.lone_attacker = doer
                    self.memory.remember_event(
                        Relation.ATTACKS,
                        doer,
                        _told_plural(token, Relation.ATTACKS),
                        (self.index, token.i),
                    )
                elif (
                    doer
                    and lone
                    and doer != lone
                    and self.memory.event_actors.get(Relation.ATTACKS) == lone
                ):
                    # "... blew up a speedboat. The Russian military struck a power plant":
                    # "the strike" is either's
                    self.memory.event_actors.pop(Relation.ATTACKS)
                    self.memory.single_event_actors.pop(Relation.ATTACKS, None)
                    self.memory.lone_attacker = ""
        for token in self.sent:
            lemma = token.lemma_.lower()
            if token.pos_ == "NOUN" and lemma in _RECALLED_ACTS | _COUPS | _FORCE_SHOWS:
                actors = (
                    self._named_act_actors(token)
                    or self._coup_makers(token)
                    or (self._force_shower(token) if lemma in _FORCE_SHOWS else [])
                )
                if len(actors) == 1:
                    self.memory.act_mentions.setdefault(lemma, set()).update(actors)
            elif (
                token.pos_ == "VERB"
                and lemma in _FORCE_SHOWS | _FIRING
                and not self._quoted(token)
                and any(c.dep_ == "dobj" and _armed(c) for c in token.children)
            ):
                # "North Korea launched a ballistic missile": "the launch" later is its act; not
                # "launched a campaign against corruption"
                actors = [e for e in self.subjects(token) if self.res.kind_of(e) in _ACTOR_KINDS]
                if len(actors) == 1:
                    # "North Korea fired a ballistic missile over Japan": arms fired are a launch
                    shown = lemma if lemma in _FORCE_SHOWS else "launch"
                    self.memory.act_mentions.setdefault(shown, set()).update(actors)
            elif _seizes_power(token):
                # "the military seized power in Myanmar": a coup, whose maker "the coup" recalls
                actors = [e for e in self.subjects(token) if self.res.kind_of(e) in _ACTOR_KINDS]
                if len(actors) == 1:
                    for coup in _COUPS:
                        self.memory.act_mentions.setdefault(coup, set()).update(actors)
        joint: dict[tuple[Relation, int], list[str]] = {}  # event type and trigger -> actors
        for claim in claims:
            if claim.type in (Relation.LEADER_OF, Relation.AFFILIATED_WITH) and claim.role:
                # for "the president" later: who holds which title in this article
                title = " ".join(claim.role.lower().split())
                self.memory.titled.setdefault(title, set()).add(claim.subject)
            told = triggers.get(claim.id)
            if (
                claim.type in _EVENT_TYPES
                and claim.modality in (Modality.ASSERTED, Modality.REPORTED)
                # "He had orchestrated attacks", quoted: "the attack" later is the one the
                # narrator tells of, not an accusation's; a quotation that alone tells of one
                # tells it ("'Hamas attacked Israel,' a spokesman said. Egypt condemned the
                # attack.")
                and (
                    told is None
                    or not self._quoted(told)
                    or claim.type not in self.memory.event_actors
                )
            ):
                # The same actor's later victims ("who was also killed in the airstrike") do not
                # displace the event's first target: "the attack" is still the one on Soleimani.
                same = self.memory.event_actors.get(claim.type) == claim.subject
                self.memory.remember_event(
                    claim.type,
                    claim.subject,
                    _told_plural(told, claim.type),
                    (self.index, told.i if told is not None else self.sent.start),
                )
                if told is not None:
                    doers = joint.setdefault((claim.type, told.i), [])
                    if claim.subject not in doers:
                        doers.append(claim.subject)
                if not same or claim.type not in self.memory.event_targets:
                    self.memory.event_targets[claim.type] = claim.object
        for rel in {rel for rel, _ in joint}:
            latest = self.memory.event_actors.get(rel)
            groups = [d for (r, _), d in joint.items() if r is rel and latest in d]
            if groups and len(groups[-1]) > 1:
                self.memory.joint_event_actors[rel] = groups[-1]
            else:
                self.memory.joint_event_actors.pop(rel, None)

    def remember(self) -> None:
        """Keep the sentence's subjects for pronouns in the next ones: its persons for "he", its
        states, organisations and groups for "it" and "they"; two of them make either ambiguous."""
        persons: list[str] = []
        actors: list[list[str]] = []
        for token in self.sent:
            if token.i < self.dateline_end or token.dep_ not in _SUBJ and token.dep_ != "poss":
                continue
            e = self.res.entity_at(token)
            if (
                e is None
                and token.lower_ in ("he", "she")
                and token.dep_ in _SUBJ
                and not self._quoted(token)
            ):
                # "He helped negotiate the deal. ... concerns over his health. ... he returned":
                # a pronoun read as the one person carries that person on, as a name would
                e = self._antecedent(token)
            elif (
                e is None
                and token.dep_ in _SUBJ
                and token.tag_ == "NN"
                and _title_noun(token, load_roles())
                and not self._quoted(token)
            ):
                # "Iran's supreme leader gave a speech. He condemned Israel": a person described
                # is the one spoken of now, whoever the description is read as; one labelled
                # with another party and read as no one ends the chain ("the former president"
                # alone is likelier the one spoken of)
                described = {p for p in self.entities(token) if self.res.kind_of(p) is Kind.PERSON}
                labelled = any(
                    c.dep_ in ("poss", "compound", "amod") and self.res.entity_at(c)
                    for c in token.children
                )
                e = described.pop() if len(described) == 1 else ("" if labelled else None)
            if e == "":
                persons.append("")
            elif e and self.res.kind_of(e) is Kind.PERSON:
                persons.append(e)
            elif e is None and token.pos_ == "PROPN" and token.dep_ in _SUBJ and token.is_title:
                persons.append(
                    ""
                )  # "Trump described ...", a name the NER missed: "he" is uncertain
            elif (
                token.dep_ in _SUBJ
                # "Protesters' demands include ... They had asked Carrie Lam to resign": the
                # owner of a subject that names no one is the one spoken of
                or token.dep_ == "poss"
                and token.head.dep_ in _SUBJ
                and not self.res.entity_at(token.head)
            ) and not self._quoted(token):
                found = [a for a in self.entities(token) if self.res.kind_of(a) in _ACTOR_KINDS]
                if found and found not in actors:
                    actors.append(found)
        if persons:
            self.memory.recent_persons = list(dict.fromkeys(persons))
            self.memory.recent_index = self.index
        if actors:
            self.memory.recent_actors = actors
            self.memory.actors_index = self.index
            if len(actors) == 1 and set(actors[0]) == set(self.memory.gathering):
                # "They concluded ...": the meeting's states are still the ones spoken of
                self.memory.gathering_index = self.index

    # ---- modality ---------------------------------------------------------------------

    def modality(self, trigger: Token) -> tuple[Modality, str | None]:
        """How the sentence presents the event at `trigger`, and who says so."""
        w = self.lex.words
        speaker: str | None = None
        mode = Modality.ASSERTED
        hedged = planned = False
        node = trigger
        chain = [node]
        support = (
            _light_verb(trigger, self.lex) or _receiving_verb(trigger, self.lex)
            if trigger.pos_ in ("NOUN", "PROPN")
            else None
        )
        sense = _noun_sense(trigger, self.lex) if support is not None else None
        accepted_only = (
            support is not None
            and support.lemma_.lower() in _TOLERATING
            and sense is not None
            and sense.type not in SYMMETRIC
        )
        while node.head.i != node.i and node.dep_ in _CLAUSE_LINKS | {
            "acomp",
            "pobj",
            "prep",
            "dobj",
            "nsubj",
            "compound",
            "amod",
        }:
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if node.dep_ == "advcl" and marks & _CONDITIONAL:
                hedged = True
            if node.dep_ == "advcl" and marks & _TEMPORAL:
                break  # "announced ... after Turkey began an offensive": the article's own narration
            if (node.dep_ == "relcl" and _ranked_doer(node) is None) or _summary_clause(
                node
            ) is not None:
                # "would violate the sanctions, which Russia supported", "said ..., a claim
                # rejected by Kyiv": its own statement
                break
            if node.dep_ == "conj" and self._speakers_going_on(node):
                break  # "said the US was concerned and urged India": the speaker's own next act
            if (
                node.dep_ == "ccomp"
                and node.i < node.head.i
                and any(t.text == ";" for t in node.doc[node.right_edge.i : node.head.i])
            ):
                # "The State Department has blamed the Houthis; the rebels have denied any
                # role": the parser hangs the clause before a semicolon on the one after it
                break
            if accepted_only and support is not None and node.head.i == support.i:
                # "Ukraine will never accept Russia's occupation": the act is done whatever is
                # said of accepting it; mediation or talks refused are not (two-sided)
                break
            if (ranked := _ranked_doer(node)) is not None and ranked.dep_ == "attr":
                # "could become the first pope to visit Lebanon": the copula says how it is told
                node = ranked
            node = node.head
            chain.append(node)
        for i, tok in enumerate(chain):
            lemma = tok.lemma_.lower()
            kids = list(tok.children)
            if (
                not _unpunished(tok)
                and any(c.dep_ == "neg" for c in kids)
                and (
                    i == 0
                    or support is not None
                    and tok.i == support.i
                    # "is not concerned about China": the copula of an adjective of the lexicon
                    or i == 1
                    and chain[0].dep_ == "acomp"
                    and trigger.pos_ == "ADJ"
                )
            ):
                mode = Modality.NEGATED
            if (
                i == 0
                and trigger.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "det" and c.lower_ == "no" for c in kids)
            ):
                mode = Modality.NEGATED  # "has no respect for", "gave no support to"
            for c in kids:
                if c.dep_ == "aux" and c.lower_ in w["planned"] | {"'ll"}:
                    planned = planned or i <= 1
                if c.dep_ == "aux" and c.lower_ == "to" and tok.dep_ == "ROOT":
                    # a headline's "Putin to visit North Korea", "UK to impose sanctions on
                    # Russia": a clause of its own in the infinitive is a plan
                    planned = planned or i <= 1
                if c.dep_ in ("aux", "advmod") and c.lemma_.lower() in w["possible"]:
                    hedged = hedged or i <= 2
            if i > 0 and lemma in w["deny"] and not _framed_below(chain[:i]):
                return Modality.DENIED, None
            if (
                i > 0
                and lemma in w["allege"]
                and chain[i - 1].dep_ in ("ccomp", "pcomp", "pobj", "prep")
            ):
                if mode is not Modality.NEGATED:
                    mode = Modality.ALLEGED
            if i == 1 and chain[0].dep_ == "xcomp" and tok.dep_ == "acomp":
                disposition = _DISPOSITIONS.get(lemma)
                if disposition is Modality.NEGATED:
                    mode = Modality.NEGATED  # "was unable to meet"
                planned = planned or disposition is Modality.PLANNED
                hedged = hedged or disposition is Modality.POSSIBLE
            if i == 1 and chain[0].dep_ == "xcomp" and lemma in _REFUSING:
                mode = Modality.NEGATED  # "refused to recognise Maduro", "failed to agree"
            if i > 0 and chain[i - 1].dep_ == "xcomp" and _yet_to(tok):
                mode = Modality.NEGATED  # "has yet to recognise Kosovo", "is yet to respond"
            if (
                0 < i <= 2
                and lemma in _RETRACTING
                and trigger.pos_ in ("NOUN", "PROPN")
                and all(
                    t.dep_ in ("dobj", "pobj") or t.dep_ == "prep" and t.lower_ in ("on", "from")
                    for t in chain[:i]
                )
            ):
                # "reneged on his commitment", "withdrew its support"; not what a phrase of time
                # tells ("withdrew its troops following its agreement with Hamas")
                mode = Modality.NEGATED
            if i == 1 and _intended(chain[0]):
                planned = True  # "announced plans to oppose the bill": the act is to come
            if (
                i > 0
                and lemma in _REPROACHING
                and chain[i - 1].dep_ == "prep"
                and chain[i - 1].lower_ == "for"
                and (i == 2 or i == 3 and support is not None and chain[1].i == support.i)
                and mode is not Modality.NEGATED
            ):
                mode = Modality.ALLEGED  # "criticized Biden for not denouncing": the critic's word
            if i > 0 and lemma in w["possible"] | {"expect", "likely", "speculate"}:
                hedged = True
            if i > 0 and lemma in w["planned"] and chain[i - 1].dep_ in ("xcomp",):
                planned = True
            if (
                i > 0
                and chain[i - 1].dep_ == "xcomp"
                # the trigger's own infinitive, or its support verb's: "urged Germany to impose
                # tougher sanctions"
                and (i == 1 or i == 2 and support is not None and chain[1].i == support.i)
                and _verb_types(self.lex, lemma, tok) & {Relation.REQUESTS, Relation.INVITES}
            ):
                planned = True  # "invited Trump to visit India": asked of him, not yet done
            if (
                i > 0
                and lemma in w["speech"]
                and chain[i - 1].dep_ in ("ccomp", "parataxis", "xcomp", "dobj")
            ):
                said_by = [e for c in kids if c.dep_ in ("nsubj",) for e in self.entities(c)]
                if said_by:
                    speaker = said_by[0]
        if (
            any(c.dep_ == "amod" and c.lower_ in _ALLEGING for c in trigger.children)
            or trigger.dep_ == "xcomp"
            and trigger.head.lemma_.lower() in _HEARSAY
            and any(c.dep_ == "auxpass" for c in trigger.head.children)
            and not any(c.dep_ == "agent" for c in trigger.head.children)
        ) and mode is not Modality.NEGATED:
            # "alleged police violence against protesters", "was said to have been injured by
            # police": told as a charge no one in the text vouches for
            mode = Modality.ALLEGED
        if trigger.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
        ):
            planned = True  # purpose clause: "rolled into Russia to see Putin"
        if mode is not Modality.NEGATED and _averted(trigger, w["speech"] | w["quoting"]):
            mode = Modality.NEGATED
        if speaker is None and _summary_clause(node) is None:
            # a clause that sums up what a speaker said is the narrator's ("..., said X" after
            # a quote is the speaker's)
            speaker = self._according_to()
        if speaker is None and self._quoted(trigger):
            speaker = self._quote_speaker(trigger)  # a quotation whose speaker is named after it
        if mode in (Modality.NEGATED, Modality.ALLEGED):
            return mode, speaker
        if _yes_no_question(trigger.sent) and _asked(trigger):
            return Modality.POSSIBLE, speaker  # "Did Iran attack the tankers?" says nothing
        if speaker:
            return Modality.REPORTED, speaker
        if planned:
            return Modality.PLANNED, None
        if hedged:
            return Modality.POSSIBLE, None
        return Modality.ASSERTED, None

    def _according_to(self) -> str | None:
        for tok in self.sent:
            if (
                tok.lower_ == "according"
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].lower_ == "to"
            ):
                for t in tok.doc[tok.i + 1].children:
                    if t.dep_ == "pobj":
                        named = self.entities(t)
                        if named and self.res.kind_of(named[0]) in (
                            Kind.PERSON,
                            Kind.COUNTRY,
                            Kind.ORGANIZATION,
                        ):
                            return named[0]
        for tok in self.sent:
            # "..., said White House spokesperson Adrienne Watson": speech after the quote.
            if tok.lemma_ in ("say", "tell") and tok.dep_ == "ROOT" and tok.i > self.sent.start + 3:
                subj = [e for c in tok.children if c.dep_ == "nsubj" for e in self.entities(c)]
                if subj and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
                    return subj[0]
        return None


# ---- the registry ---------------------------------------------------------------------------
# The sentence rules in the order they run; each one's trust and family are in data/rules.json.
# A rule may also name a narrower rule on what it yields ("coordinated_subjects" from the verb
# frames): every name a claim can carry has its own entry there.

RULES: Registry[_SentenceReader, _Candidate] = Registry()


@RULES.register("verb_frames")
def _verb_frames(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A verb of the lexicon with its arguments in the slots its sense names."""
    for token in reader.sent:
        if (
            token.pos_ in ("VERB", "AUX")
            or token.tag_.startswith("VB")
            # a predicate adjective of the lexicon: "has been critical of Trump"
            or token.pos_ == "ADJ"
            and token.dep_ == "acomp"
            and token.lemma_.lower() in reader.lex.verbs
        ):
            yield from reader._verb(token)
            yield from reader.actor_participle(token)
            if token.lemma_.lower() == "sign":
                yield from reader._co_signers(token, reader.subjects(token))
            yield from reader._treated_in(token)
            yield from reader._attended_in(token)
        if (
            token.tag_ == "VBN"
            and token.lower_ != token.lemma_.lower()
            and token.lower_ in reader.lex.verbs
            and (any(c.dep_ == "nsubjpass" for c in token.children) or _copula_participle(token))
        ):
            yield from reader._verb(token, adjectival=True)


@RULES.register("noun_frames")
def _noun_frames(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A noun of the lexicon ("Russia's invasion of Ukraine") with its arguments."""
    for token in reader.sent:
        # "a wave of Russian missile strikes": a verb tag on a preposition's object is the
        # tagger's slip, the parser's reading a noun
        if token.pos_ in ("NOUN", "PROPN") or token.pos_ == "VERB" and token.dep_ == "pobj":
            yield from reader._noun(token)


@RULES.register("joint_act")
def _joint_acts(reader: _SentenceReader) -> Iterator[_Candidate]:
    """An act its doers do jointly: "Nigeria and Chad launched a joint operation"."""
    for token in reader.sent:
        if token.pos_ == "NOUN":
            yield from reader.joint_act(token)


@RULES.register("title_predicate")
def _title_predicates(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A title said of a person by a verb of holding or taking office."""
    yield from reader.title_predicates()


@RULES.register("asked_by")
def _asked_by(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Whose request or invitation someone acts on."""
    yield from reader.asked_by()


@RULES.register("stance_holder")
def _stance_holders(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A critic, opponent, supporter or ally of someone, said of a named party."""
    yield from reader.stance_holders()


@RULES.register("measure_clause")
def _measure_clauses(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A stance taken by a clause doing a measure: "voted to expel foreign troops"."""
    yield from reader.measure_clauses()


@RULES.register("stance_prefix")
def _stance_prefixes(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party named with a pro- or anti- modifier: "the pro-Kremlin newspaper Izvestia"."""
    yield from reader.stance_prefixes()


@RULES.register("restraint_urged")
def _restraint_urged(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A call for restraint or calm that names no one asks it of both sides of the article's
    fight."""
    yield from reader.restraint_urged()


@RULES.register("reaction")
def _reactions(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party hitting back, pushing back or reacting angrily, at no one the sentence names,
    criticises the one whose act or words the sentence before told."""
    yield from reader.reactions()


@RULES.register("evaluative_speech")
def _evaluative_speech(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Evaluative words in what a party says: a stance on whom they are said of."""
    yield from reader.evaluations()


@RULES.register("solidarity_speech")
def _solidarity_speech(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A speaker saying "we are with" a party supports it."""
    yield from reader.solidarity()


@RULES.register("request_speech")
def _request_speech(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A speaker saying "we expect from" a party asks it."""
    yield from reader.requests_in_speech()


@RULES.register("demand_clause")
def _demand_clauses(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A demand or call whose clause names who is to act asks that party."""
    yield from reader.demand_clauses()


@RULES.register("burden_speech")
def _burden_speech(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A speaker saying the next move is a party's asks it of the party."""
    yield from reader.burdens_in_speech()


@RULES.register("demand_speech")
def _demand_speech(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A speaker saying a party should or must do something demands it."""
    yield from reader.demands_in_speech()


@RULES.register("denials")
def _denials(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party denying the allegations the sentences before reported."""
    yield from reader.denials()


def _denial(claim: Claim, verb: Token) -> _Candidate:
    """An alleged claim, denied at `verb`."""
    return _Candidate(
        claim.type,
        claim.subject,
        claim.object,
        verb,
        "denial",
        role=claim.role,
        items=list(claim.items),
        modality=Modality.DENIED,
    )


@RULES.register("said_behind")
def _said_behind(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party saying another "was behind" an attack or plot accuses it."""
    yield from reader.said_behind()


@RULES.register("credit_line")
def _credit_lines(reader: _SentenceReader) -> Iterator[_Candidate]:
    """The reporters an outlet's credit line names are the outlet's."""
    yield from reader.credit_lines()


@RULES.register("judged_act")
def _judged_acts(reader: _SentenceReader) -> Iterator[_Candidate]:
    """An act that angers, pleases or draws a reaction from a party is judged by it."""
    yield from reader.judged_acts()


@RULES.register("workplace")
def _workplaces(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A person described by an occupation at or with a body is the body's."""
    yield from reader.workplaces()


@RULES.register("membership")
def _memberships(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A state that is a member of a body is part of it."""
    yield from reader.memberships()


@RULES.register("recalled_envoy")
def _recalled_envoys(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A state calling its envoy home from a post sanctions the state of the post."""
    yield from reader.recalled_envoys()


@RULES.register("conditional_threat")
def _conditional_threats(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Force or a penalty said to come against a party, or on its course, threatens it."""
    yield from reader.conditional_threats()


@RULES.register("answered_act")
def _answered_acts(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party or its act said to be met with force or taken as war is threatened."""
    yield from reader.answered_acts()


@RULES.register("consequence_warning")
def _consequence_warnings(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party told it will pay a price or regret its course is threatened by who says so."""
    yield from reader.consequence_warnings()


@RULES.register("backed_act")
def _backed_acts(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party whose backing an act has supports the one who does it."""
    yield from reader.backed_acts()


@RULES.register("supplied_arms_used")
def _supplied_arms_used(reader: _SentenceReader) -> Iterator[_Candidate]:
    """What a party uses, said to come from another, was supplied by that other to it."""
    yield from reader.supplied_arms_used()


@RULES.register("state_made_arms")
def _state_made_arms(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Arms a party buys, receives or uses that a state made came from that state."""
    yield from reader.state_made_arms()


@RULES.register("present_in")
def _presences(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A person said to be in a place abroad is there."""
    yield from reader.presences()


@RULES.register("spoke_in")
def _spoken_places(reader: _SentenceReader) -> Iterator[_Candidate]:
    """One who speaks in a place abroad is there."""
    yield from reader.spoken_places()


@RULES.register("expulsion")
def _expulsions(reader: _SentenceReader) -> Iterator[_Candidate]:
    """An envoy expelled or ordered to leave is a sanction on the state that sent the envoy."""
    yield from reader.expulsions()


@RULES.register("mediation")
def _mediations(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A go-between of a deal or of talks negotiates with each of their parties."""
    yield from reader.mediations()


@RULES.register("gathering_parties")
def _gathering_parties(reader: _SentenceReader) -> Iterator[_Candidate]:
    """The named parties of one gathering, hosts, guests and those at it, meet each other."""
    yield from reader.gathering_parties()


@RULES.register("threatened_act")
def _threatened_acts(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A party threatening to do something to another threatens it."""
    yield from reader.threatened_parties()


@RULES.register("retaliation_threat")
def _retaliation_threats(reader: _SentenceReader) -> Iterator[_Candidate]:
    """One who vows to strike back at no one named threatens who last attacked them."""
    yield from reader.retaliation_threats()


@RULES.register("dateline")
def _dateline(reader: _SentenceReader) -> Iterator[_Candidate]:
    """The city of a wire dateline in the country named with it."""
    yield from reader.dateline_place()


@RULES.register("titles")
def _title_claims(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Titles, appositions and possessives around a name."""
    yield from reader._titles()


@RULES.register("bare_titles")
def _bare_titles(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A title that names no country, given the sentence's one free country."""
    yield from reader.bare_title_owners()


@RULES.register("successor")
def _successor(reader: _SentenceReader) -> Iterator[_Candidate]:
    """The successor of a state's leader leads that state."""
    yield from reader.successors()


@RULES.register("described_leader")
def _described_leader(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A state's leader described by office ("the Mexican president"), named by the register."""
    yield from reader.described_leaders()


@RULES.register("term_of_office")
def _terms_of_office(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A leader's term named by its holder: "during the presidency of Barack Obama"."""
    yield from reader.terms_of_office()


@RULES.register("candidacy")
def _candidacies(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Who seeks or wins a party's nomination is the party's."""
    yield from reader.candidacies()


@RULES.register("register_holder")
def _register_holders(reader: _SentenceReader) -> Iterator[_Candidate]:
    """A head of state or government the register knows by full name leads that state."""
    yield from reader.register_holders()


@RULES.register("sanction_measures")
def _sanction_measures(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Measures said to target someone, and a listing, sanction them."""
    yield from reader.sanction_measures()


@RULES.register("respectively")
def _respectively(reader: _SentenceReader) -> Iterator[_Candidate]:
    """Coordinated titles and names paired in order by "respectively"."""
    yield from reader.respectively()


_ACTOR_KINDS = frozenset({Kind.COUNTRY, Kind.ORGANIZATION, Kind.GROUP})
# Verbs that say whom measures are aimed at, the measures they take as subject, and the lists
# adding someone to sanctions them: "The sanctions target Russia's banks", "added to its
# entity list".
_TARGETING = frozenset({"target", "hit", "cover"})
_SANCTION_MEASURES = frozenset({"sanction", "measure", "penalty", "restriction", "embargo"})
# Words naming a state's office for sanctions: "the Treasury Department", "OFAC".
_SANCTIONS_OFFICES = frozenset({"treasury", "foreign assets control"})
_LISTS = frozenset({"list", "blacklist", "blocklist"})
# Participles that say whose a thing is: "positions belonging to the Houthis"
_BELONGING = frozenset({"belong", "link", "tie", "affiliate"})
_PARTY_KINDS = _ACTOR_KINDS | {Kind.PERSON}
# A state's force named by what it is: "an offensive backed by Russian air power".
_FORCE_WORDS = frozenset({"power", "airpower", "force", "forces", "aviation", "artillery"})
# What a party lends an act it backs: "with the backing of the OIC".
_BACKING = frozenset({"backing", "support", "help", "blessing", "assistance", "approval"})
# Hostile acts on what a party owns are on the party ("sanctions on Iran's oil sector").
_AT_OWNERS = frozenset({Relation.SANCTIONS, Relation.ATTACKS})
# Targets that are people, not places: killing civilians in Gaza is no attack on Gaza itself.
_PERSONS_HIT = frozenset({"people", "civilians", "person", "man", "woman", "child", "children"})
# Modifiers and passive verbs of hearsay that make an act a charge ("alleged police violence",
# "was said to have been injured by police")
_ALLEGING = frozenset({"alleged", "suspected", "purported"})
# Passive verbs of judging whose "of"/"with" gerund the one judged did ("was convicted of killing");
# a court's ruling makes it a fact, a charge or suspicion only an allegation.
# Verbs of a place's lying somewhere: "Mosul, which lies in northern Iraq".
_LYING = frozenset({"lie", "locate", "situate", "sit", "nestle"})
_RULED = frozenset({"convict", "sentence"})
_JUDGING = _RULED | frozenset(
    {"charge", "suspect", "indict", "arrest", "detain", "prosecute", "investigate", "try"}
)
_HEARSAY = frozenset({"say", "allege", "claim", "report", "rumour", "rumor"})
# what trade measures strike: "hit $200 billion in Chinese goods" is a tariff, not a raid
_TRADED = frozenset(
    {"good", "goods", "product", "import", "export", "commodity", "shipment", "steel", "aluminum"}
)
# What a country makes, sells or trades through its firms: a trade measure on it is on that country.
_TRADE_ORIGINS = _TRADED | {
    "aluminium",
    "soybean",
    "oil",
    "car",
    "vehicle",
    "chip",
    "semiconductor",
    "chipmaker",
    "company",
    "firm",
    "entity",
    "exporter",
    "manufacturer",
    "produce",
    "wine",
    "beef",
    "pork",
    "seafood",
    "textile",
}
# People one sends to talk, not goods one supplies.
_ENVOYS = frozenset(
    {"delegation", "team", "envoy", "envoys", "negotiator", "negotiators", "mission", "diplomat"}
)
# What is granted as leave or standing, not supplied: "granted Milken a full pardon",
# "granted the ship access" (CAMEO codes supplies as aid, 07; these are none of it).
_LEAVE = frozenset(
    {
        "pardon", "amnesty", "clemency", "permission", "approval", "access", "visa", "visas",
        "citizenship", "status", "licence", "license", "waiver", "exemption", "immunity",
        "recognition", "audience", "interview", "leave", "extension", "reprieve",
    }
)  # fmt: skip
# What a party holds that a sanction freezes, revokes or cancels.
_HOLDINGS = frozenset(
    {
        "asset", "assets", "account", "accounts", "fund", "funds", "property", "reserve",
        "reserves", "share", "shares", "holding", "holdings", "visa", "visas", "passport",
        "passports", "licence", "license", "permit", "accreditation", "residency",
        "citizenship", "membership", "credentials", "deposit", "deposits",
    }
)  # fmt: skip
# A span of time given to a party to act by: "gave the junta one week to restore Bazoum".
_DEADLINES = frozenset(
    {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "deadline", "ultimatum"}
)
_NOT_SUPPLIED = _ENVOYS | _LEAVE | _DEADLINES
# Verbs whose object is the means of their infinitive, not its actor.
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise", "deploy"})
_WATERS = frozenset({"sea", "gulf", "ocean", "strait", "bay", "channel", "waters", "river", "lake"})
# Passive verbs whose subject is the subject of their infinitive ("is expected to travel").
_RAISING = _HEARSAY | {"expect", "set", "schedule", "due", "believe", "think", "understand", "know"}
# Participles that say who holds ground ("Pakistani-controlled territory"), and the ground held.
_HOLDING = frozenset({"controlled", "held", "occupied", "administered", "ruled", "run"})
_HELD_GROUND = frozenset(
    {"territory", "area", "region", "part", "zone", "land", "city", "town", "village", "district"}
    | {"province", "enclave", "side", "border", "airspace", "waters"}
)
# Places a state or armed group holds, which stand for it as targets ("Hamas targets", "US bases")
_HELD_PLACES = frozenset(
    {"positions", "targets", "base", "bases", "outpost", "outposts", "installations", "facilities"}
)
# Verbs by which a party decrees an act its noun names ("ordered the expulsion of"); not those
# that ask for it of another ("demanded the expulsion of").
_DECREEING = frozenset({"order", "announce", "decree", "approve", "sign", "authorise", "authorize"})
# Verbs whose infinitive is a hostile act held over its target
_THREATENING = frozenset({"threaten", "vow", "pledge", "promise"})
_MODALS = frozenset({"will", "would", "'ll", "shall", "could", "might", "may"})
# Speech acts a speaker goes on to do after saying something: "said ... and urged India to".
# Verbs of what a party has, knows or feels, whose report a speaker's next act goes on from.
_STATES_OF_MIND = frozenset({"have", "understand", "recognise", "recognize", "respect", "share"})
# Verbs that answer in words, as "say" does ("retorted that").
_RETORTING = frozenset({"retort", "counter", "reply", "respond", "riposte"})
_SPEECH_ACTS = frozenset(
    {"urge", "call", "accuse", "demand", "ask", "warn", "criticize", "criticise", "condemn"}
    | {"praise", "thank", "blame", "reject", "deny", "vow", "pledge", "insist", "appeal"}
)
_WILL = frozenset({"will", "would", "'ll", "shall", "wo", "'d"})
# Verbs of striking back ("hit back at"): said of the future, a threat and no attack yet
_STRIKING_BACK = frozenset({"hit", "strike", "fight"})
# Nouns of an amount of arms: "a barrage of rockets", "a wave of strikes" (agents.json
# `quantities` has the counting words).
_AMOUNTS = frozenset({"barrage", "salvo", "volley", "wave", "swarm", "number", "series", "hundred"})
# Determiners of a noun phrase that names anyone of a kind, no one in particular.
_ANY = frozenset({"no", "any", "every", "each", "all", "some"})
# Verbs naming what something is: "what it called an aggression".
_NAMING = frozenset(
    {"call", "describe", "term", "label", "dub", "brand", "characterise", "characterize"}
)
# What a party is said to have committed that charges it.
_CRIMES = frozenset({"crime", "atrocity", "genocide", "massacre", "abuse", "violation"})
# Verbs by which a party "bears responsibility" for an act.
_BEARING = frozenset({"bear", "carry", "have", "share"})
# Participles whose agents are the sides of a two-sided act: "a ceasefire agreed by Israel and
# Hamas", "talks held by Iran and Saudi Arabia"; not "brokered by", "mediated by".
_TAKING_PART_IN = frozenset(
    {"agree", "sign", "reach", "conclude", "seal", "ink", "hold", "finalize", "finalise"}
    | {"strike", "forge", "clinch"}
)
# Determiners of a noun that is no thing named before ("an agreement", "any deal").
_NOT_NAMED_BEFORE = frozenset({"a", "an", "any", "no", "every", "another"})
# Vows to strike back: the verbs of vowing, the acts and nouns of striking back, and the
# attack nouns a vow may answer ("vowed to respond to the attack").
_VOWING = frozenset({"vow", "promise", "pledge", "threaten", "swear"})
_STRIKING_BACK_VERBS = frozenset({"retaliate", "avenge", "respond", "hit", "strike"})
_RETALIATION_NOUNS = frozenset({"revenge", "retaliation", "response", "reprisal", "retribution"})
_ANSWERED_ATTACKS = frozenset(
    {"attack", "strike", "airstrike", "raid", "bombing", "assassination", "killing", "aggression"}
)
# Measures a bill or a package is, besides agreements.
_BILLS = frozenset({"bill", "package", "legislation", "resolution", "proposal"})
# Two-sided acts of working or agreeing together, which no one does with the state they speak for.
_TOGETHER_TYPES = frozenset({Relation.COOPERATES_WITH, Relation.AGREES_WITH})
# Bodies a title's owner may be described as: "the group's chief negotiator", "the agency's".
_DESCRIBED_BODIES = frozenset(
    {"group", "bloc", "agency", "council", "alliance", "organisation", "organization"}
    # "Abbas Araghchi, the country's foreign minister": the state the article is about
    | {"country", "nation", "kingdom"}
    | {"movement", "party", "ministry", "court", "commission", "committee", "watchdog", "union"}
    | {"militia", "government", "company", "tribunal", "body", "department", "board"}
)
# Subjects of a report that are the press, named or not ("Israeli media reported that").
_PRESS_WORDS = frozenset(
    {"media", "medium", "newspaper", "broadcaster", "television", "outlet", "agency", "press"}
)
# Adjectives that leave a class noun the one body named before ("the regional bloc").
_PLAIN_CLASS = frozenset(
    {"regional", "continental", "military", "economic", "security", "trade", "western", "eastern"}
    | {"european", "african", "asian", "eurasian", "atlantic", "transatlantic", "arab", "gulf"}
)
# Verbs that give a described thing its proper name ("named", "dubbed", "known as").
_NAME_GIVING = frozenset({"name", "dub", "christen", "know"})
# Verbs of a go-between, what they broker, and the talks a host holds for others.
_BROKERING = frozenset({"broker", "mediate", "facilitate", "arbitrate"})
_HOSTING = frozenset({"host"})
_TALKS = frozenset({"talks", "negotiation", "negotiations", "dialogue", "mediation"})
# Counts of talks held in turn: "two rounds of talks", "a series of negotiations".
_ROUNDS = frozenset({"round", "series", "session"})
_BROKERED = (
    _AGREEMENTS
    | _TALKS
    | frozenset(
        {"truce", "ceasefire", "cease-fire", "armistice", "exchange", "swap", "settlement", "peace"}
        | {"roadmap", "framework"}
    )
)
_HELP = frozenset({"help", "support", "assistance", "backing", "mediation"})
# Defences: what an attacker faces is no support of it.
_DEFENCES = frozenset({"defense", "defence", "defenses", "defences"})
# Verbs of wishing read as demands ("wants Ukraine to withdraw"), and the outcomes one may
# wish a party that it does not do: "wants Russia to lose the war", "wants Ukraine to collapse".
_WISHING = frozenset({"want"})
_OUTCOMES = frozenset(
    {"lose", "win", "fail", "collapse", "suffer", "die", "succeed", "prevail", "survive"}
)
# Verbs of weighing a course not yet taken: "is considering joining".
_WEIGHING = frozenset({"consider", "weigh", "mull", "debate", "discuss", "contemplate", "study"})
# Wars and campaigns a side wages in a place: "Russia's war in Ukraine".
_WARS = frozenset({"war", "invasion", "offensive", "occupation", "bombardment", "bombing"})
# Support verbs that carry only their direct object, and no two-sided act: "ordered an
# airstrike", "raised tariffs", "hiked duties".
_OBJECT_SUPPORT = frozenset({"order", "raise", "hike"})
# Support verbs by which a party takes part in an act others named do: "joined EU sanctions".
_JOINING = frozenset({"join"})
# Verbs of staying out of an act: its content is not the abstainer's.
_ABSTAINING = frozenset({"abstain", "refrain", "boycott", "skip", "veto", "block", "reject"})
# Hostile acts a party can be said to be "behind"
_BEHIND_ACTS = frozenset(
    {
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "plot",
        "plots",
        "explosion",
        "explosions",
        "blast",
        "blasts",
        "killing",
        "killings",
        "assassination",
        "sabotage",
        "airstrike",
        "airstrikes",
        "coup",
        "cyberattack",
        "cyberattacks",
        "hack",
        "hacks",
        "hacking",
        "poisoning",
        "massacre",
        "violence",
        "unrest",
        "shooting",
        "downing",
        "abduction",
        "kidnapping",
        "raid",
        "raids",
        "assault",
        "incursion",
        "death",
        "deaths",
        "war",
        "conflict",
        "shelling",
        "disappearance",
    }
)
# Verbs of judging or suspecting whose clause charges a party as a statement does
_CONVINCED = frozenset({"believe", "suspect", "conclude", "think", "determine", "find", "accuse"})
# Verbs that turn down what is said of their subject, besides the lexicon's words of denial
_REJECTING = frozenset({"reject", "deny", "dismiss", "refute", "rebut", "brush"})
_REBUFFING = frozenset({"shrug", "rebuff", "deflect", "slam", "condemn"})
# Collectives that act for the one state or organisation leading them ("the Saudi-led coalition")
# What one is warned of that is the warner's own hostile answer.
_RETALIATIONS = frozenset(
    {"response", "retaliation", "consequence", "reprisal", "countermeasure", "revenge"}
)
_DELEGATIONS = frozenset({"delegation", "team", "entourage", "group"})
_LED_COLLECTIVES = frozenset(
    {"coalition", "alliance", "force", "forces", "troops", "mission", "contingent", "bloc"}
)
_SMALL_NUMBERS = {
    w: n
    for n, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}


def _number(token: Token) -> int | None:
    """The small count a number word or numeral gives ("three", "4"), if it is one."""
    if token.text.isdigit():
        return int(token.text)
    return _SMALL_NUMBERS.get(token.lower_)


# A subject "the summit" after a meeting is its participants.
_MEETINGS = frozenset({"summit", "meeting", "conference", "gathering"})
# Claims between two sides, whose parties "both sides" or "the two sides" later stand for.
_BILATERAL = frozenset(
    {
        Relation.MEETS,
        Relation.NEGOTIATES_WITH,
        Relation.AGREES_WITH,
        Relation.COOPERATES_WITH,
        Relation.ATTACKS,
        Relation.OPPOSES,
    }
)
_LABEL_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# The state English news means by a bare "the administration" when it names that state.
_US = "country:USA"


def _group_key(head: str) -> str:
    """The key a scoped group is remembered by: its family, apart for a people's ("Syrian Kurdish
    fighters" are not the rebels a later "rebels said" means)."""
    family = _group_family(head)
    return family if len(head.split()) == 1 or family != "armed" else f"people {family}"


def _followed_collective(token: Token, heads: frozenset[str] | set[str]) -> str | None:
    """The collective whose followers `token` names: "opposition supporters" act as the
    opposition does, which has no leader to name them after ("Trump supporters")."""
    if token.lower_ not in load_agents().followers or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children
    ):
        return None  # "supporters of Juan Guaidó" are his (`_followers`)
    return next(
        (
            c.lemma_.lower()
            for c in token.children
            if c.dep_ == "compound" and c.lemma_.lower() in heads
        ),
        None,
    )


def _group_family(head: str) -> str:
    """The word a described group is known by: the last of its head ("kurdish fighters":
    fighters), one word for all of a street crowd's ("demonstrators", "protesters")."""
    words = head.split() or [head]
    agents = load_agents()
    for width in (3, 2):
        if (phrase := " ".join(words[-width:])) in agents.labelled_groups:
            return phrase  # "rights groups" are not "opposition groups"
    if words[-1] in agents.crowds:
        return "protesters"
    return "armed" if words[-1] in agents.armed else words[-1]


# What a protesting crowd is counted as: "thousands of people marched".
_CROWD_WORDS = frozenset({"people", "person", "resident", "citizen"})
# Works a state or town owns that strikes hit (state agents' own heads are in agents.json).
_WORKS = frozenset(
    {
        "post",
        "refinery",
        "depot",
        "airport",
        "airfield",
        "port",
        "facility",
        "plant",
        "pipeline",
        "tanker",
        "convoy",
        "checkpoint",
        "headquarters",
        "infrastructure",
        "grid",
        "substation",
        "station",
        "bridge",
        "dam",
        "embassy",
        "consulate",
        "warehouse",
        "arsenal",
        "barracks",
        "base",
        "outpost",
        "garrison",
        "installation",
        "centre",
        "center",
        "battery",
        "radar",
        "village",
        "town",
        "city",
        "settlement",
    }
)
# Callings that, besides the press's (agents.json `journalists`), no state confers.
_CIVIL_ROLES = frozenset(
    {
        "analyst",
        "host",
        "commentator",
        "producer",
        "economist",
        "researcher",
        "scientist",
        "professor",
        "lecturer",
        "coach",
        "activist",
        "writer",
        "author",
        # occupations read as titles: a nationality beside them is no office
        "photographer",
        "photojournalist",
        "cameraman",
        "camerawoman",
        "videographer",
        "blogger",
        "campaigner",
        "worker",
        "workers",
        "employee",
        "employees",
        "staffer",
        "staffers",
        "volunteer",
        "volunteers",
        "player",
        "footballer",
        "striker",
        "goalkeeper",
        "athlete",
        "lawyer",
        "lawyers",
        "engineer",
        "engineers",
        "doctor",
        "doctors",
        "nurse",
        "pilot",
        "pilots",
        "student",
        "students",
        "trustee",
        "manager",
        "executive",
        "executives",
        "organiser",
        "organizer",
        "strategist",
        "consultant",
        "contractor",
    }
)
# Installations an attack is aimed at, whose label says whose they are ("Iranian nuclear sites");
# people and weapons go through the state's agents, whose makers or nationality say less.
_TARGET_PLACES = frozenset(
    {
        "site",
        "target",
        "position",
        "base",
        "facility",
        "installation",
        "infrastructure",
        "outpost",
        "headquarters",
        "camp",
        "stronghold",
        "depot",
        "airfield",
        "airbase",
        "embassy",
        "consulate",
    }
)
# Titles of a state's envoy to a body ("Russia's UN ambassador"); not "China's Huawei
# representative", whose body is the company the state is only the home of.
_ENVOY_TITLES = frozenset({"ambassador", "envoy"})
# Nouns of a leader's term of office, named by its holder ("the presidency of Barack Obama").
_TERMS_OF_OFFICE = frozenset(
    {"presidency", "premiership", "administration", "reign", "rule", "chancellorship"}
)
# Holders of a stance whose possessor is what the stance is on ("Syria's backers"); not
# "Biden's opponent" (a rival in a race) nor "Goa's advocate" (a trade).
_STANCE_ON_OWNER = frozenset(
    {"backer", "supporter", "enemy", "foe", "adversary", "supplier", "donor", "patron"}
)
# A state's own armed or policing agents: harming them is an attack on the state.
_ARMED_AGENTS = frozenset(
    {
        "soldier",
        "troop",
        "troops",
        "serviceman",
        "servicemen",
        "officer",
        "policeman",
        "guard",
        # "killing four Ugandan peacekeepers" (constructed after AP copy)
        "peacekeeper",
        "marine",
        "airman",
        "commando",
        "paratrooper",
    }
)
# Armed collectives that, labelled with a people or faith rather than a state ("Kurdish forces",
# "Kurdish fighters"), are a Group of that people, not a state agent.
_ARMED_COLLECTIVES = frozenset({"force", "forces", "fighter", "troops", "militiaman", "gunman"})
# What a hyphened participle ("Iranian-backed", "US-allied") may say its actor does.
# Stances ("Iranian-backed") are read with the verb's other senses (`_participle_arguments`).
_PARTICIPLE_TYPES = frozenset({Relation.COOPERATES_WITH, Relation.SUPPLIES, Relation.SANCTIONS})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "remain", "take", "happen", "matter", "mean"})
# Words before a title that make it another office: "vice president" is not "the president".
# Modifiers that say nothing about which proposal is meant: "the new plan", "any deal".
_VAGUE = frozenset(
    {"new", "latest", "recent", "such", "other", "same", "this", "that", "any", "first", "last"}
)
# Words that make a name a state's armed force.
_FORCES = frozenset({"force", "forces", "army", "navy", "military", "guard"})
# What a copula calls one an attack hits: "was the target of an Iranian missile attack".
_HIT_ONES = frozenset({"target", "targets", "victim", "victims"})
# Words of the means between an attacker's name and its attack noun: "the Hezbollah drone attack".
_MEANS = frozenset(
    {
        "missile", "drone", "rocket", "suicide", "air", "artillery", "mortar", "bomb", "car",
        "grenade", "naval", "ground", "retaliatory", "terror", "terrorist", "military",
        "ballistic", "cruise", "chemical", "gas", "knife", "gun", "sniper", "cyber", "mass",
        "surprise", "night", "border", "cross", "-", "shelling", "tank", "helicopter", "fighter",
    }
)  # fmt: skip
# Heads that may stand for any organisation or group just named; "the movement" needs one the
# article called a movement.
_GENERIC_ORG_HEADS = frozenset(
    # "The IAEA said ... Iran criticized the watchdog": news calls a monitoring body so
    {"group", "organisation", "organization", "rebel", "militant", "insurgent", "watchdog"}
)
# Modifiers of "the ... nations" that set them apart from the states named before.
_OTHER_STATES = frozenset(
    {
        "other",
        "western",
        "eastern",
        "northern",
        "southern",
        "neighbouring",
        "neighboring",
        "remaining",
        "member",
        "participating",
        "foreign",
        "major",
        "many",
        "several",
        "poor",
        "poorer",
        "rich",
        "richer",
        "developing",
        "developed",
    }
)
# Modifiers of "the sides" that make them the two sides of a fight or a dispute.
_OPPOSED_SIDES = frozenset({"warring", "rival", "opposing", "feuding", "fighting"})
# Plural heads that "the two ..." and "both ..." pair as persons.
# Nouns a pair of states is told by: "both countries", "the two neighbours", "both capitals";
# not "rivals", "allies" or "partners", which parties, persons and armies are too.
_STATE_PAIRS = frozenset(
    {"country", "nation", "state", "government", "neighbour", "neighbor", "capital"}
)
_COUNTED_PAIRS = frozenset({"ally", "partner"})
# Head words of a unit of a larger body: "Eastern Theater Command", "World Food Programme",
# "7th Fleet", "Quds Force", "Board of Governors".
_BODY_UNITS = frozenset(
    {
        *("Command", "Fleet", "Regiment", "Brigade", "Brigades", "Division", "Corps", "Force"),
        *("Forces", "Units", "Unit", "Wing", "Guard", "Battalion", "Programme", "Program"),
        *("Agency", "Council", "Assembly", "Committee", "Board", "Office", "Court", "Commission"),
        *("Centre", "Center", "Institute", "Bureau", "Service", "Authority", "Fund", "Bank"),
        *("Organization", "Organisation", "Department", "Ministry", "Secretariat", "Tribunal"),
    }
)
# The United Nations, and the words a name of one of its bodies opens with ("U.N. Security
# Council", "UN Human Rights Council", "United Nations General Assembly").
_UN = "org:united-nations"
_UN_OPENING = re.compile(r"^(?:UN|U\.N\.|United Nations) [A-Z]")
# What a reporter contributes to in a credit line: "contributed to this report".
_CREDITED_WORK = frozenset({"report", "story", "article"})
# Occupations "at" a body that are no tie to it: a visit, a detention, a state's mission there.
_NO_WORKPLACE = frozenset(
    {
        *("visitor", "guest", "speaker", "prisoner", "detainee", "patient", "hostage"),
        *("participant", "attendee", "delegate", "ambassador", "envoy", "representative"),
        *("diplomat", "critic", "rival", "opponent", "target", "victim", "defendant"),
        *("witness", "protester", "demonstrator", "panelist", "panellist", "observer"),
        *("lawyer", "counsel", "plaintiff", "suspect", "negotiator", "mediator"),
    }
)
# Members' nouns that "with" a body makes its own: "an analyst with the Crisis Group".
_MEMBERS_WITH = frozenset(
    {
        *("analyst", "fellow", "researcher", "scholar", "expert", "specialist", "economist"),
        *("journalist", "correspondent", "reporter", "official", "officer", "consultant"),
        *("fighter", "commander", "member", "director", "head", "spokesman", "spokeswoman"),
        *("spokesperson", "adviser", "advisor", "staffer", "employee", "executive"),
    }
)
# Words of a body's name that no place's name holds: a think tank or university the
# recogniser took for a place is still a body.
_BODY_WORDS = frozenset(
    {"Center", "Centre", "Institute", "University", "Council", "Foundation", "Forum", "School"}
)
# Work told in a relative clause ("who directs the Africa program at Chatham House") and the
# role it gives.
_WORK_VERBS = {
    "direct": "director",
    "head": "head",
    "run": "head",
    "study": "researcher",
    "research": "researcher",
    "teach": "lecturer",
}
# A state's ministry named by its portfolio alone, with or without the state's adjective: an
# agent of the state, not an agency with a name of its own.
_GENERIC_MINISTRY = re.compile(
    r"^(?:(?P<label>[A-Z][\w.'’-]*) )?(?:(?:Foreign|Defen[cs]e|Interior|Home|Trade|Commerce|"
    r"Finance|Justice|Economy|Health|Energy|Information)(?: Affairs)? Ministry|Ministry of "
    r"(?:Foreign Affairs|(?:National )?Defen[cs]e|Interior|Home Affairs|Trade|Commerce|Finance|"
    r"Justice|Economy|Health|Energy|Information))$"
)
_PAIRED_PERSONS = frozenset(
    {
        "leader",
        "president",
        "minister",
        "premier",
        "head",
        "man",
        "woman",
        "counterpart",
        "chancellor",
        "monarch",
        "king",
    }
)
# Verbs of undoing a measure besides the lexicon's undoing verbs: "called for the decision to be
# overturned".
_UNDOING_VERBS = frozenset({"overturn", "repeal", "abolish", "shelve", "dismiss", "strike", "kill"})
# Heads of a barrier that a phrase "on the border" names as a border wall.
_BARRIERS = frozenset({"wall", "fence", "barrier"})
# Gatherings and votes that a name or a year before them makes a named event (`_name_gatherings`).
_NAMED_GATHERINGS = frozenset({"summit", "conference", "election", "referendum"})
# Measure nouns of `issues` whose verb no regular ending makes (`_nominalises`): "voted to expel
# foreign troops" is the expulsion of foreign troops.
_MEASURE_NOUNS = {
    "expel": "expulsion",
    "prorogue": "prorogation",
    "secede": "secession",
    "reunify": "reunification",
    "unify": "unification",
}
# Measures an "on" phrase names: "the ban on Russian oil imports", "a moratorium on executions".
_BANS = frozenset({"ban", "embargo", "moratorium", "restriction", "curb", "tariff", "cap"})
# Nouns of undoing a measure: asking for "the withdrawal of the bill" opposes the bill.
_UNDOING_NOUNS = frozenset(
    {
        "withdrawal",
        "dismissal",
        "repeal",
        "scrapping",
        "abolition",
        "cancellation",
        "annulment",
        "revocation",
        "reversal",
        "rollback",
        "end",
        "removal",
    }
)
# Issues that are laws, named by what they do ("a bill legalising abortion").
_LAWS = frozenset({"bill", "law", "legislation", "amendment"})
# Words for one proposal, each standing for another named before: "a ceasefire plan ... the
# proposal".
_PROPOSALS = frozenset({"proposal", "plan", "offer", "initiative", "roadmap", "blueprint"})
# Acts whose "of" phrase names who makes them ("the demands of the protesters"); for other acts
# it names who undergoes them ("the killing of Soleimani").
_OWNED_BY_OF = frozenset(
    {
        "demand",
        "demands",
        "request",
        "requests",
        "call",
        "calls",
        "appeal",
        "proposal",
        "offer",
        "plan",
        "policy",
        # "welcomed the decision of the parliament": the maker's act
        "decision",
        "decisions",
        "statement",
        "announcement",
        # "rejected the resignation of the prime minister": declining what he offered
        "resignation",
        # "opposed the nomination of Brett Kavanaugh": a stance on the one appointed
        "appointment",
        "nomination",
        "confirmation",
        "inauguration",
        "reappointment",
        "swearing-in",
        # "disappointment at the ruling of the Supreme Court": a court's act
        "ruling",
        "verdict",
        "judgment",
        "judgement",
        # "backed the candidacy of Juan Guaido", "condemned the conduct of Israel": whose bid or
        # doing it is, as a possessive would say
        "candidacy",
        "bid",
        "policies",
        "proposals",
        "offers",
        "plans",
        "conduct",
        "behavior",
        "behaviour",
        "actions",
        "remarks",
        "comments",
    }
)
# Acts said or offered whose "from" names their maker, as "by" does: "welcomed the proposal
# from Russia", "rejected a request from Ukraine".
_OWNED_FROM = frozenset(
    {
        "proposal",
        "proposals",
        "offer",
        "offers",
        "request",
        "requests",
        "demand",
        "demands",
        "call",
        "calls",
        "appeal",
        "appeals",
        "statement",
        "invitation",
        "warning",
        "warnings",
        "threat",
        "threats",
        "pledge",
        "promise",
        "message",
        "letter",
        "initiative",
    }
)
# What a stance on a state's own standing is on: the state its "of" names.
_OF_STATE = frozenset({"sovereignty", "integrity", "independence", "unity"})
# Assault verbs also said of words ("attacked the plan"), and the proposals that are things
# struck all the same ("attacked the pipeline").
_WORDED_ASSAULT = frozenset({"attack", "assail"})
# Acts done to a person, whose named modifier is the victim: "the Haniyeh assassination".
_ACTS_ON_PERSONS = frozenset(
    {
        "assassination", "assassinations", "killing", "killings", "execution", "executions",
        "arrest", "arrests", "detention", "capture", "kidnapping", "abduction", "murder",
    }
)  # fmt: skip
# Acts of force, whose named place is where they struck ("the Damascus strike").
_FORCE_ACTS = _ACTS_ON_PERSONS | frozenset(
    {
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
        "bombings", "shelling", "raid", "raids", "bombardment", "bombardments", "assault",
        "assaults", "ambush", "barrage", "onslaught", "siege", "blitz", "invasion", "incursion",
        "offensive", "counteroffensive", "counter-offensive", "counterattack", "counter-attack",
        "shootdown", "downing", "seizure", "occupation", "annexation", "blockade",
    }
)  # fmt: skip
# Verbs whose subject undergoes: "if Belarus comes under attack", "if Iran faces sanctions".
_UNDERGOING = frozenset({"come", "face", "suffer", "endure", "incur", "sustain"})
# Prepositions of time and circumstance, whose object no support verb carries.
_CIRCUMSTANTIAL = frozenset(
    {"following", "after", "before", "since", "amid", "despite", "during", "until", "over"}
)
# Verbs that take back what a noun of stance states: "reneged on his commitment".
_RETRACTING = frozenset(
    {"renege", "abandon", "withdraw", "drop", "retract", "revoke", "rescind", "renounce"}
)
# Nouns of asking whose clause names who is to act ("its demand that Israel ease"), and the
# verbs that make or restate one.
_DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "plea", "insistence"})
_MAKING_DEMANDS = frozenset(
    {"make", "issue", "repeat", "reiterate", "renew", "restate", "voice", "press", "stress"}
)
# Verbs of bearing something, whose refusal opposes it: "will not tolerate Chinese aggression";
# those of them read only when refused.
# Acts whose outright refusal opposes what is refused: "will not tolerate", "does not recognise
# Kosovo" (not recognising a state, a court or a ruling rejects it).
_TOLERATING = frozenset({"accept", "tolerate", "countenance", "recognise", "recognize"})
_ONLY_REFUSED = frozenset({"tolerate", "countenance"})
# What a person is attacked for, over or on, or as, when the attack is in words; and the named
# things whose "on" is a date or a place, not an issue ("attacked him on Sunday").
_ARGUED_PREPS = frozenset({"for", "over", "on", "as"})
_NOT_ARGUED = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_STRUCK_TOPICS = frozenset({"pipeline", "project", "program", "programme", "settlement"})
# Where words are the weapon: a person attacked during a debate or in an interview is criticised;
# not "during a speech" or "at a rally", where a speaker is struck.
_WORDED_SETTINGS = {
    "during": frozenset({"debate", "interview"}),
    "in": frozenset({"debate", "interview", "speech", "tweet", "post", "statement", "op-ed"})
    | frozenset({"briefing", "broadcast", "podcast", "column", "editorial", "ad", "letter"}),
}
_RANK_PREFIXES = frozenset({"vice", "deputy", "former", "acting", "assistant", "under", "late"})
# Words that say a title's holder is the one in office now, not which office it is
_IN_OFFICE = frozenset({"current", "sitting", "incumbent"})


def _opens_quotation(verb: Token) -> bool:
    """Whether a speech verb goes on to a quotation of its own ("Sturgeon said via Twitter,
    'Today's ...'"): one opens after it before any other verb or clause break; not "said
    Delfin Lorenzana, the Defence Secretary; he described the attacks as a 'dastardly act'"."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in _QUOTES:
            return True
        if t.text in (";", ".", "?", "!") or (t.tag_.startswith("VB") and t.dep_ != "aux"):
            return False
    return False


# How often a person must be named to be the one an article is about
_SALIENT = 3


def _quotations(doc: Doc) -> list[tuple[int, int, bool]]:
    """The quotations of a text as (opening mark, closing mark, open at the end) token offsets; a
    quotation left open at a paragraph's end stops there, to go on in the next paragraph."""
    out: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for token in doc:
        if "\n" in token.text:
            if opened is not None:
                out.append((opened, token.i, True))
                opened = None
            continue
        if token.text in _QUOTES:
            if token.text == "“" or opened is None and token.text in ('"', "``"):
                if opened is not None:
                    out.append((opened, token.i, True))
                opened = token.i
            elif opened is not None:
                out.append((opened, token.i, False))
                opened = None
        if "\n" in token.whitespace_ and opened is not None:
            out.append((opened, token.i + 1, True))
            opened = None
    if opened is not None:
        out.append((opened, len(doc), True))
    return out


def _verb_types(lex: Lexicon, lemma: str, verb: Token | None = None) -> set[Relation]:
    """The relation types a verb can trigger: the one place reference rules read the lexicon.
    Given the verb itself, not the senses that need a particle it lacks ("fired a missile" is
    no "fired back at")."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")} if verb else set()
    return {
        Relation(spec["type"] if isinstance(spec, dict) else spec.type)
        for spec in lex.verbs.get(lemma, [])
        if verb is None
        or isinstance(spec, dict)
        or not spec.particle
        or particles & set(spec.particle)
    }


def _actor_participle(token: Token, lex: Lexicon) -> bool:
    """A lexicon verb's participle hyphened to the word before it: "Iranian-backed"."""
    return (
        token.tag_ in ("VBN", "VBD") and token.lemma_.lower() in lex.verbs and _hyphen_joined(token)
    )


def _retorts(verb: Token) -> bool:
    """Whether a verb answers in words: "fired back that the war would end only through
    diplomacy", "hit back that", "countered that", "retorted"."""
    lemma = verb.lemma_.lower()
    return (
        lemma in _RETORTING
        or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _armed(token: Token) -> bool:
    """Whether a word, its modifiers or its "of" phrase name arms: "a ballistic missile", "a
    missile test", "the launch of a rocket"."""
    words = [token, *(c for c in token.children if c.dep_ in ("amod", "compound", "nmod"))]
    words += [
        o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    return any(w.lower_ in _WEAPON_WORDS or w.lemma_.lower() in _WEAPON_WORDS for w in words)


def _others_part(cand: _Candidate) -> bool:
    """Whether an opposition read from giving up a part in a pact is of a part another holds:
    "suspended Ukraine's participation in", not "its participation in"."""
    return cand.type is Relation.OPPOSES and any(
        d.dep_ == "dobj"
        and d.lemma_.lower() == "participation"
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in d.children)
        for d in cand.trigger.children
    )


def _included(token: Token) -> list[Token]:
    """The members a plural noun lists by "including" or "such as" (`_examples`): "ten
    ambassadors, including the US envoy and the German one" gives the two, each a party in its
    own right."""
    return [t for p in _examples(token) for t in (p, *p.conjuncts)]


def _orders_out(verb: Token) -> bool:
    """Whether a verb orders its object out of the country: "ordered the ambassador to leave the
    country", "gave the envoy 48 hours to leave"; not "told the ambassador to leave the room",
    "to leave Ukraine alone" or "to leave no doubt"."""
    if verb.lemma_.lower() not in _ORDERING:
        return False
    for leave in verb.subtree:
        if leave.lemma_.lower() != "leave" or leave.pos_ != "VERB":
            continue
        if not (
            leave.head.i == verb.i
            and leave.dep_ in ("xcomp", "advcl", "ccomp")
            # "gave the envoy 48 hours to leave": the clause hangs on the time given
            or leave.head.head.i == verb.i
            and leave.dep_ in ("xcomp", "acl", "relcl", "advcl", "ccomp")
        ):
            continue
        if any(c.lower_ == "alone" for c in leave.children):
            continue
        left = [c for c in leave.children if c.dep_ == "dobj"]
        if all(c.pos_ == "PROPN" or c.lemma_.lower() in _LEFT_LANDS for c in left):
            return True
    return False


def _title_labels(person: Token, title: Token) -> list[Token]:
    """The labels a name carries beside its title before it ("British ambassador Nigel Casey":
    the parser may hang "British" on the name)."""
    if title.head != person or title.dep_ != "compound":
        return []
    return [c for c in person.children if c.dep_ in ("amod", "compound") and c.i < title.i]


def _sender_words(envoy: Token, ordered: bool = False) -> list[Token]:
    """The words of an envoy's phrase that may name the state that sent the envoy: its labels
    ("the French ambassador", "India's envoy"), an "of" or "from" phrase and the examples in it
    ("diplomats from seven countries, including Argentina"); not "to" or "in" phrases, which
    say where the envoy was posted."""
    out = [c for c in envoy.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    stack = [p for p in envoy.children if p.dep_ == "prep" and p.lower_ == "of"]
    if ordered and not out:
        # "ordered diplomats from seven countries ... to leave", on the envoy or, by the
        # parser, on the verb; an expulsion's "from", or a labelled envoy's, is whence
        stack += [
            p
            for holder in (envoy, envoy.head)
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ == "from"
        ]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "in", "at", "for", "over"):
                continue
            out.append(child)
            stack.append(child)
    # "the chargé d'affaires at the U.S. Embassy": the mission one serves at is the sender's
    out += [
        c
        for m in _prep_objects(envoy, "at")
        if m.lemma_.lower() in _MISSIONS
        for c in m.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
    ]
    return out


def _threat_frame(verb: Token, lex: Lexicon) -> Token | None:
    """The verb that makes a hostile act a threat: "threatened to impose", "vowed to retaliate",
    "warned that it would strike", "warned that it plans to retaliate"."""
    node = verb
    while node.head.i != node.i:
        head = node.head
        lemma = head.lemma_.lower()
        if node.dep_ == "xcomp" and lemma in _THREATENING:
            return head
        if (
            node.dep_ == "xcomp"
            and lemma == "hesitate"
            and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)
            # "will not hesitate to impose new sanctions": a resolve for the future, said as a
            # threat; not "did not hesitate to" (done) or "should not hesitate to" (advice)
            and any(c.dep_ == "aux" and c.lower_ in _WILL for c in head.children)
        ):
            return head
        if node.dep_ == "ccomp" and lemma in ("warn", "threaten"):
            modal = {c.lower_ for c in node.children if c.dep_ == "aux"} & _MODALS
            return head if modal or node.lemma_.lower() in lex.words["planned"] else None
        if node.dep_ != "xcomp":
            return None
        node = head
    return None


# Verbs news mostly uses without an object: one coordinated before a transitive verb shares
# no object with it.
_MOSTLY_INTRANSITIVE = frozenset({"protest", "retaliate", "respond", "react", "object"})
# Acts not yet done: "any attack on", "future attacks on".
_UNREALISED = frozenset({"any", "future", "further", "possible"})


def _time_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase says only when or how long: "on Monday", "for decades"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and bool(objects)
        and all(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_WORDS for o in objects)
    )


def _object_sharer(verb: Token) -> Token | None:
    """The verb coordinated right after this one that takes the object both share ("condemned
    and sanctioned Lithuania", "strongly condemned and rejected the plan"): only "and" or "or",
    adverbs and commas between them, and no object, clause or phrase of this verb's own."""
    if verb.pos_ != "VERB" or any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "prep", "dative", "attr", "oprd")
        # "has for decades armed and sheltered", "on Monday condemned and sanctioned": when it
        # happened is no phrase of the verb's own
        and not _time_phrase(c)
        for c in verb.children
    ):
        return None
    if verb.lemma_.lower() in _MOSTLY_INTRANSITIVE:
        return None  # "Russia protested and expelled two diplomats": protested, at large
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
    if not later:
        return None
    other = later[0]
    between = verb.doc[verb.i + 1 : other.i]
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in between) or any(
        t.dep_ not in ("cc", "advmod", "punct")
        # "Iran hit back and sanctioned ...": a modifier of the first verb's own completes it
        or t.dep_ == "advmod"
        and t.head.i == verb.i
        for t in between
    ):
        return None
    if not any(c.dep_ == "dobj" for c in other.children):
        return None
    return other


def _reciprocal(token: Token) -> bool:
    """Whether a token is "each other" or "one another", or "the other" with "each" the subject
    ("each side accused the other")."""
    words = {c.lower_ for c in token.children}
    if token.lower_ == "other" and "the" in words and token.dep_ in ("dobj", "pobj"):
        verb = token.head if token.dep_ == "dobj" else token.head.head
        return any(
            c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "each" for d in c.children)
            for c in verb.children
        )
    return (
        token.lower_ == "other"
        and "each" in words
        or token.lower_ == "one"
        and "another" in words
        or token.lower_ == "another"
        and "one" in words
    )


def _figurative_fight(noun: Token) -> bool:
    """Whether a fight noun is a figure, no fighting: "a war of words", "a proxy war", "a cold
    war", "a diplomatic war"."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in _FIGURATIVE_FIGHTS for c in noun.children
    ) or any(t.lower_ in ("words", "nerves") for t in _prep_objects(noun, "of"))


_FIGURATIVE_FIGHTS = frozenset(
    {"proxy", "cold", "shadow", "diplomatic", "verbal", "legal", "political", "media", "culture"}
)


def _hyphen_joined(token: Token) -> bool:
    """Whether a word is joined by a hyphen, with no space, to the word before it."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text in ("-", "–")
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _aside(token: Token) -> bool:
    """Whether a noun's dependent is an aside that does not say which one it is: the comma, or
    a relative clause set off by one ("the measure, which passed a month after ...")."""
    if token.dep_ == "punct":
        return True
    return (
        token.dep_ == "relcl"
        and token.left_edge.i > 0
        and token.doc[token.left_edge.i - 1].text == ","
    )


def _states_intent(verb: Token) -> bool:
    """ "Russia said it would expel ten German diplomats": a speech verb whose clause tells what
    its own speaker will do announces an act; not "said the attack would fail"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            continue
        if not any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in clause.children
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        # "it", "he", "she" stand for the one speaker; "they" may be others the speaker names
        if len(subjects) == 1 and subjects[0].lower_ in ("it", "he", "she"):
            return True
    return False


def _nominalises(noun: str, verb: str) -> bool:
    """Whether a noun is made from a verb: "annexation" from "annex", "conversion" from
    "convert", "invasion" from "invade", "withdrawal", "killing", "seizure", "stabbing"."""
    if len(verb) < 3 or noun == verb:
        return False
    made = {verb + s for s in ("ation", "ment", "al", "ing", "ure", "age")}
    made |= {verb + verb[-1] + "ing"}
    made |= {verb[:-1] + s for s in ("ation", "ition", "ion", "sion", "ure", "ing")}
    made |= {verb[:-2] + s for s in ("sion", "tion")}
    return noun in made


def _judges_an_act(token: Token, ev: Evaluation) -> bool:
    """Whether evaluative words predicated of a "this" or "it" judge an act: an adjective said of
    it ("is unacceptable"), an evaluative noun ("is a violation"), or an adjective on an act noun
    ("is a dangerous provocation", "an illegal move"); not "a dangerous time"."""
    if token.dep_ == "acomp" or token.dep_ == "attr" and token.pos_ == "NOUN":
        return True
    head = token.head
    lemma = head.lemma_.lower()
    return (
        token.dep_ == "amod"
        and head.dep_ == "attr"
        and (
            _is_act(head)
            or lemma in ev.owned_conduct
            or lemma in ev.nouns
            or lemma in _EVENT_NOUNS
            or lemma in _HOSTILE_ACTS
        )
    )


def _told_plural(trigger: Token | None, rel: Relation) -> bool:
    """Whether the event a claim was read from is named only by plural nouns of its type ("the
    rocket strikes were carried out by ...", "hit by drone attacks"); not when a singular one
    ("killed in an airstrike") or none ("fired missiles at") names it."""
    if trigger is None:
        return False
    near = [trigger, *trigger.children]
    near += [g for c in trigger.children if c.dep_ in ("prep", "agent") for g in c.children]
    nouns = [t for t in near if t.pos_ == "NOUN" and _EVENT_NOUNS.get(t.lemma_.lower()) is rel]
    return bool(nouns) and all(t.tag_ in ("NNS", "NNPS") for t in nouns)


def _ranked_doer(verb: Token) -> Token | None:
    """The ranked noun an infinitive says the deed of: "the first sitting American president to
    set foot in North Korea" (the parser may hang the infinitive on the copula), "the first
    foreign leader to visit Lebanon"; as the predicate of a copula or set beside a name."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun: Token | None = None
    if verb.dep_ in ("acl", "relcl"):
        noun = verb.head
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _COPULAS:
        noun = next((c for c in verb.head.children if c.dep_ == "attr"), None)
    else:
        return None
    if noun is None or not any(
        c.lower_ in _RANKED for c in noun.children if c.dep_ in ("amod", "advmod")
    ):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _COPULAS or noun.dep_ == "appos":
        return noun
    return None


def _act_told_of(noun: Token) -> Token | None:
    """The verb whose act an act noun set beside its clause names: "voted to expel the troops,
    a move welcomed by Iran", "fired two missiles into the sea, in a move condemned by Japan",
    and "Iraq's parliament voted ..., a move backed by Iran", where the parser hangs the noun
    on the clause's subject."""
    if not _is_act(noun):
        return None
    head = noun.head
    verb = None
    if noun.dep_ in ("npadvmod", "appos") and head.pos_ == "VERB":
        verb = head
    # beyond the verb's own apposition, only a word that names the clause as a whole: "died in
    # a strike condemned by Iran" was done to its subject, not by it
    elif noun.lemma_.lower() not in _RECALLED_ACTS:
        return None
    elif (noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB") or (
        noun.dep_ == "appos"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ == "VERB"
        and not _is_act(head)
        and noun.i > head.head.i  # after the verb: the clause's act, not the subject's title
    ):
        verb = head.head
    if verb is None or verb.lemma_.lower() in _YIELDING or _undergoes(verb):
        return None  # "Russia withdrew from Kherson, a move welcomed by Ukraine": no backing
    return verb


# Acts of giving way: welcoming one welcomes the retreat, not the one who retreats.
_YIELDING = frozenset({"withdraw", "resign", "retreat", "concede", "quit", "surrender", "leave"})


def _undergoes(verb: Token) -> bool:
    """Whether a clause's subject underwent its verb: "Soleimani died", "Ukraine lost territory",
    or a passive."""
    return verb.lemma_.lower() in _UNDERGONE or any(c.dep_ == "nsubjpass" for c in verb.children)


_UNDERGONE = frozenset({"die", "lose", "suffer", "fall", "collapse", "perish"})


def _aimed_at_none(noun: Token) -> bool:
    """An agent noun whose own phrase says what it stands against, or that it stands against no
    one: "an enemy of corruption" (a party there is `holders`' reading), "a threat to no one"."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "to"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "of" and obj.pos_ == "NOUN":
                return True
            if obj.lower_ == "nobody" or any(
                c.dep_ == "det" and c.lower_ == "no" for c in obj.children
            ):
                return True
    return False


def _talks_on_terms(trigger: Token) -> bool:
    """Whether the talks a meeting was read from are about terms: held in rounds, brokered, or
    named by what they settle ("peace talks", "nuclear talks"); not talks "on security and
    trade", which may be any meeting's."""
    talks = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for t in talks:
        if t.lemma_.lower() not in ("talk", "talks"):
            continue
        if any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _TERMS_TALKED for c in t.children
        ):
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in _BROKERING for c in t.children):
            return True  # "talks mediated by Oman"
        if t.dep_ == "pobj" and t.head.head.lemma_.lower() in _ROUNDS:
            return True  # "five rounds of talks"
    return False


# What talks that settle terms are named by: "peace talks", "nuclear talks", "indirect talks".
_TERMS_TALKED = frozenset(
    {"peace", "nuclear", "ceasefire", "cease-fire", "truce", "trade", "border"}
    | {"normalisation", "normalization", "hostage", "prisoner", "indirect", "proximity"}
    | {"mediated", "brokered", "armistice", "settlement", "accession", "membership"}
)


def _obliged(verb: Token) -> bool:
    """ "Iran has to stop now", "Russia needs to withdraw its troops": a party said to have or
    need to do something, as with "must"; not "does not have to", nor "has to be held to
    account" (a charge), nor what one has to say."""
    if verb.lemma_.lower() not in ("have", "need") or any(
        c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS or c.lower_ == "yet"
        for c in verb.children
    ):
        # "the House will have to continue": a forecast; "Baku has yet to confirm": not done
        return False
    return any(
        c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and c.lemma_ != "be"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in ("auxpass", "nsubjpass") for a in c.children)
        # "Moscow needs to understand that there will be consequences": a warning
        and c.lemma_.lower() not in _UNOBLIGING | _OWN_GAINS
        for c in verb.children
    )


# What a party must or has to do for its own good, which a speaker backs rather than demands:
# "Israel has to defend itself", "Ukraine needs to get security guarantees".
_OWN_GAINS = frozenset(
    {"defend", "protect", "win", "have", "get", "receive", "survive", "prevail", "obtain"}
)
# What one has or needs to do that asks nothing of one: to say it, or to know what is coming.
_UNOBLIGING = frozenset(
    {"say", "tell", "admit", "wait", "understand", "know", "realize", "realise", "remember"}
    | {"learn", "recognize", "recognise", "see", "hear", "expect"}
)


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def _names_an_act(token: Token) -> bool:
    """Whether a noun names a deed done, as a pronoun may take it up: "the attack", "the coup",
    "the move", "the arrest"."""
    return _is_act(token) or token.lemma_.lower() in _HOSTILE_ACTS | _COUPS | _RECALLED_ACTS


def _is_act(token: Token) -> bool:
    """Whether a noun names an act or statement its actor owns ("the decision", "Britain's
    claim", "the claims"): the vocabulary matches by lemma as well as by surface form."""
    acts = load_agents().acts
    return token.lower_ in acts or token.lemma_.lower() in acts or _hyphen_word(token) in acts


def _feeling_said(copula: Token) -> bool:
    """Whether a copula says what its subject feels about something ("said it was deeply
    concerned about the vote", "it remains committed to the deal"), so that its "it" is a party,
    not the "it" of "it is unclear whether ..."."""
    return not any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in copula.children) and any(
        c.dep_ == "acomp"
        and any(p.dep_ in ("prep", "agent") for p in c.children)
        and not any(p.dep_ in ("ccomp", "xcomp") for p in c.children)
        for c in copula.children
    )


# Verbs that say what their subject is or feels, as "be" does.
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "feel", "grow", "stay"})


def _reacts(verb: Token) -> bool:
    """Whether a verb tells a hostile reaction by itself: "hit back", "pushed back", "fired
    back", "lashed out", "protested", or "reacted" with an angry manner ("reacted angrily")."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in ("hit", "push", "fire", "strike") and "back" in particles:
        return lemma != "strike" or verb.tag_ != "VBD"  # "struck back" may be force
    if lemma == "lash" and "out" in particles:
        return True
    if lemma == "react" or lemma == "respond":
        return bool(particles & _ANGRY_MANNERS)
    return lemma == "protest"


def _retaliates(back: Token) -> bool:
    """Whether what is vowed is a retaliation itself ("to retaliate", "to hit back", "revenge",
    "to respond firmly"), not any response ("promised to respond after studying the decision")."""
    lemma = back.lemma_.lower()
    return (
        lemma in ("retaliate", "avenge")
        or lemma in _RETALIATION_NOUNS - {"response"}
        or any(c.lower_ == "back" for c in back.children)
        or any(c.dep_ == "advmod" and c.lower_ in _FORCEFUL for c in back.children)
    )


def _vowed_response(verb: Token) -> bool:
    """Whether a verb tells a response still to come ("would respond firmly", "will reply"),
    which threatens whoever provoked it."""
    lemma = verb.lemma_.lower()
    if (
        lemma not in _RESPONDING
        or lemma in ("hit", "strike")
        and not any(c.lower_ == "back" for c in verb.children)
    ):
        return False  # "would strike Iran" is an attack told, "would strike back" a response
    if not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children
    ):
        return False  # "vowed to retaliate" is `retaliation_threats`'s
    # "would respond firmly", "in the strongest terms"; not "would respond by strengthening ties"
    return lemma not in ("respond", "reply", "react") or any(
        c.dep_ == "advmod"
        and c.lower_ in _FORCEFUL
        or c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lower_ in ("terms", "kind") for o in c.subtree)
        for c in verb.children
    )


# The manners of a response that make it a threat ("would respond firmly").
_FORCEFUL = frozenset(
    {
        "firmly",
        "forcefully",
        "strongly",
        "decisively",
        "resolutely",
        "harshly",
        "severely",
        "militarily",
        "forcibly",
    }
)
# Verbs of responding (`_vowed_response`).
_RESPONDING = _STRIKING_BACK_VERBS | {"reply", "react"}


# The acts a party reacts to by hitting back (`_SentenceReader.reactions`).
_PROVOKING = frozenset(
    {
        Relation.CRITICIZES,
        Relation.ACCUSES,
        Relation.ATTACKS,
        Relation.SANCTIONS,
        Relation.THREATENS,
        Relation.OPPOSES,
    }
)

# The manners of reacting that make a reaction a criticism ("reacted angrily").
_ANGRY_MANNERS = frozenset(
    {"angrily", "furiously", "sharply", "harshly", "strongly", "indignantly", "bitterly"}
)


def _conditioned(verb: Token) -> bool:
    """Whether a verb stands in a clause of condition ("if it helped Israel", "unless Russia
    withdraws"), or under one."""
    node = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in _CLAUSE_LINKS:
            return False
        node = node.head


# Things said or looked into, not done: their verb tells no act a judgment is on.
_INQUIRIES = frozenset(
    {"statement", "investigation", "probe", "inquiry", "review", "study", "video", "campaign"}
)
# Class nouns of settlements, whose "of" names the settlement ("the Russian city of Belgorod");
# every other kind of place's names the place holding it ("the Molenbeek district of Brussels").
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "island", "capital"})
# The first sentences of an article, which tell its main acts: a noun recalls them from anywhere.
_LEDE = 3
# The headline and the body's first sentence (sentences 0 and 1): the story's main act.
_MAIN_ACT = 2


def _copula_participle(token: Token) -> bool:
    """Whether a past participle is what a copula says of its subject, as an adjective would be
    ("Japan was seriously concerned about ...", "Seoul remains worried by ...")."""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "acomp"
        and token.head.lemma_.lower() in _COPULAS
        and not any(c.dep_ == "auxpass" for c in token.children)
    )


def _nominalisations(verb: str) -> set[str]:
    """The nouns English makes of a verb by its regular suffixes: "impeach" -> "impeachment",
    "annex" -> "annexation", "extradite" -> "extradition"."""
    stem = verb.removesuffix("e")
    nouns = {verb + "ment", verb + "ation", stem + "ation", stem + "ion", verb + "al"}
    nouns |= {verb + "ing", stem + "ure"}  # "burning", "closure", "seizure"
    if stem.endswith("d"):
        nouns.add(stem[:-1] + "sion")  # "suspension", "decision", "invasion"
    for end, made in _IRREGULAR_NOUN_ENDS:
        if verb.endswith(end):
            nouns.add(verb.removesuffix(end) + made)
    return nouns


# Verb endings English nominalises by a changed stem: "expel" -> "expulsion", "occupy" ->
# "occupation", "recognize" -> "recognition", "detain" -> "detention", "destroy" ->
# "destruction", "provoke" -> "provocation", "demolish" -> "demolition".
_IRREGULAR_NOUN_ENDS = (
    ("el", "ulsion"),
    ("y", "ation"),
    ("ize", "ition"),
    ("ise", "ition"),
    ("ain", "ention"),
    ("oy", "uction"),
    ("oke", "ocation"),
    ("ish", "ition"),
)


def _fitting_types(verb: Token, lex: Lexicon) -> set[Relation]:
    """The types of the lexicon's senses of a verb that its words fit: a sense that asks for a
    particle or for certain objects fits only with them ("launched missiles", not "launched a
    satellite"; "hit back", not "hit a target" for the criticising sense)."""
    particles, objects = _verb_particles(verb, lex), _dobj_words(verb)
    return {
        s.type
        for s in lex.verbs.get(verb.lemma_.lower(), [])
        if (not s.particle or particles & set(s.particle))
        and (not s.requires_dobj or objects & set(s.requires_dobj))
    }


def _verb_particles(verb: Token, lex: Lexicon) -> set[str]:
    """The particles a verb's senses may ask for, as the parser hangs them: "blew up", "hit
    back", and one it read as a preposition with no object."""
    return {
        c.lower_
        for c in verb.children
        if c.dep_ in ("prt", "advmod", "acomp")
        or _bare_particle(c)
        or _particle_read_as_preposition(c, lex)
    }


def _quoted_label(token: Token) -> list[Token]:
    """The words of a short quoted label right before a noun, which the parser often splits off
    as a noun phrase of its own: 'a contentious "foreign agents" law'."""
    doc = token.doc
    close = token.i - 1
    if close < 2 or doc[close].tag_ != "''":
        return []
    open_ = next((j for j in range(close - 1, max(-1, close - 6), -1) if doc[j].is_quote), None)
    if open_ is None or doc[open_].tag_ != "``" or open_ == close - 1:
        return []
    words = list(doc[open_ + 1 : close])
    # a label is a noun phrase's words; "No to Russia" is a slogan, a sentence of its own
    if any(
        not (t.is_alpha or t.text in ("-", "–"))
        or t.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "PART", "CCONJ", "SCONJ")
        for t in words
    ):
        return []
    return words


def _issue_phrase(token: Token) -> str:
    """The head with its "of" phrase when that phrase is one word ("state of emergency",
    "articles of impeachment"), lower case; else the empty string."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objs) == 1 and not list(objs[0].children):
                return f"{token.lower_} of {objs[0].lower_}"
    return ""


def _hyphen_word(token: Token) -> str:
    """The hyphenated word a token ends, lower case ("swearing-in"), else the token's own."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def _title_noun(token: Token, roles: Any) -> bool:
    """Whether a word is a title ("Secretary" of "Secretary of State", "Chiefs" of "Chiefs of
    Staff"), as against a thing a title's holder has ("styles" of "the leadership styles of")."""
    lower = token.lower_
    titles = roles.leader | roles.affiliated | roles.honorifics
    return lower in titles or lower.rstrip("s") in titles


def _refused(trigger: Token, mode: Modality) -> bool:
    """Whether an act is refused outright: "will not tolerate", "will no longer accept", "refused
    to accept"; not "has not yet accepted", "did not immediately accept", "might not accept",
    which leave it open."""
    kids = list(trigger.children)
    if trigger.dep_ == "xcomp" and _yet_to(trigger.head):
        return False  # "has yet to recognise Kosovo": not yet, no refusal
    no_longer = any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in kids
    )
    if mode is not Modality.NEGATED and not no_longer:
        return False
    return not any(
        c.dep_ == "advmod"
        and c.lower_ in ("yet", "immediately", "far", "still")
        or c.dep_ == "aux"
        and c.lower_ in ("may", "might", "could", "should")
        # "If Hamas does not accept the offer, ...": a condition, no refusal
        or c.dep_ == "mark"
        and c.lower_ in ("if", "unless", "whether")
        or c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.lower_ == "now" for o in c.children)
        # "would not recognize either candidate until the tally was published": not yet
        or c.dep_ == "prep"
        and c.lower_ == "until"
        or c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "if") for m in c.children)
        for c in kids
    )


def _yet_to(verb: Token) -> bool:
    """Whether a verb is the "has" or "is" of "has yet to", "is yet to": what follows has not
    happened."""
    return verb.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
    )


def _refused_outright(trigger: Token, lemma: str) -> bool:
    """Whether a refused recognition is of the party itself: "does not recognise Kosovo",
    "Kosovo's independence", "it"; not "does not recognise Hamas as a terrorist organisation"
    (a label refused, not the party), nor "the Armenian genocide" (an event a people suffered)."""
    if lemma not in ("recognise", "recognize"):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return not any(c.dep_ == "amod" and c.ent_type_ == "NORP" for o in objects for c in o.children)


def _verbal_attack(verb: Token) -> bool:
    """ "attacked Trump's tax plan", "attacked the impeachment investigation as 'Witch Hunt
    garbage'": "attack" said of a measure, proposal or statement, or going on to say in quotes
    what its object is, is criticism, not assault. Not "attacked the pipeline" or "the
    settlement", things that are struck."""
    if verb.lemma_.lower() not in _WORDED_ASSAULT:
        return False
    agents, doc = load_agents(), verb.doc
    argued = (agents.topics - _STRUCK_TOPICS) | agents.issues | load_evaluation().owned_conduct
    if any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.pos_ == "NOUN"
        and (c.lemma_.lower() in argued or c.lower_ in argued)
        for c in verb.children
    ):
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and c.i + 1 < len(doc)
        and doc[c.i + 1].text in _QUOTES
        for c in verb.children
    ):
        return True
    # "Biden attacked Trump for the tweet", "attacked Drudge as a consistent Trump opponent",
    # "continued to attack Trump on his taxes": a person attacked for, over or on something, or as
    # someone, is criticised; not "attacked the base on Sunday" or "attacked him in Kabul"
    if not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in _ARGUED_PREPS
        and not any(p.ent_type_ in _NOT_ARGUED for p in c.children if p.dep_ in ("pobj", "pcomp"))
        or c.dep_ == "prep"
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _WORDED_SETTINGS.get(c.lower_, ())
            for p in c.children
        )
        for c in verb.children
    )


def _takes_acts(kinds: Collection[str] | None) -> bool:
    """Whether a verb sense whose object may be of `kinds` can be about an act or proposal: not
    one that takes only persons or places ("welcome" a visitor)."""
    return not kinds or bool({Kind.TOPIC.value, Kind.EVENT.value} & set(kinds))


def _subject_like(token: Token) -> bool:
    """Whether a token is a subject or coordinated with one ("Hamas and Islamic Jihad fired")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in _SUBJ


def _singular(word: str, roles: Any) -> str:
    """A plural title word in its singular ("presidents" -> "president"); other words as they are."""
    if word.endswith("s") and word[:-1] in roles.leader | roles.affiliated:
        return word[:-1]
    return word


# Heads and labels of organisations that can be part of a state: its bodies and forces, and the
# companies, outlets and parties the text ties to it.
# How many descriptive words may stand between an organisation's name and the state it is
# labelled with: "German migrant marine rescue charity Sea-Eye".
_LABEL_WORDS = 5

# Nouns an apposition names an organisation's place in another with: "part of", "an arm of".
_PART_NOUNS = frozenset(
    {"part", "member", "unit", "arm", "wing", "branch", "subsidiary", "affiliate", "offshoot"}
)
# Words that make a force labelled with a state no force of that state's.
_NOT_THE_STATES = frozenset(
    {
        "proxy",
        "insurgent",
        "rebel",
        "militant",
        "opposition",
        "separatist",
        "guerrilla",
        "jihadist",
        "terrorist",
        "resistance",
        "foreign",
    }
)
# Institutions that are the state's their "in" or "of" phrase names: "the highest court in".
_STATE_INSTITUTIONS = frozenset(
    {
        "court",
        "ministry",
        "agency",
        "department",
        "parliament",
        "legislature",
        "police",
        "directorate",
        "bureau",
        "tribunal",
        "regulator",
        "commission",
    }
)
# The forces a body's "of" phrase may own: "the main fighting force of the SDF".
_ARMS = frozenset({"force", "brigade", "militia"})  # lemmas; "unit" is a part noun
# Companies are a state's only when the text says it owns them: "a Russian state oil company".
# The trade press's class nouns for companies: "Chinese tech giant Huawei", "Russian lender".
_TRADE_CLASSES = frozenset(
    {"giant", "conglomerate", "automaker", "carmaker", "chipmaker", "lender", "insurer"}
    | {"retailer", "exporter", "shipbuilder", "refiner"}
)
_COMPANIES = frozenset({"company", "companies", "firm", "firms"}) | _TRADE_CLASSES
# Class nouns of bodies an apposition may give an owner: "a Russian state energy giant".
_OWNED_CLASSES = frozenset({"giant", "group", "conglomerate", "monopoly", "militia", "contractor"})
_STATE_BODIES = (
    INSTITUTIONS
    | frozenset(
        {
            "military",
            "guards",
            "directorate",
            "bureau",
            "presidency",
            "cabinet",
            "legislature",
            "tribunal",
            "brigade",
            "brigades",
            "division",
            "fleet",
            "coastguard",
            "gendarmerie",
            "marines",
            "intelligence",
            "airline",
            "airlines",
            "carrier",
            "company",
            "companies",
            "corporation",
            "corp",
            "firm",
            "firms",
            "bank",
            "manufacturer",
            "maker",
            "producer",
            "operator",
            "railway",
            "railways",
            "oil",
            "energy",
            "newspaper",
            "daily",
            "broadcaster",
            "channel",
            "outlet",
            "magazine",
            "television",
            "radio",
            "media",
            "university",
            "institute",
            "foundation",
            "fund",
            "forum",
            "party",
            "charity",
            "charities",
            "ngo",
            "regiment",
            "battalion",
            "squadron",
        }
    )
    | _TRADE_CLASSES
)
# Heads that make a name a state's body only as its own last word ("Iran's Civil Aviation
# Organization"), never as a label before it ("the American network NBC", "a US organisation").
_BODY_NAME_HEADS = frozenset(
    {"organization", "organisation", "board", "centre", "center", "unit", "network", "mission"}
    | {"delegation"}
)


_REALMS = frozenset({"king", "queen"})

# Nouns of "in ... with" that say how an act is done, together with the phrase's party:
# "rescued them in cooperation with Turkey" (not "placed its faith in an alliance with Japan").
_DONE_TOGETHER = frozenset(
    {"cooperation", "co-operation", "coordination", "collaboration", "conjunction", "tandem"}
)
# Modifiers that make an act one its doers do together: "a joint operation".
_JOINT = frozenset({"joint", "combined", "coordinated", "concerted"})
# Verbs that do or issue a joint act ("launched a joint operation", "issued a joint statement");
# rejecting, cancelling or condemning one is no joint act of the subjects.
_DOING_JOINTLY = frozenset(
    {"launch", "hold", "conduct", "carry", "stage", "mount", "begin", "start", "run", "issue"}
    | {"sign", "release", "publish", "form", "create", "establish", "set", "undertake", "lead"}
    | {"make", "organise", "organize", "deploy", "continue", "resume", "expand"}
)
# What is said jointly: "a joint statement".
# The most parties a joint act pairs: three leaders' joint statement agrees each with each; ten
# ambassadors' is a bloc's (constructed after outlet copy; 45 pairs no annotator lists).
_JOINT_PARTIES = 3
_JOINT_WORDS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "letter", "appeal", "call", "proposal"}
)

# Senses of talking with someone that are bargaining, which even a news outlet may do.
_BARGAINING = frozenset({"negotiate", "bargain", "haggle"})
# Verbs whose infinitive says what their own subject will do together: "pledged to work together".
_COMMITTING = frozenset(
    {"pledge", "agree", "vow", "promise", "decide", "plan", "intend", "undertake", "resolve"}
)
# Prepositions whose gerund shares the subject of the verb they hang on: time and means
# ("after meeting", "by expelling", "in condemning"), or its object for a reason ("praised X for
# hosting"); not "of", "from", "without", "instead of", whose gerund is not done or not said.
_SHARED_SUBJECT_PREPS = frozenset(
    {"after", "before", "by", "through", "upon", "on", "in", "while", "since", "when", "for"}
)
# Adjectives whose infinitive their holder does, and how sure the act is: "proud to endorse",
# "ready to supply", "able to meet", "unable to meet".
# Act nouns that, bare and definite, recall the act the sentence before told ("the move").
# Words of a body's name that make it a site, which lies in a state as a place does.
_SITES = frozenset(
    {
        "embassy",
        "consulate",
        "institute",
        "university",
        "academy",
        "centre",
        "center",
        "base",
        "airbase",
        "port",
        "airport",
        "court",
        "prison",
        "hospital",
        "museum",
        "library",
        "headquarters",
        "plant",
        "station",
        "refinery",
        "palace",
        "cosmodrome",
    }
)
# Words of bodies that bear a site's word without being a site: "the Centre Party", "the
# Electoral College".
_NO_SITES = frozenset({"party", "electoral", "alliance", "movement", "coalition"})
# Words of a name that any state's body may bear: "Supreme Court", "Foreign Ministry".
_GENERIC_NAME_WORDS = frozenset(
    {"the", "of", "supreme", "high", "constitutional", "national", "federal", "state", "central"}
    | {"international", "foreign", "military", "air", "force", "naval", "new", "old", "main"}
)
_RECALLED_ACTS = frozenset({"move", "decision", "step", "action", "measure", "announcement"})
# Nouns that sum up the clause they follow: "..., a move Algeria condemned", "..., a claim
# rejected by Kyiv"; the second set sums up what was said or asked.
_SAID_SUMMARIES = frozenset(
    {
        "claim",
        "account",
        "assertion",
        "figure",
        "condition",
        "demand",
        "version",
        "characterisation",
        "characterization",
        "description",
        "suggestion",
        "argument",
        "assessment",
        "view",
        "remark",
        "comment",
        "statement",
        "request",
        "proposal",
        "offer",
        "idea",
        "explanation",
        "pledge",
        "promise",
        "threat",
        "warning",
        "ultimatum",
    }
)
_SUMMARIES = _SAID_SUMMARIES | {
    "move",
    "decision",
    "step",
    "action",
    "measure",
    "gesture",
    "announcement",
    "position",
    "stance",
    "policy",
    "plan",
    "deal",
    "ruling",
    "verdict",
    "response",
    "visit",
    "trip",
    "concession",
    "deployment",
    "appointment",
    "invitation",
}


def _yields(verb: Token) -> bool:
    """Whether a verb tells a party giving way: withdrawing, pulling out or back, abandoning or
    handing over what it held."""
    if verb.lemma_.lower() in _YIELDING | _CEDING:
        return True
    return any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "back") for c in verb.children
    ) and verb.lemma_.lower() in ("pull", "move", "draw", "step", "back", "fall")


# Giving up what one held: welcoming it is no support of the one who gives it up.
_CEDING = frozenset({"abandon", "cede", "evacuate", "relinquish", "hand", "return", "drop"})
# Nouns of a held view, which sum up only a stance or a saying ("a position backed by Russia").
_HELD_VIEWS = frozenset({"position", "stance", "view"})


def _sums_up(noun: Token) -> bool:
    """Whether a noun is set after a comma or dash, indefinite, with a clause of its own, as a
    summary of what came before: "..., a move Algeria condemned", "..., a claim rejected by
    Kyiv"."""
    first = _summary_start(noun)
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _SUMMARIES
        and first.lower_ in ("a", "an")
        and first.i > 0
        and noun.doc[first.i - 1].text in (",", "—", "–")
        and any(c.dep_ in ("relcl", "acl") and c.i > noun.i for c in noun.children)
        # "Israel rejected the Egyptian terms, a plan drafted by Cairo": a thing its author's
        and not any(
            c.dep_ == "acl" and c.lemma_.lower() in _AUTHORING and c.i > noun.i
            for c in noun.children
        )
        # "Russia rejected, on Monday, a proposal drafted by France": the verb's own object
        and not (
            noun.dep_ == "dobj"
            and not any(
                c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
                and c.i < noun.i
                or c.dep_ == "prep"
                and noun.head.i < c.i < noun.i
                and noun.doc[c.i - 1].text != ","
                for c in noun.head.children
            )
        )
    )


def _summary_clause(verb: Token) -> Token | None:
    """The clause of its own a summary noun has that a verb is, or is coordinated with ("a
    decision welcomed by Moscow but criticised by Poland"): where the verb stands."""
    if verb.dep_ in ("acl", "relcl") and _sums_up(verb.head):
        return verb
    if verb.dep_ == "conj" and verb.head.dep_ == "acl" and _sums_up(verb.head.head):
        return verb.head
    return None


def _summary_start(noun: Token) -> Token:
    """Where a noun's phrase starts: its article, else its left edge (a root noun's edge may be
    the quotation the parser hangs on it)."""
    return next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), noun.left_edge)


# Prepositions of where something is or happens: "the war in Ukraine".
_WHERE_PREPS = frozenset(
    {"in", "at", "near", "across", "inside", "outside", "around", "throughout", "within"}
)


# Verbs of making a text or plan: "a plan drafted by Cairo" names what Cairo made.
_AUTHORING = frozenset(
    {
        "draft",
        "propose",
        "put",
        "write",
        "broker",
        "sponsor",
        "submit",
        "table",
        "present",
        "author",
        "prepare",
        "design",
        "negotiate",
        "offer",
        "issue",
        "draw",
        "unveil",
        "announce",
        "introduce",
    }
)


# Verbs whose object an act angers or pleases: "a decision that infuriated Morocco".
_ANGERING = frozenset(
    {
        "anger",
        "infuriate",
        "enrage",
        "outrage",
        "incense",
        "upset",
        "irritate",
        "alarm",
        "dismay",
        "offend",
        "annoy",
        "frustrate",
        "antagonize",
        "antagonise",
    }
)
_PLEASING = frozenset({"please", "delight", "satisfy", "reassure", "gratify"})
# What an act draws from a party: "a move that drew condemnation from New Delhi".
_DRAWING = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "win"})
_REACTIONS = {
    **dict.fromkeys(
        (
            "criticism",
            "condemnation",
            "anger",
            "outrage",
            "rebuke",
            "backlash",
            "ire",
            "fury",
            "objection",
            "protest",
            "complaint",
            "censure",
            "denunciation",
            "opposition",
        ),
        Relation.CRITICIZES,
    ),
    **dict.fromkeys(("praise", "applause", "acclaim", "support", "welcome"), Relation.SUPPORTS),
}
# Verbs of saying, asking and offering that the speech vocabulary leaves out.
_SAYING = frozenset(
    {
        "demand",
        "propose",
        "offer",
        "insist",
        "suggest",
        "argue",
        "claim",
        "ask",
        "urge",
        "call",
        "present",
        "describe",
        "pledge",
        "promise",
        "warn",
        "threaten",
    }
)
# Words of a state's armed forces: "Israel's military", "Ukrainian troops".
_MILITARIES = frozenset({"military", "army", "force", "troop", "soldier", "general"})
# Seizures of power: "the coup" later is the act of whoever the article said staged it.
_COUPS = frozenset({"coup", "putsch", "takeover"})
# Verbs that fire arms, which "the launch" recalls: "fired a ballistic missile".
_FIRING = frozenset({"fire", "test-fire"})
# Words of disapproval told to their target when nothing else is named as it: "conveyed its
# concerns to Beijing".
_ADDRESSED = frozenset({"concern"})
# Prepositions that say what a concern is over.
_CONCERN_TOPICS = frozenset({"over", "about", "at", "regarding", "on", "for", "concerning"})
# Participles that say where a thing one uses came from: "missiles supplied by North Korea".
_SUPPLYING = frozenset({"supply", "provide", "deliver", "sell", "ship", "transfer", "give", "send"})
# Verbs of using arms, whose object's giver armed the user: "fired missiles supplied by".
_USING = frozenset({"use", "fire", "launch", "deploy", "employ", "operate", "fly", "drop"})
# The arms so used (lemmas).
_ARMS_USED = frozenset(
    {
        "missile",
        "rocket",
        "drone",
        "weapon",
        "arm",
        "tank",
        "ammunition",
        "munition",
        "shell",
        "artillery",
        "jet",
        "aircraft",
        "warplane",
        "howitzer",
        "torpedo",
        "bomb",
    }
)
# Verbs of acquiring, participles of making ("Russian-made"), and military goods besides arms.
_ACQUIRING = frozenset(
    {"buy", "purchase", "acquire", "receive", "obtain", "order", "import", "get"}
)
_MAKING = frozenset({"make", "build", "produce", "manufacture", "design", "develop", "supply"})
# How arms came to one who did not buy them, and verbs that stop an acquiring.
_ARMS_TAKEN = frozenset(
    {"seize", "capture", "take", "leave", "abandon", "loot", "steal", "recover", "confiscate"}
)
_HALTING = frozenset({"stop", "halt", "cease", "cancel", "suspend", "end", "freeze", "quit"})
_MILITARY_GOODS = frozenset(
    {"system", "fighter", "helicopter", "submarine", "warship", "frigate", "vehicle", "equipment"}
)


def _not_used(verb: Token) -> bool:
    """Whether a verb of using or acquiring arms says they were not used or were hit: "did not
    use", "never bought", "shot down"."""
    return any(
        c.dep_ == "neg" or c.lower_ == "never" or c.dep_ == "prt" and c.lower_ == "down"
        for c in verb.children
    )


def _military_goods(token: Token) -> bool:
    """Arms ("drones", "missiles") or military goods a word of arms names ("air defence
    systems", "fighter jets", "armoured vehicles"); not "machine tools"."""
    lemma = token.lemma_.lower()
    mods = {c.lemma_.lower() for c in token.subtree if c.i < token.i}
    if lemma in ("jet", "aircraft"):
        # "fighter jets", not "passenger jets"
        return bool(mods & {"fighter", "military", "combat", "attack", "stealth", "bomber"})
    if lemma in _ARMS_USED:
        return True
    return lemma in _MILITARY_GOODS and bool(
        mods & (_ARMS_USED | {"defence", "defense", "military", "armoured", "armored", "combat"})
        or lemma in ("fighter", "submarine", "warship", "frigate", "helicopter")
        # "US-made Patriot systems": a named system
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    )


# Verbs of speaking whose place says where the speaker is: "speaking in Vilnius".
_SPEAKING = frozenset({"speak", "talk"})
# Verbs of removing a ruler by force: "toppled Niger's president".
_OUSTING = frozenset({"topple", "oust", "overthrow", "depose", "unseat"})
# Verbs that order someone somewhere ("ordered the ambassador to leave"), and the envoys whose
# sending away is an expulsion.
_ORDERING = frozenset({"order", "tell", "instruct", "give", "direct", "ask"})
# Words that rank who did something among others: "the first foreign leader to visit".
_RANKED = frozenset({"first", "second", "third", "last", "only", "latest"})
# A state's diplomatic posts abroad, whose staff serve that state.
_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
_POSTED_ENVOYS = frozenset(
    {"ambassador", "diplomat", "envoy", "consul", "attaché", "attache", "chargé", "emissary"}
)
# What an envoy ordered out leaves: "to leave the country".
_LEFT_LANDS = frozenset({"country", "territory", "nation", "capital", "kingdom"})
# Shows of force a bare noun recalls with whoever the article said held them: "China held
# military exercises around Taiwan ... Tsai condemned the exercises", "the launch".
_FORCE_SHOWS = frozenset(
    {"exercise", "drill", "manoeuvre", "maneuver", "wargame", "launch", "test", "blockade"}
)
# Verbs that hold or stage a show of force: "held exercises", "conducted a missile test".
_STAGING = frozenset(
    {
        "hold",
        "stage",
        "conduct",
        "carry",
        "launch",
        "fire",
        "begin",
        "start",
        "complete",
        "mount",
        "impose",
        "enforce",
        "tighten",
    }
)
# Words of arms: what a test or launch must be of to be a show of force.
_WEAPON_WORDS = frozenset(
    {
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "weapon",
        "weapons",
        "nuclear",
        "ballistic",
        "hypersonic",
        "warhead",
        "torpedo",
        "icbm",
        "satellite",
        "drone",
        "drones",
    }
)
# Adjectives that say what kind of act, or when, and not whose: "the military action".
_DESCRIBING_ACTS = frozenset(
    {
        "military",
        "latest",
        "recent",
        "joint",
        "large",
        "massive",
        "naval",
        "live",
        "missile",
        "nuclear",
        "unprecedented",
    }
)
# Words of a people's mood rather than a state's policy: "falling public support for".
_OPINION_MARKS = frozenset(
    {
        "public",
        "popular",
        "grassroots",
        "domestic",
        "falling",
        "declining",
        "waning",
        "growing",
        "rising",
        "dwindling",
        "voter",
        "electoral",
    }
)
# Nouns of a party's part in something: "ruled out Iran's involvement" judges no party.
_ATTRIBUTIONS = frozenset(
    {"involvement", "role", "responsibility", "hand", "link", "links", "complicity", "part"}
)
_SEIZING = frozenset({"seize", "grab", "take", "wrest", "usurp"})
# Things someone made or said that, criticised, stand for their maker as an act does ("slammed
# Trump's plan", "The Senate passed the resolution. Turkey condemned the measure"); only under
# criticism, since a supported "climate bill" or "peace plan" is a topic of its own.
_CRITICISED_ACTS = frozenset(
    {
        "plan",
        "law",
        "bill",
        "legislation",
        "proposal",
        "decree",
        "resolution",
        "designation",
        "passage",
        "speech",
        "tweet",
        "coup",
        "measure",
        "step",
        "policy",
        "ban",
        "order",
        "remark",
        "comment",
        "statement",
    }
)
# Hostile acts whose actor an accusation blames ("blamed US aggression", "attacks from Gaza"),
# and the nouns that fear one ("the fear of aggression from the United States").
_HOSTILE_ACTS = frozenset(
    {
        "aggression",
        "attack",
        "airstrike",
        "shelling",
        "bombing",
        "threat",
        "interference",
        "meddling",
        "provocation",
        "incursion",
        "invasion",
    }
)
# Verbs of a crowd taking to the streets.
_MARCHING = frozenset({"march", "rally", "gather", "demonstrate", "protest", "throng", "flood"})
# Acts a bare noun recalls from the sentence before ("The launch drew condemnation").
_TOLD_ACTS = frozenset({"launch", "test", "raid", "operation", "offensive", "deployment", "visit"})
_FEARED = frozenset({"fear", "threat", "risk", "prospect"})
# Verbs of enacting whose stance is itself the act others judge: "The Senate passed the
# resolution. Turkey condemned the move."
_ENACTING = frozenset({"pass", "adopt", "approve", "vote", "enact", "ratify", "sign"})
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_DISPOSITIONS = {
    "proud": Modality.ASSERTED,
    "first": Modality.ASSERTED,
    "quick": Modality.ASSERTED,
    "ready": Modality.PLANNED,
    "willing": Modality.PLANNED,
    "eager": Modality.PLANNED,
    "prepared": Modality.PLANNED,
    "determined": Modality.PLANNED,
    "keen": Modality.PLANNED,
    "poised": Modality.PLANNED,
    # "is due to meet Putin next week": what is scheduled, by whom it is to be done
    "due": Modality.PLANNED,
    "able": Modality.POSSIBLE,
    "likely": Modality.POSSIBLE,
    "unable": Modality.NEGATED,
    "unwilling": Modality.NEGATED,
}
# Verbs whose infinitive did not happen: "refused to recognise", "declined to meet".
_REFUSING = frozenset({"refuse", "decline", "fail"})
# Intentions whose infinitive is their owner's act to come: "a plan to attack", "a decision to".
_INTENTIONS = frozenset(
    {
        "plan",
        "intention",
        "intent",
        "desire",
        "decision",
        "commitment",
        "pledge",
        "promise",
        "threat",
        "effort",
        "attempt",
        "bid",
        "readiness",
        "willingness",
        "determination",
        "proposal",
        "offer",
        "wish",
        "vow",
    }
)
# Verbs whose subject owns the intention it states or makes ("announced plans to").
_VOICING = frozenset(
    {
        "announce",
        "unveil",
        "have",
        "make",
        "express",
        "reveal",
        "outline",
        "present",
        "propose",
        "adopt",
        "take",
        "confirm",
        "declare",
        "signal",
        "voice",
        "reiterate",
        "renew",
        "launch",
    }
)
# Verbs whose reason ("for" a deed) is the reproacher's charge, not the article's statement.
_REPROACHING = frozenset(
    {
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "blame",
        "slam",
        "fault",
        "rebuke",
        "censure",
        "sanction",
        "punish",
        "attack",
        "arrest",
        "charge",
        "sue",
        "fine",
        "indict",
        "prosecute",
    }
)
# Verbs whose object does with the subject what a gerund under "in" says: "joined X in condemning".
# Verbs that say a person holds or takes an office named "as" a title or as a predicate; the
# conferring ones say it of their object ("elected Johnson as leader").
_CONFERRING = frozenset({"elect", "appoint", "name", "nominate", "choose", "swear", "install"})
_TAKING_OFFICE = frozenset({"serve", "become", "succeed"})
_OFFICE_VERBS = _CONFERRING | _TAKING_OFFICE | frozenset({"remain", "be", "resign", "quit", "step"})
# Verbs whose subject holds or takes an office a post noun names: "held the post of Speaker";
# not "keep" or "fill", said of one who appoints, nor "occupy" (a room).
_HOLDING_OFFICE = frozenset({"hold", "resume", "assume", "take"})
_POSTS = frozenset({"post", "office", "role", "job", "mantle"})
_OFFICE_OR_POST_VERBS = _OFFICE_VERBS | _HOLDING_OFFICE


# Not "spokesperson" alone: a spokesperson may speak for any body, named or not.
_STATE_OFFICES = frozenset({"minister", "prosecutor", "police", "government"})
# Agents who serve the state of the place they are in: "officials in Kyiv", "prosecutors in
# Russia"; diplomats and envoys are posted where they are and are not among them.
_SERVING_IN = frozenset({"official", "prosecutor", "lawmaker", "legislator", "judge"})
# "former Vice President", "then-Senator": the office is the same
_PAST_WORDS = re.compile(r"^(?:former|ex|then|late|the late)[\s-]+")


def _passive_agent_of(noun: Token) -> Token | None:
    """The passive verb whose "by" phrase a noun is, through a quantity ("hit by a wave of
    strikes")."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and _amount(node.head.head):
        node = node.head.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent":
        return None
    verb = node.head.head
    return verb if any(c.dep_ == "nsubjpass" for c in verb.children) else None


def _amount(token: Token) -> bool:
    """A noun that counts what its "of" phrase names: "hundreds of drones", "a wave of strikes"."""
    return token.lower_ in load_agents().quantities or token.lemma_.lower() in _AMOUNTS


def _dobj_words(verb: Token) -> set[str]:
    """The words of a verb's direct objects, through a quantity: "launched hundreds of drones
    and missiles" has drones and missiles for objects."""
    words: set[str] = set()
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        words.add(c.lower_)
        if _amount(c) or c.lower_ in _PARTITIVES:
            # "paused some of their aid to Rwanda": part of the aid is still aid
            words.update(t.lower_ for p in _prep_objects(c, "of") for t in (p, *p.conjuncts))
        if c.lemma_.lower() in _SERVICE_WORDS:
            # "suspended visa services": the visas are what is suspended
            words.update(m.lower_ for m in c.children if m.dep_ == "compound")
    return words


# Words that take part of what their "of" phrase names.
_PARTITIVES = frozenset({"some", "part", "much", "most", "all", "half", "portion", "bulk", "parts"})
# Heads that name the handling of a thing, which stands as the object in their compound.
_SERVICE_WORDS = frozenset({"service", "processing", "issuance"})


def _named_object_of(token: Token) -> Token | None:
    """The verb whose object a "what X called ..." names: "condemned" in "condemned what it
    called an aggression", "denounced what it described as interference"."""
    naming = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    if token.dep_ not in ("oprd", "pobj") or naming.dep_ != "ccomp":
        return None
    if naming.lemma_.lower() not in _NAMING or not any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in naming.children
    ):
        return None
    return naming.head if naming.head.pos_ == "VERB" else None


def _participle_agent_words(noun: Token) -> list[Token]:
    """The words of the "by" agents of a passive participle on a noun ("imposed by the EU")."""
    return [p for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in _agents(c)]


def _agents(verb: Token) -> list[Token]:
    """The words of a passive verb's "by" agents ("supplied by North Korea")."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def _inside_modifier(word: Token, head: Token, mods: list[Token]) -> bool:
    """Whether a word before an issue's head is part of another of its modifiers, not a word on
    the head itself: hyphened to the next ("same-sex marriage") or qualifying one of `mods`."""
    doc = word.doc
    hyphened = not word.whitespace_ and word.i + 1 < head.i and doc[word.i + 1].text in ("-", "–")
    return hyphened or word.head.i != head.i and word.head in mods


def _side_prefixed(token: Token) -> bool:
    """ "pro-Kremlin", "anti-Western": a party a body takes a side for or against, which does
    not own it ("the pro-Kremlin newspaper, Izvestia,")."""
    if token.i < 2:
        return False
    dash, side = token.doc[token.i - 1], token.doc[token.i - 2]
    return dash.text in ("-", "–") and side.lower_ in ("pro", "anti")


def _on_invitation(token: Token) -> bool:
    """Whether a force acts with a host's consent: "in support of Assad", "at the request of
    the government", "on behalf of Kyiv"."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (prep.lower_, obj.lemma_.lower()) in _CONSENTS:
                return True
    return False


def _namesake_abroad(res: Resolution, town: str, region: str) -> bool:
    """Whether a town named before a region is the gazetteer's city of another state ("Vienna,
    Va.", "Athens, Ga."): the article's town is not that node, so nothing is said of it."""
    known = _gazetteer_known().get(town)
    if known is None or known.country is None:
        return False
    state = region_states().get(res.name_of(region).lower())
    return state is not None and state != known.country


def _place_state(res: Resolution, place: str) -> str | None:
    """The state a place lies in, where the gazetteer or the first-level regions know it."""
    known = _gazetteer_known().get(place)
    if known is not None and known.country is not None:
        return str(known.country)
    if place in res.nodes and res.kind_of(place) is Kind.LOCATION:
        return region_states().get(res.name_of(place).lower())
    return None


def _where_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause of place: "Gaza, where Israel has been waging"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    )


def _owned_works(token: Token) -> bool:
    """A work a state or town owns and an attack hits: "a Ukrainian command post", "a Russian
    oil refinery", "Damascus airport"."""
    return token.lemma_.lower() in _WORKS


def _civil_role(role: str) -> bool:
    """A calling, not an office: a journalist, scholar, coach or activist works for an
    organisation, and a country before it says only where they are from."""
    return role.lower().split()[-1] in load_agents().journalists | _CIVIL_ROLES


def _state_office(role: str) -> bool:
    """A title that names an office of a state: "Interior Minister", "Police spokesman"; a bare
    "minister" says too little."""
    return _ministry_office(role) or _national_office(role)


def _ministry_office(role: str) -> bool:
    """ "Interior Minister", "Police spokesman", "Prosecutor": an office of a state's ministries,
    which a state's leader named beside it ("Maduro and Interior Minister ...") shares."""
    words = role.lower().split()
    # "Prosecutor Krzysztof Sierak": a public prosecutor is the state's, title alone
    return len(words) > 1 and bool(set(words) & _STATE_OFFICES) or words == ["prosecutor"]


def _national_office(role: str) -> bool:
    """ "Senator", "Vice President", "Opposition leader" (roles.json `state_offices`), "Home
    Secretary": a national office that does not say whose, nor share a leader named beside it
    ("Putin and Senator Rand Paul")."""
    words = _PAST_WORDS.sub("", role.lower()).split()
    if " ".join(words) in load_roles().state_offices:
        return True
    # "Defense Secretary Mark Esper", "Home Secretary Priti Patel"; not "National Secretary"
    return len(words) == 2 and words[1] == "secretary" and words[0] in _SECRETARIES


# The briefs of a state's secretaries named by one word before "Secretary".
_SECRETARIES = frozenset(
    {
        "defense",
        "defence",
        "home",
        "foreign",
        "health",
        "interior",
        "treasury",
        "energy",
        "commerce",
        "transportation",
        "education",
        "labor",
        "labour",
        "justice",
        "homeland",
        "environment",
        "agriculture",
        "housing",
    }
)


# Issue heads that name a cause only with a modifier before them (`_issue`).
_MODIFIED_ISSUES = frozenset(
    {"marriage", "limit", "limits", "penalty", "punishment", "mandate", "mandates", "amnesty"}
)


# Parts of a place: "in the south of the Gaza Strip".
_COMPASS_PARTS = frozenset({"north", "south", "east", "west", "centre", "center", "outskirts"})


@cache
def _place_nouns() -> frozenset[str]:
    """Nouns of a kind of place ("the Russian city of Belgorod", "a port city in southern
    Ukraine"), with "capital" and "area", which name no one place of their own."""
    return load_agents().place_classes | {"capital", "area"}


def _compass_word(word: str) -> bool:
    """ "eastern", "north-western", "central": a word for a part of a place."""
    return all(
        w.removesuffix("ern") in ("north", "south", "east", "west") or w == "central"
        for w in word.split("-")
    )


# Nouns of asking whose owner asks the one who acts on them ("at the invitation of Putin").
_ASKED_NOUNS = {
    "request": Relation.REQUESTS,
    "behest": Relation.REQUESTS,
    "invitation": Relation.INVITES,
}
_ACCEPTING = frozenset({"accept", "grant", "heed", "honour", "honor", "answer"})


# Verbs whose object is kept from happening: "avoid any actions that might risk conflict
# between Turkish and American forces", "to prevent Russia from attacking".
_AVERTING = frozenset({"avoid", "prevent", "avert", "forestall"})


def _averted(trigger: Token, speech: frozenset[str]) -> bool:
    """Whether the event at `trigger` is what a governing verb keeps from happening, below any
    verb of saying (the speaker's own act is not averted by what he asks to avoid)."""
    for node in trigger.ancestors:
        lemma = node.lemma_.lower()
        if lemma in _AVERTING:
            return True
        if lemma in speech or node.dep_ == "ROOT":
            return False
    return False


_LEAVING_OFFICE = frozenset({"resign", "quit", "step", "remain", "be"})
_LEFT_OR_HELD = _LEAVING_OFFICE | {"serve"}
# Words an office is still to come after: "is set to take over as", "is due to take office as".
_TO_COME = frozenset({"set", "due", "expect", "poise", "schedule", "likely", "go", "plan"})


def _office_to_come(verb: Token) -> Modality | None:
    """ "Sheinbaum, who will take office as president on Oct. 1", "is set to take over as NATO
    secretary general": an office not yet taken is planned; one taken "if confirmed", possible.
    One to be left ("said he would step down as prime minister") is held now."""
    if verb.lemma_.lower() in _LEAVING_OFFICE:
        return None
    if _hypothetical(verb):
        return Modality.POSSIBLE
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return Modality.PLANNED
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TO_COME:
        return Modality.PLANNED
    return None


def _office_left(verb: Token) -> Tense | None:
    """ "Castillo resigned as president", "Chirac, who served as President of France", "was mayor
    of Paris": an office told as left or held in the past is a past tie; "was elected president"
    and "became president" give one still held, as "will step down as" does."""
    if verb.lemma_.lower() not in _LEFT_OR_HELD or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(
        c.dep_ in ("aux", "auxpass") and (c.lower_ in _FUTURE_AUX or c.lower_ == "to")
        for c in verb.children
    ):
        return None
    return Tense.PAST


def _hypothetical(verb: Token) -> bool:
    """Whether a clause only supposes what it says: "if he were president", "would become"."""
    return any(
        c.dep_ == "mark"
        and c.lower_ in ("if", "unless")
        or c.dep_ == "aux"
        and c.lower_ in ("would", "could", "might")
        for c in verb.children
    )


def _asks_a_question(verb: Token) -> bool:
    """Whether a verb of asking takes a question, not a request: a clause opened by "how",
    "why", "what", "whether" or "if", or what it asks "about" ("asked Haley about the war")."""
    if verb.lemma_.lower() in ("ask", "question", "quiz") and any(
        c.dep_ == "prep" and c.lower_ in ("about", "regarding") for c in verb.children
    ):
        return True
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp", "advcl"):
            continue
        first = clause.doc[clause.left_edge.i]
        if first.lower_ in ("whether", "if") or first.tag_ in ("WRB", "WP", "WDT"):
            return True
    return False


def _heads_a_state(role: str) -> bool:
    """Whether a title alone can head a state or its government ("President", "former Prime
    Minister"), not a body ("director": "former CIA directors ... Michael Hayden" in a sentence
    that names Russia leads no Russia)."""
    title = " ".join(role.lower().replace("-", " ").split())
    for prefix in ("former ", "then ", "late ", "the late ", "interim ", "acting "):
        title = title.removeprefix(prefix)
    return title in load_roles().heads


def _is_leader_title(role: str, roles: Any) -> bool:
    """Whether a title heads what it names: the longest known title the role ends with decides
    ("Prime Minister" leads, "Deputy Foreign Minister" and "Vice President" do not)."""
    text = " ".join(role.lower().replace("-", " - ").split()).replace(" - ", "-")
    # "then-prime-minister": the office held at the time, its words hyphenated
    texts = {text, text.strip("-").removeprefix("then-").replace("-", " ")}
    best, leader, head = 0, False, ""
    for title in roles.leader | roles.affiliated:
        if any(t == title or t.endswith(" " + title) for t in texts) and len(title) > best:
            best, leader, head = len(title), title in roles.leader, title
    words = set(re.split(r"[\s-]+", text))
    if head in _GENERIC_HEADS and words & _PORTFOLIO_WORDS:
        return False  # "EU foreign policy chief", "intelligence chief": heads of a portfolio
    # "CIA deputy director", "Libertarian Party Vice Chairman": a deputy does not lead
    return leader and not _DEPUTIES & words


# A chamber's words the recogniser runs a party's word into: "Republican Senate".
_CHAMBERS = frozenset({"senate", "house", "congress", "caucus"})


# Head words that lead a body alone ("IAEA chief") but a portfolio of it with one named before
# them ("foreign policy chief", "intelligence chief").
_GENERIC_HEADS = frozenset({"chief", "head", "director", "boss"})
_PORTFOLIO_WORDS = frozenset(
    {
        "policy",
        "intelligence",
        "spy",
        "security",
        "police",
        "defence",
        "defense",
        "trade",
        "climate",
        "health",
        "finance",
        "economic",
        "humanitarian",
        "rights",
        "refugee",
        "nuclear",
        "energy",
        "border",
        "cyber",
        "aid",
        "sanctions",
        "communications",
        "press",
        "propaganda",
    }
)
# Words that make a local head's title a deputy's: "deputy mayor", "Lieutenant Governor".
_DEPUTIES = frozenset({"deputy", "vice", "lieutenant", "lt.", "lt", "assistant"})


def _local_head(role: str, roles: Any) -> bool:
    """Whether a title heads a place below a state, as `local_leader` titles do ("mayor",
    "former Lord Mayor", "then-governor"), and not as its deputy ("deputy mayor")."""
    words = role.lower().replace("-", " ").split()
    if _DEPUTIES & set(words):
        return False
    return any(words[-len(t.split()) :] == t.split() for t in roles.local_leader)


def tense_of(trigger: Token, modality: Modality) -> Tense:
    """Past, present or future, from the verb's tag and auxiliaries."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "xcomp":  # "will not hesitate to impose": the governor's time
        auxes |= {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    if modality is Modality.PLANNED or auxes & {"will", "shall", "'ll"}:
        return Tense.FUTURE
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"}):
        return Tense.PAST
    if verb.tag_ == "VBN" and verb.head.tag_ == "VBD":
        return Tense.PAST
    return Tense.PRESENT


def _to_claim(
    cand: _Candidate,
    sent: Span,
    index: int,
    reader: _SentenceReader,
    article: Article,
    published: date,
) -> Claim | None:
    if cand.type is Relation.MEETS and _talks_on_terms(cand.trigger):
        # "five rounds of U.S.-Iranian talks", "peace talks", "indirect talks": talks about
        # terms are negotiations; "held talks with Putin in Moscow" stays a meeting
        cand = replace(cand, type=Relation.NEGOTIATES_WITH)
    if cand.subject == cand.object:
        return None
    if cand.type is Relation.ATTACKS and _open_water(reader.res, cand.object):
        return None  # "fired a missile into the Sea of Japan": a test or a show, on no one
    if cand.type in _BETWEEN_PARTIES and any(
        reader.res.kind_of(e) is Kind.LOCATION
        and reader.res.name_of(e).lower() not in _UNLISTED_STATES
        and not (cand.trigger.lemma_.lower() in _LAWSUITS and _political_place(reader, e))
        for e in (cand.subject, cand.object)
    ):
        # "accusing the wealthy Gulf Arab state": a place accuses, negotiates, agrees with or
        # threatens no one, nor is it accused; a name the recogniser made a place is no party
        return None
    mode, speaker = reader.modality(cand.trigger)
    lemma = cand.trigger.lemma_.lower()
    if cand.type in (Relation.AGREES_WITH, Relation.SUPPORTS) and lemma in _TOLERATING:
        if _refused(cand.trigger, mode) and _refused_outright(cand.trigger, lemma):
            # "will not tolerate Chinese aggression", "refused to accept the Israeli occupation":
            # to refuse to bear something is to oppose it (CAMEO 12 reject), as the speaker says
            opposing = Modality.REPORTED if speaker is not None else Modality.ASSERTED
            cand, mode = replace(cand, type=Relation.OPPOSES), opposing
        elif lemma in _ONLY_REFUSED:
            return None  # "China has tolerated North Korea's tests" is no support
    if cand.modality is Modality.ALLEGED and mode is not Modality.DENIED:
        mode = Modality.ALLEGED
    if cand.modality is Modality.DENIED:
        mode, speaker = Modality.DENIED, None
    if cand.modality is Modality.ASSERTED:
        mode, speaker = Modality.ASSERTED, None  # the rule knows the act is narrated
    if cand.modality is Modality.PLANNED and mode is Modality.ASSERTED:
        mode = Modality.PLANNED  # "flew to Washington for talks": the purpose is yet to happen
    if cand.modality is Modality.POSSIBLE and mode is Modality.ASSERTED:
        mode = Modality.POSSIBLE  # "would take over as chairman if confirmed"
    if cand.modality is Modality.REPORTED and mode not in (Modality.DENIED, Modality.NEGATED):
        mode, speaker = Modality.REPORTED, cand.subject  # "claimed responsibility": its own word
    support = (
        _light_verb(cand.trigger, reader.lex) if cand.trigger.pos_ in ("NOUN", "PROPN") else None
    )
    if cand.trigger.dep_ == "dobj":
        support = cand.trigger.head
    if (
        mode is Modality.REPORTED
        and speaker == cand.subject
        and support is not None
        and support.lemma_.lower() in reader.lex.words["speech"]
    ):
        mode, speaker = Modality.ASSERTED, None  # "announced new restrictions": the act, narrated
    if cand.type in STRUCTURAL:
        if cand.rule == "verb_frame" and mode in (Modality.NEGATED, Modality.DENIED):
            return None  # "does not belong to any party", "never joined": no tie, and no claim
        # a tie is the state of things now, unless its rule knows it is yet to come ("is set to
        # take over as NATO secretary general") or was left ("resigned as president")
        to_come = cand.modality if cand.modality in (Modality.PLANNED, Modality.POSSIBLE) else None
        mode, speaker = to_come or Modality.ASSERTED, None
        tense = Tense.FUTURE if to_come else cand.tense or Tense.PRESENT
    else:
        tense = tense_of(cand.trigger, mode)
    subject, obj = cand.subject, cand.object
    if cand.type in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    key = "|".join([article.id, str(index), cand.type.value, subject, obj, mode.value])
    speaker = speaker if speaker not in (subject, obj) else None
    return Claim(
        id="claim:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
        type=cand.type,
        subject=subject,
        object=obj,
        attributed_to=speaker,
        modality=mode,
        tense=tense,
        trigger=cand.trigger.text,
        sentence=sent.text.strip(),
        sentence_index=index,
        # the sentence's words, not the paragraph break the parser gave it: text[start:end]
        # is the sentence as stored
        char_start=sent.start_char + len(sent.text) - len(sent.text.lstrip()),
        char_end=sent.end_char - len(sent.text) + len(sent.text.rstrip()),
        date=_date_in(reader.dates, cand.trigger, published),
        confidence=rule_config(cand.rule).confidence
        if cand.confidence is None
        else cand.confidence,
        rule=cand.rule,
        role=cand.role,
        items=cand.items,
        extractor_version=EXTRACTOR_VERSION,
    )


# What one comes under for an act one is judged for: "came under fire for", "under pressure".
_FIRE = frozenset({"fire", "criticism", "scrutiny", "attack", "pressure"})
# States ISO 3166 does not list, which the article's places therefore hold: they act as states.
_UNLISTED_STATES = frozenset(
    {
        "kosovo",
        "somaliland",
        "abkhazia",
        "south ossetia",
        "transnistria",
        "northern cyprus",
        "artsakh",
        "western sahara",
    }
)
# Acts only parties do to parties: never to or by a place.
# Triggers of a suit at law, to which a state of a federation, a city or a county is a party:
# "Texas sued Pennsylvania", "filed a lawsuit against the state of Montana".
_LAWSUITS = frozenset({"sue", "lawsuit", "suit", "case"})
# Suits that name what they are over: not "case", which is also a court's matter ("the case
# over the border").
_SUING = frozenset({"sue", "lawsuit", "suit"})
# Nouns of a state's membership of a body: "NATO member", "NATO ally".
_MEMBERS = frozenset({"member", "ally"})
# Words of one who is not, or not yet, a member: "former member", "aspiring member".
_NOT_YET_MEMBERS = frozenset(
    {"former", "ex", "aspiring", "prospective", "would-be", "candidate", "non", "future"}
    | {"suspended", "observer", "applicant", "associate"}
)
# Words of a body's name that make it a bloc states belong to, not a group or a party one may
# be an ally of ("Taliban ally Pakistan"), a treaty one signs or a sports body.
_BLOCS = frozenset(
    {"nato", "alliance", "treaty", "pact", "organization", "organisation", "union", "community"}
    | {"league", "council", "bloc", "association", "nations", "cooperation", "group", "eyes"}
)
# What one leads for a state without leading it (lemmas): "led the U.S. side", "the talks".
_LED_FOR_A_STATE = frozenset(
    {"side", "delegation", "team", "talk", "negotiation", "mission", "contingent", "panel"}
    | {"negotiator", "force", "army", "military", "troop"}
)
# Verbs that hold talks somewhere: "talks held in Moscow".
_HOLDING_TALKS = frozenset({"hold", "host", "convene", "stage", "organise", "organize"})
# Verbs of calling one's envoy home.
_RECALLING = frozenset({"recall", "withdraw"})
# Strikes from the air or by guns, which fall on the state they are told in; "strike" needs a
# word of arms ("air strikes"), and a verb that carries them must launch them.
_STRIKE_NOUNS = frozenset({"airstrike", "bombing", "shelling", "bombardment"})
_STRIKING_ARMS = frozenset({"air", "drone", "missile", "rocket", "artillery", "military"})
_LAUNCHING = frozenset(
    {"carry", "launch", "conduct", "mount", "begin", "resume", "intensify", "wage", "step"}
    | {"lead", "expand"}
)
# Phrases that say a force acts with its host's consent: "in support of", "at the request of".
_CONSENTS = frozenset(
    {("in", "support"), ("at", "request"), ("at", "invitation"), ("on", "behalf")}
)
# Campaigns of force, told by a word of arms: "a military campaign", "a ground offensive".
_CAMPAIGNS = frozenset({"campaign", "offensive", "operation"})
_CAMPAIGN_ARMS = frozenset({"military", "air", "aerial", "bombing", "ground", "naval"})
_RELIEF = frozenset({"humanitarian", "rescue", "relief", "evacuation", "aid", "recovery"})
# Words of a pact between parties, which a suit invokes.
_PACTS = frozenset(
    {"treaty", "agreement", "agreements", "accord", "accords", "convention", "pact", "deal"}
)
# Measures of force a threat names as its object: "threatened military intervention in Niger".
_FORCE_MEASURES = frozenset({"intervention", "action", "force", "retaliation", "invasion", "war"})
# Those that go into a place, which they fall on: "threatened military intervention in Niger".
_ENTERING_FORCE = frozenset({"intervention", "invasion", "war"})
# Acts done against a party in court or in a vote, not to it: "threatened to testify against".
_ARGUING = frozenset({"testify", "vote", "campaign", "rule", "argue", "lobby", "appeal", "speak"})


def _political_place(reader: _SentenceReader, entity: str) -> bool:
    """Whether a place is a polity the recogniser tags as such (a state of a federation, a
    city), not a region or a name it made a place."""
    doc = reader.sent.doc
    return any(
        m.entity_id == entity and doc[m.start].ent_type_ == "GPE" for m in reader.res.mentions
    )


_BETWEEN_PARTIES = frozenset(
    {
        Relation.ACCUSES,
        Relation.NEGOTIATES_WITH,
        Relation.AGREES_WITH,
        Relation.COOPERATES_WITH,
        Relation.THREATENS,
    }
)


def _open_water(res: Resolution, entity: str) -> bool:
    node = res.nodes.get(entity)
    return (
        node is not None
        and node.kind is Kind.LOCATION
        and bool(_WATERS & set(node.name.lower().split()))
        and node.name not in populated_places()  # "Business Bay", "Richards Bay"
    )


def _accusation(claim: Claim, cand: _Candidate, reader: "_SentenceReader") -> _Candidate | None:
    """ "The United States government claims Mahan flies fighters to Syria": alleging a hostile
    act is itself an accusation of the actor, by the one who alleges it."""
    if claim.modality is not Modality.ALLEGED or claim.attributed_to is None:
        return None
    if claim.type not in _HOSTILE or claim.attributed_to == claim.subject:
        return None
    if reader.res.kind_of(claim.subject) is Kind.TOPIC:
        return None  # an actor is accused, whatever the NER called it; never a thing
    return _Candidate(
        Relation.ACCUSES,
        claim.attributed_to,
        claim.subject,
        cand.trigger,
        "accusation_of_alleged_act",
        modality=Modality.ASSERTED,
    )


def _chamber(claim: Claim, cand: _Candidate, reader: "_SentenceReader") -> _Candidate | None:
    """ "Conservative MP Philip Hammond", "Two Democratic Representatives, Collin Peterson and
    Jeff Van Drew": a legislator's title, whoever it ties him to (his party, his state), also
    makes him a member of his chamber, when the article names exactly one body of that kind."""
    if claim.type is not Relation.AFFILIATED_WITH or not cand.role:
        return None
    if _PAST_WORDS.match(cand.role.lower()):
        return None  # "Former Senator Joe Lieberman" sits in no chamber now
    title = " ".join(cand.role.lower().split())
    words = next((w for titles, w in _CHAMBERS_OF_TITLES if title in titles), None)
    if words is None or reader.res.kind_of(claim.subject) is not Kind.PERSON:
        return None
    res = reader.res
    chambers = {
        n
        for n in res.nodes
        if res.kind_of(n) is Kind.ORGANIZATION
        and _chamber_named(res.name_of(n).lower(), words)
        # "the Michigan House of Representatives" is no member of Congress's chamber, and an MP
        # sits in no European Parliament
        and not _names_a_region(res.name_of(n))
        and "european" not in res.name_of(n).lower()
    }
    if len(chambers) != 1 or claim.object in chambers:
        return None
    chamber = next(iter(chambers))
    # "Philippine Senator Leila de Lima" sits in no United States Senate
    theirs = res.part_of.get(chamber) or res.home_state.get(chamber)
    his = (
        claim.object
        if res.kind_of(claim.object) is Kind.COUNTRY
        else res.part_of.get(claim.object) or res.home_state.get(claim.object)
    )
    if theirs is not None and his is not None and theirs != his:
        return None
    return _Candidate(
        Relation.AFFILIATED_WITH,
        claim.subject,
        chamber,
        cand.trigger,
        "legislator_chamber",
        role=cand.role,
    )


def _chamber_named(name: str, words: tuple[str, ...]) -> bool:
    """Whether a body's name is a chamber's whole name ("United States Senate", "Parliament of
    the United Kingdom"), not a committee or union named after one ("Senate Intelligence
    Committee", "Inter-Parliamentary Union")."""
    return any(name == w or name.endswith(" " + w) or name.startswith(w + " of ") for w in words)


def _names_a_region(name: str) -> bool:
    """Whether a body's name holds the name of a province, state or town below a country
    ("Michigan House of Representatives", "United States Senate in Arizona")."""
    words = name.split()
    states = _country_forms()
    return any(
        (gram := " ".join(words[i : i + n])) in regions() and gram not in states
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
    )


@cache
def _country_forms() -> frozenset[str]:
    return frozenset(
        str(p["pattern"])
        for p in load_gazetteer().patterns
        if str(p.get("id", "")).startswith("country:")
    )


# Words for a death that sympathy is expressed over: "condolences over the death of ...".
_DEATHS = frozenset({"death", "passing", "loss", "demise"})
# The kin sympathy with whom is sympathy with the one who died: "condolences to his family".
_KIN = frozenset({"family", "families", "relative", "relatives", "widow", "wife", "husband", "kin"})
# Verbs that tell a killing: "Khashoggi was murdered", "Soleimani was killed".
_KILLINGS = frozenset({"kill", "murder", "assassinate", "execute", "slay"})
# The nouns of that sympathy.
_SYMPATHIES = frozenset(
    {"condolence", "condolences", "sadness", "grief", "sorrow", "sympathy", "tribute"}
)


# Nouns of a bid for a nomination, and the verbs that seek or win one.
_BIDS = frozenset({"candidate", "campaign", "bid", "run", "race", "contender", "frontrunner"})
_SEEKING = frozenset({"seek", "win", "secure", "clinch", "receive", "accept", "pursue"})


# Words before "successor" that say one is named, not hoped for: "his elected successor".
_SUCCESSORS_NAMED = frozenset({"elected", "designated", "new", "named", "appointed", "chosen"})


# A legislator's titles, singular and plural, and the words that name his chamber.
# The first word of a committee's name, and the chamber of Congress it is one of.
_COMMITTEE_CHAMBERS = {"senate": "org:us-senate", "house": "org:us-house"}

# The chambers of Congress: their names, and the names an article gives either.
_CONGRESS_CHAMBERS = {
    "org:us-senate": (
        "United States Senate",
        frozenset({"senate", "u.s. senate", "us senate", "united states senate"}),
    ),
    "org:us-house": (
        "United States House of Representatives",
        frozenset(
            {
                "house",
                "u.s. house",
                "us house",
                "house of representatives",
                "u.s. house of representatives",
                "us house of representatives",
                "united states house of representatives",
            }
        ),
    ),
}

# The head words of a body of a chamber ("Senate Intelligence Committee", "Freedom Caucus").
_CHAMBER_BODIES = frozenset({"committee", "subcommittee", "caucus", "commission", "panel"})

# Titles of those who serve a leader ("the spokesman for President Vladimir Putin").
_LEADERS_STAFF = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "envoy"}
)

# Words before a leader's name that say the leader no longer leads ("jailed former PM").
_FALLEN = frozenset({"ousted", "jailed", "deposed", "exiled", "imprisoned", "toppled"})


# The titles of members of Congress before a name, and the chamber each sits in.
_CONGRESS_TITLES = {
    **dict.fromkeys(("sen.", "sen", "senator", "sens.", "senators"), "org:us-senate"),
    **dict.fromkeys(
        (
            "rep.",
            "rep",
            "representative",
            "reps.",
            "representatives",
            "congressman",
            "congresswoman",
            "congressmember",
            "congressmen",
            "congresswomen",
        ),
        "org:us-house",
    ),
}

# The party letters of a member's tag: Republican, Democrat, independent.
_TAG_LETTERS = frozenset({"R", "D", "I"})

# The punctuation of members' tags and of a list of tagged members.
_TAG_PIECES = frozenset({",", ";", "(", ")", "-", "."})


_CHAMBERS_OF_TITLES = (
    (
        frozenset(
            {
                "mp",
                "mps",
                "member of parliament",
                "members of parliament",
                "parliamentarian",
            }
        ),
        ("parliament",),
    ),
    (
        frozenset(t for t, c in _CONGRESS_TITLES.items() if c == "org:us-house"),
        ("house of representatives",),
    ),
    (frozenset(t for t, c in _CONGRESS_TITLES.items() if c == "org:us-senate"), ("senate",)),
)


_HOSTILE = frozenset(
    {
        Relation.SUPPLIES,
        Relation.ATTACKS,
        Relation.SUPPORTS,
        Relation.THREATENS,
        Relation.SANCTIONS,
        Relation.COOPERATES_WITH,
    }
)


# "from Tuesday, January 14, 2020 to Wednesday, February 12, 2020" is about 60 characters.
_LONGEST_DATE = 80


def _date_in(dates: list[Span], trigger: Token, published: date) -> date:
    """An explicit time near the trigger ("Tuesday", "in July"), resolved against the article date."""
    for ent in dates:
        if ent.root.head.i != trigger.i and ent.root.head.head.i != trigger.i:
            continue
        if len(ent.text) > _LONGEST_DATE:
            continue  # no date is that long, and dateparser takes minutes over a run of them
        when = _resolve_date(ent.text, published)
        if when:
            return when
    return published


@cache
def _resolve_date(text: str, published: date) -> date | None:
    base = datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": []},
    )
    if parsed is None or abs((parsed.date() - published).days) > 365 * 30:
        return None
    return parsed.date()


# Quantity nouns between a support verb and its noun: "imposed a new round of sanctions on".
_MEASURES = frozenset(
    {
        "round",
        "wave",
        "series",
        "package",
        "set",
        "raft",
        "barrage",
        "string",
        "slew",
        "spate",
        "flurry",
        "volley",
        "batch",
        "tranche",
        "number",
        "host",
    }
)


def _undone(noun: Token, lex: Lexicon) -> bool:
    """Whether a nominal trigger is the object of a verb that ends it ("lifted its ban",
    "called off the talks")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("from", "of"):
        # "backed away from his previous support for Trump", "pulled out of the talks"
        verb = verb.head.head if verb.head.dep_ in ("advmod", "prt") else verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _on_hold(verb):
        return True  # "put the sanctions on hold"
    particle = next(
        (c.lower_ for c in verb.children if c.dep_ == "prt" or c.lower_ in ("away", "out")),
        None,
    )
    undoing = lex.words["undoing_verbs"]
    return verb.lemma_.lower() in undoing or f"{verb.lemma_.lower()} {particle}" in undoing


def _on_hold(verb: Token) -> bool:
    """ "put tariffs on Chinese cars on hold", "placed the talks on hold": what is put on hold
    is not done."""
    return any(o.lemma_.lower() == "hold" for o in _prep_objects(verb, "on"))


# What one is told one will suffer for a course: "pay a heavy price", "face consequences".
_PENALTIES = frozenset(
    {
        "price",
        "consequence",
        "consequences",
        "retaliation",
        "retribution",
        "punishment",
        "wrath",
        "response",
    }
)
# Words naming a body that forecasts rather than acts: "the World Bank", "the Kiel Institute".
_FORECASTERS = frozenset(
    {"bank", "fund", "monetary", "institute", "moody's", "fitch", "ratings", "economists"}
)
# What a party is left to choose: "it is up to Ukraine to decide".
_CHOOSING = frozenset({"decide", "choose", "determine", "judge", "say", "set", "make", "define"})
# Verbs of warning that narrate a threat as the speaker's act.
_WARNING = frozenset({"warn", "threaten", "vow", "caution"})
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


# Force or penalties said to come: "military action would follow", "a ground operation would
# follow", "Iran's response would be severe", "would take further steps".
_COMING_FORCE = frozenset(
    {"action", "operation", "attack", "strike", "force", "offensive", "invasion"}
)
_TAKEN_STEPS = frozenset({"step", "measure", "countermeasure", "action"})
_TAKING_STEPS = frozenset({"take", "adopt"})
# Nouns of time a phrase of "when" or "how long" may end in without being a date.
_TIME_WORDS = frozenset({"decade", "year", "month", "week", "day", "hour", "time", "while"})
# Modals of what may come, which threaten only when tied to a party's course ("if ...").
_POSSIBLE_AUX = frozenset({"could", "may", "might"})
# Verbs of answering another's course, a threat when said to follow it: "would respond if".
_ANSWERING = frozenset({"respond", "react", "act", "answer", "reciprocate", "retaliate"})
# The types of measures and force a party may say it will bring to bear on another's course.
_PENALTY_TYPES = frozenset({Relation.SANCTIONS, Relation.ATTACKS})


def _coming_penalty(verb: Token) -> Token | None:
    """The force or penalty a clause in the future says will come: the subject of "follow" or
    "come" ("military action would follow"; not "would come to an end"), a response said to be
    harsh ("Iran's response would be severe"), the steps one "would take", or striking back
    itself ("Pakistan would strike again")."""
    lemma = verb.lemma_.lower()
    subjects = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and not any(d.lower_ == "no" for d in c.children)
    ]
    if lemma in ("follow", "come", "ensue"):
        if _prep_objects(verb, "to"):
            return None  # "the war would come to an end"
        found = [s for s in subjects if s.lemma_.lower() in _COMING_FORCE | _RETALIATION_NOUNS]
        return found[0] if found else None
    if lemma == "be":
        harsh = any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _HARSH for c in verb.children
        )
        found = [s for s in subjects if s.lemma_.lower() in _RETALIATION_NOUNS]
        return found[0] if found and harsh else None
    if lemma in _TAKING_STEPS:
        found = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in _TAKEN_STEPS
            and not any(d.lower_ == "no" for d in c.children)
        ]
        return found[0] if found else None
    if (
        lemma == "retaliate"
        or lemma in ("strike", "hit")
        and any(c.lower_ == "again" or c.lemma_.lower() == "back" for c in verb.children)
    ):
        return verb
    return None


# What a response is said to be when it is a threat: "Iran's response would be severe".
_HARSH = frozenset(
    {"severe", "swift", "decisive", "harsh", "strong", "forceful", "devastating", "painful"}
    | {"firm", "resolute", "immediate", "overwhelming", "fierce", "crushing", "heavy", "tough"}
)


def _still_to_come(verb: Token, modals: Collection[str]) -> bool:
    """Whether a clause says what will or may come, with one of `modals`: not "would not
    retaliate", nor what "would have come"."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.lemma_ == "have" and c.dep_ == "aux" for c in kids):
        return False
    return any(c.dep_ == "aux" and c.lower_ in modals for c in kids)


def _warning_modality(verb: Token) -> Modality:
    """A threat said in a clause: asserted when narrated by a verb of warning, else reported."""
    warned = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _WARNING
    return Modality.ASSERTED if warned else Modality.REPORTED


def _hostile_answer(verb: Token) -> bool:
    """Whether "respond", "react" or "act" answers with force or a penalty as far as its words
    say: not "respond positively", "respond with aid", "act as a mediator"."""
    if verb.lemma_.lower() == "act" and _prep_objects(verb, "as"):
        return False
    manners = [c for c in verb.children if c.dep_ == "advmod" and c.lower_.endswith("ly")]
    if any(m.lower_ not in _HARSH_MANNERS for m in manners):
        return False
    return all(t.lemma_.lower() in _FORCE_MEANS for t in _prep_objects(verb, "with"))


def _penalty_dealt(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of sanction or attack deals a penalty by its object: none ("would strike
    again"), a party, a measure ("impose sanctions"), or help withheld ("suspend its support");
    not "strike a deal", "strike a balance", nor relief ("lift sanctions", "suspend sanctions")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "strike out the clause"
    relief = verb.lemma_.lower() in lex.words["undoing_verbs"] | _CUTTING_VERBS
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            continue
        if lemma in _FORCE_MEANS and not relief:
            continue
        if lemma in _WITHHELD and relief:
            continue
        return False
    return True


# Manners of answering that keep it hostile: "would respond forcefully if".
_HARSH_MANNERS = frozenset(
    {"strongly", "forcefully", "firmly", "decisively", "swiftly", "harshly", "militarily"}
    | {"severely", "robustly", "accordingly", "appropriately", "proportionately", "immediately"}
    | {"resolutely", "quickly", "promptly"}
)
# What a party answers or penalises with: "respond with force", "impose sanctions".
_FORCE_MEANS = frozenset(
    {"force", "fire", "mean", "strike", "attack", "measure", "countermeasure", "action", "step"}
    | {"sanction", "tariff", "duty", "restriction", "embargo", "ban", "curb", "penalty", "all"}
)
# Verbs that take away besides the lexicon's undoings: a penalty on help ("cut aid"), a relief
# on a penalty ("cut tariffs").
_CUTTING_VERBS = frozenset({"cut", "reduce", "freeze", "stop", "sever", "downgrade"})
# Help or ties a party may withhold as a penalty: "suspend its financial support".
_WITHHELD = frozenset(
    {"aid", "support", "funding", "assistance", "tie", "relation", "cooperation", "trade"}
    | {"contact", "flight", "visa", "export", "import", "payment", "loan", "fund", "investment"}
)


def _answered_with_force(verb: Token) -> bool:
    """ "will be met with fire", "would be answered", "would be treated as a declaration of
    war": a passive verb that says force or retaliation will answer its subject; a response
    only a harsh one ("a firm response", not "a positive response")."""
    lemma = verb.lemma_.lower()
    if lemma in _ANSWERING_ACTS:
        return True
    if lemma == "meet":
        return any(
            t.lemma_.lower() in _FORCE_ANSWERS
            or t.lemma_.lower() == "response"
            and any(c.dep_ == "amod" and c.lemma_.lower() in _HARSH for c in t.children)
            for t in _prep_objects(verb, "with")
        )
    if lemma in ("treat", "consider", "regard", "view", "see", "deem"):
        for t in _prep_objects(verb, "as") + [c for c in verb.children if c.dep_ == "oprd"]:
            of = {o.lemma_.lower() for o in _prep_objects(t, "of")}
            if t.lemma_.lower() in ("declaration", "act") and of & {"war", "aggression"}:
                return True
            if t.lemma_.lower() in ("aggression", "casus"):
                return True
    return False


# What a party's act is said to be met with when the speaker threatens force: "met with fire".
_FORCE_ANSWERS = frozenset({"force", "fire", "retaliation", "countermeasure", "reprisal"})
# Passive verbs of answering a hostile act: "any attack will be answered".
_ANSWERING_ACTS = frozenset({"answer", "punish", "avenge", "repel", "crush"})


def _suffers_consequences(verb: Token) -> bool:
    """ "would pay a heavy price", "will regret this", "will face consequences", "would suffer
    the consequences"."""
    lemma = verb.lemma_.lower()
    if lemma == "regret":
        return True
    if _unpunished(verb):
        return True
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if lemma == "pay":
        return "price" in objects
    return lemma in ("face", "suffer", "bear") and bool(set(objects) & _PENALTIES)


def _unpunished(verb: Token) -> bool:
    """ "will not go unpunished": a threat said only with its negation."""
    return (
        verb.lemma_.lower() == "go"
        and any(c.lower_ == "unpunished" for c in verb.children)
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _register_states(name: str) -> frozenset[str]:
    """The states (ISO codes) the register knows a name as head of, at any time: a full name's
    holder, or every holder of a lone surname (those the register aliases by it included)."""
    return frozenset(states_led_by_surname(name) if len(name.split()) == 1 else states_led_by(name))


def _adverb_stems(adverb: str) -> list[str]:
    """The adjectives an adverb in -ly may be made from: "irresponsibly" (irresponsible),
    "recklessly" (reckless), "cynically" (cynical, cynic), "hastily" (hasty)."""
    if not adverb.endswith("ly") or len(adverb) < 5:
        return []
    stem = adverb[:-2]
    stems = [stem]
    if adverb.endswith("bly"):
        stems.append(adverb[:-1] + "e")  # irresponsib-ly -> irresponsible
    if adverb.endswith("ily"):
        stems.append(adverb[:-3] + "y")
    if adverb.endswith("ically"):
        stems.append(adverb[:-4])  # cynic-al-ly -> cynic
    return stems


def _owned_conduct(token: Token, ev: Evaluation) -> bool:
    """Whether a noun names conduct whose owner an evaluation of it judges ("behaviour")."""
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in ev.owned_conduct or token.lower_ in ev.owned_conduct
    )


def _coordinated_trigger(noun: Token, lex: Lexicon) -> Token | None:
    """The noun trigger a second one is coordinated with, when the parser hangs the second on
    the first one's object: in "expressed support for the Philippines and concern over the
    Chinese actions", "concern" is a conjunct of "Philippines", not of "support"."""
    head = noun.head
    if (
        noun.dep_ == "conj"
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ == "NOUN"
        and _is_trigger_noun(head.head.head, lex)
    ):
        return head.head.head
    return None


def _light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The support verb that carries a nominal trigger, when that verb adds no meaning of its own
    ("imposed sanctions on", "expressed support for", "began an offensive", "entered into an
    agreement", "sanctions were imposed", "a new round of sanctions"). A noun sense may name the
    only verbs that carry it."""
    node = _coordinated_trigger(noun, lex) or noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "imposed sanctions and an embargo on"
    head = node.head
    if (
        node.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("of", "in")
        and head.head.dep_ in ("dobj", "nsubjpass", "pobj")
        and (
            head.head.lemma_.lower() in _MEASURES
            and head.lower_ == "of"
            or head.head.ent_type_ == "MONEY"
            or any(c.dep_ == "nummod" for c in head.head.children)
        )
    ):
        # "a new round of sanctions", "pledged 1 billion euros in aid", "$2bn of weapons"
        node = head.head
        head = node.head
    prep = None
    if node.dep_ == "pobj" and head.dep_ == "prep":
        prep = head.lower_
        if prep in _CIRCUMSTANTIAL:
            return None  # "offered to negotiate following the invasions of Dagestan": a time
        head = head.head
    elif node.dep_ not in ("dobj", "nsubjpass"):
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    verbs = lex.words["support_verbs"]
    spec = _noun_sense(noun, lex)
    if spec is not None and spec.support is not None:
        verbs = frozenset(spec.support)
    if particle and f"{lemma} {particle}" in verbs:
        return head  # "carried out strikes on", "stepped up attacks on"
    if prep and (f"{lemma} {prep}" in verbs or particle and f"{lemma} {particle} {prep}" in verbs):
        return head  # "retaliated with tariffs on", not "responded to the sanctions"
    if lemma in _OBJECT_SUPPORT and (
        prep is not None or spec is not None and spec.type in SYMMETRIC
    ):
        # "ordered a halt to attacks", "raised the issue with": only what is ordered or raised
        # itself; and talks or a truce ordered are not yet held
        return None
    return head if lemma in verbs else None


def _receiving_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose subject undergoes what a nominal trigger names ("faced sanctions", "drew
    criticism", "won the backing of", "came under attack")."""
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        phrase = f"{verb.lemma_.lower()} {head.lower_}"  # "come under"
    elif node.dep_ == "dobj":
        verb, phrase = head, head.lemma_.lower()
    else:
        return None
    return verb if phrase in lex.words["receiving_verbs"] and verb.pos_ in ("VERB", "AUX") else None


def _whose(noun: Token) -> list[Token]:
    """Who a death or a family is of, by name: "the death of Robert Mugabe", "Mugabe's family";
    not "his", whose antecedent the sentence's own persons may wrongly take."""
    named = [*_prep_objects(noun, "of"), *(c for c in noun.children if c.dep_ == "poss")]
    return [d for d in named if d.pos_ != "PRON"]


def _examples(token: Token) -> list[Token]:
    """The named examples of a common noun: "allies such as Germany", "firms including Siemens"."""
    if token.pos_ != "NOUN":
        return []
    out: list[Token] = []
    for child in token.children:
        preps = [child]
        if child.lower_ == "such":  # "such as" hangs "as" under "such"
            preps += [c for c in child.children if c.dep_ == "prep"]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in ("as", "including"):
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _framed_below(chain: list[Token]) -> bool:
    """Whether a chain from a trigger up to a verb passes a phrase of time that frames the verb:
    "dismissed the idea during discussions with U.S. officials" denies the idea, not the talks."""
    return any(t.dep_ == "prep" and t.lower_ in _TIME_FRAMES for t in chain)


def _intended(verb: Token) -> bool:
    """Whether a verb is the infinitive of an intention: "plans to oppose", "a decision to expel"."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.lemma_.lower() in _INTENTIONS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _asked(trigger: Token) -> bool:
    """Whether an act is what a question asks about: its verb is the question's own, or the
    verb its noun is the object of ("Will Russia impose sanctions on Iran?"); not an act in a
    clause or phrase the question takes as given ("Can Europe defend itself after Russia
    invaded Ukraine?", "Was the Iranian attack a mistake?")."""
    node = trigger
    if node.pos_ in ("NOUN", "PROPN") and node.dep_ == "dobj":
        node = node.head
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head
    return node.i == trigger.sent.root.i


def _yes_no_question(sent: Span) -> bool:
    """Whether a sentence asks whether something is so ("Did Iran attack the tankers?", "Will
    Russia invade?"), with its verb's auxiliary before its subject; not a question that takes
    the act as given ("Why did Russia invade Ukraine?")."""
    words = [t for t in sent if not t.is_punct or t.text == "?"]
    if not words or words[-1].text != "?":
        return False
    root = sent.root
    subjects = [c.i for c in root.children if c.dep_ in _SUBJ]
    inverted = [
        c
        for c in [root, *root.children]
        if (c is root and c.pos_ == "AUX" or c.dep_ in ("aux", "auxpass"))
        and subjects
        and c.i < min(subjects)
    ]
    return bool(inverted) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < inverted[0].i
    )


def _opens_its_sentence(pronoun: Token) -> bool:
    """Whether a pronoun is the first subject of its sentence, and so takes up the sentence
    before: at its start ("They ...", "But he ..."), or the main clause's subject after a fronted
    phrase with no subject of its own before it ("To resolve differences, they invited ...", "On
    Tuesday, he said"); not after a clause that names one ("When Turkey attacked, they ...")."""
    sent = pronoun.sent
    if pronoun.i - sent.start <= 2:
        return True
    return pronoun.head.i == sent.root.i and not any(
        t.dep_ in _SUBJ for t in sent if t.i < pronoun.i
    )


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a nominal token is in."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


# Claiming an act as one's own: "claimed responsibility for", "took credit for".
_CLAIMING = frozenset({"claim", "take", "accept", "assume", "admit"})
_OWNERSHIP = frozenset({"responsibility", "credit"})


def _claimed_act(verb: Token) -> bool:
    """ "claimed responsibility for firing a missile": the gerund is the act claimed."""
    prep = verb.head
    owned = prep.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ == "for"
        and owned.lemma_.lower() in _OWNERSHIP
        and owned.dep_ == "dobj"
        and owned.head.lemma_.lower() in _CLAIMING
    )


# Verbs after which a present-tense "that" clause is a subjunctive demand even under a participle
# ("a statement demanding that Iran pay"); "has alleged that Iran smuggles" reports.
_DEMANDING = frozenset(
    {"demand", "insist", "urge", "ask", "request", "recommend", "propose", "require", "order"}
)


def _mandative(clause: Token) -> bool:
    """Whether a clause says what someone is to do: "that China stop", "for Russia to withdraw",
    a noun's "its demand that Israel ease"; not what is so ("its insistence that Taiwan is part
    of China")."""
    if clause.dep_ not in ("ccomp", "advcl", "acl"):
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if "for" in marks:
        return "to" in auxes
    if not marks and auxes == {"to"} and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "wants Iran to pay": the parser made the object the infinitive's subject
    # "demanded that the United States stop": the parser may tag the subjunctive VBP; after a
    # past-tense or participle governor ("a statement demanding that Iran pay"), a present-tense
    # clause is no report
    bare = clause.tag_ == "VB" or (
        clause.tag_ == "VBP"
        and clause.pos_ == "VERB"
        and (
            clause.dep_ == "acl"  # a noun's clause: no tense of a governor to agree with
            or clause.head.tag_ == "VBD"
            or clause.head.tag_ in ("VBG", "VBN")
            and clause.head.lemma_.lower() in _DEMANDING
        )
    )
    return "that" in marks and (bare and not auxes or bool(auxes & {"should", "must"}))


def _complements(verb: Token, heads_only: bool = False) -> set[str]:
    """The words of what a verb predicates of its object: "called the border agreement 'null and
    void' and 'geographically ridiculous'", "called Trump's order swift, forceful and decisive",
    "called the stabbing an act of inexplicable barbarity". `heads_only`: the predicates' head
    words without their modifiers ("mistake", not "historic", in "a historic mistake")."""
    kept = {"conj"} if heads_only else {"conj", "amod", "compound", "dobj", "attr"}
    out: set[str] = set()
    for child in _predicates(verb):
        for t in child.subtree:
            if t.i == child.i or t.dep_ in kept:
                out.add(t.lemma_.lower())
        if not heads_only:
            # what the predicate is an act or a form of: "an act of barbarity"
            out |= {t.lemma_.lower() for t in _prep_objects(child, "of")}
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for child in obj.children:
            if child.dep_ in ("amod", "appos", "conj") and child.i > obj.i:
                out |= {
                    t.lemma_.lower()
                    for t in child.subtree
                    if not heads_only or t.i == child.i or t.dep_ in kept
                }
    # "labeled Soleimani as a terrorist", "named both the PKK and the YPG as terrorists"
    for obj in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
        for pobj in _prep_objects(obj, "as"):
            out |= {
                t.lemma_.lower()
                for t in pobj.subtree
                if t.i == pobj.i or t.dep_ in kept & {"amod", "compound", "conj"}
            }
        # "described Russia's position as 'unacceptable'": the parser hangs a bare adjective on
        # the preposition
        out |= {
            a.lemma_.lower()
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ == "as"
            for a in p.children
            if a.pos_ == "ADJ" and a.dep_ in ("amod", "acomp", "advmod")
            for a in (a, *a.conjuncts)
        }
    return out


# nouns whose "of" object says what the predicate is: "an act of inexplicable barbarity"
_ACT_OF = frozenset({"act", "example", "form", "case", "instance", "display", "sign", "kind"})


def _predicate_noun(token: Token) -> Token | None:
    """The attribute of "be", "remain" or "become" that the noun at `token` is, or heads as its
    conjunct or as what an act of it is: "Russia is an aggressor", "this is a flagrant violation
    and an affront", "was an act of barbarity"."""
    node = token
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in _ACT_OF:
        node = node.head.head
    if node.dep_ == "attr" and node.head.lemma_.lower() in ("be", "remain", "become"):
        return node
    return None


def _predicates(verb: Token) -> list[Token]:
    """The heads of what a labelling verb predicates of its object, read as a small clause."""
    return [
        child
        for child in verb.children
        if child.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        or child.dep_ == "dobj"
        and child.pos_ == "ADJ"
        # "held Ukraine responsible for the attack": the parser may hang the predicate as a
        # clause of its own, right after the object
        or child.dep_ == "advcl"
        and child.pos_ == "ADJ"
        and any(c.dep_ == "dobj" and c.right_edge.i + 1 == child.left_edge.i for c in verb.children)
    ]


def _complement_phrases(verb: Token, phrases: set[str]) -> set[str]:
    """The phrases of `phrases` (lemmas, space-separated) that what a verb predicates of its
    object holds: "called the move a 'smash and grab on our democracy'"."""
    if not phrases:
        return set()
    roots = _predicates(verb)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        roots += [c for c in obj.children if c.dep_ in ("amod", "appos", "conj") and c.i > obj.i]
    for obj in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
        roots += _prep_objects(obj, "as")
    said = [
        " ".join(["", *(t.lemma_.lower() for t in r.subtree if not t.is_punct), ""]) for r in roots
    ]
    return {p for p in phrases if any(f" {p} " in s for s in said)}


def _is_trigger_noun(token: Token, lex: Lexicon) -> bool:
    """Whether a noun triggers a claim of its own ("an agreement with X"): its phrases are its own."""
    return _noun_sense(token, lex) is not None


def _noun_sense(token: Token, lex: Lexicon) -> NounSense | None:
    """The lexicon's sense of a noun, by its surface form, else by its lemma ("sanctions"); a
    sense that asks for a modifier only with one ("a military campaign")."""
    sense = lex.nouns.get(token.lower_) or lex.nouns.get(_noun_lemma(token))
    if sense is not None and sense.modifiers is not None:
        mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
        if not mods & set(sense.modifiers):
            return None
    return sense


def _noun_lemma(token: Token) -> str:
    """A noun's lemma, lower case. "Tributes were paid by world leaders": a plural opening its
    sentence, capitalised there, is read as a name, whose lemma is the word itself."""
    if token.is_sent_start and token.pos_ == "PROPN" and not token.ent_type_:
        return token.lower_.removesuffix("s")
    return token.lemma_.lower()


def _names_given(agent: Token) -> bool:
    """ "his Greek and Cypriot counterparts, Nikos Dendias and ...": the agents are named in
    apposition (the parser may hang the names on the coordination's first member); an act in
    apposition names none ("Iraq's parliament voted ..., a move backed by Iran")."""
    holders = (agent, agent.head) if agent.dep_ == "conj" else (agent,)
    return any(c.dep_ == "appos" and not _is_act(c) for t in holders for c in t.children)


def _hyphenated(modifier: Token, participle: Token) -> bool:
    """Whether a modifier is joined to the participle by a hyphen: "US-backed", "Iranian-backed"."""
    between = participle.doc[modifier.right_edge.i + 1 : participle.i]
    return len(between) == 1 and between[0].text in ("-", "–")


_PARTICLES = frozenset({"out", "away", "back", "up", "down", "off", "over", "along", "together"})


def _particle_read_as_preposition(token: Token, lex: Lexicon) -> bool:
    """ "voted down the bill", "struck down the law": the parser may make a phrasal verb's
    particle a preposition with the object as its own; so when the verb has no object, the
    particle is right after it, and the lexicon has the verb with that particle."""
    verb = token.head
    return (
        token.dep_ == "prep"
        and token.lower_ in _PARTICLES
        and token.i == verb.i + 1
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(
            s.particle and token.lower_ in s.particle
            for s in lex.verbs.get(verb.lemma_.lower(), [])
        )
    )


def _bare_particle(token: Token) -> bool:
    """A phrasal verb's particle the parser read as a preposition or adverb with none of its own
    objects: the "out" of "pulled out of the deal", the "back" of "pushed back against"."""
    return (
        token.lower_ in _PARTICLES
        and token.dep_ in ("prt", "prep", "advmod")
        and not any(c.dep_ in ("pobj", "pcomp") for c in token.children)
    )


def _junta(token: Token) -> bool:
    """ "military leaders", "military rulers", "the military government", "the coup leaders",
    "the new rulers", "the putschists": a junta, in an article that tells of military rule (a
    coup, a junta, power seized); elsewhere ("Ukraine's military leaders asked for air
    defences") they are the state's agents."""
    lemma = token.lemma_.lower()
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    named = (
        lemma in ("leader", "ruler", "government", "regime")
        and (token.tag_ == "NNS" or lemma in ("government", "regime"))
        and "military" in mods
        # "the coup leaders", "the new rulers", "the putschists": the same men, named by the
        # coup or by their newness in power
        or token.tag_ == "NNS"
        and (
            lemma in ("leader", "plotter")
            and "coup" in mods
            or lemma == "ruler"
            and "new" in mods
            or lemma in ("putschist", "mutineer")
        )
    )
    return named and _tells_of_military_rule(token.doc)


def _ruling_juntas(doc: Doc, published: date | None) -> list[Token]:
    """The mentions of a junta that rules on the article's day: not "Thailand's former junta
    leader", "the last military junta fell in 1983", "the junta that ruled from 1967 to 1974".
    Read once per article (kept on the doc): each military word asks."""
    key = "geokg_ruling_juntas"  # kept as token indices: user data may be serialised
    if key in doc.user_data:
        return [doc[i] for i in doc.user_data[key]]
    out: list[Token] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() != "junta":
            continue
        holders = [t, t.head] if t.dep_ == "compound" else [t]
        if any(c.dep_ == "amod" and c.lower_ in _PAST_MARKS for h in holders for c in h.children):
            continue
        years = [
            int(y)
            for e in t.sent.ents
            if e.label_ == "DATE"
            for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", e.text)
        ]
        if years and published is not None and max(years) < published.year - 1:
            continue  # a junta of years gone by
        out.append(t)
    doc.user_data[key] = [t.i for t in out]
    return out


# Modifiers of a body or office that put it in the past.
_PAST_MARKS = frozenset({"former", "last", "previous", "ex", "old", "then", "erstwhile", "late"})


def _tells_of_military_rule(doc: Doc) -> bool:
    """Read once per article (kept on the doc): a scan of every token per noun asked about
    would grow with the square of the article's length."""
    if (told := doc.user_data.get("geokg_military_rule")) is None:
        told = any(t.lemma_.lower() in _COUPS | {"junta"} or _seizes_power(t) for t in doc)
        doc.user_data["geokg_military_rule"] = told
    return bool(told)


def _seizes_power(token: Token) -> bool:
    """ "seized power", "grabbed power": a coup told by its verb."""
    return token.lemma_.lower() in _SEIZING and any(
        c.dep_ == "dobj" and c.lower_ == "power" for c in token.children
    )


def _of_the_country(name: Token) -> bool:
    """Whether a titled name's title is "the country's" or "the nation's"."""
    return any(
        t.lower_ in ("country", "nation")
        and t.dep_ == "poss"
        and any(c.lower_ == "the" for c in t.children)
        for t in name.subtree
        if t.i < name.i
    )


def _one_among(noun: Token) -> tuple[Token, str]:
    """Where a plural noun counted from stands, and as what: "one" in "Poland, one of Ukraine's
    allies" (an apposition) or "is one of ..." (an attribute); "among" in "is among Russia's
    closest partners", an attribute of its verb; else the noun itself."""
    head = noun.head
    if noun.dep_ == "pobj" and noun.tag_ == "NNS":
        if head.lower_ == "of" and head.head.lower_ == "one":
            return head.head, head.head.dep_
        if head.lower_ == "among" and head.head.lemma_ in ("be", "remain"):
            return head, "attr"
    return noun, noun.dep_


def _apposition_anchor(appos: Token) -> Token:
    """ "the war between Israel and Hamas, Iran's ally in Gaza": the parser hangs an
    apposition after a coordination on its first member, but it describes the member right
    before the comma (constructed after outlet copy)."""
    head = appos.head
    before = [c for c in head.conjuncts if head.i < c.i < appos.i]
    return max(before, key=lambda c: c.i) if before else head


def _speaker_after(name: Token) -> bool:
    """Whether a name is the speaker of a trailing attribution the parser hung on a noun before:
    "attacked a US aircraft carrier and ships in the Red Sea, Houthi military spokesman Yahya
    Saree said" (constructed after outlet copy)."""
    nxt = name.right_edge.i + 1
    if nxt >= len(name.doc):
        return False
    verb = name.doc[nxt]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("say", "tell", "add")


def _prep_pcomps(token: Token, prep: str) -> list[Token]:
    """The clauses a preposition hung on a token governs: "sending" in "against sending troops"."""
    return [
        c
        for child in token.children
        if child.dep_ == "prep" and child.lower_ == prep
        for c in child.children
        if c.dep_ == "pcomp"
    ]


def _repeats_preposition(token: Token, preps: Collection[str]) -> bool:
    """Whether one of `preps` hangs on a token with the same preposition coordinated after it:
    "sanctions on Chinese firms and on Iran"."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in preps
        and any(c.dep_ == "conj" and c.lower_ == child.lower_ for c in child.children)
        for child in token.children
    )


def _conj_chain(verb: Token) -> list[Token]:
    """A verb and those it is coordinated after: "recognised ... but opposed" from "opposed"."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _prep_objects(token: Token, prep: str) -> list[Token]:
    """The objects of one preposition hung on a token ("compound" gives its compounds)."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == prep:  # "sent a warning to": dative
            out.extend(c for c in child.children if c.dep_ == "pobj")
            # "sanctions on Ahmadinejad and on Iran's Ministry of Intelligence": the same
            # preposition repeated for each object hangs on the first
            out.extend(
                c
                for again in child.children
                if again.dep_ == "conj" and again.lower_ == prep
                for c in again.children
                if c.dep_ == "pobj"
            )
        if prep == "compound" and child.dep_ == "compound":
            out.append(child)
    return out


# What a call to calm a fight asks for ("called for restraint", "urged calm"), and the verbs of
# that call.
_CALMING = frozenset({"restraint", "calm", "de-escalation", "deescalation"})
# How many sentences after the fight was last told a call for calm is still about it: a
# paragraph of background may come between ("... negotiated a truce. Russia ... called for
# restraint").
_CALM_REACH = 4
_HOSTILE_TYPES = frozenset(
    {
        Relation.ATTACKS,
        Relation.ACCUSES,
        Relation.THREATENS,
        Relation.CRITICIZES,
        Relation.SANCTIONS,
        Relation.OPPOSES,
    }
)
# Verbs of calling for something or pressing others to it, whose subjects are no party to it.
_CALLING_FOR = frozenset(
    {"call", "urge", "press", "push", "appeal", "plead", "demand", "seek", "ask", "mediate"}
)
_URGING_CALM = frozenset({"urge", "call", "appeal", "press", "plead"})

# Verbs telling that a two-sided act happened, whose "between" phrase names its sides:
# "fighting broke out between ...", "clashes erupted between ...".
_BREAKING_OUT = frozenset(
    {"break", "erupt", "flare", "resume", "continue", "rage", "escalate", "intensify", "occur"}
)
# What a two-sided act is fought along or over, which "their" may own: "along their border".
_SIDES_PLACES = ("along", "on", "over", "across", "at")
# The prepositions that set a fight in the past of what a sentence tells: "after the fighting".
_PAST_FRAMES = frozenset({"after", "since", "following", "amid", "despite"})
_TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})

# Collectives who act against the state whose name labels them: "Ecuador's criminal gangs".
_OUTLAW_WORDS = frozenset(
    {"gang", "cartel", "criminal", "smuggler", "trafficker", "terrorist", "pirate", "bandit"}
)


def _outlaws(token: Token) -> bool:
    agents = load_agents()
    lemma = token.lemma_.lower()
    return (
        lemma in _OUTLAW_WORDS
        or token.lower_ in agents.armed
        or lemma in agents.armed
        or token.lower_ in agents.groups
        and token.lower_ not in ("opposition", "protesters", "protestors", "demonstrators")
    )


# What a state is to another: "its Czech ally", "their Canadian partners", "its Somali brothers".
_STATE_KIN = frozenset({"ally", "partner", "neighbour", "neighbor", "brother", "friend"})


def _of_chain(noun: Token) -> list[Token]:
    """A noun, its compound and adjective words and the nouns of its "of" chain: "a wave of
    missile strikes"."""
    out: list[Token] = []
    node: Token | None = noun
    while node is not None:
        out += [node, *(c for c in node.children if c.dep_ in ("compound", "amod"))]
        node = next(iter(_prep_objects(node, "of")), None)
    return out


# Nouns of deciding whose infinitive says what was decided: "the decision by X to designate".
_DECIDING = frozenset({"decision", "plan", "move", "bid", "vote", "pledge", "promise", "order"})


def _decided_by(verb: Token) -> Token | None:
    """The noun of deciding an infinitive says the content of: its head ("the decision to
    designate"), or the object just before it the parser hangs it past ("welcomed the decision
    by Iraq's council last month to designate")."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _DECIDING:
        return verb.head
    if verb.dep_ in ("advcl", "xcomp"):
        return next(
            (
                c
                for c in verb.head.children
                if c.dep_ == "dobj" and c.lemma_.lower() in _DECIDING and c.i < verb.i
            ),
            None,
        )
    return None


def _reduplicated(verb: Token) -> list[Token]:
    """The words of a reduplicated adverbial hung on a verb: "shoulder to shoulder", "side by
    side", "hand in hand", "face to face"."""
    doc = verb.doc
    for child in verb.children:
        for a in (child.i, child.i - 2):
            if (
                0 <= a
                and a + 2 < len(doc)
                and doc[a].pos_ in ("NOUN", "VERB")
                and doc[a].lower_ == doc[a + 2].lower_
                and doc[a + 1].lower_ in ("to", "by", "in")
            ):
                return list(doc[a : a + 3])
    return []


# Named-entity types that say when or how much, never which agreement.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to `top`'s child on the way, `token` first; none from `top`
    itself, and all of `token`'s ancestors when `top` is not one of them."""
    path: list[Token] = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _definite(token: Token) -> bool:
    """Whether a noun is made definite by an article or demonstrative ("the deal", "this
    treaty"); a possessive is no article here: "Iran's deal" says whose."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in token.children
    )


@cache
def _judging_words() -> frozenset[str]:
    """Adjectives that judge what they modify ("an illegal deal", "a dangerous plan") and so do
    not say which one is meant."""
    return frozenset(load_evaluation().adjectives)


def _np_text(token: Token) -> str:
    words = [
        t
        for t in token.subtree
        if t.dep_ not in ("det", "punct", "relcl", "prep") or t.i == token.i
    ]
    words = [t for t in words if token.left_edge.i <= t.i <= token.i]
    return " ".join(t.text for t in words).strip()


@cache
def _state_forms(own: bool = False) -> dict[str, frozenset[str]]:
    """Each state's names and demonyms as the gazetteer finds them, lower-cased; with `own`,
    not its capital or seat ("London", "the White House"), which the gazetteer also maps to it."""
    from geokg.ingest.gazetteer import load_gazetteer

    forms: dict[str, set[str]] = {}
    for pattern in load_gazetteer().patterns:
        entity, _, role = str(pattern.get("id", "")).partition("|")
        if (
            entity.startswith("country:")
            and isinstance(pattern.get("pattern"), str)
            and (not own or role in ("name", "demonym"))
        ):
            forms.setdefault(entity, set()).add(pattern["pattern"].lower())
    return {k: frozenset(v) for k, v in forms.items()}


def _gazetteer_known() -> dict[str, Any]:
    from geokg.ingest.gazetteer import load_gazetteer

    return load_gazetteer().known


def _region_state(entity: str) -> str | None:
    """The state a region the gazetteer knows only from ISO 3166-2 lies in."""
    from geokg.ingest.gazetteer import load_gazetteer

    return load_gazetteer().region_states.get(entity)


def _seat_of_state(entity: str) -> bool:
    """Whether an entity is a capital or seat of government, which acts as its state ("welcomed
    Beijing's decision"; `_SentenceReader._seat_acting` makes the claim the state's)."""
    known = _gazetteer_known().get(entity)
    return known is not None and known.kind is Kind.LOCATION and known.country is not None


@cache
def _gazetteer_ids() -> frozenset[str]:
    from geokg.ingest.gazetteer import load_gazetteer

    return frozenset(load_gazetteer().known)

"""The spaCy pipeline: the configured model with the gazetteer ahead of its NER."""

import re
from functools import cache

import pycountry
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, filter_spans

from geokg.ingest.errors import IngestError
from geokg.ingest.gazetteer import load_gazetteer, populated_places, regions


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser must not join a closing quotation to the
    next paragraph's first sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def read_as_headline(doc: Doc, nlp: Language | None = None) -> Doc:
    """A parsed headline, its telegraphic grammar put in the dependencies running text has.

    The parser learnt from running text; a headline drops the copula and joins subjects with a
    comma. "UK to impose sanctions on Russia" leaves "UK" with no subject's label (it is the
    subject of a plan, as in "the UK is to impose"); "Saudi Arabia, Iran agree to restore ties"
    gives the verb two subjects where the rules read one and its conjuncts. With `nlp`, a verb
    the parser took for a plural noun is read as the verb (`_verb_read_as_noun`)."""
    if nlp is not None:
        doc = _verb_read_as_noun(doc, nlp)
    for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")):
        kids = list(root.children)
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
        if not subjects and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            left = [
                c
                for c in kids
                if c.i < root.i
                and c.dep_ in ("dep", "npadvmod", "nmod", "compound", "appos")
                and c.pos_ in ("PROPN", "NOUN")
            ]
            if left:
                left[-1].dep_ = "nsubj"
                subjects = [left[-1]]
        for later in subjects[1:]:
            later.head, later.dep_ = subjects[0], "conj"
    return doc


_PRESENT = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _verb_read_as_noun(doc: Doc, nlp: Language) -> Doc:
    """The headline parsed with its verb as a verb, when the parser took it for a plural noun.

    A headline drops the words that tell "sanctions" the verb from "sanctions" the noun: the
    parser reads "US sanctions Chinese firms" as a noun phrase with no verb at all. When the
    root is no verb and a plural noun after a name is a verb the lexicon knows, the headline is
    parsed again with that word as "will" and its base form, which only a verb can follow; the
    parse is kept, on the headline's own words, if the verb then heads it. The verb keeps its
    own form and tag, so the claim reads as the headline's present, not as a plan."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("VERB", "AUX"):
        return doc
    known = _lexicon_verbs()
    verb = next(
        (
            t
            for t in doc[1:-1]
            if t.tag_ == "NNS"
            and t.lemma_.lower() in known
            and (doc[t.i - 1].pos_ == "PROPN" or doc[t.i - 1].ent_type_)
            and not doc[t.i + 1].is_punct
        ),
        None,
    )
    if verb is None:
        return doc
    i = verb.i
    text = (
        doc[:i].text_with_ws + "will " + verb.lemma_.lower() + verb.whitespace_ + doc[i + 1 :].text
    )
    other = nlp(text)
    # one token more, at i; the verb at i + 1 must head its sentence, as a verb
    if len(other) != len(doc) + 1 or other[i].lower_ != "will":
        return doc
    if (other[i + 1].dep_, other[i + 1].pos_) != ("ROOT", "VERB"):
        return doc
    back = [k if k < i else k - 1 for k in range(len(other))]
    back[i] = i  # "will" hangs on the verb, which takes its place
    rows = [t for t in other if t.i != i]
    mended = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=[back[t.head.i] for t in rows],
        deps=[t.dep_ for t in rows],
        pos=[t.pos_ for t in rows],
        tags=[verb.tag_.replace("NNS", "VBZ") if t.i == i + 1 else t.tag_ for t in rows],
        lemmas=[t.lemma_ for t in rows],
        morphs=[_PRESENT if t.i == i + 1 else str(t.morph) for t in rows],
    )
    # Doc.from_docs joins the headline's vectors to the body's
    if other.tensor.size:
        mended.tensor = other.tensor[[t.i for t in rows]]
    mended.ents = [
        Span(mended, back[e.start], back[e.end - 1] + 1, e.label_, kb_id=e.kb_id_, span_id=e.id_)
        for e in other.ents
    ]
    return mended


MAX_SENTENCE_TOKENS = 200
"""The longest run of tokens without a sentence end that the parser and the rules see. Real news
stays well under it (the longest such run in the 283 Wikinews articles is 133 tokens), so only
a run of words with no end or a table of numbers is cut: the claim rules take time that grows
faster than the sentence (each actor of one list with each actor of another)."""
_ENDS = frozenset({".", "!", "?", "...", "\u2026", "\u3002", "\uff01", "\uff1f", "\u0964"})
_PAUSES = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014"})


@Language.component("sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """Start a sentence where a run of tokens with no sentence end reaches MAX_SENTENCE_TOKENS:
    after the run's last comma, semicolon, colon or dash in its second half, else at the cap.
    The parser keeps a sentence start set before it; it adds others, never removes one."""
    start = 0
    for token in doc[1:]:
        i, previous = token.i, doc[token.i - 1]
        # A full stop before a lower-case word may not end the sentence ("U.S. . and"), so it
        # does not reset the count.
        if token.is_sent_start or (previous.text in _ENDS and not token.is_lower):
            start = i
        elif i - start >= MAX_SENTENCE_TOKENS:
            half = start + MAX_SENTENCE_TOKENS // 2
            cut = next((j for j in range(i, half, -1) if doc[j - 1].text in _PAUSES), i)
            doc[cut].is_sent_start = True
            start = cut
    return doc


# A country's name after these words names something else: "New Mexico", "New Jersey" are US
# states, "New Guinea" an island (the countries "New Zealand" and "Papua New Guinea" are whole
# names in the gazetteer and match first); "Native American" names a people older than the state.
_NOT_THE_COUNTRY_AFTER = frozenset({"new", "native"})
# "Latin American", "South American" countries are the continent's, not the United States'.
_CONTINENT_OF_AMERICA = frozenset({"latin", "south", "north", "central", "pan"})
# Names of a state that need "the" to be its name: "the Islamic Republic".
_NAMED_WITH_THE = frozenset({"islamic republic"})
# Waters named after a country: "the Sea of Japan", "the Gulf of Mexico" are no state.
_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean"})


# Lower-case particles inside personal names: "Ursula von der Leyen", "Rafael de la Fuente",
# "Mohammed bin Salman". The recogniser often ends a name at one ("Ursula von" and a place
# "Leyen"); the resolver keeps them in a name's words.
NAME_PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "di",
        "del",
        "dela",
        "della",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "ter",
        "ten",
        "zu",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "abu",
    }
)


@Language.component("name_particles")
def name_particles(doc: Doc) -> Doc:
    """A person's name runs on through its lower-case particles to the capitalised word after
    them: "Ursula von" + "der" + "Leyen" is one name, and the place the recogniser found in
    "Leyen" goes."""
    grown = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ == "PERSON":
            j = end
            while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j].is_lower:
                j += 1
            if j > end and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
                while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
                    j += 1
                end = j
        grown.append(Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent)
    if any(g is not e for g, e in zip(grown, doc.ents, strict=True)):
        doc.ents = filter_spans(grown)
    return doc


# Labels of the recogniser's names, which a quantity can end but not belong to.
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _counts_beyond(number: Token, ent: Span) -> bool:
    """Whether a number inside a name counts something after it that is no part of the name:
    "Apple 1.8 billion euros", "Labour Party - 203 seats"; not "The Fifth Fleet", "Air Force
    One", "Apollo 11", where it is a word of the name."""
    if not number.like_num or number.is_title or ent.start <= number.head.i < number.i:
        return False
    rest = ent.doc[number.i : ent.end]
    if any(t.is_title for t in rest):
        return False  # "The Three Gorges Dam"
    counted = rest[-1].head if rest[-1].head.i >= ent.end else rest[-1]
    return counted.tag_ == "NNS" and not counted.is_title


@Language.component("name_numbers")
def name_numbers(doc: Doc) -> Doc:
    """A name ends before a quantity the recogniser ran it into: in "fined Apple 1.8 billion
    euros" the number counts the euros, so the name is "Apple". Numbers that belong to the
    name ("Apollo 11", "Group of 20") hang on a word of it before them and stay."""
    trimmed = []
    for ent in doc.ents:
        if ent.label_ not in _NAMES:
            trimmed.append(ent)  # "$2 billion" is the quantity itself
            continue
        end = next((t.i for t in ent[1:] if _counts_beyond(t, ent)), ent.end)
        if end < ent.end:
            while end - 1 > ent.start and doc[end - 1].is_punct:
                end -= 1  # "Labour Party - 203 seats"
        trimmed.append(Span(doc, ent.start, end, label=ent.label_) if end < ent.end else ent)
    if any(t is not e for t, e in zip(trimmed, doc.ents, strict=True)):
        doc.set_ents(trimmed, default="missing")
    return doc


def _middle_initial(token: Token) -> bool:
    """A capital letter and a full stop, as in "Antony J. Blinken"."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


@Language.component("gazetteer_guard")
def gazetteer_guard(doc: Doc) -> Doc:
    """Drop a one-word place match that is part of a longer name ("Vladimir Putin", "New
    Mexico")."""
    kept = []
    for ent in doc.ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        # "Latin-American": the word before a hyphen
        joined = (
            doc[ent.start - 2]
            if ent.start > 1 and before is not None and before.text in ("-", "–")
            else before
        )
        if (
            ent.ent_id_.startswith("country:")
            and before is not None
            and before.is_title
            and before.lower_ in _NOT_THE_COUNTRY_AFTER
            or ent.ent_id_.split("|")[0] == "country:USA"
            and joined is not None
            and joined.is_title
            and joined.lower_ in _CONTINENT_OF_AMERICA
            and ent.text.lower().startswith("america")
            # "an Islamic Republic": a kind of state; "the Islamic Republic" is Iran
            or ent.text.lower() in _NAMED_WITH_THE
            and (before is None or before.lower_ != "the")
        ):
            _forget_id(ent)
            continue
        if (
            ent.start > 1
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].lower_ in _WATERS
            and doc[ent.start - 2].is_title
        ):
            _forget_id(ent)
            continue
        if ent.ent_id_.startswith("loc:") and len(ent) == 1:
            after = doc[ent.end] if ent.end < len(doc) else None
            before = doc[ent.start - 1] if ent.start > 0 else None
            if (
                (after is not None and after.is_title and after.is_alpha)
                or (
                    # "Vladimir V. Putin": a first name before a middle initial and a surname
                    after is not None
                    and _middle_initial(after)
                    and after.i + 1 < len(doc)
                    and doc[after.i + 1].is_title
                    and doc[after.i + 1].is_alpha
                )
                or (
                    before is not None
                    and before.is_title
                    and before.is_alpha
                    and not before.is_sent_start
                )
            ):
                _forget_id(ent)
                continue
        if ent.ent_id_.startswith("country:") and _people_of_a_place(ent):
            _forget_id(ent)  # "Kosovo Serbs", "Kosovo Albanian leaders": a people, not the state
            continue
        if ent.ent_id_.startswith("country:") and _region_of_another_state(ent):
            _forget_id(ent)  # "David Perdue of Georgia", with Florida and Utah: the US state
            continue
        if ent.ent_id_.startswith("org:") and _named_by_word_before(ent):
            # "National Congress", "Kataeb Hezbollah", "Supreme National Security Council":
            # another organisation
            _forget_id(ent)
            continue
        if ent.ent_id_.startswith("org:") and len(ent) > 1 and _owned_by_place_before(ent):
            _forget_id(ent)  # "Maryland General Assembly": the state's own, not the UN's
            continue
        if ent.ent_id_.startswith("org:") and _given_name_spelling(ent):
            _forget_id(ent)  # "Isil Yucel", "Irna Narulita": a name, not ISIL or IRNA
            continue
        kept.append(ent)
    # "missing", not "outside": the NER must still label the tokens set free.
    doc.set_ents(kept, default="missing")
    return doc


def _given_name_spelling(ent: Span) -> bool:
    """Whether an acronym matched in one capital ("Isil", "Irna") is a given name: a
    capitalised word follows it, a surname."""
    if len(ent) != 1 or ent.text not in load_gazetteer().word_acronyms:
        return False
    # resolve reads the pipeline's name particles, so its roles are imported here, not above
    from geokg.ingest.resolve import load_roles

    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    roles = load_roles()
    return (
        after is not None
        and after.is_title
        and after.is_alpha
        and after.lower_ not in roles.leader | roles.affiliated | roles.honorifics
        and after.lower_ not in _BODY_WORDS
    )


# Words after an acronym that continue a body's name or title, not a person's: "Ecowas
# Commission", "Brics summit".
_BODY_WORDS = frozenset(
    {"commission", "council", "member", "members", "states", "summit", "bloc", "leaders"}
)


def _people_of_a_place(ent: Span) -> bool:
    """Whether a state's name qualifies a people's word after it ("Kosovo Serbs", "Kosovo
    Albanian")."""
    if ent.end >= len(ent.doc):
        return False
    word = ent.doc[ent.end].lower_.removesuffix("s")
    return word in load_gazetteer().demonyms or word in _PEOPLES


# Peoples named by no state's demonym, that a place's name may qualify: "Kosovo Serbs".
_PEOPLES = frozenset(
    {"serb", "croat", "bosniak", "kurd", "arab", "jew", "tamil", "uyghur", "rohingya", "pashtun"}
)


def _region_of_another_state(ent: Span) -> bool:
    """Whether a country's name ("Georgia", "Niger") is there a state or province of another
    state (a US state, a Nigerian state): its sentence names other states or provinces of that
    one ("Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia") by names no
    town bears ("Washington", "Lagos" may be cities) and no other country; and nothing else of
    the country (its capital, its people) is matched in the text."""
    found = _states_named_like_countries().get(ent.text)
    if not found:
        return False
    home, others = found
    known = load_gazetteer().known
    country = ent.ent_id_.split("|")[0]  # the ruler's ids carry the form: "country:GEO|name"
    sentence = ent.sent
    for e in ent.doc.ents:
        other = e.ent_id_.split("|")[0]
        if e.text != ent.text and (
            other == country or getattr(known.get(other), "country", None) == country
        ):
            return False  # "Georgian", "Tbilisi": the country
        if (
            other.startswith("country:")
            and other not in (country, home)
            and sentence.start <= e.start < sentence.end
        ):
            return False  # "the border with Niger and Chad": among countries
    towns = populated_places()
    for name in others - towns - {ent.text}:
        for match in re.finditer(rf"\b{re.escape(name)}\b", sentence.text):
            start = sentence.start_char + match.start()
            # "the Niger Delta": a word of the same name is no sibling
            if (
                start != ent.end_char + 1
                and sentence.start_char + match.end() + 1 != ent.start_char
            ):
                return True
    return False


@cache
def _states_named_like_countries() -> dict[str, tuple[str, frozenset[str]]]:
    """Country names that are also a state or province of another country (pycountry: "Georgia"
    of the United States, "Niger" of Nigeria), each with that other country's id and the names
    of its states or provinces."""
    countries = {c.name: c.alpha_2 for c in pycountry.countries} | {
        getattr(c, "common_name", c.name): c.alpha_2 for c in pycountry.countries
    }
    top = [
        s
        for s in pycountry.subdivisions
        if s.parent_code is None and s.type in ("State", "Province")
    ]
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for s in top:
        if countries.get(s.name, s.country_code) != s.country_code:
            home = pycountry.countries.get(alpha_2=s.country_code)
            out[s.name] = (
                f"country:{home.alpha_3}" if home is not None else "",
                frozenset(t.name for t in top if t.country_code == s.country_code),
            )
    return out


def _named_by_word_before(ent: Span) -> bool:
    """Whether a one-word organisation name (not an acronym) is the last word of a longer name:
    a proper noun before it that no gazetteer entry holds ("National Congress" in Argentina,
    "Kataeb Hezbollah"); "Lebanese Hezbollah" and "the Pentagon" keep theirs."""
    if ent.start == 0 or ent.text.isupper():
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.is_title
        and before.is_alpha
        and before.pos_ == "PROPN"
        and not before.is_stop
        and not before.is_sent_start
        and not before.ent_id_
    )


def _owned_by_place_before(ent: Span) -> bool:
    """Whether a body's name of common words ("General Assembly", "Supreme Court") follows the
    name of a state's region or a town that makes it that place's own: the Maryland General
    Assembly is not the one the gazetteer means by the bare words."""
    if ent.start == 0 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    words: list[str] = []
    i = ent.start - 1
    while i >= 0 and ent.doc[i].is_title and ent.doc[i].pos_ == "PROPN":
        words.insert(0, ent.doc[i].text)
        if ent.doc[i].is_sent_start:
            break
        i -= 1
    return bool(words) and " ".join(words) in _regions_and_towns()


@cache
def _regions_and_towns() -> frozenset[str]:
    """First-level subdivisions of every state (pycountry: "Maryland", "Bavaria", "Punjab")
    and towns of 15,000 people or more (the gazetteer's `towns`)."""
    return regions() | populated_places()


@Language.component("verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """Mend the rule lemmatizer's cuts of an inflected verb ending in "e" ("staged" -> "stag",
    "hopes" -> "hop") when the lemma with its "e" is a verb the trigger lexicon knows and the
    cut one is not: the lexicon is looked up by lemma."""
    known = _lexicon_verbs()
    for token in doc:
        lemma = token.lemma_.lower()
        if (
            token.pos_ in ("VERB", "AUX")
            and token.lower_.endswith(("ed", "es", "ing"))
            and lemma not in known
            and lemma + "e" in known
        ):
            token.lemma_ = lemma + "e"
    return doc


@cache
def _lexicon_verbs() -> frozenset[str]:
    from geokg.ingest.lexicon import load_lexicon

    lex = load_lexicon()
    words = {w.split()[0] for name, ws in lex.words.items() if name != "country_heads" for w in ws}
    return frozenset(lex.verbs) | frozenset(words)


def _forget_id(ent: Span) -> None:
    """Clear the gazetteer's id from a dropped match's tokens: the entity the NER then finds
    there ("New Jersey") must not inherit the country's id."""
    for token in ent:
        token.ent_id_ = ""


_DASHES = frozenset({"\u2014", "\u2013", "--"})


@Language.component("wire_datelines")
def wire_datelines(doc: Doc) -> Doc:
    """A wire dateline ("BEIJING, Jan 5 (Reuters) -", "SEOUL, South Korea (AP) \u2014",
    "Washington (CNN) \u2014") is a sentence of its own. Run into the paragraph's first sentence,
    it makes the parser take the agency for the subject and the real subject for an apposition
    ("ADDIS ABABA (Reuters) - U.N. Secretary General Antonio Guterres will meet ..." had no
    one meeting anyone)."""
    for token in doc:
        if token.is_sent_start:  # before the parser: the text's and its paragraphs' starts
            dash = _dateline_dash(doc[token.i : token.i + 16])
            if dash is not None and dash + 1 < len(doc):
                doc[dash + 1].is_sent_start = True
    return doc


@Language.component("dateline_places")
def dateline_places(doc: Doc) -> Doc:
    """ "ABUJA, Nigeria —", "ADDIS ABABA (Reuters) -": the dateline's city in capitals is the
    place the gazetteer knows in title case; its patterns match the letters as written."""
    found = []
    for token in doc:
        if not token.is_sent_start or _dateline_dash(doc[token.i : token.i + 16]) is None:
            continue
        end = token.i
        while end < len(doc) and (doc[end].is_upper and doc[end].is_alpha or doc[end].text == "-"):
            end += 1
        place = _places_by_name().get(doc[token.i : end].text.lower())
        if place is not None:
            found.append(Span(doc, token.i, end, label="GPE", span_id=place))
    if found:
        # what the ruler found inside the capitals ("AU" in "PORT-AU-PRINCE") gives way
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = kept + found
    return doc


@cache
def _places_by_name() -> dict[str, str]:
    """Gazetteer place names, lower case -> the ruler's id for them."""
    return {
        p["pattern"].lower(): p["id"]
        for p in load_gazetteer().patterns
        if isinstance(p["pattern"], str) and p["id"].startswith("loc:")
    }


def _dateline_dash(opening: Span) -> int | None:
    """The index of the dash that ends a dateline at the start of `opening`, if it has one: a
    dash (an en or em dash, or a hyphen with a space either side) after a place in capitals or
    an agency's credit in brackets, with no sentence end before it."""
    for t in opening[1:]:
        if t.text in (".", "!", "?") or t.is_space and "\n" in t.text:
            return None
        spaced_hyphen = t.text == "-" and t.whitespace_ and t.nbor(-1).whitespace_
        if t.text in _DASHES or spaced_hyphen:
            credit = t.nbor(-1).text == ")" and any(
                x.text == "(" for x in opening[: t.i - opening.start]
            )
            capitals = opening[0].text.isupper() and len(opening[0].text) > 2
            return t.i if credit or capitals else None
    return None


def _keep_abbreviations_whole(nlp: Language) -> None:
    """ "said Ugandan army spokesman Brig. Richard Karemire": the tokeniser knows "Gen." and
    "Sen." but cuts "Brig.", "Col.", "Maj.", "Capt." into a word and a full stop, which the parser
    then ends the sentence at; the titles of `data/roles.json` written with a stop stay whole."""
    # resolve reads the pipeline's name particles, so its roles are imported here, not above
    from geokg.ingest.resolve import load_roles

    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokeniser, with abbreviations of its own
    for form in load_roles().honorifics:
        if form.endswith(".") and len(form) > 2:
            for cased in {form.capitalize(), form.upper()}:
                add_special_case(cased, [{"ORTH": cased}])


def _cut_initialisms_hyphened(nlp: Language) -> None:
    """ "U.S.-Iranian talks", "a U.S.-drafted resolution", "the U.N.-backed government": the
    tokeniser cuts "US-Iranian" at its hyphen but keeps "U.S.-Iranian" one word, which then names
    no state; a hyphen after an initialism's full stop is cut as any other."""
    if not hasattr(nlp.tokenizer, "infix_finditer"):
        return  # a custom tokeniser, with rules of its own
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@cache
def load_nlp(model: str) -> Language:
    """Load `model` once per process and put the gazetteer's EntityRuler before its NER."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise IngestError(model, f"spaCy model {model!r} is not installed: {exc}") from exc
    _keep_abbreviations_whole(nlp)
    _cut_initialisms_hyphened(nlp)
    before = "ner" if "ner" in nlp.pipe_names else None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
        nlp.add_pipe("wire_datelines", after="paragraph_breaks")
        nlp.add_pipe("sentence_cap", after="wire_datelines")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="gazetteer",
        before=before,
        config={"overwrite_ents": True, "validate": False},
    )
    ruler.add_patterns(load_gazetteer().patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("gazetteer_guard", after="gazetteer")
    nlp.add_pipe("dateline_places", after="gazetteer_guard")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("name_particles", after="ner")
        nlp.add_pipe("name_numbers", after="name_particles")
    _regions_and_towns()  # built with the pipeline, not inside an article's time limit
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("verb_lemmas", after="lemmatizer")
    return nlp

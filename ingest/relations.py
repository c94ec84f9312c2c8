"""Claims from the dependency parse: who did what to whom, how sure, according to whom, when.

Triggers and their argument slots come from `data/triggers.json` (a lexicon users extend
without code); titles from `data/roles.json`. Precision first: an argument that resolves to
no entity, or to a pronoun without a clear antecedent, gives no claim.
"""

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import dateparser
from spacy.tokens import Doc, Span, Token

from graph.models import Article, Claim
from graph.ontology import SYMMETRIC, Kind, Modality, Relation, Tense
from ingest.gazetteer import slug
from ingest.resolve import Resolution, clean_surface, load_roles

TRIGGERS = Path(__file__).parent / "data" / "triggers.json"
EXTRACTOR_VERSION = "0.1.0"

_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "ccomp", "relcl", "acl", "pcomp"})


@dataclass(frozen=True)
class Lexicon:
    """The trigger lexicon, as loaded from its data file."""

    verbs: dict[str, list[dict[str, Any]]]
    nouns: dict[str, dict[str, Any]]
    words: dict[str, frozenset[str]]


@cache
def load_lexicon(path: Path = TRIGGERS) -> Lexicon:
    """The trigger lexicon, loaded once; unknown relation types fail loudly."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for specs in data["verbs"].values():
        for spec in specs:
            Relation(spec["type"])
    for spec in data["nouns"].values():
        Relation(spec["type"])
    lists = {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
    return Lexicon(verbs=data["verbs"], nouns=data["nouns"], words=lists)


@dataclass
class _Candidate:
    type: Relation
    subject: str
    object: str
    trigger: Token
    confidence: float
    role: str | None = None
    items: list[str] = field(default_factory=list)
    modality: Modality | None = None  # set when the rule itself knows it
    attributed_to: str | None = None


def extract_claims(doc: Doc, res: Resolution, article: Article) -> list[Claim]:
    """Every claim of the article, in text order, with deterministic ids."""
    lex = load_lexicon()
    published = article.published_at.date()
    claims: dict[str, Claim] = {}
    for index, sent in enumerate(doc.sents):
        reader = _SentenceReader(sent, res, lex)
        for cand in reader.candidates():
            claim = _to_claim(cand, sent, index, reader, article, published)
            if claim is not None and claim.id not in claims:
                claims[claim.id] = claim
        reader.remember()
    return sorted(claims.values(), key=lambda c: (c.sentence_index, c.char_start, c.id))


class _SentenceReader:
    """Reads one sentence: arguments, triggers and the modality around them."""

    # Person entities recently in subject position, for "he"/"his" (shared across sentences).
    _recent_persons: list[str] = []

    def __init__(self, sent: Span, res: Resolution, lex: Lexicon) -> None:
        self.sent = sent
        self.res = res
        self.lex = lex
        if sent.start == 0:
            _SentenceReader._recent_persons = []

    # ---- arguments --------------------------------------------------------------------

    def entities(self, token: Token, with_conj: bool = True) -> list[str]:
        """The entities a nominal token stands for, with its coordinated siblings."""
        found: list[str] = []
        own = self._entity_of(token)
        if own:
            found.append(own)
        if with_conj:
            for child in token.children:
                if child.dep_ == "conj":
                    found.extend(self.entities(child))
        return list(dict.fromkeys(found))

    def _entity_of(self, token: Token) -> str | None:
        entity = self.res.entity_at(token)
        if entity:
            return entity
        lower = token.lower_
        if lower in _PRONOUNS:
            return self._antecedent()
        if token.lemma_.lower() in self.lex.words["country_heads"] or token.lower_ in self.lex.words[
            "country_heads"
        ]:
            # "North Korean officials", "the Russian delegation", "Assad's government"
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod"):
                    entity = self.res.entity_at(child)
                    if entity and self.res.kind_of(entity) in (Kind.COUNTRY, Kind.ORGANIZATION):
                        return entity
        if token.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass") and token.lower_ in ("which", "that", "who"):
            return None
        return self._topic(token)

    def _antecedent(self) -> str | None:
        recent = _SentenceReader._recent_persons
        return recent[-1] if recent else None

    def _topic(self, token: Token) -> str | None:
        """An unnamed object such as "crippling U.N. sanctions": a Topic node."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or (
            lemma not in self.lex.words["topic_heads"] and token.lower_ not in self.lex.words["topic_heads"]
        ):
            return None
        mods = [
            c for c in token.children
            if c.dep_ in ("compound", "amod", "nmod") and (self.res.entity_at(c) or c.pos_ in ("PROPN", "NOUN"))
        ]
        if not mods:
            # "the sanctions": the latest topic with the same head, if any.
            head = token.lower_
            for node in reversed(list(self.res.nodes.values())):
                if node.kind is Kind.TOPIC and node.name.lower().split()[-1] == head:
                    node.forms[clean_surface(_np_text(token))] += 1
                    return node.id
            return None
        start = min(m.left_edge.i for m in mods)
        words = [t for t in token.doc[start : token.i + 1] if t.pos_ not in ("DET",) and t.dep_ != "poss"]
        words = [t for t in words if not (t.pos_ == "ADJ" and not self.res.entity_at(t) and t.i == start and len(words) > 2)]
        name = " ".join(t.text for t in words).replace(".", "").replace(" ’s", "").strip()
        if not name:
            return None
        return self.res.add_node(f"topic:{slug(name)}", name, Kind.TOPIC, form=_np_text(token))

    def subjects(self, verb: Token) -> list[str]:
        """The actors of a verb: its subject, the agent of a passive, or its governor's."""
        for child in verb.children:
            if child.dep_ == "nsubj":
                if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    return self.entities(verb.head)
                return self.entities(child)
        for child in verb.children:
            if child.dep_ == "agent":
                return [e for p in child.children if p.dep_ == "pobj" for e in self.entities(p)]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp":
                # "urged X to stop": the object of the governor acts; else its subject.
                objects = [c for c in verb.head.children if c.dep_ == "dobj"]
                if objects:
                    return self.entities(objects[0])
            return self.subjects(verb.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self.entities(verb.head)
        return []

    def slot(self, verb: Token, name: str) -> list[Token]:
        """The tokens filling one argument slot of a verb."""
        out: list[Token] = []
        for child in verb.children:
            if name == "dobj" and child.dep_ in ("dobj", "attr"):
                out.append(child)
            elif name == "dobj" and child.dep_ == "nsubjpass":
                out.append(child)
            elif name == "dative" and child.dep_ == "dative":
                out.append(child)
            elif name == "poss_of_dobj" and child.dep_ == "dobj":
                out.extend(c for c in child.children if c.dep_ == "poss")
            elif child.dep_ in ("prep", "agent", "dative") and child.lower_ == name:
                out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            elif child.dep_ == "prt" and child.lower_ == name:
                out.extend(c for c in verb.children if c.dep_ == "pobj")
        if verb.dep_ == "relcl" and name == "dobj":
            if any(c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in verb.children):
                out.append(verb.head)
        return out

    # ---- triggers ---------------------------------------------------------------------

    def candidates(self) -> Iterator[_Candidate]:
        """Every claim candidate of the sentence."""
        for token in self.sent:
            if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
                yield from self._verb(token)
            if token.pos_ in ("NOUN", "PROPN"):
                yield from self._noun(token)
        yield from self._titles()

    def _verb(self, verb: Token) -> Iterator[_Candidate]:
        for spec in self.lex.verbs.get(verb.lemma_.lower(), []):
            if "particle" in spec and not any(
                c.lower_ in spec["particle"] for c in verb.children if c.dep_ in ("prt", "advmod", "acomp")
            ):
                continue
            if "requires_dobj" in spec and not any(
                c.dep_ == "dobj" and c.lower_ in spec["requires_dobj"] for c in verb.children
            ):
                continue
            subjects = [s for s in self.subjects(verb) if self._kind_ok(s, spec.get("subject_kinds"))]
            passive = any(c.dep_ == "nsubjpass" for c in verb.children)
            objects: list[str] = []
            for name in spec["object"]:
                for tok in self.slot(verb, name):
                    if passive and name == "dobj" and tok.dep_ != "nsubjpass":
                        continue
                    objects.extend(self.entities(tok))
            objects = [o for o in dict.fromkeys(objects) if self._kind_ok(o, spec.get("object_kinds"))]
            rel = Relation(spec["type"])
            items = [_np_text(t) for n in spec.get("items", []) for t in self.slot(verb, n)
                     if not self.res.entity_at(t)]
            base = 0.8 if objects and subjects else 0.0
            for s in subjects:
                for o in objects:
                    if s != o:
                        yield _Candidate(rel, s, o, verb, base, items=items)
            if not objects and spec.get("symmetric_subjects") and rel in SYMMETRIC and len(subjects) > 1:
                for i, a in enumerate(subjects):
                    for b in subjects[i + 1 :]:
                        yield _Candidate(rel, a, b, verb, 0.75)
            if "alleges" in spec:
                yield from self._allegation(verb, spec["alleges"], objects)

    def _allegation(self, verb: Token, prep: str, accused: list[str]) -> Iterator[_Candidate]:
        """ "accused North Korea of providing Russia with arms": the content is alleged."""
        for tok in self.slot(verb, prep):
            if tok.pos_ == "VERB" or tok.tag_ == "VBG":
                for spec in self.lex.verbs.get(tok.lemma_.lower(), []):
                    rel = Relation(spec["type"])
                    objects = [e for n in spec["object"] for t in self.slot(tok, n) for e in self.entities(t)]
                    items = [_np_text(t) for n in spec.get("items", []) for t in self.slot(tok, n)
                             if not self.res.entity_at(t)]
                    for s in accused:
                        for o in dict.fromkeys(objects):
                            if s != o and self._kind_ok(o, spec.get("object_kinds")):
                                yield _Candidate(rel, s, o, tok, 0.75, items=items, modality=Modality.ALLEGED)

    def _noun(self, noun: Token) -> Iterator[_Candidate]:
        spec = self.lex.nouns.get(noun.lower_) or self.lex.nouns.get(noun.lemma_.lower())
        if spec is None:
            return
        rel = Relation(spec["type"])
        subjects: list[str] = []
        objects: list[str] = []
        for name in spec.get("subject", []):
            subjects.extend(self._noun_slot(noun, name))
        for name in spec.get("object", []):
            objects.extend(self._noun_slot(noun, name))
        objects = [o for o in objects if self._kind_ok(o, spec.get("object_kinds"))]
        items = [_np_text(t) for n in spec.get("items", []) for t in _prep_objects(noun, n)]
        if rel in SYMMETRIC and not subjects and len(objects) > 1:
            subjects, objects = objects[:1], objects[1:]  # "the Kim-Putin meeting"
        for s in dict.fromkeys(subjects):
            for o in dict.fromkeys(objects):
                if s != o:
                    yield _Candidate(rel, s, o, noun, 0.7, items=items)

    def _noun_slot(self, noun: Token, name: str) -> list[str]:
        if name in ("poss", "compound", "amod"):
            return [e for c in noun.children if c.dep_ == name for e in self._mod_entities(c)]
        return [e for t in _prep_objects(noun, name) for e in self.entities(t)]

    def _mod_entities(self, token: Token) -> list[str]:
        out = []
        for t in token.subtree:
            e = self.res.entity_at(t)
            if e and e not in out:
                out.append(e)
        if not out and token.lower_ in _PRONOUNS:
            ante = self._antecedent()
            out = [ante] if ante else []
        return out

    def _titles(self) -> Iterator[_Candidate]:
        """Titles, appositions and possessives: LEADER_OF, AFFILIATED_WITH, PART_OF, LOCATED_IN."""
        roles = load_roles()
        seen: set[int] = set()
        for token in self.sent:
            entity = self.res.entity_at(token)
            if not entity or token.i in seen:
                continue
            span = [t for t in self.sent if self.res.entity_at(t) == entity and abs(t.i - token.i) < 6]
            root = max(span, key=lambda t: t.i) if span else token
            if root.head.i != root.i and self.res.entity_at(root.head) == entity:
                continue
            seen.update(t.i for t in span)
            kind = self.res.kind_of(entity)
            if kind is Kind.PERSON:
                yield from self._person_titles(entity, root, roles)
            elif kind is Kind.ORGANIZATION:
                for owner in self._owners(root):
                    if self.res.kind_of(owner) is Kind.COUNTRY:
                        yield _Candidate(Relation.PART_OF, entity, owner, root, 0.75)
            elif kind is Kind.LOCATION:
                for child in root.children:
                    if child.dep_ == "appos":
                        places = self._owners(child) + [
                            e for e in self.entities(child, with_conj=False) if self.res.kind_of(e) is Kind.COUNTRY
                        ]
                        countries = [p for p in dict.fromkeys(places) if self.res.kind_of(p) is Kind.COUNTRY]
                        if len(countries) == 1:
                            yield _Candidate(Relation.LOCATED_IN, entity, countries[0], child, 0.8)

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

    def _person_titles(self, person: str, root: Token, roles: Any) -> Iterator[_Candidate]:
        titles = roles.leader | roles.affiliated
        left = [c for c in root.children if c.i < root.i and c.dep_ in ("compound", "amod", "poss", "nmod")]
        title_words = [t for c in left for t in c.subtree if t.lower_ in titles and not self.res.entity_at(t)]
        owners = [
            e for c in left for t in c.subtree
            if (e := self.res.entity_at(t)) and e != person
            and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)
        ]
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                owners += [e for p in prep.children if (e := self.res.entity_at(p))]
        owners = list(dict.fromkeys(owners))
        if title_words and owners:
            words = [t for t in root.doc[min(t.i for t in title_words) : root.i]
                     if not self.res.entity_at(t) and not t.is_punct]
            role = " ".join(t.text for t in words) or title_words[0].text
            rel = Relation.LEADER_OF if words and words[-1].lower_ in roles.leader else Relation.AFFILIATED_WITH
            owner = self._prefer_org(owners)
            yield _Candidate(rel, person, owner, root, 0.85, role=role)
        elif not title_words and len(owners) == 1 and any(c.dep_ == "poss" for c in left):
            if self.res.kind_of(owners[0]) is Kind.COUNTRY:
                yield _Candidate(Relation.LEADER_OF, person, owners[0], root, 0.7, role="leader")
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in titles or child.lemma_.lower() in titles:
                if child.dep_ != "appos":
                    continue
                owners = self._nested_owners(child)
                if owners:
                    words = [t for t in child.subtree if not t.is_punct and t.dep_ != "det"]
                    words = [t for t in words if not self.res.entity_at(t) and t.dep_ not in ("case",)]
                    role = " ".join(t.text for t in words[:8])
                    direct = self._owners(child)
                    rel = (Relation.LEADER_OF if child.lemma_.lower() in roles.leader and direct
                           else Relation.AFFILIATED_WITH)
                    yield _Candidate(rel, person, self._prefer_org(owners), child, 0.8, role=role)

    def _nested_owners(self, token: Token) -> list[str]:
        out = [e for t in token.subtree if (e := self.res.entity_at(t))
               and self.res.kind_of(e) in (Kind.COUNTRY, Kind.ORGANIZATION)]
        return list(dict.fromkeys(out))

    def _prefer_org(self, owners: list[str]) -> str:
        orgs = [o for o in owners if self.res.kind_of(o) is Kind.ORGANIZATION and ":" in o]
        known = [o for o in orgs if not o.startswith("org:") or o in _gazetteer_ids()]
        return known[0] if known else next((o for o in owners if o.startswith("country:")), owners[0])

    def _kind_ok(self, entity: str, kinds: list[str] | None) -> bool:
        return not kinds or self.res.kind_of(entity).value in kinds

    def remember(self) -> None:
        """Keep the sentence's person subjects for pronouns in the next ones."""
        for token in self.sent:
            if token.dep_ in _SUBJ or token.dep_ == "poss":
                e = self.res.entity_at(token)
                if e and self.res.kind_of(e) is Kind.PERSON:
                    _SentenceReader._recent_persons.append(e)
        # Two people in one clause make "he" ambiguous: keep only a clear last subject.
        _SentenceReader._recent_persons = _SentenceReader._recent_persons[-1:]

    # ---- modality ---------------------------------------------------------------------

    def modality(self, trigger: Token) -> tuple[Modality, str | None]:
        """How the sentence presents the event at `trigger`, and who says so."""
        w = self.lex.words
        speaker: str | None = None
        mode = Modality.ASSERTED
        hedged = planned = False
        node = trigger
        chain = [node]
        while node.head.i != node.i and node.dep_ in _CLAUSE_LINKS | {"pobj", "prep", "dobj", "nsubj", "compound", "amod"}:
            node = node.head
            chain.append(node)
        for i, tok in enumerate(chain):
            lemma = tok.lemma_.lower()
            kids = list(tok.children)
            if any(c.dep_ == "neg" for c in kids) and i == 0:
                mode = Modality.NEGATED
            for c in kids:
                if c.dep_ == "aux" and c.lower_ in w["planned"] | {"'ll"}:
                    planned = planned or i <= 1
                if c.dep_ in ("aux", "advmod") and c.lemma_.lower() in w["possible"]:
                    hedged = hedged or i <= 2
            if i > 0 and lemma in w["deny"]:
                return Modality.DENIED, None
            if i > 0 and lemma in w["allege"] and chain[i - 1].dep_ in ("ccomp", "pcomp", "pobj", "prep"):
                if mode is not Modality.NEGATED:
                    mode = Modality.ALLEGED
            if i > 0 and lemma in w["possible"] | {"expect", "likely", "speculate"}:
                hedged = True
            if i > 0 and lemma in w["planned"] and chain[i - 1].dep_ in ("xcomp",):
                planned = True
            if i > 0 and lemma in w["speech"] and chain[i - 1].dep_ in ("ccomp", "parataxis", "xcomp", "dobj"):
                said_by = [e for c in kids if c.dep_ in ("nsubj",) for e in self.entities(c)]
                if said_by:
                    speaker = said_by[0]
        if trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            planned = True  # purpose clause: "rolled into Russia to see Putin"
        if speaker is None:
            speaker = self._according_to()
        if mode in (Modality.NEGATED, Modality.ALLEGED):
            return mode, speaker
        if speaker:
            return Modality.REPORTED, speaker
        if planned:
            return Modality.PLANNED, None
        if hedged:
            return Modality.POSSIBLE, None
        return Modality.ASSERTED, None

    def _according_to(self) -> str | None:
        for tok in self.sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
                for t in tok.doc[tok.i + 1].children:
                    if t.dep_ == "pobj":
                        named = self.entities(t)
                        if named and self.res.kind_of(named[0]) in (Kind.PERSON, Kind.COUNTRY, Kind.ORGANIZATION):
                            return named[0]
        for tok in self.sent:
            # "..., said White House spokesperson Adrienne Watson": speech after the quote.
            if tok.lemma_ in ("say", "tell") and tok.dep_ == "ROOT" and tok.i > self.sent.start + 3:
                subj = [e for c in tok.children if c.dep_ == "nsubj" for e in self.entities(c)]
                if subj and any(c.dep_ in ("ccomp", "parataxis") for c in tok.children):
                    return subj[0]
        return None


def tense_of(trigger: Token, modality: Modality) -> Tense:
    """Past, present or future, from the verb's tag and auxiliaries."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if modality is Modality.PLANNED or auxes & {"will", "shall", "'ll"}:
        return Tense.FUTURE
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"}):
        return Tense.PAST
    if verb.tag_ == "VBN" and verb.head.tag_ == "VBD":
        return Tense.PAST
    return Tense.PRESENT


def _to_claim(
    cand: _Candidate, sent: Span, index: int, reader: _SentenceReader, article: Article, published: date
) -> Claim | None:
    if cand.subject == cand.object:
        return None
    mode, speaker = reader.modality(cand.trigger)
    if cand.modality is Modality.ALLEGED and mode is not Modality.DENIED:
        mode = Modality.ALLEGED
    if cand.type in (Relation.LEADER_OF, Relation.AFFILIATED_WITH, Relation.PART_OF, Relation.LOCATED_IN):
        mode, speaker = Modality.ASSERTED, None
    tense = Tense.PRESENT if cand.type in (Relation.LEADER_OF, Relation.AFFILIATED_WITH, Relation.PART_OF,
                                           Relation.LOCATED_IN) else tense_of(cand.trigger, mode)
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
        sentence=sent.text,
        sentence_index=index,
        char_start=sent.start_char,
        char_end=sent.end_char,
        date=_date_in(sent, cand.trigger, published),
        confidence=cand.confidence,
        role=cand.role,
        items=cand.items,
        extractor_version=EXTRACTOR_VERSION,
    )


def _date_in(sent: Span, trigger: Token, published: date) -> date:
    """An explicit time near the trigger ("Tuesday", "in July"), resolved against the article date."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if ent.root.head.i != trigger.i and ent.root.head.head.i != trigger.i:
            continue
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


def _prep_objects(token: Token, prep: str) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == prep:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        if prep == "compound" and child.dep_ == "compound":
            out.append(child)
    return out


def _np_text(token: Token) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct", "relcl", "prep") or t.i == token.i]
    words = [t for t in words if token.left_edge.i <= t.i <= token.i]
    return " ".join(t.text for t in words).strip()


@cache
def _gazetteer_ids() -> frozenset[str]:
    from ingest.gazetteer import load_gazetteer

    return frozenset(load_gazetteer().known)

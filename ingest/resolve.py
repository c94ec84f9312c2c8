"""Who is who: entity mentions in a parsed article resolved to one node per real actor.

The rules are ONTOLOGY.md's "Who is who": a country in any surface form is one node;
capitals acting as agents are their country; partial person names go to the person they
refer to by recency and salience; titles are roles, never part of a name.
"""

import json
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from geokg.graph.models import Entity
from geokg.graph.ontology import KIND_PREFIX, Kind
from geokg.ingest.agents import Party, first_name_sexes, load_agents, load_parties
from geokg.ingest.gazetteer import (
    CAPITAL,
    DEMONYM,
    METONYM,
    NAME,
    Gazetteer,
    Known,
    load_gazetteer,
    populated_places,
    regions,
    slug,
)
from geokg.ingest.leaders import load_register, name_key, states_led_by_surname
from geokg.ingest.nlp import NAME_PARTICLES

ROLES = Path(__file__).parent / "data" / "roles.json"

_LABEL_KIND = {
    "PERSON": Kind.PERSON,
    "ORG": Kind.ORGANIZATION,
    "GPE": Kind.LOCATION,
    "LOC": Kind.LOCATION,
    "FAC": Kind.LOCATION,
    "EVENT": Kind.EVENT,
    "NORP": Kind.GROUP,
    "LAW": Kind.TOPIC,
}
# Dependencies through which a capital acts rather than is a place.
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "conj", "dative"})
_AGENT_PREPS = frozenset({"with", "by", "between", "against", "from"})
_PLACE_VERBS = frozenset({"leave", "visit", "arrive", "travel", "return", "fly", "reach", "enter"})
_POSSESSIVE = re.compile(r"\s*['’]s?$")


@dataclass(frozen=True)
class Roles:
    """Title vocabularies from `data/roles.json`."""

    leader: frozenset[str]
    affiliated: frozenset[str]
    honorifics: frozenset[str]
    heads: frozenset[str]
    local_leader: frozenset[str] = frozenset()  # heads of a place below a state: "mayor"
    posted: frozenset[str] = frozenset()  # titles posted somewhere: "ambassador to Germany"
    portfolios: frozenset[str] = frozenset()  # the words of a brief: "Secretary of State"
    state_offices: frozenset[str] = frozenset()  # a state's office, title alone: "Senator"


@cache
def load_roles() -> Roles:
    """The title vocabularies, loaded once."""
    data = json.loads(ROLES.read_text(encoding="utf-8"))
    leader, affiliated, honorifics, heads, local, posted, portfolios, offices = (
        frozenset(data[k])
        for k in (
            "leader",
            "affiliated",
            "honorifics",
            "heads",
            "local_leader",
            "posted",
            "portfolios",
            "state_offices",
        )
    )
    return Roles(
        leader,
        affiliated,
        honorifics,
        heads,
        local_leader=local,
        posted=posted,
        portfolios=portfolios,
        state_offices=offices,
    )


@dataclass
class Mention:
    """One span of text that refers to an entity."""

    start: int  # token offsets in the doc
    end: int
    text: str
    entity_id: str
    sentence: int


@dataclass
class _Node:
    id: str
    name: str
    kind: Kind
    iso3: str | None = None
    forms: Counter[str] = field(default_factory=Counter)


@dataclass
class Resolution:
    """The article's entities and, for every token inside a mention, the entity it names."""

    nodes: dict[str, _Node]
    mentions: list[Mention]
    token_entity: dict[int, str]
    part_of: dict[str, str] = field(default_factory=dict)  # org id -> the state its name says
    # Capital -> the body it acts for in this article, not its state ("Brussels": the EU)
    seats: dict[str, str] = field(default_factory=dict)
    # Org id -> the state a bare "Parliament" or "Congress" belongs to by the article's one
    # country: no PART_OF claim (the text does not say so), but its acts are that state's own.
    home_state: dict[str, str] = field(default_factory=dict)
    # Org id -> the state a ministry named by its kind alone acts for ("Poland's Foreign
    # Ministry summoned ..."): a state agent (ONTOLOGY.md, "Who is who"), whose acts are the
    # state's, while the node stays, PART_OF that state, for who works there.
    acting_state: dict[str, str] = field(default_factory=dict)
    # Where such a ministry is named with its state's label ("Japan's Foreign Ministry"), by the
    # mention's first token: a bare "Foreign Ministry spokesman" elsewhere may be another's.
    state_labelled: set[int] = field(default_factory=set)
    # Nodes built from a description ("Sudanese insurgents"), not a name: kept only when a
    # claim uses them, so that a description read in passing adds no node.
    described: set[str] = field(default_factory=set)
    # The id a proper name would make -> the described node the text gave that name ("the
    # agreement, which the two sides have named the Windsor framework"): one node, not two.
    named_as: dict[str, str] = field(default_factory=dict)

    def entities(self, used: Collection[str] | None = None) -> list[Entity]:
        """The article's entities, as the loader takes them; with `used`, the described ones
        only when they are in it."""
        out = []
        for node in sorted(self.nodes.values(), key=lambda n: n.id):
            count = sum(node.forms.values())
            if count == 0 or used is not None and node.id in self.described and node.id not in used:
                continue
            out.append(
                Entity(
                    id=node.id,
                    name=node.name,
                    kind=node.kind,
                    # its names before the words that stand for it ("Türkiye" before
                    # "Ankara"), each by how often the article uses it
                    aliases=sorted(
                        node.forms,
                        key=lambda f: ((node.id, f) in _standing_forms(), -node.forms[f], f),
                    ),
                    iso3=node.iso3,
                    mentions=count,
                )
            )
        return out

    def entity_at(self, token: Token) -> str | None:
        """The entity a token belongs to, if any."""
        return self.token_entity.get(token.i)

    def kind_of(self, entity_id: str) -> Kind:
        """The kind of an entity of this article."""
        return self.nodes[entity_id].kind

    def name_of(self, entity_id: str) -> str:
        """The canonical name of an entity of this article."""
        return self.nodes[entity_id].name

    def add_node(
        self,
        entity_id: str,
        name: str,
        kind: Kind,
        form: str | None = None,
        described: bool = False,
    ) -> str:
        """Register an entity found by relation extraction (a topic, say); `described` when the
        text describes rather than names it."""
        entity_id = self.named_as.get(entity_id, entity_id)
        if described and entity_id not in self.nodes:
            self.described.add(entity_id)
        node = self.nodes.setdefault(entity_id, _Node(entity_id, name, kind))
        if form:
            node.forms[form] += 1
        return entity_id

    def focus_country(self) -> str | None:
        """The one country the article is about, when its mentions outnumber any other's by two
        to one (at least two of them): "the country" with no other clue is this one."""
        counts = Counter(
            m.entity_id
            for m in self.mentions
            if m.entity_id in self.nodes and self.nodes[m.entity_id].kind is Kind.COUNTRY
        )
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def home_country(self) -> str | None:
        """The article's own country: the one most of its state mentions name
        (`focus_country`), or the only one it names."""
        named = {
            m.entity_id
            for m in self.mentions
            if m.entity_id in self.nodes and self.nodes[m.entity_id].kind is Kind.COUNTRY
        }
        return self.focus_country() or (next(iter(named)) if len(named) == 1 else None)

    def demonym_of(self, country: str) -> str:
        """How to name a country's people in a group's name: the demonym the article uses for it,
        else the gazetteer's, else the country's name."""
        # a demonym that names persons, not an adjective ("Hongkonger"), names no group: "Hong
        # Kong protesters"
        demonyms = {
            k: v for k, v in load_gazetteer().demonyms.items() if not k.endswith(("er", "ers"))
        }
        for form in self.nodes[country].forms if country in self.nodes else ():
            # "American protesters", not "Americans protesters"
            if demonyms.get(form.lower()) == country and not form.endswith("s"):
                return form
        for form, owner in demonyms.items():
            if owner == country:
                return form.title()
        return (
            self.nodes[country].name
            if country in self.nodes
            else _GAZ_NAMES().get(country, country)
        )


def clean_surface(text: str) -> str:
    """A surface form without possessive ending, leading article or surrounding punctuation."""
    text = _POSSESSIVE.sub("", text.strip())
    text = re.sub(r"^(the|The|THE)\s+", "", text)
    return text.strip(" ,.;:\"'“”()[]") if not text.endswith(".") or len(text) > 5 else text


def resolve(doc: Doc, gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve every entity mention of a parsed article to a node."""
    gaz = gazetteer or load_gazetteer()
    sent_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    res = Resolution(nodes={}, mentions=[], token_entity={}, seats=_article_seats(doc, gaz))
    persons: list[tuple[Span, list[str]]] = []

    ents = _persons_by_surname(_places_by_use(_person_spans(doc)))
    person_names = {_trimmed(e).text for e in ents if e.label_ == "PERSON"}
    surnames = {n.split()[-1] for n in person_names}
    claimed = -1  # end of the last institution name built around a country mention
    houses: set[str] = set()  # legislatures named by a country and a lower-case noun
    starts = {e.start: e for e in ents}
    for ent in ents:
        if ent.start < claimed:
            continue
        if _begins_a_states_body(ent, starts.get(ent.end)):
            continue  # "Royal" of "Royal Thai Army": the body's name, built at the state's word
        if not ent.ent_id_:
            ent = _trimmed(ent)
            if len(ent) == 0:
                continue
            if ent.label_ != "PERSON" and ent.text in person_names:
                ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Patrice Talon of Benin"
            elif ent.label_ != "PERSON" and (tail := _person_tail(ent, person_names, surnames)):
                ent = tail
            elif ent.label_ != "PERSON" and (tail := _name_after_owner(ent)):
                owner = Span(doc, _trimmed(ent).start, tail.start)
                if len(owner) and (name := clean_surface(owner.text)):
                    # the title's owner the NER ran in keeps a node: "of Scotland"
                    known = next((k for k in gaz.known.values() if k.name == name), None)
                    if known is not None:
                        _add(res, owner, known.id, known.name, known.kind, known.iso3, sent_of)
                    else:
                        _add(res, owner, f"loc:{slug(name)}", name, Kind.LOCATION, None, sent_of)
                ent = tail
        # "Jim Jordan" relabelled a person still reads the gazetteer's id off its root token
        if ent.ent_id_ and ent.label_ != "PERSON":
            entity_id, _, role = ent.ent_id_.partition("|")
            known = gaz.known.get(entity_id)
            if known is None:
                continue
            if (state := _state_owner(ent, known, res, gaz)) is not None:
                # "Russia's Security Council", "the Russian Security Council": the state's own
                # body of that name, not the UN's
                name = _body_of_state(clean_surface(ent.text), state, gaz)
                org_id = f"org:{slug(name)}"
                _add(res, ent, org_id, name, Kind.ORGANIZATION, None, sent_of)
                res.part_of[org_id] = state
                continue
            if role == CAPITAL and _acts(ent) and known.country:
                entity_id = _seated_body(ent, res) or known.country
                known = gaz.known[entity_id]
            if (
                known.kind is Kind.COUNTRY
                and role in (NAME, DEMONYM)
                and (house := _legislature(ent)) is not None
            ):
                # "the British parliament", "members of UK parliament": a state's legislature is
                # a body of its own, as the Parliament of the United Kingdom is in the silver
                # gold, not the state acting (a ministry or the army, unnamed, is)
                name = f"{clean_surface(ent.text)} {house.text.capitalize()}"
                org_id = f"org:{slug(name)}"
                houses.add(org_id)
                _add(
                    res,
                    Span(doc, ent.start, house.i + 1),
                    org_id,
                    name,
                    Kind.ORGANIZATION,
                    None,
                    sent_of,
                )
                res.part_of[org_id] = _named_inside(res, ent, known)
                continue
            if role == DEMONYM and _not_of_state(ent):
                continue  # "Azeri-language media": a language
            if role == DEMONYM and known.kind is Kind.COUNTRY and _a_people(ent, gaz):
                # "asking all Americans", "Bangladeshis and Rohingya": a country's people, not
                # the state acting (as the gold's Group "Americans")
                name = clean_surface(ent.text)
                _add(res, ent, f"group:{slug(name)}", name, Kind.GROUP, None, sent_of)
                continue
            if role == DEMONYM and (force := _national_force(ent)) is not None:
                # "Indonesian Navy", "Malaysian navy", "Royal Thai Army": a named force of that state
                span = Span(doc, _named_from(ent), force.i + 1)
                name = f"{clean_surface(span[:-1].text)} {force.text.capitalize()}"
                org_id = f"org:{slug(name)}"
                _add(res, span, org_id, name, Kind.ORGANIZATION, None, sent_of)
                res.part_of[org_id] = _named_inside(res, ent, known)
                continue
            if (
                known.kind is Kind.COUNTRY
                and role != CAPITAL
                and (body := _institution(ent, party=role == DEMONYM)) is not None
            ):
                # "United States Department of State", "Turkish Ministry of Foreign Affairs",
                # "Royal Saudi Air Force": one organisation of that state, not the state.
                words = [t.text for t in body]
                if role == NAME and body.start == ent.start:
                    # "U.S. Embassy in Baghdad" and "United States Embassy in Baghdad" are one
                    words = [known.name, *words[len(ent) :]]
                if words[-1] == "party":
                    words[-1] = "Party"  # "Thai Raksa Chart party" is the party's name too
                name = " ".join(words).replace(" - ", "-")
                org_id = f"org:{slug(clean_surface(name))}"
                _add(res, body, org_id, clean_surface(name), Kind.ORGANIZATION, None, sent_of)
                if doc[body.end - 1].lower_ not in _COMMERCIAL | {"party"} and not (
                    {t.lower_ for t in body} & (AGAINST_THE_STATE | _LEARNED)
                ):
                    # "American Airlines" is no part of the state, nor is a political party, nor
                    # "Democratic Forces for the Liberation of Rwanda", armed against it, nor
                    # "the Royal Swedish Academy of Sciences", a learned society of its own
                    res.part_of[org_id] = _named_inside(res, ent, known)
                claimed = body.end
                continue
            if known.kind is Kind.ORGANIZATION and (head := _institution_word_after(ent)):
                # "the US Treasury Department": the gazetteer's "US Treasury" names the whole
                ent = Span(doc, ent.start, head.i + 1)
                claimed = ent.end
            _add(res, ent, entity_id, known.name, known.kind, known.iso3, sent_of)
            continue
        kind = (
            Kind.ORGANIZATION
            if _after_org_class(ent) or _body_called_a_work(ent)
            else Kind.LOCATION
            if _after_place_class(ent)
            else _LABEL_KIND.get(ent.label_)
        )
        if kind is None:
            continue
        kind = _named_thing(ent, kind)
        if clean_surface(ent.text).lower() in load_agents().peoples:
            kind = Kind.GROUP  # "Druze" (PERSON), "Rohingya" (ORG): a people, whatever the tag
        if kind is Kind.PERSON:
            tokens = _person_tokens(ent)
            if tokens:
                persons.append((ent, tokens))
            continue
        name = clean_surface(ent.text)
        if not name or not any(c.isalpha() for c in name) or name.islower():
            continue
        if name.lower().startswith(("pro-", "anti-")):
            continue  # "pro-Democracy protests": a stance the modifier states, no one's name
        if kind is Kind.GROUP and not _group_noun(ent):
            continue
        if len(ent) == 1 and name.lower() in load_roles().honorifics:
            continue  # "Defense" in "Defense Minister": part of a title
        if len(ent) == 1 and name.lower() in _COMPASS:
            if (elided := _elided_name(ent, gaz)) is not None:
                entity_id, known = elided
                _add(res, ent, entity_id, known.name, known.kind, known.iso3, sent_of)
            continue  # "standoffs with the West": no place of its own
        if len(ent) <= 2 and _in_title(ent):
            continue  # "State" in "Secretary of State": part of a title
        if kind is Kind.ORGANIZATION and (place := _place_after_of(ent, gaz)) is not None:
            # "the Supreme Court of the United Kingdom", "Medical University of Gdańsk": the
            # place completes the institution's name; a state's body is part of that state
            span, known = place
            body = Span(doc, ent.start, span.end, label="ORG")
            name = clean_surface(body.text)
            org_id = f"org:{slug(name)}"
            _add(res, body, org_id, name, Kind.ORGANIZATION, None, sent_of)
            if (
                known
                and known.kind is Kind.COUNTRY
                and ent[-1].lower_ != "university"
                and doc[ent.end].lower_ == "of"  # "the Alliance for Serbia" is no part of it
                and not {t.lower_ for t in body} & AGAINST_THE_STATE
            ):
                res.part_of[org_id] = _named_inside(res, span, known)
            claimed = body.end
            continue
        if (
            kind is Kind.LOCATION
            and ent.start > 0
            and doc[ent.start - 1].text == ","
            and (full := _abbreviated_region(name, gaz)) is not None
        ):
            name = full  # "Hagerstown, Md.": Maryland
        entity_id = f"{KIND_PREFIX[kind]}:{slug(name)}"
        _add(res, ent, entity_id, name, kind, None, sent_of)

    _unlabelled_bodies(doc, res, sent_of)
    _unlabelled_places(doc, res, sent_of)
    _legislatures_named_elsewhere(res, houses)
    _resolve_persons(res, persons, sent_of)
    _merge_partial_names(res, gaz)
    _merge_short_institutions(res, gaz)
    _merge_near_duplicates(res, gaz)
    _link_acronyms(doc, res, sent_of)
    _link_bare_surnames(doc, res, sent_of)
    _link_repeated_names(doc, res, sent_of)
    _unquantified_groups(doc, res)
    _party_members_are_the_party(res)
    _home_aliases(res, gaz)
    _home_legislatures(res, gaz)
    _states_own_bodies(doc, res, gaz)
    _the_north_and_the_south(doc, res, sent_of)
    _the_west(doc, res, gaz, sent_of)
    _bare_forces_are_the_state(res)
    return res


# The gazetteer's node for "the West" as one side (`_the_west`).
THE_WEST = "group:the-west"
# Forces named by their kind alone: "Army commander Gen Abdel Fattah al-Burhan".
_BARE_FORCES = frozenset({"army", "navy", "air force", "military", "armed forces"})


def _abbreviated_region(name: str, gaz: Gazetteer) -> str | None:
    """The region an abbreviation after a town names ("Md.", or "Calif" as the recogniser may
    cut it), else None."""
    return gaz.region_abbreviations.get(name) or gaz.region_abbreviations.get(f"{name}.")


def _bare_forces_are_the_state(res: Resolution) -> None:
    """ "the Army" with no state named in it, in an article about one country, is that state's
    army, which acts for it (ONTOLOGY, "State agents"), as "the Sudanese army" does."""
    home = res.focus_country()
    if home is None or home not in res.nodes:
        return
    for node in list(res.nodes.values()):
        if node.kind is Kind.ORGANIZATION and node.name.lower() in _BARE_FORCES:
            merge_nodes(res, node.id, home)


def _the_west(doc: Doc, res: Resolution, gaz: Gazetteer, sent_of: dict[int, int]) -> None:
    """ "Russia accused the West of waging a proxy war": "the West" written as a side, followed
    by no name ("the West Bank", "the West Coast" are places) nor "of" ("the West of Ukraine"), is
    the gazetteer's Group for it."""
    known = gaz.known.get(THE_WEST)
    if known is None:
        return
    for token in doc[1:]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            token.text == "West"
            and doc[token.i - 1].lower_ == "the"
            and token.i not in res.token_entity
            and (following is None or following.pos_ != "PROPN" and not following.is_title)
            # "in the West of Ukraine", "the West-backed government": a part, a label; not
            # "accused the West of waging a war"
            and not (following is not None and following.text == "-")
            and not (
                following is not None
                and following.lower_ == "of"
                and token.i + 2 < len(doc)
                and doc[token.i + 2].pos_ in ("PROPN", "DET")
            )
        ):
            _add(
                res, doc[token.i - 1 : token.i + 1], known.id, known.name, known.kind, None, sent_of
            )
            res.mentions.sort(key=lambda m: m.start)  # readers look mentions up in text order


def _the_north_and_the_south(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """ "the North's recent provocations" in an article about North Korea: "the North" and "the
    South" are the one country the article names whose name begins with that word (North Korea,
    South Sudan); with two such ("South Korea" and "South Sudan") or none, they name nothing,
    as a compass word alone does ("standoffs with the West")."""
    for word in ("North", "South"):
        countries = [
            n.id
            for n in res.nodes.values()
            if n.kind is Kind.COUNTRY and n.name.startswith(word + " ")
        ]
        if len(countries) != 1:
            continue
        node = res.nodes[countries[0]]
        for token in doc[1:-1]:
            if (
                token.text == word
                and doc[token.i - 1].lower_ == "the"
                and token.i not in res.token_entity
                and doc[token.i + 1].pos_ != "PROPN"
                and not doc[token.i + 1].is_title
            ):
                _add(
                    res,
                    doc[token.i : token.i + 1],
                    node.id,
                    node.name,
                    node.kind,
                    node.iso3,
                    sent_of,
                )
                res.mentions.sort(key=lambda m: m.start)  # readers look mentions up in text order


def _state_owner(ent: Span, known: Known, res: Resolution, gaz: Gazetteer) -> str | None:
    """The country whose possessive or demonym stands right before a name the gazetteer lists
    as one a state's own body may bear ("Russia's Security Council"), else None."""
    if clean_surface(ent.text) not in known.owned_aliases or ent.start == 0:
        return None
    doc = ent.doc
    before = ent.start - 1
    if doc[before].lower_ in ("'s", "’s") and before > 0:
        before -= 1
    owner = res.token_entity.get(before)
    if owner is None or owner not in gaz.known or gaz.known[owner].kind is not Kind.COUNTRY:
        return None
    return owner


def _home_aliases(res: Resolution, gaz: Gazetteer) -> None:
    """ "Congress" alone: the entity of that name in the article's own country ("Rahul Gandhi,
    the president of the Congress" in an Indian article); in an article with no country of
    its own, the first the gazetteer lists (the United States Congress); in another state's
    article, a body of that name the article's country has (`_home_legislatures` decides
    whose)."""
    home = res.home_country()
    for node_id in sorted(res.nodes):
        known = gaz.known.get(node_id)
        node = res.nodes.get(node_id)
        if known is None or node is None or not known.home_aliases:
            continue
        if not set(node.forms) <= set(known.home_aliases):
            continue  # "U.S. Congress" somewhere says whose it is
        bearers = [k for k in gaz.known.values() if set(node.forms) <= set(k.home_aliases)]
        if home is None:
            target: Known | None = bearers[0]
        else:
            target = next((k for k in bearers if k.part_of == home), None)
        if target is None:
            name = min(node.forms)
            target = Known(f"org:{slug(name)}", name, Kind.ORGANIZATION)
        if target.id == node_id:
            continue
        if target.id not in res.nodes:
            res.nodes[target.id] = _Node(target.id, target.name, target.kind)
        merge_nodes(res, node_id, target.id)
        res.part_of.pop(node_id, None)


def _unquantified_groups(doc: Doc, res: Resolution) -> None:
    """ "Other Republicans have broken with Trump", "from the ranks of Republicans", "some
    Muslims": some members of a collective, no one knows which, are neither the collective nor
    its party acting, so such a mention names no node."""
    for m in list(res.mentions):
        node = res.nodes.get(m.entity_id)
        if node is None or node.kind is not Kind.GROUP or not _some_of_them(doc[m.end - 1]):
            continue
        res.mentions.remove(m)
        node.forms[m.text] -= 1
        node.forms = +node.forms
        for i in range(m.start, m.end):
            res.token_entity.pop(i, None)
        if not node.forms:
            del res.nodes[node.id]  # named nowhere else: no node, and no party made of it


def _party_members_are_the_party(res: Resolution) -> None:
    """ "with Democratic members voting in favour, and Republicans opposing": a curated party's
    members named by its plural noun ("Republicans", "Democrats") are that party, as its
    adjective before a title is (`data/parties.json`), in an article that names its state; "a
    Democrat from Ohio" is one member, no party acting."""
    for node in list(res.nodes.values()):
        party = _party_of_members(node)
        # initials ("GOP") are one country's party whether the article names the country or not
        if party is None or f"country:{party.country}" not in res.nodes and not node.name.isupper():
            continue
        res.nodes.setdefault(party.id, _Node(party.id, party.name, Kind.ORGANIZATION))
        merge_nodes(res, node.id, party.id)


def _party_of_members(node: _Node) -> Party | None:
    """The curated party whose members a node names together: its plural noun
    ("Republicans"), or its adjective before a plural member title, which the recogniser makes a
    body ("Republican Representatives attacked the inquiry")."""
    parties = load_parties()
    if node.kind is Kind.GROUP:
        party = parties.named_by(node.name)
        return party if party and node.name in party.nouns and node.name.endswith("s") else None
    words = node.name.split()
    if node.kind is Kind.ORGANIZATION and len(words) == 1 and node.name.isupper():
        # "the GOP", "GOP senators": a party's initials the recogniser makes a body of their own
        party = parties.named_by(node.name)
        return party if party and node.name in party.adjectives else None
    if node.kind is not Kind.ORGANIZATION or len(words) != 2 or not words[1].endswith("s"):
        return None
    party = parties.named_by(words[0])
    titled = words[1].lower() in parties.member_titles
    return party if party and titled and words[0] in party.adjectives else None


# Words that take a part of a collective: "other Republicans", "the ranks of Democrats".
_PARTITIVES = frozenset({"other", "some", "many", "several", "few", "most", "more", "fewer"})
_PARTITIVE_HEADS = frozenset(
    {"rank", "some", "many", "most", "few", "several", "number", "handful"}
)


def _some_of_them(token: Token) -> bool:
    """Whether a plural collective is quantified to some of its members: "other Republicans",
    "two Democrats", "a number of Republicans", "the ranks of Republicans"."""
    if any(
        c.dep_ in ("det", "amod", "nummod", "quantmod") and (c.lower_ in _PARTITIVES or c.like_num)
        for c in token.children
    ):
        return True
    of = token.head if token.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _PARTITIVE_HEADS


def _link_bare_surnames(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """ "Nancy Pelosi ... Pelosi called Trump's conduct a breach": a later surname the NER left
    unlabelled is the one person of the article who has it, or of those who have it the one the
    text already calls by it alone, when it stands alone (not "Trump Tower", not "Mrs Pelosi
    Smith")."""
    owners: dict[str, set[str]] = {}
    linked = False
    for node in res.nodes.values():
        if node.kind is not Kind.PERSON:
            continue
        words = node.name.split()
        # "Trump" alone, when the article never gives the full name: a head of state's or
        # government's surname the register knows is no mis-tagged word
        if len(words) > 1 or states_led_by_surname(node.name):
            owners.setdefault(words[-1], set()).add(node.id)
    for word, ids in owners.items():
        # "Donald Trump" and "Melania Trump": the one the text already calls "Trump" elsewhere
        named = {i for i in ids if res.nodes[i].forms[word]}
        if len(ids) > 1 and len(named) == 1:
            owners[word] = named
    styled = _styled_given_names(doc, res, set(owners))
    for token in doc:
        if token.ent_type_ or token.i in res.token_entity or not _read_as_name(token):
            continue
        style = doc[token.i - 1].lower_ if token.i > 0 else ""
        beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
        if (style, token.text) in styled and not (
            beside[-1].i > token.i and beside[-1].pos_ == "PROPN" and beside[-1].is_title
        ):
            # "Princess Ubolratana Mahidol ... Officially, Princess Ubolratana no longer holds"
            person = styled[(style, token.text)]
        elif len(owners.get(token.text, ())) == 1 and not any(
            t.pos_ == "PROPN" and t.is_title for t in beside
        ):
            person = next(iter(owners[token.text]))
        else:
            continue
        _add(
            res,
            doc[token.i : token.i + 1],
            person,
            res.nodes[person].name,
            Kind.PERSON,
            None,
            sent_of,
        )
        linked = True
    if linked:
        res.mentions.sort(key=lambda m: m.start)  # readers look mentions up in text order


# Styles said before a given name alone: "Princess Ubolratana", "Sheikh Mohammed", "Sir Keir".
_GIVEN_NAME_STYLES = frozenset(
    {"king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "sir", "dame"}
)


def _styled_given_names(
    doc: Doc, res: Resolution, surnames: set[str]
) -> dict[tuple[str, str], str]:
    """(style, given name) -> the one person of the article the text names with that style
    before that given name ("Princess Ubolratana Mahidol"), so that the style and the given name
    alone name them too; not a word that is some person's surname, and not a pair two persons
    share ("King Charles" is no Charles Michel, whom no one styles king)."""
    found: dict[tuple[str, str], set[str]] = {}
    for m in res.mentions:
        node = res.nodes.get(m.entity_id)
        if node is None or node.kind is not Kind.PERSON or len(node.name.split()) < 2:
            continue
        given = node.name.split()[0]
        if given in surnames:
            continue
        style = _style_of(doc[m.start : m.end])
        if style is not None and style.i + 1 < len(doc) and doc[style.i + 1].text == given:
            found.setdefault((style.lower_, given), set()).add(node.id)
    return {pair: next(iter(ids)) for pair, ids in found.items() if len(ids) == 1}


# Where a capitalised word the tagger made a common noun stands as a party would; not the
# subject of a passive ("Power was cut across Kyiv" is no Samantha Power).
_NOMINAL_ROLES = frozenset({"nsubj", "dobj", "pobj", "conj", "appos", "poss", "dative", "attr"})
# What a common noun takes and a bare surname does not: "Hunt for the killers", "the Trump card".
_NOUN_DEPENDENTS = frozenset({"det", "amod", "prep", "compound", "nummod", "poss", "acl", "relcl"})


def _read_as_name(token: Token) -> bool:
    """Whether a word reads as a name: tagged one, or capitalised where a party stands and bare
    as a name is ("Trump characterized the call", tagged a noun since "trump" is also one)."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and token.dep_ in _NOMINAL_ROLES
        and not any(c.dep_ in _NOUN_DEPENDENTS for c in token.children)
    )


# Kinds whose name, once read, names the same node wherever the text repeats it.
# Not persons: a name the recogniser made a person in error ("Red Hat", "Crew Dragon") would
# spread its wrong kind, and a person's later mentions are mostly a surname anyway.
_REPEATED_KINDS = frozenset({Kind.ORGANIZATION, Kind.LOCATION, Kind.GROUP})


def _link_repeated_names(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """A name the recogniser tagged in one sentence and left untagged in another (the small
    model's labels change with the words around them: "Sea-Eye spokesperson ... said" tags
    "Sea-Eye" after one sentence and not after another) names the same node there: one sense per
    article. Only names of two tokens or more ("Sea-Eye" is three), so that no common word or
    mis-tagged surname is read as a name; a form two nodes share names neither."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for m in res.mentions:
        node = res.nodes.get(m.entity_id)
        if node is None or node.kind not in _REPEATED_KINDS:
            continue
        words = [t.text for t in doc[m.start : m.end]]
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words or not words[0][:1].isupper():
            continue
        if len(words) == 1:
            continue  # "Trump" tagged ORG once is no body wherever "Trump" stands
        owners.setdefault(tuple(words), set()).add(m.entity_id)
    forms = {f: next(iter(ids)) for f, ids in owners.items() if len(ids) == 1}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for f in sorted(forms, key=len, reverse=True):
        by_first.setdefault(f[0], []).append(f)
    linked = False
    i = 0
    while i < len(doc):
        match = next(
            (
                f
                for f in by_first.get(doc[i].text, ())
                if i + len(f) <= len(doc)
                and all(
                    doc[i + k].text == w and i + k not in res.token_entity for k, w in enumerate(f)
                )
            ),
            None,
        )
        if match is None or not _stands_alone(doc, i, i + len(match)):
            i += 1
            continue
        target = forms[match]
        node = res.nodes[target]
        _add(res, doc[i : i + len(match)], target, node.name, node.kind, node.iso3, sent_of)
        linked = True
        i += len(match)
    if linked:
        res.mentions.sort(key=lambda m: m.start)  # readers look mentions up in text order


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether a span is a whole name, not part of a longer one ("Rapid Support" in "Rapid
    Support Forces", "Sea-Eye" in "Sea-Eye-run")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.text == "-" or _name_goes_on(after)):
        return False
    return before is None or (
        before.text != "-" and not (_name_goes_on(before) and not before.is_sent_start)
    )


def _name_goes_on(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _name_word(token: Token, roles: Roles) -> bool:
    """A capitalised proper-noun word the NER left unlabelled that can continue a person's name."""
    return (
        token.pos_ == "PROPN"
        and _name_shape(token.text)
        and not token.ent_type_
        and token.lower_ not in roles.honorifics | roles.leader | roles.affiliated
        and token.lower_.rstrip("s") not in roles.leader | roles.affiliated
    )


def _name_shape(word: str) -> bool:
    """A capitalised word of letters, with an apostrophe after a particle or an initial:
    "Leyen", "d'Estaing", "O'Rourke"."""
    head, apostrophe, rest = word.replace("\u2019", "'").partition("'")
    if apostrophe:
        return len(head) == 1 and head.isalpha() and rest.istitle() and rest.isalpha()
    return word.istitle() and word.isalpha()


def _person_spans(doc: Doc) -> list[Span]:
    """The NER's entities with its person names mended, for names it cuts or mislabels:
    "Choe Sun" of "Choe Sun Hui" and "Chol" of "Ri Pyong Chol" grow over the unlabelled name
    words beside them; "Presidents Muhammadu Buhari": unlabelled capitalised words right after a
    title are a person; "Buhari of Nigeria and Patrice Talon": a name the NER calls an
    organisation, coordinated with a person, is a person."""
    roles = load_roles()
    titles = roles.leader | roles.affiliated | roles.honorifics
    ents = [_person_by_use(e, roles) for e in _register_names(doc, list(doc.ents))]
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" and not ent.ent_id_:
            start, end = ent.start, ent.end
            while end - start > 1 and doc[start].lower_ in titles:
                start += 1  # "King Maha Vajiralongkorn": the title is read as a title, not a name
            while end < len(doc) and end < ent.sent.end and _name_word(doc[end], roles):
                end += 1
            while (
                end - start >= 2
                and end + 1 < ent.sent.end
                and doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and doc[end + 1].is_lower
                and doc[end + 1].is_alpha
                and doc[end + 1].lower_ not in _COMPOUND_TAILS
            ):
                # "Moon Jae" + "-in", "Prayut Chan" + "-o-cha": a given name's syllables
                end += 2
            if (
                end < ent.sent.end
                and _particle(doc[end - 1].text)
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
            ):
                end += 1  # "Ursula von der" + "Leyen", the name's last word taken for a place
            while (
                start > ent.sent.start
                and _name_word(doc[start - 1], roles)
                and not doc[start - 1].is_sent_start
                and not _after_title_of(doc, start - 1, titles)
            ):
                start -= 1
            if _portfolio_first(Span(doc, start, end), titles):
                if doc[start - 2].lower_ in roles.local_leader:
                    # "Mayor of Koszalin Piotr Jedlinski": the word cut off is the mayor's town
                    out.append(Span(doc, start, start + 1, label="GPE"))
                start += 1
            ent = Span(doc, start, end, label="PERSON")
        elif _titled_name(ent, titles):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif _title_inside(ent, roles):
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")
        out.append(ent)
    taken = {i for e in out for i in range(e.start, e.end)}
    for token in doc:
        lower = token.lower_
        if token.i + 2 >= len(doc) or not (lower in titles or lower.rstrip("s") in roles.leader):
            continue
        if lower in (
            "general",
            "secretary",
            "deputy",
            "foreign",
            "defense",
            "vice",
            "supreme",
            "prime",
        ):
            continue  # the first word of a longer title: its last word decides
        end = token.i + 1
        while end < len(doc) and end not in taken and _name_word(doc[end], roles):
            end += 1
        if end - token.i - 1 >= 2:
            out.append(Span(doc, token.i + 1, end, label="PERSON"))
            taken.update(range(token.i + 1, end))
    persons = {i for e in out if e.label_ == "PERSON" for i in range(e.start, e.end)}
    for n, ent in enumerate(out):
        if (
            ent.label_ == "ORG"
            and not ent.ent_id_
            and ent.root.dep_ == "conj"
            and ent.root.head.i in persons
        ):
            trimmed = _trimmed(ent)
            if 2 <= len(trimmed) <= 3 and all(t.is_title for t in trimmed):
                out[n] = Span(doc, trimmed.start, trimmed.end, label="PERSON")
    out = [part for ent in out for part in _split_at_and(ent)]
    surnames = {e[-1].text for e in out if e.label_ == "PERSON" and e[-1].is_alpha}
    out = [part for ent in out for part in _split_at_possessive(ent, roles, surnames)]
    out = _party_owners(out)
    # Mended spans can meet ones the NER left as they were; the first in text order wins.
    kept: list[Span] = []
    used: set[int] = set()
    for ent in sorted(out, key=lambda e: (e.start, -e.end)):
        if not used & set(range(ent.start, ent.end)):
            kept.append(ent)
            used.update(range(ent.start, ent.end))
    return kept


# Prepositions after which a name is where something happens: "killed in Khan Younis", "a camp
# at Ain Issa", "fighting near Avdiivka".
_LOCATIVE_PREPS = frozenset(
    {"in", "near", "outside", "around", "into", "inside", "toward", "towards", "across", "at"}
    | {"throughout", "from"}
)
# Words an "in", "at" or "from" phrase completes without naming a place: "confidence in Kim",
# "reported in Dawn", "looked at Jordan", "a letter from Robert".
_NOT_WHERE = frozenset(
    {"confidence", "faith", "trust", "belief", "interest", "stake", "role", "part", "hope"}
    | {"believe", "invest", "report", "publish", "write", "appear", "print", "quote", "say"}
    | {"air", "broadcast", "post", "cite", "feature", "star", "look", "aim", "point", "shout"}
    | {"laugh", "smile", "stare", "glance", "hear", "receive", "get", "learn", "letter"}
)
# Verbs whose "from" is a place left: "withdrew from Avdiivka", "rockets fired from Khan Younis".
_LEAVING = frozenset(
    {"withdraw", "retreat", "flee", "evacuate", "return", "travel", "come", "move", "pull"}
    | {"drive", "escape", "fly", "fire", "launch", "depart", "leave", "relocate", "displace"}
)
# Verbs whose object can only be a place: "entered Tell Tamer", "besieged Mariupol".
_PLACE_TAKEN = frozenset({"enter", "encircle", "besiege", "recapture", "retake", "liberate"})
# Verbs whose object is mostly a place, and a person sometimes ("captured Saddam").
_PLACE_HIT = frozenset(
    {"capture", "seize", "shell", "bomb", "storm", "occupy", "annex", "evacuate", "overrun"}
)
# Nouns whose "of" is a place: "north of Khan Younis", "the outskirts of Bakhmut".
_OF_A_PLACE = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"outskirts", "suburbs", "suburb", "residents", "inhabitants", "streets", "siege"}
    | {"population"}
)
# Place nouns a name qualifies or completes ("the al-Manara neighbourhood", "the key towns of
# Deir Hafer and Maksana") besides the place classes of agents.json.
_PLACE_NOUNS = frozenset({"neighbourhood", "neighborhood", "area", "countryside", "suburb"})
_SPEECH = frozenset({"say", "tell", "add", "state", "announce", "write", "claim", "tweet"})


def _places_by_use(ents: list[Span]) -> list[Span]:
    """The entities with the names the recogniser took for a person or an organisation that the
    article uses as a place relabelled as places: "entered Tell Tamer and Ain Issa", "the town of
    Avdiivka ... the fall of Avdiivka", "strikes in Khan Younis". A use that only a place can
    have decides alone; one a person or a body may have too ("in", "captured") only for the name
    of a town (`populated_places`). All the name's mentions follow, unless one of them is a
    person's ("President Kennedy", "Kennedy said", "Kim" of "Kim Jong Un")."""
    if not ents:
        return ents
    doc = ents[0].doc
    towns = populated_places()
    candidates: dict[str, list[Span]] = {}
    for ent in ents:
        span = _bare(ent)
        if (
            ent.label_ in ("PERSON", "ORG", "FAC")
            and not ent.ent_id_
            and 1 <= len(span) <= 4
            and all(t.is_title and t.is_alpha or t.text == "-" or _particle(t.text) for t in span)
            and all(t.pos_ == "PROPN" for t in span if t.is_alpha and not _particle(t.text))
            # "Christchurch District Court, New Zealand": a body where something happens
            and span[-1].lower_
            not in INSTITUTIONS | _SOCIETIES | {"party", "university", "college", "school"}
            # "the University of" + "Cape Town": a name the place after it completes
            and ent[-1].lower_ not in ("of", "for")
            # "The Azerbaijanis state ...": a people, whatever the parse makes of it
            and span.text.lower().removesuffix("s") not in load_gazetteer().demonyms
        ):
            candidates.setdefault(span.text, []).append(span)
    if not candidates:
        return ents
    places: set[str] = set()
    for text, spans in candidates.items():
        uses = [_place_use(s) for s in spans]
        if (
            ("only" in uses or "also" in uses and text in towns or _facility(spans))
            and not any(_person_use(s) for s in spans)
            and not _inside_person(text, ents)
        ):
            places.add(text)
    if not places:
        return ents
    return [
        Span(doc, e.start, e.end, label="GPE")
        if e.label_ in ("PERSON", "ORG") and not e.ent_id_ and len(e) and _bare(e).text in places
        else e
        for e in ents
    ]


def _after_title(doc: Doc, i: int, titles: frozenset[str] | set[str]) -> bool:
    """Whether the word at i comes right after a title, a title and a comma, or an owner's
    possessive ("Fox News' Chad Pergram")."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text == "," and i > 1:
        before = doc[i - 2]
    return before is not None and (before.lower_ in titles or before.tag_ == "POS")


def _persons_by_surname(ents: list[Span]) -> list[Span]:
    """Names of a known place that are a person's surname, labelled as persons: a one-word place
    the parser hangs a first name on ("Jim Jordan", "Nikki Holland"), and a one-word place named
    after a person whose surname it is ("The attacker, identified as Sudesh Amman ... Amman sent
    videos", "Jim Jordan ... Jordan said"), where the article never uses the place as one: no
    mention of it after a preposition of place ("in Amman", "of Jordan") or where only a place
    stands, in another form ("Jordanian"), or before the person. A person whose surname is a
    state the article speaks of only by that name takes its acts ("Steve Israel ... Israel has
    struck Gaza"); such articles are rarer than those naming a "Jim Jordan". Which person a
    relabelled surname is, is left to the reading of partial names."""
    if not ents:
        return ents
    doc = ents[0].doc
    first_names = first_name_sexes()
    taken = {i for e in ents for i in range(e.start, e.end)}
    roles = load_roles()
    titles = roles.leader | roles.affiliated | roles.honorifics
    # "Jim" + "Jordan": the gazetteer took the surname of a first name the recogniser then left;
    # only a first name the parse makes part of the name ("In May Russia ...", "told Vance
    # Ukraine would ..." are no names), and never a month or a title ("Queen Rania")
    ents = [
        Span(doc, e.start - 1, e.end, label="PERSON")
        if e.ent_id_
        and len(e) == 1
        and e.start > 0
        and e.start - 1 not in taken
        and (before := doc[e.start - 1]).pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.head.i == e.start
        and before.is_title
        and before.text in first_names
        and before.lower_ not in _NOT_FIRST_NAMES | titles
        else e
        for e in ents
    ]
    # "Defence Minister, Israel Katz", "correspondent Chad Pergram": a state whose name is also
    # a first name, after a title, the parser hanging it on a surname after it that no name
    # holds and no title or institution is (not "South China Sea", "America First")
    ents = [
        Span(doc, e.start, e.end + 1, label="PERSON")
        if e.ent_id_.startswith("country:")
        and len(e) == 1
        and _after_title(doc, e.start, titles)
        and e.end < len(doc)
        and e.end not in taken
        and e.text in first_names
        and (after := doc[e.end]).pos_ == "PROPN"
        and after.is_title
        and after.is_alpha
        and doc[e.start].dep_ == "compound"
        and doc[e.start].head.i == e.end
        and after.lower_ not in titles | INSTITUTIONS | _SOCIETIES | _PARTY_HEADS | _place_words()
        else e
        for e in ents
    ]
    first_named: dict[str, int] = {}
    for e in ents:
        if e.label_ != "PERSON" or len(_trimmed(e)) < 2:
            continue
        first_named.setdefault(_trimmed(e)[-1].text, e.end)
    if not first_named:
        return ents
    by_place: dict[str, list[Span]] = {}
    for e in ents:
        if e.ent_id_ and e.label_ != "PERSON":
            by_place.setdefault(e.ent_id_.partition("|")[0], []).append(e)
    renamed: set[int] = set()
    for mentions in by_place.values():
        word = mentions[0].text
        start = first_named.get(word)
        if (
            start is None
            or any(m.text != word or m.start < start for m in mentions)
            # "flew to Jordan", "King Abdullah of Jordan": a place may stand there, and the
            # article then speaks of both ("said about Amman" is a person's)
            or any(
                m.root.dep_ == "pobj"
                and m.root.head.lower_ in _LOCATIVE_PREPS | {"to", "of"}
                or _place_use(m)
                for m in mentions
            )
        ):
            continue
        renamed |= {m.start for m in mentions}
    if not renamed:
        return ents
    return [
        Span(doc, e.start, e.end, label="PERSON")
        if e.label_ != "PERSON" and e.start in renamed
        else e
        for e in ents
    ]


# Words the census lists as first names that stand before a name as something else: months and
# days ("In May Russia ...") and feasts.
_NOT_FIRST_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday", "easter", "christmas"}
)


# Heads of the names of places built for a use: "John Radcliffe Hospital", "the Ain al-Asad
# air base", "the Hagia Sophia mosque".
_FACILITIES = frozenset(
    {"hospital", "airport", "airbase", "mosque", "cathedral", "stadium", "palace"}
)


def _bare(ent: Span) -> Span:
    """A name without its edge words and leading "the" ("the Ain al-Asad")."""
    span = _trimmed(ent)
    if len(span) > 1 and span[0].lower_ == "the":
        return span.doc[span.start + 1 : span.end]
    return span


def _facility(spans: list[Span]) -> bool:
    """Whether a name is a facility's by its own last word ("John Radcliffe Hospital", "José
    Martí International Airport") or by the one after it ("the Hagia Sophia mosque")."""
    for span in spans:
        doc = span.doc
        if len(span) > 1 and span[-1].lower_ in _FACILITIES and span[-1].is_title:
            return True
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in _FACILITIES and span.root.head.i == nxt.i:
            return True
        if nxt is not None and nxt.lower_ == "air" and span.end + 1 < len(doc):
            return doc[span.end + 1].lower_ == "base"  # "the Ain al-Asad air base"
    return False


def _place_use(span: Span) -> str | None:
    """How a name is used as a place: "only" where only a place can be ("entered X", "X,
    Syria", "the X governorate", "north of X"), "also" where a person or a body can be too ("in
    X", "captured X"), else None."""
    doc = span.doc
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        # "entered Tell Tamer and Ain Issa": the first conjunct's use, read at the root of the
        # name that holds it
        root = root.head
        owner = next((e for e in doc.ents if e.start <= root.i < e.end), None)
        root = owner.root if owner is not None and owner.root.i < root.i else root
    head = root.head
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].ent_id_:
        # "Bangalore, India", "Wooster, Ohio": a known place after a comma says where it is,
        # when it stands alone ("Christopher Columbus, US presidents ..." is a list)
        place = next((e for e in doc.ents if e.start == span.end + 1), None)
        known = load_gazetteer().known.get(doc[span.end + 1].ent_id_.partition("|")[0])
        after = doc[place.end] if place is not None and place.end < len(doc) else None
        if (
            place is not None
            and known is not None
            and known.kind in (Kind.COUNTRY, Kind.LOCATION)
            and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ"))
        ):
            return "only"
    places = load_agents().place_classes | _PLACE_NOUNS
    if root.dep_ == "compound" and head.lemma_.lower() in places:
        return "only"  # "the Raqqa governorate", "the al-Manara neighbourhood"
    if root.dep_ == "appos" and head.i == span.start - 1 and head.lemma_.lower() in places:
        return "only"  # "our biggest island Crete"
    if root.dep_ == "dobj" and head.lemma_ in _PLACE_TAKEN:
        return "only"
    if root.dep_ == "nsubjpass" and head.lemma_ in ("locate", "situate"):
        return "only"  # "Avdiivka is located in the Donbas"
    if root.dep_ == "pobj" and head.lower_ == "of":
        if head.head.lower_ in _OF_A_PLACE or head.head.lemma_.lower() in places:
            return "only"  # "north of Khan Younis", "the key towns of Deir Hafer"
        if head.head.lower_ == "fall":
            return "also"  # "the fall of Avdiivka", and of a ruler too
    if root.dep_ == "dobj" and head.lemma_ in _PLACE_HIT:
        return "also"
    if root.dep_ == "pobj" and head.lower_ in _LOCATIVE_PREPS:
        governor = head.head.lemma_.lower()
        if governor in _NOT_WHERE or head.lower_ == "from" and governor not in _LEAVING:
            return None
        return "also"
    return None


def _person_use(span: Span) -> bool:
    """Whether a mention is a person's: after a title ("President Kennedy"), beside one in
    apposition ("Armen Grigoryan, Armenia's national security adviser,") or the speaker of a
    speech verb ("Kim said")."""
    doc = span.doc
    roles = load_roles()
    titles = roles.leader | roles.affiliated
    if span.start > 0 and doc[span.start - 1].lower_ in titles | roles.honorifics:
        return True
    root = span.root
    if any(c.dep_ == "appos" and c.lower_ in titles and c.pos_ == "NOUN" for c in root.children):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH


def _inside_person(text: str, ents: list[Span]) -> bool:
    """Whether a name is part of a longer person's name of the article ("Kim" of "Kim Jong Un")
    or of the register ("Obama")."""
    words = text.split()
    full, single = _register_forms()
    if len(words) == 1 and name_key(text) in single:
        return True
    keys = tuple(name_key(w) for w in words)
    if any(_contains(list(f), list(keys)) for f in full):
        return True
    return any(
        e.label_ == "PERSON" and len(e) > len(words) and _contains([t.text for t in e], words)
        for e in ents
    )


# Styles of address that only come before a person's surname: "Ms. Machado".
_STYLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "gen.", "rep."})
# Titles only persons hold, beside the leaders' and the envoys' (roles.json).
_PERSON_TITLES = frozenset(
    {
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "diplomat",
        "senator",
        "governor",
        "judge",
        "general",
        "commander",
        "mayor",
        "lawmaker",
        "legislator",
    }
)


def _person_by_use(ent: Span, roles: Roles) -> Span:
    """ "Vassily Nebenzia, Russia's UN envoy, said" (a place to the recogniser), "Ricardo
    Rosselló Nevares, Puerto Rico's governor, announced his resignation" (an organisation): a
    name no gazetteer knows, set beside a person's title or doing something to "his" or "her"
    own, is a person's."""
    if ent.label_ not in ("ORG", "GPE", "LOC") or ent.ent_id_ or not 1 <= len(ent) <= 3:
        return ent
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent):
        return ent
    if {t.lower_ for t in ent} & (INSTITUTIONS | _SOCIETIES | _PARTY_HEADS | _place_words()):
        return ent
    root = ent.root
    titles = roles.leader | roles.affiliated
    if any(c.dep_ == "appos" and c.lower_ in titles for c in root.children):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if root.dep_ == "appos" and root.head.lower_ in roles.leader | roles.posted | _PERSON_TITLES:
        # "The French ambassador, Sylvain Itté,"; not "the alliance's newest member, Kosovo" or
        # "its main contractor, Raytheon", titles a state or a firm may hold
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if root.dep_ == "nsubj" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her")
        for obj in root.head.children
        if obj.dep_ == "dobj"
        for c in obj.children
    ):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    doc, last = ent.doc, ent[-1].text
    if len(ent) > 1 and any(
        t.lower_ in _STYLES and t.i + 1 < len(doc) and doc[t.i + 1].text == last
        for t in doc
        if not ent.start <= t.i < ent.end
    ):
        # "María Corina Machado ... Ms. Machado": a name whose last word the article styles as
        # a person's
        return Span(doc, ent.start, ent.end, label="PERSON")
    return ent


def _split_at_possessive(ent: Span, roles: Roles, surnames: set[str]) -> list[Span]:
    """ "Chamisa's Citizens Coalition for Change", "Supporters of Chamisa's" read as one
    organisation: an unknown organisation with a possessive inside, whose owner's last word is
    the surname of a person of the article, is that person and the name they own (a name may
    hold one of its own: "People's Party of Canada"); and a sentence begun by a common noun and
    "of" ("Supporters of", "Members of") is no part of the name after it."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.ent_id_:
        return [ent]
    start = ent.start
    if len(ent) > 2 and ent[0].is_sent_start and ent[0].pos_ == "NOUN" and ent[1].lower_ == "of":
        start += 2
    end = ent.end - 1 if ent[-1].lower_ in ("'s", "’s") and start > ent.start else ent.end
    cut = next((t.i for t in doc[start : end - 1] if t.lower_ in ("'s", "’s")), None)
    if cut is None or cut == start:
        return [ent] if start == ent.start else [Span(doc, start, end, label="ORG")]
    owner = doc[start:cut]
    if owner[-1].text not in surnames:
        return [ent] if start == ent.start else [Span(doc, start, ent.end, label="ORG")]
    person = all(t.is_title and t.is_alpha for t in owner) and len(owner) <= 3
    person = person and not {t.lower_ for t in owner} & (INSTITUTIONS | _SOCIETIES | roles.leader)
    return [
        Span(doc, start, cut + 1, label="PERSON" if person else "ORG"),
        Span(doc, cut + 1, ent.end, label="ORG"),
    ]


_PARTY_HEADS = frozenset({"party", "coalition", "movement", "alliance", "front"})


def _party_owners(ents: list[Span]) -> list[Span]:
    """ "Corbyn's Labour Party", "Chamisa's Citizens Coalition for Change": the owner of a
    party the recogniser calls an organisation is its leader, a person; a body owns no party."""
    starts = {e.start: e for e in ents}
    out = []
    for ent in ents:
        doc = ent.doc
        owned = starts.get(ent.end + 1)
        if (
            owned is not None
            and ent.label_ == "ORG"
            and not ent.ent_id_
            and 1 <= len(ent) <= 2
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent)
            and not {t.lower_ for t in ent} & (INSTITUTIONS | _SOCIETIES | _PARTY_HEADS)
            and doc[ent.end].lower_ in ("'s", "’s")
            and owned.label_ == "ORG"
            and _name_head(owned) in _PARTY_HEADS
        ):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _body_called_a_work(ent: Span) -> bool:
    """ "THE Citizens Coalition for Change (CCC)" tagged a law, "The Citizens' Coalition for
    Change" a work of art: a name whose head is an organisation's is an organisation."""
    if ent.label_ not in ("LAW", "WORK_OF_ART") or len(ent) < 2:
        return False
    if not all(t.is_alpha or t.text in ("'", "’", "'s", "’s") for t in ent):
        return False  # "[Russell] Church": a name in brackets, no body's
    return _name_head(ent) in _SOCIETIES | {"party", "coalition", "council", "commission"}


def _name_head(ent: Span) -> str:
    """The lower-case head word of a name: the word before its first "of" or "for" ("Coalition"
    of "Citizens Coalition for Change"), else its last word."""
    words = [t.lower_ for t in ent]
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
    return words[cut - 1]


def _split_at_and(ent: Span) -> list[Span]:
    """ "entered Tell Tamer and Ain Issa" read as one person: no one's name holds an "and", so
    a person span that does is two names (an organisation's may: "Fire and Rescue Service")."""
    doc = ent.doc
    cut = next((t.i for t in ent[1:-1] if t.lower_ in ("and", "&")), None)
    if ent.label_ != "PERSON" or ent.ent_id_ or cut is None:
        return [ent]
    if not (doc[cut - 1].is_title and doc[cut + 1].is_title):
        return [ent]
    return [
        *_split_at_and(Span(doc, ent.start, cut, label="PERSON")),
        *_split_at_and(Span(doc, cut + 1, ent.end, label="PERSON")),
    ]


# Words hyphened to a name that make it a modifier, not a longer name: "Assad-led", "Kyiv-based".
_COMPOUND_TAILS = frozenset(
    {"led", "based", "backed", "born", "era", "style", "side", "owned", "run", "linked"}
    | {"allied", "made", "wide", "like", "aligned", "friendly", "controlled", "held", "funded"}
)


def _after_title_of(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    """Whether token `i` follows "<title> of" or "<title> for": the portfolio or place of the
    title ("Minister of Economy", "First Minister of Scotland"), never a name's first word."""
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in titles


def _portfolio_first(ent: Span, titles: frozenset[str]) -> bool:
    """ "Mayor of Koszalin Piotr Jedlinski": a name of three words or more right after "<title>
    of" whose first word is the title's place or portfolio, run by the NER into the name."""
    return (
        len(ent) >= 3
        and _after_title_of(ent.doc, ent.start, titles)
        and ent[0].is_title
        and ent[0].is_alpha
        and not ent[0].ent_id_
        and ent[1].is_title
        and ent[1].is_alpha
    )


def _person_tail(ent: Span, person_names: set[str], surnames: set[str]) -> Span | None:
    """ "Senator from Vermont Bernie Sanders": the name the NER ran a place into, when the article
    gives it elsewhere (whole, or its surname after one or two capitalised words)."""
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        tail = doc[k : ent.end]
        if tail.text in person_names or (
            doc[ent.end - 1].text in surnames
            and all(t.is_title for t in tail)
            and k - ent.start <= 2
        ):
            return Span(doc, k, ent.end, label="PERSON")
    return None


def _name_after_owner(ent: Span) -> Span | None:
    """ "First Minister of Scotland Nicola Sturgeon": the NER ran the title's owner and the
    holder's name into one organisation; its last two capitalised words are the person, when a
    title and "of" come before it and no institution word is among them."""
    doc = ent.doc
    titles = load_roles().leader | load_roles().affiliated
    if len(ent) < 3 or ent.start < 2 or not _after_title_of(doc, ent.start, titles):
        return None
    tail = doc[ent.end - 2 : ent.end]
    if not all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in _place_words() for t in tail):
        return None  # "Mayor of New York City"
    if any(t.lower_ in INSTITUTIONS | {"party", "union"} for t in ent):
        return None  # "Director of the Central Intelligence Agency"
    owner = clean_surface(doc[_trimmed(ent).start : tail.start].text)
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} | set(_GAZ_NAMES().values())
    if owner not in places:
        return None  # "director of the Number Theory Foundation": no place, no split
    return Span(doc, tail.start, tail.end, label="PERSON")


@cache
def _place_words() -> frozenset[str]:
    """Last words of place names ("New York City", "Cook Islands", "Czech Republic"): the
    place-class nouns of agents.json ("the city of Kharkiv") and the last words of states' and
    features' names."""
    classes: frozenset[str] = load_agents().place_classes
    return classes | {
        *("island", "islands", "republic", "kingdom", "states", "territory", "territories"),
        *("emirates", "coast", "strip", "bank"),
    }


def _titled_name(ent: Span, titles: frozenset[str]) -> bool:
    """ "spokesperson Carlotta Weibl", "President Erdogan": a name the NER calls an organisation
    or a place, right after a person's title and known to no gazetteer, is a person's."""
    doc = ent.doc
    return (
        ent.label_ in ("ORG", "GPE", "LOC", "NORP")
        and not ent.ent_id_
        and 1 <= len(ent) <= 3
        and ent.start > ent.sent.start
        and doc[ent.start - 1].lower_ in titles
        and all(t.is_title and t.is_alpha for t in ent)
    )


def _title_inside(ent: Span, roles: Roles) -> bool:
    """ "King Charles" called a place: a leader's title or an honorific, then one or two
    capitalised words that end no place or building name ("Prince Edward Island", "King
    County", "Queen Mary University" stay what they are)."""
    first, rest = ent[0], ent[1:]
    return (
        ent.label_ in ("ORG", "GPE", "LOC", "NORP")
        and not ent.ent_id_
        and 2 <= len(ent) <= 3
        and first.lower_ in roles.leader | roles.honorifics
        and first.is_title
        and all(t.is_title and t.is_alpha for t in rest)
        and not {t.lower_ for t in rest} & (_place_words() | INSTITUTIONS | _BUILDINGS)
        and not (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _place_words() | _BUILDINGS)
    )


# Last words of names of buildings and schools: "Queen Mary University", "King Fahd Airport".
_BUILDINGS = frozenset(
    {"university", "college", "school", "hospital", "hotel", "airport", "station", "bridge"}
    | {"street", "square", "park", "palace", "mosque", "church", "cathedral", "stadium"}
)


def _register_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The NER's entities, with the register's people where it missed or mislabelled them:
    "Queen Elizabeth II" left unlabelled, "Erdogan" called a place. A full name of two or more
    words is taken wherever it stands outside a gazetteer entity; a one-word surname only where
    the NER already saw a name there (a one-word entity of another kind) and it is long enough
    not to be a common word ("May", "Brown")."""
    full, single = _register_forms()
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    words = [name_key(t.text) for t in doc]
    # "Kassym-Jomart Tokayev" is four tokens and three words: a hyphen that joins two words of
    # a name is read past, so the register's names match however their hyphens were tokenised
    at = [i for i, t in enumerate(doc) if not _joining_hyphen(t)]
    k = 0
    while k < len(at):
        for n in (4, 3, 2):
            if k + n > len(at):
                continue
            i, last = at[k], at[k + n - 1]
            if (
                tuple(words[j] for j in at[k : k + n]) in full
                and last - i < 2 * n
                and not any(taken[j].ent_id_ for j in range(i, last + 1) if j in taken)
            ):
                found.append(Span(doc, i, last + 1, label="PERSON"))
                k += n
                break
        else:
            k += 1
    for ent in ents:
        if (
            len(ent) == 1
            and ent.label_ in ("GPE", "LOC", "ORG", "NORP")
            and not ent.ent_id_
            and words[ent.start] in single
        ):
            found.append(Span(doc, ent.start, ent.end, label="PERSON"))
    if not found:
        return ents
    covered = {i for f in found for i in range(f.start, f.end)}

    def cut_from(e: Span) -> bool:
        # "Kamla Persad" + "-" + "Bissessar": a person the NER cut short of a register name
        # is that name
        return any(f.start <= e.start and e.end <= f.end and len(f) > len(e) for f in found)

    kept = [
        e
        for e in ents
        if not covered & set(range(e.start, e.end)) or e.label_ == "PERSON" and not cut_from(e)
    ]
    persons = {i for e in kept if e.label_ == "PERSON" for i in range(e.start, e.end)}
    return sorted(
        kept + [f for f in found if not persons & set(range(f.start, f.end))], key=lambda e: e.start
    )


def _joining_hyphen(token: Token) -> bool:
    """A hyphen set between two words with no space either side ("Kassym-Jomart")."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
        and doc[token.i - 1].is_alpha
        and doc[token.i + 1].is_alpha
    )


@cache
def _register_forms() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The register's names as word tuples (two words or more), and its distinctive surnames."""
    roles = load_roles()
    titles = roles.leader | roles.affiliated | roles.honorifics
    full: set[tuple[str, ...]] = set()
    single: set[str] = set()
    for office in load_register().entries:
        for form in (office.name, *office.aliases):
            key = tuple(name_key(form).split())
            while key and key[0] in titles:
                key = key[1:]  # "Queen Elizabeth": the name is "Elizabeth II", the title apart
            if len(key) >= 2:
                full.add(key)
            elif key and len(key[0]) >= 6:
                single.add(key[0])
    return frozenset(full), frozenset(single)


_COMPASS = frozenset(
    {"west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest"}
)
_EDGE_WORDS = frozenset({"of", "and", "the", "for", "in", "to", "'s", "’s"})
_DASHES = frozenset({"-", "–", "—"})


_CREDIT_WORDS = frozenset({"Image", "Photo", "Picture", "Video"})


def _colon_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text == ":"


def _trimmed(ent: Span) -> Span:
    """A statistical entity without the function words the NER sometimes runs into
    ("Patrice Talon of", "Federal Aviation Office of")."""
    start, end = ent.start, ent.end
    for cut in (3, 2):
        # "National Hurricane Center (NHC)", "... Center (NHC": the bracketed acronym is a form
        # of the name, not part of it
        if end - start > cut and ent.doc[end - cut].text == "(":
            end -= cut
            break
    while (
        end > start
        and ent.doc[end - 1].lower_ in _EDGE_WORDS - {"'s", "’s"}
        # "Moon Jae-in": a syllable hyphened to the name is no edge word
        and not (
            end - start > 2 and ent.doc[end - 2].text == "-" and not ent.doc[end - 2].whitespace_
        )
    ):
        end -= 1
    if end - start > 1 and ent.doc[end - 1].text in _CREDIT_WORDS and _colon_at(ent.doc, end):
        # "Thomas Knapp Image: Wikinews.": a photo caption runs the name into its credit line
        end -= 1
    if (
        end - start > 2
        and ent.doc[end - 1].like_num
        and ent.doc[end - 2].text in _DASHES
        and ent.doc[end - 3].whitespace_
    ):
        end -= 2  # "Sinn Féin - 7 seats": a count set apart by a dash is no part of the name
    while start < end and ent.doc[start].lower_ in ("of", "and", "for", "in", "to"):
        start += 1
    label = ent.label_
    if _occupation_first(ent.doc[start:end]):
        # "Historian Darcy Richardson picked", "Immunologist Kristian Andersen of Scripps Research
        # said": a sentence begun with the person's occupation capitalises it into the name
        start, label = start + 1, "PERSON"
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=label)


def _occupation_first(span: Span) -> bool:
    """Whether a name opens a sentence with an occupation noun ("Historian", "Immunologist",
    "Economist") before two or three name words."""
    if not span or not span[0].is_sent_start or not 3 <= len(span) <= 4:
        return False
    word = span[0].lower_
    if not (word.endswith(("ist", "ician")) or word == "historian"):
        return False
    rest = span[1:]
    return all(t.text[:1].isupper() and t.is_alpha for t in rest) and not any(
        t.lower_ in INSTITUTIONS | _SOCIETIES | {"party"} for t in rest
    )


# Class nouns of organisations that, right before a name, say what it names whatever label the
# recogniser gave it: "news agency Fars" (FAC), "daily Magyar Nemzet" (PERSON), "broadcaster
# TVN24", "newspaper The Guardian" (WORK_OF_ART).
_ORG_CLASSES = frozenset(
    {
        "agency",
        "newspaper",
        "daily",
        "tabloid",
        "broadcaster",
        "channel",
        "network",
        "outlet",
        "magazine",
        "website",
        "company",
        "firm",
        "airline",
        "carrier",
        "charity",
        "ngo",
        "organisation",
        "organization",
        "manufacturer",
        "bank",
    }
)


def _after_org_class(ent: Span) -> bool:
    """Whether a name follows an organisation's class noun that modifies it: "state-owned
    Iranian news agency Fars"; not a person's name ("agency spokesman John Kirby")."""
    if ent.start == 0 or ent.label_ in ("ORG", "NORP", "DATE", "CARDINAL", "MONEY"):
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.pos_ == "NOUN"
        and before.lower_ in _ORG_CLASSES
        and before.head.i in range(ent.start, ent.end)
    )


def _after_place_class(ent: Span) -> bool:
    """Whether a name the recogniser calls an organisation or a person is the place its class
    noun's "of" names: "the Spanish island of Majorca", "entered the town of Tell Tamer"."""
    if ent.start < 2 or ent.label_ not in ("ORG", "PERSON"):
        return False
    of, noun = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return (
        of.lower_ == "of"
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and noun.lemma_.lower() in load_agents().place_classes
        and ent.root.head.i == of.i
    )


# Last words of a name that make a measure or a body: the recogniser's kind decides.
_BODY_OR_MEASURE = frozenset({"initiative", "framework", "charter", "memorandum"})


def _named_thing(ent: Span, kind: Kind) -> Kind:
    """A name that ends in a measure's or a conflict's word is that thing, whatever the
    recogniser called it: "the Green New Deal" (ORG), "Voting Rights Act" (PERSON) are Topics,
    "the Iraq War" and "Typhoon Phanfone" Events; a lone "Bill" stays a person."""
    last = ent[-1]
    if len(ent) < 2 or not last.is_title:
        return kind
    agents = load_agents()
    if ent[0].lower_ in agents.named_disasters:
        return Kind.EVENT
    if last.lower_ in agents.named_measures:
        # "the Three Seas Initiative", "the Clinton Global Initiative" are bodies the recogniser
        # knows as such; "the Black Sea Grain Initiative" it takes for a place
        if last.lower_ in _BODY_OR_MEASURE and kind is Kind.ORGANIZATION:
            return kind
        return Kind.TOPIC
    if last.lower_ in agents.named_conflicts:
        return Kind.EVENT
    return kind


def _add(
    res: Resolution,
    span: Span,
    entity_id: str,
    name: str,
    kind: Kind,
    iso3: str | None,
    sent_of: dict[int, int],
    tokens: range | None = None,
) -> None:
    node = res.nodes.setdefault(entity_id, _Node(entity_id, name, kind, iso3))
    if entity_id in _GAZ_NAMES():
        node.name = _GAZ_NAMES()[entity_id]
    surface = clean_surface(span.text)
    node.forms[surface] += 1
    res.mentions.append(Mention(span.start, span.end, surface, entity_id, sent_of[span.start]))
    for i in tokens or range(span.start, span.end):
        res.token_entity[i] = entity_id


@cache
def _GAZ_NAMES() -> dict[str, str]:
    return {k: v.name for k, v in load_gazetteer().known.items()}


def _named_inside(res: Resolution, ent: Span, known: Known) -> str:
    """The state named inside an organisation's name ("German" in "German Institute for
    Economic Research"), a node even when the article names it nowhere else: its PART_OF needs
    both ends."""
    node = res.nodes.setdefault(known.id, _Node(known.id, known.name, known.kind, known.iso3))
    if not node.forms:
        node.forms[clean_surface(ent.text)] += 1
    return known.id


def _acts(ent: Span) -> bool:
    """Whether a capital is the subject of an act (its country) rather than a place."""
    root = ent.root
    if root.dep_ == "conj":
        # "condemnation from Seoul and Tokyo": a conjunct stands where the first one does
        while root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "NORP"):
            root = root.head
        if root.dep_ == "conj":
            return False
    if root.dep_ in _AGENT_DEPS:
        return not (root.dep_ == "poss" and root.head.lemma_ in ("capital", "city", "street"))
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "NOUN":
        return True  # "an aid package for Kyiv", "support for Beijing": a party's share
    if root.dep_ == "pobj" and root.head.lower_ in _AGENT_PREPS:
        return root.head.head.lemma_ not in _PLACE_VERBS
    return root.dep_ == "compound" and root.head.lemma_ in (
        load_roles().affiliated | load_roles().leader
    )


_FORCES = frozenset({"navy", "army", "coastguard", "police", "gendarmerie", "marines"})


def _institution_word_after(ent: Span) -> Token | None:
    """The capitalised institution word an organisation's name is the compound of, when the
    recogniser left it out ("US Treasury" + "Department")."""
    if ent.end >= len(ent.doc):
        return None
    nxt = ent.doc[ent.end]
    if nxt.lower_ in INSTITUTIONS and nxt.is_title and not nxt.ent_type_ and ent.root.head == nxt:
        return nxt
    return None


def _national_force(ent: Span) -> Token | None:
    """The force noun right after a demonym ("Indonesian navy"), when it is not itself named."""
    if ent.end >= len(ent.doc):
        return None
    nxt = ent.doc[ent.end]
    if nxt.lower_ not in _FORCES or nxt.ent_type_ not in ("", "ORG"):
        return None
    # Named when the article capitalises it somewhere ("the Indonesian Navy ... Indonesian navy");
    # "the Russian army" alone is the state acting (ONTOLOGY: an unnamed "X military").
    named = f"{ent.text} {nxt.text.capitalize()}"
    return nxt if named in ent.doc.text else None


_LEGISLATURES = frozenset({"parliament", "senate", "congress"})


def _legislatures_named_elsewhere(res: Resolution, houses: set[str]) -> None:
    """ "the Argentine congress" in an article that names the "National Congress", "the British
    parliament" beside "Parliament": the one legislature the article names by the same noun."""
    for source in sorted(houses):
        node = res.nodes.get(source)
        if node is None:
            continue
        noun = node.name.split()[-1]
        named = [
            n.id
            for n in res.nodes.values()
            if n.id != source
            and n.id not in houses
            and n.kind is Kind.ORGANIZATION
            and noun in n.name.split()
            # a bare "Parliament" may be another state's: `_home_legislatures` decides
            and n.name.lower() not in _BARE_LEGISLATURES
        ]
        if len(named) == 1:
            state = res.part_of.pop(source, None)
            if state is not None:
                res.part_of.setdefault(named[0], state)
            merge_nodes(res, source, named[0])


# A legislature named by its kind alone: "Parliament voted", "Congress approved".
_BARE_LEGISLATURES = frozenset(
    {"parliament", "congress", "senate", "legislature", "house of representatives"}
)


def _home_legislatures(res: Resolution, gaz: Gazetteer) -> None:
    """ "Parliament", "Congress" with no state in the name: the one legislature of that kind
    the article names, unless it is another state's than the article's own; else the
    legislature of the article's one country (`home_country`), kept
    under that state's id so that two countries' "Parliament" are not one node. Never when the
    article names two legislatures of that kind. One state's legislatures of one kind are one
    body: "UK parliament" and "Parliament of the United Kingdom"."""
    # kind -> state ("" when the name says none: "Parliament of New South Wales") -> bodies
    named: dict[str, dict[str, list[str]]] = {}
    bare: list[str] = []
    for node in sorted(res.nodes.values(), key=lambda n: n.id):
        if node.kind is not Kind.ORGANIZATION:
            continue
        name = node.name.lower()
        if name in _BARE_LEGISLATURES and node.id not in res.part_of:
            bare.append(node.id)
            continue
        for noun in _BARE_LEGISLATURES:
            # its head, not a part of it: not the "Senate Foreign Relations Committee"
            if name.endswith(f" {noun}") or name.startswith(f"{noun} of "):
                state = res.part_of.get(node.id, "")
                named.setdefault(noun, {}).setdefault(state, []).append(node.id)
    for states in named.values():
        for state, same in states.items():
            if not state:
                continue
            # the longest is the fullest name: "Parliament of the United Kingdom"
            target = max(same, key=lambda n: (len(res.nodes[n].name), n))
            for other in same:
                if other != target:
                    merge_nodes(res, other, target)
                    res.part_of.pop(other, None)
            same[:] = [target]
    focus = res.home_country()
    for source in bare:
        node = res.nodes[source]
        states = named.get(node.name.lower(), {})
        if len(states) == 1:
            state, bodies = next(iter(states.items()))
            # not when the article is about another state: "the Senate" in a story on Puerto
            # Rico is not the "U.S. Senate" it names in passing
            if len(bodies) == 1 and bodies[0] not in gaz.known and focus in (None, state or focus):
                merge_nodes(res, source, bodies[0])
            continue
        if states or focus is None or focus not in res.nodes:
            continue
        target = f"org:{slug(res.nodes[focus].name + ' ' + node.name)}"
        if target not in res.nodes:
            res.nodes[target] = _Node(target, node.name, Kind.ORGANIZATION)
        merge_nodes(res, source, target)
        res.home_state[target] = focus


# Words of a body named by its kind alone ("Foreign Ministry", "Defence Ministry", "Supreme
# Court"), which every state has; the heads say it is a body.
_KIND_OF_BODY_HEADS = frozenset({"ministry", "court"})
_KIND_OF_BODY_WORDS = _KIND_OF_BODY_HEADS | frozenset(
    {
        "foreign",
        "defence",
        "defense",
        "interior",
        "home",
        "finance",
        "justice",
        "health",
        "trade",
        "commerce",
        "economy",
        "education",
        "information",
        "external",
        "affairs",
        "of",
        "security",
        "national",
        "supreme",
        "high",
        "constitutional",
        "electoral",
        "intelligence",
        "state",
        "federal",
        "presidential",
    }
)


def _body_of_state(body: str, state: str, gaz: Gazetteer) -> str:
    """The name a state's own body is kept under, whatever the text labels it with: "Security
    Council of Russia", "Foreign Ministry of China"."""
    return f"{body} of {gaz.known[state].name}"


def _states_own_bodies(doc: Doc, res: Resolution, gaz: Gazetteer) -> None:
    """ "China's Foreign Ministry", "Poland's Foreign Ministry", "the Ukrainian Foreign
    Ministry": a ministry or court named by its kind alone, after a state's possessive or
    demonym, is that state's, kept under the id the resolver gives a state's own body
    ("org:foreign-ministry-of-china", as "the Foreign Ministry of China" has it; its name stays
    as the text gives it), so that two states' ministries are not one node of the graph. Each
    mention goes to the state it is labelled with; an unlabelled one to the one state the
    article labels the body with, if one."""
    demonyms = gaz.demonyms
    for node in sorted(res.nodes.values(), key=lambda n: n.id):
        if node.kind is not Kind.ORGANIZATION:
            continue
        words = node.name.lower().split()
        if words and words[0] in demonyms and len(words) > 1:
            labelled_by = demonyms[words[0]]  # "Ukrainian Foreign Ministry"
            words = words[1:]
        else:
            labelled_by = None
        if not set(words) & _KIND_OF_BODY_HEADS or not set(words) <= _KIND_OF_BODY_WORDS:
            continue
        kind_name = " ".join(node.name.split()[-len(words) :])
        mentions = [m for m in res.mentions if m.entity_id == node.id]
        owner_of: dict[int, str] = {}
        for m in mentions:
            if labelled_by is not None:
                owner_of[m.start] = labelled_by
            elif (
                m.start >= 2
                and doc[m.start - 1].lower_ in ("'s", "’s")
                and (owner := res.token_entity.get(m.start - 2)) is not None
                and owner in res.nodes
                and res.kind_of(owner) is Kind.COUNTRY
            ):
                owner_of[m.start] = owner
        states = set(owner_of.values())
        if not states:
            continue
        for m in mentions:
            state = owner_of.get(m.start) or (next(iter(states)) if len(states) == 1 else None)
            if state is None:
                continue
            target = f"org:{slug(_body_of_state(kind_name, state, gaz))}"
            if target not in res.nodes:
                res.nodes[target] = _Node(target, node.name, Kind.ORGANIZATION)
            res.nodes[target].forms[m.text] += 1
            m.entity_id = target
            for i in range(m.start, m.end):
                if res.token_entity.get(i) == node.id:
                    res.token_entity[i] = target
            res.part_of[target] = state
            if words[-1] == "ministry":
                # "the Foreign Ministry" describes a body by its kind; "the Ministry of External
                # Affairs" is its formal name, which the text uses for the body itself
                res.acting_state[target] = state
                if m.start in owner_of:
                    res.state_labelled.add(m.start)
        if not any(m.entity_id == node.id for m in res.mentions):
            del res.nodes[node.id]


def _legislature(ent: Span) -> Token | None:
    """The lower-case legislature noun right after a country or demonym ("British parliament");
    a capitalised one is an institution's name, read as such."""
    if ent.end >= len(ent.doc):
        return None
    nxt = ent.doc[ent.end]
    if nxt.lower_ not in _LEGISLATURES or not nxt.is_lower or nxt.ent_type_ not in ("", "ORG"):
        return None
    return nxt


def _elided_name(ent: Span, gaz: Gazetteer) -> tuple[str, Known] | None:
    """ "North and South Korea": "North" is North Korea, its name shared with the next conjunct."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].lower_ not in ("and", "or", "&"):
        return None
    nxt = doc[ent.end + 1]
    if nxt.lower_ not in _COMPASS or not nxt.ent_id_:
        return None
    rest = [t.text for t in doc[nxt.i + 1 : nxt.i + 4] if t.ent_id_ == nxt.ent_id_]
    entity_id = _pattern_ids().get(" ".join([ent.text, *rest]))
    if entity_id is None or entity_id not in gaz.known:
        return None
    return entity_id, gaz.known[entity_id]


def _article_seats(doc: Doc, gaz: Gazetteer) -> dict[str, str]:
    """The capitals that act for the body seated there (the gazetteer's `seats`), not for their
    state, in this article: it names the body, or a body of it ("the European Commission"), and
    never the capital's state by name or people ("talks between London and Brussels")."""
    named = {e.ent_id_.partition("|")[0] for e in doc.ents if e.ent_id_}
    named |= {part for n in named if n in gaz.known and (part := gaz.known[n].part_of)}
    stood = {
        e.ent_id_.partition("|")[0]
        for e in doc.ents
        if e.ent_id_ and e.ent_id_.partition("|")[2] in (NAME, DEMONYM)
    }
    out = {}
    for capital, body in gaz.seats.items():
        city = gaz.known.get(f"loc:{slug(capital)}")
        if body in named and body in gaz.known and city is not None and city.country not in stood:
            out[capital] = body
    return out


def _seated_body(ent: Span, res: "Resolution") -> str | None:
    """The body an acting capital stands for in this article (`Resolution.seats`); not the
    city's own office ("Brussels mayor Philippe Close")."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in load_roles().local_leader:
        return None
    return res.seats.get(clean_surface(ent.text))


@cache
def _standing_forms() -> frozenset[tuple[str, str]]:
    """(entity id, form) of the gazetteer's forms that stand for an entity without naming it:
    its capital, its people's word, a metonym ("Ankara", "Turkish", "the Kremlin")."""
    gaz = load_gazetteer()
    out = set()
    for p in gaz.patterns:
        entity_id, _, role = p["id"].partition("|")
        if not isinstance(p["pattern"], str) or role not in (CAPITAL, DEMONYM, METONYM):
            continue
        out.add((entity_id, p["pattern"]))
        # a capital's pattern is the city's; standing for its state, the form is the state's
        if role == CAPITAL and (known := gaz.known.get(entity_id)) and known.country:
            out.add((known.country, p["pattern"]))
    return frozenset(out)


@cache
def _pattern_ids() -> dict[str, str]:
    """Gazetteer surface form -> entity id, for names rebuilt from an ellipsis."""
    out: dict[str, str] = {}
    for p in load_gazetteer().patterns:
        if isinstance(p["pattern"], str):
            out.setdefault(p["pattern"], p["id"].partition("|")[0])
    return out


INSTITUTIONS = frozenset(
    {
        "department",
        "ministry",
        "agency",
        "force",
        "forces",
        "army",
        "navy",
        "embassy",
        "consulate",
        "police",
        "house",
        "council",
        "bank",
        "airlines",
        "airways",
        "office",
        "service",
        "guard",
        "corps",
        "parliament",
        "court",
        "institute",
        "commission",
        "committee",
        "assembly",
        "senate",
        "congress",
        "administration",
        "authority",
        "command",
        "aramco",
    }
)
_COMMERCIAL = frozenset({"airlines", "airways"})
# Words that name a movement set against a state's government, which its name may still carry.
AGAINST_THE_STATE = frozenset(
    {"liberation", "resistance", "rebel", "rebels", "insurgent", "opposition", "salvation"}
)
# Heads of named bodies that are not the state's own but still carry a state's name or demonym:
# "Syrian Observatory for Human Rights", "Russian Orthodox Church", "Turkish Red Crescent",
# "Zimbabwe African National Union", "Polish Football Association".
# Societies named after a state that are no body of it.
_LEARNED = frozenset({"academy", "museum", "library", "orchestra"})
_SOCIETIES = (
    frozenset(
        {"association", "federation", "confederation", "union", "league", "society", "church"}
        | {"crescent", "cross", "observatory", "foundation", "fund", "front", "movement"}
        | {"alliance", "organisation", "organization", "corporation", "company", "group"}
        | {"network", "chamber"}
    )
    | _LEARNED
)
_NAME_LINKS = frozenset({"of", "in", "for", "and"})


def _institution(ent: Span, party: bool = False) -> Span | None:
    """The institution name a country or demonym begins: capitalised words after it ending in an
    institution noun ("US Embassy in London", "Saudi Press Agency"), with a capitalised word
    before it ("Royal Saudi Air Force")."""
    doc, sent = ent.doc, ent.sent
    end, headed, linked, named_inside, society = ent.end, False, False, False, False
    joined = None  # the "and" taken inside an "of" complement, after the name's head
    i = ent.end
    while i < sent.end:
        tok = doc[i]
        if joined is not None and (tok.lower_ in INSTITUTIONS or tok.lower_ in _SOCIETIES):
            # "American Civil Liberties Union of Montana and Native American Rights Fund": a
            # second head after the "and" begins a second name
            end = joined
            break
        if (
            tok.lower_ == "of"
            and headed
            and i + 2 < sent.end
            and doc[i + 1].lower_ == "the"
            and doc[i + 2].text[:1].isupper()
            and doc[i + 2].is_alpha
        ):
            # "U.S. Department of the Treasury": the article inside the name's "of" complement
            linked = True
            i += 2
            continue
        if tok.lower_ in _NAME_LINKS:
            # "and" joins words inside an "of" complement ("Ministry of Trade and Industry"),
            # never two names ("American Airlines and JetBlue")
            if (
                headed
                and i + 1 < sent.end
                and doc[i + 1].text[:1].isupper()
                and (tok.lower_ != "and" or linked)
                and not (society and tok.lower_ == "in")
            ):
                if tok.lower_ == "and" and joined is None:
                    joined = i
                linked = linked or tok.lower_ in ("of", "for")
                i += 1
                continue
            break
        if party and tok.lower_ == "party" and not headed and i > ent.end:
            # "Thailand's Thai Raksa Chart Party", "The Thai Raksa Chart party": a party's name
            # begun by a demonym ends at "party", in either case ("US Green Party" is the Green
            # Party: a country's name only qualifies it)
            end = i + 1
            break
        if not (tok.text[:1].isupper() and tok.is_alpha) or tok.ent_type_ in ("PERSON", "DATE"):
            break
        if headed and _title_before_name(tok):
            break  # "United States House of Representatives Speaker Nancy Pelosi"
        # "Russian Wagner Group": a curated name inside keeps its own node
        named_inside = named_inside or bool(tok.ent_id_)
        if tok.lower_ in INSTITUTIONS or tok.lower_ in _SOCIETIES and not named_inside:
            # a society's name ends at its head or its "of"/"for" phrase: "Iranian Chess
            # Federation President", "... Molecular Biology in Orlando" go no further
            headed, end, society = True, i + 1, tok.lower_ not in INSTITUTIONS
        elif headed and (
            end == i
            and not (society and doc[i - 1].lower_ in _SOCIETIES)
            or doc[i - 1].lower_ in _NAME_LINKS
            or doc[i - 1].lower_ == "the"
            and doc[i - 2].lower_ == "of"
        ):
            end = i + 1  # "... of Foreign Affairs", "... Embassy in London"
        i += 1
    if end == ent.end:
        return None
    while end > ent.end and doc[end - 1].lower_ in _NAME_LINKS:
        end -= 1
    if society and end == ent.end + 1:
        return None  # "Iranian Federation", "British League": a name needs a word of its own
    return Span(doc, _named_from(ent), end, label="ORG")


def _begins_a_states_body(ent: Span, state: Span | None) -> bool:
    """Whether an unknown word is the first of a body's name that a state's word right after it
    goes on: "Royal" before "Thai Army" or "Swedish Academy of Sciences"."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.ent_id_ or state is None or not state.ent_id_ or len(words) != 1:
        return False
    if _named_from(state) != ent.end - 1:
        return False
    return _national_force(state) is not None or _institution(state) is not None


def _named_from(ent: Span) -> int:
    """Where a body's name begun by a state's word starts: one capitalised word before it
    ("Royal Saudi Air Force", "Royal Thai Army")."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if (
        before is not None
        and before.text[:1].isupper()
        and before.is_alpha
        and not before.is_sent_start
        and not before.ent_id_
        and before.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
        and before.pos_ in ("PROPN", "ADJ")
    ):
        return ent.start - 1
    return ent.start


def _title_before_name(token: Token) -> bool:
    """Whether a word is a title held by the person named right after it ("... District Court
    Judge Victor Marrero"): the holder's title, no part of the body's name."""
    roles = load_roles()
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in roles.leader | roles.affiliated
        and nxt is not None
        and nxt.ent_type_ == "PERSON"
    )


def _unlabelled_bodies(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """ "Toronto Police, which indicated ...", "North Wales Fire and Rescue Service were called",
    "the Bread and Roses Party": a name of two capitalised words or more, ending in an
    institution's or a society's head, that the recogniser left unlabelled is an organisation;
    not inside a title ("Member of Parliament") nor before a word that makes it a place ("Air
    Force Base", "Parliament Square")."""
    heads = INSTITUTIONS | _SOCIETIES | {"party", "forum"}
    titles = load_roles().leader | load_roles().affiliated | load_roles().honorifics
    i = 0
    while i < len(doc):
        if not _free_name_word(doc[i], res):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if _free_name_word(doc[end], res):
                end += 1
            elif (
                doc[end].lower_ in _NAME_LINKS
                and end + 1 < len(doc)
                and _free_name_word(doc[end + 1], res)
            ):
                end += 2
            else:
                break
        run = doc[i:end]
        nxt = doc[end] if end < len(doc) else None
        if (
            len(run) >= 2
            and run[-1].lower_ in heads
            and run[0].lower_ not in titles
            and not (nxt is not None and nxt.is_title and nxt.is_alpha)
            and (i == 0 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in titles)
            and not (i and doc[i - 1].text in _DASHES and not doc[i - 1].whitespace_)
        ):
            # "African Export–Import Bank": a dash-joined word begins it, no name alone
            if i and load_gazetteer().demonyms.get(doc[i - 1].lower_):
                run = doc[i - 1 : end]  # "the Thai Raksa Chart Party": the demonym begins it
            name = clean_surface(run.text)
            _add(res, run, f"org:{slug(name)}", name, Kind.ORGANIZATION, None, sent_of)
        i = end


def _unlabelled_places(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """ "a house east of Rafah", "the village of Maksana": one to three capitalised words the
    recogniser left unlabelled after a place noun's or a point of the compass's "of" are that
    place. (After "in" alone they are not: "the Western District of Virginia in Abingdon" would
    put a state in a town.)"""
    places = load_agents().place_classes | _PLACE_NOUNS | _OF_A_PLACE
    i = 2
    while i < len(doc):
        if not (_free_name_word(doc[i], res) and doc[i].pos_ == "PROPN"):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and _free_name_word(doc[end], res):
            end += 1
        run = doc[i:end]
        nxt = doc[end] if end < len(doc) else None
        if (
            doc[i - 1].lower_ == "of"
            and doc[i - 2].lemma_.lower() in places
            and doc[i - 2].is_lower  # "the Western District of Virginia": a name's part
            and not (nxt is not None and (nxt.is_title or nxt.lower_ in ("'s", "’s")))
            and all(t.pos_ == "PROPN" for t in run)
        ):
            name = clean_surface(run.text)
            _add(res, run, f"loc:{slug(name)}", name, Kind.LOCATION, None, sent_of)
            res.mentions.sort(key=lambda m: m.start)
        i = end


def _free_name_word(token: Token, res: Resolution) -> bool:
    """A capitalised word no entity holds, that may be part of a name."""
    return (
        token.is_title
        and token.is_alpha
        and not token.ent_type_
        and token.i not in res.token_entity
        and token.pos_ in ("PROPN", "NOUN", "ADJ")
    )


def _place_after_of(ent: Span, gaz: Gazetteer) -> tuple[Span, Known | None] | None:
    """The known country or city that completes an organisation's name after "of" ("Supreme
    Court of the United Kingdom", "Medical University of Gdańsk", "People's Party of Canada"),
    when the name ends there: the place's span, and its entry when the name is of that one place
    (None for "Alliance Party of Northern Ireland", "High Court of England and Wales")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc):
        return None
    # The recogniser ran the name into its "of" ("The Unity Party of" + "America"): whatever the
    # head, the place after it is part of the name.
    ran_on = (
        doc[ent.end].lower_ in ("of", "for")
        and doc[ent.end].ent_type_ == ent.label_
        and ent[-1].lower_ not in ("state", "states")  # "Confederate States of America"
        # "the EEZ of Cyprus": a zone; "the Alliance for Serbia": a body by its head
        and (
            len([t for t in ent if t.lower_ != "the"]) > 1
            or ent[-1].lower_ in _SOCIETIES | _PARTY_HEADS
        )
    )
    place, cut = None, False
    if ran_on or doc[ent.end].lower_ == "of" and ent[-1].lower_ in INSTITUTIONS | {"university"}:
        i = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
        start = i
        while ran_on and i < start + 2 and i < len(doc) and _unlabelled_word(doc[i]):
            i += 1  # "Alliance Party of" + "Northern" + "Ireland": a place cut in two
        place = next((e for e in doc.ents if e.start == i and e.ent_id_), None)
        cut = i > start
    elif _split_at_place(ent):
        # "Alliance Party of Northern" + "Ireland": the place's own name was cut in two
        place = next((e for e in doc.ents if e.start == ent.end and e.ent_id_), None)
        cut = True
    if place is None or place.end > ent.sent.end:
        return None
    known = gaz.known.get(place.ent_id_.partition("|")[0])
    if known is None or known.kind not in (Kind.COUNTRY, Kind.LOCATION):
        return None
    end = place.end
    if end + 1 < len(doc) and doc[end].lower_ == "and" and ran_on:
        # "Port Authority of New York and New Jersey": a second place ends the name
        second = next((e for e in doc.ents if e.start == end + 1 and e.ent_id_), None)
        if second is not None and second.end <= ent.sent.end:
            end, known = second.end, None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.is_title and nxt.is_alpha or nxt.lower_ == "'s"):
        return None  # "Court of Session in Scotland" ends before; "of Britain's ..." goes on
    if cut:
        known = None  # "Northern Ireland" is no "Ireland"
    return Span(doc, place.start, end), known


def _unlabelled_word(token: Token) -> bool:
    """A capitalised word the recogniser left out of every entity."""
    return token.is_title and token.is_alpha and not token.ent_type_


def _split_at_place(ent: Span) -> bool:
    """Whether an organisation's name reads "... of <Capitalised>" and a known place starts right
    after it, no space lost: the recogniser cut a place's name that completes it."""
    words = [t.lower_ for t in ent]
    if "of" not in words[1:-1]:
        return False
    after = ent[words.index("of", 1) + 1 :]
    return all(t.is_title for t in after) and bool(ent[-1].whitespace_)


def _in_title(ent: Span) -> bool:
    """Whether a short name completes a title ("Secretary of State", "Minister of Transportation")
    or names its portfolio ("Interior Minister", "Health Secretary")."""
    doc = ent.doc
    if len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _PORTFOLIO_HEADS:
        return True
    if (
        len(ent) == 2
        and ent[-1].lower_ == "affairs"
        and ent.end < len(doc)
        and doc[ent.end].lower_ in _PORTFOLIO_HEADS
    ):
        return True  # "External Affairs Minister S. Jaishankar": a portfolio, no body
    if len(ent) == 2 and ent.end < len(doc) and doc[ent.end].lower_ in _ADVISERS:
        return True  # "National Security Adviser John Bolton": the adviser's brief, no body
    if ent.start < 2 or ent.doc[ent.start - 1].lower_ != "of":
        return False
    roles = load_roles()
    title = ent.doc[ent.start - 2].lower_
    if title in roles.local_leader and ent.label_ in ("GPE", "LOC"):
        return False  # "governor of Alaska": a local head's place, no portfolio
    # "director of Greenpeace", "spokesman of Hamas": a body the title is held in
    words = [t.lower_ for t in ent if t.is_alpha]
    if words and words[-1] == "affairs":
        return title in roles.leader | roles.affiliated  # "Minister of Maritime Affairs"
    return (
        title in roles.leader | roles.affiliated
        and title not in ("head", "chief", "leader", "member")
        and all(w in roles.portfolios for w in words)
    )


_PORTFOLIO_HEADS = frozenset({"minister", "ministers", "secretary", "secretaries", "ministry"})
_ADVISERS = frozenset({"adviser", "advisor", "advisers", "advisors"})


def _not_of_state(ent: Span) -> bool:
    """Whether a demonym names a language, not the state: "Azeri-language media", "Russian-
    speaking residents"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in _LANGUAGE_WORDS


_LANGUAGE_WORDS = frozenset({"language", "speaking", "speaker", "speakers"})


def _a_people(ent: Span, gaz: Gazetteer) -> bool:
    """Whether a demonym names a country's people as a noun in the plural ("Americans", "South
    Koreans"), not an adjective ("American troops") nor a singular ("a Briton"); "the Saudis",
    "the Americans" are the state, as the press uses them ("we warn the Saudis")."""
    last = ent[-1]
    if ent.start and ent.doc[ent.start - 1].lower_ == "the":
        return False
    return (
        last.tag_ in ("NNPS", "NNS", "NNP")
        and ent.root.dep_ not in ("amod", "compound", "nmod")
        and last.lower_.endswith("s")
        and ent.text.lower()[:-1] in gaz.demonyms
    )


def _group_noun(ent: Span) -> bool:
    """A nationality or group not tied to a country is a node only when used as a noun."""
    return ent.root.pos_ in ("NOUN", "PROPN") and ent.root.dep_ not in ("amod", "compound")


_TITLE_QUALIFIERS = frozenset({"grand", "state", "retired", "acting", "senior", "deputy", "vice"})


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _person_tokens(ent: Span) -> list[str]:
    honorifics = load_roles().honorifics
    words = [t.text for t in ent if not t.is_punct or t.text == "-"]
    words = [w for w in words if w not in ("'s", "’s", "'", "’")]
    # A leading run of honorifics and the words that qualify them ("Grand Ayatollah", "Bishop
    # Emeritus", "Lt. Col.") is a title, never part of the name.
    run = 0
    while run < len(words) and words[run].lower() in honorifics | _TITLE_QUALIFIERS:
        run += 1
    if not run:
        # "Minority Whip Dick Durbin", "District Attorney Cyrus R. Vance", "Information Minister
        # Moammar al-Eryani": a title after the words that qualify it, with a name of two words
        # or more after it ("Martin Luther King" keeps its last word)
        run = next(
            (
                k + 1
                for k in (2, 1)
                if len(words) - k > 2
                and words[k].lower() in honorifics
                and words[k + 1].lower().rstrip(".") not in _NAME_SUFFIXES
                and all(w[:1].isupper() for w in words[:k])
            ),
            0,
        )
    while run and words[run - 1].lower() not in honorifics:
        run -= 1
    words = words[run:]
    joined = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    words = joined.split()
    if words and _colon_at(ent.doc, ent.end):
        # "Bill HammonsImage: Bill Hammons.": a caption that lost the space before its credit
        glued = next((w for w in _CREDIT_WORDS if words[-1].endswith(w)), "")
        if glued and words[-1][: -len(glued)][-1:].islower():
            words[-1] = words[-1][: -len(glued)]
    if not words or not all(w[0].isupper() or _particle(w) or _name_shape(w) for w in words):
        return []
    if any(c.isdigit() for w in words for c in w):
        # "COVID-19", "SARS-CoV-2": the recogniser's persons that no one is named
        return []
    return words


def _particle(word: str) -> bool:
    """A lower-case name particle, alone or hyphenated to the name ("de", "al-Assad", "el-Sisi")."""
    head, _, rest = word.partition("-")
    return head.lower() in NAME_PARTICLES and (not rest or rest[:1].isupper() or not _)


def _resolve_persons(
    res: Resolution, persons: list[tuple[Span, list[str]]], sent_of: dict[int, int]
) -> None:
    """Full names first; then each partial name goes to the person it most likely means."""
    full: dict[str, list[str]] = {}  # person id -> name words, the fullest seen
    for _, words in persons:
        if len(words) < 2:
            continue
        pid = f"person:{slug(' '.join(words))}"
        if len(words) > len(full.get(pid, [])):
            full[pid] = words
    # A two-word name inside a three-word one ("Choe Sun" in "Choe Sun Hui") is that person.
    for pid, words in list(full.items()):
        for other, longer in full.items():
            if other != pid and len(longer) > len(words) and _names(longer, words):
                full.pop(pid, None)
                break

    # (style, given name) -> the names the text gives with that style ("Princess Ubolratana
    # Mahidol"), so a style with a given name alone ("Prince Charles") names no one else
    styled: dict[tuple[str, str], list[list[str]]] = {}
    for ent, words in persons:
        if len(words) > 1 and (style := _style_of(ent)) is not None:
            styled.setdefault((style.lower_, words[0]), []).append(words)

    salience: Counter[str] = Counter()
    last_seen: dict[str, int] = {}
    for ent, words in persons:
        exact = f"person:{slug(' '.join(words))}"
        if exact in full:
            pid = exact
        else:
            candidates = [p for p, w in full.items() if _names(w, words)]
            if len(words) == 1 and (style := _style_of(ent)) is not None:
                # "Charles Michel ... Prince Charles": a styled given name is the person styled
                # so, never one only called by that given name; "King Salman" beside "Mohammed bin
                # Salman" is the father a word after "bin" names (unstyled, "Mubarak" of "Ahmed
                # bin Mubarak" is the man himself)
                forms = styled.get((style.lower_, words[0]), [])
                candidates = [
                    p
                    for p in candidates
                    if (full[p][0] != words[0] or any(_names(full[p], f) for f in forms))
                    and not _patronymic(full[p], words[0])
                ]
            if not candidates and len(words) == 1:
                # "Saree said" after "Yahya Sarea": a misspelt surname of one named person
                candidates = [
                    p for p, w in full.items() if len(w) > 1 and _misspells(words[0], w[-1])
                ]
                candidates = candidates if len(candidates) == 1 else []
            if not candidates:
                pid = exact
                full[pid] = words
            else:
                same_sentence = [
                    p
                    for p in candidates
                    if last_seen.get(p, -1) >= 0 and sent_of.get(last_seen[p]) == sent_of[ent.start]
                ]
                pool = same_sentence or candidates
                pid = max(pool, key=lambda p: (salience[p], last_seen.get(p, -1)))
        salience[pid] += 1
        last_seen[pid] = ent.start
        name = " ".join(full[pid])
        node = res.nodes.get(pid)
        if node is not None and len(name) > len(node.name):
            node.name = name
        _add(res, ent, pid, name, Kind.PERSON, None, sent_of)


def _patronymic(words: list[str], word: str) -> bool:
    """Whether a name holds `word` only as its father's name, after "bin", "ibn" or "bint"
    ("Salman" in "Mohammed bin Salman")."""
    at = [i for i, w in enumerate(words) if slug(w) == slug(word)]
    return bool(at) and all(i > 0 and words[i - 1].lower() in _PATRONYMIC for i in at)


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def _style_of(ent: Span) -> Token | None:
    """The style a person's mention opens with or follows ("Princess", "Sheikh"), if any."""
    doc = ent.doc
    for t in (ent[0], doc[ent.start - 1] if ent.start > 0 else None):
        if t is not None and t.lower_ in _GIVEN_NAME_STYLES:
            return t
    return None


def _misspells(word: str, name: str) -> bool:
    """Whether `word` is a near spelling of the surname `name` ("Saree" for "Sarea",
    "Zelenskiy" for "Zelensky"); a word three letters shorter or longer is another word
    ("Baykar", the company, is no spelling of "Bayraktar", its chief)."""
    a, b = slug(word), slug(name)
    return (
        a != b
        and len(a) >= 4
        and a[:3] == b[:3]
        and abs(len(a) - len(b)) <= 2
        and SequenceMatcher(None, a, b).ratio() >= 0.8
    )


def _names(words: list[str], part: list[str]) -> bool:
    """Whether a name form names the person of a fuller one: a run of its words ("Choe Sun" of
    "Choe Sun Hui"), or its first and last words without the middle names ("Robert Mugabe" of
    "Robert Gabriel Mugabe")."""
    if _contains(words, part):
        return True
    ends = slug(part[0]) == slug(words[0]) and slug(part[-1]) == slug(words[-1])
    return 2 <= len(part) < len(words) and ends


def _bare_name_word(word: str) -> str:
    """A name word without its hyphenated particle: "Burhan" names the "al-Burhan" of "Abdel
    Fattah al-Burhan", as "Sisi" does "el-Sisi"."""
    head, dash, rest = word.partition("-")
    return slug(rest if dash and rest and head.lower() in NAME_PARTICLES else word)


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    norm = [_bare_name_word(w) for w in words]
    target = [_bare_name_word(w) for w in part]
    return any(norm[i : i + n] == target for i in range(len(norm) - n + 1))


def _merge_near_duplicates(res: Resolution, gaz: Gazetteer) -> None:
    """A misspelling ("Vladisvostok") joins the node of the name it misspells."""
    ids = sorted(res.nodes, key=lambda i: (i not in gaz.known, -sum(res.nodes[i].forms.values())))
    for i, source in enumerate(ids):
        if source in gaz.known or source not in res.nodes:
            continue
        a = res.nodes[source]
        for target in ids[:i]:
            b = res.nodes.get(target)
            if b is None or b.kind != a.kind or len(a.name) < 6 or a.kind is Kind.PERSON:
                continue
            if SequenceMatcher(None, a.name.lower(), b.name.lower()).ratio() >= 0.9:
                merge_nodes(res, source, target)
                break


_KIND_RANK = {Kind.PERSON: 0, Kind.ORGANIZATION: 1, Kind.GROUP: 2, Kind.LOCATION: 3, Kind.EVENT: 4}


def _merge_partial_names(res: Resolution, gaz: Gazetteer) -> None:
    """One actor, one node, whatever label the NER gave each mention: "Trump" or "al-Assad"
    tagged ORG joins the person whose name holds it; "Mahan" joins "Mahan Air"; one name under
    two kinds keeps the kind it has most often."""

    def size(node_id: str) -> int:
        return sum(res.nodes[node_id].forms.values())

    for source in sorted(res.nodes):
        a = res.nodes.get(source)
        if a is None or source in gaz.known or a.kind not in _KIND_RANK:
            continue
        if a.kind is Kind.ORGANIZATION and a.name.lower() in _BARE_LEGISLATURES:
            continue  # which state's legislature: `_home_legislatures`
        words = a.name.split()
        short_target = _short_target(words[0], res, gaz) if len(words) == 1 else None
        target = None
        for other in sorted(res.nodes):
            b = res.nodes[other]
            if other == source or b.kind not in _KIND_RANK:
                continue
            b_words = b.name.split()
            if (
                a.kind is not Kind.PERSON
                and b.kind is Kind.PERSON
                and len(words) <= 2
                and len(b_words) > len(words)
                # "Montana" beside a "Montana Native Vote" the recogniser took for a person: a
                # state's region is no one's name cut short, but for a surname ("Rivera" of
                # "Geraldo Rivera", a department of Uruguay too)
                and not (
                    a.kind is Kind.LOCATION
                    and a.name in regions()
                    and slug(b_words[-1]) != slug(a.name)
                )
                and (
                    _contains(b_words, words)
                    or (len(words) == 1 and _misspells(words[0], b_words[-1]))
                )
            ):
                target = other
            elif slug(a.name) == slug(b.name) and a.kind is not b.kind and other not in gaz.known:
                if (size(other), -_KIND_RANK[b.kind]) > (size(source), -_KIND_RANK[a.kind]):
                    target = other
            elif other == short_target and not any(
                n.kind is Kind.PERSON and n.id != source and _contains(n.name.split(), words)
                for n in res.nodes.values()
            ):
                target = other  # "Mahan" after "Mahan Air"
            if target:
                break
        if target:
            merge_nodes(res, source, target)


def _short_target(word: str, res: Resolution, gaz: Gazetteer) -> str | None:
    """The one organisation or place a one-word name is short for: of several, the one it heads
    ("the House" beside a "House Intelligence Committee" is the "United States House of
    Representatives", whose head it is); None when that leaves none or more than one."""
    found = [n for n in res.nodes.values() if _short_for(word, n, gaz)]
    if len(found) > 1:
        found = [n for n in found if slug(_head_word(n.name)) == slug(word)]
    return found[0].id if len(found) == 1 else None


def _head_word(name: str) -> str:
    """The head of a name: the word before its first "of", else its last word."""
    words = name.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _short_for(word: str, node: _Node, gaz: Gazetteer) -> bool:
    """Whether one word can be the short name of a longer organisation or place: its first word
    ("Mahan" for "Mahan Air"), or an institution word in it ("House")."""
    words = node.name.split()
    if word.lower() in INSTITUTIONS:
        # "the House" is the "House of Representatives", whose head it is, not the "House
        # Freedom Caucus" or the "Senate Foreign Relations Committee" it opens
        return (
            node.kind is Kind.ORGANIZATION
            and node.id not in gaz.known
            and len(words) > 1
            and _head_word(node.name).lower() == word.lower()
        )
    return (
        node.kind in (Kind.ORGANIZATION, Kind.LOCATION)
        and node.id not in gaz.known
        and len(words) > 1
        and slug(words[0]) == slug(word)
    )


def _merge_short_institutions(res: Resolution, gaz: Gazetteer) -> None:
    """ "the Supreme Court" after "the Supreme Court of the United Kingdom": an organisation
    named by the start of one other, a state's body named "<name> of <state>", is that one."""
    for source in sorted(res.nodes):
        a = res.nodes.get(source)
        if a is None or a.kind is not Kind.ORGANIZATION or source in gaz.known:
            continue
        longer = [
            other
            for other, b in res.nodes.items()
            if other != source
            and b.kind is Kind.ORGANIZATION
            and b.name.startswith(f"{a.name} of ")
            and other in res.part_of  # a state's body; not "Constitution Party of Idaho"
        ]
        if len(longer) == 1:
            merge_nodes(res, source, longer[0])


def merge_nodes(res: Resolution, source: str, target: str) -> None:
    """Fold node `source` into `target`: its surface forms and mentions become the target's."""
    node = res.nodes.pop(source)
    res.nodes[target].forms.update(node.forms)
    for m in res.mentions:
        if m.entity_id == source:
            m.entity_id = target
    for i, e in list(res.token_entity.items()):
        if e == source:
            res.token_entity[i] = target


def _link_acronyms(doc: Doc, res: Resolution, sent_of: dict[int, int]) -> None:
    """ "African Continental Free Trade Area (AfCFTA)": the bracketed form is the same node, and
    so is every later use of it, which the recogniser often leaves untagged ("the Federal
    Security Service (FSB) ... FSB officers")."""
    by_form: dict[str, str] = {}
    for m in res.mentions:
        nxt = m.end
        if nxt + 2 < len(doc) and doc[nxt].text == "(" and doc[nxt + 2].text == ")":
            acronym = doc[nxt + 1]
            if (
                _abbreviates(acronym.text, m.text)
                or (
                    # a name in another language's initials ("FSB"), for an organisation
                    m.entity_id in res.nodes
                    and res.nodes[m.entity_id].kind is Kind.ORGANIZATION
                    and not _inside_longer_name(doc, m.start)  # "Member of Parliament (MP)"
                    and acronym.is_upper
                    and acronym.is_alpha
                    and 2 <= len(acronym) <= 6
                    and (
                        acronym.text[0] == m.text[:1]  # not "Cultural Organization (UNESCO)"
                        # "Democratic Forces for the Liberation of Rwanda (FDLR)": the same
                        # initials in another order, the original language's
                        or sorted(acronym.text) == sorted(_capital_initials(m.text))
                    )
                )
            ):
                by_form[acronym.text] = m.entity_id
    _initials_named_here(res, by_form)
    for m in list(res.mentions):
        target = by_form.get(m.text)
        if target and target != m.entity_id and m.entity_id in res.nodes:
            if res.nodes[m.entity_id].kind in (Kind.ORGANIZATION, Kind.TOPIC, Kind.EVENT):
                merge_nodes(res, m.entity_id, target)
    linked = False
    for token in doc:
        target = by_form.get(token.text)
        if target is None or token.i in res.token_entity or target not in res.nodes:
            continue
        if res.nodes[target].kind is not Kind.ORGANIZATION:
            continue  # an act's or a treaty's initials are read where its name is
        node = res.nodes[target]
        _add(res, doc[token.i : token.i + 1], target, node.name, node.kind, None, sent_of)
        linked = True
    if linked:
        res.mentions.sort(key=lambda m: m.start)  # readers look mentions up in text order


def _initials_named_here(res: Resolution, by_form: dict[str, str]) -> None:
    """ "Reporters Without Borders ... RSF": initials that spell the name of an organisation the
    article names, or another name the gazetteer gives it (its French one), are that
    organisation, not another the gazetteer knows by them (the Rapid Support Forces), when that
    other is named by the initials alone."""
    spelt: dict[str, set[str]] = {}
    known = load_gazetteer().known
    for node in res.nodes.values():
        if node.kind is not Kind.ORGANIZATION:
            continue
        # another name's initials only where they spell all of it: "Reporters Sans Frontières"
        # is RSF, "United Nations refugee agency" no "UN"
        given = [
            a
            for a in (known[node.id].aliases if node.id in known else ())
            if all(w[:1].isupper() for w in re.split(r"[\s-]+", a) if len(w) > 3)
        ]
        for name in (node.name, *given):
            if len(initials := _capital_initials(name)) >= 2:
                spelt.setdefault("".join(initials), set()).add(node.id)
    for m in res.mentions:
        # the node the gazetteer gave the initials spells them too ("Rapid Support Forces")
        owners = spelt.get(m.text, set()) - {m.entity_id}
        if m.text in by_form or len(owners) != 1:
            continue
        other = res.nodes.get(m.entity_id)
        if other is None or other.kind is not Kind.ORGANIZATION:
            continue
        if all(n.text == m.text for n in res.mentions if n.entity_id == m.entity_id):
            by_form[m.text] = next(iter(owners))


def _inside_longer_name(doc: Doc, start: int) -> bool:
    """Whether a mention starting at `start` ends a longer capitalised name ("Member of
    Parliament"), so that initials after it may be the longer name's."""
    if start == 0 or doc[start].lower_ == "the":
        return False
    before = doc[start - 1]
    return before.lower_ in ("of", "for") or before.is_title and not before.is_sent_start


def _capital_initials(name: str) -> list[str]:
    """The initials of a name's capitalised words: "Forces for the Liberation" -> F, L."""
    return [w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()]


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is built from the initials of `name` ("AfCFTA", "AU")."""
    capitals = [c for c in short if c.isupper()]
    initials = [w[0].upper() for w in re.split(r"[\s-]+", name) if w]
    if len(capitals) < 2:
        return False
    it = iter(initials)
    return all(any(c == i for i in it) for c in capitals)

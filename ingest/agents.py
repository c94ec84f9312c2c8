"""Vocabulary for actors the text describes rather than names: state agents and groups.

The words live in `data/agents.json` (ONTOLOGY.md, "Who is who": state agents, descriptive
groups); the rules that read them are in `relations.py`.
"""

from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

AGENTS = Path(__file__).parent / "data" / "agents.json"


class AgentLexicon(BaseModel):
    """The words for described actors; a misspelt key is an error, not a silent no-op."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str
    state_agents: frozenset[str]
    leader_bodies: frozenset[str]
    groups: frozenset[str]
    crowds: frozenset[str]
    armed: frozenset[str]
    labelled_groups: frozenset[str]
    peoples: frozenset[str]
    quantities: frozenset[str]
    places: frozenset[str]
    place_classes: frozenset[str]
    acts: frozenset[str]
    doers_of: frozenset[str]
    topics: frozenset[str]
    issues: frozenset[str]
    unqualifying: frozenset[str]
    named_measures: frozenset[str]
    named_conflicts: frozenset[str]
    named_disasters: frozenset[str]
    bodies: frozenset[str]
    class_names: dict[str, frozenset[str]]  # "airline": words of airlines' names ("air" ...)
    organisations: frozenset[str]
    followers: frozenset[str]
    protests: frozenset[str]
    asked_acts: frozenset[str]
    causes: frozenset[str]
    outlets: frozenset[str]
    journalists: frozenset[str]

    @field_validator(
        "state_agents",
        "leader_bodies",
        "groups",
        "crowds",
        "armed",
        "labelled_groups",
        "peoples",
        "quantities",
        "places",
        "place_classes",
        "acts",
        "doers_of",
        "topics",
        "issues",
        "unqualifying",
        "named_measures",
        "named_conflicts",
        "named_disasters",
        "bodies",
        "organisations",
        "followers",
        "protests",
        "asked_acts",
        "causes",
        "outlets",
        "journalists",
    )
    @classmethod
    def _lower_case(cls, words: frozenset[str]) -> frozenset[str]:
        if bad := sorted(w for w in words if w != w.lower() or not w.strip()):
            raise ValueError(f"words must be lower case and not empty: {bad}")
        return words

    @field_validator("class_names")
    @classmethod
    def _single_lower_words(cls, classes: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        # a name is matched word by word: a word with a space or a capital would never match
        words = [w for k, v in classes.items() for w in (k, *v)]
        if bad := sorted(w for w in words if w != w.lower() or not w.strip() or " " in w):
            raise ValueError(f"class names must be single lower-case words: {bad}")
        return classes

    def agent_head(self, lemma: str, lower: str, before: str = "") -> bool:
        """Whether a noun heads a state agent; `before` is the word in front of it, for the
        two-word heads ("air force", "coast guard")."""
        return bool({lemma, lower, f"{before} {lower}", f"{before} {lemma}"} & self.state_agents)


_M = TypeVar("_M", bound=BaseModel)


@cache
def load_agents(path: Path = AGENTS) -> AgentLexicon:
    """The described-actor vocabulary, loaded and validated once."""
    return _validated(AgentLexicon, path)


def _validated(model: type[_M], path: Path) -> _M:
    """A data file read into its model; an error names the file."""
    try:
        return model.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from err


PARTIES = Path(__file__).parent / "data" / "parties.json"


class Party(BaseModel):
    """A major party that its adjective alone names ("Republican", "Labour")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: str
    country: str  # ISO 3166 alpha-3 of the state whose party it is
    adjectives: tuple[str, ...]  # before a title: "Republican Senator"
    nouns: tuple[str, ...]  # a title of their own: "Democrat Rod Blagojevich", "a Republican"
    tags: tuple[str, ...] = ()  # with a state after a member's name: "Lindsey Graham, R-S.C."
    source: str


class PartyList(BaseModel):
    """The curated parties of `data/parties.json` and the title words that make an adjective
    before them a party's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int
    about: str
    member_titles: frozenset[str]
    tag_states: frozenset[str]  # "S.C." of "R-S.C.", "Texas" of "(R-Texas)"
    parties: tuple[Party, ...]

    def tagged(self, letter: str) -> Party | None:
        """The party a member's tag letter names ("R" of "R-S.C."), if any."""
        return next((p for p in self.parties if letter in p.tags), None)

    def named_by(self, word: str) -> Party | None:
        """The party a capitalised adjective or noun names ("Democratic", "Tories"), if any."""
        return next((p for p in self.parties if word in p.adjectives + p.nouns), None)


@cache
def load_parties(path: Path = PARTIES) -> PartyList:
    """The curated parties, loaded and validated once."""
    return _validated(PartyList, path)


FIRST_NAMES = Path(__file__).parent / "data" / "first_names.json"


class FirstNames(BaseModel):
    """Given names used for one sex only (`data/first_names.json`), for pronoun agreement."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int
    about: str
    source: str
    male: frozenset[str]
    female: frozenset[str]


@cache
def first_name_sexes(path: Path = FIRST_NAMES) -> dict[str, str]:
    """Each listed first name and the sex it names, "male" or "female"; validated once."""
    names = _validated(FirstNames, path)
    if both := names.male & names.female:
        raise ValueError(f"{path}: listed as both male and female: {sorted(both)[:5]}")
    return {**dict.fromkeys(names.male, "male"), **dict.fromkeys(names.female, "female")}

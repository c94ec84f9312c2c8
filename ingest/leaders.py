"""Who held which office when: a dated register of heads of state and government, crown
princes, foreign and defence ministers (`data/leaders.json`, compiled as `data/LEADERS.md` says).

It answers three questions the text alone often cannot: whose title is "President Maduro" in a
2024 article (Venezuela's), who "the North Korean leader" is on a given day (Kim Jong Un), and
whether "Turkish President Erdoğan" is a plausible pairing of person and country (it is).
"""

import itertools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal, Self

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

LEADERS = Path(__file__).parent / "data" / "leaders.json"


class Role(StrEnum):
    """The kinds of office the register holds."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    CROWN_PRINCE = "crown_prince"
    FOREIGN_MINISTER = "foreign_minister"
    DEFENCE_MINISTER = "defence_minister"


LEADING_ROLES = frozenset({Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.CROWN_PRINCE})


class Office(BaseModel):
    """One person's tenure of one office of one country; `end` is None while in office."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    country: str = Field(pattern=r"^[A-Z]{3}$")
    role: Role
    title: str = Field(min_length=2)
    other_titles: tuple[str, ...] = ()
    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()
    start: date
    end: date | None
    source: str = Field(min_length=10)

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        if pycountry.countries.get(alpha_3=value) is None:
            raise ValueError(f"{value!r} is no ISO 3166-1 alpha-3 code")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"{self.name} ({self.country}): end {self.end} before start {self.start}"
            )
        return self

    @property
    def titles(self) -> tuple[str, ...]:
        """The title and the other titles the press gives the holder."""
        return (self.title, *self.other_titles)

    def holds_on(self, day: date) -> bool:
        """Whether the office was held on `day`; the end day already belongs to the successor."""
        return self.start <= day and (self.end is None or day < self.end)

    def named(self, form: str) -> bool:
        """Whether a name form (full name, surname, transliteration) is this holder's. A longer
        form holding all the name's words in order, from its first or to its last, is too ("Ali
        Hosseini Khamenei", "Joseph R. Biden Jr.")."""
        words = name_key(form).split()
        if not words:
            return False
        for known in (self.name, *self.aliases):
            parts = name_key(known).split()
            if words == parts:
                return True
            if 1 < len(parts) < len(words):
                # from the first word on, or up to the last: "Ayaan Hirsi Ali" is no "Ben Ali"
                if words[0] == parts[0] and _in_order(parts[1:], words[1:]):
                    return True
                if words[-1] == parts[-1] and _in_order(parts[:-1], words[:-1]):
                    return True
        return False


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """Whether `wanted` appear in `words` in that order, others between them."""
    rest = iter(words)
    return all(w in rest for w in wanted)


class Register(BaseModel):
    """The register file: a header and its offices."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1]
    compiled: date
    cutoff: date
    about: str
    entries: tuple[Office, ...]

    @model_validator(mode="after")
    def _no_overlap(self) -> Self:
        # Two holders of one single-holder office on the same day is a data error, except where
        # the register records a caretaker beside the incapacitated holder (Sharon and Olmert).
        seen: dict[tuple[str, Role, str], list[Office]] = {}
        for office in self.entries:
            seen.setdefault((office.country, office.role, office.name), []).append(office)
        for (country, role, name), offices in seen.items():
            offices.sort(key=lambda o: o.start)
            for a, b in itertools.pairwise(offices):
                if a.end is None or b.start < a.end:
                    raise ValueError(
                        f"{name} ({country}, {role}): overlapping tenures from {b.start}"
                    )
        return self

    def on(self, day: date) -> list[Office]:
        """The offices held on `day`."""
        return [o for o in self.entries if o.holds_on(day)]


@cache
def load_register(path: Path = LEADERS) -> Register:
    """The register, read and validated once; a bad entry names itself in the error."""
    return Register.model_validate_json(path.read_text(encoding="utf-8"))


@cache
def name_key(form: str) -> str:
    """A name reduced for comparison: no accents, case, apostrophes, hyphens or dots."""
    text = unicodedata.normalize("NFKD", form.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['.]", "", text)
    return re.sub(r"[\s\-]+", " ", text).strip()


# Title words as the press writes them -> the register's role, for titles that differ by country
# and outlet ("Foreign Secretary", "Secretary of State", "top diplomat").
_ROLE_TITLES: dict[str, Role] = {
    **dict.fromkeys(
        [
            "foreign minister",
            "foreign secretary",
            "secretary of state",
            "minister of foreign affairs",
            "foreign affairs minister",
            "external affairs minister",
            "minister for foreign affairs",
            "top diplomat",
        ],
        Role.FOREIGN_MINISTER,
    ),
    **dict.fromkeys(
        [
            "defence minister",
            "defense minister",
            "defence secretary",
            "defense secretary",
            "secretary of defense",
            "secretary of defence",
            "minister of defence",
            "minister of defense",
            "minister of national defence",
            "minister of national defense",
            "national defence minister",
            "national defense minister",
            "secretary of national defense",
            "armed forces minister",
            "minister for the armed forces",
            "war secretary",
            "secretary of war",
        ],
        Role.DEFENCE_MINISTER,
    ),
    **dict.fromkeys(["prime minister", "premier", "pm"], Role.HEAD_OF_GOVERNMENT),
    "crown prince": Role.CROWN_PRINCE,
}
# Words that qualify a title without changing the office: "acting President", "interim leader".
_NOT_HOLDER = frozenset(
    {
        "deputy",
        "vice",
        "former",
        "ex",
        "assistant",
        "shadow",
        "under",
        "junior",
        "late",
        "then",
        "first",
        "second",
    }
)
# A body named before the title is the one it heads, not the state: "committee chairman Jerrold
# Nadler", "board chairman".
_BODIES = frozenset(
    {"committee", "subcommittee", "board", "council", "commission", "club", "company", "caucus"}
)

# Titles that end in "general" and are no general: "Director General", "Secretary-General".
_GENERALS = frozenset(
    {
        "director",
        "secretary",
        "attorney",
        "surgeon",
        "governor",
        "inspector",
        "consul",
        "solicitor",
        "postmaster",
        "adjutant",
        "lieutenant",
        "major",
        "brigadier",
        "accountant",
        "auditor",
        "registrar",
        "commissioner",
    }
)
_QUALIFIERS = re.compile(r"^(?:acting|interim|caretaker|transitional|de facto|current|sitting)\s+")


@cache
def title_key(title: str) -> str:
    """A title reduced for comparison: "Acting Prime Minister" -> "prime minister"."""
    key = name_key(title)
    while (stripped := _QUALIFIERS.sub("", key)) != key:
        key = stripped
    return key


def _title_matches(office: Office, key: str) -> bool:
    if (role := _ROLE_TITLES.get(key)) is not None and office.role is role:
        return True
    return any(title_key(t) == key for t in office.titles)


def known_title(words: str) -> str | None:
    """The register title that a run of title words ends with ("US Secretary of State" -> "secretary
    of state", "Venezuelan President" -> "president"), or None."""
    key = title_key(words)
    parts = key.split()
    for i in range(len(parts)):
        tail = " ".join(parts[i:])
        if tail in _ROLE_TITLES or tail in _all_titles():
            # "Deputy Foreign Minister", "Vice President", "former Prime Minister", "Director
            # General": not the office
            before = parts[i - 1] if i else ""
            return (
                None
                if before in _NOT_HOLDER | _BODIES or (tail == "general" and before in _GENERALS)
                else tail
            )
    return None


_PAST = re.compile(r"^(?:former|ex|then|late)\s+")


def past_title(words: str) -> str | None:
    """The office a title says its holder once held ("former President" -> "president",
    "then-Prime Minister" -> "prime minister"), or None for a title of no past holder."""
    key = title_key(words)
    stripped = _PAST.sub("", key)
    return known_title(stripped) if stripped != key else None


@cache
def _all_titles() -> frozenset[str]:
    return frozenset(title_key(t) for o in load_register().entries for t in o.titles)


def by_title_and_name(title: str, name: str, day: date | None) -> list[Office]:
    """The offices held on `day` under `title` by someone called `name` ("President", "Maduro");
    with `day` None, the offices ever held so by someone with that full name ("President
    Barack Obama" in 2020): a bare surname is not enough across the years."""
    return list(_by_title_and_name(title, name, day))


# Each call scans the register; the same names and titles recur across a corpus's articles.
@lru_cache(maxsize=8192)
def _by_title_and_name(title: str, name: str, day: date | None) -> tuple[Office, ...]:
    key = known_title(title)
    if key is None or day is None and len(name_key(name).split()) < 2:
        return ()
    offices = load_register().entries if day is None else load_register().on(day)
    return tuple(o for o in offices if _title_matches(o, key) and o.named(name))


def holders(country: str, title: str, day: date) -> list[Office]:
    """The offices of `country` (ISO3) held on `day` under `title` ("leader", "president")."""
    key = known_title(title)
    if key is None:
        return []
    return [o for o in load_register().on(day) if o.country == country and _title_matches(o, key)]


def offices_of(name: str, day: date | None, roles: Iterable[Role] = LEADING_ROLES) -> list[Office]:
    """The offices a person known by a full name ("Recep Tayyip Erdogan") held on `day`, or ever
    when `day` is None. A bare surname is not enough: two holders can share one ("Lee", "Kim")."""
    if len(name_key(name).split()) < 2:
        return []
    wanted = frozenset(roles)
    offices = load_register().entries if day is None else load_register().on(day)
    return [o for o in offices if o.role in wanted and o.named(name)]


@lru_cache(maxsize=4096)
def states_led_by_surname(surname: str) -> frozenset[str]:
    """The states a head of state or government with this surname led at any time, whether or
    not the register lists the surname as an alias: "Martin" -> Canada's Paul Martin and
    Ireland's Micheál Martin."""
    key = name_key(surname)
    heads = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)
    return frozenset(
        o.country
        for o in load_register().entries
        if o.role in heads and (name_key(o.name).split()[-1:] == [key] or o.named(surname))
    )


@lru_cache(maxsize=4096)
def states_led_by(name: str) -> frozenset[str]:
    """The states (ISO3) that someone with this name, full or a surname alias, headed at any time
    in the register: "Obama" -> {"USA"}; "Lee" -> several, which says nothing."""
    heads = (Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT)
    return frozenset(
        o.country for o in load_register().entries if o.role in heads and o.named(name)
    )

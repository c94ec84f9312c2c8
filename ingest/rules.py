"""The extractor's rules: named units in one registry, their trust kept as data.

A rule reads one sentence and proposes claims. Every claim records the name of the rule that
made it (`Claim.rule`) and its trigger, so `geokg extract --explain` says why a claim exists and
`geokg eval --by-rule` what each rule yields and how often it is right. How far a rule is
trusted is data, `data/rules.json`, checked at load like the lexicon: a rule the code emits
without an entry there, or an entry no rule uses, is an error naming it, never a silent default.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

RULES_FILE = Path(__file__).parent / "data" / "rules.json"

Family = Literal["verb_frame", "noun_frame", "title", "attribution", "inference"]


class RuleConfig(BaseModel):
    """One rule's entry in `data/rules.json`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    family: Family
    about: str = Field(min_length=1)
    confidence: float = Field(ge=0.0, le=1.0)


class RulesFile(BaseModel):
    """The whole of `data/rules.json`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    about: str
    rules: dict[str, RuleConfig]


class RuleError(ValueError):
    """The rules' data does not fit the rules in the code."""


@cache
def load_rules() -> RulesFile:
    """The rules' data, validated once per process."""
    try:
        return RulesFile.model_validate_json(RULES_FILE.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise RuleError(f"{RULES_FILE}: {exc}") from None


def rule_config(name: str) -> RuleConfig:
    """The entry of rule `name`; an unknown name is a bug in the code, named as such."""
    try:
        return load_rules().rules[name]
    except KeyError:
        raise RuleError(f"rule {name!r} has no entry in {RULES_FILE}") from None


R = TypeVar("R")  # the sentence reader a rule runs on
C = TypeVar("C")  # the candidate claim it yields


@dataclass(frozen=True)
class Rule(Generic[R, C]):
    """A named reading of a sentence."""

    name: str
    run: Callable[[R], Iterable[C]]

    @property
    def config(self) -> RuleConfig:
        return rule_config(self.name)


class Registry(Generic[R, C]):
    """The sentence rules, run in the order they were registered.

    Order matters where a later rule reads what an earlier one remembered (a bare "the
    president" reads the leaders that titles recorded before it).
    """

    def __init__(self) -> None:
        self._rules: dict[str, Rule[R, C]] = {}

    def register(
        self, name: str
    ) -> Callable[[Callable[[R], Iterable[C]]], Callable[[R], Iterable[C]]]:
        """Decorator: register `run` under `name`, which must have an entry in the data."""

        def add(run: Callable[[R], Iterable[C]]) -> Callable[[R], Iterable[C]]:
            if name in self._rules:
                raise RuleError(f"rule {name!r} is registered twice")
            rule_config(name)
            self._rules[name] = Rule(name, run)
            return run

        return add

    def __iter__(self) -> Iterator[Rule[R, C]]:
        return iter(self._rules.values())

    def names(self) -> list[str]:
        return list(self._rules)


def describe() -> list[dict[str, Any]]:
    """Every rule's entry, for documentation and `--by-rule` tables."""
    return [{"rule": name, **cfg.model_dump()} for name, cfg in sorted(load_rules().rules.items())]

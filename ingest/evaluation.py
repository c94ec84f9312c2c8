"""The evaluative lexicon (`data/evaluation.json`): words that make what a party says a stance on
the party they are said of. Validated like the trigger lexicon: a misspelt key is an error naming
the file, never a silent no-op."""

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geokg.graph.ontology import Relation

EVALUATION_FILE = Path(__file__).parent / "data" / "evaluation.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Words(_Strict):
    """The words of one stance, by the way they evaluate (see the file's `about`)."""

    adjectives: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)


class EvaluationFile(_Strict):
    """The whole of `data/evaluation.json`."""

    version: int
    about: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1)
    criticizes: Words
    accuses: Words
    supports: Words
    conduct_verbs: list[str] = Field(min_length=1)
    judging_verbs: list[str] = Field(min_length=1)
    solidarity_verbs: list[str] = Field(min_length=1)
    request_verbs: list[str] = Field(min_length=1)
    owned_conduct: list[str] = Field(min_length=1)


class EvaluationError(ValueError):
    """`data/evaluation.json` does not follow its schema."""


class Evaluation:
    """Look-ups over the evaluative words: which stance a word or phrase takes."""

    def __init__(self, data: EvaluationFile) -> None:
        self.adjectives: dict[str, Relation] = {}
        self.nouns: dict[str, Relation] = {}
        self.verbs: dict[str, Relation] = {}
        self.phrases: dict[tuple[str, ...], Relation] = {}
        self.conduct_verbs = frozenset(data.conduct_verbs)
        self.judging_verbs = frozenset(data.judging_verbs)
        self.solidarity_verbs = frozenset(data.solidarity_verbs)
        self.request_verbs = frozenset(data.request_verbs)
        self.owned_conduct = frozenset(data.owned_conduct)
        for rel, words in (
            (Relation.CRITICIZES, data.criticizes),
            (Relation.ACCUSES, data.accuses),
            (Relation.SUPPORTS, data.supports),
        ):
            for word in words.adjectives:
                self._add(self.adjectives, word, rel)
            for word in words.nouns:
                self._add(self.nouns, word, rel)
            for word in words.verbs:
                self._add(self.verbs, word, rel)
            for phrase in words.phrases:
                self._add(self.phrases, tuple(phrase.split()), rel)

    @staticmethod
    def _add(table: dict, key: object, rel: Relation) -> None:  # type: ignore[type-arg]
        if key in table and table[key] is not rel:
            raise EvaluationError(f"{EVALUATION_FILE}: {key!r} is listed under two stances")
        table[key] = rel


@cache
def load_evaluation() -> Evaluation:
    """The evaluative lexicon, validated once per process."""
    try:
        data = EvaluationFile.model_validate_json(EVALUATION_FILE.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise EvaluationError(f"{EVALUATION_FILE}: {exc}") from None
    return Evaluation(data)

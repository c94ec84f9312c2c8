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


# The parts of a stance's words a labelling verb reads as what it calls its object ("called the
# move a betrayal", "described Russia as an aggressor"): `requires_complement` in the trigger
# lexicon refers to them as "@criticizes" (all of them) or "@accuses.agents" (one part).
LABEL_PARTS = ("adjectives", "nouns", "agents", "labels")
STANCES = {
    "criticizes": Relation.CRITICIZES,
    "accuses": Relation.ACCUSES,
    "supports": Relation.SUPPORTS,
}
REFERENCES = frozenset(
    f"@{stance}{part}" for stance in STANCES for part in ("", *(f".{p}" for p in LABEL_PARTS))
)


class Words(_Strict):
    """The words of one stance, by the way they evaluate (see the file's `about`)."""

    adjectives: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    agents: list[str] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)
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
        self.noun_phrases: dict[tuple[str, ...], Relation] = {}
        # nouns that name a party by what it does ("a terrorist", "a hero"): said only of the
        # subject they are predicated of ("Russia is an aggressor"), never of a possessor
        # ("Syria's dictator" names an office)
        self.agents: dict[str, Relation] = {}
        self.verbs: dict[str, Relation] = {}
        self.phrases: dict[tuple[str, ...], Relation] = {}
        # words that evaluate only as a label ("called the move an attack on democracy"): said
        # anywhere else they name an event ("the attack"), so evaluative speech skips them
        self.label_only: dict[str, Relation] = {}
        self.conduct_verbs = frozenset(data.conduct_verbs)
        self.judging_verbs = frozenset(data.judging_verbs)
        self.solidarity_verbs = frozenset(data.solidarity_verbs)
        self.request_verbs = frozenset(data.request_verbs)
        self.owned_conduct = frozenset(data.owned_conduct)
        self._labels: dict[str, frozenset[str]] = {}
        for name, rel in STANCES.items():
            words = getattr(data, name)
            for part in LABEL_PARTS:
                self._labels[f"@{name}.{part}"] = frozenset(getattr(words, part))
            self._labels[f"@{name}"] = frozenset(w for p in LABEL_PARTS for w in getattr(words, p))
            for word in words.adjectives:
                self._add(self.adjectives, word, rel)
            for word in words.nouns:
                if " " in word:
                    self._add(self.noun_phrases, tuple(word.split()), rel)
                else:
                    self._add(self.nouns, word, rel)
            for word in words.agents:
                if " " in word:
                    self._add(self.noun_phrases, tuple(word.split()), rel)
                else:
                    self._add(self.agents, word, rel)
        # each phrase under each of its words, so a token looks only at the phrases it is in
        self.phrases_with: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.noun_phrases:
            for w in set(phrase):
                self.phrases_with.setdefault(w, []).append(phrase)
        for name, rel in STANCES.items():
            words = getattr(data, name)
            for word in words.labels:
                self._add(self.label_only, word, rel)
            for word in words.verbs:
                self._add(self.verbs, word, rel)
            for phrase in words.phrases:
                self._add(self.phrases, tuple(phrase.split()), rel)

    def label_words(self, reference: str) -> frozenset[str]:
        """The words a `requires_complement` reference of `REFERENCES` stands for; a word of
        several words is one string ("null and void")."""
        return self._labels[reference]

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

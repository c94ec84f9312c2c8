"""Why gold claims are missed, in counts only: `geokg eval --causes`.

The figures that matter are those on articles no rule writer has read, and those articles must
stay unread. This report says where their recall is lost without printing a word of them, so it
can be run on an unread set and its output handed back: for each missed claim of an event type,
whether a party was never read in the claim's evidence sentence (named there and not
recognised, or not named: a pronoun, a description) or both were read and the rules still made
nothing, and then what links the two in the parse (a word of the lexicon of the claim's type,
one of another type, a coordination, nothing the lexicon knows).

It extracts the articles itself, once more, noting the parties each sentence is read to name
(`RECORDING`, set only here); the claims it counts as missed are those of that same run.
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from geokg.graph.ontology import STRUCTURAL, Relation
from geokg.ingest.evaluate import GoldNames, norm, score_article, triple
from geokg.ingest.lexicon import Lexicon, load_lexicon
from geokg.ingest.recording import RECORDING, Recorder, Sentence

_NEAR = 6  # tokens between two parties on the parse; past it they share a sentence, not a clause

# Closed classes of words that refer to a party without naming it, in the order reported.
REFERRING = {
    "he, she, his, her": {"he", "she", "him", "her", "his", "hers"},
    "it, its": {"it", "its"},
    "they, them, their": {"they", "them", "their"},
    "we, us, our": {"we", "us", "our"},
}
# The gold kinds and recogniser labels a side with no node is counted by: what the article lacks
# and whether the recogniser saw a name there at all ("none": no span holds the gold's words).
KINDS = ("Person", "Country", "Organization", "Location", "Group", "Event", "Topic")
LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "other", "none")
_DESCRIPTION_HEADS = frozenset(
    {
        "country", "kingdom", "nation", "state", "republic", "government", "president",
        "minister", "leader", "king", "chancellor", "premier", "group", "organisation",
        "organization", "movement", "alliance", "bloc", "party", "militia", "company", "army",
        "military", "regime", "administration", "ministry", "official", "officials",
    }
)  # fmt: skip


@dataclass
class Causes:
    """Missed gold claims by cause, summed over articles."""

    counts: Counter[str] = field(default_factory=Counter)


# The report's rows: a label, indented under the cause it refines, and the count it shows.
ROWS: list[tuple[str, str]] = [
    ("missed claims", "missed"),
    ("  of titles and places", "structural"),
    ("  of event types", "event"),
    ("    evidence not one sentence of the article", "no sentence"),
    ("    a party not read in the evidence sentence", "unread"),
    ("      sides named there, not recognised", "side named"),
    ("        a node of the article elsewhere", "side named, elsewhere"),
    ("        no node of the article", "side named, nowhere"),
    *((f"          {kind}", f"nowhere {kind}") for kind in (*KINDS, "other kind")),
    *((f"          recogniser {label}", f"nowhere {label}") for label in LABELS),
    ("      sides not named there", "side unnamed"),
    *((f"        {label}", f"unnamed {label}") for label in (*REFERRING, "a description")),
    ("        none of these", "unnamed none of these"),
    ("        of those with a pronoun, read as another party", "pronoun read as another"),
    ("        of those with a pronoun, read as no one", "pronoun read as no one"),
    ("    both parties read", "both read"),
    ("      through a word of the claim's type", "path same"),
    ("      through a word of another type only", "path other"),
    ("      coordinated with each other", "coordinated"),
    ("      no word of the lexicon between them", "path none"),
    (f"      more than {_NEAR} words apart, parsed apart, or one word for both", "far"),
    ("      of these, claimed there otherwise (type or direction)", "claimed otherwise"),
]


def table(groups: list[tuple[str, Causes]]) -> list[str]:
    """The causes of each group of articles side by side, a column per group."""
    width = max(len(label) for label, _ in ROWS) + 2
    head = "why missed (counts only)".ljust(width) + "".join(f"{g:>8}" for g, _ in groups)
    return [head] + [
        label.ljust(width) + "".join(f"{c.counts[key]:8d}" for _, c in groups)
        for label, key in ROWS
    ]


def article_causes(
    line: Mapping[str, Any],
    gold: Mapping[str, Any],
    sentences: list[Sentence],
    lex: Lexicon | None = None,
) -> Causes:
    """The causes of one article's missed claims, given the sentences as they were read."""
    lex = lex or load_lexicon()
    names = GoldNames.of(gold)
    # the article's final names first, as the scorer reads them; those a sentence read and the
    # article's end no longer lists (a node merged away) from the sentence
    stands_for: dict[str, str | None] = {
        e["id"]: names.resolve(e) for e in line.get("entities", [])
    }
    for s in sentences:
        for id_, (name, aliases) in s.names.items():
            stands_for.setdefault(id_, names.resolve({"name": name, "aliases": aliases}))
    missed = score_article(line, gold).missed
    forms = {e["name"]: {e["name"], *e.get("surface_forms", [])} for e in gold.get("entities", [])}
    kinds = {e["name"]: e.get("kind", "") for e in gold.get("entities", [])}
    out = Causes()
    seen: set[Any] = set()
    for claim in gold.get("claims", []):
        key = triple(claim["subject"], claim["type"], claim["object"])
        if key not in missed or key in seen:
            continue
        seen.add(key)
        out.counts["missed"] += 1
        if Relation(claim["type"]) in STRUCTURAL:
            out.counts["structural"] += 1
            continue
        out.counts["event"] += 1
        evidence = str(claim.get("evidence") or "")
        found = [s for s in sentences if _same_sentence(evidence, s.text)]
        if not found:
            out.counts["no sentence"] += 1
            continue
        sides = {
            role: [tok for s in found for tok, e in s.mentions if stands_for.get(e) == claim[role]]
            for role in ("subject", "object")
        }
        unread = [role for role in sides if not sides[role]]
        if unread:
            out.counts["unread"] += 1
            for role in unread:
                where = "elsewhere" if claim[role] in stands_for.values() else "nowhere"
                side = forms.get(claim[role], {claim[role]})
                _unread_side(out.counts, found[0], side, where, kinds.get(claim[role], ""))
            continue
        out.counts["both read"] += 1
        out.counts[_link(sides["subject"], sides["object"], Relation(claim["type"]), lex)] += 1
        pair = {claim["subject"], claim["object"]}
        if any(
            {stands_for.get(c["subject"]), stands_for.get(c["object"])} == pair
            and _same_sentence(evidence, c.get("sentence", ""))
            for c in line.get("claims", [])
        ):
            out.counts["claimed otherwise"] += 1
    return out


def _unread_side(
    counts: Counter[str], sentence: Sentence, forms: Iterable[str], where: str, kind: str
) -> None:
    """Count one party the sentence was not read to name: named there in words the gold gives
    it, or not (and then whether a pronoun there was read as another party or as no one); and
    whether the article's reading has the party anywhere else, and if not, its gold kind and
    the label of the recogniser's span that holds its words."""
    text = norm(sentence.text)
    named = [f for f in forms if norm(f) and f" {norm(f)} " in f" {text} "]
    if named:
        counts["side named"] += 1
        counts[f"side named, {where}"] += 1
        if where == "nowhere":
            counts[f"nowhere {kind if kind in KINDS else 'other kind'}"] += 1
            counts[f"nowhere {_span_label(sentence, named)}"] += 1
        return
    counts["side unnamed"] += 1
    for label, pronouns in REFERRING.items():
        if sentence.pronouns & pronouns:  # tagged pronouns: "the US" is none
            counts["unnamed " + label] += 1
            read = any(t.lower_ in pronouns and t.pos_ == "PRON" for t, _ in sentence.mentions)
            counts["pronoun read as another" if read else "pronoun read as no one"] += 1
            return
    described = r"\bthe (\w+ ){0,2}(" + "|".join(_DESCRIPTION_HEADS) + r")\b"
    if re.search(described, sentence.text.lower()):
        counts["unnamed a description"] += 1
        return
    counts["unnamed none of these"] += 1


def _span_label(sentence: Sentence, named: list[str]) -> str:
    """The label of the recogniser's span that holds one of the words naming a side."""
    for text, label in sentence.spans:
        if any(f" {norm(f)} " in f" {norm(text)} " for f in named):
            return label if label in LABELS else "other"
    return "none"


def _link(subjects: list[Token], objects: list[Token], rel: Relation, lex: Lexicon) -> str:
    """What joins the closest mentions of the two parties on the parse."""
    best: tuple[list[Token], Token, Token] | None = None
    for a in subjects:
        for b in objects:
            if a.i == b.i or (path := _path(a, b)) is None:
                continue
            if best is None or len(path) < len(best[0]):
                best = (path, a, b)
    if best is None:
        return "far"
    path, a, b = best
    between = [t for t in path if t.i not in (a.i, b.i)]
    if len(between) > _NEAR:
        return "far"
    top = next(t for t in path if t.head not in path or t.head.i == t.i)
    if all(t.dep_ in ("conj", "appos") for t in path if t.i != top.i):
        return "coordinated"  # "Turkey and Libya agreed": the act's word is above them both
    types = {r for t in between for r in _types(t, lex)}
    if rel in types:
        return "path same"
    return "path other" if types else "path none"


def _path(a: Token, b: Token) -> list[Token] | None:
    """The tokens from a up to the two's lowest common head and down to b, both ends included."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    common = next((t for t in up if t in down), None)
    if common is None:
        return None
    return up[: up.index(common) + 1] + list(reversed(down[: down.index(common)]))


def _types(tok: Token, lex: Lexicon) -> set[Relation]:
    lemma = tok.lemma_.lower()
    found: set[Relation] = set()
    if tok.pos_ in ("VERB", "AUX", "ADJ"):
        found |= {s.type for s in lex.verbs.get(lemma, ())}
    if tok.pos_ in ("NOUN", "PROPN", "VERB") and (noun := lex.nouns.get(lemma)) is not None:
        found.add(noun.type)
    return found


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _same_sentence(evidence: str, sentence: str) -> bool:
    """Whether a gold evidence quotes this sentence (or the sentence lies inside it): the gold
    quotes sentences as the annotator cut them, which need not be where the parser cut."""
    e, s = _key(evidence), _key(sentence)
    # a sentence inside the evidence must be one of some length: "Iran" is in many
    return bool(e) and bool(s) and (e[:60] in s or len(s) >= 30 and s[:60] in e)


def corpus_causes(
    articles: Path, golds: Mapping[str, Mapping[str, Any]]
) -> tuple[dict[str, Causes], list[str]]:
    """Extract every article of the folder that has gold, recording its sentences, and give the
    causes of each one's misses by its name; the articles that failed come back beside them."""
    from geokg.ingest.pipeline import ArticleResult, extract_documents
    from geokg.ingest.readers import read_paths
    from geokg.ingest.settings import get_ingest_settings

    settings = get_ingest_settings().model_copy(update={"n_process": 1})
    lex = load_lexicon()
    found: dict[str, Causes] = {}
    failed: list[str] = []
    for path in sorted(articles.iterdir()):
        gold = golds.get(path.stem) or golds.get("gold")
        if gold is None or not path.is_file():
            continue
        recorder = Recorder()
        token = RECORDING.set(recorder)
        try:
            results = list(extract_documents(read_paths([path]), settings))
        finally:
            RECORDING.reset(token)
        done = [r for r in results if isinstance(r, ArticleResult)]
        if not done:
            failed.append(path.name)
            continue
        line = done[0].extraction.model_dump(mode="json")  # as `geokg extract --json` has it
        found[path.stem] = article_causes(line, gold, recorder.sentences, lex)
    return found, failed


def summed(causes: Iterable[Causes]) -> Causes:
    """The causes of several articles added up."""
    return Causes(sum((c.counts for c in causes), Counter()))

"""The team's annotated sets, corpus/silver, silver2, silver3, outlets, outlets2, outlets3,
outlets4, outlets5, outlets6, outlets7, outlets8, outlets9, outlets10, outlets11, outlets12,
outlets13, outlets14, outlets15, outlets16, outlets17, outlets18, outlets19, outlets20,
outlets21, outlets22, outlets23, outlets24 and heldout, hold to the gold format of corpus/dev: every claim's ends are
entities of the file, with their kinds; every surface form and evidence sentence is the article's
own text; at most one core claim per triple and modality. (The test reads the held-out gold as data only; no rule is written from it.)"""

import json
import re
from pathlib import Path

import pytest

from geokg.graph.ontology import Kind, Relation

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SETS = {
    "silver": 24,
    "silver2": 12,
    "silver3": 12,
    "outlets": 12,
    "outlets2": 12,
    "outlets3": 12,
    "outlets4": 12,
    "outlets5": 12,
    "outlets6": 12,
    "outlets7": 12,
    "outlets8": 12,
    "outlets9": 12,
    "outlets10": 12,
    "outlets11": 12,
    "outlets12": 12,
    "outlets13": 12,
    "outlets14": 12,
    "outlets15": 12,
    "outlets16": 12,
    "outlets17": 12,
    "outlets18": 12,
    "outlets19": 12,
    "outlets20": 12,
    "outlets21": 12,
    "outlets22": 12,
    "outlets23": 12,
    "outlets24": 12,
    "heldout": 12,
}  # each set and its size
GOLDS = sorted(g for name in SETS for g in (CORPUS / name / "gold").glob("*.json"))
MODALITIES = {"asserted", "reported", "alleged", "denied", "possible", "planned", "negated"}


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_its_gold(name: str) -> None:
    articles = {p.name for p in (CORPUS / name / "articles").glob("*.json")}
    assert articles == {p.name for p in (CORPUS / name / "gold").glob("*.json")}
    assert len(articles) >= SETS[name]


@pytest.mark.parametrize("gold_file", GOLDS, ids=lambda p: f"{p.parts[-3]}-{p.stem[:20]}")
def test_gold_is_well_formed(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = json.loads(
        (gold_file.parents[1] / "articles" / gold_file.name).read_text(encoding="utf-8")
    )
    text = article["content"]
    kinds = {e["name"]: Kind(e["kind"]) for e in gold["entities"]}
    for entity in gold["entities"]:
        for form in entity["surface_forms"]:
            assert form in text, f"{entity['name']}: surface form {form!r} is not in the article"
    core: set[tuple[str, str, str, str]] = set()
    for claim in gold["claims"]:
        assert Relation(claim["type"])
        assert claim["modality"] in MODALITIES
        assert kinds[claim["subject"]] is Kind(claim["subject_kind"])
        assert kinds[claim["object"]] is Kind(claim["object_kind"])
        assert claim["evidence"] in text, f"evidence not in the article: {claim['evidence'][:60]}"
        if claim.get("core"):
            key = (claim["subject"], claim["type"], claim["object"], claim["modality"])
            assert key not in core, f"two core claims for {key}"
            core.add(key)


def test_the_wikinews_readme_names_the_rows_of_the_unread_sets() -> None:
    # rows printed for reading must leave these out, so the list must be the true one
    rows = {
        json.loads(line)["url"]: i
        for i, line in enumerate(
            (CORPUS / "wikinews" / "wikinews-2019-2020.jsonl").read_text().splitlines()
        )
    }
    dev = sorted((CORPUS / "dev" / "articles").glob("*.json"))[12:]
    heldout = sorted((CORPUS / "heldout" / "articles").glob("*.json"))
    readme = (CORPUS / "wikinews" / "README.md").read_text(encoding="utf-8")
    text = " ".join(readme.split())
    for files in (dev, heldout):
        found = sorted(rows[json.loads(p.read_text(encoding="utf-8"))["url"]] for p in files)
        assert re.search(rf"(?<![\d]){', '.join(map(str, found))}(?![\d])", text)

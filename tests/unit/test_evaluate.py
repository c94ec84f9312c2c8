"""geokg.ingest.evaluate: the project's own scorer. Its matching rules on small annotations of
the sample's real names, and, where the reference scorer (shared eval/score.py, beside the
repository) is present, the same totals and per-article missed and spurious triples as that
scorer on the extractor's real output for corpus/dev."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from geokg.app.cli import _line, app
from geokg.ingest import evaluate as ev

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "dev"
REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"

# The sample's people and countries; "Pyongyang" names both the city and the state there.
GOLD: dict[str, Any] = {
    "entities": [
        {"name": "Kim Jong Un", "kind": "Person", "surface_forms": ["Kim", "Kim Jong Un"]},
        {"name": "Vladimir Putin", "kind": "Person", "surface_forms": ["Putin"]},
        {"name": "North Korea", "kind": "Country", "surface_forms": ["DPRK", "Pyongyang"]},
        {"name": "Pyongyang", "kind": "Location", "surface_forms": ["Pyongyang"]},
        {"name": "Russia", "kind": "Country", "surface_forms": ["Moscow"]},
    ],
    "claims": [
        {"subject": "Kim Jong Un", "type": "MEETS", "object": "Vladimir Putin",
         "modality": "planned", "core": True},
        {"subject": "Kim Jong Un", "type": "LEADER_OF", "object": "North Korea",
         "modality": "asserted", "core": True},
        {"subject": "Kim Jong Un", "type": "VISITS", "object": "Russia", "modality": "asserted"},
    ],
}  # fmt: skip


def entity(id_: str, name: str, *aliases: str) -> dict[str, Any]:
    return {"id": id_, "name": name, "aliases": list(aliases)}


def claim(s: str, t: str, o: str, modality: str = "asserted") -> dict[str, Any]:
    return {"subject": s, "type": t, "object": o, "modality": modality}


def test_symmetric_types_ignore_direction_and_modality_is_counted_apart() -> None:
    system = {
        "entities": [entity("p:putin", "Putin"), entity("p:kim", "Kim Jong-un")],
        "claims": [claim("p:putin", "MEETS", "p:kim", "reported")],
    }
    res = ev.score_article(system, GOLD)
    assert (res.tp, res.system, res.gold, res.core_tp) == (1, 1, 3, 1)
    assert res.modality_ok == 0  # reported, where the gold says planned
    assert ev.triple("Kim Jong Un", "MEETS", "Vladimir Putin") not in res.missed


def test_a_shared_surface_form_names_nobody_and_an_alias_only_matches_a_canonical_name() -> None:
    system = {
        "entities": [
            entity("p:kim", "Kim Jong Un"),
            entity("c:prk", "Pyongyang"),  # the city's canonical name: the Location, not the state
            entity("c:dprk", "Democratic People's Republic of Korea", "DPRK", "North Korea"),
            entity("c:rus", "Russian Federation", "Moscow"),  # a surface form, as alias: no match
        ],
        "claims": [
            claim("p:kim", "LEADER_OF", "c:dprk"),
            claim("p:kim", "LEADER_OF", "c:prk"),
            claim("p:kim", "VISITS", "c:rus"),
        ],
    }
    res = ev.score_article(system, GOLD)
    assert res.tp == 1 and res.entities_found == 3
    assert res.spurious == {
        ev.triple("Kim Jong Un", "LEADER_OF", "Pyongyang"),
        ev.triple("Kim Jong Un", "VISITS", "?russian federation"),
    }


def test_one_actor_as_two_nodes_is_a_split() -> None:
    system = {"entities": [entity("p:kim", "Kim Jong Un"), entity("p:kim2", "Kim")]}
    assert ev.score_article(system, GOLD).split == 1


def test_a_gold_article_without_output_is_all_missed_and_gold_json_matches_any(
    tmp_path: Path,
) -> None:
    golds = {"01-a": GOLD, "02-b": GOLD}
    results = ev.score([{"source": "x/01-a.json"}], golds)
    assert results["02-b"].missed == results["01-a"].missed and len(results["02-b"].missed) == 3
    (tmp_path / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # no claims: not gold
    assert list(ev.load_gold(tmp_path)) == ["gold"]
    assert list(ev.score([{"source": "any/article.json"}], ev.load_gold(tmp_path))) == ["article"]


def test_article_number_ranges() -> None:
    results = {f"{n:02d}-x": ev.ArticleScore(system=n) for n in range(1, 25)}
    results["seed"] = ev.ArticleScore()
    groups = ev.split_by_number(results, [12])
    assert [(label, len(g)) for label, g in groups] == [("01-12", 12), ("13-24", 12)]
    assert [len(g) for _, g in ev.split_by_number(results, [6, 30])] == [6, 18]


@pytest.fixture(scope="module")
def dev_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractor's real output for corpus/dev, as `geokg extract --json` writes it."""
    from geokg.ingest.pipeline import extract_documents
    from geokg.ingest.readers import read_paths

    out = tmp_path_factory.mktemp("eval") / "system.jsonl"
    lines = [
        json.dumps(_line(r, False), ensure_ascii=False)
        for r in extract_documents(read_paths([DEV / "articles"]))
        if not isinstance(r, Exception)
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _reference() -> ModuleType:
    if not REFERENCE.is_file():
        pytest.skip(f"the reference scorer is not at {REFERENCE}")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_agrees_with_the_reference_scorer_on_the_dev_corpus(dev_output: Path) -> None:
    reference = _reference()
    done = subprocess.run(
        [sys.executable, str(REFERENCE), str(dev_output), str(DEV / "gold"), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = [json.loads(x) for x in dev_output.read_text(encoding="utf-8").splitlines()]
    golds = ev.load_gold(DEV / "gold")
    ours = ev.score(lines, golds)
    assert ev.totals(ours.values()) == json.loads(done.stdout)
    assert len(ours) == len(golds) >= 12
    for line in lines:
        name = Path(line["source"]).stem
        theirs = reference.score_article(line, golds[name])
        # The reference lists str() of its triples; in one process those are comparable.
        assert sorted(map(str, ours[name].missed)) == theirs["missed"], name
        assert sorted(map(str, ours[name].spurious)) == theirs["spurious"], name
        assert {k: getattr(ours[name], k) for k in ev.COUNTS} == {k: theirs[k] for k in ev.COUNTS}


def test_eval_command_prints_a_line_per_range_and_the_total(dev_output: Path) -> None:
    runner = CliRunner()
    args = ["eval", "--system", str(dev_output), "--gold", str(DEV / "gold")]
    plain = runner.invoke(app, args)
    assert plain.exit_code == 0, plain.output
    split = runner.invoke(app, [*args, "--split", "12"])
    assert split.exit_code == 0, split.output
    first, second, total = split.stdout.strip().splitlines()
    assert first.startswith("01-12  articles 12  precision ")
    assert second.startswith("13-24  articles 12  precision ")
    assert total == f"total  {plain.stdout.strip()}"
    missed = runner.invoke(app, [*args, "--min-f1", "0.99"])
    assert missed.exit_code == 1


def test_eval_names_a_missing_gold_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no gold folder" in result.output


def test_by_rule_counts_each_rules_triples_once_per_article() -> None:
    kim, putin, prk = (
        entity("p:kim", "Kim Jong Un"),
        entity("p:putin", "Putin"),
        entity("c:prk", "DPRK"),
    )
    line = {
        "source": "sample.json",
        "entities": [kim, putin, prk],
        "claims": [
            {**claim("p:kim", "MEETS", "p:putin"), "rule": "verb_frame"},
            {**claim("p:putin", "MEETS", "p:kim", "planned"), "rule": "verb_frame"},  # same triple
            {**claim("p:putin", "LEADER_OF", "c:prk"), "rule": "title_before_name"},
            {**claim("p:kim", "LEADER_OF", "c:prk"), "rule": "title_before_name"},
            claim("p:kim", "VISITS", "c:prk"),  # a claim from another tool: no rule
        ],
    }
    rules = ev.by_rule([line], {"gold": GOLD})
    assert (rules["verb_frame"].yielded, rules["verb_frame"].correct, rules["verb_frame"].core) == (
        1,
        1,
        1,
    )
    titles = rules["title_before_name"]
    assert (titles.yielded, titles.correct, titles.core, titles.precision) == (2, 1, 1, 0.5)
    assert (rules["?"].yielded, rules["?"].correct) == (1, 0)

"""The rule registry: every claim names a rule that the data describes, and the data nothing else.

The sample sentence is from corpus/seed/viewworld-2787-kim-putin.wp.json (AP, via viewworld).
"""

import ast
import json
from pathlib import Path

import pytest
import spacy
from pydantic import ValidationError
from typer.testing import CliRunner

from geokg.app.cli import app
from geokg.ingest import component  # noqa: F401  (registers the "geokg_claims" factory)
from geokg.ingest.relations import RULES
from geokg.ingest.rules import RULES_FILE, RuleError, RulesFile, load_rules, rule_config
from geokg.ingest.settings import get_ingest_settings

ROOT = Path(__file__).resolve().parents[2]
RELATIONS = ROOT / "ingest" / "relations.py"
SAMPLE = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"


def _rule_names_in_code() -> set[str]:
    """The rule names relations.py hands to candidates: the 5th argument or `rule=` keyword,
    also where a candidate is replaced by a narrower reading."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(RELATIONS.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if getattr(node.func, "id", None) in ("_Candidate", "replace"):
            args = (
                [a for a in node.args[4:5]]
                if getattr(node.func, "id", None) == "_Candidate"
                else []
            )
            args += [k.value for k in node.keywords if k.arg == "rule"]
            for arg in args:
                # a literal, or a choice between literals
                choices = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                for choice in choices:
                    assert isinstance(choice, ast.Constant), f"line {node.lineno}: rule not literal"
                    names.add(choice.value)
    return names


def test_every_rule_the_code_names_has_an_entry_and_every_entry_a_rule() -> None:
    in_code = _rule_names_in_code() | set(RULES.names())
    in_data = set(load_rules().rules)
    assert in_code - in_data == set(), "rules the code emits without an entry"
    assert in_data - in_code == set(), "entries no rule uses"


def test_registry_runs_the_sentence_rules_in_order() -> None:
    names = RULES.names()
    # Bare titles read the leaders that titles recorded earlier in the same sentence.
    assert names.index("titles") < names.index("bare_titles")
    assert {"verb_frames", "noun_frames", "titles"} <= set(names)


def test_a_misspelt_key_is_an_error_naming_it() -> None:
    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    data["rules"]["verb_frame"]["confidance"] = 0.9
    with pytest.raises(ValidationError, match="confidance"):
        RulesFile.model_validate(data)


def test_an_unknown_rule_name_is_an_error_naming_it() -> None:
    with pytest.raises(RuleError, match="no_such_rule"):
        rule_config("no_such_rule")


def test_the_extractor_is_a_spacy_component() -> None:
    # A plain model with the component added, as a spaCy user would; no geokg pipeline around it.
    nlp = spacy.load(get_ingest_settings().spacy_model)
    nlp.add_pipe("geokg_claims")
    doc = nlp("Kim Jong Un rolled into Russia on an armored train Tuesday to see Vladimir Putin.")
    claims = {(c.subject, c.type.value, c.object): c for c in doc._.geokg_claims}
    meets = claims[("person:kim-jong-un", "MEETS", "person:vladimir-putin")]
    assert meets.rule == "verb_frame" and meets.trigger == "see"
    assert meets.confidence == rule_config("verb_frame").confidence
    assert doc._.geokg_resolution.kind_of("person:vladimir-putin").value == "Person"


def test_explain_names_rule_trigger_and_sentence() -> None:
    result = CliRunner().invoke(app, ["extract", "--explain", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    at = lines.index("  Kim Jong Un -MEETS-> Vladimir Putin  [planned, future]")
    # sentence 0 is the headline, the body's wire dateline 1, its first sentence 2
    assert lines[at + 1] == (
        "      rule verb_frame (confidence 0.8), trigger 'meet', sentence 0: "
        "North Korea’s leader is in Russia to meet Putin, with both locked in standoffs with the West."
    )
    again = lines.index("  Kim Jong Un -MEETS-> Vladimir Putin  [planned, future]", at + 1)
    assert lines[again + 1].startswith(
        "      rule verb_frame (confidence 0.8), trigger 'see', sentence 2: North Korea’s Kim Jong Un"
    )

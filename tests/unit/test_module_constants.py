"""No module of the extractor binds one top-level name twice: a constant defined again further
down a long module silently replaces the first for every function that reads it (round 25 gave
relations.py a second `_ARMS` that emptied the reading of "the main fighting force of the SDF")."""

import ast
from collections import Counter
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "ingest"


@pytest.mark.parametrize("module", sorted(INGEST.glob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [n for n, count in names.items() if count > 1] == []

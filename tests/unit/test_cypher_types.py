"""The Cypher files that walk summary edges name every relation type of the ontology."""

import re
from pathlib import Path

from geokg.graph.ontology import Relation

CYPHER = Path(__file__).resolve().parents[2] / "cypher"
UNION = re.compile(r"\[\w*:((?:[A-Z_]+\|)+[A-Z_]+)[*\]]")


def test_every_type_union_is_the_ontologys() -> None:
    found = {
        path.name: union.split("|")
        for path in sorted(CYPHER.glob("*.cypher"))
        for union in UNION.findall(path.read_text(encoding="utf-8"))
        if "SUBJECT" not in union  # the claim structure's own links
    }
    assert {
        "find_entity_relations.cypher",
        "find_neighbors.cypher",
        "find_links.cypher",
        "find_paths.cypher",
    } <= set(found)
    for name, types in found.items():
        assert types == [r.value for r in Relation], name

"""The export writers on awkward text, and format negotiation; no Neo4j needed."""

import csv
import io
import json

import networkx as nx
import pytest
from fastapi import HTTPException

from geokg.app.exports import CLAIM_WRITERS, GRAPH_WRITERS, ClaimFormat, GraphFormat
from geokg.app.routers.exports import _CLAIM, _EDGES, _NODES, choose

# Markup, quotes, a vertical tab (not allowed in XML 1.0 even escaped), non-ASCII.
AWKWARD = 'Café <b>&</b> "Kim\'s"\x0b\r\nvisit, Pyongyang – Ñ 金正恩'


def _graph(fmt: GraphFormat, nodes: list[dict[str, object]]) -> bytes:
    w = GRAPH_WRITERS[fmt]()
    return w.begin() + w.nodes(nodes) + w.between() + w.edges(_EDGES) + w.end()


@pytest.mark.parametrize("fmt", list(GraphFormat))
def test_graph_formats_keep_awkward_names_readable(fmt: GraphFormat) -> None:
    nodes = [{**_NODES[0], "name": AWKWARD, "aliases": [AWKWARD, "Kim"]}, _NODES[1]]
    data = _graph(fmt, nodes)
    if fmt is GraphFormat.GRAPHML:
        graph = nx.read_graphml(io.BytesIO(data))
    elif fmt is GraphFormat.GEXF:
        graph = nx.read_gexf(io.BytesIO(data))
    else:
        graph = nx.node_link_graph(json.loads(data))
    name = (
        graph.nodes["person:kim-jong-un"].get("label") or graph.nodes["person:kim-jong-un"]["name"]
    )
    # XML drops the one character it cannot hold (and normalises the line end); JSON keeps all.
    expected = AWKWARD if fmt is GraphFormat.JSON else AWKWARD.replace("\x0b", "")
    assert name.replace("\r\n", "\n").replace("\r", "\n") == expected.replace("\r\n", "\n")
    ((_, _, edge),) = graph.edges(data=True)
    assert edge["claims"] == 3 and edge["type"] == "MEETS"


def test_csv_quotes_what_needs_quoting() -> None:
    w = CLAIM_WRITERS[ClaimFormat.CSV]()
    text = (w.begin() + w.rows([{**_CLAIM, "sentence": AWKWARD}]) + w.end()).decode("utf-8")
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["sentence"] == AWKWARD and row["subject_name"] == "Kim Jong Un"


def test_format_follows_the_parameter_then_accept_by_quality() -> None:
    offered = list(ClaimFormat)
    assert choose(ClaimFormat.JSONL, "text/csv", offered) is ClaimFormat.JSONL
    assert choose(None, None, offered) is ClaimFormat.CSV
    assert choose(None, "*/*", offered) is ClaimFormat.CSV
    assert choose(None, "application/vnd.apache.parquet", offered) is ClaimFormat.PARQUET
    ranked = "text/csv;q=0.4, application/x-ndjson;q=0.9, */*;q=0.1"
    assert choose(None, ranked, offered) is ClaimFormat.JSONL
    # An exact type beats a wildcard of the same quality.
    assert choose(None, "application/*, application/x-ndjson", offered) is ClaimFormat.JSONL
    assert choose(None, "application/*", list(GraphFormat)) is GraphFormat.GRAPHML
    for accept, formats in (("text/html, text/csv;q=0", offered), ("text/*", list(GraphFormat))):
        with pytest.raises(HTTPException) as refused:
            choose(None, accept, formats)
        assert refused.value.status_code == 406

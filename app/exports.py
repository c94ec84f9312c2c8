"""Export formats: claims as CSV, JSON Lines (PLOVER's field names) and Parquet; the graph as
GraphML, GEXF and node-link JSON. Shared by /export/* and `geokg export`.

Each format is written batch by batch as the rows come from Neo4j (geokg.graph.exports), so an
export of any size holds one batch at a time. XML is written here as text, with the standard
library's escaping, rather than through a networkx graph, which would hold all of it.
"""

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from typing import IO, Any, Protocol, cast
from xml.sax.saxutils import escape, quoteattr

import pyarrow as pa
import pyarrow.parquet as pq

from geokg.app.convert import plain
from geokg.graph.exports import ExportStream, Row
from geokg.graph.ontology import CODING, SYMMETRIC, Relation

Progress = Callable[[int], None]
"""Told how many rows each batch held: the CLI's progress bar."""


class ClaimWriter(Protocol):
    """Writes claims: what opens the file, each batch, what closes it."""

    def begin(self) -> bytes: ...
    def rows(self, rows: list[Row]) -> bytes: ...
    def end(self) -> bytes: ...


class GraphWriter(Protocol):
    """Writes a graph: the head, batches of nodes, what comes between, batches of edges, the
    tail."""

    def begin(self) -> bytes: ...
    def nodes(self, rows: list[Row]) -> bytes: ...
    def between(self) -> bytes: ...
    def edges(self, rows: list[Row]) -> bytes: ...
    def end(self) -> bytes: ...


class ClaimFormat(StrEnum):
    """How /export/claims writes claims."""

    CSV = "csv"
    JSONL = "jsonl"
    PARQUET = "parquet"


class GraphFormat(StrEnum):
    """How /export/graph writes the graph."""

    GRAPHML = "graphml"
    GEXF = "gexf"
    JSON = "json"


MEDIA_TYPES: dict[str, str] = {
    ClaimFormat.CSV: "text/csv; charset=utf-8",
    ClaimFormat.JSONL: "application/x-ndjson",
    ClaimFormat.PARQUET: "application/vnd.apache.parquet",
    GraphFormat.GRAPHML: "application/graphml+xml",
    GraphFormat.GEXF: "application/gexf+xml",
    GraphFormat.JSON: "application/json",
}

# ---------------------------------------------------------------------------------------------
# Claims

CLAIM_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("claim_id", pa.string()),
    ("subject_id", pa.string()),
    ("subject_name", pa.string()),
    ("subject_kind", pa.string()),
    ("relation", pa.string()),
    ("object_id", pa.string()),
    ("object_name", pa.string()),
    ("object_kind", pa.string()),
    ("plover_event", pa.string()),
    ("cameo_root", pa.string()),
    ("modality", pa.string()),
    ("tense", pa.string()),
    ("event_date", pa.date32()),
    ("confidence", pa.float64()),
    ("trigger", pa.string()),
    ("role", pa.string()),
    ("items", pa.list_(pa.string())),
    ("attributed_to_id", pa.string()),
    ("attributed_to_name", pa.string()),
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("publisher", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")),
    ("sentence", pa.string()),
]
"""The columns of the CSV and Parquet exports, in order, with their Parquet types."""
CLAIM_FIELDS = [name for name, _ in CLAIM_COLUMNS]
LIST_SEPARATOR = "|"
"""Joins a list (items, aliases, modalities, sources) where the format has no list type."""

PLOVER_MODES: dict[str, list[str]] = {
    Relation.VISITS: ["visit"],  # CONSULT: the actor visits, the recipient hosts
    Relation.CRITICIZES: ["disapprove"],  # ACCUSE
    Relation.ACCUSES: ["allege"],  # ACCUSE
}
"""PLOVER's `mode` for the relation types whose meaning is one (ONTOLOGY.md's table)."""


class _Csv:
    """RFC 4180: a header row, CRLF line ends, fields quoted where needed; UTF-8."""

    def begin(self) -> bytes:
        return self._lines([CLAIM_FIELDS])

    def rows(self, rows: list[Row]) -> bytes:
        return self._lines([_csv_row(r) for r in rows])

    def end(self) -> bytes:
        return b""

    @staticmethod
    def _lines(lines: Iterable[list[Any]]) -> bytes:
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(lines)
        return out.getvalue().encode("utf-8")


def _csv_row(row: Row) -> list[Any]:
    r = plain(row)
    items = r.get("items")
    r["items"] = LIST_SEPARATOR.join(items) if items else None
    return [r.get(f) for f in CLAIM_FIELDS]


class _JsonLines:
    """One JSON object a line, in PLOVER's field names where it has one, ours beside them."""

    def begin(self) -> bytes:
        return b""

    def rows(self, rows: list[Row]) -> bytes:
        lines = (json.dumps(plover_record(r), ensure_ascii=False) + "\n" for r in rows)
        return "".join(lines).encode("utf-8")

    def end(self) -> bytes:
        return b""


def plover_record(row: Row) -> dict[str, Any]:
    """One claim as a PLOVER event record (PLOVER manual, "Data Fields"), with our fields."""
    r = plain(row)
    subject, obj = _plover_entity(r, "subject"), _plover_entity(r, "object")
    # PLOVER codes every participant of an exchange with no host and guest as an actor.
    symmetric = r["relation"] in SYMMETRIC
    return {
        "id": r["claim_id"],
        "date": r["event_date"],
        "actor": [subject, obj] if symmetric else [subject],
        "recipient": [] if symmetric else [obj],
        "event": [r["plover_event"]] if r["plover_event"] else [],
        "mode": PLOVER_MODES.get(r["relation"], []),
        "event_text": [r["trigger"]] if r["trigger"] else [],
        "text": r["sentence"],
        "text_info": {
            "sequence": r["sentence_index"],
            "start": r["char_start"],
            "end": r["char_end"],
        },
        "cite_info": {"url": r["url"], "title": r["title"], "publication": r["publisher"]},
        "coder": f"geokg {r['extractor_version']}" if r["extractor_version"] else "geokg",
        # Ours, beside PLOVER's.
        "subject_id": r["subject_id"],
        "relation": r["relation"],
        "object_id": r["object_id"],
        "cameo_root": r["cameo_root"],
        "modality": r["modality"],
        "tense": r["tense"],
        "confidence": r["confidence"],
        "role": r["role"],
        "items": r["items"] or [],
        "attributed_to": (
            {"id": r["attributed_to_id"], "name": r["attributed_to_name"]}
            if r["attributed_to_id"]
            else None
        ),
        "article_id": r["article_id"],
        "published_at": r["published_at"],
    }


def _plover_entity(r: Row, end: str) -> dict[str, Any]:
    # PLOVER's entity object: `code` is the 3-letter top-level (country) code, the identifier
    # pair names the resolved entity; `kind` is ours.
    return {
        "code": r[f"{end}_iso3"],
        "identifier_id": r[f"{end}_id"],
        "identifier_text": r[f"{end}_name"],
        "kind": r[f"{end}_kind"],
    }


class _Sink:
    """A write-only file for pyarrow that hands over what was written since the last drain."""

    closed = False

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._at = 0

    def write(self, data: bytes) -> int:
        self._chunks.append(bytes(data))
        self._at += len(data)
        return len(data)

    def tell(self) -> int:
        return self._at

    def flush(self) -> None:
        pass

    def drain(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


PARQUET_SCHEMA = pa.schema(CLAIM_COLUMNS)
ROW_GROUP = 20_000
"""Rows per Parquet row group: big enough for readers to scan well, small enough to hold."""


class _Parquet:
    """Parquet, a row group every ROW_GROUP rows; the footer (the schema and where each row
    group is) comes last, so a reader needs the whole file, but the writer never does."""

    def __init__(self) -> None:
        self._sink = _Sink()
        self._writer = pq.ParquetWriter(
            cast(IO[bytes], self._sink), PARQUET_SCHEMA, compression="zstd"
        )
        # Each batch turns columnar at once: a row group waits as Arrow arrays, a fraction of
        # the memory the same rows take as Python dicts.
        self._held: list[pa.RecordBatch] = []
        self._rows = 0

    def begin(self) -> bytes:
        return self._sink.drain()

    def rows(self, rows: list[Row]) -> bytes:
        fields = [_native(r) for r in rows]
        self._held.append(pa.RecordBatch.from_pylist(fields, schema=PARQUET_SCHEMA))
        self._rows += len(rows)
        if self._rows >= ROW_GROUP:
            self._write()
        return self._sink.drain()

    def end(self) -> bytes:
        self._write()
        self._writer.close()
        return self._sink.drain()

    def _write(self) -> None:
        if self._rows:
            table = pa.Table.from_batches(self._held, PARQUET_SCHEMA)
            self._writer.write_table(table, row_group_size=self._rows)
            self._held, self._rows = [], 0


def _native(row: Row) -> Row:
    # Neo4j's Date and DateTime as Python's, which pyarrow takes as date32 and timestamps.
    return {k: v.to_native() if hasattr(v, "to_native") else v for k, v in row.items()}


CLAIM_WRITERS: dict[ClaimFormat, Callable[[], ClaimWriter]] = {
    ClaimFormat.CSV: _Csv,
    ClaimFormat.JSONL: _JsonLines,
    ClaimFormat.PARQUET: _Parquet,
}


def claims_body(
    fmt: ClaimFormat, claims: ExportStream, progress: Progress | None = None
) -> Iterator[bytes]:
    """The export's bytes, a batch of claims at a time."""
    writer = CLAIM_WRITERS[fmt]()
    try:
        if head := writer.begin():
            yield head
        for rows in claims.batches():
            if chunk := writer.rows(rows):
                yield chunk
            if progress:
                progress(len(rows))
        if tail := writer.end():
            yield tail
    finally:
        claims.close()  # also when the client leaves half way


# ---------------------------------------------------------------------------------------------
# The graph

# Attribute name, its GraphML type, its GEXF type: typed, so networkx and Gephi read numbers
# as numbers. Lists are joined with LIST_SEPARATOR: neither format has a list type networkx
# reads back.
NODE_ATTRS = [
    ("label", "string", "string"),
    ("kind", "string", "string"),
    ("aliases", "string", "string"),
    ("iso3", "string", "string"),
    ("mentions", "int", "integer"),
    ("first_seen", "string", "string"),
    ("last_seen", "string", "string"),
]
EDGE_ATTRS = [
    ("label", "string", "string"),
    ("type", "string", "string"),
    ("claims", "int", "integer"),
    ("articles", "int", "integer"),
    ("weight", "double", "double"),
    ("confidence", "double", "double"),
    ("first_seen", "string", "string"),
    ("last_seen", "string", "string"),
    ("modalities", "string", "string"),
    ("sources", "string", "string"),
    ("symmetric", "boolean", "boolean"),
    ("plover", "string", "string"),
    ("cameo", "string", "string"),
]
# XML 1.0 cannot hold most control characters even escaped; news text sometimes has them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def node_attrs(row: Row) -> dict[str, Any]:
    """A node's attributes as the XML formats carry them (name as Gephi's `label`)."""
    r = plain(row)
    return {
        "label": r["name"],
        "kind": r["kind"],
        "aliases": LIST_SEPARATOR.join(r["aliases"] or []),
        "iso3": r["iso3"],
        "mentions": r["mentions"],
        "first_seen": r["first_seen"],
        "last_seen": r["last_seen"],
    }


def edge_attrs(row: Row) -> dict[str, Any]:
    """An edge's attributes as the XML formats carry them (the type also as Gephi's `label`,
    the claim count also as its `weight`)."""
    r = plain(row)
    coding = CODING[Relation(r["type"])]
    return {
        "label": r["type"],
        "type": r["type"],
        "claims": r["claims"],
        "articles": r["articles"],
        "weight": float(r["claims"]),
        "confidence": r["confidence"],
        "first_seen": r["first_seen"],
        "last_seen": r["last_seen"],
        "modalities": LIST_SEPARATOR.join(r["modalities"] or []),
        "sources": LIST_SEPARATOR.join(r["sources"] or []),
        "symmetric": coding.symmetric,
        "plover": coding.plover,
        "cameo": coding.cameo,
    }


def edge_id(row: Row) -> str:
    """An edge's stable id, as /graph's links have it."""
    return f"{row['source']}|{row['type']}|{row['target']}"


def _xml_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return escape(_NOT_XML.sub("", str(value)))


def _xml_attr(value: Any) -> str:
    return quoteattr(_NOT_XML.sub("", str(value)))


class _GraphML:
    """GraphML (graphml.graphdrawing.org), directed, one <key> per typed attribute."""

    def begin(self) -> bytes:
        keys = [
            f'<key id="{p}_{name}" for="{what}" attr.name="{name}" attr.type="{kind}"/>'
            for what, p, attrs in (("node", "n", NODE_ATTRS), ("edge", "e", EDGE_ATTRS))
            for name, kind, _ in attrs
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
            + "\n".join(keys)
            + '\n<graph id="geokg" edgedefault="directed">\n'
        ).encode()

    def nodes(self, rows: list[Row]) -> bytes:
        return "".join(
            f"<node id={_xml_attr(r['id'])}>{self._data('n', node_attrs(r))}</node>\n" for r in rows
        ).encode()

    def between(self) -> bytes:
        return b""

    def edges(self, rows: list[Row]) -> bytes:
        return "".join(
            f"<edge id={_xml_attr(edge_id(r))} source={_xml_attr(r['source'])} "
            f"target={_xml_attr(r['target'])}>{self._data('e', edge_attrs(r))}</edge>\n"
            for r in rows
        ).encode()

    def end(self) -> bytes:
        return b"</graph>\n</graphml>\n"

    @staticmethod
    def _data(prefix: str, attrs: dict[str, Any]) -> str:
        # A missing value is a missing <data>: GraphML has no null.
        return "".join(
            f'<data key="{prefix}_{k}">{_xml_text(v)}</data>'
            for k, v in attrs.items()
            if v is not None and v != ""
        )


class _Gexf:
    """GEXF 1.2 (gexf.net), which Gephi opens natively: a static, directed graph."""

    def begin(self) -> bytes:
        def declare(what: str, attrs: list[tuple[str, str, str]]) -> str:
            items = "".join(
                f'<attribute id="{name}" title="{name}" type="{kind}"/>'
                for name, _, kind in attrs
                if name not in ("label", "weight")  # the GEXF elements' own attributes
            )
            return f'<attributes class="{what}" mode="static">{items}</attributes>\n'

        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
            "<meta><creator>geokg</creator>"
            "<description>entities and their claim-backed relations</description></meta>\n"
            '<graph defaultedgetype="directed" mode="static">\n'
            + declare("node", NODE_ATTRS)
            + declare("edge", EDGE_ATTRS)
            + "<nodes>\n"
        ).encode()

    def nodes(self, rows: list[Row]) -> bytes:
        parts = []
        for r in rows:
            attrs = node_attrs(r)
            label = attrs.pop("label")
            parts.append(
                f"<node id={_xml_attr(r['id'])} label={_xml_attr(label)}>"
                f"{self._values(attrs)}</node>\n"
            )
        return "".join(parts).encode()

    def between(self) -> bytes:
        return b"</nodes>\n<edges>\n"

    def edges(self, rows: list[Row]) -> bytes:
        parts = []
        for r in rows:
            attrs = edge_attrs(r)
            label, weight = attrs.pop("label"), attrs.pop("weight")
            parts.append(
                f"<edge id={_xml_attr(edge_id(r))} source={_xml_attr(r['source'])} "
                f"target={_xml_attr(r['target'])} label={_xml_attr(label)} "
                f'weight="{weight}">{self._values(attrs)}</edge>\n'
            )
        return "".join(parts).encode()

    def end(self) -> bytes:
        return b"</edges>\n</graph>\n</gexf>\n"

    @staticmethod
    def _values(attrs: dict[str, Any]) -> str:
        values = "".join(
            f'<attvalue for="{k}" value={_xml_attr(_xml_value(v))}/>'
            for k, v in attrs.items()
            if v is not None and v != ""
        )
        return f"<attvalues>{values}</attvalues>" if values else ""


def _xml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _NodeLink:
    """The node-link JSON networkx's `node_link_graph` reads with its default keys (networkx
    3.6+: `nodes`, `edges`, `source`, `target`, `key`): a directed multigraph keyed by type."""

    def __init__(self) -> None:
        self._first = True

    def begin(self) -> bytes:
        return b'{"directed": true, "multigraph": true, "graph": {"name": "geokg"},\n"nodes": ['

    def nodes(self, rows: list[Row]) -> bytes:
        return self._items(plain(r) for r in rows)

    def between(self) -> bytes:
        self._first = True
        return b'],\n"edges": ['

    def edges(self, rows: list[Row]) -> bytes:
        def edge(row: Row) -> Row:
            r = plain(row)
            coding = CODING[Relation(r["type"])]
            return {
                "source": r["source"],
                "target": r["target"],
                "key": r["type"],
                "id": edge_id(r),
                **{k: v for k, v in r.items() if k not in ("source", "target")},
                "symmetric": coding.symmetric,
                "plover": coding.plover,
                "cameo": coding.cameo,
            }

        return self._items(edge(r) for r in rows)

    def end(self) -> bytes:
        return b"\n]}\n"

    def _items(self, items: Iterable[Row]) -> bytes:
        parts = []
        for item in items:
            parts.append(("\n" if self._first else ",\n") + json.dumps(item, ensure_ascii=False))
            self._first = False
        return "".join(parts).encode("utf-8")


GRAPH_WRITERS: dict[GraphFormat, Callable[[], GraphWriter]] = {
    GraphFormat.GRAPHML: _GraphML,
    GraphFormat.GEXF: _Gexf,
    GraphFormat.JSON: _NodeLink,
}


def graph_body(
    fmt: GraphFormat, nodes: ExportStream, edges: ExportStream, progress: Progress | None = None
) -> Iterator[bytes]:
    """The export's bytes: every node, then every edge, a batch at a time."""
    writer = GRAPH_WRITERS[fmt]()
    try:
        yield writer.begin()
        for rows in nodes.batches():
            yield writer.nodes(rows)
            if progress:
                progress(len(rows))
        yield writer.between()
        for rows in edges.batches():
            yield writer.edges(rows)
            if progress:
                progress(len(rows))
        yield writer.end()
    finally:
        nodes.close()  # both, also when the client leaves half way
        edges.close()

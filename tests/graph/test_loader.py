"""The loader against a real Neo4j: reloads, corrections, races, failures and the sample article."""

import gc
import hashlib
import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, LiteralString

import pytest
from neo4j import Driver, ManagedTransaction

from geokg.graph import loader
from geokg.graph.loader import Outcome, load_extractions
from geokg.graph.models import Article, Claim, Entity, Extraction
from geokg.graph.ontology import CODING, KIND_PREFIX, SYMMETRIC, Kind, Modality, Relation, Tense
from geokg.graph.queries import find_claims_of_article
from geokg.graph.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpus" / "seed" / "gold.json"
SAMPLE_WP = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"
KIND_OF_PREFIX = {prefix: kind for kind, prefix in KIND_PREFIX.items()}
IGNORE_INGESTED_AT = frozenset({"ingested_at"})


# --- building extractions by hand ---------------------------------------------------------


def entity(entity_id: str, name: str, *aliases: str, mentions: int = 1) -> Entity:
    """An entity as one article sees it; a country's iso3 comes from its id."""
    kind = KIND_OF_PREFIX[entity_id.split(":")[0]]
    iso3 = entity_id.removeprefix("country:") if kind is Kind.COUNTRY else None
    return Entity(
        id=entity_id,
        name=name,
        kind=kind,
        aliases=list(aliases) or [name],
        iso3=iso3,
        mentions=mentions,
    )


def claim(
    article_id: str,
    sentence_index: int,
    subject: str,
    relation: Relation,
    obj: str,
    sentence: str,
    modality: Modality = Modality.ASSERTED,
    tense: Tense = Tense.PRESENT,
    *,
    on: date = date(2023, 9, 12),
    confidence: float = 0.9,
    attributed_to: str | None = None,
    role: str | None = None,
    items: Iterable[str] = (),
    trigger: str = "",
) -> Claim:
    """A claim with the deterministic id ingest would give it."""
    key = f"{article_id}|{sentence_index}|{subject}|{relation}|{obj}|{modality}"
    return Claim(
        id="claim:" + hashlib.md5(key.encode()).hexdigest(),
        type=relation,
        subject=subject,
        object=obj,
        attributed_to=attributed_to,
        modality=modality,
        tense=tense,
        trigger=trigger,
        sentence=sentence,
        sentence_index=sentence_index,
        char_start=sentence_index * 1000,
        char_end=sentence_index * 1000 + len(sentence),
        date=on,
        confidence=confidence,
        role=role,
        items=list(items),
        extractor_version="test-1",
    )


def article(
    article_id: str, content: str, *, published: datetime, source: str = "example.org"
) -> Article:
    """Article metadata; the content only feeds the hash, as in ingest."""
    return Article(
        id=article_id,
        url=f"https://{source}/{article_id}",
        title=f"Title of {article_id}",
        source=source,
        published_at=published,
        content_hash=hashlib.sha256(content.encode()).hexdigest(),
        extractor_version="test-1",
    )


POOL = [
    entity("country:PRK", "North Korea", "North Korea", "DPRK", "Pyongyang"),
    entity("country:RUS", "Russia", "Russia", "Moscow", "Kremlin"),
    entity("country:USA", "United States", "United States", "U.S."),
    entity("country:UKR", "Ukraine"),
    entity("country:JPN", "Japan", "Japan", "Tokyo"),
    entity("person:kim-jong-un", "Kim Jong Un", "Kim Jong Un", "Kim"),
    entity("person:vladimir-putin", "Vladimir Putin", "Vladimir Putin", "Putin"),
    entity("person:dmitry-peskov", "Dmitry Peskov", "Dmitry Peskov", "Peskov"),
    entity("org:united-nations", "United Nations", "U.N."),
    entity("topic:un-sanctions", "UN sanctions", "U.N. sanctions", "the sanctions"),
    entity("loc:vladivostok", "Vladivostok"),
]


def synthetic(index: int, version: int = 0, *, source: str | None = None) -> Extraction:
    """A made-up article over a shared pool of entities, so that articles overlap heavily."""
    rng = random.Random(index * 1000 + version)
    article_id = f"test-article-{index}"
    people = rng.sample(POOL, k=rng.randint(3, 7))
    # Every version mentions these two, so every load touches the same hot nodes.
    ids = {e.id for e in people} | {"country:PRK", "country:RUS"}
    entities = [e.model_copy(update={"mentions": rng.randint(1, 5)}) for e in POOL if e.id in ids]
    claims: dict[str, Claim] = {}
    for n in range(rng.randint(2, 8)):
        s, o = rng.sample(sorted(ids), k=2)
        c = claim(
            article_id,
            n,
            s,
            rng.choice(list(Relation)),
            o,
            f"Sentence {n} of article {index}, version {version}.",
            rng.choice(list(Modality)),
            rng.choice(list(Tense)),
            on=date(2023, 9, 1) + timedelta(days=rng.randint(0, 20)),
            confidence=round(rng.random(), 2),
            attributed_to=rng.choice([None, "person:dmitry-peskov"])
            if "person:dmitry-peskov" in ids
            else None,
        )
        claims[c.id] = c
    return Extraction(
        article=article(
            article_id,
            f"{article_id} v{version}",
            published=datetime(2023, 9, 1, 12, tzinfo=UTC) + timedelta(days=index % 20),
            source=source or f"source-{index % 3}.example",
        ),
        entities=entities,
        claims=list(claims.values()),
    )


# --- reading the graph back ---------------------------------------------------------------


def fingerprint(driver: Driver, ignore: frozenset[str] = frozenset()) -> list[str]:
    """Every geokg node and relationship with all its properties, sorted: equal iff same graph."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:Entity OR n:Article OR n:Claim "
        "RETURN labels(n) AS labels, properties(n) AS props"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE a:Entity OR a:Article OR a:Claim "
        "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"
    )
    rows = [
        {"labels": sorted(r["labels"]), "props": _without(r["props"], ignore)} for r in nodes
    ] + [
        {"type": r["type"], "start": r["start"], "end": r["end"], "props": r["props"]} for r in rels
    ]
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)


def _without(props: dict[str, Any], ignore: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in ignore}


def checksum(rows: list[str]) -> str:
    """One hash of a fingerprint, for messages."""
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def graph_problems(driver: Driver) -> list[str]:
    """Duplicates and summaries out of step with their claims; empty when the graph is sound."""
    problems: list[str] = []
    checks: list[tuple[str, LiteralString]] = [
        (
            "duplicate node ids",
            (
                "MATCH (n) WHERE n:Entity OR n:Article OR n:Claim "
                "WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN id"
            ),
        ),
        (
            "duplicate relationships",
            (
                "MATCH (a)-[r]->(b) WITH a, type(r) AS t, b, count(*) AS n WHERE n > 1 "
                "RETURN a.id + ' ' + t + ' ' + b.id AS id"
            ),
        ),
        (
            "summary edges whose claim count is off",
            (
                "MATCH (s:Entity)-[r]->(o:Entity) "
                "WITH s, r, o, COUNT { MATCH (s)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(o) "
                "  WHERE c.type = type(r) AND (type(r) IN $symmetric OR EXISTS { (c)-[:SUBJECT]->(s) })"
                "} AS n WHERE n <> r.claims OR n = 0 RETURN s.id + ' ' + type(r) + ' ' + o.id AS id"
            ),
        ),
        (
            "symmetric edges stored the wrong way",
            (
                "MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) IN $symmetric AND s.id > o.id "
                "RETURN s.id + ' ' + type(r) + ' ' + o.id AS id"
            ),
        ),
        (
            "claims without their summary edge",
            (
                "MATCH (c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o) "
                "WHERE NOT EXISTS { (s)-[r]-(o) WHERE type(r) = c.type } RETURN c.id AS id"
            ),
        ),
        (
            "entities whose mentions are off",
            (
                "MATCH (e:Entity) "
                "WITH e, COUNT { (:Article)-[:MENTIONS]->(e) } AS k, "
                "     COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN m.count } AS counts "
                "WHERE k = 0 OR e.mentions <> reduce(t = 0, x IN counts | t + x) RETURN e.id AS id"
            ),
        ),
    ]
    for what, query in checks:
        records, _, _ = driver.execute_query(query, {"symmetric": sorted(SYMMETRIC)})
        problems += [f"{what}: {r['id']}" for r in records]
    return problems + _summaries_off(driver)


# Every summary property recomputed from the claims, however the loader arrived at it (folded in
# or recomputed): both must give what this query gives.
RECOMPUTED = """
MATCH (s:Entity)-[r]->(o:Entity)
CALL (s, r, o) {
  MATCH (s)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(o)
  WHERE c.type = type(r) AND (type(r) IN $symmetric OR EXISTS { (c)-[:SUBJECT]->(s) })
  OPTIONAL MATCH (c)-[:EXTRACTED_FROM]->(a:Article)
  WITH c, a ORDER BY c.date DESC, c.id
  RETURN count(c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first_seen,
         max(c.date) AS last_seen, max(c.confidence) AS confidence,
         collect(DISTINCT c.modality) AS modalities,
         collect(DISTINCT nullif(a.source, '')) AS sources, head(collect(c.id)) AS latest_claim
}
RETURN s.id + ' ' + type(r) + ' ' + o.id AS id, properties(r) AS stored,
       {claims: claims, articles: articles, first_seen: first_seen, last_seen: last_seen,
        confidence: confidence, modalities: modalities, sources: sources,
        latest_claim: latest_claim} AS expected
"""


ENTITIES_RECOMPUTED = """
MATCH (e:Entity)
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS mentions, min(date(a.published_at)) AS first_seen,
         max(date(a.published_at)) AS last_seen,
         reduce(all = [], f IN collect(m.forms) | all + f) AS aliases
}
RETURN e.id AS id, properties(e) AS stored,
       {mentions: mentions, first_seen: first_seen, last_seen: last_seen,
        aliases: aliases} AS expected
"""


def _summaries_off(driver: Driver) -> list[str]:
    records, _, _ = driver.execute_query(ENTITIES_RECOMPUTED)
    off = []
    for r in records:
        expected = r["expected"] | {"aliases": sorted(set(r["expected"]["aliases"]))}
        stored = {k: r["stored"].get(k) for k in expected}
        if stored != expected:
            off.append(f"entity summary unlike its mentions: {r['id']} {stored} != {expected}")
    records, _, _ = driver.execute_query(RECOMPUTED, {"symmetric": sorted(SYMMETRIC)})
    for r in records:
        expected = r["expected"] | {
            "modalities": sorted(r["expected"]["modalities"]),
            "sources": sorted(r["expected"]["sources"]),
        }
        stored = {k: r["stored"].get(k) for k in expected}
        if stored != expected:
            off.append(f"summary edge unlike its claims: {r['id']} {stored} != {expected}")
    return off


def reload_fresh(driver: Driver, database: str, extractions: list[Extraction]) -> list[str]:
    """Wipe, load the extractions in order, and fingerprint: the state a correction must reach."""
    driver.execute_query("MATCH (n) WHERE n:Entity OR n:Article OR n:Claim DETACH DELETE n")
    load_extractions(driver, extractions, database=database)
    return fingerprint(driver, IGNORE_INGESTED_AT)


# --- the sample article ---------------------------------------------------------------------


def _evidence(subject: str, relation: str, obj: str, modality: str) -> str:
    """The gold annotation's evidence sentence for a claim of the ONTOLOGY.md table."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["claims"]
    for g in gold:
        if (g["subject"], g["type"], g["object"], g["modality"]) == (
            subject,
            relation,
            obj,
            modality,
        ):
            return str(g["evidence"])
    raise LookupError(f"no gold claim {subject} {relation} {obj} ({modality})")


SAMPLE_ID = "https://www.viewworld.org/?p=2787"
SAMPLE_ENTITIES = [
    entity("person:kim-jong-un", "Kim Jong Un", "Kim Jong Un", "Kim", mentions=14),
    entity("person:vladimir-putin", "Vladimir Putin", "Vladimir Putin", "Putin", mentions=9),
    entity(
        "country:PRK",
        "North Korea",
        "North Korea",
        "North Korean",
        "DPRK",
        "Democratic People’s Republic of Korea",
        "Pyongyang",
        mentions=16,
    ),
    entity("country:RUS", "Russia", "Russia", "Russian", "Moscow", "Kremlin", mentions=15),
    entity("country:UKR", "Ukraine", "Ukraine", "Ukrainian", mentions=4),
    entity("country:USA", "United States", "United States", "U.S.", mentions=4),
    entity("topic:un-sanctions", "UN sanctions", "U.N. sanctions", "the sanctions", mentions=2),
    entity("org:united-nations", "United Nations", "U.N.", mentions=1),
    entity("person:dmitry-peskov", "Dmitry Peskov", "Dmitry Peskov", "Peskov", mentions=3),
    entity("person:sergei-shoigu", "Sergei Shoigu", "Sergei Shoigu", "Shoigu", mentions=2),
    entity("person:oleg-kozhemyako", "Oleg Kozhemyako", mentions=1),
    entity("person:adrienne-watson", "Adrienne Watson", mentions=1),
    entity("person:matthew-miller", "Matthew Miller", mentions=1),
    entity("loc:vladivostok", "Vladivostok", "Vladivostok", "Vladisvostok", mentions=3),
]
NAMES = {e.id: e.name for e in SAMPLE_ENTITIES}

# ONTOLOGY.md's table: (subject, type, object, modality, tense, extras).
SAMPLE_TABLE: list[tuple[str, Relation, str, Modality, Tense, dict[str, Any]]] = [
    ("person:kim-jong-un", Relation.MEETS, "person:vladimir-putin", Modality.PLANNED,
     Tense.FUTURE, {"trigger": "see"}),
    ("person:kim-jong-un", Relation.MEETS, "person:vladimir-putin", Modality.REPORTED,
     Tense.FUTURE, {"trigger": "meet", "attributed_to": "person:dmitry-peskov"}),
    ("country:RUS", Relation.SUPPORTS, "topic:un-sanctions", Modality.ASSERTED, Tense.PAST,
     {"trigger": "supported"}),
    ("person:kim-jong-un", Relation.VISITS, "country:RUS", Modality.ASSERTED, Tense.PAST,
     {"trigger": "rolled into"}),
    ("person:kim-jong-un", Relation.LEADER_OF, "country:PRK", Modality.ASSERTED, Tense.PRESENT,
     {"role": "leader"}),
    ("org:united-nations", Relation.SANCTIONS, "country:PRK", Modality.ASSERTED, Tense.PRESENT,
     {"trigger": "sanctions"}),
    ("country:RUS", Relation.ATTACKS, "country:UKR", Modality.ASSERTED, Tense.PRESENT,
     {"trigger": "war"}),
    ("person:dmitry-peskov", Relation.AFFILIATED_WITH, "country:RUS", Modality.ASSERTED,
     Tense.PRESENT, {"role": "spokesman"}),
    ("person:sergei-shoigu", Relation.VISITS, "country:PRK", Modality.ASSERTED, Tense.PAST,
     {"trigger": "visited", "on": date(2023, 7, 1)}),
    ("country:USA", Relation.ACCUSES, "country:PRK", Modality.ASSERTED, Tense.PAST,
     {"trigger": "accused"}),
    ("country:PRK", Relation.SUPPLIES, "country:RUS", Modality.ALLEGED, Tense.PAST,
     {"trigger": "providing", "items": ["arms"]}),
    ("country:PRK", Relation.SUPPLIES, "country:RUS", Modality.DENIED, Tense.PAST,
     {"trigger": "denied", "items": ["arms"]}),
    ("country:USA", Relation.REQUESTS, "country:PRK", Modality.REPORTED, Tense.PRESENT,
     {"trigger": "urge", "attributed_to": "person:adrienne-watson"}),
    ("country:USA", Relation.THREATENS, "country:PRK", Modality.REPORTED, Tense.FUTURE,
     {"trigger": "impose", "attributed_to": "person:matthew-miller"}),
    ("person:oleg-kozhemyako", Relation.MEETS, "person:kim-jong-un", Modality.ASSERTED,
     Tense.PAST, {"trigger": "met"}),
    ("loc:vladivostok", Relation.LOCATED_IN, "country:RUS", Modality.ASSERTED, Tense.PRESENT,
     {}),
]  # fmt: skip


def sample_extraction() -> Extraction:
    """The sample article's table claims, each with its real evidence sentence from gold.json."""
    wp = json.loads(SAMPLE_WP.read_text(encoding="utf-8"))
    sentences: list[str] = []
    claims: list[Claim] = []
    for s, relation, o, modality, tense, extra in SAMPLE_TABLE:
        sentence = _evidence(NAMES[s], relation, NAMES[o], modality)
        if sentence not in sentences:
            sentences.append(sentence)
        claims.append(
            claim(SAMPLE_ID, sentences.index(sentence), s, relation, o, sentence, modality, tense,
                  **extra)
        )  # fmt: skip
    return Extraction(
        article=Article(
            id=SAMPLE_ID,
            url=wp["link"],
            title=wp["title"]["rendered"],
            source="viewworld.org",
            published_at=datetime.fromisoformat(wp["date_gmt"]).replace(tzinfo=UTC),
            content_hash=hashlib.sha256(wp["content"]["rendered"].encode()).hexdigest(),
            extractor_version="test-1",
        ),
        entities=SAMPLE_ENTITIES,
        claims=claims,
    )


# --- tests ----------------------------------------------------------------------------------


def test_sample_article_claims_read_back_with_evidence(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    extraction = sample_extraction()
    report = load_extractions(clean_graph, [extraction], database=neo4j_settings.database)

    assert report.outcomes == {SAMPLE_ID: Outcome.LOADED}
    assert report.articles[0].claims == len(SAMPLE_TABLE)
    stored = find_claims_of_article(clean_graph, SAMPLE_ID, neo4j_settings.database)
    got = {(c["subject"], c["type"], c["object"], c["modality"]): c for c in stored}
    assert len(got) == len(SAMPLE_TABLE)
    for s, relation, o, modality, tense, extra in SAMPLE_TABLE:
        c = got[(s, relation.value, o, modality.value)]
        assert c["sentence"] == _evidence(NAMES[s], relation, NAMES[o], modality)
        assert c["tense"] == tense.value
        assert c["plover"] == CODING[relation].plover
        assert c["cameo"] == CODING[relation].cameo
        assert c["attributed_to"] == extra.get("attributed_to")
        assert c["role"] == extra.get("role")
        assert c["items"] == extra.get("items", [])
    assert graph_problems(clean_graph) == []


def test_sample_article_direct_edges(clean_graph: Driver, neo4j_settings: Neo4jSettings) -> None:
    load_extractions(clean_graph, [sample_extraction()], database=neo4j_settings.database)

    records, _, _ = clean_graph.execute_query(
        "MATCH (:Person {name:'Kim Jong Un'})-[:MEETS]-(p) RETURN p.name AS name"
    )
    assert {r["name"] for r in records} == {"Vladimir Putin", "Oleg Kozhemyako"}

    records, _, _ = clean_graph.execute_query(
        "MATCH (s:Entity)-[r:MEETS]->(o:Entity {id: 'person:vladimir-putin'}) "
        "RETURN s.id AS s, properties(r) AS r"
    )
    assert len(records) == 1  # two claims, one summary edge
    assert records[0]["s"] == "person:kim-jong-un"  # the smaller id is the subject
    edge = records[0]["r"]
    assert edge["claims"] == 2 and edge["articles"] == 1
    assert edge["modalities"] == ["planned", "reported"]
    assert edge["sources"] == ["viewworld.org"]
    assert (edge["plover"], edge["cameo"]) == ("CONSULT", "04")
    assert str(edge["first_seen"]) == str(edge["last_seen"]) == "2023-09-12"

    # "Oleg Kozhemyako MEETS Kim Jong Un" is symmetric: stored from the smaller id.
    records, _, _ = clean_graph.execute_query(
        "MATCH (s:Entity {id: 'person:kim-jong-un'})-[r:MEETS]->"
        "(o:Entity {id: 'person:oleg-kozhemyako'}) RETURN r.claims AS n"
    )
    assert [r["n"] for r in records] == [1]

    records, _, _ = clean_graph.execute_query(
        "MATCH (:Country {iso3: 'PRK'})-[r:SUPPLIES]->(:Country {iso3: 'RUS'}) "
        "RETURN r.modalities AS m, r.claims AS n, r.plover AS plover"
    )
    assert [(r["m"], r["n"], r["plover"]) for r in records] == [(["alleged", "denied"], 2, "AID")]

    # Kind labels come from the ontology; Vladivostok is a place, never a person.
    records, _, _ = clean_graph.execute_query(
        "MATCH (e:Entity {id: 'loc:vladivostok'}) RETURN labels(e) AS labels"
    )
    assert sorted(records[0]["labels"]) == ["Entity", "Location"]


def test_entity_summaries_and_alias_search(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    load_extractions(clean_graph, [sample_extraction()], database=neo4j_settings.database)
    records, _, _ = clean_graph.execute_query(
        "MATCH (e:Entity {id: 'country:PRK'}) RETURN properties(e) AS e"
    )
    prk = records[0]["e"]
    assert prk["name"] == "North Korea" and prk["kind"] == "Country" and prk["iso3"] == "PRK"
    assert prk["mentions"] == 16
    assert "DPRK" in prk["aliases"] and prk["aliases"] == sorted(prk["aliases"])
    assert str(prk["first_seen"]) == str(prk["last_seen"]) == "2023-09-12"

    # The full-text index covers aliases: an abbreviation finds the canonical node.
    records, _, _ = clean_graph.execute_query(
        "CALL db.index.fulltext.queryNodes('entity_names', 'DPRK') YIELD node RETURN node.id AS id"
    )
    assert [r["id"] for r in records] == ["country:PRK"]


def test_dates_are_stored_as_temporal_values(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    # The loader sends dates as ISO strings for speed; Cypher must store them as dates.
    # 23:30 at UTC-5 is already the next day in UTC: the day kept is the article's own.
    published = datetime(2023, 9, 12, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    x = Extraction(
        article=article("late-article", "late", published=published),
        entities=[POOL[0], POOL[1]],
        claims=[
            claim(
                "late-article",
                0,
                "country:PRK",
                Relation.SUPPLIES,
                "country:RUS",
                "North Korea supplies Russia.",
                on=date(2023, 9, 11),
            )
        ],
    )
    load_extractions(clean_graph, [x], database=neo4j_settings.database)
    records, _, _ = clean_graph.execute_query(
        "MATCH (a:Article)<-[:EXTRACTED_FROM]-(c:Claim)-[:SUBJECT]->(e:Entity {id: 'country:PRK'}),"
        "      (e)-[r:SUPPLIES]->() "
        "RETURN a.published_at AS published, c.date AS claimed, e.first_seen AS first_seen, "
        "       r.first_seen AS edge_first, "
        "       [v IN [a.published_at, a.ingested_at, c.date, e.first_seen, e.last_seen, "
        "              r.first_seen, r.last_seen] | valueType(v)] AS types"
    )
    row = records[0]
    assert row["types"] == ["ZONED DATETIME NOT NULL"] * 2 + ["DATE NOT NULL"] * 5
    assert row["published"].to_native() == published
    assert row["published"].utcoffset() == timedelta(hours=-5)
    assert row["claimed"].to_native() == date(2023, 9, 11)
    assert row["first_seen"].to_native() == date(2023, 9, 12)
    assert row["edge_first"].to_native() == date(2023, 9, 11)


def test_reload_changes_nothing(clean_graph: Driver, neo4j_settings: Neo4jSettings) -> None:
    corpus = [sample_extraction()] + [synthetic(i) for i in range(8)]
    first = load_extractions(clean_graph, corpus, database=neo4j_settings.database, batch_size=3)
    assert first.count(Outcome.LOADED) == len(corpus)
    before = fingerprint(clean_graph)

    again = load_extractions(clean_graph, corpus, database=neo4j_settings.database)

    after = fingerprint(clean_graph)
    assert checksum(after) == checksum(before)
    assert after == before  # counts and every property, ingested_at included
    assert [a.outcome for a in again.articles] == [Outcome.UNCHANGED] * len(corpus)
    assert [a.claims for a in again.articles] == [len(x.claims) for x in corpus]
    assert graph_problems(clean_graph) == []


def test_same_article_twice_in_one_call(clean_graph: Driver, neo4j_settings: Neo4jSettings) -> None:
    x = synthetic(1)
    report = load_extractions(clean_graph, [x, x], database=neo4j_settings.database)
    assert [a.outcome for a in report.articles] == [Outcome.LOADED, Outcome.UNCHANGED]


def test_second_article_saying_the_same_raises_counts(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    sentence = "Putin met Kim."
    extractions = [
        Extraction(
            article=article(
                f"same-{n}",
                sentence,
                published=datetime(2023, 9, 12 + n, tzinfo=UTC),
                source=source,
            ),
            entities=[POOL[5], POOL[6]],
            claims=[
                claim(
                    f"same-{n}",
                    0,
                    "person:vladimir-putin",
                    Relation.MEETS,
                    "person:kim-jong-un",
                    sentence,
                    modality,
                    on=date(2023, 9, 12 + n),
                )
            ],
        )
        for n, (source, modality) in enumerate(
            [
                ("a.example", Modality.ASSERTED),
                ("b.example", Modality.REPORTED),
                ("a.example", Modality.ASSERTED),
            ]
        )
    ]
    load_extractions(clean_graph, extractions, database=neo4j_settings.database)
    records, _, _ = clean_graph.execute_query(
        "MATCH (:Entity {id: 'person:kim-jong-un'})-[r:MEETS]->(:Entity {id: 'person:vladimir-putin'})"
        " RETURN properties(r) AS r"
    )
    edge = records[0]["r"]
    assert (edge["claims"], edge["articles"]) == (3, 3)
    assert edge["sources"] == ["a.example", "b.example"]
    assert edge["modalities"] == ["asserted", "reported"]
    assert (str(edge["first_seen"]), str(edge["last_seen"])) == ("2023-09-12", "2023-09-14")
    records, _, _ = clean_graph.execute_query(
        "MATCH (e:Entity {id: 'person:kim-jong-un'}) RETURN properties(e) AS e"
    )
    kim = records[0]["e"]
    assert kim["mentions"] == 3 and kim["aliases"] == ["Kim", "Kim Jong Un"]
    assert (str(kim["first_seen"]), str(kim["last_seen"])) == ("2023-09-12", "2023-09-14")


def test_corrected_article_replaces_its_claims(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    other = Extraction(
        article=article("other", "other", published=datetime(2023, 9, 10, tzinfo=UTC)),
        entities=[POOL[0], POOL[1]],
        claims=[claim("other", 0, "country:PRK", Relation.SUPPLIES, "country:RUS",
                      "North Korea sends shells to Russia.", Modality.ALLEGED)],
    )  # fmt: skip
    ents = {e.id: e for e in POOL}
    v1 = Extraction(
        article=article("wp-42", "first draft", published=datetime(2023, 9, 12, tzinfo=UTC)),
        entities=[ents[i] for i in ("country:PRK", "country:RUS", "country:JPN", "loc:vladivostok")],
        claims=[
            claim("wp-42", 0, "country:PRK", Relation.SUPPLIES, "country:RUS",
                  "North Korea sold arms to Russia.", Modality.ASSERTED),
            claim("wp-42", 1, "country:JPN", Relation.CRITICIZES, "country:PRK",
                  "Japan condemned North Korea.", Modality.ASSERTED),
            claim("wp-42", 2, "loc:vladivostok", Relation.LOCATED_IN, "country:RUS",
                  "Vladivostok, in Russia.", Modality.ASSERTED),
        ],
    )  # fmt: skip
    # The correction: the sale was only alleged, Japan and Vladivostok are gone, a meeting added.
    v2 = Extraction(
        article=article("wp-42", "corrected", published=datetime(2023, 9, 13, tzinfo=UTC)),
        entities=[ents[i] for i in ("country:PRK", "country:RUS", "person:kim-jong-un",
                                    "person:vladimir-putin")],
        claims=[
            claim("wp-42", 0, "country:PRK", Relation.SUPPLIES, "country:RUS",
                  "North Korea is accused of selling arms to Russia.", Modality.ALLEGED),
            claim("wp-42", 1, "person:vladimir-putin", Relation.MEETS, "person:kim-jong-un",
                  "Putin will meet Kim.", Modality.PLANNED, Tense.FUTURE),
        ],
    )  # fmt: skip
    load_extractions(clean_graph, [other, v1], database=db)

    report = load_extractions(clean_graph, [v2], database=db)

    assert report.outcomes == {"wp-42": Outcome.REPLACED}
    assert (report.articles[0].claims, report.articles[0].removed_claims) == (2, 3)
    assert graph_problems(clean_graph) == []
    stored = find_claims_of_article(clean_graph, "wp-42", db)
    assert [(c["type"], c["modality"]) for c in stored] == [("SUPPLIES", "alleged"),
                                                             ("MEETS", "planned")]  # fmt: skip
    records, _, _ = clean_graph.execute_query(
        "MATCH (e:Entity) WHERE e.id IN ['country:JPN', 'loc:vladivostok'] RETURN e.id AS id"
    )
    assert records == []  # nothing mentions them any more: gone with their edges
    records, _, _ = clean_graph.execute_query(
        "MATCH (:Country {iso3: 'PRK'})-[r:SUPPLIES]->(:Country {iso3: 'RUS'}) "
        "RETURN r.claims AS n, r.modalities AS m"
    )
    assert [(r["n"], r["m"]) for r in records] == [(2, ["alleged"])]
    # Exactly the graph a fresh load of what is true now gives.
    corrected = fingerprint(clean_graph, IGNORE_INGESTED_AT)
    assert reload_fresh(clean_graph, db, [other, v2]) == corrected


def test_correction_keeping_claim_ids_recreates_them(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    # An edit elsewhere in the article leaves a sentence's claim id as it was (ingest derives
    # it from the article, the sentence's index, the pair, type and modality): the correction
    # deletes the old claim and creates the new one under the same id, in one transaction.
    db = neo4j_settings.database
    v1 = synthetic(14)
    edited = v1.claims[0].model_copy(update={"sentence": "The same claim, its sentence edited."})
    v2 = v1.model_copy(
        update={
            "article": v1.article.model_copy(update={"content_hash": "0" * 64}),
            "claims": [edited, *v1.claims[1:]],
        }
    )
    load_extractions(clean_graph, [v1], database=db)

    report = load_extractions(clean_graph, [v2], database=db)

    assert report.outcomes == {v1.article.id: Outcome.REPLACED}
    assert (report.articles[0].claims, report.articles[0].removed_claims) == (
        len(v1.claims),
        len(v1.claims),
    )
    stored = {
        c["id"]: c["sentence"] for c in find_claims_of_article(clean_graph, v1.article.id, db)
    }
    assert stored[edited.id] == "The same claim, its sentence edited."
    assert graph_problems(clean_graph) == []
    corrected = fingerprint(clean_graph, IGNORE_INGESTED_AT)
    assert reload_fresh(clean_graph, db, [v2]) == corrected


def _fail_after_claims_of(bad_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the transaction that writes `bad_id`'s claims fail right after writing them."""
    real_run = loader._run

    def failing_run(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
        rows = real_run(tx, name, **params)
        if name == "create_claims" and any(r["article"] == bad_id for r in params["rows"]):
            tx.run("RETURN 1 / 0 AS boom").consume()  # a Neo4j error, mid-transaction
        return rows

    monkeypatch.setattr(loader, "_run", failing_run)


def test_failed_article_leaves_nothing(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = neo4j_settings.database
    good = [synthetic(1), synthetic(2)]
    bad = synthetic(3).model_copy(
        update={"entities": [*synthetic(3).entities, entity("topic:only-in-bad", "Only in bad")]}
    )
    _fail_after_claims_of(bad.article.id, monkeypatch)

    report = load_extractions(clean_graph, [good[0], bad, good[1]], database=db, batch_size=10)

    assert [a.outcome for a in report.articles] == [Outcome.LOADED, Outcome.FAILED,
                                                    Outcome.LOADED]  # fmt: skip
    assert report.failed[0].article_id == bad.article.id and report.failed[0].error
    records, _, _ = clean_graph.execute_query(
        "OPTIONAL MATCH (a:Article {id: $id}) OPTIONAL MATCH (t:Entity {id: 'topic:only-in-bad'}) "
        "RETURN count(a) AS articles, count(t) AS topics, "
        "       COUNT { MATCH (c:Claim) WHERE c.id IN $claims } AS claims",
        {"id": bad.article.id, "claims": [c.id for c in bad.claims]},
    )
    assert dict(records[0]) == {"articles": 0, "topics": 0, "claims": 0}
    assert graph_problems(clean_graph) == []
    monkeypatch.undo()
    assert fingerprint(clean_graph, IGNORE_INGESTED_AT) == reload_fresh(clean_graph, db, good)


def test_failed_correction_keeps_the_previous_version(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = neo4j_settings.database
    load_extractions(clean_graph, [synthetic(4, 0), synthetic(5, 0)], database=db)
    before = fingerprint(clean_graph)
    _fail_after_claims_of(synthetic(4).article.id, monkeypatch)

    report = load_extractions(clean_graph, [synthetic(4, 1)], database=db)

    assert report.outcomes == {synthetic(4).article.id: Outcome.FAILED}
    assert fingerprint(clean_graph) == before  # old claims, mentions and summaries intact


@pytest.mark.parametrize("same_call", [False, True], ids=["stored-before", "same-batch"])
def test_claim_id_of_another_article_is_refused(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, same_call: bool
) -> None:
    db = neo4j_settings.database
    first, second = synthetic(8), synthetic(9)
    # A claim id names one article's sentence; a second article bringing the same id would,
    # if merged, take over the first one's claim and drop it when itself corrected.
    stolen = second.claims[0].model_copy(update={"id": first.claims[0].id})
    thief = second.model_copy(update={"claims": [stolen, *second.claims[1:]]})
    if not same_call:
        load_extractions(clean_graph, [first], database=db)

    report = load_extractions(
        clean_graph,
        [first, thief, synthetic(10)] if same_call else [thief, synthetic(10)],
        database=db,
    )

    assert report.outcomes[thief.article.id] is Outcome.FAILED
    assert report.count(Outcome.FAILED) == 1
    assert first.claims[0].id in (report.failed[0].error or "")
    records, _, _ = clean_graph.execute_query(
        "MATCH (a:Article {id: $id}) RETURN count(a) AS n", {"id": thief.article.id}
    )
    assert records[0]["n"] == 0
    # The first article's claim, its links and its summaries, as if the thief never came.
    after = fingerprint(clean_graph, IGNORE_INGESTED_AT)
    assert after == reload_fresh(clean_graph, db, [first, synthetic(10)])


def test_invalid_extraction_rejected_before_writing(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    x = synthetic(6)
    # model_construct skips validation, as a buggy caller could; the loader validates again.
    broken = Claim.model_construct(**{**dict(x.claims[0]), "confidence": 7.0})
    bad = Extraction.model_construct(article=x.article, entities=x.entities, claims=[broken])

    report = load_extractions(clean_graph, [bad, synthetic(7)], database=neo4j_settings.database)

    assert [a.outcome for a in report.articles] == [Outcome.FAILED, Outcome.LOADED]
    assert "confidence" in (report.articles[0].error or "")
    records, _, _ = clean_graph.execute_query(
        "MATCH (a:Article {id: $id}) RETURN count(a) AS n", {"id": x.article.id}
    )
    assert records[0]["n"] == 0


def test_overlapping_loads_count_committed_claims(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = neo4j_settings.database
    x, y = (
        Extraction(
            article=article(a, a, published=datetime(2023, 9, 12, tzinfo=UTC)),
            entities=[POOL[0], POOL[1]],
            claims=[
                claim(
                    a,
                    0,
                    "country:PRK",
                    Relation.SUPPLIES,
                    "country:RUS",
                    f"Arms, says {a}.",
                    Modality.ALLEGED,
                )
            ],
        )
        for a in ("race-x", "race-y")
    )
    # Past 50 relationships a node is "dense": Neo4j then lets transactions add relationships to
    # it concurrently, so only the loader's own entity locks keep the counts exact.
    crowd = [
        Extraction(
            article=article(f"crowd-{n}", "", published=datetime(2023, 9, 1, tzinfo=UTC)),
            entities=[POOL[0], POOL[1]],
            claims=[],
        )
        for n in range(60)
    ]
    load_extractions(clean_graph, crowd, database=db)
    paused, release = threading.Event(), threading.Event()
    real_run = loader._run

    def pausing_run(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
        rows = real_run(tx, name, **params)
        if name == "add_to_edges" and threading.current_thread().name == "first":
            paused.set()
            release.wait(timeout=30)  # hold the first load open, its summary not yet committed
        return rows

    monkeypatch.setattr(loader, "_run", pausing_run)
    outcomes: dict[str, Outcome] = {}

    def load(extraction: Extraction) -> None:
        outcomes.update(load_extractions(clean_graph, [extraction], database=db).outcomes)

    first = threading.Thread(name="first", target=load, args=(x,))
    second = threading.Thread(name="second", target=load, args=(y,))
    first.start()
    assert paused.wait(timeout=30)
    second.start()
    # The second must wait for the first's entity locks rather than count the edge's claims
    # without the first's uncommitted one (and then overwrite the first's correct count).
    second.join(timeout=1.5)
    release.set()
    first.join(timeout=30)
    second.join(timeout=30)

    assert outcomes == {"race-x": Outcome.LOADED, "race-y": Outcome.LOADED}
    records, _, _ = clean_graph.execute_query(
        "MATCH (:Country {iso3: 'PRK'})-[r:SUPPLIES]->(:Country {iso3: 'RUS'}) RETURN r.claims AS n"
    )
    assert [r["n"] for r in records] == [2]
    assert graph_problems(clean_graph) == []


WORKER = """
import json, sys
from geokg.graph.db import connect
from geokg.graph.loader import load_extractions
from geokg.graph.models import Extraction
from geokg.graph.settings import get_settings

settings = get_settings()
extractions = [Extraction.model_validate(x) for x in json.loads(sys.stdin.readline())]
with connect(settings) as driver:
    driver.verify_connectivity()
    print("ready", flush=True)
    sys.stdin.readline()  # the go: both workers start writing together
    report = load_extractions(driver, extractions, database=settings.database, batch_size=2)
print(json.dumps({a.article_id: a.outcome for a in report.articles}), flush=True)
"""


def _race(settings: Neo4jSettings, payloads: list[list[Extraction]]) -> list[dict[str, str]]:
    """Load each payload in its own OS process, all released at the same moment."""
    env = {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password.get_secret_value(),
        "NEO4J_DATABASE": settings.database,
    }
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for _ in payloads
    ]
    for worker, payload in zip(workers, payloads, strict=True):
        assert worker.stdin and worker.stdout
        worker.stdin.write(json.dumps([x.model_dump(mode="json") for x in payload]) + "\n")
        worker.stdin.flush()
    for worker in workers:
        assert worker.stdout and worker.stdout.readline().strip() == "ready"
    for worker in workers:
        assert worker.stdin
        worker.stdin.write("go\n")
        worker.stdin.flush()
    outcomes = []
    for worker in workers:
        out, _ = worker.communicate(timeout=300)
        assert worker.returncode == 0, out
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    return outcomes


def test_concurrent_processes_leave_no_duplicates(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    for version in range(3):  # a first load, then two rounds of corrections, all racing
        corpus = [synthetic(i, version) for i in range(18)]
        shared, own = corpus[:12], corpus[12:]
        # Three processes on the same articles, two in the same order (so that they collide on
        # every batch) and one in reverse; all of them on the same entities and summary edges.
        payloads = [shared + own[:3], shared + own[3:], shared[::-1]]

        outcomes = _race(neo4j_settings, payloads)

        assert graph_problems(clean_graph) == [], f"round {version}"
        expected = Outcome.LOADED if version == 0 else Outcome.REPLACED
        for x in corpus:  # each version is written once; whoever comes second finds it there
            got = sorted(o[x.article.id] for o in outcomes if x.article.id in o)
            assert got.count(expected) == 1 and set(got) <= {expected, Outcome.UNCHANGED}, (
                version,
                x.article.id,
                got,
            )
    raced = fingerprint(clean_graph, IGNORE_INGESTED_AT)
    assert raced == reload_fresh(clean_graph, db, corpus), "racing loaders reached another state"


@pytest.mark.parametrize("collector_on", [True, False], ids=["collector-on", "collector-off"])
def test_load_leaves_the_cycle_collector_as_it_found_it(
    clean_graph: Driver,
    neo4j_settings: Neo4jSettings,
    monkeypatch: pytest.MonkeyPatch,
    collector_on: bool,
) -> None:
    # The loader pauses the collector while it checks and writes a batch (see
    # loader._collector_paused); the caller's setting must come back, even after a crash.
    db = neo4j_settings.database
    bad = Extraction.model_construct(
        article=synthetic(11).article, entities=[], claims=synthetic(11).claims
    )

    def crash(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
        raise RuntimeError("not a Neo4j error: the loader does not catch it")

    (gc.enable if collector_on else gc.disable)()
    try:
        report = load_extractions(clean_graph, [synthetic(12), bad], database=db, batch_size=1)
        assert [a.outcome for a in report.articles] == [Outcome.LOADED, Outcome.FAILED]
        assert gc.isenabled() is collector_on
        monkeypatch.setattr(loader, "_run", crash)
        with pytest.raises(RuntimeError, match="not a Neo4j error"):
            load_extractions(clean_graph, [synthetic(13)], database=db)
        assert gc.isenabled() is collector_on
    finally:
        gc.enable()

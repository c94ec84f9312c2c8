"""Schema 3 migrates a graph of schema 2's ids: renamed, merged, or kept and marked for re-reading.

The graph is written by the real loader, with the ids schema 2's slug made (`person:x` for every
Cyrillic name, `loc:odz` for Łódź), then apply_schema runs as at every start.
"""

import hashlib
from datetime import UTC, date, datetime

import pytest
from neo4j import Driver

from geokg.graph.ids import legacy_slug, slug
from geokg.graph.loader import Outcome, load_extractions
from geokg.graph.migrate import STALE_MARK
from geokg.graph.models import Article, Claim, Entity, Extraction
from geokg.graph.ontology import SCHEMA_VERSION, Kind, Modality, Relation, Tense
from geokg.graph.schema import apply_schema, find_schema_version
from geokg.graph.settings import Neo4jSettings

VERSION = "0.1.0"
PUTIN, LAVROV, GAZPROM = "Владимир Путин", "Сергей Лавров", "Газпром"


def _article(n: int, text: str) -> Article:
    return Article(
        id=f"https://example.org/{n}",
        published_at=datetime(2020, 1, n, tzinfo=UTC),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        extractor_version=VERSION,
    )


def _meets(article: Article, subject: str, obj: str, sentence: str) -> Claim:
    key = f"{article.id}|{subject}|{obj}"
    first, second = sorted([subject, obj])  # symmetric: stored with the smaller id first
    return Claim(
        id="claim:" + hashlib.md5(key.encode()).hexdigest(),
        type=Relation.MEETS,
        subject=first,
        object=second,
        modality=Modality.ASSERTED,
        tense=Tense.PAST,
        sentence=sentence,
        sentence_index=0,
        char_start=0,
        char_end=len(sentence),
        date=article.published_at.date(),
        confidence=0.9,
        extractor_version=VERSION,
    )


def _person(entity_id: str, name: str, *aliases: str) -> Entity:
    return Entity(id=entity_id, name=name, kind=Kind.PERSON, aliases=[name, *aliases])


KIM = _person("person:kim-jong-un", "Kim Jong Un")
MORAWIECKI = _person("person:mateusz-morawiecki", "Mateusz Morawiecki")


def _schema2_graph() -> list[Extraction]:
    """Three articles as schema 2 stored them: its slug made every id."""
    old = {name: legacy_slug(name) for name in (PUTIN, LAVROV, GAZPROM, "Łódź", "Łukasz Nowak")}
    assert old[PUTIN] == old[LAVROV] == old[GAZPROM] == "x"
    a1 = _article(1, f"{PUTIN} met Kim Jong Un. {GAZPROM} signed.")
    putin = _person("person:x", PUTIN, "Путин")
    gazprom = Entity(id="org:x", name=GAZPROM, kind=Kind.ORGANIZATION, aliases=[GAZPROM])
    s1 = f"{PUTIN} met Kim Jong Un in Vladivostok."
    a2 = _article(2, f"{LAVROV} visited Łódź.")
    lavrov = _person("person:x", LAVROV)
    lodz_old = Entity(id=f"loc:{old['Łódź']}", name="Łódź", kind=Kind.LOCATION, aliases=["Łódź"])
    s2 = f"{LAVROV} met Mateusz Morawiecki in Łódź."
    a3 = _article(3, "Łukasz Nowak met Mateusz Morawiecki in Lodz.")
    nowak = _person(f"person:{old['Łukasz Nowak']}", "Łukasz Nowak")
    lodz = Entity(id="loc:lodz", name="Lodz", kind=Kind.LOCATION, aliases=["Lodz"])
    s3 = "Łukasz Nowak met Mateusz Morawiecki in Lodz."
    return [
        Extraction(
            article=a1, entities=[putin, KIM, gazprom], claims=[_meets(a1, "person:x", KIM.id, s1)]
        ),
        Extraction(
            article=a2,
            entities=[lavrov, MORAWIECKI, lodz_old],
            claims=[_meets(a2, "person:x", MORAWIECKI.id, s2)],
        ),
        Extraction(
            article=a3,
            entities=[nowak, MORAWIECKI, lodz],
            claims=[_meets(a3, nowak.id, MORAWIECKI.id, s3)],
        ),
    ]


def _ids(driver: Driver) -> set[str]:
    return {r["id"] for r in driver.execute_query("MATCH (e:Entity) RETURN e.id AS id").records}


def _edges(driver: Driver) -> set[tuple[str, str, str, int]]:
    records = driver.execute_query(
        "MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id AS s, type(r) AS t, o.id AS o, r.claims AS n"
    ).records
    return {(r["s"], r["t"], r["o"], r["n"]) for r in records}


@pytest.fixture
def schema2(clean_graph: Driver, neo4j_settings: Neo4jSettings) -> Driver:
    db = neo4j_settings.database
    report = load_extractions(clean_graph, _schema2_graph(), database=db)
    assert not report.failed
    clean_graph.execute_query("MATCH (s:Schema {id: 'geokg'}) SET s.version = 2", database_=db)
    return clean_graph


def test_schema_3_renames_merges_and_marks_what_cannot_be_split(
    schema2: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    assert _ids(schema2) == {
        "person:x",
        "org:x",
        "loc:odz",
        "loc:lodz",
        "person:ukasz-nowak",
        KIM.id,
        MORAWIECKI.id,
    }
    apply_schema(schema2, db)
    assert find_schema_version(schema2, db) == SCHEMA_VERSION == 3
    # Renamed: one name each. Merged: Łódź into the Lodz already stored. Kept: person:x stood
    # for Putin and Lavrov, and which claim was whose is not in the graph.
    assert _ids(schema2) == {
        "person:x",
        "org:gazprom",
        "loc:lodz",
        "person:lukasz-nowak",
        KIM.id,
        MORAWIECKI.id,
    }
    lodz = schema2.execute_query(
        "MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: 'loc:lodz'}) "
        "RETURN e.aliases AS aliases, e.mentions AS mentions, collect(a.id) AS articles"
    ).records[0]
    assert lodz["aliases"] == ["Lodz", "Łódź"] and lodz["mentions"] == 2
    assert sorted(lodz["articles"]) == ["https://example.org/2", "https://example.org/3"]
    # The symmetric claim and its edge now start at the smaller id, lukasz < mateusz.
    assert _edges(schema2) == {
        ("person:kim-jong-un", "MEETS", "person:x", 1),
        ("person:mateusz-morawiecki", "MEETS", "person:x", 1),
        ("person:lukasz-nowak", "MEETS", "person:mateusz-morawiecki", 1),
    }
    subject = schema2.execute_query(
        "MATCH (:Article {id: 'https://example.org/3'})<-[:EXTRACTED_FROM]-(c:Claim)"
        "-[:SUBJECT]->(s) RETURN s.id AS id"
    ).records
    assert [r["id"] for r in subject] == ["person:lukasz-nowak"]
    versions = schema2.execute_query(
        "MATCH (a:Article) RETURN a.id AS id, a.extractor_version AS v ORDER BY id"
    ).records
    assert [r["v"] for r in versions] == [VERSION + STALE_MARK, VERSION + STALE_MARK, VERSION]

    before = (_ids(schema2), _edges(schema2))
    apply_schema(schema2, db)  # at the next start: nothing more to do
    assert (_ids(schema2), _edges(schema2)) == before


def test_a_collapsed_id_is_split_when_its_articles_come_again(
    schema2: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    apply_schema(schema2, db)
    again = []
    for extraction in _schema2_graph()[:2]:  # the same texts, read with the new slug
        renamed = {"person:x": f"person:{slug(extraction.entities[0].name)}"}
        entities = [
            e.model_copy(update={"id": renamed.get(e.id, e.id)}) for e in extraction.entities
        ]
        claims = [
            _meets(
                extraction.article,
                renamed.get(c.subject, c.subject),
                renamed.get(c.object, c.object),
                c.sentence,
            )
            for c in extraction.claims
        ]
        again.append(Extraction(article=extraction.article, entities=entities, claims=claims))
    report = load_extractions(schema2, again, database=db)
    # Same content, same extractor: unchanged, were the articles not marked. They are replaced.
    assert [a.outcome for a in report.articles] == [Outcome.REPLACED, Outcome.REPLACED]
    ids = _ids(schema2)
    assert "person:x" not in ids
    assert {"person:vladimir-putin", "person:sergey-lavrov"} <= ids
    assert ("person:kim-jong-un", "MEETS", "person:vladimir-putin", 1) in _edges(schema2)


def test_a_graph_with_no_old_ids_is_left_as_it_is(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    a = _article(4, "Kim Jong Un met Mateusz Morawiecki.")
    claim = _meets(a, KIM.id, MORAWIECKI.id, "Kim Jong Un met Mateusz Morawiecki.")
    extraction = Extraction(article=a, entities=[KIM, MORAWIECKI], claims=[claim])
    assert not load_extractions(clean_graph, [extraction], database=db).failed
    clean_graph.execute_query("MATCH (s:Schema {id: 'geokg'}) SET s.version = 2", database_=db)
    before = (_ids(clean_graph), _edges(clean_graph))
    apply_schema(clean_graph, db)
    assert (_ids(clean_graph), _edges(clean_graph)) == before
    assert find_schema_version(clean_graph, db) == SCHEMA_VERSION
    assert date(2020, 1, 4)  # the article's day: nothing about it changed


def test_schema_3_gives_articles_their_canonical_url_and_drops_a_story_stored_twice(
    clean_graph: Driver, neo4j_settings: Neo4jSettings
) -> None:
    db = neo4j_settings.database
    sentence = "Kim Jong Un met Mateusz Morawiecki."
    stored = []
    for n, url in [
        (5, "https://example.org/5?utm_source=twitter"),
        (6, "https://Example.org:443/6?fbclid=IwAR0"),  # the same story as the next
        (7, "https://example.org/6"),
    ]:
        article = _article(n, sentence).model_copy(update={"id": url, "url": url})
        claims = [_meets(article, KIM.id, MORAWIECKI.id, sentence)]
        stored.append(Extraction(article=article, entities=[KIM, MORAWIECKI], claims=claims))
    assert not load_extractions(clean_graph, stored, database=db).failed
    assert ("person:kim-jong-un", "MEETS", "person:mateusz-morawiecki", 3) in _edges(clean_graph)
    clean_graph.execute_query("MATCH (s:Schema {id: 'geokg'}) SET s.version = 2", database_=db)

    apply_schema(clean_graph, db)
    articles = clean_graph.execute_query(
        "MATCH (a:Article) OPTIONAL MATCH (a)<-[:EXTRACTED_FROM]-(c:Claim) "
        "RETURN a.id AS id, a.url AS url, count(c) AS claims ORDER BY id"
    ).records
    assert [(r["id"], r["url"], r["claims"]) for r in articles] == [
        ("https://example.org/5", "https://example.org/5", 1),
        ("https://example.org/6", "https://example.org/6", 1),
    ]
    # The duplicate's claim is gone from the edge, and its mention from the entities' counts.
    assert ("person:kim-jong-un", "MEETS", "person:mateusz-morawiecki", 2) in _edges(clean_graph)
    kim = clean_graph.execute_query(
        "MATCH (e:Entity {id: 'person:kim-jong-un'}) RETURN e.mentions AS n"
    ).records
    assert kim[0]["n"] == 2

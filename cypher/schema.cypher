// schema: constraints, indexes and the schema version; every statement is idempotent, so it runs
// at each start. Params: $version (graph.ontology.SCHEMA_VERSION), $symmetric (the relation
// types whose claims may run either way)

// Uniqueness on id makes MERGE safe under concurrent loaders (it locks the index entry).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT schema_id IF NOT EXISTS FOR (s:Schema) REQUIRE s.id IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.published_at);
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX claim_type IF NOT EXISTS FOR (c:Claim) ON (c.type);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);

// Search over every surface form: "DPRK" and "Kim Jong-un" find their canonical nodes.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Version 2: each summary edge names its latest claim (refresh_edges keeps it); a graph loaded
// before gets it here, once. Same order and same claims as refresh_edges.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.claims IS NOT NULL AND r.latest_claim IS NULL
CALL (s, r, o) {
  MATCH (s)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(o)
  WHERE c.type = type(r) AND (type(r) IN $symmetric OR EXISTS { (c)-[:SUBJECT]->(s) })
  RETURN c ORDER BY c.date DESC, c.id LIMIT 1
}
SET r.latest_claim = c.id;

// Version 3: entity ids in any script. Renaming needs the slug, which is Python: apply_schema
// runs graph/migrate.py before these statements when the recorded version is below 3.
MERGE (s:Schema {id: 'geokg'})
SET s.version = $version

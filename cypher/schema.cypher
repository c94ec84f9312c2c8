// schema: constraints, indexes and the schema version; every statement is idempotent, so it runs
// at each start. Params: $version (graph.ontology.SCHEMA_VERSION)

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

MERGE (s:Schema {id: 'geokg'})
SET s.version = $version

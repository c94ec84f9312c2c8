// export_claims: every claim that passes the filters, one flat row each, for /export/claims.
// Params: $entity (an entity id: claims it is subject or object of), $types (list), $modality,
//         $since, $until (ISO dates, on the claim's event date), $source (the publisher),
//         $min_confidence; each null for no filter
// Browser: :params {entity: null, types: null, modality: null, since: null, until: null, source: null, min_confidence: null}
// In claim id order, which the unique index on :Claim(id) gives without sorting (the range
// predicate lets the planner read the index in order): rows stream as they are found, so a
// big export starts at once and neither Neo4j nor the API ever holds it whole.
MATCH (c:Claim)
WHERE c.id >= ''
  AND ($types IS NULL OR c.type IN $types)
  AND ($modality IS NULL OR c.modality = $modality)
  AND ($since IS NULL OR c.date >= date($since))
  AND ($until IS NULL OR c.date <= date($until))
  AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
  AND ($entity IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entity}) })
MATCH (c)-[:EXTRACTED_FROM]->(a:Article)
WHERE $source IS NULL OR a.source = $source
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(sp:Entity)
RETURN c.id AS claim_id,
       s.id AS subject_id, s.name AS subject_name, s.kind AS subject_kind, s.iso3 AS subject_iso3,
       c.type AS relation,
       o.id AS object_id, o.name AS object_name, o.kind AS object_kind, o.iso3 AS object_iso3,
       c.plover AS plover_event, c.cameo AS cameo_root, c.modality AS modality, c.tense AS tense,
       c.date AS event_date, c.confidence AS confidence, c.trigger AS trigger,
       c.role AS role, c.items AS items,
       sp.id AS attributed_to_id, sp.name AS attributed_to_name,
       a.id AS article_id, a.url AS url, a.title AS title, a.source AS publisher,
       a.published_at AS published_at, c.sentence_index AS sentence_index,
       c.char_start AS char_start, c.char_end AS char_end, c.sentence AS sentence,
       c.extractor_version AS extractor_version
ORDER BY c.id

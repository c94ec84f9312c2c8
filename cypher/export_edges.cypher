// export_edges: the edges of /export/graph, one per (subject, type, object), summarised from
// the claims that pass the filters (the same filters as export_claims): with no filter they
// equal the stored summary edges; with one, they count only the claims it lets through.
// Params: $entity, $types, $modality, $since, $until, $source, $min_confidence (null: no
//         filter), $symmetric (symmetric types: one edge per pair, from the smaller id)
// Browser: :params {entity: null, types: null, modality: null, since: null, until: null, source: null, min_confidence: null, symmetric: ["MEETS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH"]}
// Entity by entity in id order (the unique index gives it, no sort), each summing only its own
// claims: edges stream from the first entity on, where one aggregation over every claim would
// send nothing until it had read them all.
MATCH (s:Entity)
WHERE s.id >= ''
CALL (s) {
  MATCH (s)<-[end:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(o:Entity)
  WHERE o <> s
    // The edge leaves its subject; a symmetric one leaves the end with the smaller id.
    AND CASE WHEN c.type IN $symmetric THEN s.id < o.id ELSE type(end) = 'SUBJECT' END
    AND ($types IS NULL OR c.type IN $types)
    AND ($modality IS NULL OR c.modality = $modality)
    AND ($since IS NULL OR c.date >= date($since))
    AND ($until IS NULL OR c.date <= date($until))
    AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
    AND ($entity IS NULL OR s.id = $entity OR o.id = $entity)
  MATCH (c)-[:EXTRACTED_FROM]->(a:Article)
  WHERE $source IS NULL OR a.source = $source
  WITH o, c.type AS type, count(c) AS claims, count(DISTINCT a) AS articles,
       min(c.date) AS first_seen, max(c.date) AS last_seen, max(c.confidence) AS confidence,
       collect(DISTINCT c.modality) AS modalities, collect(DISTINCT nullif(a.source, '')) AS sources
  RETURN o.id AS target, type, claims, articles, first_seen, last_seen, confidence,
         COLLECT { UNWIND modalities AS m RETURN m ORDER BY m } AS modalities,
         COLLECT { UNWIND sources AS x RETURN x ORDER BY x } AS sources
  ORDER BY target, type
}
RETURN s.id AS source, target, type, claims, articles, first_seen, last_seen, confidence,
       modalities, sources
ORDER BY source

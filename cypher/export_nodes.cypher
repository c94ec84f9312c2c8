// export_nodes: the entities of /export/graph, those that take part in at least one claim that
// passes the filters (the same filters as export_claims), in id order.
// Params: $entity, $types, $modality, $since, $until, $source, $min_confidence (null: no filter)
// Browser: :params {entity: null, types: null, modality: null, since: null, until: null, source: null, min_confidence: null}
// The unique index on :Entity(id) gives the order without a sort, so nodes stream at once.
MATCH (e:Entity)
WHERE e.id >= ''
  AND EXISTS {
    MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim)-[:EXTRACTED_FROM]->(a:Article)
    WHERE ($types IS NULL OR c.type IN $types)
      AND ($modality IS NULL OR c.modality = $modality)
      AND ($since IS NULL OR c.date >= date($since))
      AND ($until IS NULL OR c.date <= date($until))
      AND ($min_confidence IS NULL OR c.confidence >= $min_confidence)
      AND ($source IS NULL OR a.source = $source)
      AND ($entity IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Entity {id: $entity}) })
  }
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.iso3 AS iso3,
       e.mentions AS mentions, e.first_seen AS first_seen, e.last_seen AS last_seen
ORDER BY e.id

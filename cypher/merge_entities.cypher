// merge_entities: each entity with its kind label (from graph.ontology.Kind only); the first name
// seen is kept, iso3 is set when given. Params: $rows [{id, name, kind, iso3}] sorted by id
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name
// Setting kind on every row also write-locks an existing node: concurrent loaders touching the
// same entity queue up here, so the summaries recomputed later read committed data only.
SET e:$(row.kind), e.kind = row.kind, e.iso3 = coalesce(row.iso3, e.iso3)

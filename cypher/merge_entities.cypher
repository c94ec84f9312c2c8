// merge_entities: each entity with its kind label (from graph.ontology.Kind only); the first name
// seen is kept, iso3 is set when given; and the batch's new mentions folded into its summary.
// Params: $rows [{id, name, kind, iso3, mentions, first_seen, last_seen, forms}] sorted by id:
//         the new mentions' total count, the first and last of their articles' days (ISO
//         dates, as date(a.published_at)), their surface forms
// Folding in is what refresh_entities would recompute from every article when the entity lost
// no mention in this load (sum, min, max, union); one that did is recomputed after the load's
// writes, which overrides what is set here. The loader sums the new mentions up from the batch,
// so nothing of the entity's other mentions is read.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name
// Setting kind on every row also write-locks an existing node: concurrent loaders touching the
// same entity queue up here, so the summaries recomputed later read committed data only.
SET e:$(row.kind), e.kind = row.kind, e.iso3 = coalesce(row.iso3, e.iso3)
WITH e, row
CALL (e, row) {
  UNWIND [[e.first_seen, e.last_seen], [date(row.first_seen), date(row.last_seen)]] AS v
  RETURN min(v[0]) AS first_seen, max(v[1]) AS last_seen
}
SET e.mentions = coalesce(e.mentions, 0) + row.mentions, e.first_seen = first_seen,
    e.last_seen = last_seen,
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + row.forms AS form
      RETURN DISTINCT form ORDER BY form
    }

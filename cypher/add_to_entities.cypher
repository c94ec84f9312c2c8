// add_to_entities: fold a load's new mentions into their entities' summaries (mentions, aliases,
// first and last seen). Only for entities that lost no mention in this load: then what
// refresh_entities would recompute from every article is the old summary combined with the new
// articles' (sum, union, min, max). The loader sums up the new mentions from what it has just
// written, so nothing of the entity's other mentions is read.
// Params: $rows [{id, mentions, first_seen, last_seen, forms}]: the new mentions' total count,
//         the dates (as date(a.published_at)) of the first and last article, their surface forms
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND [[e.first_seen, e.last_seen], [row.first_seen, row.last_seen]] AS v
  RETURN min(v[0]) AS first_seen, max(v[1]) AS last_seen
}
SET e.mentions = coalesce(e.mentions, 0) + row.mentions, e.first_seen = first_seen,
    e.last_seen = last_seen,
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + row.forms AS form
      RETURN DISTINCT form ORDER BY form
    }

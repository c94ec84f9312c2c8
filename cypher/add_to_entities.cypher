// add_to_entities: fold a load's new mentions into their entities' summaries (mentions, aliases,
// first and last seen). Only for entities that lost no mention in this load: then what
// refresh_entities would recompute from every article is the old summary combined with the new
// articles' (sum, union, min, max), read without touching the entity's other mentions.
// Params: $rows [{id, articles: [ids of this load's articles that mention it]}]
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
CALL (e, row) {
  UNWIND row.articles AS article
  MATCH (a:Article {id: article})-[m:MENTIONS]->(e)
  RETURN sum(m.count) AS mentions, min(date(a.published_at)) AS first,
         max(date(a.published_at)) AS last, collect(m.forms) AS forms
}
// min() and max() skip nulls: an entity new in this load has none yet.
CALL (e, first, last) {
  UNWIND [[e.first_seen, e.last_seen], [first, last]] AS v
  RETURN min(v[0]) AS first_seen, max(v[1]) AS last_seen
}
SET e.mentions = coalesce(e.mentions, 0) + mentions, e.first_seen = first_seen,
    e.last_seen = last_seen,
    e.aliases = COLLECT {
      UNWIND coalesce(e.aliases, []) + reduce(all = [], f IN forms | all + f) AS form
      RETURN DISTINCT form ORDER BY form
    }

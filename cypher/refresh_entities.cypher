// refresh_entities: recompute each entity's summary from the articles that mention it (aliases,
// mentions, first and last seen as dates); delete entities left with no mention and no edge.
// Params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  // Each article's own date, as merge_entities folds it in.
  RETURN count(m) AS articles, sum(m.count) AS mentions, min(date(a.published_at)) AS first,
         max(date(a.published_at)) AS last
}
SET e.mentions = mentions, e.first_seen = first, e.last_seen = last,
    e.aliases = COLLECT {
      MATCH (:Article)-[m:MENTIONS]->(e)
      UNWIND m.forms AS form
      RETURN DISTINCT form ORDER BY form
    }
WITH e, articles
WHERE articles = 0 AND NOT EXISTS { (e)--() }
DELETE e

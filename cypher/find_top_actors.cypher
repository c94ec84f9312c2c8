// find_top_actors: entities by the number of claims they take part in over a period.
// Params: $since, $until (ISO dates or null), $kind (or null), $source (an article's
//         publisher, or null), $limit
// Browser: :params {since: null, until: null, kind: null, source: null, limit: 10}
MATCH (c:Claim)-[:SUBJECT|OBJECT]->(e:Entity)
WHERE ($since IS NULL OR c.date >= date($since)) AND ($until IS NULL OR c.date <= date($until))
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($source IS NULL OR EXISTS { (c)-[:EXTRACTED_FROM]->(:Article {source: $source}) })
WITH e, count(DISTINCT c) AS degree
RETURN e.id AS id, e.name AS name, e.kind AS kind, degree
ORDER BY degree DESC, id
LIMIT $limit

// count_claims_by_day: claims per day and type, a flat series for charts.
// Params: $since, $until (ISO dates or null), $types (list or null), $source (an article's
//         publisher, or null)
// Browser: :params {since: "2023-09-01", until: "2023-09-30", types: null, source: null}
MATCH (c:Claim)
WHERE ($since IS NULL OR c.date >= date($since)) AND ($until IS NULL OR c.date <= date($until))
  AND ($types IS NULL OR c.type IN $types)
  AND ($source IS NULL OR EXISTS { (c)-[:EXTRACTED_FROM]->(:Article {source: $source}) })
RETURN c.date AS day, c.type AS type, count(*) AS claims
ORDER BY day, type

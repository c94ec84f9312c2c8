// count_timeline: claim counts per period and type for one entity, for charts.
// Params: $id, $from, $to (ISO dates or null), $source (an article's publisher, or null),
//         $bucket ('day', 'week' or 'month')
// Browser: :params {id: "person:kim-jong-un", from: null, to: null, source: null, bucket: "month"}
MATCH (e:Entity {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE ($from IS NULL OR c.date >= date($from)) AND ($to IS NULL OR c.date <= date($to))
  AND ($source IS NULL OR EXISTS { (c)-[:EXTRACTED_FROM]->(:Article {source: $source}) })
WITH c, CASE $bucket
          WHEN 'month' THEN date.truncate('month', c.date)
          WHEN 'week' THEN date.truncate('week', c.date)
          ELSE c.date END AS period
RETURN period, c.type AS type, count(DISTINCT c) AS claims
ORDER BY period, type

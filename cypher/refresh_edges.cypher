// refresh_edges: recompute each direct summary edge from its claims in the graph (never by
// increments, so reloads and corrections stay exact); delete edges with no claim left.
// Params: $rows [{subject, type, object, symmetric, plover, cameo}], symmetric pairs ordered
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
// Walk from the end with fewer claims (degrees are stored, not counted): a country is a hub.
WITH s, o, row,
     CASE WHEN COUNT { (s)<-[:SUBJECT|OBJECT]-() } <= COUNT { (o)<-[:SUBJECT|OBJECT]-() }
          THEN [s, o] ELSE [o, s] END AS ends
CALL (s, row, ends) {
  WITH s, row, ends[0] AS near, ends[1] AS far
  // A subquery that sees only `near` has to start from it; one MATCH could start anywhere.
  CALL (near, row) {
    MATCH (near)<-[:SUBJECT|OBJECT]-(c:Claim)
    WHERE c.type = row.type
    RETURN c
  }
  MATCH (c)-[:SUBJECT|OBJECT]->(far)
  // A symmetric claim counts whichever way its sentence put it.
  WHERE row.symmetric OR EXISTS { (c)-[:SUBJECT]->(s) }
  OPTIONAL MATCH (c)-[:EXTRACTED_FROM]->(a:Article)
  // The latest claim is kept on the edge, so that reading an edge's evidence is one lookup.
  WITH c, a ORDER BY c.date DESC, c.id
  RETURN count(c) AS claims, head(collect(c.id)) AS latest_claim, count(DISTINCT a) AS articles, min(c.date) AS first_seen,
         max(c.date) AS last_seen, max(c.confidence) AS confidence,
         collect(DISTINCT c.modality) AS modalities,
         collect(DISTINCT nullif(a.source, '')) AS sources
}
// As in add_to_edges: a one-hop variable-length pattern, never planned as a relationship scan.
OPTIONAL MATCH (s)-[found*1..1]->(o)
WHERE type(found[0]) = row.type
CALL (found, claims) {
  WITH * WHERE claims = 0 AND found IS NOT NULL
  UNWIND found AS r
  DELETE r
}
CALL (s, o, row, found, claims) {
  WITH * WHERE claims > 0 AND found IS NULL
  CREATE (s)-[r:$(row.type)]->(o)
  RETURN r
  UNION
  WITH * WHERE claims > 0 AND found IS NOT NULL
  RETURN found[0] AS r
}
SET r.claims = claims, r.articles = articles, r.first_seen = first_seen,
    r.last_seen = last_seen, r.confidence = confidence, r.plover = row.plover,
    r.cameo = row.cameo, r.latest_claim = latest_claim,
    r.modalities = COLLECT { UNWIND modalities AS m RETURN m ORDER BY m },
    r.sources = COLLECT { UNWIND sources AS x RETURN x ORDER BY x }

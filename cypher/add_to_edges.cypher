// add_to_edges: fold a load's new claims into their summary edges, creating an edge when it is
// the first. Only for edges none of whose stored claims were deleted in this load: then what
// refresh_edges would recompute from all claims is the old summary combined with the new
// claims' (sums, min, max, unions), and reading only the new claims keeps a load's cost
// independent of how much the graph already holds about a pair.
// Params: $rows [{subject, type, object, plover, cameo, claims: [new claim ids]}], symmetric
//         pairs ordered
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CALL (row) {
  UNWIND row.claims AS id
  MATCH (c:Claim {id: id})-[:EXTRACTED_FROM]->(a:Article)
  RETURN count(c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first_seen,
         max(c.date) AS last_seen, max(c.confidence) AS confidence,
         collect(DISTINCT c.modality) AS modalities,
         collect(DISTINCT nullif(a.source, '')) AS sources
}
// Not MERGE: with a dynamic type, MERGE was planned as a scan of every relationship while the
// graph was new (its statistics near zero), for the first seconds of each bulk load. A one-hop
// variable-length pattern is always planned as an expansion between s and o. Both ends are
// write-locked (merge_entities), so no other load can create the edge in between.
OPTIONAL MATCH (s)-[found*1..1]->(o)
WHERE type(found[0]) = row.type
CALL (s, o, row, found) {
  WITH * WHERE found IS NULL
  CREATE (s)-[r:$(row.type)]->(o)
  RETURN r
  UNION
  WITH * WHERE found IS NOT NULL
  RETURN found[0] AS r
}
WITH row, r, claims, articles, first_seen, last_seen, confidence, modalities, sources
// min() and max() skip nulls: a new edge, or claims with no date, keep what is known.
CALL (r, first_seen, last_seen, confidence) {
  UNWIND [[r.first_seen, r.last_seen, r.confidence], [first_seen, last_seen, confidence]] AS v
  RETURN min(v[0]) AS first, max(v[1]) AS last, max(v[2]) AS best
}
// The same order as refresh_edges, between the edge's latest claim and the new ones.
CALL (r, row) {
  UNWIND row.claims + CASE WHEN r.latest_claim IS NULL THEN [] ELSE [r.latest_claim] END AS id
  MATCH (c:Claim {id: id})
  RETURN c.id AS latest ORDER BY c.date DESC, c.id LIMIT 1
}
SET r.claims = coalesce(r.claims, 0) + claims, r.articles = coalesce(r.articles, 0) + articles,
    r.first_seen = first, r.last_seen = last, r.confidence = best, r.plover = row.plover,
    r.cameo = row.cameo, r.latest_claim = latest,
    r.modalities = COLLECT { UNWIND coalesce(r.modalities, []) + modalities AS m
                             RETURN DISTINCT m ORDER BY m },
    r.sources = COLLECT { UNWIND coalesce(r.sources, []) + sources AS x
                          RETURN DISTINCT x ORDER BY x }

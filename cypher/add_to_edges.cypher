// add_to_edges: fold a load's new claims into their summary edges, creating an edge when it is
// the first. Only for edges none of whose stored claims were deleted in this load: then what
// refresh_edges would recompute from all claims is the old summary combined with the new
// claims' (sums, min, max, unions). The loader sums up the new claims from what it has just
// written, so this statement reads no claim back, and a load's cost does not depend on how much
// the graph already holds about a pair.
// Params: $rows [{subject, type, object, plover, cameo, claims, articles, first_seen,
//         last_seen, confidence, modalities, sources, latest_claim, latest_date}]: the new
//         claims' count, distinct articles, dates, best confidence, sets, and the newest of
//         them (latest date, then smallest id); dates as ISO strings (the driver packs a
//         string in Rust, a date in Python); symmetric pairs ordered
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
// Not MERGE: with a dynamic type, MERGE was planned as a scan of every relationship while the
// graph was new (its statistics near zero), for the first seconds of each bulk load. A one-hop
// variable-length pattern is always planned as an expansion between s and o. Both ends are
// locked by merge_entities, so no other load can create the same edge in between.
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
// The edge's latest claim stays unless a new one is later (or as late, with a smaller id),
// the order refresh_edges sorts by.
OPTIONAL MATCH (held:Claim {id: r.latest_claim})
WITH row, r,
     CASE WHEN held IS NULL OR date(row.latest_date) > held.date
               OR (date(row.latest_date) = held.date AND row.latest_claim < held.id)
          THEN row.latest_claim ELSE held.id END AS latest
CALL (r, row) {
  UNWIND [[r.first_seen, r.last_seen, r.confidence],
          [date(row.first_seen), date(row.last_seen), row.confidence]] AS v
  RETURN min(v[0]) AS first, max(v[1]) AS last, max(v[2]) AS best
}
SET r.claims = coalesce(r.claims, 0) + row.claims,
    r.articles = coalesce(r.articles, 0) + row.articles,
    r.first_seen = first, r.last_seen = last, r.confidence = best, r.plover = row.plover,
    r.cameo = row.cameo, r.latest_claim = latest,
    r.modalities = COLLECT { UNWIND coalesce(r.modalities, []) + row.modalities AS m
                             RETURN DISTINCT m ORDER BY m },
    r.sources = COLLECT { UNWIND coalesce(r.sources, []) + row.sources AS x
                          RETURN DISTINCT x ORDER BY x }

// find_paths: shortest paths between two entities over summary edges, each hop with its claims.
// Params: $from, $to (entity ids), $max_hops (1..6), $types (relation types to walk), $limit
// Browser: :params {from: "person:kim-jong-un", to: "country:UKR", max_hops: 4, limit: 10, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN*..6]-(b))
WHERE length(p) <= $max_hops AND all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT $limit
// Each hop's evidence read from its two ends, so the claims of one type are never all scanned.
CALL (p) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS r
  WITH i, r, startNode(r) AS x, endNode(r) AS y
  WITH i, r, x, y, COLLECT {
    MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y)
    WHERE c.type = type(r)
    RETURN c {.id, .sentence, .modality, .date} ORDER BY c.date DESC, c.id LIMIT 3
  } AS evidence
  ORDER BY i
  RETURN collect({type: type(r), subject: x.id, object: y.id, claims: r.claims,
                  modalities: r.modalities, evidence: evidence}) AS hops
}
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes, hops

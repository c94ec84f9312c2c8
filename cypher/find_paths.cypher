// find_paths: shortest paths between two entities over summary edges, each hop with its claims.
// Params: $from, $to (entity ids), $max_hops (1..6), $types (relation types to walk), $limit
// Browser: :params {from: "person:kim-jong-un", to: "country:UKR", max_hops: 4, limit: 10, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $max_hops AND all(r IN relationships(p) WHERE type(r) IN $types)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .name, .kind}] AS nodes,
       [r IN relationships(p) | {type: type(r), subject: startNode(r).id, object: endNode(r).id,
         claims: r.claims, modalities: r.modalities,
         evidence: COLLECT {
           MATCH (c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
           WHERE c.type = type(r) AND {s: s, o: o} IN [{s: startNode(r), o: endNode(r)},
                                                         {s: endNode(r), o: startNode(r)}]
           RETURN c {.id, .sentence, .modality, .date} ORDER BY c.date DESC, c.id LIMIT 3
         }}] AS hops

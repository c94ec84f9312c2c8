// find_graph: the node-link neighbourhood of an entity, for dashboards and the explorer.
// Params: $id, $depth (1..3), $types (relation types to walk), $limit (max nodes)
// Browser: :params {id: "person:kim-jong-un", depth: 1, limit: 150, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
MATCH (e:Entity {id: $id})
OPTIONAL MATCH p = (e)-[rels*1..3]-(n:Entity)
WHERE length(p) <= $depth AND all(r IN rels WHERE type(r) IN $types)
WITH e, n, min(length(p)) AS hops
ORDER BY hops, n.mentions DESC, n.id
WITH e, collect(n)[..$limit] AS others
WITH [e] + [x IN others WHERE x IS NOT NULL] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN nodes AND type(r) IN $types
WITH nodes, collect(DISTINCT r) AS rels
RETURN [x IN nodes | x {.id, .name, .kind, .mentions}] AS nodes,
       [r IN rels WHERE r IS NOT NULL | {id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id,
         source: startNode(r).id, target: endNode(r).id, type: type(r), claims: r.claims,
         modalities: r.modalities, confidence: r.confidence}] AS links

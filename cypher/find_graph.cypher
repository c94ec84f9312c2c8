// find_graph: the node-link neighbourhood of an entity, for dashboards and the explorer.
// Params: $id, $depth (1..3), $types (relation types to walk), $limit (max nodes)
// Browser: :params {id: "person:kim-jong-un", depth: 1, limit: 150, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
// The neighbours are chosen as find_neighbors chooses them (breadth first, nearest first, then
// by mentions); the summary types are spelled out for the same reason as there.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e
  RETURN collect(DISTINCT n) AS level1
}
CALL (e, level1) {
  WITH * WHERE $depth >= 2 AND size(level1) < $limit
  UNWIND level1 AS near
  MATCH (near)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e AND NOT n IN level1
  RETURN collect(DISTINCT n) AS level2
}
CALL (e, level1, level2) {
  WITH * WHERE $depth >= 3 AND size(level1) + size(level2) < $limit
  UNWIND level2 AS near
  MATCH (near)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e AND NOT n IN level1 AND NOT n IN level2
  RETURN collect(DISTINCT n) AS level3
}
CALL (level1, level2, level3) {
  UNWIND [[1, level1], [2, level2], [3, level3]] AS level
  UNWIND level[1] AS n
  WITH n, level[0] AS hops
  ORDER BY hops, n.mentions DESC, n.id
  LIMIT $limit
  RETURN collect(n) AS others
}
WITH [e] + others AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]->(b:Entity)
WHERE b IN nodes AND type(r) IN $types
WITH nodes, collect(DISTINCT r) AS rels
RETURN [x IN nodes | x {.id, .name, .kind, .mentions}] AS nodes,
       [r IN rels WHERE r IS NOT NULL | {id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id,
         source: startNode(r).id, target: endNode(r).id, type: type(r), claims: r.claims,
         modalities: r.modalities, confidence: r.confidence}] AS links

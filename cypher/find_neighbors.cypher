// find_neighbors: the entities within $depth hops of one entity over summary edges.
// Params: $id, $depth (1..3), $types (relation types to walk), $limit
// Browser: :params {id: "person:kim-jong-un", depth: 2, limit: 50, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
MATCH (e:Entity {id: $id})
MATCH p = (e)-[rels*1..3]-(n:Entity)
WHERE length(p) <= $depth AND n <> e
  AND all(r IN rels WHERE type(r) IN $types)
WITH n, min(length(p)) AS hops
ORDER BY hops, n.mentions DESC, n.id
LIMIT $limit
RETURN n {.id, .name, .kind, .mentions} AS entity, hops

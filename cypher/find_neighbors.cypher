// find_neighbors: the entities within $depth hops of one entity over summary edges, nearest
// first, then by mentions. Returns one record, `items`.
// Params: $id, $depth (1..3), $types (relation types to walk), $source (walk only edges with a
//         claim from this publisher, or null for all), $limit
// Browser: :params {id: "person:kim-jong-un", depth: 2, limit: 50, source: null, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
//
// Breadth first, one level at a time over distinct nodes. A variable-length pattern would
// enumerate every path up to the bound (its bound cannot be a parameter), which around a hub
// country is millions. A level is only walked while the nearer ones hold fewer than $limit
// entities: nearer always ranks first, so the farther one could not make the cut.
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e AND ($source IS NULL OR $source IN r.sources)
  RETURN collect(DISTINCT n) AS level1
}
CALL (e, level1) {
  WITH * WHERE $depth >= 2 AND size(level1) < $limit
  UNWIND level1 AS near
  MATCH (near)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e AND NOT n IN level1
    AND ($source IS NULL OR $source IN r.sources)
  RETURN collect(DISTINCT n) AS level2
}
CALL (e, level1, level2) {
  WITH * WHERE $depth >= 3 AND size(level1) + size(level2) < $limit
  UNWIND level2 AS near
  MATCH (near)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WHERE type(r) IN $types AND n <> e AND NOT n IN level1 AND NOT n IN level2
    AND ($source IS NULL OR $source IN r.sources)
  RETURN collect(DISTINCT n) AS level3
}
UNWIND [[1, level1], [2, level2], [3, level3]] AS level
UNWIND level[1] AS n
WITH n, level[0] AS hops
ORDER BY hops, n.mentions DESC, n.id
LIMIT $limit
// One record holding the list, in order (graph.reads: the driver's cost is per record).
RETURN collect({entity: n {.id, .name, .kind, .mentions}, hops: hops}) AS items

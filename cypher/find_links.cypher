// find_links: a set of entities as a node-link graph, with the summary edges among them; for
// /graph, which takes the centre and the neighbours find_neighbors chose.
// Params: $ids (entity ids, in the order the nodes should come), $types (relation types),
//         $source (only edges with a claim from this publisher, or null for all)
// Browser: :params {ids: ["person:kim-jong-un", "person:vladimir-putin", "country:RUS"], source: null, types: ["MEETS", "VISITS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH", "SUPPORTS", "OPPOSES", "CRITICIZES", "ACCUSES", "REQUESTS", "THREATENS", "SANCTIONS", "SUPPLIES", "ATTACKS", "INVITES", "LEADER_OF", "AFFILIATED_WITH", "PART_OF", "LOCATED_IN"]}
// The summary types are spelled out, as in find_neighbors: an expansion by named types reads
// only those relationships of a node, not every claim and mention of a hub.
UNWIND range(0, size($ids) - 1) AS i
MATCH (a:Entity {id: $ids[i]})
WITH a ORDER BY i
WITH collect(a) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]->(b:Entity)
WHERE b IN nodes AND type(r) IN $types AND ($source IS NULL OR $source IN r.sources)
WITH nodes, collect(DISTINCT r) AS rels
RETURN [x IN nodes | x {.id, .name, .kind, .mentions}] AS nodes,
       [r IN rels | {id: startNode(r).id + '|' + type(r) + '|' + endNode(r).id,
         source: startNode(r).id, target: endNode(r).id, type: type(r), claims: r.claims,
         modalities: r.modalities, confidence: r.confidence}] AS links

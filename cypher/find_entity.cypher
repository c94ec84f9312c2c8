// find_entity: one entity by id with its roles and its top relations by claim count.
// Params: $id (e.g. "country:PRK"), $top (how many relations)
// Browser: :params {id: "person:kim-jong-un", top: 10}
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
MATCH (e:Entity {id: $id})
// Roles through the summary edges first: a country is the subject of thousands of claims and
// of no LEADER_OF or AFFILIATED_WITH edge; each pair's claims are then read from its smaller end.
CALL (e) {
  OPTIONAL MATCH (e)-[:LEADER_OF|AFFILIATED_WITH]->(o:Entity)
  OPTIONAL MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o)
  WHERE c.type IN ['LEADER_OF', 'AFFILIATED_WITH'] AND c.role IS NOT NULL
  WITH c, o WHERE c IS NOT NULL
  RETURN collect(DISTINCT {type: c.type, role: c.role, of: o.id, of_name: o.name}) AS roles
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
  WITH r, n, startNode(r) = e AS outgoing WHERE r IS NOT NULL
  ORDER BY r.claims DESC, type(r), n.id
  LIMIT $top
  RETURN collect({type: type(r), direction: CASE WHEN outgoing THEN 'out' ELSE 'in' END,
                  other: n.id, other_name: n.name, other_kind: n.kind, claims: r.claims,
                  articles: r.articles}) AS relations
}
RETURN e {.id, .name, .kind, .aliases, .iso3, .mentions, .first_seen, .last_seen} AS entity,
       roles, relations

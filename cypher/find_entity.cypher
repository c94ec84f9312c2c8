// find_entity: one entity by id with its roles and its top relations by claim count.
// Params: $id (e.g. "country:PRK"), $top (how many relations)
// Browser: :params {id: "person:kim-jong-un", top: 10}
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)<-[:SUBJECT]-(c:Claim)
  WHERE c.type IN ['LEADER_OF', 'AFFILIATED_WITH'] AND c.role IS NOT NULL
  OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
  WITH c, o WHERE c IS NOT NULL
  RETURN collect(DISTINCT {type: c.type, role: c.role, of: o.id, of_name: o.name}) AS roles
}
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(n:Entity)
  WITH r, n, startNode(r) = e AS outgoing WHERE r IS NOT NULL
  ORDER BY r.claims DESC, type(r), n.id
  LIMIT $top
  RETURN collect({type: type(r), direction: CASE WHEN outgoing THEN 'out' ELSE 'in' END,
                  other: n.id, other_name: n.name, other_kind: n.kind, claims: r.claims,
                  articles: r.articles}) AS relations
}
RETURN e {.id, .name, .kind, .aliases, .iso3, .mentions, .first_seen, .last_seen} AS entity,
       roles, relations

// find_entity_claim_edges: the (subject, type, object) of every claim at the given entities,
// each once: the summary edges those claims make. Params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)
WITH DISTINCT c
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
RETURN DISTINCT s.id AS subject, c.type AS type, o.id AS object
ORDER BY subject, type, object

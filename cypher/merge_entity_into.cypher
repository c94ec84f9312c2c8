// merge_entity_into: fold one entity into another that stands for the same name: its mentions
// (counts added, surface forms joined), its claims' SUBJECT, OBJECT and ATTRIBUTED_TO links;
// its summary edges are deleted, for the caller to rebuild from the claims, and the node goes.
// Returns how many were merged. Params: $old, $new
MATCH (old:Entity {id: $old}), (new:Entity {id: $new})
CALL (old, new) {
  MATCH (a:Article)-[m:MENTIONS]->(old)
  MERGE (a)-[n:MENTIONS]->(new)
  ON CREATE SET n.count = 0, n.forms = []
  WITH m, n
  SET n.count = n.count + m.count,
      n.forms = COLLECT { UNWIND n.forms + m.forms AS f RETURN DISTINCT f ORDER BY f }
  DELETE m
}
CALL (old, new) {
  MATCH (c:Claim)-[r:SUBJECT]->(old)
  CREATE (c)-[:SUBJECT]->(new)
  DELETE r
}
CALL (old, new) {
  MATCH (c:Claim)-[r:OBJECT]->(old)
  CREATE (c)-[:OBJECT]->(new)
  DELETE r
}
CALL (old, new) {
  MATCH (c:Claim)-[r:ATTRIBUTED_TO]->(old)
  CREATE (c)-[:ATTRIBUTED_TO]->(new)
  DELETE r
}
DETACH DELETE old
RETURN count(*) AS merged

// flip_symmetric_claims: claims of a symmetric type whose subject no longer has the smaller id
// (its entity was renamed) swap SUBJECT and OBJECT, as ONTOLOGY.md stores them; such a claim
// reads the same either way. Returns how many were flipped. Params: $ids, $symmetric
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE c.type IN $symmetric
WITH DISTINCT c
MATCH (c)-[rs:SUBJECT]->(s:Entity), (c)-[ro:OBJECT]->(o:Entity)
WHERE o.id < s.id
CREATE (c)-[:SUBJECT]->(o), (c)-[:OBJECT]->(s)
DELETE rs, ro
RETURN count(c) AS flipped

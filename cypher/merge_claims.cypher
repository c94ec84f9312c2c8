// merge_claims: each claim with its evidence, linked to its subject, object, article and speaker;
// returns how many were written so that the caller can check none was dropped.
// Params: $rows [{article, subject, object, attributed_to, props: {id, type, plover, ...}}],
//         props.date an ISO date string
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (c:Claim {id: row.props.id})
SET c = row.props, c.date = date(row.props.date)
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (c)-[:EXTRACTED_FROM]->(a)
WITH c, row
CALL (c, row) {
  MATCH (speaker:Entity {id: row.attributed_to})
  MERGE (c)-[:ATTRIBUTED_TO]->(speaker)
}
RETURN count(c) AS claims

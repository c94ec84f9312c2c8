// create_claims: each claim with its evidence, linked to its subject, object, article and speaker;
// returns how many were written so that the caller can check none was dropped.
// Params: $rows [{article, subject, object, attributed_to, props: {id, type, plover, ...}}],
//         props.date an ISO date string
// Only for the claims of articles that are new or whose old claims this transaction deleted, so
// none of them exists yet: CREATE, where MERGE would look each claim and link up first. A claim
// id that another article holds breaks the uniqueness constraint, naming the id, and this
// article fails; merged, it would take over the other article's claim.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CREATE (c:Claim)
SET c = row.props, c.date = date(row.props.date)
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:EXTRACTED_FROM]->(a)
WITH c, row
CALL (c, row) {
  MATCH (speaker:Entity {id: row.attributed_to})
  CREATE (c)-[:ATTRIBUTED_TO]->(speaker)
}
RETURN count(c) AS claims

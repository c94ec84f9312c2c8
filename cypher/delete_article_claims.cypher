// delete_article_claims: the claims of articles whose content changed, returning the summary
// edges they fed so that those can be recomputed. Params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:EXTRACTED_FROM]-(c:Claim)-[:SUBJECT]->(s:Entity),
      (c)-[:OBJECT]->(o:Entity)
WITH id, c, c.type AS type, s.id AS subject, o.id AS object
DETACH DELETE c
RETURN id, type, subject, object

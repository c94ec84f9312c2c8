// delete_article_mentions: the MENTIONS of articles whose content changed, returning the entities
// they pointed at so that their summaries can be recomputed. Params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
WITH m, e.id AS entity
DELETE m
RETURN DISTINCT entity

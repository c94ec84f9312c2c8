// create_mentions: which entities each article mentions, how often and in which surface forms.
// Params: $rows [{article, entity, count, forms}], one per article and entity
// Only for articles that are new or whose old mentions this transaction deleted, so no MENTIONS
// of theirs exists: CREATE, where MERGE would first look through the entity's links.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS {count: row.count, forms: row.forms}]->(e)

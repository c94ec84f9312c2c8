// merge_mentions: which entities each article mentions, how often and in which surface forms.
// Params: $rows [{article, entity, count, forms}]
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.forms = row.forms

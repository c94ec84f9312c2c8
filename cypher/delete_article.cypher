// delete_article: an article node whose claims and mentions are already deleted (a duplicate of
// a story stored under its canonical URL). Params: $id
MATCH (a:Article {id: $id})
DETACH DELETE a

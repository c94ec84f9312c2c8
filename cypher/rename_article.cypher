// rename_article: give an article its canonical URL as id and url when no other article holds
// it; returns how many were renamed (0: the same story is stored twice). Params: $old, $new
MATCH (a:Article {id: $old})
WHERE NOT EXISTS { MATCH (:Article {id: $new}) }
SET a.id = $new, a.url = $new
RETURN count(a) AS renamed

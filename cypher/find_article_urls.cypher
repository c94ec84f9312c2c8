// find_article_urls: the ids of articles identified by their URL, for the version 3 migration
// to put them in canonical form (graph/migrate.py). Params: none
MATCH (a:Article)
WHERE a.url IS NOT NULL AND a.id = a.url
RETURN a.id AS id
ORDER BY id

// mark_articles_stale: the articles that mention the given entities get an extractor version no
// extractor has, so that the next ingest of each re-extracts it rather than skip it as
// unchanged; returns how many were marked. Params: $ids, $mark
UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
WITH DISTINCT a
WHERE NOT coalesce(a.extractor_version, '') ENDS WITH $mark
SET a.extractor_version = coalesce(a.extractor_version, '') + $mark
RETURN count(a) AS marked

// find_articles: articles newest first, by publisher and date. Params: $source, $since, $skip, $limit
// Browser: :params {source: null, since: null, skip: 0, limit: 20}
MATCH (a:Article)
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR a.published_at >= datetime($since))
RETURN a {.id, .url, .title, .source, .published_at, .language, .extractor_version} AS article
ORDER BY a.published_at DESC, a.id
SKIP $skip LIMIT $limit

// merge_articles: each article's metadata; ingested_at is when this content was first loaded.
// Params: $rows [{id, url, title, source, published_at, language, content_hash,
//         extractor_version, ingested_at}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row

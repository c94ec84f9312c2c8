// merge_articles: each article's metadata; ingested_at is when this content was first loaded
// (the transaction's time, one for the whole batch).
// Params: $rows [{id, url, title, source, published_at, language, content_hash,
//         extractor_version}]: published_at as an ISO 8601 string with its offset
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a = row {.*, published_at: datetime(row.published_at), ingested_at: datetime.transaction()}

// find_article_hashes: what is stored of each given article (content hash, extractor version and
// claim count), so that a bulk ingest skips unchanged articles before any NLP. Articles not
// stored are absent. Params: $ids
// Browser: :params {ids: ["https://www.viewworld.org/?p=2787"]}
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.content_hash IS NOT NULL
RETURN a.id AS id, a.content_hash AS content_hash, a.extractor_version AS extractor_version,
       COUNT { (a)<-[:EXTRACTED_FROM]-(:Claim) } AS claims

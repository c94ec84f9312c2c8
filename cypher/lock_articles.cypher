// lock_articles: create or write-lock each article (ids sorted, so loaders lock in one order) and
// return what is stored of it: a concurrent load of the same article waits here, then sees the
// content hash this one wrote. Params: $ids
UNWIND $ids AS id
MERGE (a:Article {id: id})
// Setting a property, even to its own value, takes the node's write lock; reads below follow it.
SET a.id = id
RETURN id, a.content_hash AS content_hash, a.extractor_version AS extractor_version,
       COUNT { (a)<-[:EXTRACTED_FROM]-(:Claim) } AS claims

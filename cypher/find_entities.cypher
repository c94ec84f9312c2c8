// find_entities: entities whose name or aliases match a full-text query, best match first,
// salience (mentions) breaking near-ties, so "kim" finds Kim Jong Un first.
// Params: $q (Lucene query, escaped by the caller), $kind (label or null), $skip, $limit
// Browser: :params {q: "kim", kind: null, skip: 0, limit: 10}
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WHERE $kind IS NULL OR node.kind = $kind
WITH node, score * log(2.0 + coalesce(node.mentions, 0)) AS rank
RETURN node {.id, .name, .kind, .aliases, .iso3, .mentions, .first_seen, .last_seen} AS entity,
       rank
ORDER BY rank DESC, node.id
SKIP $skip LIMIT $limit

// find_entities_by_salience: entities by mentions, for an empty search. Params: $kind, $skip, $limit
// Browser: :params {kind: "Person", skip: 0, limit: 10}
MATCH (node:Entity)
WHERE $kind IS NULL OR node.kind = $kind
RETURN node {.id, .name, .kind, .aliases, .iso3, .mentions, .first_seen, .last_seen} AS entity,
       toFloat(coalesce(node.mentions, 0)) AS rank
ORDER BY rank DESC, node.id
SKIP $skip LIMIT $limit

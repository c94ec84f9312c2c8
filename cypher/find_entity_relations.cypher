// find_entity_relations: the summary edges of an entity with counts and the latest evidence.
// Params: $id, $types (list or null), $direction ('out', 'in' or 'both'), $modality (or null),
//         $since, $until (ISO dates or null), $min_confidence (or null), $skip, $limit,
//         $symmetric (the symmetric types: their claims may run either way)
// Browser: :params {id: "person:kim-jong-un", types: null, direction: "both", modality: null, since: null, until: null, min_confidence: null, skip: 0, limit: 50, symmetric: ["MEETS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH"]}
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = e))
  AND ($modality IS NULL OR $modality IN r.modalities)
  AND ($since IS NULL OR r.last_seen >= date($since))
  AND ($until IS NULL OR r.first_seen <= date($until))
  AND ($min_confidence IS NULL OR r.confidence >= $min_confidence)
CALL (r, e, n) {
  MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity), (c)-[:EXTRACTED_FROM]->(a:Article)
  WHERE c.type = type(r)
    AND ((s = startNode(r) AND o = endNode(r))
         OR (type(r) IN $symmetric AND s = endNode(r) AND o = startNode(r)))
  RETURN c, a ORDER BY c.date DESC, c.id LIMIT 1
}
RETURN type(r) AS type, startNode(r).id AS subject, endNode(r).id AS object,
       n {.id, .name, .kind} AS other, r.claims AS claims, r.articles AS articles,
       r.sources AS sources, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.confidence AS confidence, r.modalities AS modalities,
       c {.id, .sentence, .modality, .tense, .date, .trigger, .confidence, article: a.id,
          article_title: a.title, article_url: a.url} AS latest_evidence
ORDER BY claims DESC, type, other.id
SKIP $skip LIMIT $limit

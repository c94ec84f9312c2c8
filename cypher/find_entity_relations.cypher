// find_entity_relations: the summary edges of an entity with counts and the latest evidence.
// Params: $id, $types (list or null), $direction ('out', 'in' or 'both'), $modality (or null),
//         $since, $until (ISO dates or null), $min_confidence (or null), $skip, $limit
// The latest evidence is the claim refresh_edges recorded on the edge.
// Browser: :params {id: "person:kim-jong-un", types: null, direction: "both", modality: null, since: null, until: null, min_confidence: null, skip: 0, limit: 50}
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
MATCH (e:Entity {id: $id})-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = e))
  AND ($modality IS NULL OR $modality IN r.modalities)
  AND ($since IS NULL OR r.last_seen >= date($since))
  AND ($until IS NULL OR r.first_seen <= date($until))
  AND ($min_confidence IS NULL OR r.confidence >= $min_confidence)
WITH e, r, n ORDER BY r.claims DESC, type(r), n.id SKIP $skip LIMIT $limit
OPTIONAL MATCH (c:Claim {id: r.latest_claim})-[:EXTRACTED_FROM]->(a:Article)
RETURN type(r) AS type, startNode(r).id AS subject, endNode(r).id AS object,
       n {.id, .name, .kind} AS other, r.claims AS claims, r.articles AS articles,
       r.sources AS sources, r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.confidence AS confidence, r.modalities AS modalities,
       c {.id, .sentence, .modality, .tense, .date, .trigger, .confidence, article: a.id,
          article_title: a.title, article_url: a.url} AS latest_evidence
ORDER BY claims DESC, type, other.id

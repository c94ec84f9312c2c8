// find_entity_relations: the summary edges of an entity with counts and the latest evidence.
// Params: $id, $types (list or null), $direction ('out', 'in' or 'both'), $modality (or null),
//         $since, $until (ISO dates or null), $min_confidence (or null), $skip, $limit
// The latest evidence is the claim the loader recorded on the edge. Returns one record,
// `items`: the page in order (most claims first, then type, then the other entity's id).
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
WITH r, n, c, a ORDER BY r.claims DESC, type(r), n.id
// One record holding the page (graph.reads: the driver's cost is per record); dates as ISO
// strings, which JSON carries as they are.
RETURN collect({
  type: type(r), subject: startNode(r).id, object: endNode(r).id,
  other: n {.id, .name, .kind}, claims: r.claims, articles: r.articles, sources: r.sources,
  first_seen: toString(r.first_seen), last_seen: toString(r.last_seen),
  confidence: r.confidence, modalities: r.modalities,
  latest_evidence: c {.id, .sentence, .modality, .tense, date: toString(c.date), .trigger, .rule,
                      .confidence, article: a.id, article_title: a.title, article_url: a.url}
}) AS items

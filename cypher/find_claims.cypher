// find_claims: claims with their evidence, filtered by subject, type, object, date and publisher.
// Params: $subject, $object (entity ids or null), $types (list or null), $since, $until
//         (ISO dates or null), $source (an article's publisher, or null), $symmetric
//         (symmetric types match either way), $skip, $limit
// Browser: :params {subject: "person:kim-jong-un", object: "person:vladimir-putin", types: ["MEETS"], since: null, until: null, source: null, symmetric: ["MEETS", "NEGOTIATES_WITH", "AGREES_WITH", "COOPERATES_WITH"], skip: 0, limit: 50}
MATCH (c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity), (c)-[:EXTRACTED_FROM]->(a:Article)
WHERE ($types IS NULL OR c.type IN $types)
  AND ($since IS NULL OR c.date >= date($since))
  AND ($until IS NULL OR c.date <= date($until))
  AND ($source IS NULL OR a.source = $source)
  AND (($subject IS NULL OR s.id = $subject) AND ($object IS NULL OR o.id = $object)
       OR (c.type IN $symmetric AND ($subject IS NULL OR o.id = $subject)
           AND ($object IS NULL OR s.id = $object)))
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(sp:Entity)
RETURN c {.id, .type, .modality, .tense, .date, .trigger, .rule, .sentence, .sentence_index,
          .confidence, .role, .items, .plover, .cameo} AS claim,
       s {.id, .name, .kind} AS subject, o {.id, .name, .kind} AS object,
       a {.id, .title, .url, .source, .published_at} AS article,
       sp {.id, .name, .kind} AS attributed_to
ORDER BY c.date DESC, c.id
SKIP $skip LIMIT $limit

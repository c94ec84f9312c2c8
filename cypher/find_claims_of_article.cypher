// find_claims_of_article: an article's claims with their evidence sentence, ends and speaker,
// in reading order; absent properties come back as null. Params: $id
// Browser: :params {id: "https://www.viewworld.org/?p=2787"}
MATCH (:Article {id: $id})<-[:EXTRACTED_FROM]-(c:Claim)-[:SUBJECT]->(s:Entity),
      (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(sp:Entity)
RETURN c {.id, .type, .plover, .cameo, .trigger, .rule, .sentence, .sentence_index, .char_start,
          .char_end, .tense, .modality, .date, .confidence, .role, .items, .extractor_version,
          subject: s.id, subject_name: s.name, object: o.id, object_name: o.name,
          attributed_to: sp.id} AS claim
ORDER BY c.sentence_index, c.char_start, c.id

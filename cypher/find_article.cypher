// find_article: one article with its entities and claims. Params: $id
// Browser: :params {id: "https://www.viewworld.org/?p=2787"}
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH m, e ORDER BY m.count DESC, e.id
  RETURN collect(e {.id, .name, .kind, mentions: m.count}) AS entities
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:EXTRACTED_FROM]-(c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
  WITH c, s, o ORDER BY c.sentence_index, c.id
  RETURN collect(c {.id, .type, .modality, .tense, .date, .sentence, .confidence, .role, .items,
                    subject: s.id, object: o.id}) AS claims
}
RETURN a {.id, .url, .title, .source, .published_at, .language, .content_hash, .ingested_at,
          .extractor_version} AS article, entities, claims

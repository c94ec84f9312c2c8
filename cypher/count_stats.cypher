// count_stats: nodes by kind, summary edges by type, articles and the last ingest, of one
// publisher's articles or of all. Params: $source (a publisher, or null): entities its articles
// mention, edges with a claim from it, its articles
// Browser: :params {source: null}
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
CALL () {
  MATCH (e:Entity)
  WHERE $source IS NULL OR EXISTS { (e)<-[:MENTIONS]-(:Article {source: $source}) }
  WITH e.kind AS kind, count(*) AS n
  RETURN collect({kind: kind, n: n}) AS kinds
}
CALL () {
  MATCH (:Entity)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]->(:Entity)
  WHERE $source IS NULL OR $source IN r.sources
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS edges
}
CALL () {
  MATCH (a:Article)
  WHERE $source IS NULL OR a.source = $source
  RETURN count(a) AS articles, max(a.ingested_at) AS last_ingest
}
RETURN kinds, edges, articles, last_ingest

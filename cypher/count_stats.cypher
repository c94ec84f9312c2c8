// count_stats: nodes by kind, summary edges by type, articles and the last ingest. Params: none
// The summary types are spelled out (graph.ontology.Relation; a unit test keeps them equal):
// an expansion by named types reads only those relationships of a node, where `type(r) IN
// $types` alone would read every claim and mention of a hub too.
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(*) AS n
  RETURN collect({kind: kind, n: n}) AS kinds
}
CALL () {
  MATCH (:Entity)-[r:MEETS|VISITS|NEGOTIATES_WITH|AGREES_WITH|COOPERATES_WITH|SUPPORTS|OPPOSES|CRITICIZES|ACCUSES|REQUESTS|THREATENS|SANCTIONS|SUPPLIES|ATTACKS|INVITES|LEADER_OF|AFFILIATED_WITH|PART_OF|LOCATED_IN]->(:Entity)
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS edges
}
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles, max(a.ingested_at) AS last_ingest
}
RETURN kinds, edges, articles, last_ingest

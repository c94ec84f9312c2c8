// count_stats: nodes by kind, summary edges by type, articles and the last ingest. Params: none
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(*) AS n
  RETURN collect({kind: kind, n: n}) AS kinds
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS type, count(*) AS n
  RETURN collect({type: type, n: n}) AS edges
}
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS articles, max(a.ingested_at) AS last_ingest
}
RETURN kinds, edges, articles, last_ingest

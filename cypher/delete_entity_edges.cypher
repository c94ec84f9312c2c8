// delete_entity_edges: the summary edges at the given entities, for refresh_edges to rebuild
// from their claims after the entities' ids changed. Params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
DELETE r

// lock_entities: write-lock existing entities (ids sorted) whose summaries are about to be
// recomputed although no claim of this load touches them. Params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.id = id

// rename_entity: give an entity a new id when no other entity holds it; returns how many were
// renamed (0 when the new id is taken: the caller merges instead). Params: $old, $new
MATCH (e:Entity {id: $old})
WHERE NOT EXISTS { MATCH (:Entity {id: $new}) }
SET e.id = $new
RETURN count(e) AS renamed

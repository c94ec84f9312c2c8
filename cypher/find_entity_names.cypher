// find_entity_names: every entity's id, name and surface forms, for the version 3 id migration
// (graph/migrate.py) to tell which ids the old slug made. Params: none
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
ORDER BY id

// find_schema_version: the schema version recorded by apply_schema, null before it. Params: none
OPTIONAL MATCH (s:Schema {id: 'geokg'})
RETURN s.version AS version

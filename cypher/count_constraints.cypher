// count_constraints: the uniqueness constraints /ready expects, present or not. Params: none
SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type
WHERE type IN ['UNIQUENESS', 'NODE_PROPERTY_UNIQUENESS'] AND properties = ['id']
RETURN collect(labelsOrTypes[0]) AS labels

"""The Cypher statements, one per .cypher file; read by geokg.graph.db.cypher()."""

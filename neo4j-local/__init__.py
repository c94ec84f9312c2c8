"""The pom that pins the local Neo4j server; read by geokg.graph.local_server."""

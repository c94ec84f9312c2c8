"""geokg: news articles to an evidence-backed geopolitical knowledge graph in Neo4j.

The repository keeps the design card's folders at its top (app/, graph/, ingest/, cypher/);
pyproject.toml installs them under this one import name, so nothing generic lands in
site-packages: `geokg.app`, `geokg.graph`, `geokg.ingest`, and the data packages
`geokg.cypher` and `geokg.neo4j_local`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("geokg")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

FROM python:3.11-slim
WORKDIR /srv/geokg
COPY pyproject.toml README.md ./
COPY geokg geokg
COPY app app
COPY graph graph
COPY ingest ingest
COPY cypher cypher
COPY neo4j-local neo4j-local
COPY corpus corpus
RUN pip install --no-cache-dir -e .
EXPOSE 8000
# Loads the shipped corpus (idempotent), then serves.
CMD ["sh", "-c", "geokg ingest corpus/seed/viewworld-2787-kim-putin.wp.json corpus/dev/articles && geokg serve --host 0.0.0.0 --port 8000"]

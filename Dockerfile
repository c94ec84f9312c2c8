# syntax=docker/dockerfile:1
# The geokg API: the wheel built from this repository, installed (not editable) with the
# versions of requirements.lock, run as an unprivileged user. docker-compose.yml runs it
# beside Neo4j; docker/start.sh loads the shipped corpus, then serves.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE requirements.lock ./
# The pip of requirements.lock: the image's own may warn about extras' spelling (PEP 685).
RUN python -m pip install --no-cache-dir --constraint requirements.lock pip
COPY geokg geokg
COPY app app
COPY graph graph
COPY ingest ingest
COPY cypher cypher
COPY neo4j-local neo4j-local
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist . \
    && python -m venv /opt/geokg \
    && /opt/geokg/bin/python -m pip install --no-cache-dir -c requirements.lock /dist/geokg-*.whl

FROM python:3.11-slim
LABEL org.opencontainers.image.title="geokg" \
      org.opencontainers.image.description="Geopolitical knowledge graph: news articles to evidence-backed claims in Neo4j, served over HTTP" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.authors="geokg contributors" \
      org.opencontainers.image.base.name="docker.io/library/python:3.11-slim"
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /srv/geokg geokg
# The same path as in the build stage: a virtualenv's scripts name their interpreter by path.
COPY --from=build /opt/geokg /opt/geokg
WORKDIR /srv/geokg
COPY --chown=root:root --chmod=0755 docker/start.sh /usr/local/bin/geokg-start
# The shipped corpus with its licence and attribution files (corpus/README.md).
COPY --chown=root:root corpus corpus
ENV PATH=/opt/geokg/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
USER 10001:10001
EXPOSE 8000
# Ready means Neo4j answers with the schema applied; the first start loads the corpus first.
HEALTHCHECK --interval=15s --timeout=5s --start-period=300s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4)"]
CMD ["geokg-start", "corpus/seed/viewworld-2787-kim-putin.wp.json", "corpus/dev/articles"]

# geokg: `make run` serves the API over a real Neo4j with the corpus loaded; `make test` runs
# every test. Both set everything up on a fresh machine (Python 3.11+, and Docker or Java 17
# with Maven).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS := corpus/seed/viewworld-2787-kim-putin.wp.json corpus/dev/articles
API_HOST ?= 127.0.0.1
API_PORT ?= 8000
# The test suite gets its own local server, so tests never touch the data `make run` loaded.
TEST_ENV := NEO4J_HOME=$(CURDIR)/.neo4j-test NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475 \
	NEO4J_URI=neo4j://127.0.0.1:7688 GEOKG_TEST_DB=1 \
	GEOKG_BROWSER_ASSETS_URL=http://127.0.0.1:8475/browser
# The browser tests (tests/browser) drive Debian's Chromium; Playwright never downloads one.
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

LOCK := requirements.lock

.PHONY: run test test-unit neo4j-up neo4j-down eval bench clean venv lock lint

venv: $(STAMP)

# Every dependency at the version pinned in $(LOCK) (`make lock` refreshes it). setuptools'
# note that an editable install is one is silenced: it is no warning about this project.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "geokg needs Python 3.11+"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c $(LOCK) pip
	PYTHONWARNINGS="ignore:Editable installation" \
		$(BIN)/python -m pip install --quiet -c $(LOCK) -e ".[test,dev]"
	touch $(STAMP)

# Re-resolves $(LOCK) from pyproject.toml (all extras, any platform, Python 3.11+), keeping
# the pins that still fit; `make lock LOCK_ARGS=--upgrade` moves every pin to the newest.
LOCK_ARGS ?=
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--custom-compile-command "make lock" --quiet $(LOCK_ARGS) -o $(LOCK)

# Docker when an engine answers (docker-compose.yml), else the local server from Maven Central.
neo4j-up: $(STAMP)
	@if docker info >/dev/null 2>&1; then \
		docker compose up -d --wait neo4j; \
	else \
		$(BIN)/geokg neo4j start; \
	fi

neo4j-down: $(STAMP)
	@if docker info >/dev/null 2>&1; then docker compose stop neo4j; else $(BIN)/geokg neo4j stop; fi

run: neo4j-up
	$(BIN)/geokg ingest $(CORPUS)
	@echo "API docs:      http://$(API_HOST):$(API_PORT)/docs"
	@echo "Health:        http://$(API_HOST):$(API_PORT)/health"
	@echo "Neo4j Browser: http://127.0.0.1:7474/browser/ (user neo4j, password from NEO4J_PASSWORD)"
	@echo "Explorer:      http://$(API_HOST):$(API_PORT)/explore?entity=person:kim-jong-un"
	$(BIN)/geokg serve --host $(API_HOST) --port $(API_PORT)

# Installed once; a machine whose package lists are empty gets them first.
$(CHROMIUM):
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || { \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

# With Docker, testcontainers starts Neo4j itself; without, a local test server is started
# here and stopped when the tests end, whatever their result.
test: $(STAMP) $(CHROMIUM)
	@if docker info >/dev/null 2>&1; then \
		$(BIN)/python -m pytest; \
	else \
		$(TEST_ENV) $(BIN)/geokg neo4j start || exit $$?; \
		status=0; $(TEST_ENV) $(BIN)/python -m pytest || status=$$?; \
		$(TEST_ENV) $(BIN)/geokg neo4j stop; \
		exit $$status; \
	fi

test-unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit

# The dev corpus scored by geokg.ingest.evaluate; e.g. EVAL_ARGS="--split 12 --per-article".
EVAL_ARGS ?=
eval: $(STAMP)
	$(BIN)/geokg eval $(EVAL_ARGS)

# ruff over the repository; mypy --strict over the installed package, which it reads through a
# tree of links named as installed (geokg.app is app/ ...), with paths printed as in the repo;
# hadolint over the Dockerfile, shellcheck over the shell scripts. Each runs; any finding fails.
MYPY_TREE := build/mypy
lint: $(STAMP)
	@status=0; \
	echo "ruff check"; $(BIN)/ruff check --output-format concise . || status=1; \
	echo "ruff format --check"; $(BIN)/ruff format --check --output-format concise . || status=1; \
	echo "hadolint Dockerfile"; $(BIN)/hadolint Dockerfile || status=1; \
	echo "shellcheck"; $(BIN)/shellcheck docker/start.sh .ci/run || status=1; \
	mkdir -p $(MYPY_TREE)/geokg && \
	ln -sfn $(CURDIR)/geokg/__init__.py $(MYPY_TREE)/geokg/__init__.py && \
	for d in app graph ingest; do ln -sfn $(CURDIR)/$$d $(MYPY_TREE)/geokg/$$d; done; \
	echo "mypy"; set -o pipefail; \
	$(BIN)/mypy --cache-dir $(MYPY_TREE)/.cache $(MYPY_TREE)/geokg | sed -E 's#^$(MYPY_TREE)/geokg/(app|graph|ingest)/#\1/#; s#^$(MYPY_TREE)/##' \
		|| status=1; \
	exit $$status

# Benchmarks (bench/, docs/benchmarks.md): ratios measured in one run on a Neo4j of their own
# (data in .neo4j-bench/, ports 7693/7483, API on 8013), started here and stopped at the end.
# Long: the default sizes take over an hour on two cores; BENCH_ARGS="--articles 2000
# --memory-sizes 250 1000 --claims 50000" is a shorter run.
BENCH_ENV := NEO4J_HOME=$(CURDIR)/.neo4j-bench NEO4J_BOLT_PORT=7693 NEO4J_HTTP_PORT=7483 \
	NEO4J_URI=neo4j://127.0.0.1:7693 NEO4J_HEAP=3g NEO4J_PAGECACHE=3g GEOKG_BENCH_DB=1 \
	GEOKG_BENCH_API_PORT=8013
BENCH_ARGS ?=

bench: $(STAMP)
	@command -v wrk >/dev/null || [ "$$(id -u)" != 0 ] || { apt-get update -qq && apt-get install -y -qq wrk; }
	@$(BIN)/python -c 'import pyinstrument' 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[test,bench]"
	@$(BENCH_ENV) $(BIN)/geokg neo4j start || exit $$?; \
	status=0; $(BENCH_ENV) $(BIN)/python -m bench.run $(BENCH_ARGS) || status=$$?; \
	$(BENCH_ENV) $(BIN)/geokg neo4j stop; \
	exit $$status

clean:
	rm -rf $(VENV) .neo4j-test build dist

"""Neo4j stopping in the middle of a bulk ingest: retries, a clean stop, nothing half-stored,
and after a restart the same ingest gives exactly the graph a clean run gives.

The test owns its Neo4j, since it stops it: a local server in a temporary home (the same
Maven-assembled server `make test` runs) or, with a Docker engine, a container.
"""

import logging
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import pytest
from neo4j import Driver
from neo4j_support import NEO4J_IMAGE, docker_is_running
from pydantic import SecretStr
from test_loader import IGNORE_INGESTED_AT, checksum, fingerprint, graph_problems
from typer.testing import CliRunner, Result

from geokg.app import bulk
from geokg.app.bulk import Progress, run_ingest
from geokg.app.cli import EXIT_NEO4J, app
from geokg.graph import local_server
from geokg.graph.db import connect
from geokg.graph.schema import apply_schema
from geokg.graph.settings import Neo4jSettings, get_settings
from geokg.ingest.readers import Document, read_paths
from geokg.ingest.settings import IngestSettings, get_ingest_settings

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "corpus/dev/articles").glob("*.json"))[:5]  # short ones: a quick test
BOLT_PORT, HTTP_PORT = 7697, 7487  # when free; other free ports otherwise
STOP_AFTER = 2  # articles loaded before Neo4j is stopped
# Small load batches, so that Neo4j can stop between them; short waits, so the test is quick.
FAST = IngestSettings(batch_size=2, load_batch_size=2, retry_attempts=3, retry_wait=0.2)
COUNTS = """
CALL () { MATCH (n) WHERE n:Entity OR n:Article OR n:Claim
          UNWIND labels(n) AS label RETURN label AS what, count(*) AS n
          UNION ALL
          MATCH (a)-[r]->() WHERE a:Entity OR a:Article OR a:Claim
          RETURN type(r) AS what, count(*) AS n }
RETURN what, sum(n) AS n ORDER BY what
"""


class Server(Protocol):
    settings: Neo4jSettings

    def stop(self) -> None: ...
    def start(self) -> None: ...


class LocalServer:
    """geokg.graph.local_server in a home of its own; stopped by the pid it recorded."""

    def __init__(self, home: Path) -> None:
        bolt, http = _free_port(BOLT_PORT), _free_port(HTTP_PORT)
        self.settings = Neo4jSettings(
            home=home,
            bolt_port=bolt,
            http_port=http,
            uri=f"neo4j://127.0.0.1:{bolt}",
            heap="512m",
            pagecache="64m",
            # One call gives up fast, so that bulk ingest's own backoff is what is tested.
            retry_time=0.5,
            connection_timeout=2.0,
        )
        # The jars of the suite's own local server, when assembled, spare a Maven run.
        assembled = get_settings().home / "lib"
        if (assembled / ".assembled").is_file():
            home.mkdir(parents=True, exist_ok=True)
            (home / "lib").symlink_to(assembled, target_is_directory=True)

    def start(self) -> None:
        local_server.start(self.settings)

    def stop(self) -> None:
        local_server.stop(self.settings)


class DockerServer:
    """The suite's Neo4j image on a fixed host port, so that a restart keeps its address."""

    def __init__(self) -> None:
        from testcontainers.neo4j import Neo4jContainer  # type: ignore[import-untyped]

        port = _free_port(BOLT_PORT)
        self.container = Neo4jContainer(NEO4J_IMAGE).with_bind_ports(7687, port)
        self.settings = Neo4jSettings(
            uri=f"bolt://127.0.0.1:{port}",
            user=self.container.username,
            password=SecretStr(self.container.password),
            retry_time=0.5,
            connection_timeout=2.0,
        )

    def start(self) -> None:
        if self.container.get_wrapped_container() is None:
            self.container.start()
        else:
            self.container.get_wrapped_container().start()
        _wait_for_bolt(self.settings)

    def stop(self) -> None:
        self.container.get_wrapped_container().stop(timeout=30)

    def remove(self) -> None:
        self.container.stop()


def _free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise AssertionError("no free port")


def _wait_for_bolt(settings: Neo4jSettings, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with connect(settings) as driver:
                driver.verify_connectivity()
            return
        except Exception:  # not up yet, whatever the driver raises
            if time.monotonic() > deadline:
                raise
            time.sleep(1.0)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A Neo4j this module may stop and start; gone when the module ends."""
    if docker_is_running():
        docker = DockerServer()
        docker.start()
        try:
            yield docker
        finally:
            docker.remove()
        return
    local = LocalServer(tmp_path_factory.mktemp("neo4j-faults") / "home")
    local.start()
    try:
        yield local
    finally:
        local.stop()


def _state(driver: Driver) -> tuple[list[tuple[str, int]], list[str]]:
    """Nodes by label and relationships by type, and the content fingerprint."""
    records, _, _ = driver.execute_query(COUNTS)
    return [(r["what"], r["n"]) for r in records], fingerprint(driver, IGNORE_INGESTED_AT)


@pytest.fixture
def geokg(monkeypatch: pytest.MonkeyPatch, server: Server) -> Iterator[Callable[..., Result]]:
    """`geokg ARGS` in this process, configured for the server and for quick retries."""
    env = {
        "NEO4J_URI": server.settings.uri,
        "NEO4J_USER": server.settings.user,
        "NEO4J_PASSWORD": server.settings.password.get_secret_value(),
        "NEO4J_CONNECTION_TIMEOUT": str(server.settings.connection_timeout),
        "NEO4J_RETRY_TIME": str(server.settings.retry_time),
        # Worker processes too: stopping must end them, not leave them blocked.
        "GEOKG_N_PROCESS": "2",
        "GEOKG_BATCH_SIZE": str(FAST.batch_size),
        "GEOKG_LOAD_BATCH_SIZE": str(FAST.load_batch_size),
        "GEOKG_RETRY_ATTEMPTS": str(FAST.retry_attempts),
        "GEOKG_RETRY_WAIT": str(FAST.retry_wait),
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    def invoke(*args: str) -> Result:
        get_settings.cache_clear()
        get_ingest_settings.cache_clear()
        return CliRunner().invoke(app, list(args))

    yield invoke
    get_settings.cache_clear()
    get_ingest_settings.cache_clear()


def test_neo4j_stopped_mid_ingest_then_resumed(
    server: Server,
    geokg: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    paths = [str(p) for p in FILES]
    docs = [d for d in read_paths(FILES) if isinstance(d, Document)]
    assert len(docs) == len(FILES)
    database = server.settings.database
    with connect(server.settings) as driver:
        apply_schema(driver, database)
        clean = run_ingest(driver, docs, database=database, settings=FAST)
        assert len(clean.loaded) == len(docs) and not clean.failed
        clean_counts, clean_print = _state(driver)
        driver.execute_query("MATCH (n) WHERE n:Entity OR n:Article OR n:Claim DETACH DELETE n")

    # The command's own progress bar stops Neo4j once STOP_AFTER articles are loaded.
    real_bar = bulk.progress_bar

    @contextmanager
    def bar_that_stops_neo4j(total: int | None = None) -> Iterator[Callable[[Progress], None]]:
        with real_bar(total) as update:

            def hook(p: Progress) -> None:
                update(p)
                if p.done == STOP_AFTER:
                    server.stop()  # by the pid it recorded; returns once the process is gone

            yield hook

    monkeypatch.setattr(bulk, "progress_bar", bar_that_stops_neo4j)
    caplog.set_level(logging.WARNING, logger="geokg.bulk")

    stopped = geokg("ingest", *paths)

    assert stopped.exit_code == EXIT_NEO4J, stopped.output
    assert f"loaded {STOP_AFTER}; replaced 0; unchanged 0; skipped 0; failed 0" in stopped.stdout
    retries = FAST.retry_attempts - 1  # each call is tried retry_attempts times, then it stops
    assert f"stopped answering after {retries} retries" in stopped.stderr
    assert "re-run the same command to resume" in stopped.stderr
    assert "Traceback" not in stopped.output
    assert len([r for r in caplog.records if "trying again" in r.getMessage()]) == retries

    # Still down: the command says Neo4j is unreachable, with no traceback.
    monkeypatch.setattr(bulk, "progress_bar", real_bar)
    down = geokg("ingest", *paths)
    assert down.exit_code == EXIT_NEO4J, down.output
    assert "Neo4j unreachable" in down.stderr and "Traceback" not in down.output

    server.start()
    monkeypatch.setenv("GEOKG_N_PROCESS", "1")  # workers were tested stopping; spare a start
    with connect(server.settings) as driver:
        # Nothing half-stored: the articles reported loaded, whole, and nothing else.
        records, _, _ = driver.execute_query(
            "MATCH (a:Article) RETURN a.id AS id, a.content_hash AS hash, "
            "COUNT { (a)<-[:EXTRACTED_FROM]-(:Claim) } AS claims ORDER BY id"
        )
        assert sorted((r["id"], r["claims"]) for r in records) == sorted(
            (a.id, a.claims) for a in clean.loaded[:STOP_AFTER]
        )
        assert all(r["hash"] for r in records)
        assert graph_problems(driver) == []

        resumed = geokg("ingest", *paths)

        assert resumed.exit_code == 0, resumed.output
        rest = len(docs) - STOP_AFTER
        assert f"loaded {rest}; replaced 0; unchanged {STOP_AFTER};" in resumed.stdout
        counts, printed = _state(driver)
    assert counts == clean_counts
    assert checksum(printed) == checksum(clean_print)
    assert printed == clean_print

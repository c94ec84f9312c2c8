"""The installed `geokg` command's exit codes against a real Neo4j, and against none: run as a
subprocess, so that stderr is what a user sees and a traceback would show."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from neo4j import Driver

from geokg.graph.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parents[2]
GEOKG = Path(sys.executable).with_name("geokg")
SAMPLE = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"


def geokg(*args: str, settings: Neo4jSettings | None = None, uri: str | None = None):
    env = {**os.environ}
    if settings is not None:
        env.update(
            NEO4J_URI=settings.uri,
            NEO4J_USER=settings.user,
            NEO4J_PASSWORD=settings.password.get_secret_value(),
            NEO4J_DATABASE=settings.database,
        )
    if uri is not None:
        env["NEO4J_URI"] = uri
    return subprocess.run(
        [str(GEOKG), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens once the socket is closed


def test_neo4j_unreachable_is_3_without_a_traceback() -> None:
    done = geokg("ingest", str(SAMPLE), uri=f"neo4j://127.0.0.1:{closed_port()}")
    assert done.returncode == 3, done.stderr
    assert "Neo4j unreachable" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_ingest_success_is_0_and_some_failed_is_1(
    clean_graph: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    done = geokg("ingest", str(SAMPLE), settings=neo4j_settings)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr

    (tmp_path / "good.json").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    done = geokg("ingest", str(tmp_path), settings=neo4j_settings)
    assert done.returncode == 1, done.stderr
    assert "broken.json" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    records, _, _ = clean_graph.execute_query("MATCH (a:Article) RETURN count(a) AS n")
    assert records[0]["n"] == 1  # the good article once, the broken one not at all


def test_bad_usage_is_2() -> None:
    for args in (["ingest", "/no/such/folder"], ["ingest", "file:///etc/passwd"], ["nonsense"]):
        done = geokg(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr

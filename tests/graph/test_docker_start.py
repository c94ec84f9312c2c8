"""The image's command, docker/start.sh, run here with this checkout's `geokg` (no Docker
engine needed): it serves although some articles of its load failed (ingest exit 1), tries
again while Neo4j is unreachable (exit 3), and does not serve after bad usage (exit 2)."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from neo4j import Driver

from geokg.graph.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parents[2]
START = ROOT / "docker" / "start.sh"
SAMPLE = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"


def _start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        ["sh", str(START), *args], env=env, cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip


@pytest.fixture
def start_env(neo4j_settings: Neo4jSettings) -> dict[str, str]:
    """The image's environment: `geokg` on PATH (this venv's), the test Neo4j, a free port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "NEO4J_URI": neo4j_settings.uri,
        "NEO4J_USER": neo4j_settings.user,
        "NEO4J_PASSWORD": neo4j_settings.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_settings.database,
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }


def test_start_serves_although_some_articles_failed(
    clean_graph: Driver, start_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "good.json").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    started = _start(str(tmp_path), env=start_env)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and started.poll() is None:
            try:
                url = f"http://127.0.0.1:{start_env['PORT']}/livez"
                with urllib.request.urlopen(url, timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail(f"start.sh never served:\n{started.communicate(timeout=10)[0]}")
    finally:
        started.terminate()
        output = started.communicate(timeout=30)[0]
    assert "broken.json" in output and "failed 1" in output, output


def test_start_does_not_serve_after_bad_usage(start_env: dict[str, str]) -> None:
    done = _start("/no/such/corpus", env=start_env)
    output = done.communicate(timeout=120)[0]
    assert done.returncode == 2, output
    assert "no such file or folder: /no/such/corpus" in output
    assert "not serving" in output


def test_start_tries_an_unreachable_neo4j_again_then_exits_3(start_env: dict[str, str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens once the socket is closed
    env = {**start_env, "NEO4J_URI": f"neo4j://127.0.0.1:{closed}"}
    done = _start(str(SAMPLE), env={**env, "LOAD_ATTEMPTS": "2", "LOAD_WAIT": "0"})
    output = done.communicate(timeout=120)[0]
    assert done.returncode == 3, output
    assert output.count("Neo4j unreachable at") == 2, output
    assert "attempt 1 of 2" in output and "not serving" in output

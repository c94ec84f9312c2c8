"""The product as a user installs it: the wheel built from a clean copy of the repository,
installed with its runtime dependencies only (pinned by requirements.lock) into a throwaway
virtualenv, then `geokg --version`, `geokg extract`, `geokg ingest` and `geokg serve` run from
there against the test Neo4j, from a folder outside the repository.

Select it with `pytest -m wheel`, leave it out with `-m "not wheel"`. It takes about a minute,
most of it pip installing from its cache (PyPI on a cold cache).
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver

from geokg.graph.settings import Neo4jSettings

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"
LOCK = ROOT / "requirements.lock"
# Repository folder -> where its files land in the wheel (pyproject.toml's package-dir).
DATA_FOLDERS = {
    "app/static": "geokg/app/static",
    "cypher": "geokg/cypher",
    "ingest/data": "geokg/ingest/data",
    "neo4j-local": "geokg/neo4j_local",
}
# Output that means a packaging problem. setuptools prints "warning: ... byte-compiling is
# disabled" when PYTHONDONTWRITEBYTECODE is set, which the builds below leave unset.
WARNING = re.compile(r"warn|deprecat|is absent from the `packages`", re.IGNORECASE)


@dataclass
class Installed:
    wheel: Path
    venv: Path
    build_output: str
    install_output: str

    def geokg(self, *args: str, env: dict[str, str] | None = None, cwd: Path) -> str:
        done = subprocess.run(
            [str(self.venv / "bin" / "geokg"), *args],
            capture_output=True,
            text=True,
            env=env or _clean_env(),
            cwd=cwd,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"geokg {' '.join(args)}: {done.stderr}"
        assert "Traceback" not in done.stderr
        return done.stdout


def _clean_env() -> dict[str, str]:
    """This environment without what would let the installed product use the repository's
    code or settings (the dev venv, PYTHONPATH, GEOKG_*/NEO4J_* of the test run)."""
    drop = ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")
    return {
        k: v
        for k, v in os.environ.items()
        if k not in drop and not k.startswith(("GEOKG_", "NEO4J_"))
    }


def _run(cmd: list[str], cwd: Path) -> str:
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=_clean_env(), cwd=cwd, timeout=900, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{output}"
    return output


def _tracked_files() -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"not a git checkout: {done.stderr.strip()}")
    return [f for f in done.stdout.splitlines() if (ROOT / f).is_file()]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build the wheel from a copy of the files git knows (no stale build/ of the checkout),
    then install it, and nothing of the test or dev extras, into a new virtualenv."""
    work = tmp_path_factory.mktemp("wheel")
    src, dist, venv = work / "src", work / "dist", work / "venv"
    for name in _tracked_files():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    pip = [sys.executable, "-m", "pip"]
    started = time.monotonic()
    build_output = _run([*pip, "wheel", "--no-deps", "--verbose", "-w", str(dist), "."], src)
    (wheel,) = dist.glob("geokg-*.whl")
    built = time.monotonic()
    # No pip of its own: the test's pip installs into it (`--python`), which saves a minute.
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], work)
    install_output = _run(
        # --no-compile: byte-compiling spaCy, numpy and the rest would double the time.
        [
            *pip,
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--no-compile",
            "-c",
            str(LOCK),
            str(wheel),
        ],
        work,
    )
    print(f"wheel built in {built - started:.1f}s, installed in {time.monotonic() - built:.1f}s")
    yield Installed(wheel, venv, build_output, install_output)
    # Half a gigabyte, which pytest would keep for three runs. Removing it takes up to half a
    # minute on a busy disk, so it goes on in the background, not in the test's time.
    subprocess.Popen(
        ["rm", "-rf", str(work)],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_the_wheel_builds_and_installs_without_a_warning(installed: Installed) -> None:
    assert not WARNING.findall(installed.build_output), installed.build_output
    assert not WARNING.findall(installed.install_output), installed.install_output


def test_the_wheel_holds_one_import_name_and_every_data_file(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    tops = {n.split("/")[0] for n in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"geokg"}
    wanted = {
        f.replace(folder, into, 1)
        for f in _tracked_files()
        for folder, into in DATA_FOLDERS.items()
        if f.startswith(folder + "/") and not f.endswith(".py")
    }
    assert len(wanted) > 40  # the queries, lexicons, static files and the pom
    assert wanted <= names, sorted(wanted - names)


def test_runtime_dependencies_only_and_the_version_from_pyproject(installed: Installed) -> None:
    python = str(installed.venv / "bin" / "python")
    for extra_only in ("pytest", "testcontainers", "ruff"):
        done = subprocess.run(
            [python, "-c", f"import {extra_only}"], capture_output=True, check=False
        )
        assert done.returncode != 0, f"{extra_only} is installed without the extras"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out = installed.geokg("--version", cwd=installed.venv)
    assert out.strip() == f"geokg {project['version']}"


def test_extract_ingest_and_serve_from_the_wheel(
    installed: Installed, clean_graph: Driver, neo4j_settings: Neo4jSettings, tmp_path: Path
) -> None:
    # tmp_path as the working directory: no .env, corpus/ or source tree of the repository.
    line = json.loads(installed.geokg("extract", "--json", str(SAMPLE), cwd=tmp_path))
    assert {"person:kim-jong-un", "person:vladimir-putin"} <= {e["id"] for e in line["entities"]}
    assert any(c["type"] == "MEETS" for c in line["claims"])

    env = {
        **_clean_env(),
        "NEO4J_URI": neo4j_settings.uri,
        "NEO4J_USER": neo4j_settings.user,
        "NEO4J_PASSWORD": neo4j_settings.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_settings.database,
    }
    out = installed.geokg("ingest", str(SAMPLE), env=env, cwd=tmp_path)
    assert "loaded 1" in out, out

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [str(installed.venv / "bin" / "geokg"), "serve", "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_ready(base, server)
        entity = json.loads(_get(f"{base}/entities/person:kim-jong-un"))
        assert entity["entity"]["name"] == "Kim Jong Un"
        relations = json.loads(_get(f"{base}/relations?subject=person:kim-jong-un&type=MEETS"))
        assert relations["items"], relations
        # Static files from the package data: the explorer, its vendored library, the guide.
        assert "cytoscape" in _get(f"{base}/explore")
        assert len(_get(f"{base}/explore/assets/vendor/cytoscape/cytoscape.min.js")) > 100_000
        assert "geokg" in _get(f"{base}/browser/guide.html").lower()
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert b"Traceback" not in err, err.decode()


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        body: bytes = response.read()
        return body.decode()


def _wait_ready(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
        try:
            _get(f"{base}/ready")
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"geokg serve did not answer {base}/ready within 60 s")

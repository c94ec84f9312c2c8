"""Headless Chromium against the running services: the API in a uvicorn subprocess, and Neo4j.

Chromium is Debian's (/usr/bin/chromium, installed by `make test` when missing), driven by
Playwright's Python client; Playwright never downloads a browser of its own here.
"""

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from neo4j import Driver
from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright

from geokg.graph.settings import Neo4jSettings

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / ".artifacts"  # git-ignored: screenshots to look at after a run
CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium keeps calling Google's hosts, which this
# closed network refuses; a fresh profile per context keeps runs independent.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
API_START_TIMEOUT = 90.0  # the app loads spaCy on import
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright's driver, for Debian's Chromium."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture
def new_page(playwright: Playwright) -> Iterator[Callable[[], Page]]:
    """Pages in a headless Chromium with a fresh, empty profile for this test."""
    contexts: list[BrowserContext] = []
    with tempfile.TemporaryDirectory(prefix="geokg-chromium-") as profile:

        def open_page() -> Page:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=str(CHROMIUM),
                headless=True,
                args=CHROMIUM_ARGS,
                viewport=VIEWPORT,  # type: ignore[arg-type]
            )
            contexts.append(context)
            return context.pages[0] if context.pages else context.new_page()

        yield open_page
        for context in contexts:
            context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def post_connect_urls(neo4j_driver: Driver) -> list[str]:
    """The URLs in what Neo4j tells Neo4j Browser to run after connecting.

    That is browser.post_connect_cmd, which Neo4j Browser itself reads through
    dbms.clientConfig(); empty when the server was not started with geokg's config.
    """
    records = neo4j_driver.execute_query("CALL dbms.clientConfig()").records
    config = {r["name"]: r["value"] for r in records}
    return re.findall(r"https?://[^\s;]+", str(config.get("browser.post_connect_cmd") or ""))


@pytest.fixture(scope="session")
def api_url(post_connect_urls: list[str], neo4j_settings: Neo4jSettings) -> Iterator[str]:
    """The API in a uvicorn subprocess over the tests' Neo4j; stopped by its pid at the end.

    It listens where that Neo4j's post-connect command fetches the Browser's guide and style
    from, so that Neo4j Browser finds them there; on any free port when Neo4j names none.
    """
    port = urlsplit(post_connect_urls[0]).port if post_connect_urls else None
    if port is None:
        port = _free_port()
    elif _port_taken(port):
        pytest.fail(
            f"port {port} is taken: the tests' Neo4j expects the API there for Neo4j "
            "Browser's guide (GEOKG_BROWSER_ASSETS_URL when it started)"
        )
    env = {
        **os.environ,
        "NEO4J_URI": neo4j_settings.uri,
        "NEO4J_USER": neo4j_settings.user,
        "NEO4J_PASSWORD": neo4j_settings.password.get_secret_value(),
        "NEO4J_DATABASE": neo4j_settings.database,
        # Blank is unset: the pages read without a key, whatever a local .env says.
        "GEOKG_READ_KEY": "",
        "GEOKG_LOG_FORMAT": "text",
    }
    log_path = Path(tempfile.mkstemp(prefix="geokg-api-", suffix=".log")[1])
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "geokg.app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_api(url, proc, log_path)
        yield url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log_path.unlink(missing_ok=True)


def _wait_for_api(url: str, proc: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + API_START_TIMEOUT
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the API exited with {proc.returncode}:\n{_tail(log_path)}")
        try:
            with opener.open(f"{url}/health", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"the API did not answer at {url} in {API_START_TIMEOUT:.0f}s:\n{_tail(log_path)}")


def _tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_taken(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("127.0.0.1", port)) == 0

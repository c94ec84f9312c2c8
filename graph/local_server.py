"""A real Neo4j 5 Community server on loopback, assembled from Maven Central.

Machines without a Docker engine (CI, most developer boxes here) still need the same Neo4j the
Docker image gives. `neo4j-local/pom.xml` names its jars; Maven copies them into
`settings.home / "lib"` and this module runs `org.neo4j.server.CommunityEntryPoint` on them
directly, one JVM whose pid we own, with the config, data and logs all under `settings.home`.

The `geokg neo4j start|stop|status` commands call `start`, `stop` and `status`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
from pydantic_settings import BaseSettings, SettingsConfigDict

from geokg.graph.settings import Neo4jSettings

# Package data (pyproject.toml's package-dir): found the same in a checkout and in a wheel.
POM = Path(str(files("geokg.neo4j_local") / "pom.xml"))
# Neo4j Browser's style, which the API also serves; read here to inline it in the config.
BROWSER_STYLE = Path(str(files("geokg.app.static.browser") / "style.grass"))
# A GraSS rule, `selector { key: value; ... }`; quoted values hold braces of their own.
_GRASS_RULE = re.compile(r'([^{}"]+)\{((?:[^{}"]|"[^"]*")*)\}')
ENTRY_CLASS = "org.neo4j.server.CommunityEntryPoint"
# The admin tool's own main; the `neo4j-admin` bootloader would fork a second JVM for nothing.
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
BROWSER_RESOURCE = "browser/index.html"
MIN_PASSWORD_LENGTH = 8  # Neo4j's dbms.security.auth_minimum_password_length default
MIN_JAVA = 17

# The `server.jvm.additional` lines of the neo4j.conf that the 5.26 distribution ships, which
# its launcher passes to the server JVM. We start the JVM ourselves, so we pass them ourselves;
# the --add-opens keep Neo4j's off-heap and direct-buffer code working on Java 17+.
JVM_OPTIONS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    # The launcher adds this too: Neo4j's own files are UTF-8 whatever the machine's locale.
    "-Dfile.encoding=UTF-8",
)

# The short-lived admin tool needs only the module openings; the server's GC and pre-touch
# flags would merely slow it down.
ADMIN_JVM_OPTIONS: tuple[str, ...] = (
    *(opt for opt in JVM_OPTIONS if opt.startswith(("--", "-Dfile."))),
    "-Xmx512m",
)

MAVEN_TIMEOUT = 1800.0  # a cold ~/.m2 downloads ~140 MB; only a hung download takes longer
ADMIN_TIMEOUT = 120.0
STOP_TIMEOUT = 60.0  # a clean shutdown checkpoints and waits ~10 s for Bolt's event loops
KILL_TIMEOUT = 10.0
POLL_INTERVAL = 0.5
LOG_TAIL_LINES = 40

_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")

# Our children, kept so that one that dies while this process lives is reaped, not left as a
# zombie that still "exists" for kill(pid, 0).
_children: dict[int, subprocess.Popen[bytes]] = {}


class BrowserSettings(BaseSettings):
    """GEOKG_BROWSER_* variables: where Neo4j Browser fetches the project's guide and style.

    The API serves both (app/routers/explore.py); docker-compose.yml names the same URLs.
    """

    model_config = SettingsConfigDict(env_prefix="GEOKG_BROWSER_", env_file=".env", extra="ignore")

    assets_url: str = "http://127.0.0.1:8000/browser"


class LocalServerError(Exception):
    """The local server could not be assembled, started or stopped; the message says why."""


@dataclass(frozen=True)
class ServerStatus:
    """What `status` found: whether our server process lives and whether Bolt answers."""

    running: bool
    pid: int | None
    bolt_ok: bool
    browser_url: str
    message: str


@dataclass(frozen=True)
class _Layout:
    """Where everything of one local server lives, derived from its settings."""

    home: Path

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def conf(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def pid_file(self) -> Path:
        # Not run/neo4j.pid: Neo4j writes and deletes that one itself, and only once it is up.
        return self.run / "local-server.pid"

    @property
    def lock_file(self) -> Path:
        return self.run / "local-server.lock"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def marker(self) -> Path:
        return self.lib / ".assembled"


def _layout(settings: Neo4jSettings) -> _Layout:
    # Absolute, because the JVM gets these paths on its command line and in its config.
    return _Layout(settings.home.expanduser().resolve())


def browser_url(settings: Neo4jSettings) -> str:
    """Where the local server serves Neo4j Browser."""
    return f"http://127.0.0.1:{settings.http_port}/browser/"


def bolt_url(settings: Neo4jSettings) -> str:
    """The direct Bolt address of the local server."""
    return f"bolt://127.0.0.1:{settings.bolt_port}"


# --- assembly -------------------------------------------------------------------------------


def assemble(settings: Neo4jSettings) -> Path:
    """Copy the pinned Neo4j jars from Maven into `home/lib` (once per pom); return that dir."""
    layout = _layout(settings)
    pom_hash = _pom_hash()
    if _assembled_hash(layout) == pom_hash:
        return layout.lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalServerError(
            "`mvn` is not on PATH: the local Neo4j is assembled from Maven Central "
            "(install Maven 3.6+, e.g. `apt-get install maven`)"
        )
    _java()  # fail now rather than after a long download
    if _live_pid(layout) is not None:
        raise LocalServerError(
            f"{POM} changed while the local server runs from {layout.lib}; stop it first"
        )
    layout.logs.mkdir(parents=True, exist_ok=True)
    # Maven writes into a side directory that replaces lib/ only when complete, so an
    # interrupted download never leaves a lib/ that looks assembled.
    partial = layout.home / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    maven_log = layout.logs / "assemble.log"
    # Maven runs on a copy in the server's home, so an installed geokg never writes into
    # site-packages (Maven may leave a target/ or other files beside the pom it runs).
    pom = layout.home / "pom.xml"
    shutil.copyfile(POM, pom)
    cmd = [
        mvn,
        "-B",
        "-ntp",
        # -B alone still lets Maven 3.8 colour some output, which would garble the log file.
        "-Dstyle.color=never",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={partial}",
    ]
    with maven_log.open("wb") as log:
        try:
            done = subprocess.run(
                cmd,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=_child_env(),
                cwd=layout.home,
                timeout=MAVEN_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise LocalServerError(
                f"Maven did not finish within {MAVEN_TIMEOUT:.0f}s; its output is in "
                f"{maven_log}:\n{_tail(maven_log)}"
            ) from None
    if done.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        raise LocalServerError(
            f"Maven failed (exit {done.returncode}) copying the Neo4j jars; "
            f"full output in {maven_log}:\n{_tail(maven_log)}"
        )
    try:
        _check_jars(partial)
    except LocalServerError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    (partial / ".assembled").write_text(pom_hash + "\n", encoding="utf-8")
    shutil.rmtree(layout.lib, ignore_errors=True)
    partial.rename(layout.lib)
    return layout.lib


def _pom_hash() -> str:
    try:
        return hashlib.sha256(POM.read_bytes()).hexdigest()
    except OSError as exc:
        raise LocalServerError(f"cannot read {POM}: {exc}") from None


def _assembled_hash(layout: _Layout) -> str | None:
    try:
        return layout.marker.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _check_jars(lib: Path) -> None:
    """Refuse a lib/ that cannot boot, so a bad pom edit fails here and not at start."""
    wanted = {ENTRY_CLASS.replace(".", "/") + ".class": "the server entry point"}
    wanted[BROWSER_RESOURCE] = "Neo4j Browser"
    for jar in sorted(lib.glob("neo4j-*.jar")):
        with contextlib.suppress(zipfile.BadZipFile, OSError), zipfile.ZipFile(jar) as zf:
            names = set(zf.namelist())
            for entry in [e for e in wanted if e in names]:
                del wanted[entry]
        if not wanted:
            return
    missing = ", ".join(f"{what} ({entry})" for entry, what in wanted.items())
    raise LocalServerError(f"the jars Maven copied into {lib} lack {missing}; check {POM}")


# --- start ----------------------------------------------------------------------------------


def start(settings: Neo4jSettings) -> str:
    """Start the local server unless it runs; wait until Bolt accepts our credentials."""
    layout = _layout(settings)
    with _locked(layout):
        pid = _live_pid(layout)
        if pid is not None:
            return (
                f"Neo4j already running (pid {pid}): Bolt at {bolt_url(settings)}, "
                f"Browser at {browser_url(settings)}"
            )
        stale = _remove_stale_pid_file(layout)
        _check_password(settings)
        _check_ports_free(settings)
        java = _java()
        assembling = _assembled_hash(layout) != _pom_hash()
        began = time.monotonic()
        lib = assemble(settings)
        assembly = f"assembled {lib} in {time.monotonic() - began:.0f}s; " if assembling else ""
        for directory in (layout.conf_dir, layout.data, layout.logs, layout.run):
            directory.mkdir(parents=True, exist_ok=True)
        (layout.home / "import").mkdir(exist_ok=True)
        (layout.home / "plugins").mkdir(exist_ok=True)
        _write_config(settings, layout)
        first_start = not (layout.data / "databases" / "system").exists()
        if first_start:
            _set_initial_password(settings, layout, java, lib)
        began = time.monotonic()
        log_starts = _log_sizes(layout)
        proc = _launch(settings, layout, java, lib)
        _wait_until_up(settings, layout, proc, began, log_starts)
        took = time.monotonic() - began
    notes = " (removed a stale pid file)" if stale else ""
    fresh = "; new database, password set from settings" if first_start else ""
    return (
        f"{assembly}Neo4j started (pid {proc.pid}) in {took:.1f}s{notes}{fresh}: "
        f"Bolt at {bolt_url(settings)}, Browser at {browser_url(settings)}, "
        f"logs in {layout.logs}"
    )


def _write_config(settings: Neo4jSettings, layout: _Layout) -> None:
    """Rewrite neo4j.conf from settings on every start, so the settings are the one source."""
    host = "127.0.0.1"
    lines = [
        "# Written by graph/local_server.py on every start: change Neo4jSettings, not this file.",
        # Loopback only: this server has a development password and must not face a network.
        f"server.default_listen_address={host}",
        # Advertised addresses feed routing tables and the Browser's discovery; left alone
        # they name the default ports, which is wrong whenever a port is moved (the tests').
        f"server.default_advertised_address={host}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={host}:{settings.bolt_port}",
        f"server.bolt.advertised_address={host}:{settings.bolt_port}",
        "server.http.enabled=true",
        f"server.http.listen_address={host}:{settings.http_port}",
        f"server.http.advertised_address={host}:{settings.http_port}",
        "server.https.enabled=false",
        f"server.directories.data={layout.data}",
        f"server.directories.logs={layout.logs}",
        f"server.directories.run={layout.run}",
        f"server.directories.import={layout.home / 'import'}",
        f"server.directories.plugins={layout.home / 'plugins'}",
        f"server.directories.lib={layout.lib}",
        # The JVM gets the heap as -Xms/-Xmx from the same settings; Neo4j reads these lines
        # to plan its memory, and its debug.log reports them.
        f"server.memory.heap.initial_size={settings.heap}",
        f"server.memory.heap.max_size={settings.heap}",
        f"server.memory.pagecache.size={settings.pagecache}",
        "dbms.security.auth_enabled=true",
        # Neo4j keeps two days of transaction logs by default, for backups and cluster members
        # that a local server does not have: the 1M-claim benchmark load left 12 GB of them.
        "db.tx_log.rotation.retention_policy=1G size",
        # The machines this runs on reach no network but the package registries.
        "dbms.usage_report.enabled=false",
        *browser_config_lines(BrowserSettings()),
    ]
    layout.conf.write_text("\n".join(lines) + "\n", encoding="utf-8")


def browser_config_lines(browser: BrowserSettings) -> list[str]:
    """The neo4j.conf lines that make Neo4j Browser load the project's style and guide."""
    base = browser.assets_url.rstrip("/")
    host = urllib.parse.urlsplit(base).hostname
    if not host:
        raise LocalServerError(f"GEOKG_BROWSER_ASSETS_URL {base!r} is not an http(s) URL")
    return [
        # Browser runs these after every connect, each adding a frame when it is done, the
        # newest on top. A fetched style would race the fetched guide for the top; inline,
        # as the JSON Browser also accepts, it is done first and the guide lands above it.
        f"browser.post_connect_cmd=style {grass_json()}; play {base}/guide.html",
        # Community 5.26 declares the allow-list under its old name only: the newer
        # browser.remote_content_hostname_allowlist, like the Enterprise-only
        # browser.retain_connection_credentials, fails its strict config validation as an
        # undeclared setting. The Browser matches host names without ports.
        f"browser.remote_content_hostname_whitelist={host}",
        # No usage-data banner, and no calls home that this closed network would refuse.
        "client.allow_telemetry=false",
    ]


def grass_json(path: Path = BROWSER_STYLE) -> str:
    """The GraSS stylesheet as the one-line JSON `:style` takes: {selector: {key: value}}."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LocalServerError(f"cannot read Neo4j Browser's style {path}: {exc}") from None
    rules: dict[str, dict[str, str]] = {}
    for selector, body in _GRASS_RULE.findall(text):
        pairs = (d.split(":", 1) for d in body.split(";") if d.strip())
        rules[selector.strip()] = {k.strip(): v.strip().strip('"') for k, v in pairs}
    if not rules:
        raise LocalServerError(f"{path} holds no GraSS rule")
    return json.dumps(rules, separators=(",", ":"))


def _set_initial_password(settings: Neo4jSettings, layout: _Layout, java: str, lib: Path) -> None:
    """`neo4j-admin dbms set-initial-password`: writes data/dbms/auth.ini for the first start."""
    env = _child_env()
    # AdminTool finds the config through these, as it does under the official scripts.
    env["NEO4J_HOME"] = str(layout.home)
    env["NEO4J_CONF"] = str(layout.conf_dir)
    cmd = [
        java,
        *ADMIN_JVM_OPTIONS,
        "-cp",
        _classpath(lib),
        ADMIN_CLASS,
        "dbms",
        "set-initial-password",
        # On argv for the second it runs: AdminTool takes the password no other way.
        settings.password.get_secret_value(),
    ]
    try:
        done = subprocess.run(
            cmd,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=layout.home,
            timeout=ADMIN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise LocalServerError(
            f"setting the initial password took over {ADMIN_TIMEOUT:.0f}s"
        ) from None
    if done.returncode != 0:
        output = (done.stdout + done.stderr).decode("utf-8", "replace")
        # The exception messages say what is wrong (usually a bad setting); the frames do not.
        messages = [ln for ln in output.splitlines() if ln.strip() and ln[:1] not in "\t "]
        raise LocalServerError(
            f"setting the initial password failed (exit {done.returncode}):\n"
            + _last_lines("\n".join(messages), 10)
        )


def _launch(
    settings: Neo4jSettings, layout: _Layout, java: str, lib: Path
) -> subprocess.Popen[bytes]:
    cmd = [
        java,
        *JVM_OPTIONS,
        f"-Xms{settings.heap}",
        f"-Xmx{settings.heap}",
        "-cp",
        _classpath(lib),
        ENTRY_CLASS,
        f"--home-dir={layout.home}",
        f"--config-dir={layout.conf_dir}",
    ]
    # Neo4j logs to logs/neo4j.log and debug.log itself; console.log catches what comes
    # before its logging exists (JVM flag errors, class-path problems, crashes).
    with layout.console_log.open("ab") as console:
        console.write(f"\n--- {time.strftime('%Y-%m-%d %H:%M:%S')} starting\n".encode())
        console.flush()
        try:
            proc = subprocess.Popen(
                cmd,
                stdout=console,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=_child_env(),
                cwd=layout.home,
                # Its own session: Ctrl-C in the terminal that ran `geokg neo4j start` and the
                # end of that command's process group leave the server running.
                start_new_session=True,
                close_fds=True,
            )
        except OSError as exc:
            raise LocalServerError(f"cannot run {java}: {exc}") from None
    _children[proc.pid] = proc
    layout.pid_file.write_text(f"{proc.pid}\n", encoding="utf-8")
    return proc


def _wait_until_up(
    settings: Neo4jSettings,
    layout: _Layout,
    proc: subprocess.Popen[bytes],
    began: float,
    log_starts: dict[Path, int],
) -> None:
    """Return once Bolt accepts our credentials and HTTP answers; else end the process, raise."""
    deadline = began + settings.start_timeout
    auth = (settings.user, settings.password.get_secret_value())
    bolt_ok = False
    while True:
        code = proc.poll()
        if code is not None:
            _children.pop(proc.pid, None)
            layout.pid_file.unlink(missing_ok=True)
            raise LocalServerError(
                f"Neo4j exited with code {code} while starting.\n{_log_tails(log_starts)}"
            )
        # Bolt opens a few seconds before HTTP, and Neo4j counts as started only once both
        # are up: returning on Bolt alone would announce a Browser that is not there yet.
        if bolt_ok and _http_ok(settings):
            return
        # A bare TCP probe first: cheap, and no driver warnings while the port is still shut.
        if not bolt_ok and _port_open(settings.bolt_port):
            try:
                with GraphDatabase.driver(
                    bolt_url(settings), auth=auth, connection_timeout=5.0
                ) as driver:
                    driver.verify_connectivity()
                bolt_ok = True
                continue
            except AuthError:
                _terminate(layout, proc.pid)
                raise LocalServerError(
                    f"Neo4j came up but refused user {settings.user!r} with the configured "
                    "password. The initial password is set only when the database is first "
                    "created; use the one it was created with (NEO4J_PASSWORD), or delete "
                    f"{layout.data} to start from an empty database."
                ) from None
            except (ServiceUnavailable, Neo4jError, OSError):
                pass  # Bolt listens before the system database is ready: keep waiting
        if time.monotonic() >= deadline:
            _terminate(layout, proc.pid)
            where = browser_url(settings) if bolt_ok else bolt_url(settings)
            raise LocalServerError(
                f"Neo4j did not answer on {where} within "
                f"{settings.start_timeout:.0f}s; stopped it.\n{_log_tails(log_starts)}"
            )
        time.sleep(POLL_INTERVAL)


def _http_ok(settings: Neo4jSettings) -> bool:
    """Whether the HTTP server answers its discovery document (served once it is up)."""
    url = f"http://127.0.0.1:{settings.http_port}/"
    # No proxies: an http_proxy in the environment must not carry a loopback probe away.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=5.0) as response:
            return bool(response.status == 200)
    except (OSError, ValueError):
        return False


def _check_password(settings: Neo4jSettings) -> None:
    if len(settings.password.get_secret_value()) < MIN_PASSWORD_LENGTH:
        raise LocalServerError(
            f"NEO4J_PASSWORD must have at least {MIN_PASSWORD_LENGTH} characters for Neo4j 5"
        )


def _check_ports_free(settings: Neo4jSettings) -> None:
    """Refuse to start beside another listener: the Bolt probe would talk to it, not to us."""
    for name, port in (("Bolt", settings.bolt_port), ("HTTP", settings.http_port)):
        if _port_open(port):
            raise LocalServerError(
                f"{name} port 127.0.0.1:{port} is already taken by a process this home did not "
                "start (another Neo4j? see `ss -ltnp`); stop it or set "
                f"NEO4J_{name.upper()}_PORT"
            )


# --- stop and status ------------------------------------------------------------------------


def stop(settings: Neo4jSettings) -> str:
    """Stop the server this home's pid file names: SIGTERM, then SIGKILL after a minute."""
    layout = _layout(settings)
    with _locked(layout):
        pid = _live_pid(layout)
        if pid is None:
            stale = _remove_stale_pid_file(layout)
            return "Neo4j is not running" + (" (removed a stale pid file)" if stale else "")
        began = time.monotonic()
        how = _terminate(layout, pid)
    return f"Neo4j stopped (pid {pid}, {how}) in {time.monotonic() - began:.1f}s"


def status(settings: Neo4jSettings) -> ServerStatus:
    """Whether the local server process lives and whether Bolt accepts our credentials."""
    layout = _layout(settings)
    pid = _live_pid(layout)
    url = browser_url(settings)
    if pid is None:
        return ServerStatus(False, None, False, url, "Neo4j is not running")
    bolt_ok, problem = _bolt_check(settings)
    if bolt_ok:
        message = f"Neo4j running (pid {pid}): Bolt at {bolt_url(settings)}, Browser at {url}"
    else:
        message = f"Neo4j process {pid} runs but the Bolt check failed: {problem}"
    return ServerStatus(True, pid, bolt_ok, url, message)


def _bolt_check(settings: Neo4jSettings) -> tuple[bool, str]:
    if not _port_open(settings.bolt_port):
        return False, f"nothing listens on 127.0.0.1:{settings.bolt_port}"
    auth = (settings.user, settings.password.get_secret_value())
    try:
        with GraphDatabase.driver(bolt_url(settings), auth=auth, connection_timeout=5.0) as d:
            d.verify_connectivity()
    except AuthError:
        return False, "the configured credentials were refused"
    except (ServiceUnavailable, Neo4jError, OSError) as exc:
        return False, str(exc) or type(exc).__name__
    return True, ""


def _terminate(layout: _Layout, pid: int) -> str:
    """End `pid` (ours, by its pid file), wait for it, drop the pid file; say how it ended."""
    how = "SIGTERM"
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    if not _wait_gone(pid, STOP_TIMEOUT):
        how = f"SIGKILL after {STOP_TIMEOUT:.0f}s"
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        if not _wait_gone(pid, KILL_TIMEOUT):
            raise LocalServerError(f"Neo4j (pid {pid}) survived SIGKILL; pid file kept")
    _children.pop(pid, None)
    layout.pid_file.unlink(missing_ok=True)
    return how


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)
    return True


# --- processes ------------------------------------------------------------------------------


def _live_pid(layout: _Layout) -> int | None:
    """The pid in the pid file if that process lives and is our server for this home."""
    pid = _read_pid(layout)
    if pid is None or not _alive(pid):
        return None
    cmdline = _cmdline(pid)
    # A recycled pid belongs to some other program; a server for another home is not ours.
    if cmdline is None or ENTRY_CLASS not in cmdline:
        return None
    if f"--home-dir={layout.home}" not in cmdline:
        return None
    return pid


def _read_pid(layout: _Layout) -> int | None:
    try:
        text = layout.pid_file.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() and int(text) > 0 else None


def _remove_stale_pid_file(layout: _Layout) -> bool:
    """Drop a pid file whose process is gone or is not our server; say whether there was one."""
    if layout.pid_file.exists() and _live_pid(layout) is None:
        layout.pid_file.unlink(missing_ok=True)
        return True
    return False


def _alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        # Our own child: poll() reaps it, so a dead one does not linger as a zombie.
        return child.poll() is None
    stat = Path(f"/proc/{pid}/stat")
    if Path("/proc/self").exists():
        try:
            # The state follows the parenthesised command name, which may itself hold spaces.
            state = stat.read_text(encoding="utf-8", errors="replace").rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return False
        return bool(state) and state[0] not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cmdline(pid: int) -> str | None:
    proc_cmdline = Path(f"/proc/{pid}/cmdline")
    if Path("/proc/self").exists():
        try:
            return proc_cmdline.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            return None
    # No /proc (macOS): ps prints the full argument list.
    done = subprocess.run(
        ["ps", "-p", str(pid), "-o", "command="], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or None


@contextlib.contextmanager
def _locked(layout: _Layout) -> Iterator[None]:
    """Serialise start/stop on one home, so two `geokg neo4j start` never launch two JVMs."""
    layout.run.mkdir(parents=True, exist_ok=True)
    with layout.lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# --- java, environment, logs ----------------------------------------------------------------


def _java() -> str:
    """The `java` on PATH, checked to be new enough for Neo4j 5."""
    java = shutil.which("java")
    if java is None:
        raise LocalServerError(
            f"`java` is not on PATH: the local Neo4j needs Java {MIN_JAVA} or 21 "
            f"(e.g. `apt-get install openjdk-{MIN_JAVA}-jre-headless`)"
        )
    try:
        done = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LocalServerError(f"cannot run {java} -version: {exc}") from None
    # `java -version` prints e.g. `openjdk version "17.0.15"` or `"1.8.0_392"` on stderr.
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if found is None:
        raise LocalServerError(f"cannot tell the version of {java}: {done.stderr.strip()}")
    major = int(found.group(1))
    if major == 1 and found.group(2):
        major = int(found.group(2))
    if major < MIN_JAVA:
        raise LocalServerError(f"{java} is Java {major}; Neo4j 5 needs Java {MIN_JAVA} or 21")
    return java


def _child_env() -> dict[str, str]:
    """The environment for Maven and Java: ours, less the NEO4J_* variables.

    Those configure this Python side (settings.py); a JVM has no use for them, and
    NEO4J_PASSWORD in particular should not sit in the server's environment.
    """
    return {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}


def _classpath(lib: Path) -> str:
    # A wildcard entry: the JVM expands it, keeping the command line (and `ps`) short.
    return str(lib / "*")


def _log_sizes(layout: _Layout) -> dict[Path, int]:
    """Where the logs that explain a failed start end now, so only this start's lines show."""
    logs = (layout.logs / "neo4j.log", layout.console_log)
    return {log: log.stat().st_size if log.is_file() else 0 for log in logs}


def _log_tails(log_starts: dict[Path, int]) -> str:
    """What this start wrote to its logs, the last lines of each."""
    parts = []
    for log, start_at in log_starts.items():
        text = _tail(log, start_at)
        if text.strip():
            parts.append(f"--- {log} (last lines)\n{text}")
    return "\n".join(parts) or "(the logs say nothing)"


def _tail(path: Path, start_at: int = 0, lines: int = LOG_TAIL_LINES) -> str:
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            # A log rotated since start_at is shorter than it: read it from its beginning.
            begin = start_at if start_at <= size else 0
            handle.seek(max(begin, size - 64 * 1024))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return _last_lines(text, lines)


def _last_lines(text: str, lines: int = LOG_TAIL_LINES) -> str:
    # Maven resets the terminal colour on exit even in batch mode; the codes are noise here.
    plain = _ANSI_ESCAPE.sub("", text)
    return "\n".join(plain.rstrip().splitlines()[-lines:])

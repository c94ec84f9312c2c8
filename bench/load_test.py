"""Load: 50 concurrent clients for 60 seconds on the read endpoints, with no error allowed.

    NEO4J_URI=... .venv/bin/python bench/load_test.py [--port 8014] [--clients 50] [--seconds 60]

Starts `geokg serve` (uvicorn) on loopback against the configured Neo4j, ingests the sample
and the dev corpus first if the graph holds no article (it never wipes anything), checks once
that every URL answers 200, then drives them round-robin with wrk (Debian's C load generator:
on two shared cores a Python client would be what limits the rate) and prints requests,
failures, p50 and p99. The server is stopped by its pid. Exit 1 on any failure.

A script, not a timed test: its numbers depend on the machine.
"""

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
GEOKG = Path(sys.executable).with_name("geokg")
CORPUS = [ROOT / "corpus/seed/viewworld-2787-kim-putin.wp.json", ROOT / "corpus/dev/articles"]
_LUA = """local paths = {%s}
local counter = 0
setup = function(thread)
  thread:set("offset", counter)
  counter = counter + 7
end
local i = nil
request = function()
  i = ((i or offset) %% #paths) + 1
  return wrk.format("GET", paths[i])
end
"""
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def say(message: str) -> None:
    print(f"load_test: {message}", file=sys.stderr, flush=True)


def start_server(port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    """`geokg serve` on loopback, once /health answers 200."""
    proc = subprocess.Popen(
        [
            str(GEOKG),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"load_test: the server exited with {proc.returncode}; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    stop_server(proc)
    raise SystemExit(f"load_test: the server did not answer within 90 s; see {log}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's pid (uvicorn stops its workers and exits), SIGKILL if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def ensure_corpus(base: str) -> None:
    """The sample and the dev corpus, through the real ingest, unless articles are stored."""
    articles = httpx.get(f"{base}/stats", timeout=30).json()["articles"]
    if articles:
        say(f"the graph holds {articles} articles; using them")
        return
    say("the graph holds no article: ingesting the sample and the dev corpus")
    done = subprocess.run(
        [str(GEOKG), "ingest", *map(str, CORPUS)],
        env=os.environ.copy(),
        stdout=sys.stderr,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"load_test: geokg ingest exited with {done.returncode}")


def read_urls(base: str) -> list[str]:
    """Paths over every read endpoint, built from entities the graph really holds."""
    items = httpx.get(f"{base}/entities", params={"limit": 12}, timeout=30).json()["items"]
    ids = [i["entity"]["id"] for i in items]
    names = [i["entity"]["name"].split()[0] for i in items[:6]]
    if len(ids) < 4:
        raise SystemExit("load_test: fewer than 4 entities in the graph")
    urls = [f"/entities?{urlencode({'q': n})}" for n in names]
    for entity in ids[:8]:
        e = quote(entity, safe=":")
        urls += [
            f"/entities/{e}",
            f"/entities/{e}/relations",
            f"/entities/{e}/neighbors?depth=1",
            f"/timeline?{urlencode({'entity': entity, 'bucket': 'month'})}",
            f"/graph?{urlencode({'entity': entity, 'depth': 1})}",
        ]
    for a, b in itertools.pairwise(ids[:7]):
        urls.append(f"/paths?{urlencode({'from': a, 'to': b, 'max_hops': 3})}")
    urls += ["/stats", "/relations?limit=20", "/articles?limit=10"]
    return urls


def check_once(base: str, urls: list[str]) -> None:
    """Every URL answers 200 before the load starts: a wrong URL is not a load failure."""
    for url in urls:
        status = httpx.get(base + url, timeout=60).status_code
        if status != 200:
            raise SystemExit(f"load_test: {url} answered {status} before any load")


def run_wrk(base: str, urls: list[str], clients: int, seconds: int, threads: int) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_LUA % ", ".join(f'"{u}"' for u in urls))
    try:
        return subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{clients}",
                f"-d{seconds}s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.name,
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        Path(script.name).unlink()


def summary(out: str) -> tuple[dict[str, float], int]:
    """Requests, failures (non-2xx/3xx and socket errors), p50 and p99 in ms from wrk's output."""

    def pct(p: str) -> float:
        value, unit = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.MULTILINE).groups()  # type: ignore[union-attr]
        return float(value) * _UNIT_MS[unit]

    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    failures = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(g) for g in sockets.groups()) if sockets else 0
    )
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return {"requests": requests, "rate": rate, "p50": pct("50"), "p99": pct("99")}, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=int(os.getenv("GEOKG_LOAD_PORT", "8014")))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("load_test needs wrk: on Debian or Ubuntu, `apt-get install wrk`")
    base = f"http://127.0.0.1:{args.port}"
    log = Path(tempfile.gettempdir()) / f"geokg-load-{args.port}.log"
    server = start_server(args.port, args.workers, log)
    say(f"server pid {server.pid} on {base}, log {log}")
    try:
        ensure_corpus(base)
        urls = read_urls(base)
        check_once(base, urls)
        say(f"{args.clients} clients for {args.seconds} s over {len(urls)} URLs")
        out = run_wrk(base, urls, args.clients, args.seconds, args.threads)
    finally:
        stop_server(server)
        say(f"server pid {server.pid} stopped (exit {server.returncode})")
    numbers, failures = summary(out)
    print(out.rstrip())
    print(
        f"load {args.clients} clients {args.seconds}s: requests {numbers['requests']:.0f} "
        f"failures {failures} rate {numbers['rate']:.1f}/s "
        f"p50 {numbers['p50']:.1f} ms p99 {numbers['p99']:.1f} ms"
    )
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

"""`GET /entities/{id}/relations` requests per second divided by a trivial endpoint's, same server.

The API runs as `geokg serve` in a child process (stopped by its pid) over the graph of the
replicated corpus; wrk (Debian's `wrk`, a C load generator, so that the client is not what
limits the rate on two cores) drives the same load at both endpoints, in alternating rounds:

- relations: `/entities/{id}/relations`, cycling over the corpus's most mentioned entities
  (people ask about the entities the news is about);
- trivial: `/livez` (a constant JSON answer) and `/docs` (a short HTML page), neither touching
  Neo4j; the faster of the two is the denominator, the stricter choice.

The server runs twice: as configured (the read cache on, geokg.graph.cache), which is what the ratio
line reports, and with GEOKG_READ_CACHE_ENTRIES=0, reported as a second ratio line
(`relations_uncached_vs_trivial_rps`), so that the cost of the query path itself stays in
view. Prints the ratios of the median rates (target >= 0.3), then p50 and p99 of each endpoint
(the medians over rounds of wrk's latency percentiles).

    python -m bench.api_ratio [--articles 2000] [--port 8013] [--seconds 10] [--rounds 2]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from bench.common import OUT_DIR, bench_driver, note, ratio_line
from bench.loader_ratio import load_saved
from geokg.graph.loader import load_extractions
from geokg.graph.settings import get_settings

TARGET = 0.3
TRIVIAL = ("/livez", "/docs")
ENTITIES = 50
_LUA = """local paths = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
"""
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def ensure_corpus_graph(driver, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Load the corpus's extractions unless the graph holds them; the most mentioned ids."""
    database = get_settings().database
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) WHERE a.url STARTS WITH 'https://bench.example.org/articles/' "
        "RETURN count(a) AS n",
        database_=database,
    )
    if records[0]["n"] != n:
        note(f"api_ratio: loading the {n}-article corpus graph")
        load_extractions(driver, load_saved(n), database=database)
    records, _, _ = driver.execute_query(
        "MATCH (e:Entity) WHERE EXISTS { (e)<-[:SUBJECT|OBJECT]-() } "
        "RETURN e.id AS id ORDER BY e.mentions DESC, e.id LIMIT $k",
        {"k": ENTITIES},
        database_=database,
    )
    return [r["id"] for r in records]


def start_server(port: int, log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`geokg serve` on loopback, once its trivial endpoint answers."""
    geokg = Path(sys.executable).with_name("geokg")
    proc = subprocess.Popen(
        [str(geokg), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        env=os.environ | env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"api_ratio: the server exited with {proc.returncode}; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}{TRIVIAL[0]}", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    stop_server(proc)
    raise SystemExit(f"api_ratio: the server did not answer within 60 s; see {log}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's pid (uvicorn shuts down cleanly), SIGKILL if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wrk(base: str, paths: list[str], seconds: int, connections: int) -> dict[str, float]:
    """One wrk run over the paths: requests/s, p50 and p99 in ms."""
    script = OUT_DIR / f"wrk-{abs(hash(tuple(paths)))}.lua"
    script.write_text(_LUA % ", ".join(f'"{p}"' for p in paths), encoding="utf-8")
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        raise SystemExit(f"api_ratio: {m.group(1)} failed responses:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def pct(p: str) -> float:
        line = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.MULTILINE)
        value, unit = line.groups()  # type: ignore[union-attr]
        return float(value) * _UNIT_MS[unit]

    return {"rate": rate, "p50": pct("50"), "p99": pct("99")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--port", type=int, default=int(os.getenv("GEOKG_BENCH_API_PORT", "8013")))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("api_ratio needs wrk: on Debian or Ubuntu, `apt-get install wrk`")
    with bench_driver() as driver:
        ids = ensure_corpus_graph(driver, args.articles)
    relations = [f"/entities/{quote(i, safe='')}/relations" for i in ids]
    base = f"http://127.0.0.1:{args.port}"
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for ratio, env in (
        ("relations_vs_trivial_rps", {}),
        ("relations_uncached_vs_trivial_rps", {"GEOKG_READ_CACHE_ENTRIES": "0"}),
    ):
        runs = measure(base, relations, env, args)
        lines += report(ratio, runs, args.connections)
    ratios = [ln for ln in lines if " ratio " in ln]
    print("\n".join(ratios + [ln for ln in lines if ln not in ratios]), flush=True)


def measure(
    base: str, relations: list[str], env: dict[str, str], args: argparse.Namespace
) -> dict[str, list[dict[str, float]]]:
    """Alternating wrk rounds on each trivial endpoint and on relations, one server."""
    proc = start_server(args.port, OUT_DIR / "api-server.log", env)
    try:
        for path in (*TRIVIAL, *relations):  # every path answers, and plans are cached
            response = httpx.get(base + path, timeout=30)
            if response.status_code != 200:
                raise SystemExit(f"api_ratio: GET {path} answered {response.status_code}")
        runs: dict[str, list[dict[str, float]]] = {p: [] for p in (*TRIVIAL, "relations")}
        for r in range(args.rounds):
            for name, paths in (*((p, [p]) for p in TRIVIAL), ("relations", relations)):
                runs[name].append(wrk(base, paths, args.seconds, args.connections))
                note(f"api_ratio: {env or 'as configured'}: round {r + 1} {name}: {runs[name][-1]}")
    finally:
        stop_server(proc)
    return runs


def report(ratio: str, runs: dict[str, list[dict[str, float]]], connections: int) -> list[str]:
    def med(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    trivial = max(TRIVIAL, key=lambda p: med(p, "rate"))
    lines = [ratio_line(ratio, med("relations", "rate") / med(trivial, "rate"), TARGET)]
    path = {"relations": "/entities/{id}/relations"}
    prefix = "api_uncached" if "uncached" in ratio else "api"
    for name in ("relations", *TRIVIAL):
        lines.append(
            f"{prefix}_{name.strip('/')} "
            f"p50 {med(name, 'p50'):.2f} ms p99 {med(name, 'p99'):.2f} ms "
            f"rps {med(name, 'rate'):.0f} path {path.get(name, name)} connections {connections}"
            + (" (the denominator)" if name == trivial else "")
        )
    return lines


if __name__ == "__main__":
    main()

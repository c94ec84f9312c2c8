"""Peak memory of the API while it streams exports, at N claims and at 10 N: it must stay flat.

The synthetic graph of bench.graph_latency (written through the real loader) is loaded with
N claims; a fresh `geokg serve` (a child process, stopped by its pid) then serves every export
format in turn, each downloaded to nowhere by a streaming client, and its peak resident set
(VmHWM in /proc) is read. The graph then grows to 10 N claims and a new server does the same.
Prints the ratio of the two peaks (target <= 1.2), then per size the idle and peak memory and,
per format, the bytes, the seconds and how soon the first byte came.

    python -m bench.export_memory [--claims 20000] [--factor 10] [--port 8013]
"""

import argparse
import os
import tempfile
import time
from pathlib import Path

import httpx

from bench.api_ratio import start_server, stop_server
from bench.common import bench_driver, note, ratio_line, wipe
from bench.graph_latency import add, extractions

TARGET = 1.2
EXPORTS = [
    ("claims", "csv"),
    ("claims", "jsonl"),
    ("claims", "parquet"),
    ("graph", "graphml"),
    ("graph", "gexf"),
    ("graph", "json"),
]


def memory_kib(pid: int, field: str) -> int:
    """A memory figure of a process from /proc (VmRSS now, VmHWM its peak), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise SystemExit(f"export_memory: no {field} for pid {pid}")


def download(base: str, what: str, fmt: str) -> dict[str, float]:
    """Stream one export to nowhere: bytes, seconds, seconds to the first byte."""
    began = time.perf_counter()
    first = 0.0
    size = 0
    with httpx.stream(
        "GET", f"{base}/export/{what}", params={"format": fmt}, timeout=3600
    ) as response:
        if response.status_code != 200:
            raise SystemExit(f"export_memory: /export/{what}?format={fmt}: {response.read()!r}")
        for chunk in response.iter_raw():
            if not first:
                first = time.perf_counter() - began
            size += len(chunk)
    return {"bytes": size, "seconds": time.perf_counter() - began, "first_byte": first}


def measure(port: int, claims: int) -> dict[str, object]:
    """A fresh server's idle and peak memory over every export, and each export's figures."""
    log = Path(tempfile.gettempdir()) / f"geokg-export-memory-{os.getpid()}.log"
    server = start_server(port, log, {})
    try:
        idle = memory_kib(server.pid, "VmRSS")
        base = f"http://127.0.0.1:{port}"
        runs = {}
        for what, fmt in EXPORTS:
            runs[f"{what}.{fmt}"] = r = download(base, what, fmt)
            note(
                f"export_memory: {claims:,} claims, {what} {fmt}: {r['bytes'] / 2**20:.1f} MiB "
                f"in {r['seconds']:.1f} s, first byte after {r['first_byte'] * 1000:.0f} ms, "
                f"server peak {memory_kib(server.pid, 'VmHWM') / 1024:.0f} MiB"
            )
        peak = memory_kib(server.pid, "VmHWM")
    finally:
        stop_server(server)
    return {"idle_kib": idle, "peak_kib": peak, "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000, help="the smaller graph")
    parser.add_argument("--factor", type=int, default=10, help="how much larger the other is")
    parser.add_argument("--port", type=int, default=int(os.getenv("GEOKG_BENCH_API_PORT", "8013")))
    args = parser.parse_args()
    small, large = args.claims, args.claims * args.factor
    results = {}
    with bench_driver() as driver:
        wipe(driver)
        add(driver, extractions(small, prefix="export-a"), small, "export_memory")
        results[small] = measure(args.port, small)
        # The same law over the same entities, other articles: the graph grows as news does.
        more = large - small
        add(driver, extractions(more, seed=7, prefix="export-b"), more, "export_memory")
        results[large] = measure(args.port, large)
    peak = {n: int(r["peak_kib"]) / 1024 for n, r in results.items()}  # type: ignore[call-overload]
    print(ratio_line(f"export_peak_rss_{large}_vs_{small}", peak[large] / peak[small], TARGET))
    for n, r in results.items():
        idle = int(r["idle_kib"]) / 1024  # type: ignore[call-overload]
        print(f"export_peak_rss claims {n} idle_mib {idle:.0f} peak_mib {peak[n]:.0f}")
        for name, run in r["runs"].items():  # type: ignore[attr-defined]
            print(
                f"export {name} claims {n} mib {run['bytes'] / 2**20:.1f} "
                f"seconds {run['seconds']:.2f} first_byte_ms {run['first_byte'] * 1000:.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()

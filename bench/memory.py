"""Peak memory of a bulk ingest as the corpus grows: it must stay flat.

Each size runs in its own child process (so that neither inherits the other's heap): the
child ingests the first N articles of the replicated corpus into a wiped graph with
`geokg.app.bulk.run_ingest` and reports its peak resident set (`ru_maxrss`, plus that of any spaCy
worker processes when n_process > 1). Prints each peak, then the ratio of the largest to the
smallest, which flat memory keeps near 1 (target <= 1.1).

    python -m bench.memory [--sizes 1000 4000]
"""

import argparse
import json
import resource
import subprocess
import sys

from bench.common import bench_driver, note, ratio_line
from bench.ingest_ratio import corpus_path, ingest_seconds

TARGET = 1.1


def child(n: int) -> None:
    """Ingest the n-article corpus (the first n of any larger one); print peak memory as JSON."""
    corpus = corpus_path(n)
    with bench_driver() as driver:
        seconds = ingest_seconds(driver, corpus)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"articles": n, "self_kib": own, "workers_kib": workers, "seconds": seconds}))


def measure(n: int) -> dict[str, float]:
    corpus_path(n)  # written here, so that the child's peak does not include writing it
    out = subprocess.run(
        [sys.executable, "-m", "bench.memory", "--child", str(n)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"memory: the child for {n} articles failed:\n{out.stderr[-3000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    peaks = {}
    for n in sorted(args.sizes):
        r = measure(n)
        peaks[n] = (r["self_kib"] + r["workers_kib"]) / 1024
        note(f"memory: {n} articles in {r['seconds']:.0f}s, peak {peaks[n]:.0f} MiB")
    small, large = min(peaks), max(peaks)
    print(ratio_line(f"ingest_peak_rss_{large}_vs_{small}", peaks[large] / peaks[small], TARGET))
    for n, mib in peaks.items():
        print(f"ingest_peak_rss articles {n} mib {mib:.0f}", flush=True)


if __name__ == "__main__":
    main()

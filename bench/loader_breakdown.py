"""Where a loader transaction's time goes: seconds per named statement, over a few batches.

A diagnostic, not a ratio: it loads `--batches` batches of new synthetic articles (the same
power law as bench.graph_latency, other ids) on top of whatever graph is loaded, and times
each `cypher/` statement the loader runs, by wrapping `geokg.graph.loader._run` in this process
only. Run it after bench.graph_latency or bench.loader_ratio has filled the graph.

    python -m bench.loader_breakdown [--batches 5 | --corpus 2000]
"""

import argparse
import time
from collections import defaultdict
from typing import Any

from bench.common import bench_driver, wipe
from bench.graph_latency import extractions
from bench.loader_ratio import load_saved
from geokg.graph import loader
from geokg.graph.settings import get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--corpus", type=int, help="instead: the N-article corpus, wiped first")
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    run = loader._run

    def timed(tx: Any, name: str, **params: Any) -> Any:
        began = time.perf_counter()
        try:
            return run(tx, name, **params)
        finally:
            spent[name] += time.perf_counter() - began

    loader._run = timed  # type: ignore[assignment]
    size = loader.DEFAULT_BATCH_SIZE
    if args.corpus:
        fresh = load_saved(args.corpus)
    else:
        # Another seed and prefix: new articles and claims over the same entities.
        fresh = list(extractions(args.batches * size * 10, seed=99, prefix="breakdown"))
    with bench_driver() as driver:
        if args.corpus:
            wipe(driver)
        began = time.perf_counter()
        for i in range(0, len(fresh), size):
            loader.load_extractions(driver, fresh[i : i + size], database=get_settings().database)
        total = time.perf_counter() - began
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"loader_statement {name} s {seconds:.2f} share {seconds / total:.2f}")
    print(f"loader_statement total s {total:.2f} batches {len(fresh) // size}")


if __name__ == "__main__":
    main()

"""End-to-end ingest throughput divided by raw spaCy `nlp.pipe` throughput, same corpus.

Three passes over the same replicated corpus, one after the other in this process, with the
spaCy pipeline loaded once before any of them (geokg.ingest.nlp.load_nlp, IngestSettings: the same
model, gazetteer, batch size and process count), so that no pass pays for the load:

1. raw: `nlp.pipe` over the texts, read beforehand; the ceiling.
2. extract: `extract_documents` from the file (reading, language check, NLP, resolution,
   claims), no graph; its extractions are saved for the loader benchmark.
3. ingest: `geokg.app.bulk.run_ingest` from the file into a wiped graph; what `geokg ingest` does.

The ratio is raw time / ingest time (target >= 0.7). The extract pass says whether what is
lost goes to extraction or to the graph. `--profile N` also runs pyinstrument over an ingest
of the first N articles and writes its report beside the corpus.

    python -m bench.ingest_ratio [--articles 2000] [--profile 200]
"""

import argparse
import time
from pathlib import Path

from bench.common import OUT_DIR, bench_driver, note, ratio_line, wipe
from bench.corpus import write_corpus
from geokg.app.bulk import run_ingest
from geokg.graph.settings import get_settings
from geokg.ingest.nlp import load_nlp
from geokg.ingest.pipeline import EXTRACTOR_VERSION, extract_documents
from geokg.ingest.readers import Document, read_paths
from geokg.ingest.settings import get_ingest_settings

TARGET = 0.7


def corpus_path(n: int) -> Path:
    """The replicated corpus of `n` articles, written when missing or different."""
    return write_corpus(n, OUT_DIR / f"corpus-{n}.jsonl")


def extractions_path(n: int) -> Path:
    """Where the extract pass saves the corpus's extractions (one JSON object a line)."""
    return OUT_DIR / f"extractions-{n}-{EXTRACTOR_VERSION}.jsonl"


def raw_spacy_seconds(texts: list[str]) -> float:
    """Seconds for nlp.pipe over the texts with the ingest's model and settings."""
    s = get_ingest_settings()
    nlp = load_nlp(s.spacy_model)
    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=s.batch_size, n_process=s.n_process):
        pass
    return time.perf_counter() - began


def extract_seconds(corpus: Path, out: Path) -> tuple[float, int]:
    """Seconds to extract the corpus without the graph; the extractions go to `out`."""
    began = time.perf_counter()
    lines = [
        r.extraction.model_dump_json()
        for r in extract_documents(read_paths([corpus]))
        if not isinstance(r, Exception)
    ]
    elapsed = time.perf_counter() - began
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elapsed, len(lines)


def ingest_seconds(  # type: ignore[no-untyped-def]
    driver, corpus: Path, limit: int | None = None
) -> float:
    """Seconds for run_ingest of the corpus (its first `limit` articles) into a wiped graph."""
    wipe(driver)
    items = read_paths([corpus])
    if limit is not None:
        items = (x for i, x in zip(range(limit), items, strict=False))  # type: ignore[assignment]
    began = time.perf_counter()
    summary = run_ingest(driver, items, database=get_settings().database)
    elapsed = time.perf_counter() - began
    if summary.failed or summary.skipped:
        note(f"ingest_ratio: {len(summary.failed)} failed, {len(summary.skipped)} skipped")
    note(f"ingest_ratio: ingest {summary.lines()[0]}")
    return elapsed


def profile(driver, corpus: Path, n: int) -> Path:  # type: ignore[no-untyped-def]
    """pyinstrument over an ingest of the first `n` articles; the text report's path."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005)
    with profiler:
        ingest_seconds(driver, corpus, limit=n)
    out = OUT_DIR / f"profile-ingest-{n}.txt"
    out.write_text(profiler.output_text(unicode=False, color=False, show_all=False), "utf-8")
    (OUT_DIR / f"profile-ingest-{n}.html").write_text(profiler.output_html(), "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--profile", type=int, default=0, help="profile an ingest of N articles")
    args = parser.parse_args()
    corpus = corpus_path(args.articles)
    texts = [d.text for d in read_paths([corpus]) if isinstance(d, Document)]
    words = sum(len(t.split()) for t in texts)
    s = get_ingest_settings()
    note(
        f"ingest_ratio: {len(texts)} articles, {words:,} words; model {s.spacy_model}, "
        f"batch_size {s.batch_size}, n_process {s.n_process}"
    )
    load_nlp(s.spacy_model)  # loaded once: no pass pays for it
    with bench_driver() as driver:
        raw = raw_spacy_seconds(texts)
        note(f"ingest_ratio: raw nlp.pipe {raw:.1f}s ({words / raw:,.0f} words/s)")
        extract, n = extract_seconds(corpus, extractions_path(args.articles))
        note(f"ingest_ratio: extract only {extract:.1f}s ({n} extractions saved)")
        ingest = ingest_seconds(driver, corpus)
        note(f"ingest_ratio: end-to-end ingest {ingest:.1f}s ({words / ingest:,.0f} words/s)")
        print(ratio_line("ingest_vs_spacy", raw / ingest, TARGET), flush=True)
        print(ratio_line("extract_vs_spacy", raw / extract, TARGET), flush=True)
        if args.profile:
            note(f"ingest_ratio: pyinstrument report in {profile(driver, corpus, args.profile)}")


if __name__ == "__main__":
    main()

"""The `geokg` command line: extract, ingest, eval, serve, export and the local Neo4j server.

Exit codes: 0 success; 1 some articles failed; 2 bad usage; 3 Neo4j unreachable.
"""

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated, Any

import typer

from geokg.graph.models import Claim, Extraction

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
neo4j_app = typer.Typer(no_args_is_help=True, help="Manage the local Neo4j server (no Docker).")
app.add_typer(neo4j_app, name="neo4j")

EXIT_FAILED, EXIT_USAGE, EXIT_NEO4J = 1, 2, 3


def _print_version(value: bool) -> None:
    if value:
        from geokg import __version__

        typer.echo(f"geokg {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """News articles to an evidence-backed geopolitical knowledge graph in Neo4j."""


PathsArg = Annotated[list[str], typer.Argument(help="Files, folders or http(s) URLs of articles.")]


def _line(result: Any, all_claims: bool) -> dict[str, Any]:
    extraction: Extraction = result.extraction
    claims: list[Claim] = result.all_claims if all_claims else extraction.claims
    ids = {e for c in claims for e in (c.subject, c.object, c.attributed_to) if e}
    return {
        "source": result.document.source,
        "id": extraction.article.id,
        "title": extraction.article.title,
        "published_at": extraction.article.published_at.isoformat(),
        "entities": [
            e.model_dump(mode="json", include={"id", "name", "kind", "aliases", "iso3", "mentions"})
            for e in extraction.entities
            if e.mentions > 0 or e.id in ids
        ],
        "claims": [
            {**c.model_dump(mode="json"), "plover": c.plover, "cameo": c.cameo} for c in claims
        ],
    }


@app.command()
def extract(
    paths: PathsArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per article.")] = False,
    all_claims: Annotated[
        bool, typer.Option("--all", help="Include claims under the confidence threshold.")
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Under each claim, the rule and trigger that made it and the sentence.",
        ),
    ] = False,
) -> None:
    """Print the entities and claims of each article; needs no Neo4j.

    An article that cannot be read or extracted is named on stderr with its reason and the
    others go on; a summary on stderr counts them (exit 1 if any failed).
    """
    from geokg.ingest.errors import IngestError, SkippedArticle, stage_counts, stage_note
    from geokg.ingest.pipeline import extract_documents

    _check_inputs(paths)
    _debug_logging()
    began = time.monotonic()
    extracted, skipped, failed = 0, 0, []
    try:
        for result in extract_documents(_read_inputs(paths)):
            if isinstance(result, SkippedArticle):
                skipped += 1
                typer.echo(f"skipped: {result}", err=True)
                continue
            if isinstance(result, IngestError):
                failed.append(result.stage)
                typer.echo(f"error: {result}", err=True)
                continue
            extracted += 1
            _print(_line(result, all_claims), as_json, explain)
    except IngestError as exc:  # raised, not yielded: the configured spaCy model is missing
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    typer.echo(
        f"extracted {extracted}; skipped {skipped}; failed {len(failed)} article(s)"
        f"{stage_note(stage_counts(failed))} in {time.monotonic() - began:.1f}s",
        err=True,
    )
    raise typer.Exit(EXIT_FAILED if failed else 0)


def _print(line: dict[str, Any], as_json: bool, explain: bool = False) -> None:
    if as_json:
        typer.echo(json.dumps(line, ensure_ascii=False))
        return
    typer.echo(f"# {line['source']}  ({line['id']})")
    names = {e["id"]: e["name"] for e in line["entities"]}
    for c in line["claims"]:
        typer.echo(
            f"  {names.get(c['subject'], c['subject'])} -{c['type']}-> "
            f"{names.get(c['object'], c['object'])}  [{c['modality']}, {c['tense']}]"
        )
        if explain:
            typer.echo(
                f"      rule {c['rule']} (confidence {c['confidence']}), "
                f"trigger {c['trigger']!r}, sentence {c['sentence_index']}: {c['sentence']}"
            )


@app.command()
def ingest(paths: PathsArg) -> None:
    """Extract every article and load it into Neo4j, resumably; prints a summary.

    Articles stored with the same content are skipped before any NLP: after a stop (Neo4j went
    away, exit 3), the same command resumes where it stopped.
    """
    from neo4j.exceptions import AuthError, ServiceUnavailable

    from geokg.app.bulk import GraphUnavailable, progress_bar, run_ingest
    from geokg.graph.db import connect
    from geokg.graph.schema import apply_schema
    from geokg.graph.settings import get_settings
    from geokg.ingest.errors import IngestError

    _check_inputs(paths)
    _debug_logging()
    settings = get_settings()
    resume = "re-run the same command to resume (articles already stored are skipped)"
    try:
        with connect(settings) as driver:
            driver.verify_connectivity()
            apply_schema(driver, settings.database)
            with progress_bar() as progress:
                summary = run_ingest(
                    driver, _read_inputs(paths), database=settings.database, progress=progress
                )
    except GraphUnavailable as exc:
        typer.echo("\n".join(exc.summary.lines()))
        typer.echo(
            f"error: Neo4j at {settings.uri} stopped answering after {exc.summary.retries} "
            f"retries: {exc.cause}\nNothing is half-stored. Once Neo4j is back, {resume}.",
            err=True,
        )
        raise typer.Exit(EXIT_NEO4J) from None
    except (ServiceUnavailable, AuthError) as exc:
        typer.echo(f"error: Neo4j unreachable at {settings.uri}: {exc}", err=True)
        raise typer.Exit(EXIT_NEO4J) from None
    except IngestError as exc:  # the configured spaCy model is not installed
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        typer.echo(f"interrupted; nothing is half-stored: {resume}", err=True)
        raise typer.Exit(130) from None
    typer.echo("\n".join(summary.lines()))
    raise typer.Exit(EXIT_FAILED if summary.failed else 0)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Serve the HTTP API with uvicorn."""
    import uvicorn

    uvicorn.run("geokg.app.main:app", host=host, port=port, workers=workers)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold folder.")] = Path("corpus/dev/gold"),
    articles: Annotated[Path, typer.Option(help="Articles folder.")] = Path("corpus/dev/articles"),
    system: Annotated[
        Path | None,
        typer.Option(help="Score this `geokg extract --json` output instead of extracting."),
    ] = None,
    split: Annotated[
        list[int] | None,
        typer.Option(help="Also a line per article-number range ending here (repeatable)."),
    ] = None,
    per_article: Annotated[
        bool, typer.Option("--per-article", help="List each article's missed and spurious.")
    ] = False,
    min_f1: Annotated[float | None, typer.Option(help="Exit 1 below this F1.")] = None,
    min_core_recall: Annotated[
        float | None, typer.Option(help="Exit 1 below this core recall.")
    ] = None,
    scorer: Annotated[
        Path | None,
        typer.Option(help="Score with this external script (`score.py SYSTEM GOLD`) instead."),
    ] = None,
    by_rule: Annotated[
        bool,
        typer.Option(
            "--by-rule", help="Also each rule's yield, correct and core triples, precision."
        ),
    ] = False,
    causes: Annotated[
        bool,
        typer.Option(
            "--causes",
            help="Also why claims are missed, in counts only (no text), safe on unread sets.",
        ),
    ] = False,
) -> None:
    """Extract the dev corpus and score it against its gold (geokg.ingest.evaluate)."""
    import tempfile

    from geokg.ingest import evaluate as ev

    if not gold.is_dir():
        typer.echo(f"error: no gold folder at {gold}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if scorer is not None and not scorer.is_file():
        typer.echo(f"error: no scorer at {scorer}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if causes and system is not None:
        typer.echo(
            "error: --causes reads the articles as they are extracted; drop --system", err=True
        )
        raise typer.Exit(EXIT_USAGE)
    lines = _eval_lines(system, articles)
    if scorer is not None:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
            out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        done = subprocess.run([sys.executable, str(scorer), out.name, str(gold)], check=False)
        Path(out.name).unlink()
        raise typer.Exit(done.returncode)
    try:
        results = ev.score(lines, ev.load_gold(gold))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if per_article:
        for name, res in sorted(results.items()):
            typer.echo(
                f"== {name}: tp {res.tp} / system {res.system} / gold {res.gold}, split {res.split}"
            )
            for label, triples in (("missed  ", res.missed), ("spurious", res.spurious)):
                for line in sorted(map(ev.describe, triples)):
                    typer.echo(f"   {label} {line}")
    if by_rule:
        rules = ev.by_rule(lines, ev.load_gold(gold))
        typer.echo(f"{'rule':28} {'yield':>6} {'correct':>8} {'core':>5} {'precision':>9}")
        for name, r in sorted(rules.items(), key=lambda kv: (-kv[1].yielded, kv[0])):
            typer.echo(f"{name:28} {r.yielded:6d} {r.correct:8d} {r.core:5d} {r.precision:9.2f}")
    if causes:
        from geokg.ingest.causes import corpus_causes, summed, table

        found, failed = corpus_causes(articles, ev.load_gold(gold))
        groups = [
            (label, summed(found[n] for n in names if n in found))
            for label, names in (ev.split_names(found, split) if split else [])
        ]
        typer.echo("\n".join(table([*groups, ("total", summed(found.values()))])))
        for name in failed:
            typer.echo(f"error: {name} failed to extract; its misses are not counted", err=True)
    total = ev.totals(results.values())
    if split:
        for label, group in ev.split_by_number(results, split):
            typer.echo(f"{label}  {ev.format_totals(ev.totals(group))}")
        typer.echo(f"total  {ev.format_totals(total)}")
    else:
        typer.echo(ev.format_totals(total))
    short = (min_f1 is not None and total["f1"] < min_f1) or (
        min_core_recall is not None and total["core_recall"] < min_core_recall
    )
    raise typer.Exit(EXIT_FAILED if short else 0)


@app.command("eval-plover")
def evaluate_plover(
    records: Annotated[
        Path, typer.Argument(help="A PLOVER gold standard records file (JSON list).")
    ] = Path("corpus/plover/PLOVER_GSR_CAMEO.json"),
    missed: Annotated[
        bool, typer.Option("--missed", help="Also list each record not read, with its text.")
    ] = False,
) -> None:
    """Extract PLOVER's gold standard sentences and count, per event, those read: a claim of a
    type the event maps to joins its source to its target (geokg.ingest.plover)."""
    from geokg.ingest import plover
    from geokg.ingest.settings import get_ingest_settings

    try:
        found = plover.load_records(records)
        tallies = plover.score(found, get_ingest_settings())
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if missed:
        for event, tally in tallies.items():
            for line in tally.missed:
                typer.echo(f"missed {event:11} {line}")
    typer.echo("\n".join(plover.table(tallies)))


def _eval_lines(system: Path | None, articles: Path) -> list[dict[str, Any]]:
    """The lines to score: read from a file, or extracted from the articles folder."""
    from geokg.ingest.pipeline import extract_documents
    from geokg.ingest.readers import read_paths

    if system is not None:
        try:
            text = system.read_text(encoding="utf-8")
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            typer.echo(f"error: cannot read {system}: {exc}", err=True)
            raise typer.Exit(EXIT_USAGE) from None
    if not articles.is_dir():
        typer.echo(f"error: no articles folder at {articles}", err=True)
        raise typer.Exit(EXIT_USAGE)
    lines = []
    for result in extract_documents(read_paths([articles])):
        if isinstance(result, Exception):
            typer.echo(f"error: {result}", err=True)  # scored as an article with no output
        else:
            lines.append(_line(result, False))
    return lines


@neo4j_app.command("start")
def neo4j_start() -> None:
    """Assemble (first time) and start the local Neo4j; waits until Bolt answers."""
    from geokg.graph.local_server import LocalServerError, start
    from geokg.graph.settings import get_settings

    try:
        typer.echo(start(get_settings()))
    except LocalServerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_NEO4J) from None


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j started by `geokg neo4j start`."""
    from geokg.graph.local_server import LocalServerError, stop
    from geokg.graph.settings import get_settings

    try:
        typer.echo(stop(get_settings()))
    except LocalServerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_NEO4J) from None


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Say whether the local Neo4j runs and answers on Bolt."""
    from geokg.graph.local_server import status
    from geokg.graph.settings import get_settings

    state = status(get_settings())
    typer.echo(state.message)
    raise typer.Exit(0 if state.running and state.bolt_ok else EXIT_NEO4J)


def _debug_logging() -> None:
    """With GEOKG_LOG_LEVEL=DEBUG, log records on stderr: among them the traceback behind
    each failed article, which the terminal otherwise never shows."""
    from geokg.app.logs import configure_logging
    from geokg.app.settings import get_api_settings

    s = get_api_settings()
    if s.log_level.upper() == "DEBUG":
        configure_logging(s.log_format, "DEBUG")


# --- geokg export: claims and the graph out of Neo4j, as files -----------------------------------

OutputOpt = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here (default: standard output).")
]
ConfidenceOpt = Annotated[
    float | None, typer.Option("--min-confidence", min=0.0, max=1.0, help="Lowest confidence.")
]
FORMATS = {"claims": "csv (default), jsonl, parquet", "graph": "graphml (default), gexf, json"}


@app.command("export")
def export(
    what: Annotated[str, typer.Argument(help="claims, or graph.")],
    output: OutputOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help=f"claims: {FORMATS['claims']}; graph: {FORMATS['graph']}. "
            "Default: the one -o's suffix names.",
        ),
    ] = None,
    entity: Annotated[
        str | None, typer.Option(help="Claims this entity is subject or object of.")
    ] = None,
    types: Annotated[str | None, typer.Option("--type", help="Comma-separated types.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, reported, ...")] = None,
    since: Annotated[str | None, typer.Option(help="Event date from, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Event date until, YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="A publisher, e.g. Wikinews.")] = None,
    min_confidence: ConfidenceOpt = None,
) -> None:
    """Export every claim that passes the filters (CSV, PLOVER JSON Lines, Parquet) or their
    graph (GraphML, GEXF, node-link JSON), streamed from Neo4j; progress on stderr."""
    from geokg.app.exports import ClaimFormat, GraphFormat

    if what not in FORMATS:
        typer.echo(f"error: export claims or graph, not {what!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    kind = ClaimFormat if what == "claims" else GraphFormat
    chosen = _export_format(kind, fmt, output)
    where = _export_filter(entity, types, modality, since, until, source, min_confidence)
    _run_export(what, chosen, where, output)


def _export_format(kind: Any, asked: str | None, output: Path | None) -> Any:
    """The format named, else the one the output file's suffix names, else the first."""
    names = [f.value for f in kind]
    if asked is None and output is not None and output.suffix.lstrip(".") in names:
        asked = output.suffix.lstrip(".")
    if asked is None:
        return next(iter(kind))
    if asked not in names:
        typer.echo(f"error: unknown format {asked!r}; choose one of {', '.join(names)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    return kind(asked)


def _export_filter(
    entity: str | None,
    types: str | None,
    modality: str | None,
    since: str | None,
    until: str | None,
    source: str | None,
    min_confidence: float | None,
) -> Any:
    """The filters as the graph layer takes them; bad ones are bad usage (exit 2)."""
    from datetime import date

    from geokg.graph.exports import ClaimFilter
    from geokg.graph.ontology import Modality, Relation

    def bad(message: str) -> typer.Exit:
        typer.echo(f"error: {message}", err=True)
        return typer.Exit(EXIT_USAGE)

    names = [t.strip().upper() for t in (types or "").split(",") if t.strip()]
    if unknown := [t for t in names if t not in {r.value for r in Relation}]:
        allowed = ", ".join(r.value for r in Relation)
        raise bad(f"unknown relation type(s) {', '.join(unknown)}; allowed: {allowed}")
    if modality is not None and modality not in {m.value for m in Modality}:
        allowed = ", ".join(m.value for m in Modality)
        raise bad(f"unknown modality {modality!r}; allowed: {allowed}")
    for name, value in (("--since", since), ("--until", until)):
        try:
            if value is not None:
                date.fromisoformat(value)
        except ValueError:
            raise bad(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None
    return ClaimFilter(
        entity=entity,
        types=names or None,
        modality=modality,
        since=since,
        until=until,
        source=source,
        min_confidence=min_confidence,
    )


def _run_export(what: str, fmt: Any, where: Any, output: Path | None) -> None:
    """Stream the export to the file or stdout, with a progress bar on stderr."""
    from neo4j.exceptions import AuthError, ServiceUnavailable
    from tqdm import tqdm

    from geokg.app.exports import claims_body, graph_body
    from geokg.graph.db import connect
    from geokg.graph.exports import stream_claims, stream_edges, stream_nodes
    from geokg.graph.settings import get_settings

    if output is None and fmt.value == "parquet" and sys.stdout.isatty():
        typer.echo("error: Parquet is binary: give -o FILE or redirect the output", err=True)
        raise typer.Exit(EXIT_USAGE)
    settings = get_settings()
    done = 0
    # Progress on stderr, only on a terminal (tqdm's disable=None), so that a pipe gets none.
    unit = " claims" if what == "claims" else " rows"
    with tqdm(unit=unit, file=sys.stderr, disable=None, desc=f"export {what}") as bar:

        def progress(rows: int) -> None:
            nonlocal done
            done += rows
            bar.update(rows)

        try:
            with connect(settings) as driver:
                if what == "claims":
                    body = claims_body(fmt, stream_claims(driver, where), progress)
                else:
                    nodes = stream_nodes(driver, where)
                    body = graph_body(fmt, nodes, stream_edges(driver, where), progress)
                # Opened once the queries answered, so that a failure leaves no empty file.
                with output.open("wb") if output else nullcontext(sys.stdout.buffer) as out:
                    for chunk in body:
                        out.write(chunk)
        except (ServiceUnavailable, AuthError) as exc:
            typer.echo(f"error: Neo4j unreachable at {settings.uri}: {exc}", err=True)
            raise typer.Exit(EXIT_NEO4J) from None
    if output is not None:
        typer.echo(
            f"{done} {'claims' if what == 'claims' else 'nodes and edges'} to {output}", err=True
        )


def _check_inputs(inputs: list[str]) -> None:
    """Bad usage (exit 2) for a missing path or a URL that is not http(s), before any work."""
    from geokg.ingest.fetch import SCHEMES, is_url

    urls = [i for i in inputs if is_url(i)]
    refused = [u for u in urls if u.split(":", 1)[0].lower() not in SCHEMES]
    if refused:
        typer.echo(
            f"error: only http and https URLs are fetched, not: {', '.join(refused)}", err=True
        )
        raise typer.Exit(EXIT_USAGE)
    missing = [i for i in inputs if i not in urls and not Path(i).exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(EXIT_USAGE)


def _read_inputs(inputs: list[str]) -> Iterator[Any]:
    """The Documents (and IngestErrors) of paths and http(s) URLs, in the order given.

    URLs are fetched by geokg.ingest.fetch, which refuses private and loopback targets.
    """
    from geokg.ingest.fetch import is_url, read_url
    from geokg.ingest.readers import read_paths

    for item in inputs:
        yield from read_url(item) if is_url(item) else read_paths([item])


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":
    main()

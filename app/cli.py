"""The `geokg` command line: extract, ingest, eval, serve, export and the local Neo4j server.

Exit codes: 0 success; 1 some articles failed; 2 bad usage; 3 Neo4j unreachable.
"""

import json
import subprocess
import sys
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
PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders or http(s) URLs of articles.")
]


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
) -> None:
    """Print the entities and claims of each article; needs no Neo4j."""
    from geokg.ingest.pipeline import extract_documents

    _check_inputs(paths)
    failed = 0
    for result in extract_documents(_read_inputs(paths)):
        if isinstance(result, Exception):
            failed += 1
            typer.echo(f"error: {result}", err=True)
            continue
        line = _line(result, all_claims)
        if as_json:
            typer.echo(json.dumps(line, ensure_ascii=False))
        else:
            typer.echo(f"# {line['source']}  ({line['id']})")
            names = {e["id"]: e["name"] for e in line["entities"]}
            for c in line["claims"]:
                typer.echo(
                    f"  {names.get(c['subject'], c['subject'])} -{c['type']}-> "
                    f"{names.get(c['object'], c['object'])}  [{c['modality']}, {c['tense']}]"
                )
    raise typer.Exit(EXIT_FAILED if failed else 0)


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
    scorer: Annotated[Path, typer.Option(help="The scorer script.")] = Path(
        "../shared/eval/score.py"
    ),
) -> None:
    """Extract the dev corpus and print the scorer's line."""
    import tempfile

    from geokg.ingest.pipeline import extract_documents
    from geokg.ingest.readers import read_paths

    if not scorer.is_file():
        typer.echo(f"error: no scorer at {scorer}", err=True)
        raise typer.Exit(EXIT_USAGE)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for result in extract_documents(read_paths([articles])):
            if not isinstance(result, Exception):
                out.write(json.dumps(_line(result, False), ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(scorer), out.name, str(gold)], check=False)
    Path(out.name).unlink()
    raise typer.Exit(done.returncode)


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
        typer.Option("--format", help=f"claims: {FORMATS['claims']}; graph: {FORMATS['graph']}. "
                     "Default: the one -o's suffix names."),
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
        entity=entity, types=names or None, modality=modality, since=since, until=until,
        source=source, min_confidence=min_confidence,
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
        typer.echo(f"{done} {'claims' if what == 'claims' else 'nodes and edges'} to {output}",
                   err=True)


def _check_inputs(inputs: list[str]) -> None:
    """Bad usage (exit 2) for a missing path or a URL that is not http(s), before any work."""
    from geokg.ingest.fetch import SCHEMES, is_url

    urls = [i for i in inputs if is_url(i)]
    refused = [u for u in urls if u.split(":", 1)[0].lower() not in SCHEMES]
    if refused:
        typer.echo(f"error: only http and https URLs are fetched, not: {', '.join(refused)}", err=True)
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

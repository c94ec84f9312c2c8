"""The `geokg` command line: extract, ingest, eval, serve and the local Neo4j server.

Exit codes: 0 success; 1 some articles failed; 2 bad usage; 3 Neo4j unreachable.
"""

import json
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from graph.models import Claim, Extraction

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
neo4j_app = typer.Typer(no_args_is_help=True, help="Manage the local Neo4j server (no Docker).")
app.add_typer(neo4j_app, name="neo4j")

EXIT_FAILED, EXIT_USAGE, EXIT_NEO4J = 1, 2, 3
PathsArg = Annotated[list[Path], typer.Argument(help="Files or folders of articles.")]


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
    from ingest.pipeline import extract_documents
    from ingest.readers import read_paths

    _check_paths(paths)
    failed = 0
    for result in extract_documents(read_paths(paths)):
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


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(EXIT_USAGE)


def main() -> None:
    """Entry point of the console script."""
    app()


if __name__ == "__main__":
    main()

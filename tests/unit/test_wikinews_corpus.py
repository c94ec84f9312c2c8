"""The robustness corpus: 283 real Wikinews articles of 2019-2020 through `geokg extract`.

No article crashes the extractor; each is extracted, or skipped or refused with a stated
reason; and extraction is deterministic: another process, with another hash seed (so another
order of every set and dict of strings), prints the same lines for a part of the corpus.

corpus/wikinews is CC BY 2.5, Wikinews contributors (https://creativecommons.org/licenses/by/2.5/).
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from geokg.app.cli import app

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "wikinews" / "wikinews-2019-2020.jsonl"
ARTICLES = 283
EMPTY = 262  # the line index of the one article with no text (see corpus/wikinews/README.md)
# The first articles, and those that crashed the extractor before (issue 16).
AGAIN = [*range(24), 81, 109, 122, 168, 214, 262, 264]


@pytest.fixture(scope="module")
def run() -> Result:
    return CliRunner().invoke(app, ["extract", "--json", "--all", str(CORPUS)])


def by_id(stdout: str) -> dict[str, dict[str, Any]]:
    """Each printed article by id, without its source (which names the file it came from)."""
    lines = [json.loads(line) for line in stdout.splitlines()]
    return {line.pop("id"): line for line in lines if line.pop("source")}


def test_no_article_crashes_and_each_is_extracted_or_refused_with_a_reason(run: Result) -> None:
    assert "Traceback" not in run.output
    printed = run.stdout.splitlines()
    named = [ln for ln in run.stderr.splitlines() if ln.startswith(("error: ", "skipped: "))]
    assert len(printed) + len(named) == ARTICLES
    summary = run.stderr.splitlines()[-1]
    found = re.match(r"extracted (\d+); skipped (\d+); failed (\d+) article\(s\)(.*) in ", summary)
    assert found, summary
    extracted, skipped, failed = map(int, found.groups()[:3])
    assert (extracted, extracted + skipped + failed) == (len(printed), ARTICLES)
    # A crash is a failure at the extract or validate stage, a slow article at timeout: none.
    # The only failure is the article with no text, refused as it is read.
    assert (failed, found.group(4)) == (1, " (read 1)"), summary
    empty = f"error: {CORPUS}#{EMPTY}: line {EMPTY + 1}: empty article: no text after clean-up"
    assert empty in named
    assert all(re.match(r"skipped: .+: .+", ln) for ln in named if ln.startswith("skipped"))
    assert run.exit_code == 1  # some article failed: the empty one
    claims = sum(len(line["claims"]) for line in by_id(run.stdout).values())
    assert claims > ARTICLES, "the extractor found next to nothing: look at it"


def test_another_process_extracts_the_same(run: Result, tmp_path: Path) -> None:
    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(lines[i] for i in AGAIN) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "1021"}
    again = subprocess.run(
        [sys.executable, "-m", "geokg.app.cli", "extract", "--json", "--all", str(part)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert "Traceback" not in again.stderr
    first = by_id(run.stdout)
    second = by_id(again.stdout)
    assert len(second) == len(AGAIN) - 1  # all but the empty article
    assert second == {k: first[k] for k in second}

"""The CLI: `geokg extract` prints the scorer's format, with documented exit codes."""

import json
from pathlib import Path

from typer.testing import CliRunner

from geokg.app.cli import EXIT_FAILED, EXIT_USAGE, app

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "seed" / "viewworld-2787-kim-putin.wp.json"
runner = CliRunner()


def test_extract_json_line_per_article() -> None:
    result = runner.invoke(app, ["extract", "--json", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.strip().splitlines()[0])
    assert line["source"] == str(SAMPLE)
    ids = {e["id"] for e in line["entities"]}
    assert {"person:kim-jong-un", "person:vladimir-putin", "country:PRK"} <= ids
    assert all(
        {"subject", "type", "object", "modality", "tense"} <= c.keys() for c in line["claims"]
    )


def test_extract_is_deterministic() -> None:
    first = runner.invoke(app, ["extract", "--json", "--all", str(SAMPLE)]).stdout
    second = runner.invoke(app, ["extract", "--json", "--all", str(SAMPLE)]).stdout
    assert first == second


def test_missing_path_is_bad_usage() -> None:
    result = runner.invoke(app, ["extract", "/no/such/article.json"])
    assert result.exit_code == EXIT_USAGE
    assert "no such file" in result.output


def test_a_bad_article_fails_the_run_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == EXIT_FAILED
    assert "malformed JSON" in result.output and "Traceback" not in result.output


def test_a_file_url_is_bad_usage() -> None:
    result = runner.invoke(app, ["extract", "file:///etc/passwd"])
    assert result.exit_code == EXIT_USAGE
    assert "only http and https" in result.output and "Traceback" not in result.output


def test_private_urls_are_refused_and_the_rest_goes_on() -> None:
    urls = ["http://127.0.0.1:9/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"]
    result = runner.invoke(app, ["extract", "--json", *urls, str(SAMPLE)])
    assert result.exit_code == EXIT_FAILED
    assert "refused: 127.0.0.1 resolves to loopback" in result.stderr
    assert "link-local address 169.254.169.254" in result.stderr
    assert "private address 10.0.0.1" in result.stderr
    assert "Traceback" not in result.output
    assert json.loads(result.stdout.strip())["source"] == str(SAMPLE)  # extracted all the same


def test_exit_codes_are_documented() -> None:
    from geokg.app import cli

    for text in (cli.__doc__ or "", (ROOT / "README.md").read_text(encoding="utf-8")):
        assert "0 success" in text and "1 some articles failed" in text
        assert "2 bad usage" in text and "3 Neo4j unreachable" in text

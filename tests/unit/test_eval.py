"""`make eval` (`geokg eval`): the dev corpus extracted and scored by the project's own scorer
(geokg.ingest.evaluate), whose line must parse and meet the precision floor of issue #4."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_eval_prints_the_scorers_line_with_precision_over_the_floor() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from geokg.app.cli import app; app()", "eval"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    figures = dict(re.findall(r"(\w+) ([0-9.]+)", line))
    assert int(figures["articles"]) >= 12, line
    assert float(figures["precision"]) >= 0.70, line
    assert 0.0 < float(figures["f1"]) <= 1.0, line

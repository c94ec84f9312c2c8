"""What docker-compose.yml and the Dockerfile give the API, checked without a Docker engine:
every setting of the settings classes reaches the `api` service with the class's default, the
service waits for Neo4j's healthcheck and has one of its own, and the image installs the wheel
as a user. tests/graph/test_docker_start.py runs the image's command, docker/start.sh."""

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic_settings import BaseSettings

from geokg.app.settings import ApiSettings
from geokg.graph.local_server import BrowserSettings
from geokg.graph.settings import Neo4jSettings
from geokg.ingest.settings import IngestSettings

ROOT = Path(__file__).resolve().parents[2]
# Settings the api service does not take, each for a reason.
NOT_FOR_THE_API = {
    # Only the local server (`geokg neo4j start`) reads these; compose runs the neo4j image.
    "NEO4J_HOME": "local server",
    "NEO4J_BOLT_PORT": "local server",
    "NEO4J_HTTP_PORT": "local server",
    "NEO4J_START_TIMEOUT": "local server",
    # These size the neo4j service instead (NEO4J_server_memory_*).
    "NEO4J_HEAP": "neo4j service",
    "NEO4J_PAGECACHE": "neo4j service",
    # Where Neo4j Browser finds the guide: the neo4j service's post-connect command.
    "GEOKG_BROWSER_ASSETS_URL": "neo4j service",
}
DEFAULTED = re.compile(r"^\$\{(?P<name>[A-Z0-9_]+):-(?P<default>[^}]*)\}$")


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))
    return data


def settings_by_variable() -> dict[str, tuple[type[BaseSettings], str]]:
    """Every setting's environment variable, with its class and field."""
    out: dict[str, tuple[type[BaseSettings], str]] = {}
    for cls in (ApiSettings, IngestSettings, Neo4jSettings, BrowserSettings):
        prefix = str(cls.model_config.get("env_prefix", ""))
        for field in cls.model_fields:
            out[f"{prefix}{field}".upper()] = (cls, field)
    return out


def parsed(cls: type[BaseSettings], field: str, raw: str) -> Any:
    """A setting's value for its variable set to `raw`, as the class validates it (without
    reading the environment or .env)."""
    return getattr(cls.model_validate({field: raw}), field)


def test_every_setting_reaches_the_api_service_with_its_default() -> None:
    service = compose()["services"]["api"]
    env: dict[str, str] = service["environment"]
    settings = settings_by_variable()
    missing = set(settings) - set(env) - set(NOT_FOR_THE_API)
    assert not missing, f"settings the api service never gets: {sorted(missing)}"
    assert set(env) <= set(settings), f"not settings: {sorted(set(env) - set(settings))}"
    assert not set(env) & set(NOT_FOR_THE_API)
    for variable, value in env.items():
        if variable == "NEO4J_URI":
            assert value == "neo4j://neo4j:7687"  # the neo4j service, whatever .env says
            continue
        match = DEFAULTED.match(value)
        assert match and match["name"] == variable, f"{variable}: {value} is not ${{{variable}:-…}}"
        cls, field = settings[variable]
        assert parsed(cls, field, match["default"]) == cls.model_fields[field].default, value


def test_the_rest_of_the_settings_reach_the_neo4j_service() -> None:
    neo4j_env = " ".join(str(v) for v in compose()["services"]["neo4j"]["environment"].values())
    for variable, where in NOT_FOR_THE_API.items():
        if where == "neo4j service":
            assert "${" + variable + ":-" in neo4j_env, variable


def test_the_api_service_reads_an_optional_env_file_waits_and_restarts() -> None:
    service = compose()["services"]["api"]
    assert service["env_file"] == [{"path": ".env", "required": False}]
    assert service["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert service["restart"] in {"unless-stopped", "always", "on-failure"}
    check = service["healthcheck"]
    assert "/ready" in " ".join(check["test"])
    assert "healthcheck" in compose()["services"]["neo4j"]


def test_the_image_installs_the_wheel_as_a_user_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert len(re.findall(r"^FROM ", dockerfile, re.MULTILINE)) >= 2  # built, then installed
    assert "pip install -e" not in dockerfile and "--editable" not in dockerfile
    assert re.search(r"pip wheel .*--no-deps", dockerfile)
    assert re.search(r"^USER (?!root|0\b)\S+", dockerfile, re.MULTILINE)
    assert re.search(r"^HEALTHCHECK .*\n.*/ready", dockerfile, re.MULTILINE)
    assert "org.opencontainers.image.licenses" in dockerfile
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".env", ".venv", ".git"} <= set(ignored)  # no secret or local state in the image


def test_env_example_names_every_setting_with_its_default() -> None:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    # Set or commented out: `NAME=value` or `# NAME=value`.
    named = {m[1]: m[2] for line in lines if (m := re.match(r"^#? ?([A-Z][A-Z0-9_]+)=(.*)$", line))}
    settings = settings_by_variable()
    assert not set(settings) - set(named), sorted(set(settings) - set(named))
    examples = {"NEO4J_URI", "GEOKG_INGEST_KEY", "GEOKG_READ_KEY", "GEOKG_CORS_ORIGINS"}
    for variable, value in named.items():
        if variable in examples or not value:
            continue  # an example value, not the default
        cls, field = settings[variable]
        assert parsed(cls, field, value) == cls.model_fields[field].default, f"{variable}={value}"

"""What Neo4j Browser and the explorer are given, checked without a running service: the Docker
service's settings match the local server's, the style covers every kind, and every named query
says what it answers and which parameters it takes."""

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from geokg.graph.local_server import (
    BrowserSettings,
    LocalServerError,
    browser_config_lines,
    grass_json,
)
from geokg.graph.ontology import Kind

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "app" / "static"


def docker_env_to_setting(name: str) -> str:
    """The official image's rule: NEO4J_ dropped, `__` is `_`, a single `_` is `.`."""
    return name.removeprefix("NEO4J_").replace("__", "\0").replace("_", ".").replace("\0", "_")


def compose_default(value: str) -> str:
    """A docker-compose value with each ${VAR:-default} at its default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


@pytest.fixture
def default_browser_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The defaults, whatever the environment says: `make test` moves the assets URL."""
    monkeypatch.delenv("GEOKG_BROWSER_ASSETS_URL", raising=False)


@pytest.mark.usefixtures("default_browser_settings")
def test_docker_service_gets_the_local_servers_browser_settings() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    env = compose["services"]["neo4j"]["environment"]
    docker = {
        docker_env_to_setting(k): compose_default(v)
        for k, v in env.items()
        if k.startswith(("NEO4J_browser_", "NEO4J_client_"))
    }
    local = dict(line.split("=", 1) for line in browser_config_lines(BrowserSettings()))
    # The compose file folds the inline style over lines, which only adds JSON whitespace.
    commands = {k: post_connect_commands(v) for k, v in (("docker", docker), ("local", local))}
    assert commands["docker"] == commands["local"]
    del docker["browser.post_connect_cmd"], local["browser.post_connect_cmd"]
    assert docker == local


def post_connect_commands(settings: dict[str, str]) -> list[tuple[str, Any]]:
    """The post-connect commands as Browser splits them, an inline style read as JSON."""
    commands: list[tuple[str, Any]] = []
    for command in settings["browser.post_connect_cmd"].split("; "):
        verb, arg = command.strip().split(" ", 1)
        commands.append((verb, json.loads(arg) if arg.startswith("{") else arg))
    return commands


@pytest.mark.usefixtures("default_browser_settings")
def test_post_connect_styles_then_plays_the_guide_from_the_api() -> None:
    line = browser_config_lines(BrowserSettings())[0]
    assert line.startswith("browser.post_connect_cmd=")
    commands = post_connect_commands(dict([line.split("=", 1)]))
    assert commands == [
        ("style", json.loads(grass_json())),
        ("play", "http://127.0.0.1:8000/browser/guide.html"),
    ]
    assert commands[0][1]["node.Person"]["caption"] == "{name}"
    # Browser splits the setting on semicolons outside quotes: the JSON must hold none.
    assert ";" not in grass_json()


def test_assets_url_moves_the_commands_and_allows_its_host() -> None:
    lines = browser_config_lines(BrowserSettings(assets_url="http://localhost:8475/browser/"))
    assert lines[0].endswith("; play http://localhost:8475/browser/guide.html")
    assert "browser.remote_content_hostname_whitelist=localhost" in lines


def test_a_bad_assets_url_is_refused_by_name() -> None:
    with pytest.raises(LocalServerError, match="GEOKG_BROWSER_ASSETS_URL"):
        browser_config_lines(BrowserSettings(assets_url="127.0.0.1:8000/browser"))


def grass_rules() -> dict[str, dict[str, str]]:
    """style.grass read as Neo4j Browser reads it: `selector { key: value; ... }` blocks."""
    text = (STATIC / "browser" / "style.grass").read_text(encoding="utf-8")
    # Browser's GraSS reader has no comments: one would become part of a selector.
    assert "/*" not in text and "//" not in text
    rules = {}
    # Quoted values hold braces of their own: "{name}".
    for selector, body in re.findall(r'([^{}"]+)\{((?:[^{}"]|"[^"]*")*)\}', text):
        pairs = (d.split(":", 1) for d in body.split(";") if d.strip())
        rules[selector.strip()] = {k.strip(): v.strip().strip('"') for k, v in pairs}
    return rules


def test_style_colours_each_kind_and_captions_names() -> None:
    rules = grass_rules()
    explorer = (STATIC / "explore.js").read_text(encoding="utf-8")
    for kind in Kind:
        rule = rules[f"node.{kind.value}"]
        assert rule["caption"] == "{name}"
        # The explorer page paints each kind in the same colour.
        assert re.search(rf'\b{kind.value}: "{rule["color"]}"', explorer), kind
    colours = [rules[f"node.{kind.value}"]["color"] for kind in Kind]
    assert len(set(colours)) == len(colours)
    assert rules["relationship"]["caption"] == "<type>"
    # Entity precedes the kinds: Browser applies matching rules in order, the last one winning.
    order = list(rules)
    assert all(order.index("node.Entity") < order.index(f"node.{k.value}") for k in Kind)


@pytest.mark.parametrize("path", sorted((ROOT / "cypher").glob("*.cypher")), ids=lambda p: p.stem)
def test_named_query_says_what_it_answers_and_its_parameters(path: Path) -> None:
    header = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            break
        header.append(line.removeprefix("//").strip())
    text = " ".join(header)
    assert text.startswith(f"{path.stem}: "), "the header opens with the query's name"
    assert len(text.split(":", 1)[1].split("Params:")[0].split()) >= 3, "what it answers"
    assert "Params:" in text
    declared = text.split("Params:", 1)[1]
    body = path.read_text(encoding="utf-8")
    used = set(re.findall(r"\$(\w+)", body.replace(declared, "")))
    missing = sorted(p for p in used if f"${p}" not in declared)
    assert not missing, f"parameters used but not named in the header: {missing}"

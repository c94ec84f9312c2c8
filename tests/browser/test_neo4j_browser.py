"""Neo4j Browser on the tests' Neo4j: it loads, and after connecting shows geokg's guide and
draws in geokg's style. The server's own config says where both come from (the API)."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from neo4j import Driver
from neo4j_support import docker_is_running
from playwright.sync_api import Locator, Page

from geokg.graph.settings import Neo4jSettings

WAIT_MS = 60_000  # the first Bolt connection over WebSocket can take a while on 2 cores
PERSON_COLOR = "#F79767"  # node.Person in app/static/browser/style.grass


@pytest.fixture(scope="module")
def browser_url(post_connect_urls: list[str], neo4j_settings: Neo4jSettings) -> str:
    """The local server's Browser, which geokg's config has set up."""
    if not post_connect_urls and docker_is_running():
        # tests/conftest.py then runs testcontainers' Neo4j, configured by nobody here;
        # the Docker service's Browser config is checked in tests/unit/test_browser_config.py.
        pytest.skip("testcontainers' Neo4j runs without geokg's Browser config")
    if not post_connect_urls:
        pytest.fail(
            "this Neo4j has no browser.post_connect_cmd: start it with `geokg neo4j start` "
            "(graph/local_server.py writes it), as `make test` does"
        )
    return f"http://127.0.0.1:{neo4j_settings.http_port}/browser/"


def connect(page: Page, url: str, settings: Neo4jSettings) -> None:
    page.goto(url)
    page.fill('[data-testid="username"]', settings.user, timeout=WAIT_MS)
    page.fill('[data-testid="password"]', settings.password.get_secret_value())
    page.click('[data-testid="connect"]')


def frame_of(page: Page, command: str) -> Locator:
    """The stream frame that ran `command`."""
    return page.locator('[data-testid="frame"]').filter(
        has=page.locator('[data-testid="frameCommand"]', has_text=command)
    )


def test_browser_page_loads(
    browser_url: str, new_page: Callable[[], Page], artifacts: Path
) -> None:
    page = new_page()
    page.goto(browser_url)
    page.locator('[data-testid="connect"]').wait_for(timeout=WAIT_MS)
    assert page.title() == "Neo4j Browser"
    page.screenshot(path=str(artifacts / "neo4j-browser-connect.png"))


def test_guide_is_reachable_from_the_browser_page(
    browser_url: str, api_url: str, post_connect_urls: list[str], new_page: Callable[[], Page]
) -> None:
    [guide] = post_connect_urls
    assert guide.endswith("/browser/guide.html")
    page = new_page()
    page.goto(browser_url)
    # The request Neo4j Browser makes: cross-origin, with the headers that need a preflight.
    # The style, inlined in the post-connect command, is served too, for `:style <url>`.
    for url in (guide, guide.replace("guide.html", "style.grass")):
        answer = page.evaluate(
            """async (url) => {
                const r = await fetch(url, {headers: {pragma: 'no-cache', 'cache-control': 'no-cache'}});
                return {status: r.status, text: await r.text()};
            }""",
            url,
        )
        assert answer["status"] == 200, url
        assert ('class="guide"' if url.endswith(".html") else "node.Person") in answer["text"]


def test_after_connecting_the_guide_shows_in_the_project_style(
    browser_url: str,
    api_url: str,
    post_connect_urls: list[str],
    corpus_graph: Driver,
    neo4j_settings: Neo4jSettings,
    new_page: Callable[[], Page],
    artifacts: Path,
) -> None:
    page = new_page()
    connect(page, browser_url, neo4j_settings)

    # Both frames come from the post-connect command (Browser's own `:play start` runs too),
    # the guide's on top, where the analyst looks first.
    guide = frame_of(page, f":play {post_connect_urls[0]}")
    guide.get_by_text("Who did what to whom").wait_for(timeout=WAIT_MS)
    frame_of(page, ':style {"node"').wait_for(timeout=WAIT_MS)
    top = page.locator('[data-testid="frame"]').first
    assert "Who did what to whom" in top.inner_text()
    # Browser keeps the style it loaded in localStorage, written a moment after it applies it.
    stored = page.wait_for_function(
        """() => {
            const grass = JSON.parse(localStorage.getItem('neo4j.grass') || 'null');
            return grass && grass['node.Person'] ? JSON.stringify(grass) : null;
        }""",
        timeout=WAIT_MS,
    )
    grass = json.loads(stored.json_value())
    assert grass["node.Person"]["color"] == PERSON_COLOR
    assert grass["node.Country"]["caption"] == "{name}"
    page.screenshot(path=str(artifacts / "neo4j-browser-guide.png"))

    # The second page's first query: a click copies it to the editor, and it runs.
    guide.locator('[data-testid="nextSlide"]').click()
    guide.get_by_text("Who met whom").wait_for(timeout=WAIT_MS)
    guide.locator("pre.runnable").first.click()
    editor = page.locator('[data-testid="activeEditor"]')
    assert "[:MEETS]" in editor.inner_text()
    page.click('[data-testid="editor-Run"]')
    result = frame_of(page, "MATCH p = (:Entity)-[:MEETS]")
    result.locator("svg g.node").first.wait_for(timeout=WAIT_MS)
    fills = result.locator("svg g.node circle").evaluate_all(
        "circles => circles.map(c => (c.getAttribute('fill') || '').toUpperCase())"
    )
    page.screenshot(path=str(artifacts / "neo4j-browser-who-met-whom.png"))
    assert PERSON_COLOR in fills, fills
    # Captions are names (the style's {name}), wrapped over lines inside the circles.
    captions = result.locator("svg g.node text").evaluate_all(
        "texts => texts.map(t => t.textContent)"
    )
    assert "Vladimir Putin" in " ".join(" ".join(captions).split()), captions

"""The explorer page at /explore, in headless Chromium, over the API and the loaded corpus."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from playwright.sync_api import Page

KIM = "person:kim-jong-un"
PUTIN = "person:vladimir-putin"
READY = "() => window.explorer && window.explorer.state === 'ready'"
WAIT_MS = 30_000


@pytest.fixture
def explorer(
    corpus_graph: Driver, api_url: str, new_page: Callable[[], Page]
) -> Iterator[tuple[Page, list[str]]]:
    """The page opened on Kim Jong Un, with every URL it requested."""
    page = new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{api_url}/explore?entity={KIM}")
    page.wait_for_function(READY, timeout=WAIT_MS)
    yield page, requested


def graph(page: Page) -> dict[str, Any]:
    """What Cytoscape holds: node ids and names, edges as (source, type, target)."""
    data: dict[str, Any] = page.evaluate(
        """() => ({
            nodes: Object.fromEntries(cy.nodes().map(n => [n.id(), n.data('name')])),
            edges: cy.edges().map(e => [e.data('source'), e.data('type'), e.data('target')]),
        })"""
    )
    return data


def test_draws_kim_jong_uns_neighbourhood_with_putin(
    explorer: tuple[Page, list[str]], api_url: str, artifacts: Path
) -> None:
    page, requested = explorer
    drawn = graph(page)
    assert drawn["nodes"][KIM] == "Kim Jong Un"
    assert drawn["nodes"][PUTIN] == "Vladimir Putin"
    assert [KIM, "MEETS", PUTIN] in drawn["edges"]
    # Drawn, not just loaded: the nodes have rendered positions inside the canvas.
    box = page.evaluate("() => cy.getElementById('person:vladimir-putin').renderedBoundingBox()")
    size = page.evaluate("() => [cy.width(), cy.height()]")
    assert 0 <= box["x1"] < box["x2"] <= size[0] and 0 <= box["y1"] < box["y2"] <= size[1]
    assert "Kim Jong Un" in page.inner_text("#panel")
    page.screenshot(path=str(artifacts / "explore-kim-jong-un.png"))
    # Offline: the page and its library come from the API, nothing from elsewhere.
    assert requested and all(url.startswith(api_url) for url in requested), requested


def test_edge_click_shows_the_sentences_and_articles(
    explorer: tuple[Page, list[str]], artifacts: Path
) -> None:
    page, _ = explorer
    page.evaluate(f"() => cy.getElementById('{KIM}|MEETS|{PUTIN}').emit('tap')")
    page.wait_for_function(
        "() => document.querySelectorAll('#panel .claim').length > 0", timeout=WAIT_MS
    )
    claims = page.locator("#panel .claim")
    texts = [claims.nth(i).inner_text() for i in range(claims.count())]
    assert any("Putin" in t and "Kim" in t for t in texts), texts
    links = page.locator("#panel .claim a")
    assert links.first.get_attribute("href") == "https://www.viewworld.org/?p=2787"
    assert "North Korea’s leader is in Russia to meet Putin" in links.first.inner_text()
    page.screenshot(path=str(artifacts / "explore-kim-meets-putin.png"))


def test_node_click_expands_it(explorer: tuple[Page, list[str]], artifacts: Path) -> None:
    page, _ = explorer
    before = graph(page)
    assert "country:UKR" not in before["nodes"]
    page.evaluate("() => cy.getElementById('country:RUS').emit('tap')")
    page.wait_for_function(
        "() => window.explorer.expanded.has('country:RUS') && window.explorer.state === 'ready'",
        timeout=WAIT_MS,
    )
    after = graph(page)
    # Russia's own neighbours joined, and nothing drawn before was lost.
    assert ["country:RUS", "ATTACKS", "country:UKR"] in after["edges"]
    assert set(before["nodes"]) < set(after["nodes"])
    assert "Russia" in page.inner_text("#panel h2")
    page.screenshot(path=str(artifacts / "explore-expanded-russia.png"))


def test_search_opens_an_entity(
    corpus_graph: Driver, api_url: str, new_page: Callable[[], Page]
) -> None:
    page = new_page()
    page.goto(f"{api_url}/explore")
    page.fill("#q", "putin")
    first = page.locator("#results li[data-id]").first
    first.wait_for(timeout=WAIT_MS)
    assert first.get_attribute("data-id") == PUTIN
    first.click()
    page.wait_for_function(READY, timeout=WAIT_MS)
    assert page.evaluate("() => window.explorer.focus") == PUTIN
    assert KIM in graph(page)["nodes"]
    assert page.evaluate("() => new URL(location.href).searchParams.get('entity')") == PUTIN


def test_unknown_entity_is_reported(
    corpus_graph: Driver, api_url: str, new_page: Callable[[], Page]
) -> None:
    page = new_page()
    page.goto(f"{api_url}/explore?entity=person:nobody-at-all")
    page.wait_for_function("() => window.explorer.state === 'error'", timeout=WAIT_MS)
    assert "person:nobody-at-all" in page.inner_text("#status")

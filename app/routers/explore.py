"""The explorer page at /explore, and Neo4j Browser's guide and style.

After connecting, Neo4j Browser plays the guide from here; its style is inlined in the
post-connect command (graph/local_server.py) and served here too, for `:style <url>`.

Neither holds data: the page reads /entities, /graph and /relations from the browser, under
whatever key those need, so these routes stay open like /health. They are pages, not API
answers, hence kept out of the OpenAPI document.
"""

from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Request, Response
from fastapi.responses import FileResponse
from starlette.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Starlette's static files, not a hand-made lookup: it refuses paths that leave the folder and
# answers ETag and If-None-Match, so the 440 kB Cytoscape build is fetched once.
_assets = StaticFiles(directory=STATIC_DIR)

# Neo4j Browser fetches these cross-origin, from its own page on Neo4j's HTTP port, and sends
# Pragma and Cache-Control with the guide request, which makes the browser ask first
# (preflight). Both files are public and static, so any origin may read them.
BROWSER_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "Pragma, Cache-Control",
    "Access-Control-Max-Age": "600",
}
BrowserFile = Literal["guide.html", "style.grass"]

router = APIRouter(include_in_schema=False)


@router.get("/explore")
def read_explore() -> FileResponse:
    """The explorer page; it reads ?entity=<id> itself."""
    return FileResponse(STATIC_DIR / "explore.html", media_type="text/html")


@router.get("/explore/assets/{path:path}")
async def read_explore_asset(path: str, request: Request) -> Response:
    """The page's script, styles and the vendored Cytoscape.js build."""
    return await _assets.get_response(path, request.scope)


@router.get("/browser/{name}")
def read_browser_file(name: BrowserFile) -> FileResponse:
    """Neo4j Browser's guide (`:play`) or style (`:style`)."""
    media = "text/html" if name.endswith(".html") else "text/plain"
    return FileResponse(STATIC_DIR / "browser" / name, media_type=media, headers=BROWSER_CORS)


@router.options("/browser/{name}")
def preflight_browser_file(name: BrowserFile) -> Response:
    """The CORS preflight Neo4j Browser sends before fetching the guide."""
    return Response(status_code=204, headers=BROWSER_CORS)

"""Articles: what each one says."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from geokg.app.convert import plain
from geokg.app.deps import ReaderDep
from geokg.app.paging import CursorParam, DateParam, LimitParam, decode_cursor, next_cursor
from geokg.app.schemas import ArticleDetail, ArticlePage
from geokg.graph import reads

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("")
async def list_articles(
    reader: ReaderDep,
    source: Annotated[str | None, Query(max_length=300)] = None,
    since: DateParam = None,
    limit: LimitParam = 50,
    cursor: CursorParam = None,
) -> ArticlePage:
    """Articles newest first, by publisher and date."""
    offset = decode_cursor(cursor)
    rows = await reads.find_articles(reader, source, since, offset, limit)
    items = [r["article"] for r in plain(rows)]
    return ArticlePage(items=items, next=next_cursor(offset, limit, len(rows)))


@router.get("/{article_id:path}")
async def read_article(article_id: str, reader: ReaderDep) -> ArticleDetail:
    """Metadata, entities and claims of one article (ids are URLs: pass them URL-encoded)."""
    row = await reads.find_article(reader, article_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
    return ArticleDetail.model_validate(plain(row))

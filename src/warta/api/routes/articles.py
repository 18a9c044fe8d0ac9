"""GET /articles and /articles/{id}: stored records."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from pydantic import Field

from ..deps import StoreDep
from ..models import ERRORS, ArticlePage, Cursor, Limit, Offset, Text, check_range, paging

router = APIRouter(tags=["browse"])

# The record's JSON Schema (src/warta/schema/article.schema.json) is put in the OpenAPI
# document under this name by `api.openapi`; these routes' answers point at it.
ARTICLE_REF = {"$ref": "#/components/schemas/Article"}


@router.get("/articles", response_model=ArticlePage, responses=ERRORS)
def articles(store: StoreDep, source: Text = None, since: date | None = None,
             until: date | None = None, limit: Limit = 20, offset: Offset = 0,
             cursor: Cursor = None) -> ArticlePage:
    """Stored articles, newest first."""
    check_range(since, until)
    page = paging(limit, offset, cursor)
    total, items = store.list_articles(source=source, since=since, until=until,
                                       limit=page.limit, offset=page.offset)
    return ArticlePage(items=items, **page.envelope(total, len(items)))


@router.get("/articles/{article_id}", response_model=None, responses={
    **ERRORS, 200: {"description": "the record", "content": {
        "application/json": {"schema": ARTICLE_REF}}}})
def article(store: StoreDep,
            article_id: Annotated[str, Field(max_length=200)]) -> dict[str, Any]:
    """The full record (its schema: `Article` below, or `warta schema`)."""
    found = store.get(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id '{article_id}': list ids with "
                            "/articles or /search")
    return found.to_dict()

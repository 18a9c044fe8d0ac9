"""GET /articles and /articles/{id}: stored records."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from pydantic import Field

from ..deps import StoreDep
from ..models import ERRORS, ArticlePage, Limit, Offset, Text, check_range

router = APIRouter(tags=["browse"])


@router.get("/articles", response_model=ArticlePage, responses=ERRORS)
def articles(store: StoreDep, source: Text = None, since: date | None = None,
             until: date | None = None, limit: Limit = 20, offset: Offset = 0) -> ArticlePage:
    """Stored articles, newest first."""
    check_range(since, until)
    total, items = store.list_articles(source=source, since=since, until=until,
                                       limit=limit, offset=offset)
    return ArticlePage(total=total, limit=limit, offset=offset, items=items)


@router.get("/articles/{article_id}", responses=ERRORS)
def article(store: StoreDep,
            article_id: Annotated[str, Field(max_length=200)]) -> dict[str, Any]:
    """The full record (see `warta schema`)."""
    found = store.get(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id '{article_id}'")
    return found.to_dict()

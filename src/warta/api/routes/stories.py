"""GET /stories and /stories/{id}: articles grouped by the event they report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from ...corpus.story_store import StoryDetail, StorySummary, get_story, list_stories
from ..deps import StoreDep
from ..models import ERRORS, Limit, Offset, Text, check_range

router = APIRouter(tags=["browse"])


class StoryPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[StorySummary]


@router.get("/stories", response_model=StoryPage, responses=ERRORS)
def stories(store: StoreDep, since: date | None = None, until: date | None = None,
            entity: Text = None,
            min_articles: Annotated[int, Query(ge=1, le=10_000)] = 2,
            limit: Limit = 20, offset: Offset = 0) -> StoryPage:
    """Stories, latest first: `since` (last seen on or after), `until` (first seen on or
    before), `entity` (an article of the story mentions it: id or name)."""
    check_range(since, until)
    total, items = list_stories(store, since=since, until=until, entity=entity,
                                min_articles=min_articles, limit=limit, offset=offset)
    return StoryPage(total=total, limit=limit, offset=offset, items=items)


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=ERRORS)
def story(store: StoreDep, story_id: Annotated[str, Field(max_length=200)]) -> StoryDetail:
    """One story: headline, first and last seen, sources, top entities, its articles."""
    found = get_story(store, story_id)
    if found is None:
        raise HTTPException(404, f"no story '{story_id}': list them at /stories")
    return found

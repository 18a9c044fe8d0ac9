"""GET /stories and /stories/{id}: articles grouped by the event they report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from pydantic import Field

from ...corpus.story_store import StoryDetail, StorySummary, get_story, list_stories
from ..deps import StoreDep
from ..models import ERRORS, Cursor, Envelope, Limit, Offset, Text, check_range, paging

router = APIRouter(tags=["browse"])


class StoryPage(Envelope):
    items: list[StorySummary]


@router.get("/stories", response_model=StoryPage, responses=ERRORS)
def stories(store: StoreDep, since: date | None = None, until: date | None = None,
            entity: Text = None,
            min_articles: Annotated[int, Query(ge=1, le=10_000)] = 2,
            limit: Limit = 20, offset: Offset = 0, cursor: Cursor = None) -> StoryPage:
    """Stories, latest first: `since` (last seen on or after), `until` (first seen on or
    before), `entity` (an article of the story mentions it: registry id, name or any alias)."""
    check_range(since, until)
    page = paging(limit, offset, cursor)
    total, items = list_stories(store, since=since, until=until, entity=entity,
                                min_articles=min_articles, limit=page.limit,
                                offset=page.offset)
    return StoryPage(items=items, **page.envelope(total, len(items)))


@router.get("/stories/{story_id}", response_model=StoryDetail, responses=ERRORS)
def story(store: StoreDep, story_id: Annotated[str, Field(max_length=200)]) -> StoryDetail:
    """One story: headline, first and last seen, sources, top entities, its articles."""
    found = get_story(store, story_id)
    if found is None:
        raise HTTPException(404, f"no story '{story_id}': list them at /stories")
    return found

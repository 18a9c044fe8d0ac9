"""Request and response models and the query parameters the route modules share."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import HTTPException, Query
from pydantic import BaseModel, ConfigDict, Field

from ..store import ArticleSummary, EntitySummary, EventRow, QuoteRow

MAX_PAGE = 100
MAX_OFFSET = 10_000
MAX_INGEST = 100


class Problem(BaseModel):
    detail: Any


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class EntityPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EntitySummary]


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[QuoteRow]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventRow]


class ArticleIn(BaseModel):
    """One article to analyse: plain text or HTML plus optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=1_000_000,
                      description="article text or HTML page")
    url: str | None = Field(default=None, max_length=2048)
    published: datetime | None = Field(default=None, description="ISO 8601")
    source: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGEST)


class IngestOut(BaseModel):
    stored: int
    updated: int
    duplicates: int
    rejected: dict[str, int]
    ids: list[str]


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "bad parameters"},
    404: {"model": Problem, "description": "not found"},
}


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")

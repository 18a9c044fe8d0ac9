"""Request and response models and the query parameters the route modules share.

Every list answers in one envelope (`items`, `limit`, `offset`, `total`, `next_cursor`).
`offset` stops at `MAX_OFFSET`; to page further, pass back `next_cursor` as `cursor`:
cursors are opaque and have no cap.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import HTTPException, Query
from pydantic import BaseModel, ConfigDict, Field

from ..store import ArticleSummary, EntitySummary, EventRow, FacetCount, Hit, QuoteRow
from .problems import Problem

MAX_PAGE = 100
MAX_OFFSET = 10_000
MAX_INGEST = 100


class Envelope(BaseModel):
    total: int | None = Field(description="matching items (all pages)")
    limit: int
    offset: int = Field(description="items skipped before this page")
    next_cursor: str | None = Field(
        default=None, description="pass as `cursor` for the next page; null on the last")


class ArticlePage(Envelope):
    items: list[ArticleSummary]


class EntityPage(Envelope):
    items: list[EntitySummary]


class QuotePage(Envelope):
    items: list[QuoteRow]


class EventPage(Envelope):
    items: list[EventRow]


class Facets(BaseModel):
    entities: list[FacetCount] = Field(description="most mentioned entities of the matches")
    speakers: list[FacetCount] = Field(description="most quoted speakers of the matches")
    per_day: list[FacetCount] = Field(description="matching articles per publication day")
    themes: list[FacetCount] = Field(description="most frequent themes of the matches")
    tones: list[FacetCount] = Field(description="matches per tone label")


class SearchPage(Envelope):
    items: list[Hit]
    facets: Facets | None = Field(default=None, description="null with facets=false")


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
    stored: int = Field(description="new articles")
    updated: int = Field(description="articles that replaced an earlier version stored "
                         "under the same URL")
    duplicates: int = Field(description="texts already stored (same content), not stored again")
    rejected: dict[str, int]
    ids: list[str]


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET,
                              description=f"items to skip (at most {MAX_OFFSET}; "
                              "page further with `cursor`)")]
Cursor = Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$",
                                     description="`next_cursor` of the previous page")]
Text = Annotated[str | None, Query(max_length=200)]


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _problem("bad parameters"),
    404: _problem("not found"),
}


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until}): swap them")


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int

    def envelope(self, total: int | None, shown: int) -> dict[str, Any]:
        """The envelope fields of a page that showed `shown` items."""
        more = shown == self.limit and (total is None or self.offset + shown < total)
        return {"total": total, "limit": self.limit, "offset": self.offset,
                "next_cursor": encode_cursor(self.offset + shown) if more else None}


def encode_cursor(offset: int) -> str:
    raw = json.dumps({"o": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def paging(limit: int, offset: int, cursor: str | None) -> Paging:
    """Where a page starts: at `cursor` when given, else at `offset`."""
    if not cursor:
        return Paging(limit, offset)
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        start = json.loads(raw)["o"]
        if not isinstance(start, int) or isinstance(start, bool) or start < 0:
            raise ValueError(start)
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise HTTPException(400, "the cursor is not one this server gave: pass back "
                            "`next_cursor` unchanged, or leave it out to start again") from None
    return Paging(limit, start)



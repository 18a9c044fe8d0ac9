"""GET /trends: articles, entity mentions and mean tone per period for any search."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ...corpus.trends import TrendRow, trends
from ...store import SearchQuery
from ..deps import StoreDep
from ..models import ERRORS, Text, check_range

router = APIRouter(tags=["search"])


@router.get("/trends", response_model=list[TrendRow], responses=ERRORS)
def get_trends(store: StoreDep,
               q: Annotated[str, Query(max_length=500, description="words; \"phrase\"")] = "",
               entity: Text = None, kind: Text = None, country: Text = None,
               source: Text = None, speaker: Text = None, event: Text = None,
               since: date | None = None, until: date | None = None,
               by: Literal["day", "week", "month"] = "day") -> list[TrendRow]:
    """Per period: articles the search matches (a duplicate group once), mentions of
    `entity` in them, their mean tone."""
    check_range(since, until)
    return trends(store, SearchQuery(text=q, entity=entity, kind=kind, country=country,
                                     source=source, speaker=speaker, event=event,
                                     since=since, until=until, facets=False), by)

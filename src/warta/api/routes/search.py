"""GET /search: ranked full-text search with filters and facets."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from ...store import SearchQuery, SearchResult
from ..deps import StoreDep
from ..models import ERRORS, Limit, Offset, Text, check_range

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResult, responses=ERRORS)
def search(store: StoreDep,
           q: Annotated[str, Query(max_length=500, description="words; \"phrase\"")] = "",
           entity: Text = None, kind: Text = None, country: Text = None,
           source: Text = None, speaker: Text = None, event: Text = None,
           since: date | None = None, until: date | None = None, limit: Limit = 20,
           offset: Offset = 0, facets: bool = True, copies: bool = False) -> SearchResult:
    """Ranked full-text search with filters (AND) and facets. A duplicate group is one hit
    (its first-stored article, with `copies`); `copies=true` lists every copy."""
    check_range(since, until)
    return store.search(SearchQuery(
        text=q, entity=entity, kind=kind, country=country, source=source,
        speaker=speaker, event=event, since=since, until=until, limit=limit,
        offset=offset, facets=facets, copies=copies))

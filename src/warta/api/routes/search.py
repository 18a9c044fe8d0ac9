"""GET /search: ranked full-text search with filters and facets."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ...store import SearchQuery
from ..deps import StoreDep
from ..models import (
    ERRORS,
    Cursor,
    Facets,
    Limit,
    Offset,
    SearchPage,
    Text,
    check_range,
    paging,
)

router = APIRouter(tags=["search"])

QUERY_HELP = ('words (each also finds its Indonesian affixed forms: banjir finds kebanjiran), '
              '"an exact phrase", a prefix (banj*), -excluded')


@router.get("/search", response_model=SearchPage, responses=ERRORS)
def search(store: StoreDep,
           q: Annotated[str, Query(max_length=500, description=QUERY_HELP)] = "",
           entity: Text = None, kind: Text = None, country: Text = None,
           source: Text = None, speaker: Text = None, event: Text = None,
           theme: Text = None,
           tone: Annotated[Literal["negative", "neutral", "positive"] | None, Query(
               description="articles of this tone")] = None,
           since: date | None = None, until: date | None = None,
           sort: Annotated[Literal["relevance", "date", "oldest"], Query(
               description="relevance (with q; else newest first), date (newest first) "
               "or oldest")] = "relevance",
           limit: Limit = 20, offset: Offset = 0, cursor: Cursor = None,
           facets: bool = True, copies: bool = False) -> SearchPage:
    """Ranked full-text search with filters (AND) and facets. A duplicate group is one hit
    (its first-stored article, with `copies`); `copies=true` lists every copy. Each hit's
    `snippet` is plain text; `highlights` are the [start, end) offsets of the matches.
    `entity` and `speaker` take a registry id, store key, name or alias and match every
    name the entity registry links to it (`Jokowi` finds articles naming Joko Widodo)."""
    check_range(since, until)
    page = paging(limit, offset, cursor)
    result = store.search(SearchQuery(
        text=q, entity=entity, kind=kind, country=country, source=source,
        speaker=speaker, event=event, theme=theme, tone=tone, since=since, until=until,
        limit=page.limit, offset=page.offset, sort=sort, facets=facets, copies=copies))
    found = Facets(entities=result.top_entities, speakers=result.top_speakers,
                   per_day=result.per_day, themes=result.themes,
                   tones=result.tones) if facets else None
    return SearchPage(items=result.hits, facets=found,
                      **page.envelope(result.total, len(result.hits)))

"""GET /quotes: who said what, about whom."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from ..deps import StoreDep
from ..models import ERRORS, Cursor, Limit, Offset, QuotePage, Text, check_range, paging

router = APIRouter(tags=["browse"])


@router.get("/quotes", response_model=QuotePage, responses=ERRORS)
def quotes(store: StoreDep, speaker: Text = None, about: Text = None, q: Text = None,
           since: date | None = None, until: date | None = None, limit: Limit = 20,
           offset: Offset = 0, cursor: Cursor = None) -> QuotePage:
    """Quotes, newest first; filter by speaker (id, name or alias: every name the entity
    registry links to it), by an entity the quote mentions (`about`, id or name) and by
    words in the quote."""
    check_range(since, until)
    page = paging(limit, offset, cursor)
    total, items = store.list_quotes(speaker=speaker, about=about, text=q, since=since,
                                     until=until, limit=page.limit, offset=page.offset)
    return QuotePage(items=items, **page.envelope(total, len(items)))

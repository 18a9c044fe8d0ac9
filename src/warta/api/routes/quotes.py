"""GET /quotes: who said what."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from ..deps import StoreDep
from ..models import ERRORS, Limit, Offset, QuotePage, Text, check_range

router = APIRouter(tags=["browse"])


@router.get("/quotes", response_model=QuotePage, responses=ERRORS)
def quotes(store: StoreDep, speaker: Text = None, q: Text = None, since: date | None = None,
           until: date | None = None, limit: Limit = 20, offset: Offset = 0) -> QuotePage:
    """Quotes, newest first; filter by speaker (id or name) and words in the quote."""
    check_range(since, until)
    total, items = store.list_quotes(speaker=speaker, text=q, since=since, until=until,
                                     limit=limit, offset=offset)
    return QuotePage(total=total, limit=limit, offset=offset, items=items)

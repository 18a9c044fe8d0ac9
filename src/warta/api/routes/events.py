"""GET /events: who did what to whom (PLOVER codes)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from ..deps import StoreDep
from ..models import ERRORS, Cursor, EventPage, Limit, Offset, Text, check_range, paging

router = APIRouter(tags=["browse"])


@router.get("/events", response_model=EventPage, responses=ERRORS)
def events(store: StoreDep, code: Text = None, entity: Text = None, since: date | None = None,
           until: date | None = None, limit: Limit = 20, offset: Offset = 0,
           cursor: Cursor = None) -> EventPage:
    """Coded events (PLOVER), newest first."""
    check_range(since, until)
    page = paging(limit, offset, cursor)
    total, items = store.list_events(code=code, entity=entity, since=since, until=until,
                                     limit=page.limit, offset=page.offset)
    return EventPage(items=items, **page.envelope(total, len(items)))

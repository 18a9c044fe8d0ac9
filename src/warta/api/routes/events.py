"""GET /events: who did what to whom (PLOVER codes)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from ..deps import StoreDep
from ..models import ERRORS, EventPage, Limit, Offset, Text, check_range

router = APIRouter(tags=["browse"])


@router.get("/events", response_model=EventPage, responses=ERRORS)
def events(store: StoreDep, code: Text = None, entity: Text = None, since: date | None = None,
           until: date | None = None, limit: Limit = 20, offset: Offset = 0) -> EventPage:
    """Coded events (PLOVER), newest first."""
    check_range(since, until)
    total, items = store.list_events(code=code, entity=entity, since=since, until=until,
                                     limit=limit, offset=offset)
    return EventPage(total=total, limit=limit, offset=offset, items=items)

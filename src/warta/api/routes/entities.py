"""GET /entities and /entities/{id}: who and what the store mentions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException
from pydantic import Field

from ...store import EntityDetail
from ..deps import StoreDep
from ..models import ERRORS, Cursor, EntityPage, Limit, Offset, Text, paging

router = APIRouter(tags=["browse"])


@router.get("/entities", response_model=EntityPage, responses=ERRORS)
def entities(store: StoreDep, name: Text = None, kind: Text = None, country: Text = None,
             limit: Limit = 20, offset: Offset = 0, cursor: Cursor = None) -> EntityPage:
    """Entities by number of articles; `name` matches part of the name, `country` is a
    two-letter code (ID, UA)."""
    page = paging(limit, offset, cursor)
    total, items = store.list_entities(name=name, kind=kind, country=country,
                                       limit=page.limit, offset=page.offset)
    return EntityPage(items=items, **page.envelope(total, len(items)))


@router.get("/entities/{entity_id}", response_model=EntityDetail, responses=ERRORS)
def entity(store: StoreDep,
           entity_id: Annotated[str, Field(max_length=200)]) -> EntityDetail:
    """Mentions per day, quotes, co-occurring entities and articles of one entity."""
    found = store.entity(entity_id)
    if found is None:
        raise HTTPException(404, f"no entity '{entity_id}': use an id such as "
                            "per:kim-jong-un or a canonical name (see /entities)")
    return found

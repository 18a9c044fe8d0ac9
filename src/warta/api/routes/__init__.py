"""Route modules, one per resource; `create_app` includes `ROUTERS` in this order."""

from __future__ import annotations

from fastapi import APIRouter

from . import (
    articles,
    docs,
    entities,
    events,
    export,
    ops,
    pages,
    quotes,
    search,
    stories,
    story_pages,
    trends,
    write,
)

ROUTERS: tuple[APIRouter, ...] = (
    search.router, articles.router, entities.router, quotes.router, events.router,
    write.router, pages.router, docs.router, export.router, ops.router, stories.router,
    trends.router, story_pages.router,
)

__all__ = ["ROUTERS"]

"""The web page: search at /, one article, one entity and the events table under /view/."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ...record import Article
from ...record import entity_id as store_key
from ...store import SearchQuery
from ...store.errors import BadQuery
from ..deps import StoreDep
from ..models import MAX_OFFSET
from ..render import article_marks, highlight, timeline_svg

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates")


def _page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx)


def _keys(a: Article) -> dict[str, str]:
    return {e.id: store_key(e.kind, e.name) for e in a.entities}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, q: str = "", entity: str = "", kind: str = "",
         country: str = "", source: str = "", speaker: str = "", event: str = "",
         since: str = "", until: str = "", offset: int = 0) -> HTMLResponse:
    form = {"q": q, "entity": entity, "kind": kind, "country": country, "source": source,
            "speaker": speaker, "event": event, "since": since, "until": until}
    error = None
    result = None
    try:
        d_since = date.fromisoformat(since) if since else None
        d_until = date.fromisoformat(until) if until else None
        result = store.search(SearchQuery(
            text=q[:500], entity=entity or None, kind=kind or None,
            country=country or None, source=source or None, speaker=speaker or None,
            event=event or None, since=d_since, until=d_until, limit=20,
            offset=max(0, min(offset, MAX_OFFSET))))
    except ValueError as e:
        error = f"bad date: {e} (use YYYY-MM-DD)"
    except BadQuery as e:  # `body:*` and the like: say so on the page, not as JSON
        error = str(e)
    return _page(request, "search.html", form=form, result=result, error=error, offset=offset)


@router.get("/view/articles/{article_id}", response_class=HTMLResponse)
def view_article(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    a = store.get(article_id)
    if a is None:
        raise HTTPException(404, f"no article with id '{article_id}'")
    return _page(request, "article.html", a=a, body=highlight(a.text, article_marks(a)),
                 speakers={e.id: e for e in a.entities}, keys=_keys(a))


@router.get("/view/entities/{entity_id}", response_class=HTMLResponse)
def view_entity(request: Request, store: StoreDep, entity_id: str) -> HTMLResponse:
    d = store.entity(entity_id)
    if d is None:
        raise HTTPException(404, f"no entity '{entity_id}'")
    return _page(request, "entity.html", d=d, svg=timeline_svg(d.mentions_per_day))


@router.get("/view/events", response_class=HTMLResponse)
def view_events(request: Request, store: StoreDep, code: str = "", entity: str = "",
                offset: int = 0) -> HTMLResponse:
    total, items = store.list_events(code=code or None, entity=entity or None, limit=50,
                                     offset=max(0, min(offset, MAX_OFFSET)))
    refs = {x for ev in items for x in (*ev.actors, *ev.targets, ev.place) if x}
    return _page(request, "events.html", total=total, items=items, code=code, entity=entity,
                 offset=offset, names=store.entity_names(refs))

"""FastAPI app: JSON API under /search, /articles, /entities, /quotes, /events, /analyze,
/ingest, and the web page under / and /view/... (templates and static files ship here).
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import APIKeyHeader
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field

from .. import __version__
from ..errors import ConfigError, InputError, Reject, WartaError
from ..record import Article, entity_id
from ..sources.corpus import RawDoc
from ..store import (
    ArticleSummary,
    EntityDetail,
    EntitySummary,
    EventRow,
    QuoteRow,
    SearchQuery,
    SearchResult,
    SQLStore,
    StoreBusy,
    open_store,
)
from ..store.ingest import Item, ingest
from .limits import BodyLimit
from .render import article_marks, highlight, timeline_svg

HERE = Path(__file__).resolve().parent
MAX_PAGE = 100
MAX_OFFSET = 10_000
MAX_INGEST = 100


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str | None = None  # store location, see `warta.store.open_store`
    api_key: str | None = None  # required by write endpoints; None disables them
    max_body: int = 2_000_000  # bytes


class Problem(BaseModel):
    detail: Any


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class EntityPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EntitySummary]


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[QuoteRow]


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventRow]


class ArticleIn(BaseModel):
    """One article to analyse: plain text or HTML plus optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=1_000_000,
                      description="article text or HTML page")
    url: str | None = Field(default=None, max_length=2048)
    published: datetime | None = Field(default=None, description="ISO 8601")
    source: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGEST)


class IngestOut(BaseModel):
    stored: int
    updated: int
    duplicates: int
    rejected: dict[str, int]
    ids: list[str]


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]
Text = Annotated[str | None, Query(max_length=200)]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "bad parameters"},
    404: {"model": Problem, "description": "not found"},
}

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="the server's WARTA_API_KEY")


def _check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")


def create_app(settings: Settings | None = None, store: SQLStore | None = None) -> FastAPI:
    """The app; pass `store` to serve an open store (tests), else it opens `settings.db`."""
    cfg = settings or Settings()
    holder: dict[str, SQLStore] = {}

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if "s" in holder:
            holder.pop("s").close()

    app = FastAPI(title="warta", version=__version__, lifespan=lifespan,
                  description="Search Indonesian news records: who said what, who did what "
                  "to whom, where, when and how many.")
    app.add_middleware(BodyLimit, max_body=cfg.max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    opening = threading.Lock()
    write_lock = threading.Lock()

    def get_store() -> SQLStore:
        if store is not None:
            return store
        with opening:
            if "s" not in holder:
                holder["s"] = open_store(cfg.db)
            return holder["s"]

    def require_key(key: Annotated[str | None, Depends(api_key_header)]) -> None:
        if not cfg.api_key:
            raise HTTPException(403, "write endpoints are disabled: start `warta serve` with "
                                "WARTA_API_KEY set, then send it as X-API-Key")
        if not key or not secrets.compare_digest(key.encode(), cfg.api_key.encode()):
            raise HTTPException(401, "missing or wrong X-API-Key header")

    @app.exception_handler(WartaError)
    def _warta_error(request: Request, exc: WartaError) -> JSONResponse:
        status = 409 if isinstance(exc, StoreBusy) else 400 if isinstance(exc, ConfigError) \
            else 422 if isinstance(exc, (Reject, InputError)) else 500
        return JSONResponse({"detail": {"reason": exc.reason, "message": str(exc)}}, status)

    # -- JSON API --------------------------------------------------------------------------
    @app.get("/search", response_model=SearchResult, responses=ERRORS, tags=["search"])
    def search(q: Annotated[str, Query(max_length=500, description="words; \"phrase\"")] = "",
               entity: Text = None, kind: Text = None, country: Text = None,
               source: Text = None, speaker: Text = None, event: Text = None,
               since: date | None = None, until: date | None = None, limit: Limit = 20,
               offset: Offset = 0, facets: bool = True) -> SearchResult:
        """Ranked full-text search with filters (AND) and facets."""
        _check_range(since, until)
        return get_store().search(SearchQuery(
            text=q, entity=entity, kind=kind, country=country, source=source,
            speaker=speaker, event=event, since=since, until=until, limit=limit,
            offset=offset, facets=facets))

    @app.get("/articles", response_model=ArticlePage, responses=ERRORS, tags=["browse"])
    def articles(source: Text = None, since: date | None = None, until: date | None = None,
                 limit: Limit = 20, offset: Offset = 0) -> ArticlePage:
        """Stored articles, newest first."""
        _check_range(since, until)
        total, items = get_store().list_articles(source=source, since=since, until=until,
                                                 limit=limit, offset=offset)
        return ArticlePage(total=total, limit=limit, offset=offset, items=items)

    @app.get("/articles/{article_id}", responses=ERRORS, tags=["browse"])
    def article(article_id: Annotated[str, Field(max_length=200)]) -> dict[str, Any]:
        """The full record (see `warta schema`)."""
        found = get_store().get(article_id)
        if found is None:
            raise HTTPException(404, f"no article with id '{article_id}'")
        return found.to_dict()

    @app.get("/entities", response_model=EntityPage, responses=ERRORS, tags=["browse"])
    def entities(name: Text = None, kind: Text = None, limit: Limit = 20,
                 offset: Offset = 0) -> EntityPage:
        """Entities by number of articles; `name` matches part of the name."""
        total, items = get_store().list_entities(name=name, kind=kind, limit=limit,
                                                 offset=offset)
        return EntityPage(total=total, limit=limit, offset=offset, items=items)

    @app.get("/entities/{entity_id}", response_model=EntityDetail, responses=ERRORS,
             tags=["browse"])
    def entity(entity_id: Annotated[str, Field(max_length=200)]) -> EntityDetail:
        """Mentions per day, quotes, co-occurring entities and articles of one entity."""
        found = get_store().entity(entity_id)
        if found is None:
            raise HTTPException(404, f"no entity '{entity_id}': use an id such as "
                                "per:kim-jong-un or a canonical name (see /entities)")
        return found

    @app.get("/quotes", response_model=QuotePage, responses=ERRORS, tags=["browse"])
    def quotes(speaker: Text = None, q: Text = None, since: date | None = None,
               until: date | None = None, limit: Limit = 20, offset: Offset = 0) -> QuotePage:
        """Quotes, newest first; filter by speaker (id or name) and words in the quote."""
        _check_range(since, until)
        total, items = get_store().list_quotes(speaker=speaker, text=q, since=since,
                                               until=until, limit=limit, offset=offset)
        return QuotePage(total=total, limit=limit, offset=offset, items=items)

    @app.get("/events", response_model=EventPage, responses=ERRORS, tags=["browse"])
    def events(code: Text = None, entity: Text = None, since: date | None = None,
               until: date | None = None, limit: Limit = 20, offset: Offset = 0) -> EventPage:
        """Coded events (PLOVER), newest first."""
        _check_range(since, until)
        total, items = get_store().list_events(code=code, entity=entity, since=since,
                                               until=until, limit=limit, offset=offset)
        return EventPage(total=total, limit=limit, offset=offset, items=items)

    @app.post("/analyze", responses={422: {"model": Problem, "description": "rejected input"}},
              tags=["write"])
    def analyze(body: ArticleIn) -> dict[str, Any]:
        """Analyse one article and return its record (nothing is stored)."""
        from ..analysis import analyze as run_analysis

        return run_analysis(body.text, url=body.url, published=body.published,
                            source=body.source, title=body.title).to_dict()

    @app.post("/ingest", response_model=IngestOut, tags=["write"],
              responses={401: {"model": Problem, "description": "wrong API key"},
                         403: {"model": Problem, "description": "writes disabled"},
                         409: {"model": Problem, "description": "another ingest is running"}},
              dependencies=[Depends(require_key)])
    def ingest_(body: IngestIn) -> IngestOut:
        """Analyse and store up to 100 articles (needs X-API-Key)."""
        items = [Item(origin=f"request[{i}]", doc=RawDoc(
            text=a.text, origin=f"request[{i}]", url=a.url, source=a.source, title=a.title,
            published=a.published.replace(tzinfo=None) if a.published else None))
            for i, a in enumerate(body.articles)]
        s = get_store()
        with write_lock:
            try:
                summary = ingest(items, s, on_article=lambda _i, _s: None)
            finally:
                s.release_writer()
        return IngestOut(stored=summary.stored, updated=summary.updated,
                         duplicates=summary.duplicate, rejected=dict(summary.rejected),
                         ids=summary.ids)

    # -- web page --------------------------------------------------------------------------
    def page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, q: str = "", entity: str = "", kind: str = "",
             country: str = "", source: str = "", speaker: str = "", event: str = "",
             since: str = "", until: str = "", offset: int = 0) -> HTMLResponse:
        form = {"q": q, "entity": entity, "kind": kind, "country": country, "source": source,
                "speaker": speaker, "event": event, "since": since, "until": until}
        error = None
        result = None
        try:
            d_since = date.fromisoformat(since) if since else None
            d_until = date.fromisoformat(until) if until else None
            result = get_store().search(SearchQuery(
                text=q[:500], entity=entity or None, kind=kind or None,
                country=country or None, source=source or None, speaker=speaker or None,
                event=event or None, since=d_since, until=d_until, limit=20,
                offset=max(0, min(offset, MAX_OFFSET))))
        except ValueError as e:
            error = f"bad date: {e} (use YYYY-MM-DD)"
        return page(request, "search.html", form=form, result=result, error=error,
                    offset=offset)

    @app.get("/view/articles/{article_id}", response_class=HTMLResponse,
             include_in_schema=False)
    def view_article(request: Request, article_id: str) -> HTMLResponse:
        a = get_store().get(article_id)
        if a is None:
            raise HTTPException(404, f"no article with id '{article_id}'")
        return page(request, "article.html", a=a, body=highlight(a.text, article_marks(a)),
                    speakers={e.id: e for e in a.entities}, keys=_keys(a))

    @app.get("/view/entities/{entity_id}", response_class=HTMLResponse,
             include_in_schema=False)
    def view_entity(request: Request, entity_id: str) -> HTMLResponse:
        d = get_store().entity(entity_id)
        if d is None:
            raise HTTPException(404, f"no entity '{entity_id}'")
        return page(request, "entity.html", d=d, svg=timeline_svg(d.mentions_per_day))

    @app.get("/view/events", response_class=HTMLResponse, include_in_schema=False)
    def view_events(request: Request, code: str = "", entity: str = "",
                    offset: int = 0) -> HTMLResponse:
        total, items = get_store().list_events(code=code or None, entity=entity or None,
                                               limit=50, offset=max(0, min(offset, MAX_OFFSET)))
        refs = {x for ev in items for x in (*ev.actors, *ev.targets, ev.place) if x}
        return page(request, "events.html", total=total, items=items, code=code,
                    entity=entity, offset=offset, names=get_store().entity_names(refs))

    return app


def _keys(a: Article) -> dict[str, str]:
    return {e.id: entity_id(e.kind, e.name) for e in a.entities}


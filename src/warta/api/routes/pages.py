"""The web page: article search at /, quote search, one article, one entity and the events
table under /view/. Errors come back as styled pages (`api.problems`).

URLs stay clean and shareable: empty fields are left out of every link the pages make, and
each list links its previous and next page and its CSV and JSONL export.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ...corpus import registry
from ...corpus.entity_view import entity_trend, roles_over_time
from ...corpus.trends import Period, TrendRow, period_of, trends
from ...record import ENTITY_KINDS, Article
from ...record import entity_id as store_key
from ...store import QuoteRow, SearchQuery, SQLStore
from ...store.errors import BadQuery
from ...store.model import snippet_html
from ..deps import StoreDep
from ..models import MAX_OFFSET
from ..render import (
    article_marks,
    fill_periods,
    highlight,
    period_range,
    pick_period,
    trend_svg,
)

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parents[1] / "templates")
PAGE = 20
SORTS = {"relevance": "relevance", "date": "newest first", "oldest": "oldest first"}
TONES = ("negative", "neutral", "positive")
# The search filters, in the order chips show them, with their labels.
FILTERS = {"entity": "entity", "kind": "kind", "country": "country", "source": "source",
           "speaker": "speaker", "event": "event", "theme": "theme", "tone": "tone",
           "since": "since", "until": "until"}
EXPORT_FILTERS = ("entity", "kind", "country", "source", "speaker", "event", "since", "until")
QUOTE_FILTERS = {"speaker": "speaker", "about": "about", "q": "words", "since": "since",
                 "until": "until"}


def url(path: str, params: dict[str, Any]) -> str:
    """`path` with the non-empty `params` as its query (a clean, shareable link)."""
    kept = {k: v for k, v in params.items() if v not in ("", None, 0)}
    return f"{path}?{urlencode(kept)}" if kept else path


def _marked(text: str, highlights: Any) -> Markup:
    return Markup(snippet_html(text, [(int(s), int(e)) for s, e in highlights]))  # noqa: S704


templates.env.filters["marked"] = _marked
templates.env.globals["url"] = url


def _page(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx)


def _keys(a: Article) -> dict[str, str]:
    return {e.id: store_key(e.kind, e.name) for e in a.entities}


def _dates(since: str, until: str) -> tuple[date | None, date | None]:
    try:
        return (date.fromisoformat(since) if since else None,
                date.fromisoformat(until) if until else None)
    except ValueError as e:
        raise BadQuery(f"bad date: {e} (use YYYY-MM-DD)") from None


def chips(path: str, form: dict[str, str], labels: dict[str, str]) -> list[dict[str, str]]:
    """One chip per active filter: its label, value and the link that removes it."""
    return [{"label": labels[k], "value": form[k],
             "remove": url(path, {**form, k: ""})} for k in labels if form.get(k)]


def pager(path: str, form: dict[str, str], offset: int, shown: int,
          total: int, size: int = PAGE) -> dict[str, str | None]:
    prev = url(path, {**form, "offset": max(0, offset - size)}) if offset > 0 else None
    more = offset + shown < total and offset + size <= MAX_OFFSET
    return {"prev": prev, "next": url(path, {**form, "offset": offset + size}) if more else None}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, q: str = "", entity: str = "", kind: str = "",
         country: str = "", source: str = "", speaker: str = "", event: str = "",
         theme: str = "", tone: str = "", since: str = "", until: str = "",
         sort: str = "relevance", offset: int = 0) -> HTMLResponse:
    form = {"q": q, "entity": entity, "kind": kind, "country": country, "source": source,
            "speaker": speaker, "event": event, "theme": theme, "tone": tone, "since": since,
            "until": until, "sort": "" if sort == "relevance" else sort}
    offset = max(0, min(offset, MAX_OFFSET))
    sort = sort or "relevance"
    error = None
    result = None
    try:
        if sort not in SORTS:
            raise BadQuery(f"unknown sort '{sort}': use {', '.join(SORTS)}")
        if tone and tone not in TONES:
            raise BadQuery(f"unknown tone '{tone}': use {', '.join(TONES)}")
        d_since, d_until = _dates(since, until)
        result = store.search(SearchQuery(
            text=q[:500], entity=entity or None, kind=kind or None,
            country=country or None, source=source or None, speaker=speaker or None,
            event=event or None, theme=theme or None,
            tone=tone if tone in TONES else None,  # type: ignore[arg-type]
            since=d_since, until=d_until, limit=PAGE, offset=offset,
            sort=sort if sort in SORTS else "relevance"))  # type: ignore[arg-type]
    except BadQuery as e:  # `body:*`, a bad date: say so on the page, not as JSON
        error = str(e)
    chart, chart_by = "", ""
    if result is not None and result.per_day:
        chart_by, chart = _search_chart(store, form, result.per_day,
                                        with_tone=result.total <= CHART_TONE_CAP)
    export = {k: form[k] for k in EXPORT_FILTERS}
    # Words, themes or tone: /export cannot apply them, so the page exports its own hits.
    exact = bool(q or theme or tone)
    return _page(request, "search.html", form=form, result=result, error=error,
                 offset=offset, chips=chips("/", form, FILTERS), sorts=SORTS, tones=TONES,
                 kinds=ENTITY_KINDS, choices=store.choices(),
                 pages=pager("/", form, offset, len(result.hits), result.total)
                 if result else {}, export=export, export_hits=exact,
                 export_cap=MAX_OFFSET, chart=chart, chart_by=chart_by)


# Above this many hits the chart's bars come from the search's own day counts, without
# tone: the tone needs a second pass over every hit, too slow for a page view.
CHART_TONE_CAP = 20_000


def _search_chart(store: SQLStore, form: dict[str, str], per_day: list[Any], *,
                  with_tone: bool = True) -> tuple[str, str]:
    """The hits per day, week or month (chosen by their date range) with their mean tone;
    each bar links to the same search narrowed to its period."""
    days = sorted(date.fromisoformat(f.key[:10]) for f in per_day)
    by = pick_period(days[0], days[-1])

    def href(period: str) -> str:
        lo, hi = period_range(period)
        return url("/", {**form, "since": lo.isoformat(), "until": hi.isoformat(),
                         "offset": 0})

    if not with_tone:
        counts: dict[str, int] = {}
        for f in per_day:
            key = period_of(f.key[:10], by)
            counts[key] = counts.get(key, 0) + f.count
        rows = [TrendRow(period=k, articles=n, mentions=None, tone=None)
                for k, n in sorted(counts.items())]
        return by, trend_svg(fill_periods(rows, by), by=by, href=href)
    query = SearchQuery(text=form["q"][:500], entity=form["entity"] or None,
                        kind=form["kind"] or None, country=form["country"] or None,
                        source=form["source"] or None, speaker=form["speaker"] or None,
                        event=form["event"] or None, since=_dates(form["since"], "")[0],
                        until=_dates("", form["until"])[1], facets=False)
    return by, trend_svg(fill_periods(trends(store, query, by), by), by=by, href=href)


@router.get("/view/quotes", response_class=HTMLResponse)
def view_quotes(request: Request, store: StoreDep, speaker: str = "", about: str = "",
                q: str = "", since: str = "", until: str = "",
                offset: int = 0) -> HTMLResponse:
    """Who said what about whom: quotes by speaker, by an entity inside the quote, by
    words of the quote and by dates, each linked to its article."""
    form = {"speaker": speaker, "about": about, "q": q, "since": since, "until": until}
    offset = max(0, min(offset, MAX_OFFSET))
    error = None
    total, items = 0, list[QuoteRow]()
    try:
        d_since, d_until = _dates(since, until)
        total, items = store.list_quotes(speaker=speaker or None, about=about or None,
                                         text=q[:200] or None, since=d_since, until=d_until,
                                         limit=PAGE, offset=offset)
    except BadQuery as e:
        error = str(e)
    return _page(request, "quotes.html", form=form, total=total, items=items, error=error,
                 offset=offset, chips=chips("/view/quotes", form, QUOTE_FILTERS),
                 pages=pager("/view/quotes", form, offset, len(items), total))


HIT_COLUMNS = ("id", "title", "source", "url", "published", "score", "copies", "snippet")


def _hit_rows(store: SQLStore, query: SearchQuery, cap: int) -> Iterator[dict[str, Any]]:
    offset = 0
    while offset < cap:
        page = store.search(replace(query, limit=100, offset=offset, facets=False))
        for h in page.hits[: cap - offset]:
            yield {c: getattr(h, c) for c in HIT_COLUMNS}
        if len(page.hits) < 100:
            return
        offset += 100


@router.get("/view/search/export")
def export_hits(store: StoreDep, format: Literal["csv", "jsonl"] = "csv", q: str = "",
                entity: str = "", kind: str = "", country: str = "", source: str = "",
                speaker: str = "", event: str = "", theme: str = "", tone: str = "",
                since: str = "", until: str = "", sort: str = "") -> StreamingResponse:
    """The search page's hits as a download (the first 10,000; `warta export` or
    `/export` take every article a set of filters selects)."""
    d_since, d_until = _dates(since, until)
    if tone and tone not in TONES:
        raise BadQuery(f"unknown tone '{tone}': use {', '.join(TONES)}")
    query = SearchQuery(text=q[:500], entity=entity or None, kind=kind or None,
                        country=country or None, source=source or None,
                        speaker=speaker or None, event=event or None, theme=theme or None,
                        tone=tone or None, since=d_since, until=d_until,  # type: ignore[arg-type]
                        sort=sort if sort in SORTS else "relevance")  # type: ignore[arg-type]
    rows = _hit_rows(store, query, MAX_OFFSET)
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(_table(rows, HIT_COLUMNS, format), media_type=media,
                             headers={"Content-Disposition":
                                      f'attachment; filename="warta-search.{format}"'})


def _table(rows: Iterator[dict[str, Any]], columns: tuple[str, ...],
           format: str) -> Iterator[str]:
    """Rows as JSON Lines, or as CSV with a header (streamed a row at a time)."""
    if format == "jsonl":
        for r in rows:
            yield json.dumps(r, ensure_ascii=False) + "\n"
        return
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(columns)
    for r in rows:
        out.writerow(["" if r[c] is None else r[c] for c in columns])
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


QUOTE_COLUMNS = ("article_id", "title", "published", "kind", "text", "speaker", "speaker_name")


def _quote_rows(store: SQLStore, filters: dict[str, Any]) -> Iterator[QuoteRow]:
    offset = 0
    while True:  # page by page: constant memory whatever the list's length
        _, rows = store.list_quotes(limit=500, offset=offset, **filters)
        yield from rows
        if len(rows) < 500:
            return
        offset += 500


@router.get("/view/quotes/export")
def export_quotes(store: StoreDep, format: Literal["csv", "jsonl"] = "csv", speaker: str = "",
                  about: str = "", q: str = "", since: str = "",
                  until: str = "") -> StreamingResponse:
    """The quote list as the quote page filters it (every filter applies), as a download."""
    d_since, d_until = _dates(since, until)
    filters = {"speaker": speaker or None, "about": about or None, "text": q[:200] or None,
               "since": d_since, "until": d_until}
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    rows = (asdict(r) for r in _quote_rows(store, filters))
    return StreamingResponse(_table(rows, QUOTE_COLUMNS, format), media_type=media,
                             headers={"Content-Disposition":
                                      f'attachment; filename="warta-quotes.{format}"'})


@router.get("/view/articles/{article_id}", response_class=HTMLResponse)
def view_article(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    a = store.get(article_id)
    if a is None:
        raise HTTPException(404, f"no article with id '{article_id}': it may have been "
                            "replaced by a newer version; search for it from the start page")
    return _page(request, "article.html", a=a, body=highlight(a.text, article_marks(a)),
                 speakers={e.id: e for e in a.entities}, keys=_keys(a),
                 summary=[s.of(a.text) for s in a.summary])


ENTITY_FILTERS = {"name": "name", "kind": "kind", "country": "country"}
ENTITY_COLUMNS = ("key", "name", "kind", "kinds", "country", "articles", "first_seen",
                  "last_seen", "aliases")


def _entity_filters(kind: str, country: str) -> None:
    if kind and kind.upper() not in ENTITY_KINDS:
        raise BadQuery(f"unknown kind '{kind}': use {', '.join(ENTITY_KINDS)}")
    if country and not (len(country) == 2 and country.isalpha()):
        raise BadQuery(f"bad country '{country}': use a two-letter code such as ID")


@router.get("/view/entities", response_class=HTMLResponse)
def view_entities(request: Request, store: StoreDep, name: str = "", kind: str = "",
                  country: str = "", offset: int = 0) -> HTMLResponse:
    """The registry's entities (one per real-world thing) by number of articles."""
    form = {"name": name, "kind": kind, "country": country}
    offset = max(0, min(offset, MAX_OFFSET))
    error = None
    total, items = 0, list[Any]()
    try:
        _entity_filters(kind, country)
        total, items = store.list_entities(name=name[:200] or None, kind=kind or None,
                                           country=country or None, limit=PAGE,
                                           offset=offset)
    except BadQuery as e:
        error = str(e)
    return _page(request, "entities.html", form=form, total=total, items=items, error=error,
                 offset=offset, kinds=ENTITY_KINDS, countries=store.choices()["country"],
                 chips=chips("/view/entities", form, ENTITY_FILTERS),
                 pages=pager("/view/entities", form, offset, len(items), total))


def _entity_rows(store: SQLStore, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:  # page by page, as the quote export
        _, rows = registry.summaries(store, limit=500, offset=offset, **filters)
        for e in rows:
            row = asdict(e)
            row["kinds"], row["aliases"] = "|".join(e.kinds), "|".join(e.aliases)
            yield row
        if len(rows) < 500:
            return
        offset += 500


@router.get("/view/entities/export")
def export_entities(store: StoreDep, format: Literal["csv", "jsonl"] = "csv", name: str = "",
                    kind: str = "", country: str = "") -> StreamingResponse:
    """The entity directory as the page filters it, as a download (`/export` exports
    entity mentions per article, not the registry)."""
    _entity_filters(kind, country)
    filters = {"name": name[:200] or None, "kind": kind or None, "country": country or None}
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(_table(_entity_rows(store, filters), ENTITY_COLUMNS, format),
                             media_type=media,
                             headers={"Content-Disposition":
                                      f'attachment; filename="warta-entities.{format}"'})


@router.get("/view/entities/{entity_id}", response_class=HTMLResponse)
def view_entity(request: Request, store: StoreDep, entity_id: str) -> HTMLResponse:
    d = store.entity(entity_id)
    if d is None:
        raise HTTPException(404, f"no entity '{entity_id}': search for its name from the "
                            "start page")
    rid = d.entity.key
    by: Period = "day"
    if d.entity.first_seen and d.entity.last_seen:
        by = pick_period(date.fromisoformat(d.entity.first_seen[:10]),
                         date.fromisoformat(d.entity.last_seen[:10]))

    def href(period: str) -> str:
        lo, hi = period_range(period)
        return url("/", {"entity": rid, "since": lo.isoformat(), "until": hi.isoformat()})

    svg = trend_svg(fill_periods(entity_trend(store, rid, by), by), by=by, href=href,
                    label="articles")
    return _page(request, "entity.html", d=d, svg=svg, by=by,
                 roles=roles_over_time(store, rid))


@router.get("/view/events", response_class=HTMLResponse)
def view_events(request: Request, store: StoreDep, code: str = "", entity: str = "",
                offset: int = 0) -> HTMLResponse:
    offset = max(0, min(offset, MAX_OFFSET))
    total, items = store.list_events(code=code or None, entity=entity or None, limit=50,
                                     offset=offset)
    refs = {x for ev in items for x in (*ev.actors, *ev.targets, ev.place) if x}
    form = {"code": code, "entity": entity}
    return _page(request, "events.html", total=total, items=items, form=form, offset=offset,
                 names=store.entity_names(refs), codes=store.choices()["event"],
                 chips=chips("/view/events", form, {"code": "code", "entity": "entity"}),
                 pages=pager("/view/events", form, offset, len(items), total, 50))

"""Web pages for stories and trends: /view/stories, /view/stories/{id}, /view/trends
(server-rendered, inline SVG, nothing from elsewhere)."""

from __future__ import annotations

from datetime import date
from html import escape

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ...corpus.story_store import StoryArticle, get_story, list_stories
from ...corpus.trends import PERIODS, Period, TrendRow, trends
from ...store import SearchQuery
from ...store.errors import BadQuery
from ..deps import StoreDep
from ..models import MAX_OFFSET
from ..render import fill_periods, period_range, pick_period, trend_svg
from .pages import _page, url

router = APIRouter(include_in_schema=False)


def sources_svg(articles: list[StoryArticle], *, width: int = 640) -> str:
    """A story's articles as dots on a time line, one row per source."""
    dated = [(a, a.published[:16]) for a in articles if a.published]
    if not dated:
        return '<svg class="timeline" width="0" height="0" role="img"></svg>'
    sources = sorted({a.source or "-" for a, _ in dated})
    stamps = [date.fromisoformat(p[:10]).toordinal() * 24 * 60
              + int(p[11:13] or 0) * 60 + int(p[14:16] or 0) if len(p) >= 16
              else date.fromisoformat(p[:10]).toordinal() * 24 * 60 for _, p in dated]
    lo, hi = min(stamps), max(stamps)
    left, pad, row = 130, 16, 22
    height = row * len(sources) + 30
    span = max(hi - lo, 1)
    parts = []
    for i, s in enumerate(sources):
        y = 16 + i * row
        parts.append(f'<text x="4" y="{y + 4}">{escape(s[:18])}</text>'
                     f'<line class="axis" x1="{left}" y1="{y}" x2="{width - pad}" y2="{y}"/>')
    for (a, p), t in zip(dated, stamps, strict=True):
        x = left + (width - pad - left) * (t - lo) / span
        y = 16 + sources.index(a.source or "-") * row
        parts.append(f'<a href="/view/articles/{escape(a.id)}"><circle class="bar" '
                     f'cx="{x:.1f}" cy="{y}" r="5"><title>{escape(p)} '
                     f'{escape(a.title or a.id)}</title></circle></a>')
    parts.append(f'<text x="{left}" y="{height - 4}">{escape(dated[0][1][:10])}</text>'
                 f'<text x="{width - pad}" y="{height - 4}" text-anchor="end">'
                 f'{escape(max(p for _, p in dated)[:10])}</text>')
    # role group, not img: its dots are links, and an image holds no controls (axe-core).
    return (f'<svg class="timeline" role="group" aria-label="articles by source over time" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            + "".join(parts) + "</svg>")


@router.get("/view/stories", response_class=HTMLResponse)
def view_stories(request: Request, store: StoreDep, since: str = "", entity: str = "",
                 min_articles: int = 2, offset: int = 0) -> HTMLResponse:
    error = None
    d_since = None
    try:
        d_since = date.fromisoformat(since) if since else None
    except ValueError as e:
        error = f"bad date: {e} (use YYYY-MM-DD)"
    off = max(0, min(offset, MAX_OFFSET))
    least = max(1, min(min_articles, 10_000))
    total, items = list_stories(store, since=d_since, entity=entity or None, limit=30,
                                offset=off, min_articles=least)
    return _page(request, "stories.html", total=total, items=items, since=since,
                 entity=entity, offset=off, error=error, least=least)


@router.get("/view/stories/{story_id}", response_class=HTMLResponse)
def view_story(request: Request, store: StoreDep, story_id: str) -> HTMLResponse:
    d = get_story(store, story_id)
    if d is None:
        raise HTTPException(404, f"no story '{story_id}'")
    return _page(request, "story.html", d=d, svg=sources_svg(d.articles))


@router.get("/view/trends", response_class=HTMLResponse)
def view_trends(request: Request, store: StoreDep, q: str = "", entity: str = "",
                source: str = "", since: str = "", until: str = "",
                by: str = "") -> HTMLResponse:
    """Articles per day, week or month (`by`; by default chosen by the date range) and
    their mean tone; a bar opens the search narrowed to its period."""
    error = None
    rows: list[TrendRow] = []
    period: Period = "day"
    try:
        if by and by not in PERIODS:
            raise BadQuery(f"unknown period '{by}': use {', '.join(PERIODS)}")
        query = SearchQuery(text=q[:500], entity=entity or None, source=source or None,
                            since=date.fromisoformat(since) if since else None,
                            until=date.fromisoformat(until) if until else None, facets=False)
        days = trends(store, query, "day")
        if by:
            period = by  # type: ignore[assignment]
        elif days:
            period = pick_period(date.fromisoformat(days[0].period),
                                 date.fromisoformat(days[-1].period))
        rows = days if period == "day" else trends(store, query, period)
    except ValueError as e:
        error = f"bad date: {e} (use YYYY-MM-DD)"
    except BadQuery as e:
        error = str(e)
    form = {"q": q, "entity": entity, "source": source, "since": since, "until": until}

    def href(p: str) -> str:
        lo, hi = period_range(p)
        return url("/", {**form, "since": lo.isoformat(), "until": hi.isoformat()})

    svg = trend_svg(fill_periods(rows, period), by=period, href=href)
    return _page(request, "trends.html", rows=rows, svg=svg, error=error, by=period,
                 periods=PERIODS, form={**form, "by": by})

"""Pure HTML helpers for the web page: highlighted article text and the mentions timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import Literal
from urllib.parse import quote

from ..corpus.trends import Period, TrendRow, period_of
from ..record import Article, entity_id
from ..store.model import FacetCount


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    start: int
    end: int
    cls: str  # ent | quote | num | time
    title: str | None = None
    href: str | None = None


def article_marks(a: Article) -> list[Mark]:
    """Entities, quotes, numbers and time expressions of an article as marks."""
    marks: list[Mark] = []
    names = {e.id: e for e in a.entities}
    for e in a.entities:
        href = f"/view/entities/{quote(entity_id(e.kind, e.name), safe=':')}"
        marks += [Mark(start=m.start, end=m.end, cls=f"ent ent-{e.kind.lower()}",
                       title=f"{e.kind}: {e.name}", href=href) for m in e.mentions]
    for q in a.quotes:
        if q.field is not None:  # a headline quote: its spans index the title or a related line
            continue
        who = names[q.speaker].name if q.speaker in names else "speaker unknown"
        marks.append(Mark(start=q.content.start, end=q.content.end, cls="quote",
                          title=f"{q.kind} quote: {who}"))
    for n in a.numbers:
        value = f"{n.value:g}" if n.value is not None else f"{n.low:g}..{n.high:g}" \
            if n.low is not None and n.high is not None else "?"
        change = "" if n.change is None else n.change + (
            " to" if n.change_to else " from" if n.change_from else "")
        label = " ".join(x for x in (value, n.unit or "", n.thing or "", change,
                                     f"({n.period})" if n.period else "") if x)
        marks.append(Mark(start=n.span.start, end=n.span.end, cls="num", title=label))
    for t in a.times:
        marks.append(Mark(start=t.span.start, end=t.span.end, cls="time",
                          title=f"{t.type} {t.value}"))
    size = len(a.text)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def highlight(text: str, marks: list[Mark]) -> str:
    """Escaped text with each marked range wrapped; overlapping marks nest per segment."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    out: list[str] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[lo:hi])
        for m in reversed([m for m in ordered if m.start <= lo and hi <= m.end]):
            title = f' title="{escape(m.title)}"' if m.title else ""
            if m.href:
                piece = f'<a class="{m.cls}" href="{escape(m.href)}"{title}>{piece}</a>'
            else:
                piece = f'<span class="{m.cls}"{title}>{piece}</span>'
        out.append(piece)
    return "".join(out)


def timeline_svg(per_day: list[FacetCount], *, width: int = 640, height: int = 120) -> str:
    """Inline SVG bar chart of counts per day (days without mentions are gaps)."""
    points = [(date.fromisoformat(f.key), f.count) for f in per_day]
    if not points:
        return '<svg class="timeline" width="0" height="0" role="img"></svg>'
    first, last = points[0][0], points[-1][0]
    days = (last - first).days + 1
    top = max(c for _, c in points)
    pad, plot_h = 24, height - 36
    step = (width - 2 * pad) / days
    bars = []
    for d, c in points:
        x = pad + (d - first).days * step
        h = max(1.0, plot_h * c / top)
        bars.append(f'<rect class="bar" x="{x:.1f}" y="{12 + plot_h - h:.1f}" '
                    f'width="{max(step - 1, 1.0):.1f}" height="{h:.1f}">'
                    f"<title>{d.isoformat()}: {c}</title></rect>")
    end = first + timedelta(days=days - 1)
    return (f'<svg class="timeline" role="img" aria-label="mentions per day" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f'<line x1="{pad}" y1="{12 + plot_h}" x2="{width - pad}" y2="{12 + plot_h}" '
            f'class="axis"/>{"".join(bars)}'
            f'<text x="{pad}" y="{height - 4}">{first.isoformat()}</text>'
            f'<text x="{width - pad}" y="{height - 4}" text-anchor="end">{end.isoformat()}</text>'
            f'<text x="{pad}" y="10">max {top}</text></svg>')


def pick_period(first: date, last: date) -> Literal["day", "week", "month"]:
    """The bar a chart over `first`..`last` reads best with: days up to two months, weeks
    up to a year, months beyond (so a nine-year range is about a hundred bars, not 3,000)."""
    days = (last - first).days
    return "day" if days <= 62 else "week" if days <= 366 else "month"


def period_range(period: str) -> tuple[date, date]:
    """The first and last day of a trend period: 2025-10-20, 2025-W43 or 2025-10."""
    if "-W" in period:
        year, week = period.split("-W")
        start = date.fromisocalendar(int(year), int(week), 1)
        return start, start + timedelta(days=6)
    if len(period) == 7:
        start = date.fromisoformat(period + "-01")
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return start, nxt - timedelta(days=1)
    d = date.fromisoformat(period)
    return d, d


def fill_periods(rows: Sequence[TrendRow], by: Period) -> list[TrendRow]:
    """`rows` with an empty row for every day, week or month between the first and last
    that has none (so a bar's place on the axis is its time)."""
    if len(rows) < 2:
        return list(rows)
    have = {r.period: r for r in rows}
    d, end = period_range(rows[0].period)[0], period_range(rows[-1].period)[0]
    out: list[TrendRow] = []
    while d <= end:
        key = period_of(d.isoformat(), by)
        out.append(have.get(key) or TrendRow(period=key, articles=0, mentions=None, tone=None))
        d = period_range(key)[1] + timedelta(days=1)
    return out


def trend_svg(rows: Sequence[TrendRow], *, by: str, href: Callable[[str], str] | None = None,
              label: str = "articles", width: int = 640, height: int = 160) -> str:
    """Inline SVG of trend rows: a bar per period (a link when `href` gives one) and the
    mean tone (-100..100) as a line across it, where the periods have a tone."""
    if not rows:
        return '<svg class="timeline" width="0" height="0" role="img" aria-label="no data"></svg>'
    top = max(max(r.articles for r in rows), 1)
    pad, plot_top, plot_h = 24, 14, height - 44
    step = (width - 2 * pad) / len(rows)
    base = plot_top + plot_h
    bars, tone = [], []
    for i, r in enumerate(rows):
        if not r.articles:  # an empty period is a gap on the axis, nothing to point at
            continue
        x, h = pad + i * step, max(1.0, plot_h * r.articles / top)
        tip = f"{r.period}: {r.articles} {label if r.articles != 1 else label.rstrip('s')}" + (
            f", tone {r.tone:+.1f}" if r.tone is not None else "")
        bar = (f'<rect class="bar" x="{x:.1f}" y="{base - h:.1f}" '
               f'width="{max(step - 1, 1.0):.1f}" height="{h:.1f}"><title>{escape(tip)}'
               "</title></rect>")
        if href is not None:
            bar = (f'<a class="period" href="{escape(href(r.period))}" '
                   f'aria-label="{escape(tip)}">{bar}</a>')
        bars.append(bar)
        if r.tone is not None:  # tone -100..100 mapped onto the plot's height, 0 mid-way
            y = plot_top + plot_h * (100 - max(-100.0, min(100.0, r.tone))) / 200
            tone.append(f"{x + step / 2:.1f},{y:.1f}")
    line = (f'<polyline class="tone" points="{" ".join(tone)}"><title>mean tone</title>'
            "</polyline>" if len(tone) > 1 else
            (f'<circle class="tone" cx="{tone[0].split(",")[0]}" cy="{tone[0].split(",")[1]}"'
             ' r="3"/>' if tone else ""))
    role = "group" if href is not None else "img"  # links inside: not an image (axe-core)
    return (f'<svg class="timeline trend" role="{role}" aria-label="{escape(label)} per {by}'
            f'{", with mean tone" if tone else ""}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}">'
            f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" class="axis"/>'
            f'<line x1="{pad}" y1="{plot_top + plot_h / 2}" x2="{width - pad}" '
            f'y2="{plot_top + plot_h / 2}" class="zero"/>{"".join(bars)}{line}'
            f'<text x="{pad}" y="{height - 16}">{escape(rows[0].period)}</text>'
            f'<text x="{width - pad}" y="{height - 16}" text-anchor="end">'
            f'{escape(rows[-1].period)}</text>'
            f'<text x="{pad}" y="10">max {top} per {by}</text>'
            f'<text x="{width - pad}" y="10" text-anchor="end" class="tone-key">'
            f'{"— tone" if tone else ""}</text></svg>')

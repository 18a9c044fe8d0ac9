"""Pure HTML helpers for the web page: highlighted article text and the mentions timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from urllib.parse import quote

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
        label = " ".join(x for x in (value, n.unit or "", n.thing or "") if x)
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

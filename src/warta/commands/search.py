"""`warta search`: full-text search with filters and facets over the store."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from dataclasses import asdict
from typing import Any, TextIO

from ..errors import ConfigError
from ..store import SearchQuery, SearchResult, open_store
from .filters import add_filters, check_dates
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search", help="search stored articles (full text, entities, speakers, dates)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Ranked full-text search (accents and case ignored) with filters; "
        "filters combine with AND.",
        epilog="examples:\n"
        '  warta search "korea utara" --speaker "Volodymyr Zelenskyy" --since 2024-11-01\n'
        "  warta search --entity per:kim-jong-un --format json\n"
        '  warta search --entity Jokowi   # also articles that say "Joko Widodo"\n'
        "  warta search banjir --sort date --tone negative --limit 20\n"
        '  warta search "\\"pasukan khusus\\"" --country KP --event MOBILIZE',
    )
    p.add_argument("text", nargs="?", default="",
                   help='words (all must match; each also finds its affixed forms: banjir '
                   'finds kebanjiran); "exact phrase"; prefix*; -excluded; empty: newest first')
    add_filters(p)
    p.add_argument("--limit", type=int, default=10, help="results per page (1-100, default 10)")
    p.add_argument("--offset", type=int, default=0,
                   help="results to skip, for the next page (default 0)")
    p.add_argument("--sort", choices=["relevance", "date", "oldest"], default="relevance",
                   help="relevance (default; newest first without words), date (newest "
                   "first) or oldest")
    p.add_argument("--theme", help="articles with this theme code, e.g. iptc:conflict")
    p.add_argument("--tone", choices=["negative", "neutral", "positive"],
                   help="articles of this tone")
    p.add_argument("--format", choices=["table", "json"], default="table",
                   help="table (default: fits the terminal, coloured on a terminal unless "
                   "NO_COLOR is set) or json")
    p.add_argument("--no-facets", action="store_true", help="skip facet counts")
    p.add_argument("--all-copies", action="store_true",
                   help="list every copy (default: a duplicate group is one hit)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 100 or args.offset < 0:
        raise ConfigError("--limit takes 1..100 and --offset 0 or more")
    check_dates(args)
    query = SearchQuery(text=args.text, entity=args.entity, kind=args.kind, country=args.country,
                        source=args.source, speaker=args.speaker, event=args.event,
                        theme=args.theme, tone=args.tone, since=args.since,
                        until=args.until, limit=args.limit, offset=args.offset,
                        sort=args.sort, facets=not args.no_facets, copies=args.all_copies)
    store = open_store(args.db, create=False)
    try:
        result = store.search(query)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    else:
        print(render_table(result, query, width=terminal_width(), color=use_color(sys.stdout)))
    return 0


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and \
        os.environ.get("TERM") != "dumb"


def terminal_width() -> int:
    """The terminal's width (COLUMNS when set), else 100 when piped; at least 40."""
    return max(40, shutil.get_terminal_size((100, 20)).columns)


def _fit(text: str, room: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= room else text[: max(room - 1, 0)] + "…"


def _marked(snippet: str, highlights: tuple[tuple[int, int], ...], room: int,
            color: bool) -> str:
    """The snippet cut to `room` characters, matches in bold yellow (or *starred*)."""
    out, pos = [], 0
    cut = snippet if len(snippet) <= room else snippet[: room - 1]
    for start, end in highlights:
        if start >= len(cut):
            break
        end = min(end, len(cut))
        out.append(cut[pos:start])
        out.append(f"\x1b[1;33m{cut[start:end]}\x1b[0m" if color else f"*{cut[start:end]}*")
        pos = end
    out.append(cut[pos:])
    return "".join(out) + ("…" if len(cut) < len(snippet) else "")


def render_table(result: SearchResult, query: SearchQuery, *, width: int = 100,
                 color: bool = False) -> str:
    """Hits and facets as lines no wider than `width` (stars mark matches without colour,
    so a piped snippet may run two characters per match past it)."""
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    lines = [f"{result.total} article(s)" + (
        f", showing {query.offset + 1}-{query.offset + len(result.hits)}" if result.hits else "")]
    for i, h in enumerate(result.hits, query.offset + 1):
        day = (h.published or "")[:10]
        head = f"{i:>3}. {day:<10} {_fit(h.source or '-', 16):<16} "
        lines.append(head + paint(_fit(h.title or "(no title)", width - len(head)), "1"))
        ref = f"id {h.id}" + (f"  {h.url}" if h.url else "") \
            + (f"  (+{h.copies} copies)" if h.copies else "")
        lines.append("     " + paint(_fit(ref, width - 5), "2"))
        lines.append("     " + _marked(h.snippet, h.highlights, width - 5, color))
    for label, facets in (("top entities", result.top_entities),
                          ("top speakers", result.top_speakers), ("themes", result.themes),
                          ("tone", result.tones)):
        if facets:
            lines.append(_fit(f"{label}: " + ", ".join(f"{f.label} ({f.count})"
                                                       for f in facets), width))
    if result.per_day:
        lines.append(_fit("per day: " + ", ".join(f"{f.key} {f.count}"
                                                  for f in result.per_day[-14:]), width))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(0)

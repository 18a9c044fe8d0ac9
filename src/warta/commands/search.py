"""`warta search`: full-text search with filters and facets over the store."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from dataclasses import asdict
from typing import Any

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
        '  warta search "\\"pasukan khusus\\"" --country KP --event MOBILIZE',
    )
    p.add_argument("text", nargs="?", default="",
                   help='words (all must match); "quoted phrase"; empty: newest first')
    add_filters(p)
    p.add_argument("--limit", type=int, default=10, help="results per page (1-100, default 10)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", choices=["table", "json"], default="table")
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
                        since=args.since, until=args.until, limit=args.limit,
                        offset=args.offset, facets=not args.no_facets,
                        copies=args.all_copies)
    store = open_store(args.db, create=False)
    try:
        result = store.search(query)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(asdict(result), ensure_ascii=False, indent=2))
    else:
        print(render_table(result, query))
    return 0


def _plain(snippet: str) -> str:
    from html import unescape

    return " ".join(unescape(re.sub(r"</?mark>", "*", snippet)).split())


def render_table(result: SearchResult, query: SearchQuery) -> str:
    width = max(60, min(shutil.get_terminal_size((100, 20)).columns, 140))
    lines = [f"{result.total} article(s)" + (
        f", showing {query.offset + 1}-{query.offset + len(result.hits)}" if result.hits else "")]
    for i, h in enumerate(result.hits, query.offset + 1):
        day = (h.published or "")[:10]
        lines.append(f"{i:>3}. {day:<10} {h.source or '-':<16} {h.title or '(no title)'}")
        lines.append(f"     id {h.id}" + (f"  {h.url}" if h.url else "")
                     + (f"  (+{h.copies} copies)" if h.copies else ""))
        snippet = _plain(h.snippet)
        lines.append("     " + (snippet[: width - 8] + "…" if len(snippet) > width - 8
                                 else snippet))
    if result.top_entities:
        lines.append("top entities: " + ", ".join(f"{f.label} ({f.count})"
                                                  for f in result.top_entities))
    if result.top_speakers:
        lines.append("top speakers: " + ", ".join(f"{f.label} ({f.count})"
                                                  for f in result.top_speakers))
    if result.per_day:
        lines.append("per day: " + ", ".join(f"{f.key} {f.count}" for f in result.per_day[-14:]))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(0)

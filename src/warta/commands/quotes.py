"""`warta quotes`: who said what, about whom, from the store."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from ..errors import ConfigError
from ..store import QuoteRow, open_store
from .filters import check_dates, date_arg
from .ingest import DB_HELP
from .search import _fit, terminal_width, use_color


def register(sub: Any) -> None:
    p = sub.add_parser(
        "quotes", help="find who said what about whom (quotes by speaker, entity, words, dates)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Quotes from the stored articles, newest first. --about finds the quotes "
        "whose words mention an entity; --speaker the quotes attributed to one. Filters "
        "combine with AND. For every quote as a file: warta export --what quotes.",
        epilog="examples:\n"
        '  warta quotes --speaker "Prabowo Subianto" --since 2025-01-01\n'
        '  warta quotes --about "Korea Utara" --speaker per:volodymyr-zelenskyy\n'
        "  warta quotes --words inflasi --format jsonl > kutipan.jsonl",
    )
    p.add_argument("--speaker", help="who said it: entity id (per:prabowo-subianto), name or "
                   "alias; every name the registry links to it")
    p.add_argument("--about", help="an entity the quote mentions: entity id or name")
    p.add_argument("--words", help="words in the quote (case ignored)")
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD",
                   help="published on or after this day")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD",
                   help="published on or before this day (inclusive)")
    p.add_argument("--limit", type=int, default=20, help="quotes to show (1-1000, default 20)")
    p.add_argument("--offset", type=int, default=0, help="quotes to skip, for the next page")
    p.add_argument("--format", choices=["table", "jsonl"], default="table",
                   help="table (default: fits the terminal, coloured on a terminal unless "
                   "NO_COLOR is set) or jsonl, one quote a line")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 1000 or args.offset < 0:
        raise ConfigError("--limit takes 1..1000 and --offset 0 or more")
    check_dates(args)
    store = open_store(args.db, create=False)
    try:
        total, rows = store.list_quotes(speaker=args.speaker, about=args.about,
                                        text=args.words, since=args.since, until=args.until,
                                        limit=args.limit, offset=args.offset)
    finally:
        store.close()
    if args.format == "jsonl":
        for r in rows:
            print(json.dumps(asdict(r), ensure_ascii=False))
    else:
        print(render(total, rows, args.offset, width=terminal_width(),
                     color=use_color(sys.stdout)))
    return 0


def render(total: int, rows: list[QuoteRow], offset: int = 0, *, width: int = 100,
           color: bool = False) -> str:
    """Each quote, then who said it, when, and in which article, no wider than `width`."""
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    lines = [f"{total} quote(s)" + (f", showing {offset + 1}-{offset + len(rows)}"
                                    if rows else "")]
    for i, r in enumerate(rows, offset + 1):
        lines.append(f"{i:>3}. " + _fit(r.text, width - 5))
        who = r.speaker_name or "speaker unknown"
        where = f"{(r.published or '')[:10]} {r.title or ''} [{r.article_id}]"
        lines.append("     " + paint(who, "1") + " " + paint(_fit(f"· {where}",
                                                                 width - 6 - len(who)), "2"))
    return "\n".join(lines)

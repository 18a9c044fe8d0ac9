"""`warta trends`: articles, entity mentions and mean tone per day, week or month for
any search."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from typing import Any

from ..store import SearchQuery, open_store
from .filters import add_filters, check_dates
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "trends", help="coverage over time: articles, entity mentions and tone per period",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="For the articles a search matches (the same query and filters as "
        "`warta search`), per period: how many there are, how often --entity is mentioned "
        "in them, and their mean tone (-100..100). A duplicate group counts once.",
        epilog="examples:\n"
        '  warta trends "makan bergizi gratis" --by week\n'
        '  warta trends --entity "Purbaya Yudhi Sadewa" --by day --format csv\n'
        "  warta trends korupsi --source Detik --since 2025-08-01 --format json",
    )
    p.add_argument("text", nargs="?", default="",
                   help='words (all must match); "quoted phrase"; empty: every article')
    add_filters(p)
    p.add_argument("--by", choices=["day", "week", "month"], default="day",
                   help="period (week: ISO week, e.g. 2025-W43)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table",
                   help="table (default), json or csv (one row a period)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.trends import trends

    check_dates(args)
    query = SearchQuery(text=args.text, entity=args.entity, kind=args.kind,
                        country=args.country, source=args.source, speaker=args.speaker,
                        event=args.event, since=args.since, until=args.until, facets=False)
    store = open_store(args.db, create=False)
    try:
        rows = trends(store, query, args.by)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(["period", "articles", "mentions", "tone"])
        for r in rows:
            w.writerow([r.period, r.articles, "" if r.mentions is None else r.mentions,
                        "" if r.tone is None else r.tone])
    else:
        print(f"{'period':<10} {'articles':>8} {'mentions':>8} {'tone':>7}")
        for r in rows:
            m = "-" if r.mentions is None else str(r.mentions)
            t = "-" if r.tone is None else f"{r.tone:.1f}"
            print(f"{r.period:<10} {r.articles:>8} {m:>8} {t:>7}  "
                  + "#" * min(60, r.articles))
    return 0

"""`warta stories`: stories (articles reporting one event, grouped on ingest), or
`--rebuild` them from the stored articles in date order."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from ..errors import ConfigError
from ..store import open_store
from .filters import date_arg
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "stories", help="stories: articles that report the same event, across outlets",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Ingest places each article in a story as it stores it: the articles "
        "within 3 days sharing its weightiest words, names and numbers are scored, and it "
        "joins the story of the best one over the threshold (a copy joins its original's). "
        "Latest stories first; one story with its articles by ID. --rebuild recomputes every "
        "story in date order (the same answer as ingesting in date order); run it after "
        "`warta dedup --rebuild`, since copies follow their group.",
        epilog="examples:\n"
        "  warta stories --since 2025-10-01\n"
        '  warta stories --entity "Purbaya Yudhi Sadewa" --format json\n'
        "  warta stories --entity Jokowi   # also stories naming Joko Widodo\n"
        "  warta stories st-1a2b3c4d5e6f\n"
        "  warta stories --rebuild --db postgresql://localhost/warta",
    )
    p.add_argument("id", nargs="?", help="one story's id (st-...): its articles in order")
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD",
                   help="stories seen on or after this day")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD",
                   help="stories that began on or before this day")
    p.add_argument("--entity", help="stories with an article mentioning this entity "
                   "(registry id like per:prabowo-subianto, a name or an alias: Jokowi "
                   "finds stories naming Joko Widodo)")
    p.add_argument("--min-articles", type=int, default=2,
                   help="stories of at least this many articles (default 2; 1 lists all)")
    p.add_argument("--limit", type=int, default=20, help="stories per page (1-500)")
    p.add_argument("--offset", type=int, default=0,
                   help="stories to skip, for the next page (default 0)")
    p.add_argument("--format", choices=["table", "json"], default="table",
                   help="table (default) or json")
    p.add_argument("--rebuild", action="store_true",
                   help="recompute every story from the stored articles, in date order")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus import story_store

    if not 1 <= args.limit <= 500 or args.offset < 0 or args.min_articles < 1:
        raise ConfigError("--limit takes 1..500, --offset 0 or more, --min-articles 1 or more")
    store = open_store(args.db, create=False)
    try:
        if args.rebuild:
            n = story_store.rebuild(store)
            stories_n = int(store._x("SELECT COUNT(*) FROM stories")[0][0])
            print(json.dumps({"articles": n, "stories": stories_n}))
            return 0
        if args.id:
            detail = story_store.get_story(store, args.id)
            if detail is None:
                raise ConfigError(f"no story {args.id}: list them with `warta stories`")
            if args.format == "json":
                print(json.dumps(asdict(detail), ensure_ascii=False, indent=2))
                return 0
            s = detail.story
            print(f"{s.id}  {s.headline or '(no headline)'}")
            print(f"  {s.first_seen} .. {s.last_seen}, {s.articles} article(s), sources: "
                  + ", ".join(s.sources))
            if s.top_entities:
                print("  entities: " + ", ".join(e["name"] for e in s.top_entities))
            for a in detail.articles:
                copy = f"  (copy of {a.duplicate_of})" if a.duplicate_of else ""
                print(f"  {(a.published or '')[:16]:<16} {a.source or '-':<14} "
                      f"{a.title or a.id}{copy}")
            return 0
        missing = store.count() - int(store._x("SELECT COUNT(*) FROM story_articles")[0][0])
        if missing > 0:  # a store filled before stories existed
            print(f"warta: {missing} stored article(s) have no story yet: run "
                  "`warta stories --rebuild` once", file=sys.stderr)
        total, found = story_store.list_stories(
            store, since=args.since, until=args.until, entity=args.entity,
            min_articles=args.min_articles, limit=args.limit, offset=args.offset)
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps({"total": total, "stories": [asdict(s) for s in found]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{total} stor{'y' if total == 1 else 'ies'}")
    for s in found:
        print(f"{s.id}  {s.first_seen} .. {s.last_seen}  {s.articles:>3} art.  "
              f"{s.headline or '(no headline)'}")
        extra = ", ".join(s.sources[:4])
        if s.top_entities:
            extra += " | " + ", ".join(e["name"] for e in s.top_entities[:5])
        if extra:
            print(f"    {extra}")
    return 0

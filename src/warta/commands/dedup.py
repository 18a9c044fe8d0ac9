"""`warta dedup`: duplicate groups in the store (kept up to date on ingest)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..store import open_store
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "dedup", help="near-duplicate groups: counts, or --rebuild them from the texts",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Ingest groups copies and light rewrites as it stores them (MinHash "
        "over 3-word shingles, LSH bands in the store; Jaccard >= 0.6 or containment "
        ">= 0.85). --rebuild recomputes every group from the stored texts, in write order, "
        "and gives the same groups.",
        epilog="examples:\n  warta dedup\n  warta dedup --rebuild --db postgresql://localhost/warta",
    )
    p.add_argument("--rebuild", action="store_true", help="recompute every group")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.groups import rebuild

    store = open_store(args.db, create=False)
    try:
        if args.rebuild:
            rebuild(store)
        copies = int(store._x("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL")
                     [0][0])
        groups = int(store._x("SELECT COUNT(DISTINCT duplicate_of) FROM articles")[0][0])
        print(json.dumps({"articles": store.count(), "groups": groups, "copies": copies}))
    finally:
        store.close()
    return 0

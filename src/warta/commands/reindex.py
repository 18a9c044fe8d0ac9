"""`warta reindex`: rebuild the full-text index from the store of record."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..store import open_store
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser("reindex", help="rebuild the search index from the stored records",
                       description="Rebuild the full-text search index from SQLite (or the "
                       "PostgreSQL text vectors). Safe to run at any time; searches keep "
                       "working on the old index until the new one is committed.",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog="examples:\n"
                       "  warta reindex\n"
                       "  warta reindex --db ./berita\n"
                       "  warta reindex --db postgresql://warta@localhost/warta")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db, create=False)
    try:
        n = store.reindex()
    finally:
        store.close()
    print(f"warta: reindexed {n} articles in {store.location}", file=sys.stderr)
    return 0

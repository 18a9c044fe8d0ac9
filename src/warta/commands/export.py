"""`warta export`: stream the store's articles or one of their layers to a file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ConfigError
from ..store import open_store
from .filters import add_filters, check_dates
from .ingest import DB_HELP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="export articles, layers or GDELT-style tables (JSONL, CSV, Parquet)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Stream stored articles, or one layer of them, to a file in constant "
        "memory. Every row names its article; article rows carry warta's id, the input's "
        "external_id, duplicate_of (the first-stored article of its duplicate group) and "
        "story (warta stories). Columns and the GDELT mapping: docs/export.md.",
        epilog="examples:\n"
        "  warta export --what articles --format parquet -o artikel.parquet\n"
        "  warta export --what quotes --format csv -o kutipan.csv --source Detik\n"
        "  warta export --what events --format jsonl -o - --since 2025-10-01 --collapse\n"
        "  warta export --format gdelt-events -o events.tsv\n"
        "  warta export --format gdelt-gkg -o gkg.tsv --entity per:prabowo-subianto",
    )
    from ..corpus.formats import FORMATS, WHATS

    p.add_argument("--what", choices=WHATS, default="articles",
                   help="articles (default), or one layer, one row per item")
    p.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl (default), csv, parquet, or a GDELT-style table")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="file, or - for stdout")
    add_filters(p)
    p.add_argument("--collapse", action="store_true",
                   help="leave copies out (default: every copy, with its duplicate_of)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..corpus.export import Filters, write

    check_dates(args)
    if args.format == "parquet" and args.output == "-":
        raise ConfigError("Parquet needs a file: give -o PATH")
    store = open_store(args.db, create=False)
    try:
        speaker = args.speaker and (store.resolve_entity(args.speaker) or args.speaker)
        filters = Filters(entity=args.entity, kind=args.kind, country=args.country,
                          source=args.source, speaker=speaker, event=args.event,
                          since=args.since, until=args.until, collapse=args.collapse)
        if args.output == "-":
            write(store, args.what, args.format, sys.stdout.buffer, filters)
            sys.stdout.flush()
        else:
            with open(args.output, "wb") as out:
                write(store, args.what, args.format, out, filters)
    finally:
        store.close()
    return 0

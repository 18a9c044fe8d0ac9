"""`warta analyze`: files, folders, URLs or stdin in; JSON records out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from ..analysis import analyze, analyze_file, parse_published
from ..errors import MissingInput, WartaError
from ..record import Article
from ..sources.decode import decode_bytes
from ..sources.fetch import fetch

FILE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "analyze",
        help="turn articles (text, HTML, URL, stdin) into structured JSON records",
        description="Analyse Indonesian news articles. One input gives one JSON object; "
        "several inputs or a folder give JSON Lines (one record a line).",
        epilog="Rejected inputs (not Indonesian, no article, unreadable) are written as "
        '{"input": ..., "rejected": {"reason": ..., "message": ...}} and set a non-zero '
        "exit code (see `warta --help`).",
    )
    p.add_argument("inputs", nargs="+", metavar="PATH|URL|-",
                   help="text or HTML file, folder (searched for .txt/.html), http(s) URL, "
                   "or - for standard input")
    p.add_argument("--format", choices=["json", "jsonl"], default=None,
                   help="json: one object (default for one input); jsonl: one record a line "
                   "(default for several)")
    p.add_argument("--pretty", action="store_true", help="indent JSON for reading")
    p.add_argument("--published", metavar="YYYY-MM-DD[THH:MM]",
                   help="publication date, anchors relative dates such as 'pekan lalu'")
    p.add_argument("--url", help="the article's URL (metadata only; nothing is fetched)")
    p.add_argument("--source", help="the publisher, e.g. Kompas.com")
    p.add_argument("--allow-private", action="store_true",
                   help="allow fetching URLs on private, loopback or link-local addresses")
    p.add_argument("--rejects", metavar="FILE",
                   help="write rejection records here instead of to the output")
    p.add_argument("-o", "--output", metavar="FILE", help="write records here (default stdout)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no 'loading' line on stderr (errors still show)")
    p.set_defaults(func=run)


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """Folders become their article files (sorted); everything else passes through."""
    for item in inputs:
        p = Path(item)
        if item != "-" and not _is_url(item) and p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in FILE_SUFFIXES
                           and f.is_file())
            if not found:
                raise MissingInput(f"folder {p} holds no .txt or .html files")
            yield from (str(f) for f in found)
        else:
            yield item


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def analyze_one(item: str, meta: dict[str, Any], allow_private: bool) -> Article:
    if item == "-":
        decoded = decode_bytes(sys.stdin.buffer.read(), name="standard input")
        note = f"decoded as {decoded.encoding}" if decoded.encoding != "utf-8" else None
        return analyze(decoded.text, note=note, **meta)
    if _is_url(item):
        fetched = fetch(item, allow_private=allow_private)
        decoded = decode_bytes(fetched.content, name=item)
        return analyze(decoded.text, **{**meta, "url": meta.get("url") or fetched.url})
    return analyze_file(item, **meta)


def _reject_record(item: str, err: WartaError) -> dict[str, Any]:
    return {"input": item, "rejected": {"reason": err.reason, "message": str(err)}}


def run(args: argparse.Namespace) -> int:
    meta = {"url": args.url, "source": args.source,
            "published": parse_published(args.published)}
    items = list(expand_inputs(args.inputs))
    if items.count("-") > 1:
        raise MissingInput("standard input ('-') can be given only once")
    fmt = args.format or ("json" if len(items) == 1 else "jsonl")
    indent = 2 if args.pretty and fmt == "json" else None
    with ExitStack() as stack:
        out: TextIO = (stack.enter_context(open(args.output, "w", encoding="utf-8"))
                       if args.output else sys.stdout)
        rejects: TextIO | None = (stack.enter_context(open(args.rejects, "w", encoding="utf-8"))
                                  if args.rejects else None)
        return _run(items, meta, args.allow_private, fmt, indent, out, rejects, args.quiet)


def _worth_loading(items: list[str]) -> bool:
    """False when every input is a local file that is not there: fail fast, load nothing."""
    return any(i == "-" or _is_url(i) or Path(i).exists() for i in items)


def _run(items: list[str], meta: dict[str, Any], allow_private: bool, fmt: str,
         indent: int | None, out: TextIO, rejects: TextIO | None, quiet: bool = False) -> int:
    from tqdm import tqdm

    from ..loading import warm_up

    if _worth_loading(items):
        warm_up(quiet=quiet)
    codes: list[int] = []
    bar = tqdm(items, unit="art", disable=True if quiet or len(items) == 1 else None,
               file=sys.stderr, dynamic_ncols=True)
    for item in bar:
        try:
            record: dict[str, Any] = analyze_one(item, meta, allow_private).to_dict()
        except WartaError as err:
            print(f"warta: {item}: {err}", file=sys.stderr)
            codes.append(err.exit_code)
            record = _reject_record(item, err)
            if rejects is not None:
                rejects.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
        out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
    bar.close()
    if not codes:
        return 0
    if len(items) == 1:
        return codes[0]
    print(f"warta: {len(codes)} of {len(items)} inputs rejected", file=sys.stderr)
    return 1

"""`warta analyze`: files, folders, URLs or stdin in; JSON records out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import MissingInput, WartaError
from ..sources.raw import Rejected

# The analysis layer, the process pool and the readers load when the command runs, not
# when its parser is built (as for `warta --help`, which builds every command's).
if TYPE_CHECKING:
    from ..record import Article
    from ..sources.registry import Input, ReadOptions


def register(sub: Any) -> None:
    p = sub.add_parser(
        "analyze",
        help="turn articles (text, HTML, URL, stdin) into structured JSON records",
        description="Analyse Indonesian news articles. One input gives one JSON object; "
        "several inputs or a folder give JSON Lines (one record a line).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Rejected inputs (not Indonesian, no article, unreadable) are written as\n"
        '{"input": ..., "rejected": {"reason": ..., "message": ...}} and set a non-zero\n'
        "exit code (see `warta --help`).\n\n"
        "examples:\n"
        "  warta analyze artikel.txt --pretty\n"
        "  warta analyze halaman.html --published 2024-11-18 --source Kompas.com\n"
        "  warta analyze folder/ -o records.jsonl --workers 2\n"
        "  cat artikel.txt | warta analyze -",
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
    p.add_argument("--workers", metavar="N", default=None,
                   help="processes analysing at once, each loading the models once; output "
                   "keeps input order (default: every core, or $WARTA_WORKERS)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no 'loading' line on stderr (errors still show)")
    p.set_defaults(func=run)


def analyze_one(inp: Input, meta: dict[str, Any], opts: ReadOptions) -> Article | Rejected:
    """One input's article, or a `Rejected` record (named by the input as given)."""
    from ..analysis import analyze_doc
    from ..sources.registry import READERS

    given = {k: v for k, v in meta.items() if v is not None}  # --url, --source, --published
    for got in READERS[inp.kind](inp, opts):  # one document per file, URL or stdin
        if isinstance(got, Rejected):
            return got
        try:
            return analyze_doc(replace(got, **given))
        except WartaError as err:
            return Rejected.of(inp.target, err)
    raise AssertionError(f"the {inp.kind} reader gave nothing for {inp.target}")


def run(args: argparse.Namespace) -> int:
    from ..analysis import parse_published
    from ..batch.pool import check_workers, default_workers
    from ..sources.registry import ReadOptions, expand

    meta = {"url": args.url, "source": args.source,
            "published": parse_published(args.published)}
    inputs = expand(args.inputs, corpora=False, urls=True)
    if sum(inp.kind == "stdin" for inp in inputs) > 1:
        raise MissingInput("standard input ('-') can be given only once")
    fmt = args.format or ("json" if len(inputs) == 1 else "jsonl")
    indent = 2 if args.pretty and fmt == "json" else None
    opts = ReadOptions(allow_private=args.allow_private)
    workers = check_workers(args.workers) if args.workers is not None else default_workers()
    with ExitStack() as stack:
        out: TextIO = (stack.enter_context(open(args.output, "w", encoding="utf-8"))
                       if args.output else sys.stdout)
        rejects: TextIO | None = (stack.enter_context(open(args.rejects, "w", encoding="utf-8"))
                                  if args.rejects else None)
        if any(i.kind == "stdin" for i in inputs) or not _worth_loading(inputs):
            workers = 1  # a worker cannot read this process's standard input
        return _run(inputs, meta, opts, fmt, indent, out, rejects, args.quiet,
                    workers=min(workers, len(inputs)))


def _worth_loading(inputs: list[Input]) -> bool:
    """False when every input is a local file that is not there: fail fast, load nothing."""
    return any(i.kind != "file" or Path(i.target).exists() for i in inputs)


def _run(inputs: list[Input], meta: dict[str, Any], opts: ReadOptions, fmt: str,
         indent: int | None, out: TextIO, rejects: TextIO | None, quiet: bool = False,
         workers: int = 1) -> int:
    from tqdm import tqdm

    from ..batch.pool import map_ordered
    from ..loading import MESSAGE, warm_up

    results: Iterable[Article | Rejected]
    if workers > 1:  # each worker loads the models; the parent only reads and writes
        if not quiet:
            print(MESSAGE.replace("once per process", f"in {workers} worker processes"),
                  file=sys.stderr, flush=True)
        results = map_ordered(partial(analyze_one, meta=meta, opts=opts), inputs,
                              workers=workers, chunksize=2)
    else:
        if _worth_loading(inputs):
            warm_up(quiet=quiet)
        results = (analyze_one(inp, meta, opts) for inp in inputs)
    codes: list[int] = []
    bar = tqdm(total=len(inputs), unit="art", file=sys.stderr, dynamic_ncols=True,
               disable=True if quiet or len(inputs) == 1 else None)
    for inp, got in zip(inputs, results, strict=True):
        bar.update(1)
        if isinstance(got, Rejected):
            print(f"warta: {inp.target}: {got.message}", file=sys.stderr)
            codes.append(got.exit_code)
            record = got.to_dict()
            if rejects is not None:
                rejects.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
        else:
            record = got.to_dict()
        out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
    bar.close()
    if not codes:
        return 0
    if len(inputs) == 1:
        return codes[0]
    print(f"warta: {len(codes)} of {len(inputs)} inputs rejected", file=sys.stderr)
    return 1

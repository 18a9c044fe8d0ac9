"""`warta ingest`: analyse files, folders and corpora and keep the records in a store."""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..errors import WartaError
from ..sources.corpus import MAPS
from ..sources.raw import RawDoc, Rejected

# The process pool, readers and store load when the command runs: every other command
# imports this module for DB_HELP, and `warta --help` builds every command's parser.
if TYPE_CHECKING:
    from ..batch.pool import Analysed

DB_HELP = ("store: a folder (embedded SQLite + search index; default $WARTA_HOME or "
           "~/.local/share/warta) or postgresql://user@host/dbname; env WARTA_DB")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "ingest", help="analyse articles and keep them in the store (idempotent)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Analyse .txt/.html files, folders, and JSONL/CSV corpora, and store the "
        "records. The same article twice is stored once; re-ingesting after a model "
        "upgrade updates records in place.",
        epilog="corpus field maps (picked from the first record's keys, or --preset):\n"
        "  indosum  text=paragraphs (tokens, detokenised), url=source_url, source=source,\n"
        "           published=Unix time at the start of id, id=id\n"
        "  detik    text=isi_berita, title=judul, url=tautan, published=tanggal\n"
        "           (%m/%d/%Y %H:%M), id=id, source 'Detik'\n"
        "  default  text, title, url, published (ISO 8601), source, id\n"
        "override fields: --map text=body,title=headline,published=date,id=doc_id "
        "[,date_format=%d/%m/%Y][,source_value=Kompas.com]\n\n"
        "examples:\n"
        "  warta ingest artikel/                      every .txt/.html/.jsonl/.csv inside\n"
        "  warta ingest artikel/ --db proyek/ --create  a new store in the folder proyek/\n"
        "  warta ingest ../shared/data/news/indosum/dev.01.jsonl --limit 200\n"
        "  warta ingest berita.csv --map text=isi,title=judul --db postgresql://localhost/warta\n"
        "  warta ingest corpus.jsonl --workers 4      analyse in 4 processes\n"
        "  warta ingest out/                          load a `warta batch --out out/` run\n"
        "                                             (records as analysed, no re-analysis)",
    )
    p.add_argument("inputs", nargs="+", metavar="PATH",
                   help="file, folder or corpus, or the --out folder of `warta batch`")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--create", action="store_true",
                   help="make a new store at --db (or $WARTA_DB) when none is there; "
                   "without it such a path is an error, so a mistyped --db does not start "
                   "an empty store (the default location is made when needed)")
    p.add_argument("--preset", choices=sorted(MAPS), help="corpus field map (default: detect)")
    p.add_argument("--map", dest="mapping", metavar="FIELD=KEY,...",
                   help="override corpus fields: text, title, url, published, source, id, "
                   "date_format, source_value")
    p.add_argument("--source", help="publisher for inputs that do not name one")
    p.add_argument("--limit", type=int, metavar="N", help="stop after N inputs")
    p.add_argument("--batch", type=int, default=25, metavar="N",
                   help="articles per transaction (default 25)")
    p.add_argument("--rejects", metavar="FILE", help="write one JSON line per rejected input")
    p.add_argument("--workers", metavar="N", default=None,
                   help="processes analysing at once, each loading the models once; the "
                   "store gets the same records in the same order (default: every core, "
                   "or $WARTA_WORKERS)")
    p.add_argument("--summary-json", action="store_true",
                   help="print the summary as JSON on stdout")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no 'loading' line on stderr")
    p.set_defaults(func=run)


# What the store's first write imports: datasketch, and with it scipy (0.4-0.5 s of CPU;
# its `MinHashLSH` module imports `scipy.integrate` to pick band sizes).
STORE_WRITES = ("warta.corpus.groups", "warta.corpus.registry", "warta.corpus.story_store")


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..batch.pool import analyse_docs, check_workers, default_workers
    from ..sources.corpus import parse_overrides
    from ..sources.registry import ReadOptions, count_records, expand, read
    from ..store import open_store
    from ..store.ingest import analyze_item, ingest

    if args.batch < 1 or (args.limit is not None and args.limit < 1):
        raise _usage("--batch and --limit take a positive number")
    workers = check_workers(args.workers) if args.workers is not None else default_workers()
    # Here, not at the top: other commands import this module for DB_HELP, and batch
    # output brings pyarrow.
    from ..batch.output import counts as batch_counts
    from ..batch.output import is_batch_dir, read_output

    batches = [is_batch_dir(i) for i in args.inputs]
    docs: Iterable[RawDoc | Rejected]
    done: Iterable[Analysed | Rejected] | None = None  # analysed already: a batch run's
    if any(batches):
        if not all(batches):
            raise _usage("give `warta batch` output folders on their own, without other "
                         "inputs: one `warta ingest` call for each")
        done = itertools.chain.from_iterable(read_output(i) for i in args.inputs)
        docs, total = (), sum(n for i in args.inputs for n in batch_counts(i))
    else:
        opts = ReadOptions(map_name=args.preset, overrides=parse_overrides(args.mapping))
        inputs = expand(args.inputs, corpora=True, urls=False)
        docs = read(inputs, opts)
        total = count_records(inputs)
    if args.limit is not None:
        docs = itertools.islice(docs, args.limit)
        done = itertools.islice(done, args.limit) if done is not None else None
        total = min(total, args.limit)
    bar = tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True,
               disable=True if args.quiet else None, smoothing=0.1)
    rejects = open(args.rejects, "w", encoding="utf-8") if args.rejects else None  # noqa: SIM115

    def on_reject(rej: Rejected) -> None:
        bar.update(1)
        if rejects is not None:
            rejects.write(json.dumps(rej.to_dict(), ensure_ascii=False) + "\n")

    store = open_store(args.db, create=args.create)
    from ..loading import MESSAGE, import_in_background, preload, warm_up

    workers = min(workers, total)
    if done is None and workers > 1:  # each worker loads the models; this one stores
        if not args.quiet:
            print(MESSAGE.replace("once per process", f"in {workers} worker processes"),
                  file=sys.stderr, flush=True)
        done = analyse_docs(docs, workers=workers, source=args.source)
        # While the workers load their models, not after their first results.
        import_in_background(*STORE_WRITES)
    else:
        if done is None:
            warm_up(quiet=args.quiet)
        preload(*STORE_WRITES)
    try:
        summary = ingest(docs if done is None else done, store, batch=args.batch,
                         analyse=lambda doc: analyze_item(doc, source=args.source),
                         on_article=lambda doc, status: bar.update(1), on_reject=on_reject)
    finally:
        bar.close()
        store.close()
        if rejects is not None:
            rejects.close()
    if args.summary_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    for line in summary.lines():
        print(f"warta: {line}", file=sys.stderr)
    print(f"warta: store {store.location}", file=sys.stderr)
    return 1 if summary.rejected and not (summary.stored + summary.updated
                                          + summary.duplicate) else 0


def _usage(msg: str) -> WartaError:
    from ..errors import ConfigError

    return ConfigError(msg)

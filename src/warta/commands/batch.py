"""`warta batch`: analyse inputs on a Dask cluster into Parquet partitions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..sources.corpus import MAPS, parse_overrides


def register(sub: Any) -> None:
    p = sub.add_parser(
        "batch", help="analyse inputs on a Dask cluster into Parquet partitions",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the pipeline on dask.distributed: a local cluster of one process "
        "per core, or an existing cluster (--scheduler). Inputs are read as by `warta "
        "ingest` (files, folders, JSONL/CSV/Parquet corpora, WARC archives) and cut into "
        "partitions of --partition-size documents, in order. Each partition is written "
        "once, whole: OUT/records/part-N.parquet (the article columns of `warta export "
        "--format parquet` plus the full JSON record), OUT/rejects/part-N.parquet (origin, "
        "reason, message), then OUT/_done/part-N.json. A re-run with the same arguments "
        "skips finished partitions; a killed worker's partitions are redone elsewhere.",
        epilog="examples:\n"
        "  warta batch corpus.jsonl --out runs/c1            local cluster, every core\n"
        "  warta batch cc-news/*.warc.gz --out runs/cc --workers 8\n"
        "  warta batch data/ --out /shared/runs/d --scheduler tcp://10.0.0.5:8786\n"
        "  warta ingest runs/c1 --db postgresql://localhost/warta   load the records\n\n"
        "With --scheduler, every worker needs warta installed and OUT at the same path\n"
        "(a shared filesystem); start them with `dask scheduler` and `dask worker\n"
        "tcp://HOST:8786 --nthreads 1` (analysis is CPU-bound: one thread a process).",
    )
    p.add_argument("inputs", nargs="+", metavar="PATH", help="file, folder or corpus")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created)")
    p.add_argument("--scheduler", metavar="tcp://HOST:8786",
                   help="an existing Dask scheduler (default: start a local cluster)")
    p.add_argument("--workers", metavar="N", default=None,
                   help="local cluster size in processes (default: every core, or "
                   "$WARTA_WORKERS); not with --scheduler")
    p.add_argument("--partition-size", type=int, default=200, metavar="N",
                   help="documents per partition and per task (default 200)")
    p.add_argument("--preset", choices=sorted(MAPS), help="corpus field map (default: detect)")
    p.add_argument("--map", dest="mapping", metavar="FIELD=KEY,...",
                   help="override corpus fields, as for `warta ingest`")
    p.add_argument("--source", help="publisher for inputs that do not name one")
    p.add_argument("--limit", type=int, metavar="N", help="stop after N documents")
    p.add_argument("--summary-json", action="store_true",
                   help="print the summary as JSON on stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..batch.cluster import connect, run_batch
    from ..batch.pool import check_workers, default_workers
    from ..sources.registry import ReadOptions, count_records, expand

    if args.partition_size < 1 or (args.limit is not None and args.limit < 1):
        raise ConfigError("--partition-size and --limit take a positive number")
    if args.scheduler and args.workers is not None:
        raise ConfigError("--workers sizes a local cluster; with --scheduler the cluster's "
                          "own workers run the tasks: drop one of them")
    workers = check_workers(args.workers) if args.workers is not None else default_workers()
    opts = ReadOptions(map_name=args.preset, overrides=parse_overrides(args.mapping))
    inputs = expand(args.inputs, corpora=True, urls=False)
    total = count_records(inputs)
    if args.limit is not None:
        total = min(total, args.limit)
    bar = tqdm(total=total, unit="art", file=sys.stderr, dynamic_ncols=True,
               disable=True if args.quiet else None, smoothing=0.1)
    with connect(args.scheduler, workers) as client:
        try:
            summary = run_batch(inputs, Path(args.out), client=client, opts=opts,
                                size=args.partition_size, source=args.source,
                                limit=args.limit,
                                on_done=lambda got: bar.update(got["records"] + got["rejects"]))
        finally:
            bar.close()
        if client.cluster is not None:
            client.cluster.close()
    if args.summary_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    print(f"warta: {summary.line()}", file=sys.stderr)
    print(f"warta: output {args.out} (load it with `warta ingest {args.out}`)",
          file=sys.stderr)
    return 0

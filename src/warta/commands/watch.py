"""`warta watch`: `warta crawl` every N minutes until Ctrl-C (or SIGTERM)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .crawl import POLITENESS, Progress, add_options, build, report, stop_on_sigterm


def register(sub: Any) -> None:
    p = sub.add_parser(
        "watch", help="crawl SOURCEs again and again (every 10 minutes by default)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run a `warta crawl` pass, then another every --every, until Ctrl-C or "
        "SIGTERM. Each pass picks up what was published since the last, prints a summary, "
        "and leaves the store consistent; a stopped watch resumes where it was.",
        epilog=POLITENESS + "\nexamples:\n"
        "  warta watch kompas detik antara --every 10m --contact ops@example.org\n"
        "  warta watch https://www.antaranews.com/rss/terkini.xml --every 5m --log-json\n"
        "  warta watch tempo --every 1h --db postgresql://localhost/warta\n"
        "  warta serve     (in another shell: /metrics and /health show the crawl)")
    add_options(p)
    p.add_argument("--every", default="10m", metavar="DURATION",
                   help="time from the start of one pass to the next: 90s, 10m, 1h "
                   "(default 10m)")
    p.add_argument("--passes", type=int, metavar="N",
                   help="stop after N passes (default: run until stopped)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import ConfigError
    from ..loading import warm_up
    from ..sources.crawl.watch import parse_every, watch

    every = parse_every(args.every)
    if args.passes is not None and args.passes < 1:
        raise ConfigError("--passes takes 1 or more")
    store, crawler = build(args)
    progress = Progress(args.quiet or args.log_json)
    crawler.on_progress = progress
    ran = 0

    def on_pass(summary: Any) -> None:
        nonlocal ran
        ran += 1
        progress.close()
        report(summary, args)

    try:
        if args.workers == 1:  # else each pool worker loads the models
            warm_up(quiet=args.quiet)
        with stop_on_sigterm():
            if not args.quiet:
                print(f"warta: watching {len(args.sources)} source(s) every {args.every}; "
                      "Ctrl-C stops", file=sys.stderr, flush=True)
            watch(crawler, args.sources, every=every, passes=args.passes, on_pass=on_pass)
    except KeyboardInterrupt:
        progress.close()
        print(f"warta: stopped after {ran} full pass(es); what was stored stays, and the "
              "next watch resumes", file=sys.stderr)
    finally:
        store.close()
    return 0

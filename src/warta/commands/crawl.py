"""`warta crawl`: one polite pass over feeds, sitemaps, sites and site profiles into the
store. `warta watch` (commands/watch.py) repeats it; both share the options below."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
from typing import Any

from .ingest import DB_HELP

SOURCE_HELP = ("a feed (RSS/Atom) URL, a sitemap URL, a site URL, or a site profile name: "
               "antara, cnbcindonesia, cnnindonesia, detik, kompas, kumparan, liputan6, "
               "okezone, republika, suara, tempo, tribunnews, viva")
POLITENESS = """\
politeness and safety:
  robots.txt is obeyed (its Crawl-delay too, up to 60 s); each host gets at most
  --per-host requests at once and one every --delay seconds; the User-Agent names
  --contact; pages fetched before are asked for with If-None-Match/If-Modified-Since;
  5xx, 429 and network errors are retried with backoff. Every request and redirect
  connects only to a checked public address, as `warta analyze URL` does
  (--allow-private, --allow-host HOST to relax it), within --timeout and 5 MB.
state: what was found and fetched is kept in the store (--db), so a stopped crawl
  resumes and no URL is fetched twice without cause (a failed fetch, or a feed or
  sitemap that announces a newer version: then the updated article is re-analysed).
"""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "crawl", help="fetch new articles from feeds, sitemaps, sites or profiles, once",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read each SOURCE's feeds, sitemaps and section pages, fetch the "
        "articles not fetched before, analyse them and keep them in the store. Prints a "
        "summary of the pass.",
        epilog=POLITENESS + "\nexamples:\n"
        "  warta crawl kompas detik --contact ops@example.org\n"
        "  warta crawl https://www.antaranews.com/rss/terkini.xml --max-articles 50\n"
        "  warta crawl https://news.example.id/ --list      what a pass would fetch\n"
        "  warta crawl http://intranet.lan/feed.xml --allow-host intranet.lan")
    add_options(p)
    p.add_argument("--list", action="store_true",
                   help="read the lists and print the article URLs a pass would fetch, one "
                   "a line; fetch no article")
    p.set_defaults(func=run)


def add_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE", help=SOURCE_HELP)
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--contact", default=os.environ.get("WARTA_CRAWL_CONTACT"),
                   help="e-mail or URL put in the User-Agent so site operators can reach "
                   "you (env WARTA_CRAWL_CONTACT)")
    p.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                   help="seconds between two requests to one host (default 1)")
    p.add_argument("--per-host", type=int, default=2, metavar="N",
                   help="requests to one host at once (default 2)")
    p.add_argument("--fetchers", type=int, default=4, metavar="N",
                   help="fetching threads over all hosts (default 4)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="processes analysing at once (default 1: this process, models "
                   "loaded once; more start a pool each pass, each loading the models)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="deadline of one fetch, redirects included (default 30)")
    p.add_argument("--retries", type=int, default=2, metavar="N",
                   help="more tries after a 5xx, 429 or network error (default 2)")
    p.add_argument("--max-articles", type=int, default=200, metavar="N",
                   help="articles fetched per pass (default 200; the rest wait)")
    p.add_argument("--max-lists", type=int, default=20, metavar="N",
                   help="feeds, sitemaps and pages read per source per pass (default 20)")
    p.add_argument("--allow-private", action="store_true",
                   help="allow fetching from private, loopback or link-local addresses")
    p.add_argument("--allow-host", action="append", default=[], metavar="HOST",
                   help="this host name may be on a private address (repeat it; env "
                   "WARTA_ALLOW_HOSTS, comma-separated); a redirect elsewhere is still "
                   "checked")
    p.add_argument("--log-json", action="store_true",
                   help="log every request and outcome to stderr as JSON lines")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="log every request and outcome to stderr")
    p.add_argument("--summary-json", action="store_true",
                   help="print each pass's summary as one JSON line on stdout")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar and no 'loading' line on stderr")


def allow_hosts(args: argparse.Namespace) -> frozenset[str]:
    env = os.environ.get("WARTA_ALLOW_HOSTS", "")
    return frozenset(h.strip().lower() for h in [*args.allow_host, *env.split(",")]
                     if h.strip())


def build(args: argparse.Namespace) -> tuple[Any, Any]:
    """The store and crawler the options describe (sources checked first)."""
    from ..sources.crawl.crawler import Crawler, CrawlOptions
    from ..sources.crawl.polite import PoliteFetcher, Politeness
    from ..sources.crawl.sites import resolve
    from ..store import open_store

    for source in args.sources:
        resolve(source)  # an unknown profile is a usage error before anything opens
    politeness = Politeness(contact=args.contact, delay=args.delay, per_host=args.per_host,
                            timeout=args.timeout, retries=args.retries,
                            allow_private=args.allow_private, allow_hosts=allow_hosts(args))
    options = CrawlOptions(max_articles=args.max_articles, max_lists=args.max_lists,
                           fetchers=args.fetchers, workers=args.workers)
    if args.log_json or args.verbose:
        from ..sources.crawl.watch import setup_logging

        setup_logging(json_lines=args.log_json, level=logging.INFO)
    else:  # the pass summary says it all; no bare log lines on stderr
        logging.getLogger("warta.crawl").addHandler(logging.NullHandler())
    if not args.contact and not args.quiet:
        print("warta: warning: no --contact (or WARTA_CRAWL_CONTACT): the User-Agent cannot "
              "tell site operators how to reach you", file=sys.stderr)
    store = open_store(args.db)
    return store, Crawler(store, PoliteFetcher(politeness), options)


class Progress:
    """A tqdm bar over each pass's due URLs (stderr; off with --quiet or --log-json)."""

    def __init__(self, disabled: bool) -> None:
        self.disabled = disabled
        self.bar: Any = None

    def __call__(self, what: str, n: int) -> None:
        from tqdm import tqdm

        if what == "due":
            self.close()
            self.bar = tqdm(total=n, unit="url", file=sys.stderr, dynamic_ncols=True,
                            disable=True if self.disabled else None, leave=False)
        elif self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def report(summary: Any, args: argparse.Namespace) -> None:
    if args.summary_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False), flush=True)
    for line in summary.lines():
        print(f"warta: {line}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """SIGTERM stops like Ctrl-C inside the block (a service manager's stop is a clean stop);
    the previous handler comes back after it, so a caller in the same process (a test, an
    embedding application) keeps its own."""
    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(args: argparse.Namespace) -> int:
    store, crawler = build(args)
    try:
        if args.list:
            summary, due = crawler.list_due(args.sources)
            for us in due:
                print(us.url)
            print(f"warta: {summary.lines()[0].split(': ', 1)[1]}", file=sys.stderr)
            return 0
        from ..loading import warm_up

        if args.workers == 1:  # else each pool worker loads the models
            warm_up(quiet=args.quiet)
        progress = Progress(args.quiet or args.log_json)
        crawler.on_progress = progress
        try:
            with stop_on_sigterm():
                summary = crawler.run_pass(args.sources)
        finally:
            progress.close()
        report(summary, args)
        print(f"warta: store {store.location}", file=sys.stderr)
        nothing = summary.errors and not (summary.stored or summary.updated or summary.fetched)
        return 9 if nothing and summary.list_errors and not summary.lists_read else 0
    finally:
        store.close()

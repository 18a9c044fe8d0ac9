"""One crawl pass: read the lists (feeds, sitemaps, section pages) of each source, record
what they name in the store, fetch the articles that have a cause to be fetched, and send
them through analysis into the store (`store.ingest`).

Fetching runs in a few threads (each host keeps its own rate and cap, see `polite`);
analysis and every store write stay in the calling thread, so the store sees one writer.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from ...errors import ConfigError, FetchError, Reject, WartaError
from ...record import Article
from ...store.crawl import CrawlState, UrlState
from ...store.ingest import analyze_item, ingest
from ...store.sql import SQLStore
from ..fetch import Fetched, FetchStatusError, FetchTimeout
from ..raw import RawDoc, Rejected
from .discover import gunzip, is_article, kind_of, normalise, parse_listing
from .polite import DISALLOWED, PoliteFetcher
from .sites import Plan, all_pages_url, next_page, resolve

log = logging.getLogger("warta.crawl")


@dataclass(frozen=True, slots=True, kw_only=True)
class CrawlOptions:
    max_articles: int = 200  # articles fetched per pass, over all sources
    max_lists: int = 20  # feeds, sitemaps and pages read per source per pass
    max_attempts: int = 3  # fetches of a failing URL, over passes, before it is left alone
    fetchers: int = 4  # fetching threads (each host still gets at most its per-host cap)
    # Analysis processes (batch.pool): 1 analyses in this process, whose models stay loaded
    # for a whole watch; more start a pool each pass (each worker loads the models).
    workers: int = 1

    def __post_init__(self) -> None:
        if min(self.max_articles, self.max_lists, self.max_attempts, self.fetchers,
               self.workers) < 1:
            raise ConfigError("--max-articles, --max-lists, --max-attempts, --fetchers and "
                              "--workers take 1 or more")


@dataclass(slots=True)
class PassSummary:
    """What one pass did, in counts, per host and overall."""

    number: int = 1
    started: str = ""
    seconds: float = 0.0
    lists_read: int = 0
    lists_unchanged: int = 0
    list_errors: int = 0
    found: int = 0  # URLs new to the store
    due: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    stored: int = 0
    updated: int = 0
    refused: int = 0  # robots.txt said no
    rejected: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    hosts: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)

    def host(self, url: str, **deltas: int) -> None:
        counts = self.hosts.setdefault(urlsplit(url).netloc.lower(), Counter())
        counts.update(deltas)

    def to_dict(self) -> dict[str, Any]:
        return {"pass": self.number, "started": self.started, "seconds": round(self.seconds, 3),
                "lists_read": self.lists_read, "lists_unchanged": self.lists_unchanged,
                "list_errors": self.list_errors, "found": self.found, "due": self.due,
                "fetched": self.fetched, "not_modified": self.not_modified,
                "unchanged": self.unchanged, "stored": self.stored, "updated": self.updated,
                "refused": self.refused, "rejected": dict(self.rejected),
                "errors": dict(self.errors),
                "hosts": {h: dict(c) for h, c in sorted(self.hosts.items())}}

    def lines(self) -> list[str]:
        """The pass in plain words."""
        lists = f"read {self.lists_read} list(s)"
        if self.lists_unchanged:
            lists += f" ({self.lists_unchanged} unchanged since the last pass)"
        if self.list_errors:
            lists += f", {self.list_errors} could not be read"
        out = [f"pass {self.number} ({self.seconds:.1f} s): {lists}; "
               f"{self.found} new URL(s) found, {self.due} due"]
        out.append(f"  fetched {self.fetched} page(s) from {len(self.hosts)} host(s): "
                   f"stored {self.stored} new article(s), updated {self.updated}, "
                   f"{self.unchanged + self.not_modified} unchanged")
        if self.refused:
            out.append(f"  {self.refused} URL(s) left alone: robots.txt disallows them")
        for reason, n in self.rejected.most_common():
            out.append(f"  rejected {n} ({reason}), e.g. {self.examples.get(reason, '')}")
        for reason, n in self.errors.most_common():
            out.append(f"  {n} fetch error(s) ({reason}), e.g. {self.examples.get(reason, '')}"
                       "; retried next pass")
        if len(self.hosts) > 1:
            for host, c in sorted(self.hosts.items()):
                parts = [f"{k} {c[k]}" for k in ("fetched", "stored", "updated", "unchanged",
                                                  "rejected", "errors", "refused") if c[k]]
                out.append(f"  {host}: {', '.join(parts) or 'nothing'}")
        if not (self.fetched or self.due):
            out.append("  nothing new")
        return out


@dataclass(slots=True)
class _Got:
    """A worker's result for one due URL."""

    state: UrlState
    doc: RawDoc | None = None
    got: Fetched | None = None
    canonical: str | None = None
    error: FetchError | None = None
    rejected: Rejected | None = None
    unchanged: bool = False
    pages: int = 0


def _error_reason(err: FetchError) -> str:
    if isinstance(err, FetchStatusError):
        return f"http_{err.status}"
    if isinstance(err, FetchTimeout):
        return "timeout"
    return "refused" if "refusing" in str(err) else "fetch_failed"


def _links(content: bytes, url: str) -> tuple[set[str], str | None]:
    """Absolute links of a page and its canonical URL (lxml)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(content)
    except (ValueError, lxml.etree.ParserError):
        return set(), None
    links = {urljoin(url, str(h)).split("#")[0] for h in tree.xpath("//a/@href")}
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    return links, (normalise(urljoin(url, str(canonical[0]))) if canonical else None)


class Crawler:
    """Passes over SOURCEs into `store`; `analyse` turns a fetched page into an Article."""

    def __init__(self, store: SQLStore, fetcher: PoliteFetcher,
                 options: CrawlOptions | None = None, *,
                 analyse: Callable[[RawDoc], Article] = analyze_item,
                 on_progress: Callable[[str, int], None] | None = None) -> None:
        self.store = store
        self.state = CrawlState(store)
        self.fetcher = fetcher
        self.options = options or CrawlOptions()
        self.analyse = analyse
        self.on_progress = on_progress  # ("due", n) once, then ("done", 1) per URL
        self.passes = 0

    def run_pass(self, sources: Sequence[str]) -> PassSummary:
        plans = [resolve(s) for s in sources]
        self.passes += 1
        summary = PassSummary(number=self.passes,
                              started=datetime.now(UTC).isoformat(timespec="seconds"))
        t0 = time.monotonic()
        for plan in plans:
            self._discover(plan, summary)
        by_name = {p.name: p for p in plans}
        due = self.state.due(list(by_name), limit=self.options.max_articles,
                             max_attempts=self.options.max_attempts)
        summary.due = len(due)
        if self.on_progress:
            self.on_progress("due", len(due))
        todo: list[tuple[UrlState, Plan]] = []
        for us in due:
            why = self.fetcher.blocked(us.url)
            if why is None:
                todo.append((us, by_name[us.source]))
                continue
            self._tick()
            if why == DISALLOWED:
                self.state.settle(us.url, "refused", "robots", why)
                self.state.count(us.host, refused=1)
                summary.refused += 1
                summary.host(us.url, refused=1)
                log.info("robots.txt disallows", extra={"url": us.url})
            else:  # the host is unreachable for now: the URL stays pending, no try spent
                self._error(us.url, "robots_unreadable", why, summary)
        fetched = self._fetched(todo, summary)
        docs: Iterable[RawDoc | Rejected | tuple[RawDoc, Article]] = fetched
        if self.options.workers > 1 and todo:
            from ...batch.pool import analyse_docs

            docs = analyse_docs(fetched, workers=min(self.options.workers, len(todo)))
        try:
            result = ingest(docs, self.store, batch=10, analyse=self.analyse,
                            on_article=lambda doc, status: self._stored(doc, status, summary),
                            on_reject=lambda rej: self._rejected(rej, summary))
            summary.unchanged += result.duplicate
        finally:
            # Between passes another process may write the store (the embedded index).
            self.store.release_writer()
        summary.seconds = time.monotonic() - t0
        self.state.record_pass(summary.to_dict())
        return summary

    def list_due(self, sources: Sequence[str]) -> tuple[PassSummary, list[UrlState]]:
        """Read the lists and return what a pass would fetch, fetching no article."""
        plans = [resolve(s) for s in sources]
        summary = PassSummary()
        for plan in plans:
            self._discover(plan, summary)
        return summary, self.state.due([p.name for p in plans],
                                       limit=self.options.max_articles,
                                       max_attempts=self.options.max_attempts)

    # -- discovery -------------------------------------------------------------------------
    def _discover(self, plan: Plan, summary: PassSummary) -> None:
        queue = list(plan.lists)
        if plan.root:
            queue += [u for u in self.fetcher.sitemaps(plan.lists[0]) if plan.owns(u)]
        seen: set[str] = set()
        read = 0
        while queue and read < self.options.max_lists:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            why = self.fetcher.blocked(url)
            if why == DISALLOWED:
                summary.refused += 1
                summary.host(url, refused=1)
                continue
            if why is not None:
                summary.list_errors += 1
                self._error(url, "robots_unreadable", why, summary)
                continue
            known = self.state.list_state(url)
            try:
                got = self.fetcher.get(url, etag=known.etag if known else None,
                                       last_modified=known.last_modified if known else None)
            except FetchError as e:
                summary.list_errors += 1
                self._error(url, _error_reason(e), str(e), summary)
                self.state.list_read(url, plan.name, kind=None, etag=None, last_modified=None,
                                     entries=0, newest=None, message=str(e)[:500])
                continue
            read += 1
            summary.lists_read += 1
            summary.host(url, fetched=1)
            self.state.count(urlsplit(url).netloc.lower(), fetched=1)
            if got.status == 304:
                summary.lists_unchanged += 1
                self.state.list_read(url, plan.name, kind=None, etag=got.etag,
                                     last_modified=got.last_modified, entries=0, newest=None)
                continue
            content = gunzip(got.content)
            kind = kind_of(content, got.url)
            listing = parse_listing(content, got.url, kind)
            entries: dict[str, tuple[str, str, str | None]] = {}
            for entry in listing.entries:
                norm = normalise(entry.url)
                if norm is None or not plan.owns(norm) or norm in entries:
                    continue
                # A feed lists articles; a sitemap or page also lists sections and tags.
                if kind == "feed":
                    if any(p.search(norm) for p in plan.skip):
                        continue
                elif not is_article(norm, plan.articles, plan.skip):
                    continue
                entries[norm] = (norm, urlsplit(norm).netloc.lower(), entry.updated)
            new = self.state.found(plan.name, entries.values())
            summary.found += new
            newest = max((e[2] for e in entries.values() if e[2]), default=None)
            self.state.list_read(url, plan.name, kind=kind, etag=got.etag,
                                 last_modified=got.last_modified, entries=len(entries),
                                 newest=newest)
            log.info("list read", extra={"url": url, "entries": len(entries), "new": new})
            queue += [u for u in listing.lists if plan.owns(u) and u not in seen]

    # -- fetching --------------------------------------------------------------------------
    def _fetched(self, todo: list[tuple[UrlState, Plan]],
                 summary: PassSummary) -> Iterator[RawDoc | Rejected]:
        """Fetch in threads, at most 2 per worker in flight; record each answer and yield
        what is to be analysed (in the order fetches finish)."""
        if not todo:
            return
        pending: set[Future[_Got]] = set()
        items = iter(todo)
        pool = ThreadPoolExecutor(self.options.fetchers, thread_name_prefix="warta-fetch")
        try:
            while True:
                while len(pending) < 2 * self.options.fetchers:
                    nxt = next(items, None)
                    if nxt is None:
                        break
                    pending.add(pool.submit(self._fetch_one, *nxt))
                if not pending:
                    break
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    out = self._settle_fetch(fut.result(), summary)
                    if out is not None:
                        yield out
        finally:
            # Ctrl-C or an error: start nothing more and do not wait here for fetches in
            # flight (their URLs stay pending; each ends by its own deadline).
            pool.shutdown(wait=False, cancel_futures=True)

    def _fetch_one(self, us: UrlState, plan: Plan) -> _Got:
        """Fetch one article (all its pages). Runs in a worker thread: touches no store."""
        conditional = us.state == "done"
        etag = us.etag if conditional else None
        modified = us.last_modified if conditional else None
        whole = all_pages_url(us.url, plan.pages)
        try:
            got: Fetched | None = None
            if whole and self.fetcher.allowed(whole):
                try:
                    got = self.fetcher.get(whole, etag=etag, last_modified=modified)
                except FetchStatusError as e:
                    if e.status not in (400, 404, 410):
                        raise
            if got is None:
                got = self.fetcher.get(us.url, etag=etag, last_modified=modified)
        except FetchError as e:
            return _Got(state=us, error=e)
        if got.status == 304:
            return _Got(state=us, got=got, unchanged=True)
        digest = hashlib.sha256(got.content).hexdigest()
        if conditional and digest == us.content_hash:
            return _Got(state=us, got=got, unchanged=True)
        links, canonical = _links(got.content, got.url)
        if canonical and not plan.owns(canonical):
            canonical = None  # a syndicated copy names its origin: the URL here is ours
        url = canonical or (us.url if whole and got.url.startswith(us.url + "?")
                            else normalise(got.url) or us.url)
        pages = [got]
        if not whole:
            seen = {us.url, got.url}
            for n in range(2, plan.pages.max_pages + 1):
                nxt = next_page(us.url, links, plan.pages, n)
                if nxt is None or nxt in seen or not self.fetcher.allowed(nxt):
                    break
                seen.add(nxt)
                try:
                    page = self.fetcher.get(nxt)
                except FetchError as e:
                    log.info("next page failed", extra={"url": nxt, "error": str(e)})
                    break
                pages.append(page)
                links, _ = _links(page.content, page.url)
        if len(pages) == 1:
            doc = RawDoc(origin=us.url, data=got.content, url=url)
            return _Got(state=us, doc=doc, got=got, canonical=canonical, pages=1)
        try:
            doc = _joined(us.url, url, pages)
        except WartaError as e:
            return _Got(state=us, got=got, rejected=Rejected.of(us.url, e), pages=len(pages))
        return _Got(state=us, doc=doc, got=got, canonical=canonical, pages=len(pages))

    def _settle_fetch(self, r: _Got, summary: PassSummary) -> RawDoc | Rejected | None:
        """Record a worker's result (this thread: the store's only writer)."""
        us = r.state
        self._tick()
        if r.error is not None:
            reason = _error_reason(r.error)
            self._error(us.url, reason, str(r.error), summary)
            self.state.settle(us.url, "error", reason, str(r.error))
            return None
        assert r.got is not None
        summary.fetched += 1
        summary.host(us.url, fetched=1)
        self.state.count(us.host, fetched=1)
        got = r.got
        self.state.fetched(us.url, etag=got.etag, last_modified=got.last_modified,
                           content_hash=None if got.status == 304
                           else hashlib.sha256(got.content).hexdigest(),
                           final_url=got.url)
        if r.unchanged:
            if got.status == 304:
                summary.not_modified += 1
            else:
                summary.unchanged += 1
            summary.host(us.url, unchanged=1)
            self.state.count(us.host, unchanged=1)
            self.state.settle(us.url, "done", "unchanged")
            log.info("unchanged", extra={"url": us.url, "status": got.status})
            return None
        for other in {r.canonical, normalise(got.url)} - {None, us.url}:
            assert other is not None
            self.state.alias(us.url, other, urlsplit(other).netloc.lower(), us.source)
        if r.rejected is not None:
            return r.rejected
        return r.doc

    def _stored(self, doc: RawDoc, status: str, summary: PassSummary) -> None:
        host = urlsplit(doc.origin).netloc.lower()
        if status == "stored":
            summary.stored += 1
            self.state.count(host, stored=1)
        elif status == "updated":
            summary.updated += 1
            self.state.count(host, updated=1)
        else:
            self.state.count(host, unchanged=1)
        summary.host(doc.origin, **{status if status != "duplicate" else "unchanged": 1})
        self.state.settle(doc.origin, "done", status)
        log.info("article", extra={"url": doc.origin, "outcome": status})

    def _rejected(self, rej: Rejected, summary: PassSummary) -> None:
        host = urlsplit(rej.origin).netloc.lower()
        summary.rejected[rej.reason] += 1
        summary.examples.setdefault(rej.reason, rej.message[:200])
        summary.host(rej.origin, rejected=1)
        self.state.count(host, rejected=1)
        self.state.settle(rej.origin, "rejected", rej.reason, rej.message)
        log.info("rejected", extra={"url": rej.origin, "reason": rej.reason})

    def _error(self, url: str, reason: str, message: str, summary: PassSummary) -> None:
        """Count a fetch that failed (or could not be tried) for the summary and /metrics."""
        summary.errors[reason] += 1
        summary.examples.setdefault(reason, message[:200])
        summary.host(url, errors=1)
        self.state.count(urlsplit(url).netloc.lower(), errors=1)
        log.warning("fetch failed", extra={"url": url, "reason": reason, "error": message})

    def _tick(self) -> None:
        if self.on_progress:
            self.on_progress("done", 1)


def _joined(origin: str, url: str, pages: list[Fetched]) -> RawDoc:
    """One document from an article's pages: each page's body (trafilatura), in order,
    with the title, date and site name of the first. Raises `Reject` when page 1 has none."""
    from ..decode import decode_bytes
    from ..html import extract_html

    parts: list[str] = []
    first = None
    for i, page in enumerate(pages):
        try:
            ex = extract_html(decode_bytes(page.content, name=page.url).text, url=url)
        except Reject:
            if i == 0:
                raise
            continue
        first = first or ex
        parts.append(ex.text)
    assert first is not None
    return RawDoc(origin=origin, text="\n\n".join(parts), url=url, title=first.title,
                  published=first.published, source=first.sitename)

"""GET /health and /metrics: is the server and its store up, and what has the crawler done
(fetched, stored, updated, unchanged, rejected, errors and robots refusals per host, from
the crawl state in the store, so every `warta watch` writing this store is counted)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse, PlainTextResponse

from ...errors import WartaError
from ...store.crawl import COUNTERS, CrawlState, HostCounts
from ..deps import StoreDep

router = APIRouter(tags=["operations"])

PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8"
HELP = {
    "fetched": "pages, feeds and sitemaps fetched (200 or 304)",
    "stored": "new articles stored",
    "updated": "articles fetched again and updated",
    "unchanged": "pages fetched again that had not changed",
    "rejected": "pages analysis rejected (not an article, not Indonesian, ...)",
    "errors": "fetches that failed (HTTP errors, timeouts, refused addresses)",
    "refused": "URLs robots.txt disallows",
}


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def prometheus_text(hosts: Iterable[HostCounts], urls: dict[str, int], articles: int,
                    last_pass: dict[str, Any] | None) -> str:
    """The Prometheus text exposition format (version 0.0.4) of the crawl counters."""
    rows = list(hosts)
    out: list[str] = []
    for name in COUNTERS:
        metric = f"warta_crawl_{name}_total"
        out += [f"# HELP {metric} {HELP[name]}, per host", f"# TYPE {metric} counter"]
        out += [f'{metric}{{host="{_label(h.host)}"}} {getattr(h, name)}' for h in rows]
    out += ["# HELP warta_crawl_urls URLs the crawler knows, per state",
            "# TYPE warta_crawl_urls gauge"]
    out += [f'warta_crawl_urls{{state="{_label(s)}"}} {n}' for s, n in sorted(urls.items())]
    out += ["# HELP warta_articles articles in the store", "# TYPE warta_articles gauge",
            f"warta_articles {articles}"]
    if last_pass and last_pass.get("started"):
        when = datetime.fromisoformat(str(last_pass["started"])).timestamp()
        out += ["# HELP warta_crawl_last_pass_timestamp_seconds start of the last crawl pass",
                "# TYPE warta_crawl_last_pass_timestamp_seconds gauge",
                f"warta_crawl_last_pass_timestamp_seconds {when:.0f}",
                "# HELP warta_crawl_last_pass_seconds how long the last crawl pass took",
                "# TYPE warta_crawl_last_pass_seconds gauge",
                f"warta_crawl_last_pass_seconds {float(last_pass.get('seconds', 0.0))}"]
    return "\n".join(out) + "\n"


@router.get("/metrics", response_class=PlainTextResponse,
            responses={200: {"content": {PROMETHEUS: {}},
                             "description": "Prometheus text format"}})
def metrics(store: StoreDep) -> PlainTextResponse:
    """Crawl counters per host and store size, in Prometheus text format."""
    state = CrawlState(store)
    text = prometheus_text(state.hosts(), state.counts(), store.count(), state.last_pass())
    return PlainTextResponse(text, media_type=PROMETHEUS)


@router.get("/health")
def health(store: StoreDep) -> JSONResponse:
    """`{"status": "ok"}` with the article count and the last crawl pass; 503 when the store
    cannot be read."""
    try:
        articles = store.count()
        last = CrawlState(store).last_pass()
    except WartaError as e:
        return JSONResponse({"status": "error", "message": str(e)}, 503)
    body: dict[str, Any] = {"status": "ok", "articles": articles, "last_crawl_pass": None}
    if last:
        started = datetime.fromisoformat(str(last["started"]))
        body["last_crawl_pass"] = {
            "started": last["started"], "seconds": last.get("seconds"),
            "age_seconds": round((datetime.now(UTC) - started).total_seconds()),
            "stored": last.get("stored"), "errors": sum(dict(last.get("errors", {})).values())}
    return JSONResponse(body)

"""POST /analyze and POST /ingest: the endpoints that run the pipeline (tag `write`).

Both need the key. /analyze caps the text it analyses (`Settings.max_text`) and runs the
pipeline in a worker thread that checks, before each stage, whether the client is still
there: a client that hangs up stops the work at the next stage boundary.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends, HTTPException, Request

from ...record import Article
from ...sources.raw import RawDoc
from ...store.ingest import ingest
from ..deps import (
    Resources,
    SettingsDep,
    StoreDep,
    analysis_slot,
    get_resources,
    require_analyze_key,
    require_key,
)
from ..models import ArticleIn, IngestIn, IngestOut
from ..problems import Problem
from .articles import ARTICLE_REF

router = APIRouter(tags=["write"])

CLIENT_GONE = 499  # nginx's "client closed request": logged, never read by anyone
POLL_SECONDS = 0.1  # how often a running analysis asks whether its client is still there
KEY_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "wrong API key"},
    403: {"model": Problem, "description": "writes disabled"},
}


class ClientGone(Exception):
    """The client hung up; raised between stages to stop an analysis nobody will read."""


def stage_check(gone: threading.Event, max_text: int) -> Callable[[Article], None]:
    """The check `Pipeline.run` calls before each stage of one request's analysis."""

    def check(article: Article) -> None:
        if gone.is_set():
            raise ClientGone()
        if len(article.text) > max_text:
            raise HTTPException(413, f"article text is {len(article.text)} characters; this "
                                f"server analyses at most {max_text} per article: send a "
                                "shorter text, or start `warta serve` with a larger --max-text")

    return check


async def _watch(request: Request, gone: threading.Event) -> None:
    while not await request.is_disconnected():
        await anyio.sleep(POLL_SECONDS)
    gone.set()


@router.post("/analyze", response_model=None,
             dependencies=[Depends(require_analyze_key), Depends(analysis_slot)],
             responses={**KEY_ERRORS,
                        413: {"model": Problem, "description": "text over the server's cap"},
                        503: {"model": Problem, "description": "--max-analyses already run"},
                        422: {"model": Problem, "description": "rejected input"},
                        200: {"description": "the record", "content": {
                            "application/json": {"schema": ARTICLE_REF}}}})
async def analyze(body: ArticleIn, request: Request, settings: SettingsDep) -> dict[str, Any]:
    """Analyse one article and return its record; nothing is stored (needs X-API-Key
    unless the server runs with --open-analyze)."""
    from ...analysis import analyze as run_analysis

    gone = threading.Event()
    check = stage_check(gone, settings.max_text)

    def work() -> dict[str, Any]:
        return run_analysis(body.text, url=body.url, published=body.published,
                            source=body.source, title=body.title, check=check).to_dict()

    if await request.is_disconnected():
        raise HTTPException(CLIENT_GONE, "client closed the request before analysis began")
    record: dict[str, Any] | None = None
    failure: BaseException | None = None
    async with anyio.create_task_group() as tg:
        tg.start_soon(_watch, request, gone)
        try:
            record = await anyio.to_thread.run_sync(work)
        except ClientGone:
            failure = HTTPException(CLIENT_GONE, "client closed the request; analysis stopped")
        except Exception as e:  # re-raised below, outside the task group, unwrapped
            failure = e
        tg.cancel_scope.cancel()
    if failure is not None:
        raise failure
    assert record is not None
    return record


@router.post("/ingest", response_model=IngestOut,
             responses={**KEY_ERRORS,
                        409: {"model": Problem, "description": "another ingest is running"}},
             dependencies=[Depends(require_key)])
def ingest_(body: IngestIn, store: StoreDep,
            res: Annotated[Resources, Depends(get_resources)]) -> IngestOut:
    """Analyse and store up to 100 articles (needs X-API-Key)."""
    items = [RawDoc(
        text=a.text, origin=f"request[{i}]", url=a.url, source=a.source, title=a.title,
        published=a.published.replace(tzinfo=None) if a.published else None)
        for i, a in enumerate(body.articles)]
    with res.write_lock:
        try:
            summary = ingest(items, store, on_article=lambda _i, _s: None)
        finally:
            store.release_writer()
    return IngestOut(stored=summary.stored, updated=summary.updated,
                     duplicates=summary.duplicate, rejected=dict(summary.rejected),
                     ids=summary.ids)

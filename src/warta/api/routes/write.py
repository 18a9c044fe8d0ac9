"""POST /analyze and POST /ingest: the endpoints that run the pipeline (tag `write`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from ...sources.corpus import RawDoc
from ...store.ingest import Item, ingest
from ..deps import Resources, StoreDep, get_resources, require_key
from ..models import ArticleIn, IngestIn, IngestOut, Problem

router = APIRouter(tags=["write"])


@router.post("/analyze", responses={422: {"model": Problem, "description": "rejected input"}})
def analyze(body: ArticleIn) -> dict[str, Any]:
    """Analyse one article and return its record (nothing is stored)."""
    from ...analysis import analyze as run_analysis

    return run_analysis(body.text, url=body.url, published=body.published,
                        source=body.source, title=body.title).to_dict()


@router.post("/ingest", response_model=IngestOut,
             responses={401: {"model": Problem, "description": "wrong API key"},
                        403: {"model": Problem, "description": "writes disabled"},
                        409: {"model": Problem, "description": "another ingest is running"}},
             dependencies=[Depends(require_key)])
def ingest_(body: IngestIn, store: StoreDep,
            res: Annotated[Resources, Depends(get_resources)]) -> IngestOut:
    """Analyse and store up to 100 articles (needs X-API-Key)."""
    items = [Item(origin=f"request[{i}]", doc=RawDoc(
        text=a.text, origin=f"request[{i}]", url=a.url, source=a.source, title=a.title,
        published=a.published.replace(tzinfo=None) if a.published else None))
        for i, a in enumerate(body.articles)]
    with res.write_lock:
        try:
            summary = ingest(items, store, on_article=lambda _i, _s: None)
        finally:
            store.release_writer()
    return IngestOut(stored=summary.stored, updated=summary.updated,
                     duplicates=summary.duplicate, rejected=dict(summary.rejected),
                     ids=summary.ids)

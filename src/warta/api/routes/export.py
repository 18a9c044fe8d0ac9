"""GET /export: the store's articles or one layer, streamed as a download (warta export)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from ...corpus.export import Filters, chunks
from ..deps import StoreDep
from ..models import ERRORS, Text, check_range

router = APIRouter(tags=["export"])

What = Literal["articles", "entities", "mentions", "quotes", "numbers", "times", "events",
               "stories"]
Format = Literal["jsonl", "csv", "parquet", "gdelt-events", "gdelt-gkg"]
MEDIA = {"jsonl": ("application/x-ndjson", "jsonl"), "csv": ("text/csv", "csv"),
         "parquet": ("application/vnd.apache.parquet", "parquet"),
         "gdelt-events": ("text/tab-separated-values", "export.tsv"),
         "gdelt-gkg": ("text/tab-separated-values", "gkg.tsv")}


@router.get("/export", responses=ERRORS, response_class=StreamingResponse)
def export(store: StoreDep, what: What = "articles", format: Format = "jsonl",
           entity: Text = None, kind: Text = None, country: Text = None,
           source: Text = None, speaker: Text = None, event: Text = None,
           since: date | None = None, until: date | None = None,
           collapse: bool = False) -> StreamingResponse:
    """Every matching row, streamed page by page (constant memory); columns as
    `warta export` (docs/export.md). `collapse` leaves copies out."""
    check_range(since, until)
    if speaker:
        speaker = store.resolve_entity(speaker) or speaker
    filters = Filters(entity=entity, kind=kind, country=country, source=source,
                      speaker=speaker, event=event, since=since, until=until,
                      collapse=collapse)
    media, suffix = MEDIA[format]
    name = f"warta-{what}.{suffix}" if not format.startswith("gdelt") else f"warta.{suffix}"
    return StreamingResponse(chunks(store, what, format, filters), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})

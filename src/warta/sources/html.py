"""extract: main text and metadata of an HTML page, with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import trafilatura

from ..errors import Reject


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    published: datetime | None
    author: str | None
    sitename: str | None
    url: str | None


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None, *, fast: bool = False) -> Extracted:
    """Body and metadata of one article page; `Reject('no_article')` when there is none.

    `fast` skips trafilatura's fallback extractors (several times quicker, slightly lower
    recall on unusual layouts).
    """
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        fast=fast,
        deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if doc is None or len(text) < 100:
        raise Reject(
            "no_article",
            "no article text found in the HTML page (it may be an index page, a paywall "
            "or rendered by JavaScript): pass the article page itself or its text",
        )
    return Extracted(
        text=text,
        title=doc.title or None,
        published=_parse_date(doc.date),
        author=doc.author or None,
        sitename=doc.sitename or None,
        url=doc.url or url,
    )

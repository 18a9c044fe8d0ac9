"""The public entry points: one article in, one `Article` out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import cache
from pathlib import Path

from .errors import ConfigError
from .pipeline import Pipeline
from .record import Article, make_id
from .sources.extract import EXTRACT_VERSION, to_article
from .sources.files import read_file
from .sources.raw import RawDoc
from .stages import default_stages

__all__ = ["EXTRACT_VERSION", "analyze", "analyze_doc", "analyze_file", "default_pipeline",
           "new_article", "parse_published"]


@cache
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


def parse_published(value: str | datetime | None) -> datetime | None:
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][+TZ]`; a clear error otherwise."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            f"cannot read publication date '{value}': use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def new_article(text_or_html: str, *, url: str | None = None,
                published: str | datetime | None = None, source: str | None = None,
                title: str | None = None, note: str | None = None) -> Article:
    """An unanalysed `Article` from raw text or HTML (HTML goes through trafilatura)."""
    doc = RawDoc(origin="input", text=text_or_html, url=url, source=source, title=title,
                 published=parse_published(published))
    return to_article(doc, note=note)


def analyze_doc(doc: RawDoc, *, pipeline: Pipeline | None = None) -> Article:
    """Analyse one raw document from the source layer (`warta.sources`): decode, extract
    HTML, then run the pipeline. Raises like `analyze`."""
    return _run(to_article(doc), pipeline)


def _run(article: Article, pipeline: Pipeline | None,
         check: Callable[[Article], None] | None = None) -> Article:
    out = (pipeline or default_pipeline()).run(article, check=check)
    # The id follows the cleaned text so boilerplate changes do not split duplicates.
    return replace(out, id=make_id(out.text, out.url))


def analyze(text_or_html: str, *, url: str | None = None,
            published: str | datetime | None = None, source: str | None = None,
            title: str | None = None, pipeline: Pipeline | None = None,
            note: str | None = None, check: Callable[[Article], None] | None = None) -> Article:
    """Analyse one article given as plain text or HTML.

    Raises `warta.Reject` for inputs that are valid but not for warta (not Indonesian,
    no article in the HTML) and other `warta.WartaError`s for unreadable input. `check`
    runs before each stage (see `Pipeline.run`); what it raises stops the analysis.
    """
    article = new_article(text_or_html, url=url, published=published, source=source,
                          title=title, note=note)
    return _run(article, pipeline, check)


def analyze_file(path: str | Path, *, url: str | None = None,
                 published: str | datetime | None = None, source: str | None = None,
                 title: str | None = None, pipeline: Pipeline | None = None,
                 note: str | None = None) -> Article:
    """Read a text or HTML file (UTF-8, else cp1252; at most 5 MB) and analyse it."""
    doc = replace(read_file(path), url=url, source=source, title=title,
                  published=parse_published(published))
    return _run(to_article(doc, note=note), pipeline)

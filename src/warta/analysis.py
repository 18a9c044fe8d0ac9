"""The public entry points: one article in, one `Article` out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ConfigError, EmptyInput, MissingInput
from .pipeline import Pipeline, default_stages
from .record import Article, StageRun, make_id
from .sources.decode import decode_bytes, looks_like_html
from .sources.html import extract_html

EXTRACT_VERSION = 1


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
    if not text_or_html.strip():
        raise EmptyInput("input is empty: give an article's text or HTML")
    pub = parse_published(published)
    provenance: tuple[StageRun, ...] = ()
    author = None
    text = text_or_html
    if looks_like_html(text_or_html):
        ex = extract_html(text_or_html, url=url)
        text, url = ex.text, url or ex.url
        title, pub = title or ex.title, pub or ex.published
        source, author = source or ex.sitename, ex.author
        provenance = (StageRun(name="extract", version=EXTRACT_VERSION),)
    if note:
        provenance = (StageRun(name="read", version=1, note=note), *provenance)
    return Article(id=make_id(text, url), text=text, url=url, published=pub, source=source,
                   title=title, author=author, provenance=provenance)


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
    out = (pipeline or default_pipeline()).run(article, check=check)
    # The id follows the cleaned text so boilerplate changes do not split duplicates.
    return replace(out, id=make_id(out.text, out.url))


def analyze_file(path: str | Path, **metadata: Any) -> Article:
    """Read a text or HTML file (UTF-8, else cp1252) and analyse it."""
    p = Path(path)
    if not p.exists():
        raise MissingInput(f"no such file: {p}")
    if p.is_dir():
        raise MissingInput(f"{p} is a folder: use `warta analyze FOLDER` from the CLI, "
                           "or call analyze_file on each file")
    decoded = decode_bytes(p.read_bytes(), name=str(p))
    note = f"decoded as {decoded.encoding}" if decoded.encoding != "utf-8" else None
    return analyze(decoded.text, note=note, **metadata)

"""Extraction, the source layer's last step: a `RawDoc` becomes an unanalysed `Article`.

decode (bytes: UTF-8, else cp1252; empty and binary inputs refused) -> extract (HTML only:
body, title, date, author and site name with trafilatura, see `html.py`) -> `Article`,
whose provenance names the steps that changed the input ("read" with its note,
"extract"). The analysis pipeline starts from that article.
"""

from __future__ import annotations

import re

from ..errors import EmptyInput
from ..record import Article, StageRun, make_id
from ..text.outlets import outlet_of_url
from .decode import decode_bytes, looks_like_html
from .raw import RawDoc

EXTRACT_VERSION = 2

# PostgreSQL cannot store NUL, and lone surrogates (from JSON "\ud800") cannot be encoded
# as UTF-8 by any store; neither carries meaning in an article.
_NUL = "\x00"
_SURROGATES = re.compile("[\ud800-\udfff]")


def scrub(value: str) -> str:
    """`value` without NUL characters and with lone surrogates replaced by U+FFFD."""
    return _SURROGATES.sub("\ufffd", value.replace(_NUL, ""))


def _scrub_opt(value: str | None) -> str | None:
    return scrub(value) if value is not None else None


def decoded_text(doc: RawDoc) -> tuple[str, list[str]]:
    """The text of `doc` and notes on how it was read (encoding, characters removed)."""
    notes: list[str] = []
    if doc.data is not None:
        decoded = decode_bytes(doc.data, name=doc.origin)
        text = decoded.text
        if decoded.encoding != "utf-8":
            notes.append(f"decoded as {decoded.encoding}")
    else:
        text = doc.text or ""
    nuls = text.count(_NUL)
    if nuls:
        notes.append(f"removed {nuls} NUL character(s)")
    return scrub(text), notes


def to_article(doc: RawDoc, *, note: str | None = None) -> Article:
    """Decode and, for HTML, extract; `EmptyInput`, `BinaryInput`, `UndecodableInput`,
    `Reject('no_article')` when there is nothing to analyse."""
    text, notes = decoded_text(doc)
    if note:
        notes.insert(0, note)
    if not text.strip():
        raise EmptyInput("input is empty: give an article's text or HTML")
    url, title, published = _scrub_opt(doc.url), _scrub_opt(doc.title), doc.published
    source, author = _scrub_opt(doc.source), None
    provenance: tuple[StageRun, ...] = ()
    if looks_like_html(text):
        from .html import extract_html  # trafilatura and the page rules: HTML input only

        ex = extract_html(text, url=url)
        text, url = ex.text, url or ex.url
        title, published = title or ex.title, published or ex.published
        # A known host's outlet is left to `clean` (after the dateline); the page's own
        # site name is the fallback for hosts the table does not know.
        source = source or (None if outlet_of_url(url) else ex.sitename)
        author = ex.author
        provenance = (StageRun(name="extract", version=EXTRACT_VERSION),)
    if notes:
        provenance = (StageRun(name="read", version=1, note="; ".join(notes)), *provenance)
    return Article(id=make_id(text, url), text=text, url=url, published=published,
                   source=source, title=title, author=author, provenance=provenance)

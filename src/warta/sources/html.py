"""extract: main text and metadata of an HTML page, with trafilatura.

Page rules around it, all general: embedded social posts (`[page].embeds` classes: a
tweet quoted in the article) are removed first; text written straight into a container
beside its paragraphs (a lead set off by `<br>`s, not a `<p>`) is wrapped into paragraphs,
which trafilatura would otherwise drop; and page furniture it lets through (date lists,
page counters, menus, the headline repeated) is trimmed after (`[page]` in
`lang/id/boilerplate.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from ..errors import Reject
from ..lang.id import load
from ..lang.schema import BoilerplateData
from ..text.outlets import usable_sitename

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    published: datetime | None
    author: str | None
    sitename: str | None
    url: str | None


@cache
def _title_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load("boilerplate", BoilerplateData).title.strip)


def clean_title(title: str | None) -> str | None:
    """Strip site names and section prefixes that pages glue to the headline."""
    if not title:
        return None
    for _ in range(3):
        before = title
        for pattern in _title_patterns():
            title = pattern.sub("", title)
        if title == before:
            break
    return title.strip() or None


@cache
def _page_patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    page = load("boilerplate", BoilerplateData).page
    return tuple(re.compile(p) for p in page.lines), tuple(re.compile(p) for p in page.edge)


@cache
def _embed_classes() -> frozenset[str]:
    return frozenset(load("boilerplate", BoilerplateData).page.embeds)


def drop_embeds(root: HtmlElement) -> int:
    """Remove elements whose class is one of `[page].embeds` (an embedded tweet or
    Instagram post, with its byline); returns how many were removed. Their text is
    the post's, not the article's, and trafilatura keeps a `<blockquote>` as a quote."""
    classes = _embed_classes()
    gone = [el for el in root.iter("blockquote", "div", "iframe")
            if classes.intersection((el.get("class") or "").split())]
    for el in gone:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the page
    return len(gone)


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def trim_page(text: str, title: str | None = None) -> str:
    """`text` without page furniture: `[page].lines` anywhere, the headline repeated
    as a line, and `[page].edge` lines in the runs that open and close the body."""
    anywhere, edge = _page_patterns()
    head = _fold(title) if title else None
    lines = [ln for ln in (x.strip() for x in text.split("\n"))
             if ln and not any(p.match(ln) for p in anywhere)
             and not (head and _fold(ln) == head)]
    start, end = 0, len(lines)
    while start < end and any(p.match(lines[start]) for p in edge):
        start += 1
    while end > start and any(p.match(lines[end - 1]) for p in edge):
        end -= 1
    return "\n".join(lines[start:end])


# Elements whose direct text can be an article's paragraphs, and the children that end a
# run of such text (block-level elements).
_CONTAINERS = ("div", "td", "section", "article", "main")
_BLOCKS = frozenset({
    "p", "div", "ul", "ol", "li", "dl", "table", "blockquote", "pre", "section", "article",
    "aside", "header", "footer", "nav", "figure", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "script", "style", "noscript", "iframe", "main", "center"})
_MIN_LOOSE = 80  # characters of loose text worth a paragraph (shorter: labels, bylines)


def wrap_loose_text(root: HtmlElement) -> int:
    """Wrap text lying directly in a container that also holds `<p>` or `<div>`
    paragraphs (with its inline elements, split at `<br>`) into `<p>` elements; returns
    how many were made.

    Why: pages that set the lead apart with `<br>`s instead of a `<p>` lose it, since
    trafilatura keeps paragraphs and drops a container's own text; so do pages whose
    paragraphs are `<div>`s after a lead written straight into the container (VIVA).
    """
    from lxml.html import Element

    made = 0
    for el in list(root.iter(*_CONTAINERS)):
        kids = list(el)
        if not any(k.tag in ("p", "div") for k in kids):
            continue
        # The container's content in order: block children stay, everything else is
        # cut into runs (text and inline elements) at block children and <br>s.
        layout: list[HtmlElement | list[str | HtmlElement]] = [[el.text] if el.text else []]
        for k in kids:
            tag = k.tag if isinstance(k.tag, str) else ""
            if not tag or tag in _BLOCKS or tag == "br":
                if tag != "br":
                    layout.append(k)
                layout.append([k.tail] if k.tail else [])
            else:
                layout[-1].append(k)
                if k.tail:
                    layout[-1].append(k.tail)
        runs = [x for x in layout if isinstance(x, list)]
        if not any(_size(r) >= _MIN_LOOSE for r in runs):
            continue  # nothing worth a paragraph: leave the container as it is
        el.text = None
        for k in kids:
            k.tail = None
            el.remove(k)
        for item in layout:
            if not isinstance(item, list):
                el.append(item)
            elif _size(item):
                el.append(_paragraph(Element("p"), item))
                made += 1
    return made


def _size(run: list[str | HtmlElement]) -> int:
    return sum(len((x if isinstance(x, str) else x.text_content()).strip()) for x in run)


def _paragraph(p: HtmlElement, run: list[str | HtmlElement]) -> HtmlElement:
    for x in run:
        if not isinstance(x, str):
            p.append(x)
        elif len(p):
            p[-1].tail = (p[-1].tail or "") + x
        else:
            p.text = (p.text or "") + x
    return p


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None, *, fast: bool = False) -> Extracted:
    """Body and metadata of one article page; `Reject('no_article')` when there is none.

    `favor_precision` is on: on the anpandu Indonesian pages it lifts body F1 from 0.88 to
    0.95 (eval/extraction_eval.py) by leaving out "Berita Lainnya" lists and galleries.
    `fast` skips trafilatura's fallback extractors (quicker, lower recall).
    """
    # Imported here: it takes 0.15-0.2 s and plain-text input and `warta search` never
    # need it.
    import trafilatura

    # The string is passed on when no container needed wrapping: trafilatura is no
    # slower on a parsed tree, but this keeps its input unchanged on most pages.
    tree = trafilatura.load_html(html)
    changed = tree is not None and drop_embeds(tree) + wrap_loose_text(tree) > 0
    page = tree if changed else html
    doc = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        fast=fast,
        favor_precision=True,
        deduplicate=False,
    )
    if isinstance(doc, dict):  # older trafilatura returns a dict
        doc = trafilatura.settings.Document.from_dict(doc)  # pragma: no cover
    title = clean_title(doc.title) if doc is not None else None
    text = trim_page(doc.text or "", title) if doc is not None else ""
    if doc is None or len(text) < 100:
        raise Reject(
            "no_article",
            "no article text found in the HTML page (it may be an index page, a paywall "
            "or rendered by JavaScript): pass the article page itself or its text",
        )
    return Extracted(
        text=text,
        title=title,
        published=_parse_date(doc.date),
        author=doc.author or None,
        sitename=usable_sitename(doc.sitename),
        url=doc.url or url,
    )

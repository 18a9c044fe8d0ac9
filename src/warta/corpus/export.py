"""Streaming exports of the store: articles and their layers as JSONL, CSV or Parquet, and
GDELT 2.1-shaped Event and GKG tables (tab-separated). Columns: docs/export.md.

Rows are read in keyset pages over `rev` (constant memory whatever the store size) and
written page by page; Parquet row groups are one page each. Every row carries warta's
article id; article rows also the input's `external_id`, `duplicate_of` (the group's
first-stored article, null for an original) and `story` (its story id,
see warta.corpus.story_store).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..store.model import NUMBER_COLUMNS
from ..store.sql import SQLStore, article_filters
from .formats import FORMATS, WHATS

EXPORT_VERSION = 2  # 2: times gained `freq` (a set's TIMEX3 frequency)

S, INT, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
# The article's story (warta.corpus.story_store), by its primary key.
STORY = "(SELECT sa.story_id FROM story_articles sa WHERE sa.article_id = a.id)"


def registry_id(key: str) -> str:
    """The registry id (warta.corpus.registry) of the entity `key` names in the row's
    article: one indexed probe on the links' primary key (article_id first)."""
    return (f"(SELECT MIN(l.rid) FROM registry_links l WHERE l.article_id = t.article_id "
            f"AND l.key = {key})")


# (column, arrow type, SQL expression); `a` is the article row.
COLUMNS: dict[str, list[tuple[str, pa.DataType, str]]] = {
    "articles": [("id", S, "a.id"), ("external_id", S, "a.external_id"),
                 ("duplicate_of", S, "a.duplicate_of"), ("story", S, STORY),
                 ("url", S, "a.url"), ("source", S, "a.source"), ("dateline", S, "a.dateline"),
                 ("published", S, "a.published"), ("title", S, "a.title"),
                 ("lang", S, "a.lang"), ("text", S, "a.text")],
    "entities": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
                 ("local_id", S, "t.local_id"), ("key", S, "t.key"),
                 ("registry_id", S, "(SELECT l.rid FROM registry_links l WHERE "
                  "l.article_id = t.article_id AND l.local_id = t.local_id)"),
                 ("kind", S, "t.kind"),
                 ("name", S, "t.name"), ("country", S, "t.country"),
                 ("roles", S, "t.roles"), ("n_mentions", INT, "t.n_mentions")],
    "mentions": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
                 ("key", S, "t.key"), ("registry_id", S, registry_id("t.key")),
                 ("start", INT, "t.span_start"), ("end", INT, "t.span_end")],
    "quotes": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
               ("idx", INT, "t.idx"), ("kind", S, "t.kind"), ("start", INT, "t.span_start"),
               ("end", INT, "t.span_end"), ("text", S, "t.content"),
               ("speaker", S, "t.speaker_key"), ("speaker_name", S, "t.speaker_name"),
               ("speaker_registry_id", S, registry_id("t.speaker_key"))],
    "numbers": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
                ("idx", INT, "t.idx"), ("start", INT, "t.span_start"), ("end", INT, "t.span_end"),
                ("value", F, "t.value"), ("low", F, "t.low"), ("high", F, "t.high"),
                ("qualifier", S, "t.qualifier"), ("unit", S, "t.unit"),
                ("currency", S, "t.currency"), ("thing", S, "t.thing"),
                *((c, B if k == "BOOLEAN" else S, f"t.{c}") for c, k in NUMBER_COLUMNS)],
    "times": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
              ("idx", INT, "t.idx"), ("start", INT, "t.span_start"), ("end", INT, "t.span_end"),
              ("type", S, "t.type"), ("value", S, "t.value"), ("anchored", B, "t.anchored"),
              ("freq", S, "t.freq")],
    "events": [("article_id", S, "t.article_id"), ("duplicate_of", S, "a.duplicate_of"),
               ("idx", INT, "t.idx"), ("code", S, "t.code"), ("actors", S, "t.actors"),
               ("targets", S, "t.targets"), ("place", S, "t.place"), ("time", S, "t.time"),
               ("mode", S, "t.mode"), ("published", S, "a.published"), ("url", S, "a.url")],
    "stories": [("story", S, STORY), ("article_id", S, "a.id")],
}
CHILD = {"entities": "article_entities", "mentions": "mentions", "quotes": "quotes",
         "numbers": "numbers", "times": "times", "events": "events"}


def arrow_schema(what: str) -> pa.Schema:
    return pa.schema([(name, kind) for name, kind, _ in COLUMNS[what]],
                     metadata={"warta_export": str(EXPORT_VERSION), "what": what})


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """The search filters an export takes (no full-text query: filters are SQL)."""

    entity: str | None = None
    kind: str | None = None
    country: str | None = None
    source: str | None = None
    speaker: str | None = None
    event: str | None = None
    since: date | None = None
    until: date | None = None
    collapse: bool = False  # leave copies out (default: every copy, with duplicate_of)

    def sql(self, store: SQLStore | None = None) -> tuple[list[str], list[Any]]:
        """WHERE clauses and parameters; with `store`, the entity and speaker also match
        every key the registry links to them (as `warta search` does)."""
        from .registry import linked_keys

        ents = linked_keys(store, self.entity) if store is not None and self.entity else ()
        spks = linked_keys(store, self.speaker) if store is not None and self.speaker else ()
        return article_filters(entity=self.entity, kind=self.kind, country=self.country,
                               source=self.source, speaker_key=self.speaker,
                               event=self.event, since=self.since, until=self.until,
                               collapse=self.collapse, entity_keys=ents, speaker_keys=spks)


def pages(store: SQLStore, what: str, filters: Filters | None = None,
          page: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of `what` in pages of about `page` articles, in write order."""
    filters = filters or Filters()
    cols = COLUMNS[what]
    select = ", ".join(expr for _, _, expr in cols)
    clauses, params = filters.sql(store)
    rev = 0
    where = " AND ".join(["a.rev > ?", *clauses])
    while True:
        if what not in CHILD:  # article columns: one keyset query a page
            found = store._x(f"SELECT a.rev, {select} FROM articles a WHERE {where} "
                             "ORDER BY a.rev LIMIT ?", (rev, *params, page))
            if not found:
                return
            rev = int(found[-1][0])
            yield [r[1:] for r in found]
            continue
        arts = store._x(f"SELECT a.rev, a.id FROM articles a WHERE {where} "
                        "ORDER BY a.rev LIMIT ?", (rev, *params, page))
        if not arts:
            return
        rev = int(arts[-1][0])
        ids = [r[1] for r in arts]
        marks = ", ".join("?" for _ in ids)
        yield store._x(f"SELECT {select} FROM {CHILD[what]} t JOIN articles a ON "
                       f"a.id = t.article_id WHERE t.article_id IN ({marks}) "
                       "ORDER BY a.rev" + (", t.idx" if what in (
                           "quotes", "numbers", "times", "events") else ""), ids)


class Sink(io.RawIOBase):
    """A write-only stream whose bytes are drained between pages (for streamed downloads)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[bytes] = []
        self.pos = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        self.parts.append(data)
        self.pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self.pos

    def drain(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


def chunks(store: SQLStore, what: str, fmt: str,
           filters: Filters | None = None) -> Iterator[bytes]:
    """The export as byte chunks, one per page of articles."""
    filters = filters or Filters()
    if what not in COLUMNS:
        raise ValueError(f"unknown export {what!r}: use one of {WHATS}")
    sink = Sink()
    if fmt in ("gdelt-events", "gdelt-gkg"):
        from .gdelt import event_lines, gkg_lines

        lines = event_lines if fmt == "gdelt-events" else gkg_lines
        for block in lines(store, filters):
            yield block.encode("utf-8")
        return
    names = [c[0] for c in COLUMNS[what]]
    if fmt == "parquet":
        schema = arrow_schema(what)
        writer = pq.ParquetWriter(sink, schema, compression="zstd")
        for rows in pages(store, what, filters):
            columns = list(zip(*rows, strict=True))
            writer.write_table(pa.Table.from_arrays(
                [pa.array([None if v is None else (bool(v) if t == B else v) for v in c],
                          type=t) for c, (_, t, _) in zip(columns, COLUMNS[what], strict=True)],
                schema=schema))
            yield sink.drain()
        writer.close()
        yield sink.drain()
        return
    if fmt == "csv":
        text = io.StringIO()
        cw = csv.writer(text)
        cw.writerow(names)
        for rows in pages(store, what, filters):
            cw.writerows(rows)
            yield text.getvalue().encode("utf-8")
            text.seek(0)
            text.truncate()
        if text.getvalue():
            yield text.getvalue().encode("utf-8")
        return
    if fmt == "jsonl":
        for rows in pages(store, what, filters):
            yield "".join(json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False,
                                     default=str) + "\n" for r in rows).encode("utf-8")
        return
    raise ValueError(f"unknown export format {fmt!r}: use one of {FORMATS}")


def write(store: SQLStore, what: str, fmt: str, out: IO[bytes],
          filters: Filters | None = None) -> None:
    for chunk in chunks(store, what, fmt, filters):
        out.write(chunk)

"""Ingest: inputs (files, folders, corpora) -> `warta.analyze` -> store, with a summary.

Articles are written in batches, one transaction each: a killed ingest keeps every
committed batch whole and nothing of the batch in flight; running it again finishes the
job (stored articles come back as duplicates, upgraded ones are updated in place).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MissingInput, WartaError
from ..record import Article
from ..sources.corpus import CORPUS_SUFFIXES, RawDoc, read_corpus
from .sql import SQLStore

FILE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One thing to analyse: a file path or a corpus record."""

    origin: str
    path: Path | None = None
    doc: RawDoc | None = None


@dataclass(slots=True)
class IngestSummary:
    stored: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    analyse_s: float = 0.0
    store_s: float = 0.0
    examples: dict[str, str] = field(default_factory=dict)  # reason -> first message
    ids: list[str] = field(default_factory=list)  # ids of accepted articles, in input order

    @property
    def seen(self) -> int:
        return self.stored + self.updated + self.duplicate + sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "updated": self.updated, "duplicates": self.duplicate,
                "rejected": dict(self.rejected), "analyse_s": round(self.analyse_s, 3),
                "store_s": round(self.store_s, 3)}

    def lines(self) -> list[str]:
        out = [f"stored {self.stored}, updated {self.updated}, duplicates {self.duplicate}, "
               f"rejected {sum(self.rejected.values())}"]
        for reason, n in self.rejected.most_common():
            out.append(f"  rejected {n} {reason}: e.g. {self.examples.get(reason, '')}")
        return out


def expand(inputs: Iterable[str], *, map_name: str | None = None,
           overrides: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Files, folders (article files and corpora inside, sorted) and corpus files."""
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in
                           FILE_SUFFIXES | set(CORPUS_SUFFIXES))
            if not found:
                raise MissingInput(f"folder {p} holds no .txt, .html, .jsonl or .csv files")
        elif p.is_file():
            found = [p]
        else:
            raise MissingInput(f"no such file or folder: {p}")
        for f in found:
            if f.suffix.lower() in CORPUS_SUFFIXES:
                for doc in read_corpus(f, map_name=map_name, overrides=overrides):
                    yield Item(origin=doc.origin, doc=doc)
            else:
                yield Item(origin=str(f), path=f)


def count_items(inputs: Iterable[str]) -> int | None:
    """Cheap size estimate for the progress bar (JSONL lines, CSV rows, files)."""
    import csv

    total = 0
    for raw in inputs:
        p = Path(raw)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            suffix = f.suffix.lower()
            if not f.is_file():
                continue
            if suffix in (".jsonl", ".ndjson"):
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif suffix == ".csv":
                csv.field_size_limit(1 << 26)
                with f.open(encoding="utf-8-sig", newline="") as fh:
                    total += max(0, sum(1 for _ in csv.reader(fh)) - 1)
            elif suffix in FILE_SUFFIXES:
                total += 1
    return total


def analyze_item(item: Item, *, source: str | None = None) -> Article:
    """Analyse one item; raises `WartaError` (incl. `Reject`) for unusable input."""
    from ..analysis import analyze, analyze_file

    if item.path is not None:
        return analyze_file(item.path, source=source)
    doc = item.doc
    assert doc is not None
    if doc.error:
        raise BadRecord(f"{doc.origin}: {doc.error}")
    return analyze(doc.text, url=doc.url, published=doc.published,
                   source=doc.source or source, title=doc.title)


class BadRecord(WartaError):
    exit_code = 1
    reason = "bad_record"


def ingest(items: Iterable[Item], store: SQLStore, *, batch: int = 25,
           analyse: Callable[[Item], Article] = analyze_item,
           on_article: Callable[[Item, str], None] | None = None,
           on_reject: Callable[[Item, WartaError], None] | None = None) -> IngestSummary:
    """Analyse and store; `on_article(item, status)` ticks a progress bar."""
    summary = IngestSummary()
    pending: list[tuple[Item, Article]] = []

    def flush() -> None:
        t0 = time.perf_counter()
        statuses = store.put_many([a for _, a in pending])
        summary.store_s += time.perf_counter() - t0
        for (item, article), status in zip(pending, statuses, strict=True):
            summary.ids.append(article.id)
            if status == "stored":
                summary.stored += 1
            elif status == "updated":
                summary.updated += 1
            else:
                summary.duplicate += 1
            if on_article:
                on_article(item, status)
        pending.clear()

    for item in items:
        t0 = time.perf_counter()
        try:
            article = analyse(item)
        except WartaError as err:
            summary.analyse_s += time.perf_counter() - t0
            summary.rejected[err.reason] += 1
            summary.examples.setdefault(err.reason, f"{item.origin}: {err}"[:200])
            if on_reject:
                on_reject(item, err)
            continue
        summary.analyse_s += time.perf_counter() - t0
        pending.append((item, article))
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    t0 = time.perf_counter()
    flush_index = getattr(store, "flush", None)
    if flush_index is not None:
        flush_index()
    summary.store_s += time.perf_counter() - t0
    return summary

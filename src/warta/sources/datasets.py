"""The shared news corpora (IndoSum, Detik-1k), read one way for training, evaluation and
benchmarks: raw records where labels are needed, `RawDoc`s where only articles are.

Callers pass the folder or file (each has its own idea of where `shared/` is). IndoSum's
dev folds overlap, so records are deduplicated by `id`, first one kept. Its text comes in
two forms: `spaced_text` (tokens joined by spaces, the form the summary task and the
evaluation figures are fixed on) and detokenised (`corpus.text_of`, what `warta ingest`
stores through the `indosum` preset).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from .corpus import MAPS, parse_date, read_corpus
from .raw import RawDoc

INDOSUM_DEV = "dev.0[1-5].jsonl"  # the five dev folds shipped in shared/data/news/indosum


def indosum_records(folder: Path, *, pattern: str = INDOSUM_DEV,
                    dedupe: bool = True) -> Iterator[dict[str, Any]]:
    """IndoSum JSON records of the files matching `pattern`, in file order."""
    for _, rec in _indosum(folder, pattern, dedupe):
        yield rec


def _indosum(folder: Path, pattern: str, dedupe: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    files = sorted(folder.glob(pattern))
    if not files:
        raise FileNotFoundError(f"no IndoSum {pattern} under {folder}: clone warta beside "
                                "shared/ or set WARTA_SHARED")
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                rec = json.loads(line)
                if dedupe:
                    if rec["id"] in seen:
                        continue
                    seen.add(rec["id"])
                yield f"{path}:{n}", rec


def spaced_text(rec: dict[str, Any]) -> str:
    """Article text as the IndoSum task fixes it: tokens joined by spaces, sentences by " ",
    paragraphs by newlines."""
    return "\n".join(" ".join(" ".join(s) for s in para) for para in rec["paragraphs"])


def indosum_docs(folder: Path, *, limit: int | None = None,
                 pattern: str = INDOSUM_DEV) -> Iterator[RawDoc]:
    """IndoSum articles as raw documents (spaced text, url, source, date from the id)."""
    fmap = MAPS["indosum"]
    for i, (origin, rec) in enumerate(_indosum(folder, pattern, True)):
        if limit is not None and i >= limit:
            return
        try:
            published = parse_date(rec["id"], fmap.date_format)
        except ValueError:  # an id that does not start with a Unix time
            published = None
        yield RawDoc(origin=origin, text=spaced_text(rec), url=rec.get("source_url"),
                     source=rec.get("source"), external_id=rec["id"], published=published)


def detik_rows(path: Path) -> list[dict[str, str]]:
    """Detik-1k CSV rows as read (columns id, judul, tautan, tanggal, isi_berita, ...)."""
    csv.field_size_limit(1 << 24)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def detik_published(row: dict[str, str]) -> datetime | None:
    """A Detik-1k row's publication date by the `detik` preset's format; None when the
    row has none or an unreadable one."""
    try:
        return parse_date(row.get("tanggal"), MAPS["detik"].date_format)
    except ValueError:
        return None


def detik_docs(path: Path, *, limit: int | None = None) -> Iterator[RawDoc]:
    """Detik-1k articles as raw documents through the `detik` preset."""
    for i, doc in enumerate(read_corpus(path, map_name="detik")):
        if limit is not None and i >= limit:
            return
        if isinstance(doc, RawDoc):
            yield doc

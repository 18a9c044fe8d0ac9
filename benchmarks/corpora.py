"""Load the shared news corpora as plain article texts for benchmarks (not shipped).

A thin layer over `warta.sources.datasets`, the one reader of IndoSum and Detik-1k.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from warta.sources.datasets import detik_docs, indosum_docs
from warta.sources.raw import RawDoc

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "data" / "news"
INDOSUM = NEWS / "indosum"
DETIK = NEWS / "detik-1k" / "data_berita.csv"


def indosum(limit: int | None = None) -> Iterator[RawDoc]:
    """IndoSum dev articles (deduplicated by id): tokens joined by spaces, one paragraph a
    line, with url, source and the date at the start of the id."""
    return indosum_docs(INDOSUM, limit=limit)


def detik(limit: int | None = None) -> Iterator[RawDoc]:
    return detik_docs(DETIK, limit=limit)


def indosum_texts(limit: int | None = None) -> Iterator[str]:
    return (d.text or "" for d in indosum(limit))


def detik_texts(limit: int | None = None) -> Iterator[str]:
    return (d.text or "" for d in detik(limit))

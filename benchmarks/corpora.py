"""Load the shared news corpora as plain article texts for benchmarks (not shipped)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "data" / "news"


def indosum_texts(limit: int | None = None) -> Iterator[str]:
    """IndoSum dev articles (deduplicated by id): tokens joined by spaces, one paragraph a line."""
    seen: set[str] = set()
    for path in sorted((NEWS / "indosum").glob("dev.*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in seen:
                    continue
                seen.add(rec["id"])
                yield "\n".join(" ".join(" ".join(s) for s in para) for para in rec["paragraphs"])
                if limit is not None and len(seen) >= limit:
                    return


def detik_texts(limit: int | None = None) -> Iterator[str]:
    csv.field_size_limit(1 << 24)
    with (NEWS / "detik-1k" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if limit is not None and i >= limit:
                return
            yield row["isi_berita"]

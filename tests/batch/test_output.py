"""A batch folder holds per-article analysis only (its `duplicate_of` and `story` columns
are empty); `warta ingest DIR` runs the corpus steps as it loads, in input order, so the
store equals a plain ingest of the same inputs: same duplicate groups, registry, stories."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warta.batch.output import Manifest, claim, read_output, write_partition
from warta.batch.pool import outcome
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc
from warta.store import SQLStore, open_store
from warta.store.ingest import ingest

pytestmark = pytest.mark.shared

CORPUS = ("SELECT id, external_id, duplicate_of FROM articles",
          "SELECT article_id, story_id, day, tone, vector FROM story_articles",
          "SELECT * FROM stories", "SELECT * FROM story_df",
          "SELECT article_id, local_id, key, auto, rid, how FROM registry_links",
          "SELECT * FROM registry_entities", "SELECT * FROM registry_parts",
          "SELECT article_id, n FROM minhashes")


def _corpus(store: SQLStore) -> list[list[tuple[object, ...]]]:
    return [sorted(store._x(q), key=repr) for q in CORPUS]


def test_ingest_of_batch_output_equals_plain_ingest(shared_data: Path, tmp_path: Path) -> None:
    # Detik articles about one minister: re-scraped copies, follow-ups, short names.
    docs = [d for d in read_corpus(shared_data / "news/detik-1k/data_berita.csv")
            if isinstance(d, RawDoc) and d.text and "Purbaya" in (d.title or "")][:12]
    out = tmp_path / "out"
    claim(out, Manifest(inputs=["test"], partition_size=5, options={}))
    for n in range(0, len(docs), 5):  # as batch workers write them
        write_partition(out, n // 5, [outcome(d) for d in docs[n:n + 5]])
    rows = pq.read_table(out / "records" / "part-000000.parquet").to_pylist()
    assert rows and all(r["story"] is None and r["duplicate_of"] is None for r in rows)

    stores = [open_store(tmp_path / "plain"), open_store(tmp_path / "batch")]
    try:
        ingest(iter(docs), stores[0])  # analyses here
        ingest(read_output(out), stores[1])  # analysed by the batch run
        plain, batch = (_corpus(s) for s in stores)
        assert plain == batch
        assert any(r[2] for r in plain[0])  # the inputs hold copies ...
        assert any(int(r[5]) > 1 for r in plain[2])  # ... and stories of several articles
    finally:
        for s in stores:
            s.close()

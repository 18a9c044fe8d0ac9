"""The first duplicate case: the Detik file holds 82 URLs scraped two to four times each
(identical texts under different `id`s), and regional republications of detikFinance items.
Texts only (no analysis): grouping reads nothing else."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from warta.record import Article, make_id
from warta.sources.corpus import read_corpus
from warta.sources.raw import RawDoc
from warta.store import open_store

pytestmark = pytest.mark.shared


def test_detik_rescrapes_are_kept_and_grouped(shared_data: Path, tmp_path: Path) -> None:
    docs = [d for d in read_corpus(shared_data / "news" / "detik-1k" / "data_berita.csv")
            if isinstance(d, RawDoc) and d.text]
    store = open_store(tmp_path / "db")
    for i in range(0, len(docs), 100):
        chunk = docs[i:i + 100]  # as ingest hands them over, less the analysis
        store.put_many([Article(id=make_id(d.text or "", d.url), text=d.text or "", url=d.url,
                                title=d.title) for d in chunk], [d.external_id for d in chunk])
    rows = docs
    assert store.count() == len(rows) == 1000  # every input row kept
    by_url: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for aid, url, dup in store._x("SELECT id, url, duplicate_of FROM articles"):
        by_url[url].append((aid, dup))
    rescraped = {u: m for u, m in by_url.items() if len(m) > 1}
    assert len(rescraped) == 82
    for members in rescraped.values():  # one group each (its root may be an earlier item)
        assert len({dup or aid for aid, dup in members}) == 1
    # Regional sites re-running detikFinance items: detikSumbagsel (id 50) of id 54,
    # detikJogja (110) of 114, detikKalimantan (625) of 624.
    ext = {str(e): (aid, dup) for aid, e, dup in
           store._x("SELECT id, external_id, duplicate_of FROM articles")}
    groups = {k: dup or aid for k, (aid, dup) in ext.items()}
    assert groups["50"] == groups["54"] and groups["110"] == groups["114"]
    assert groups["625"] == groups["624"]
    store.close()

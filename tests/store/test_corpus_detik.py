"""The first duplicate case: the Detik file holds 82 URLs scraped two to four times each
(identical texts under different `id`s), and regional republications of detikFinance items.
Texts only (no analysis): grouping reads nothing else."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from warta.record import Article, make_id
from warta.store import open_store

pytestmark = pytest.mark.shared


def test_detik_rescrapes_are_kept_and_grouped(shared_data: Path, tmp_path: Path) -> None:
    csv.field_size_limit(1 << 26)
    with (shared_data / "news" / "detik-1k" / "data_berita.csv").open(
            encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    store = open_store(tmp_path / "db")
    for i in range(0, len(rows), 100):
        chunk = rows[i:i + 100]
        store.put_many([Article(id=make_id(r["isi_berita"], r["tautan"]), text=r["isi_berita"],
                                url=r["tautan"], title=r["judul"]) for r in chunk],
                       [r["id"] for r in chunk])
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

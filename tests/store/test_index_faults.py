"""Fault tests for the search index (issue 18): SQLite is the store of record, so every way
of damaging or losing the tantivy folder ends in a rebuild, never in a traceback or in
silently empty results; and a process refused the index writer never claims to have indexed.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta.api import Settings, create_app
from warta.cli import main
from warta.store import SearchQuery, StoreBusy, open_store
from warta.store.samples import zelenskyy_article
from warta.store.sqlite import SQLiteStore

N = 12  # near-copies of one article: searches ask for every copy (copies=True)


def _fill(db: Path, n: int = N, start: int = 0) -> None:
    s = open_store(db)
    s.put_many([zelenskyy_article(day=1 + i % 28, extra=f" Nomor {i}.")
                for i in range(start, start + n)])
    s.close()


def _delete_folder(index: Path) -> None:
    # Moved away first: an open reader's file watcher may recreate a lock file while
    # rmtree walks the folder.
    gone = index.with_name("index-deleted")
    index.rename(gone)
    shutil.rmtree(gone, ignore_errors=True)


def _first(index: Path, suffix: str) -> Path:
    return sorted(index.glob(f"*{suffix}"))[0]


DAMAGE: dict[str, Callable[[Path], None]] = {
    "idx deleted": lambda ix: _first(ix, ".idx").unlink(),
    "term truncated": lambda ix: _first(ix, ".term").write_bytes(b"\0" * 10),
    "meta.json garbage": lambda ix: (ix / "meta.json").write_text("garbage"),
    "meta.json deleted": lambda ix: (ix / "meta.json").unlink(),
    "folder deleted": lambda ix: _delete_folder(ix),
}


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    db = tmp_path / "db"
    _fill(db)
    DAMAGE[request.param](db / "index")
    return db


def _hits(db: Path, text: str = "korea") -> int:
    s = open_store(db)
    try:
        return s.search(SearchQuery(text=text, facets=False, copies=True)).total
    finally:
        s.close()


def test_search_rebuilds_a_damaged_index(damaged: Path, capsys: pytest.CaptureFixture[str],
                                         caplog: pytest.LogCaptureFixture) -> None:
    assert main(["search", "korea", "--db", str(damaged), "--format", "json", "--all-copies",
                 "--no-facets"]) == 0
    assert f'"total": {N}' in capsys.readouterr().out
    assert "rebuilding it from SQLite" in caplog.text
    assert _hits(damaged) == N


def test_reindex_repairs_a_damaged_index(damaged: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reindex", "--db", str(damaged)]) == 0
    assert f"reindexed {N} articles" in capsys.readouterr().err
    assert _hits(damaged) == N


def test_ingest_into_a_damaged_index_indexes_old_articles_too(damaged: Path) -> None:
    _fill(damaged, n=3, start=100)
    assert _hits(damaged) == N + 3


def test_browsing_needs_no_index(damaged: Path) -> None:
    store = open_store(damaged)
    client = TestClient(create_app(Settings(), store=store))
    r = client.get("/articles")
    assert r.status_code == 200 and r.json()["total"] == N
    assert client.get("/entities").status_code == 200
    assert client.get("/search", params={"q": "korea", "copies": True}).json()["total"] == N
    store.close()


def test_search_catches_up_after_a_killed_ingest(tmp_path: Path) -> None:
    db = tmp_path / "db"
    _fill(db)
    s = open_store(db)
    assert isinstance(s, SQLiteStore)
    s.put_many([zelenskyy_article(day=3, extra=" Terlambat.")])
    s.conn.close()  # killed: SQLite committed, the index never was
    s._index._writer = None  # type: ignore[union-attr]
    assert _hits(db, "terlambat") == 1


def test_refused_writer_records_nothing(tmp_path: Path) -> None:
    """The issue-18 race: a serve process refused the writer must not advance index_rev,
    or the articles the running ingest had not committed to the index are lost to search."""
    db = tmp_path / "db"
    _fill(db)
    ingest = SQLiteStore(db, index_every=1000)
    ingest.put_many([zelenskyy_article(day=5, extra=f" Kiriman {i}.") for i in range(4)])
    before = ingest.get_meta("index_rev")

    server = open_store(db)
    with pytest.raises(StoreBusy):
        server.put_many([zelenskyy_article(day=6, extra=" Dari API.")])
    server.release_writer()
    assert server.get_meta("index_rev") == before
    server.close()

    ingest.conn.close()  # the CLI ingest is killed before its index commit
    ingest._index._writer = None  # type: ignore[union-attr]
    _fill(db)  # a full re-ingest: every article is a duplicate
    assert _hits(db, '"kiriman"') == 4  # quoted: exact (a bare word also finds mengirim)


@pytest.mark.parametrize("name", ["folder deleted", "idx deleted", "meta.json garbage"])
def test_a_long_running_reader_recovers(tmp_path: Path, name: str) -> None:
    db = tmp_path / "db"
    _fill(db)
    server = open_store(db)
    assert server.search(SearchQuery(text="korea", facets=False, copies=True)).total == N
    DAMAGE[name](db / "index")
    time.sleep(0.01)
    server.index._reloaded = 0.0  # type: ignore[attr-defined]  # skip the 5 s reload wait
    assert server.search(SearchQuery(text="korea", facets=False, copies=True)).total == N
    server.close()

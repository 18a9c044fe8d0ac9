"""Killing an ingest with SIGKILL leaves whole articles or nothing; readers keep working."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from warta.record import Article
from warta.store import SearchQuery, open_store
from warta.store.sqlite import DB_FILE, SQLiteStore

BATCH = 20

WRITER = """
import sys
from warta.store import open_store
from warta.sources.raw import RawDoc
from warta.store.ingest import ingest
from warta.store.samples import zelenskyy_article

store = open_store(sys.argv[1])
items = (RawDoc(origin=str(i), text="") for i in range(1_000_000))
ingest(items, store, batch=int(sys.argv[2]),
       analyse=lambda it: zelenskyy_article(day=1 + int(it.origin) % 28,
                                            extra=f" Nomor {it.origin}."))
"""


def _count(db: Path) -> int:
    if not (db / DB_FILE).exists():
        return 0
    conn = sqlite3.connect(db / DB_FILE, timeout=30)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        conn.close()


def test_sigkill_mid_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(BATCH)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[int] = []
    searched: list[int] = []
    reader: SQLiteStore | None = None
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not seen or seen[-1] < 10 * BATCH):
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            seen.append(_count(db))
            if seen[-1] and reader is None:
                opened = open_store(db)  # a reader while the ingest runs
                assert isinstance(opened, SQLiteStore)
                reader = opened
            if reader is not None:
                searched.append(reader.search(SearchQuery(text="korea", facets=False)).total)
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if reader is not None:
            reader.close()
    assert seen[-1] >= 10 * BATCH, f"ingest too slow to test: {seen[-5:]}"
    assert seen == sorted(seen) and searched, "readers saw the store while it grew"

    conn = sqlite3.connect(db / DB_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    count = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    assert count % BATCH == 0, "a batch was half-written"
    # Every stored article has exactly the child rows its record implies.
    for article_id, record in conn.execute("SELECT id, record FROM articles"):
        a = Article.from_dict(json.loads(record))
        n_mentions = conn.execute("SELECT COUNT(*) FROM mentions WHERE article_id = ?",
                                  (article_id,)).fetchone()[0]
        n_quotes = conn.execute("SELECT COUNT(*) FROM quotes WHERE article_id = ?",
                                (article_id,)).fetchone()[0]
        n_events = conn.execute("SELECT COUNT(*) FROM events WHERE article_id = ?",
                                (article_id,)).fetchone()[0]
        assert (n_mentions, n_quotes, n_events) == (
            sum(len(e.mentions) for e in a.entities), len(a.quotes), len(a.events))
    orphans = conn.execute("SELECT COUNT(*) FROM mentions WHERE article_id NOT IN "
                           "(SELECT id FROM articles)").fetchone()[0]
    assert orphans == 0
    conn.close()

    store = open_store(db)  # a writer catches the index up with SQLite
    assert isinstance(store, SQLiteStore)
    store.sync_index()
    assert store.index_lag() == 0
    assert store.search(SearchQuery(text="korea utara", facets=False, copies=True)).total \
        == count
    store.close()

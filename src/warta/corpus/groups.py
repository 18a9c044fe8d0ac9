"""Duplicate groups kept in the store: MinHash signatures and LSH band keys as rows.

Tables (both stores): `minhashes (article_id, sig, n)` (n: shingle count) and
`minhash_bands (key, article_id)` with an index on `key` only (an update finds an
article's rows by the keys of its stored signature); `articles.duplicate_of` names
the group's first-stored article. A new article's candidates are the articles sharing a
band key (one indexed lookup per band, so the cost grows with the number of matches, not
the store size); each is verified with the MinHash Jaccard estimate, or the containment it
gives with the shingle counts. Runs inside the store's write transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from ..store.pgarray import ints
from . import dedup

MAX_CANDIDATES = 200  # a boilerplate-only text could share keys with thousands: cap it


class Store(Protocol):
    dialect: str

    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def _insert(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


def forget(store: Store, article_id: str) -> None:
    """Drop an article's signature and band rows (before it is grouped again on update).
    Its band rows are found by their keys, recomputed from the stored signature: an index
    on `minhash_bands.article_id` would cost every insert for the rare re-ingest."""
    found = store._x("SELECT sig FROM minhashes WHERE article_id = ?", (article_id,))
    if found:
        keys = sorted(set(dedup.band_keys(dedup.from_bytes(bytes(found[0][0])))))
        delete_keyed(store, "minhash_bands", "key", keys, "article_id = ?", [article_id])
    store._x("DELETE FROM minhashes WHERE article_id = ?", (article_id,))


def delete_keyed(store: Store, table: str, column: str, keys: Sequence[int], where: str,
                 params: Sequence[Any]) -> None:
    """DELETE FROM table WHERE column IN keys AND where: an indexed probe per key."""
    if not keys:
        return
    if store.dialect == "postgres":  # one array parameter: one prepared statement
        store._x(f"DELETE FROM {table} WHERE {column} = ANY(CAST(? AS bigint[])) AND {where}",
                 [ints(keys), *params])
        return
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        store._x(f"DELETE FROM {table} WHERE {column} IN ({marks}) AND {where}",
                 [*chunk, *params])


# Earlier rows only, so a rebuild in write order gives what ingest gave.
SAME_TEXT = ("SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND id <> ? "
             "AND rev < (SELECT rev FROM articles WHERE id = ?) ORDER BY rev LIMIT 1")


def assign(store: Store, article_id: str, text: str, content_hash: str,
           sketch: Callable[[str], Any] = dedup.sketch, *, new: bool = False) -> str | None:
    """Record the article's signature and return (and store) its `duplicate_of`; `new`: the
    article was just inserted, so it has no rows to forget."""
    if not new:
        forget(store, article_id)
    root: str | None = None
    found = sketch(text)
    if found is None:
        same = store._x(SAME_TEXT, (content_hash, article_id, article_id))
        if same:
            root = same[0][1] or same[0][0]
    else:
        sig, n = found
        keys = sorted(set(dedup.band_keys(sig)))
        blob = dedup.to_bytes(sig)
        if store.dialect == "postgres":
            # The article's rows go in with the lookup, in one statement (one round trip,
            # one prepared plan); the lookup reads the rows from before it, less its own.
            write = ("WITH m AS (INSERT INTO minhashes (article_id, sig, n) VALUES (?, ?, ?)), "
                     "b AS (INSERT INTO minhash_bands (key, article_id) "
                     "SELECT unnest(CAST(? AS bigint[])), ?) ",
                     [article_id, blob, n, ints(keys), article_id])
            root = _root(store, article_id, content_hash, sig, n, keys, write)
        else:
            root = _root(store, article_id, content_hash, sig, n, keys)
            store._x("INSERT INTO minhashes (article_id, sig, n) VALUES (?, ?, ?)",
                     (article_id, blob, n))
            store._insert("INSERT INTO minhash_bands (key, article_id) VALUES (?, ?)",
                          [(k, article_id) for k in keys])
    if root is not None or not new:
        store._x("UPDATE articles SET duplicate_of = ? WHERE id = ?", (root, article_id))
    return root


def _root(store: Store, article_id: str, content_hash: str, sig: Any, n: int,
          keys: list[int], write: tuple[str, list[Any]] = ("", [])) -> str | None:
    """The group an article joins: an earlier article with the same text, else the nearest
    near-duplicate. Both looked up in one statement (a server store's round trip each),
    after `write` (a WITH clause of writes, and its parameters)."""
    marks = ", ".join("?" for _ in keys)
    rows = store._x(
        f"{write[0]}SELECT 0, x.id, x.duplicate_of, NULL, NULL FROM ({SAME_TEXT}) x UNION ALL "
        "SELECT 1, m.article_id, a.duplicate_of, m.sig, m.n FROM minhashes m "
        "JOIN articles a ON a.id = m.article_id WHERE m.article_id IN ("
        f"SELECT DISTINCT article_id FROM minhash_bands WHERE key IN ({marks}) "
        f"AND article_id <> ? LIMIT {MAX_CANDIDATES})",
        (*write[1], content_hash, article_id, article_id, *keys, article_id))
    for same, other, dup_of, _blob, _n in rows:
        if same == 0:
            return str(dup_of or other)
    best: tuple[float, str, str] | None = None  # (similarity, candidate, its group's root)
    for _same, other, dup_of, blob, n_other in rows:
        j = dedup.jaccard(sig, dedup.from_bytes(bytes(blob)))
        if dedup.is_duplicate(j, n, int(n_other)) and (best is None or (j, other) > best[:2]):
            best = (j, other, dup_of or other)
    return best[2] if best else None


def rebuild(store: Any, batch: int = 500) -> int:
    """Recompute every group from the texts, in write order (`warta dedup --rebuild`)."""
    with store._tx():
        store._x("DELETE FROM minhash_bands")
        store._x("DELETE FROM minhashes")
        store._x("UPDATE articles SET duplicate_of = NULL")
    n, rev = 0, 0
    while True:
        rows = store._x("SELECT rev, id, text, content_hash FROM articles WHERE rev > ? "
                        "ORDER BY rev LIMIT ?", (rev, batch))
        if not rows:
            return n
        with store._tx():
            for _rev, article_id, text, chash in rows:
                assign(store, article_id, text, chash, new=True)
                n += 1
        rev = int(rows[-1][0])

"""Duplicate groups kept in the store: MinHash signatures and LSH band keys as rows.

Tables (both stores): `minhashes (article_id, sig, n)` (n: shingle count) and
`minhash_bands (key, article_id)` with an index on `key`; `articles.duplicate_of` names
the group's first-stored article. A new article's candidates are the articles sharing a
band key (one indexed lookup per band, so the cost grows with the number of matches, not
the store size); each is verified with the MinHash Jaccard estimate, or the containment it
gives with the shingle counts. Runs inside the store's write transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from . import dedup

MAX_CANDIDATES = 200  # a boilerplate-only text could share keys with thousands: cap it


class Store(Protocol):
    def _x(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...


def forget(store: Store, article_id: str) -> None:
    store._x("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
    store._x("DELETE FROM minhashes WHERE article_id = ?", (article_id,))


def assign(store: Store, article_id: str, text: str, content_hash: str,
           sketch: Callable[[str], Any] = dedup.sketch, *, new: bool = False) -> str | None:
    """Record the article's signature and return (and store) its `duplicate_of`; `new`: the
    article was just inserted, so it has no rows to forget."""
    if not new:
        forget(store, article_id)
    root: str | None = None
    # Earlier rows only, so a rebuild in write order gives what ingest gave.
    same = store._x("SELECT id, duplicate_of FROM articles WHERE content_hash = ? AND id <> ? "
                    "AND rev < (SELECT rev FROM articles WHERE id = ?) ORDER BY rev LIMIT 1",
                    (content_hash, article_id, article_id))
    if same:
        root = same[0][1] or same[0][0]
    found = sketch(text)
    if found is not None:
        sig, n = found
        keys = dedup.band_keys(sig)
        if root is None:
            root = _nearest(store, article_id, sig, n, keys)
        store._x("INSERT INTO minhashes (article_id, sig, n) VALUES (?, ?, ?)",
                 (article_id, dedup.to_bytes(sig), n))
        store._many("INSERT INTO minhash_bands (key, article_id) VALUES (?, ?)",
                    [(k, article_id) for k in sorted(set(keys))])
    if root is not None or not new:
        store._x("UPDATE articles SET duplicate_of = ? WHERE id = ?", (root, article_id))
    return root


def _nearest(store: Store, article_id: str, sig: Any, n: int, keys: list[int]) -> str | None:
    marks = ", ".join("?" for _ in keys)
    rows = store._x(
        "SELECT m.article_id, m.sig, m.n, a.duplicate_of FROM minhashes m "
        "JOIN articles a ON a.id = m.article_id WHERE m.article_id IN ("
        f"SELECT DISTINCT article_id FROM minhash_bands WHERE key IN ({marks}) "
        f"AND article_id <> ? LIMIT {MAX_CANDIDATES})", (*keys, article_id))
    best: tuple[float, str, str] | None = None  # (similarity, candidate, its group's root)
    for other, blob, n_other, dup_of in rows:
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

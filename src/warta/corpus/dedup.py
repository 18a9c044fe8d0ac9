"""Near-duplicate detection: word shingles -> MinHash -> LSH band keys (pure functions).

datasketch does the MinHash (`MinHash.update_batch`, `LeanMinHash`) and picks the band
layout (`MinHashLSH`'s optimal bands x rows for a threshold). Its LSH index lives in
memory or Redis/Cassandra; warta needs it inside the store's own transaction, so the band
keys are rows of an indexed SQL table (see `warta.corpus.groups`), and candidates found
there are verified with the MinHash Jaccard estimate.

Shingle size and threshold were chosen on hand-labelled pairs (eval/dedup_eval.py,
eval/dedup/README.md).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from ..record import fold

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
SHINGLE = 3  # words per shingle
THRESHOLD = 0.6  # estimated Jaccard of shingle sets from which two texts are copies
# ... or: the estimated share of the shorter text's shingles found in the longer one
# (a cut-down republication, a story run with extra paragraphs).
CONTAINMENT = 0.85
LSH_THRESHOLD = 0.4  # band layout tuned a little below THRESHOLD, so few true pairs are missed

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Params:
    shingle: int = SHINGLE
    threshold: float = THRESHOLD
    lsh_threshold: float = LSH_THRESHOLD


def words(text: str) -> list[str]:
    """Case- and accent-folded word tokens (punctuation and spacing do not count)."""
    # Plain ASCII (most texts) has no accents to fold: lower-casing is folding there.
    return _WORD.findall(text.lower() if text.isascii() else fold(text))


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of k-word shingles; a text shorter than k words is one shingle."""
    ws = words(text)
    if not ws:
        return set()
    if len(ws) < k:
        return {" ".join(ws).encode("utf-8")}
    if k == 3:  # the default, written out: a third of the time of the slices below
        return {f"{a} {b} {c}".encode() for a, b, c in zip(ws, ws[1:], ws[2:], strict=False)}
    return {" ".join(ws[i:i + k]).encode("utf-8") for i in range(len(ws) - k + 1)}


def sketch(text: str, k: int = SHINGLE) -> tuple[LeanMinHash, int] | None:
    """MinHash of the text's shingles and how many there are; None for a text with no
    words."""
    sh = shingles(text, k)
    if not sh:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    m.update_batch(list(sh))
    return LeanMinHash(m), len(sh)


def signature(text: str, k: int = SHINGLE) -> LeanMinHash | None:
    found = sketch(text, k)
    return found[0] if found else None


def containment(j: float, n_a: int, n_b: int) -> float:
    """Share of the smaller shingle set inside the larger, from the Jaccard estimate and
    the set sizes: |A & B| = j (|A| + |B|) / (1 + j)."""
    return min(1.0, j * (n_a + n_b) / ((1 + j) * max(1, min(n_a, n_b))))


def is_duplicate(j: float, n_a: int, n_b: int) -> bool:
    """The decision: Jaccard estimate over THRESHOLD, or containment over CONTAINMENT."""
    return j >= THRESHOLD or containment(j, n_a, n_b) >= CONTAINMENT


@cache
def _permutations() -> Any:
    """The seed's permutations, made once: datasketch draws them anew for every MinHash."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def to_bytes(sig: LeanMinHash) -> bytes:
    """Compact form for the store: the hash values as little-endian uint32 (affine32)."""
    return np.asarray(sig.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    values = np.frombuffer(data, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def jaccard(a: LeanMinHash, b: LeanMinHash) -> float:
    return float(a.jaccard(b))


@cache
def bands(lsh_threshold: float = LSH_THRESHOLD) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for the threshold."""
    lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


def band_keys(sig: LeanMinHash, lsh_threshold: float = LSH_THRESHOLD) -> list[int]:
    """One signed 64-bit key per band; the band number is hashed in, so one indexed
    column serves every band."""
    b, r = bands(lsh_threshold)
    raw = np.asarray(sig.hashvalues, dtype="<u4").tobytes()  # sliced as bytes: no arrays
    width = 4 * r
    return [int.from_bytes(hashlib.blake2b(raw[i * width:(i + 1) * width], digest_size=8,
                                           person=_PERSON[i]).digest(), "little", signed=True)
            for i in range(b)]


_PERSON = [i.to_bytes(2, "little") for i in range(1 << 8)]  # a band's number, per band

"""Files warta can rebuild, kept under its cache folder (`tokens.cache_dir`): each written
whole (a temporary name renamed into place) behind a checksum of its body, so a reader
gets the bytes written or None (missing, cut short, damaged), never half a file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def read_checked(path: Path) -> bytes | None:
    """The body `write_checked` wrote at `path`; None when it is not there or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return checked_body(data)


def checked_body(data: bytes) -> bytes | None:
    """The body of a file's bytes as `write_checked` wrote them; None when the checksum
    before it differs (a file cut short or damaged)."""
    body = data[32:]
    return body if hashlib.sha256(body).digest() == data[:32] else None


def write_checked(path: Path, body: bytes, keep: int, pattern: str) -> None:
    """`body` written at `path` behind its checksum, then the files of `path`'s folder
    matching `pattern` beyond the `keep` newest removed. A folder that cannot be written
    is skipped (the next process builds the file again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(body).digest() + body)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path, keep, pattern)
    except OSError:
        pass


def _prune(path: Path, keep: int, pattern: str) -> None:
    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in path.parent.glob(pattern) if p != path), key=mtime,
                    reverse=True)
    for old in others[max(keep - 1, 0):]:
        old.unlink(missing_ok=True)

"""Readers for article files, folders and standard input (bytes, decoded later)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import MissingInput, UnreadableInput
from .raw import MAX_BYTES, RawDoc, read_capped

FILE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml"})
STDIN = "-"


def read_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> RawDoc:
    """One text or HTML file as bytes; `MissingInput`, `UnreadableInput`, `InputTooLarge`."""
    p = Path(path)
    if p.is_dir():
        raise MissingInput(f"{p} is a folder: use `warta analyze FOLDER` from the CLI, "
                           "or read each file")
    try:
        with p.open("rb") as fh:
            data = read_capped(fh, str(p), max_bytes)
    except OSError as e:
        raise os_error(p, e) from None
    return RawDoc(origin=str(p), data=data)


def os_error(path: Path, err: OSError) -> MissingInput | UnreadableInput:
    """The input error for an `OSError` on `path`: missing, or unreadable (permissions,
    a symlink loop, an I/O error), which concerns this input only."""
    if isinstance(err, FileNotFoundError):
        return MissingInput(f"no such file: {path}")
    return UnreadableInput(f"cannot read {path}: {err.strerror or err}: check the file "
                           "and its permissions")


def read_stdin(*, max_bytes: int = MAX_BYTES) -> RawDoc:
    """Standard input as bytes, capped like a file."""
    return RawDoc(origin="standard input",
                  data=read_capped(sys.stdin.buffer, "standard input", max_bytes))


def suffix_of(path: Path) -> str:
    """The lower-case suffix that names a file's kind: ".warc.gz" for gzipped WARC files
    (".gz" alone says nothing), else the last suffix."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def folder_files(folder: Path, suffixes: frozenset[str]) -> list[Path]:
    """Files under `folder` with one of `suffixes`, sorted.

    Broken or looping symlinks are kept so that reading them reports each as a reject
    (silently skipping would hide a lost article); FIFOs and devices are left out because
    opening them can block.
    """
    return sorted(f for f in folder.rglob("*") if suffix_of(f) in suffixes
                  and (f.is_file() or (f.is_symlink() and not f.exists())))

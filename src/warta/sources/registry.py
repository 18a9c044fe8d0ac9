"""Inputs to raw documents: what each command line argument is, and the reader for it.

`expand` turns arguments (paths, folders, URLs, "-") into `Input`s up front, cheaply and
without reading them, so a command knows how many inputs it has and a missing path or an
empty folder is a usage error before any work. `read` then yields each input's
`RawDoc`s, or a `Rejected` record when an input (or one record of a corpus) cannot be read;
it never raises for a bad input, so one bad file or line never stops a batch.

A new kind of input (a feed crawler, a WARC or Parquet reader) is one module with a
function `(Input, ReadOptions) -> Iterator[RawDoc | Rejected]`, added to `READERS` and,
when files of that kind are recognised by their suffix, to `SUFFIX_KINDS`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MissingInput, WartaError
from .corpus import read_corpus_safely
from .files import FILE_SUFFIXES, STDIN, folder_files, read_file, read_stdin, suffix_of
from .parquet import count_rows, read_parquet
from .raw import MAX_BYTES, RawDoc, Rejected
from .url import is_url, read_url
from .warc import read_warc


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: its kind (a key of `READERS`) and the path or URL."""

    kind: str
    target: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    map_name: str | None = None  # corpus field map (None: detect from the first record)
    overrides: Mapping[str, str] = field(default_factory=dict)
    allow_private: bool = False  # fetch URLs on private addresses
    max_bytes: int = MAX_BYTES


Reader = Callable[[Input, ReadOptions], Iterator[RawDoc | Rejected]]


def _one(read: Callable[[Input, ReadOptions], RawDoc]) -> Reader:
    """A reader of single documents: its `WartaError` becomes this input's reject."""

    def reader(inp: Input, opts: ReadOptions) -> Iterator[RawDoc | Rejected]:
        try:
            doc = read(inp, opts)
        except WartaError as err:
            yield Rejected.of(inp.target, err)
            return
        yield doc

    return reader


def _corpus(inp: Input, opts: ReadOptions) -> Iterator[RawDoc | Rejected]:
    return read_corpus_safely(Path(inp.target), map_name=opts.map_name,
                              overrides=opts.overrides or None, max_bytes=opts.max_bytes)


def _parquet(inp: Input, opts: ReadOptions) -> Iterator[RawDoc | Rejected]:
    return read_parquet(Path(inp.target), map_name=opts.map_name,
                        overrides=opts.overrides or None, max_bytes=opts.max_bytes)


READERS: dict[str, Reader] = {
    "file": _one(lambda i, o: read_file(i.target, max_bytes=o.max_bytes)),
    "stdin": _one(lambda i, o: read_stdin(max_bytes=o.max_bytes)),
    "url": _one(lambda i, o: read_url(i.target, allow_private=o.allow_private)),
    "jsonl": _corpus,
    "csv": _corpus,
    "parquet": _parquet,
    "warc": lambda i, o: read_warc(Path(i.target), max_bytes=o.max_bytes),
}
SUFFIX_KINDS: dict[str, str] = {**dict.fromkeys(FILE_SUFFIXES, "file"),
                                ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                                ".parquet": "parquet", ".warc": "warc", ".warc.gz": "warc"}
CORPUS_KINDS = frozenset({"jsonl", "csv", "parquet", "warc"})


def expand(items: Iterable[str], *, corpora: bool, urls: bool) -> list[Input]:
    """Arguments to inputs. Folders become their files, sorted (article files, plus corpus
    files when `corpora`); a file given by name is read whatever its suffix (as a corpus
    when `corpora` and its suffix says so). `urls`: http(s) URLs and "-" are accepted.
    Raises `MissingInput` for a folder with nothing to read, and (when not `urls`) for a
    path that does not exist."""
    suffixes = frozenset(s for s, k in SUFFIX_KINDS.items() if corpora or k == "file")
    out: list[Input] = []
    for item in items:
        if urls and item == STDIN:
            out.append(Input("stdin", item))
            continue
        if urls and is_url(item):
            out.append(Input("url", item))
            continue
        p = Path(item)
        if p.is_dir():
            found = folder_files(p, suffixes)
            if not found:
                names = (".txt, .html, .jsonl, .csv, .parquet or .warc[.gz]" if corpora
                         else ".txt or .html")
                raise MissingInput(f"folder {p} holds no {names} files")
            out.extend(Input(_kind(f, corpora), str(f)) for f in found)
        elif not urls and not p.is_file():
            raise MissingInput(f"no such file or folder: {p}")
        else:
            out.append(Input(_kind(p, corpora), item))
    return out


def _kind(path: Path, corpora: bool) -> str:
    kind = SUFFIX_KINDS.get(suffix_of(path), "file")
    return kind if corpora or kind not in CORPUS_KINDS else "file"


def read(inputs: Iterable[Input], opts: ReadOptions | None = None
         ) -> Iterator[RawDoc | Rejected]:
    """Every input's documents, in order; unreadable ones as `Rejected` records."""
    opts = opts or ReadOptions()
    for inp in inputs:
        yield from READERS[inp.kind](inp, opts)


def count_records(inputs: Iterable[Input]) -> int:
    """Cheap size estimate for a progress bar (JSONL lines, CSV rows, one per other input)."""
    total = 0
    for inp in inputs:
        try:
            if inp.kind == "parquet":
                total += count_rows(Path(inp.target))
            elif inp.kind == "jsonl":
                with open(inp.target, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif inp.kind == "csv":
                csv.field_size_limit(MAX_BYTES)
                with open(inp.target, encoding="utf-8-sig", errors="surrogateescape",
                          newline="") as fh:
                    total += max(0, sum(1 for _ in csv.reader(fh)) - 1)
            else:
                total += 1
        except (OSError, csv.Error):  # the reader reports it; an estimate goes on
            total += 1
    return total

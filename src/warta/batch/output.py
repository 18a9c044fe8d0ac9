"""A batch run's output folder: versioned Parquet partitions, written exactly once.

    DIR/_batch.json                 what was run: version, inputs, partition size, options
    DIR/records/part-000042.parquet one row per article of input chunk 42
    DIR/rejects/part-000042.parquet one row per reject of that chunk (origin, reason, message)
    DIR/_done/part-000042.json      written last: the chunk is finished (its counts)

Partition n holds input documents [n*size, (n+1)*size) in the order the source layer reads
them, so a re-run reproduces the same partitions. Each file is written under a temporary
name and renamed into place when complete; the done marker comes last. A run killed at any
point (or a worker killed mid-partition and its task run again elsewhere) leaves finished
partitions whole and nothing else visible; a re-run skips finished partitions and rewrites
the others, so nothing is lost and nothing is duplicated.

Record rows carry the columns of `warta export --format parquet` for articles
(`corpus.export.arrow_schema("articles")`) plus `origin`, `seq` (position in the chunk) and
`record`, the full JSON record, from which `warta ingest DIR` rebuilds each `Article`
exactly. A partition is per-article analysis only: `duplicate_of` and `story` are null,
since duplicate groups, the entity registry and stories depend on every earlier article.
`warta ingest DIR` (`read_output`, in input order) runs those steps as it stores, so the
store equals a plain ingest of the same inputs (tests/batch/test_output.py).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..corpus.export import arrow_schema
from ..errors import ConfigError
from ..record import SCHEMA_VERSION, Article
from ..sources.raw import RawDoc, Rejected

BATCH_VERSION = 1  # bump when the folder layout or a column changes
MANIFEST = "_batch.json"

S = pa.string()
_META = {"warta_batch": str(BATCH_VERSION), "warta_record": str(SCHEMA_VERSION)}
# The article columns of `warta export --format parquet`, from the export itself, so both
# stay one schema (its version rides along as `warta_export`).
_EXPORT = arrow_schema("articles")
RECORD_SCHEMA = pa.schema([*_EXPORT, pa.field("origin", S), pa.field("seq", pa.int64()),
                           pa.field("record", S)],
                          metadata={**(_EXPORT.metadata or {}),
                                    **{k.encode(): v.encode() for k, v in _META.items()}})
REJECT_SCHEMA = pa.schema([("origin", S), ("seq", pa.int64()), ("reason", S),
                           ("message", S)], metadata={**_META, "what": "rejects"})

Outcome = tuple[RawDoc, Article] | Rejected


def part_name(n: int) -> str:
    return f"part-{n:06d}"


def is_batch_dir(path: str | Path) -> bool:
    return (Path(path) / MANIFEST).is_file()


def done(out: Path, n: int) -> bool:
    return (out / "_done" / f"{part_name(n)}.json").is_file()


def _write_atomic(path: Path, write: Any) -> None:
    """`write(tmp_path)`, then rename into place: readers see the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")  # one per attempt
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _row(doc: RawDoc, article: Article, seq: int) -> dict[str, Any]:
    return {"id": article.id, "external_id": doc.external_id, "duplicate_of": None,
            "story": None, "url": article.url, "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "title": article.title, "lang": article.lang, "text": article.text,
            "origin": doc.origin, "seq": seq,
            "record": json.dumps(article.to_dict(), ensure_ascii=False)}


def write_partition(out: Path, n: int, outcomes: Iterable[Outcome]) -> dict[str, int]:
    """Write chunk n's records and rejects, then its done marker; returns the counts."""
    rows: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    for seq, got in enumerate(outcomes):
        if isinstance(got, Rejected):
            rejects.append({"origin": got.origin, "seq": seq, "reason": got.reason,
                            "message": got.message})
        else:
            rows.append(_row(got[0], got[1], seq))
    name = part_name(n)
    for sub, schema, data in (("rejects", REJECT_SCHEMA, rejects),
                              ("records", RECORD_SCHEMA, rows)):
        table = pa.Table.from_pylist(data, schema=schema)
        _write_atomic(out / sub / f"{name}.parquet",
                      lambda tmp, t=table: pq.write_table(t, tmp, compression="zstd"))
    counts = {"records": len(rows), "rejects": len(rejects)}
    _write_atomic(out / "_done" / f"{name}.json",
                  lambda tmp: tmp.write_text(json.dumps(counts), encoding="utf-8"))
    return counts


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    inputs: list[str]
    partition_size: int
    options: dict[str, Any]
    version: int = BATCH_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "inputs": self.inputs,
                "partition_size": self.partition_size, "options": self.options}


def claim(out: Path, manifest: Manifest) -> None:
    """Start or resume a run in `out`: write the manifest, or check it matches (a folder
    holding another run's partitions must not be mixed with this one)."""
    path = out / MANIFEST
    for stale in out.glob("*/.part-*.tmp"):  # left by a writer killed mid-file
        stale.unlink(missing_ok=True)
    if path.is_file():
        found = json.loads(path.read_text(encoding="utf-8"))
        if found != manifest.to_dict():
            raise ConfigError(
                f"{out} holds a batch run of other inputs or settings ({path}): give a new "
                "--out folder, or delete that one to start again")
        return
    out.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, lambda tmp: tmp.write_text(
        json.dumps(manifest.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"))


def finished_parts(out: Path) -> list[int]:
    return sorted(int(p.stem.removeprefix("part-")) for p in (out / "_done").glob("part-*.json"))


def read_output(out: str | Path) -> Iterator[Outcome]:
    """A batch folder's articles and rejects, partition by partition in input order, as
    `store.ingest.ingest` takes them. Unfinished partitions are left out (a running or
    killed run): re-run `warta batch` to finish them."""
    out = Path(out)
    found = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    if found.get("version") != BATCH_VERSION:
        raise ConfigError(f"{out} was written by batch format {found.get('version')}, this "
                          f"warta reads {BATCH_VERSION}: run `warta batch` again")
    for n in finished_parts(out):
        name = part_name(n)
        items: list[tuple[int, Outcome]] = []
        for row in pq.read_table(out / "rejects" / f"{name}.parquet").to_pylist():
            items.append((row["seq"], Rejected(origin=row["origin"], reason=row["reason"],
                                               message=row["message"])))
        for row in pq.read_table(out / "records" / f"{name}.parquet").to_pylist():
            article = Article.from_dict(json.loads(row["record"]))
            doc = RawDoc(origin=row["origin"], text="", external_id=row["external_id"])
            items.append((row["seq"], (doc, article)))
        for _, got in sorted(items, key=lambda x: x[0]):
            yield got


def marker(out: Path, n: int) -> dict[str, int]:
    """A finished partition's counts: {"records": ..., "rejects": ...}."""
    got: dict[str, int] = json.loads(
        (out / "_done" / f"{part_name(n)}.json").read_text(encoding="utf-8"))
    return got


def counts(out: str | Path) -> Iterator[int]:
    """Records plus rejects of each finished partition (for a progress bar's total)."""
    for n in finished_parts(Path(out)):
        c = marker(Path(out), n)
        yield c["records"] + c["rejects"]

"""Parquet corpora: one article a row, columns named by the same field maps as JSONL/CSV
(`corpus.FieldMap`, detected from the column names or given by --preset/--map). Rows are
read a record batch at a time, so a large file streams."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import InputTooLarge, UnreadableInput
from .corpus import MAPS, FieldMap, detect_map, map_record
from .raw import MAX_BYTES, RawDoc, Rejected, cap_text


def read_parquet(path: Path, *, map_name: str | None = None,
                 overrides: Mapping[str, str] | None = None,
                 max_bytes: int = MAX_BYTES) -> Iterator[RawDoc | Rejected]:
    """Each row's `RawDoc` (origin `file.parquet:ROW`, rows from 1), or its reject; a
    file that is not Parquet is one `unreadable` reject."""
    import pyarrow as pa  # here, not at the top: every command imports the registry
    import pyarrow.parquet as pq

    fmap: FieldMap | None = None
    if map_name:
        fmap = MAPS[map_name].with_overrides(overrides) if overrides else MAPS[map_name]
    try:
        pfile = pq.ParquetFile(path)
        if fmap is None:
            fmap = detect_map(set(pfile.schema_arrow.names))
            if overrides:
                fmap = fmap.with_overrides(overrides)
        n = 0
        for batch in pfile.iter_batches(batch_size=256):
            for row in batch.to_pylist():
                n += 1
                origin = f"{path}:{n}"
                size = len(str(row.get(fmap.text) or "").encode("utf-8", "replace"))
                if size > max_bytes:
                    yield Rejected.of(origin, InputTooLarge(
                        f"{origin}: the text is over the {cap_text(max_bytes)} cap for one "
                        "article"))
                    continue
                yield map_record(row, fmap, origin)
    except (OSError, pa.ArrowException) as err:  # not Parquet, truncated, unreadable
        yield Rejected.of(str(path), UnreadableInput(
            f"{path}: cannot read it as Parquet ({err}): check the file, or give the "
            "corpus as .jsonl or .csv"))


def count_rows(path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except (OSError, pa.ArrowException):
        return 1

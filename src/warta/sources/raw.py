"""The source layer's two records: a `RawDoc` to analyse, or a `Rejected` input.

Every reader (files, folders, stdin, URLs, JSONL/CSV corpora; a feed crawler, WARC or
Parquet reader later) yields these and nothing else, so `warta analyze`, `warta ingest`,
the API, benchmarks and evaluations share one way in and one reject record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from ..errors import InputTooLarge, WartaError

# Files and standard input get the same cap as fetched URLs (sources.fetch.MAX_BYTES):
# an article is kilobytes; past this an input is a mistake (a dump, /dev/zero).
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDoc:
    """One input before analysis: text, or bytes still to decode, plus what is known.

    `origin` names it in messages and reject records: a path, a URL, "standard input",
    "corpus.jsonl:12". `external_id` is the input's own id (IndoSum's `id`, a CSV `id`
    column, `--map id=COLUMN`), kept apart from the article id warta derives.
    """

    origin: str
    text: str | None = None
    data: bytes | None = None
    url: str | None = None
    published: datetime | None = None
    title: str | None = None
    source: str | None = None
    external_id: str | None = None

    def __post_init__(self) -> None:
        if (self.text is None) == (self.data is None):
            raise ValueError(f"{self.origin}: a RawDoc holds text or data, exactly one")


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An input dropped before or during analysis, with its reason (data, not a crash)."""

    origin: str
    reason: str
    message: str
    exit_code: int = 1

    @classmethod
    def of(cls, origin: str, err: WartaError) -> Rejected:
        return cls(origin=origin, reason=err.reason, message=str(err), exit_code=err.exit_code)

    def to_dict(self) -> dict[str, Any]:
        """The reject record both commands write: {"input": ..., "rejected": {...}}."""
        return {"input": self.origin, "rejected": {"reason": self.reason,
                                                   "message": self.message}}


def read_capped(fh: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """All of `fh`, or `InputTooLarge` once it passes `max_bytes` (never reads more)."""
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"{name} is over the {cap_text(max_bytes)} cap for one article: "
            "split it, or give a corpus as .jsonl/.csv to `warta ingest`")
    return data


def cap_text(max_bytes: int) -> str:
    """'5 MB' for messages (bytes below a megabyte)."""
    mb = max_bytes / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{max_bytes} bytes"

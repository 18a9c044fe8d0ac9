"""The source layer: inputs (files, folders, stdin, URLs, JSONL/CSV corpora) become
`RawDoc`s or `Rejected` records (`registry`), and a `RawDoc` becomes an unanalysed
`Article` by decoding and HTML extraction (`extract`)."""

from .raw import MAX_BYTES, RawDoc, Rejected

__all__ = ["MAX_BYTES", "RawDoc", "Rejected"]

"""Store errors: each says what to do next."""

from __future__ import annotations

from ..errors import ConfigError, WartaError


class StoreError(WartaError):
    exit_code = 10
    reason = "store_error"


class StoreBusy(StoreError):
    """Another process holds the write side of the store."""

    exit_code = 11
    reason = "store_busy"


class IndexDamaged(StoreError):
    """The search index cannot be read; SQLite, the store of record, is intact."""

    reason = "index_damaged"


class BadQuery(ConfigError):
    """Search syntax the index cannot run."""

    reason = "bad_query"


class BadLocation(ConfigError):
    reason = "bad_store_location"

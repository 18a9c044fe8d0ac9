"""Error tree. `Reject` is a deliberate drop (data, counted); the rest are failures.

Every error carries an `exit_code` so the CLI maps it to a distinct process status,
and a message that says what to do next. `ContractError` (a stage's bug) stands outside
the tree on purpose.
"""

from __future__ import annotations


class WartaError(Exception):
    """Base of every error warta raises on purpose."""

    exit_code = 1
    reason = "error"  # short stable code, used when counting and in reject records


class InputError(WartaError):
    """The input cannot be read as an article."""

    exit_code = 3


class MissingInput(InputError):
    exit_code = 3
    reason = "missing_file"


class EmptyInput(InputError):
    exit_code = 4
    reason = "empty_input"


class BinaryInput(InputError):
    exit_code = 5
    reason = "binary_input"


class UndecodableInput(InputError):
    exit_code = 6
    reason = "undecodable"


class FetchError(InputError):
    """A URL could not be fetched (network, status, size cap, refused address)."""

    exit_code = 9
    reason = "fetch_failed"


class InputTooLarge(InputError):
    """A file or standard input over the size cap (URLs have their own, see FetchError)."""

    exit_code = 12
    reason = "too_large"


class UnreadableInput(InputError):
    """The operating system refused to read an input (permissions, a symlink loop...)."""

    exit_code = 13
    reason = "unreadable"


class BadRecord(InputError):
    """One record of a corpus (a JSONL line, a CSV row) cannot be read; the rest can."""

    exit_code = 1
    reason = "bad_record"


class ConfigError(WartaError):
    """Bad settings or pipeline wiring."""

    exit_code = 2
    reason = "bad_settings"


class ContractError(RuntimeError):
    """A stage wrote an `Article` field it does not declare in `provides`.

    A bug in that stage, not in the input: deliberately no `WartaError`, so the per-article
    handlers (batch analyse, ingest, API) do not count it as a reject and carry on.
    """


class Reject(WartaError):
    """A deliberate drop: the input is valid but not for warta (e.g. not Indonesian).

    `reason` is a short stable code for counting; the message explains it.
    """

    EXIT_CODES = {"no_article": 7, "not_indonesian": 8}

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.exit_code = self.EXIT_CODES.get(reason, 1)

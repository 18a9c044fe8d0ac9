"""`watch`: crawl passes every N seconds until stopped, and the crawler's log formats."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from ...errors import ConfigError, WartaError
from .crawler import Crawler, PassSummary

log = logging.getLogger("warta.crawl")
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$")
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}
# LogRecord attributes that are not a caller's `extra` fields.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


def parse_every(text: str) -> float:
    """'10m' -> 600.0; '90s', '1.5h', '30' (seconds). `ConfigError` for anything else."""
    found = _EVERY.match(text)
    if not found or float(found[1]) <= 0:
        raise ConfigError(f"--every '{text}' is not a duration: give a number with s, m or h "
                          "(e.g. 10m, 90s, 1h)")
    return float(found[1]) * _UNITS[found[2]]


def watch(crawler: Crawler, sources: Sequence[str], *, every: float,
          stop: threading.Event | None = None, passes: int | None = None,
          on_pass: Callable[[PassSummary], None] | None = None) -> int:
    """Run a pass, wait until `every` seconds after it began, repeat; until `stop` is set,
    `passes` passes ran, or Ctrl-C (the caller sees KeyboardInterrupt between two store
    writes: committed articles and crawl state stay). Returns the passes run."""
    stop = stop or threading.Event()
    ran = 0
    while not stop.is_set():
        began = time.monotonic()
        try:
            summary = crawler.run_pass(sources)
        except ConfigError:
            raise
        except WartaError as e:  # the store busy or unreachable: try again next time
            log.error("pass failed, trying again in %g s: %s", every, e,
                      extra={"error": str(e)})
        else:
            ran += 1
            if on_pass:
                on_pass(summary)
            if passes is not None and ran >= passes:
                break
        stop.wait(max(0.0, every - (time.monotonic() - began)))
    return ran


class JsonLines(logging.Formatter):
    """One JSON object a line: time, level, logger, message and the record's extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
               "level": record.levelname.lower(), "logger": record.name,
               "event": record.getMessage()}
        out.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class Plain(logging.Formatter):
    """`time level event key=value ...` for a person reading stderr."""

    def format(self, record: logging.LogRecord) -> str:
        extra = " ".join(f"{k}={v}" for k, v in vars(record).items() if k not in _STANDARD)
        stamp = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        return f"{stamp} {record.levelname.lower()} {record.getMessage()} {extra}".rstrip()


def setup_logging(*, json_lines: bool, level: int) -> logging.Handler:
    """Send the crawler's log (`warta.crawl`) to stderr; returns the handler added."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines() if json_lines else Plain())
    logger = logging.getLogger("warta.crawl")
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return handler

"""Large regexes compiled once per machine, not once per process.

Python's `re` parses a pattern and generates the matching engine's code in pure Python: a
few milliseconds for each of timex's large alternations of words, about a tenth of a cold
`warta analyze`. `compile_cached` keeps that code (what `re` hands to the engine, `_sre`,
as its last step) in a file under warta's cache folder and gives it straight to the engine
in later processes: the same call with the same arguments, so the same regex. The files are
keyed by the pattern, its flags, the Python build and the engine's version, and carry a
checksum; anything missing, damaged or refused by the engine (which checks the code) and
the pattern is compiled as usual.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache_files import read_checked, write_checked

# Files kept in the folder: timex makes about fifty; older ones (a changed word list) go.
_KEEP = 256


def _engine() -> Any:
    return importlib.import_module("_sre")


def _folder() -> Path | None:
    from .tokens import cache_dir

    base = cache_dir()
    if base is None:
        return None
    return base / f"re-{sys.implementation.cache_tag}-{_engine().MAGIC}"


def _file(folder: Path, pattern: str, flags: int) -> Path:
    key = f"{sys.version}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    return folder / (hashlib.sha256(key).hexdigest()[:32] + ".bin")


def _parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` for a str `pattern`."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints (the opcodes are an int subclass), as `marshal` stores them
    return (int(flags | parsed.state.flags), [int(c) for c in code],
            int(parsed.state.groups - 1), {k: int(v) for k, v in groupindex.items()},
            tuple(indexgroup))


def _read(path: Path) -> tuple[Any, ...] | None:
    body = read_checked(path)
    if body is None:
        return None
    try:
        parts = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    return parts if isinstance(parts, tuple) and len(parts) == 5 else None


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, its code read from the cache folder where a process
    compiled it before (and written there otherwise); kept in memory as `re` keeps its
    own, for a caller that asks again."""
    return _compiled(pattern, int(flags))


@lru_cache(maxsize=512)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    folder = _folder()
    if folder is None:
        return re.compile(pattern, flags)
    path = _file(folder, pattern, flags)
    parts = _read(path)
    if parts is not None:
        try:
            regex: re.Pattern[str] = _engine().compile(pattern, *parts)
            return regex
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # code this engine refuses: compiled anew below
    try:
        parts = _parts(pattern, flags)
        regex = _engine().compile(pattern, *parts)
    except (AttributeError, ImportError, TypeError):  # another Python's internals
        return re.compile(pattern, flags)
    write_checked(path, marshal.dumps(parts), _KEEP, "*.bin")
    return regex

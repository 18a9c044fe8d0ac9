"""Indonesian language pack: data files beside this module, loaded and cached on first use.

`load("quotes", QuotesData)` reads `quotes.toml` into its typed model (`warta.lang.schema`);
any problem in the file is a `ConfigError` naming the file, the key and what was expected.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import tomllib
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ...errors import ConfigError
from ..base import LangData

PACK_DIR = Path(__file__).resolve().parent
M = TypeVar("M", bound=LangData)


@cache
def load(name: str, model: type[M], path: Path | None = None) -> M:
    """`<name>.toml` of this pack (or the file at `path`) validated as `model` (cached).

    Raises `ConfigError` for a missing or unparsable file and for every key that is
    unknown, missing or of the wrong type, each named by its path in the file.

    A pack file once validated is kept, as the model it became, in warta's cache folder:
    later processes read that back (reading and checking the TOML again, with pydantic
    building its validator first, took a tenth of a second of a cold `warta analyze`). The
    file is keyed by the TOML's bytes and the models' source, so an edit to either
    validates again. It is a pickle, read from the user's own cache folder as the
    tokenizer's file is (`WARTA_CACHE=off` keeps nothing).
    """
    file = path if path is not None else PACK_DIR / f"{name}.toml"
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such language data file") from None
    kept = _kept_file(name, model, raw) if path is None else None
    if kept is not None and (found := _read_kept(kept, model)) is not None:
        return found
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{file}: not valid TOML: {e}") from None
    try:
        validated = model.model_validate(data)
    except ValidationError as e:
        problems = "\n".join(f"  {describe(err, model)}" for err in e.errors())
        raise ConfigError(f"{file}: {e.error_count()} problem(s) with {name} data "
                          f"(fix the file; each line names a key):\n{problems}") from None
    if kept is not None:
        _keep(kept, name, validated)
    return validated


def _keep(kept: Path, name: str, validated: LangData) -> None:
    from ...text.cache_files import write_checked

    try:
        body = pickle.dumps(validated, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # a model holding what pickle cannot write: validated in every process
    write_checked(kept, body, _KEEP, f"lang-{name}-*.pkl")


# Validated pack files kept per name: older ones (an edited file) beyond these go.
_KEEP = 2


@cache
def _models_digest() -> bytes:
    """The source of the models' modules (`warta.lang`) and the versions that read it."""
    import pydantic

    digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}".encode())
    for source in sorted(PACK_DIR.parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.digest()


def _kept_file(name: str, model: type[LangData], raw: bytes) -> Path | None:
    from ...text.tokens import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(_models_digest())
    digest.update(f"{model.__module__}.{model.__qualname__}\0".encode() + raw)
    return folder / f"lang-{name}-{digest.hexdigest()[:24]}.pkl"


def _read_kept(kept: Path, model: type[M]) -> M | None:
    from ...text.cache_files import read_checked

    body = read_checked(kept)
    if body is None:
        return None
    try:
        found = pickle.loads(body)
    except Exception:  # noqa: BLE001 - a file this build cannot read: validated anew
        return None
    return found if type(found) is model else None


@cache
def load_words(name: str) -> frozenset[str]:
    """A `<name>.txt` word list: one entry a line, `#` starts a comment."""
    text = (PACK_DIR / f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()
    )


class WordSet:
    """A word list of a pack file (`WordSet("roles", RolesData, "kin_nouns")`; a key inside
    a table is dotted, "speaker.age_words"), read as a set on its first test (`word in
    WORDS`): a module-level name tested by many lines keeps its lines while its words live
    in the data, loaded lazily as `load` is."""

    __slots__ = ("_key", "_model", "_name", "_words")

    def __init__(self, name: str, model: type[LangData], key: str) -> None:
        self._name, self._model, self._key = name, model, key
        self._words: frozenset[str] | None = None

    def _read(self) -> frozenset[str]:
        data: Any = load(self._name, self._model)
        for part in self._key.split("."):
            data = getattr(data, part)
        self._words = frozenset(data)
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in (self._words if self._words is not None else self._read())

    def __iter__(self) -> Iterator[str]:
        return iter(self._words if self._words is not None else self._read())

    def __len__(self) -> int:
        return len(self._words if self._words is not None else self._read())

    # Set algebra as on a frozenset (`WORDS | {"yang"}`), giving a frozenset.
    def __or__(self, other: AbstractSet[str]) -> frozenset[str]:
        return frozenset(self) | other

    __ror__ = __or__

    def __and__(self, other: AbstractSet[str]) -> frozenset[str]:
        return frozenset(self) & other

    __rand__ = __and__


def key_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic location as a TOML key path: `codes."iptc:sport".strong[2]`."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            key = part if part.replace("_", "").replace("-", "").isalnum() else f'"{part}"'
            out += f".{key}" if out else key
    return out or "(top level)"


def describe(err: ErrorDetails, model: type[BaseModel]) -> str:
    """One line for one validation error: key path, what is wrong, what is expected."""
    where = key_path(err["loc"])
    if err["type"] == "extra_forbidden":
        valid = _fields_at(model, err["loc"][:-1])
        hint = f"; valid keys here: {', '.join(valid)}" if valid else ""
        return f"{where}: unknown key{hint}"
    if err["type"] == "missing":
        return f"{where}: missing key"
    msg = err["msg"].removeprefix("Value error, ")
    if isinstance(err["input"], dict):  # a whole table: its text says nothing more
        return f"{where}: {msg}"
    got = repr(err["input"])
    got = got if len(got) <= 60 else got[:57] + "..."
    return f"{where}: {msg} (got {got})"


def _fields_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """Field names of the model reached by following `loc` from `model` ([] if none)."""
    node: Any = model
    for part in loc:
        node = _unannotated(node)
        if isinstance(node, type) and issubclass(node, BaseModel):
            field = node.model_fields.get(str(part))
            if field is None:
                return []
            node = field.annotation
        elif get_origin(node) in (dict, tuple) and get_args(node):
            # A key of a table or an index of an array: step to the value type.
            node = get_args(node)[-1 if get_origin(node) is dict else 0]
        else:
            return []
    node = _unannotated(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        return sorted(node.model_fields)
    return []


def _unannotated(tp: Any) -> Any:
    return get_args(tp)[0] if get_origin(tp) is Annotated else tp

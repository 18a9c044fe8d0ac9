"""Indonesian language pack: data files beside this module, loaded and cached on first use."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse `<name>.toml` from this pack (cached; treat the result as read-only)."""
    with resources.files(__package__).joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def load_words(name: str) -> frozenset[str]:
    """A `<name>.txt` word list: one entry a line, `#` starts a comment."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()
    )

"""The pack's one kinship list (roles.toml `kin_nouns`), read by every stage, and the regex
alternation the stages' kinship cues are built from (kin25: once four lists and two
builders)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..schema import RolesData
from . import load


@cache
def kin_nouns(*also: str) -> frozenset[str]:
    """roles.toml `kin_nouns`, lower case, with a stage's own `also` (its `kin_also`:
    kinship words of other senses, "anak", that only some stages can read as kin)."""
    return frozenset(load("roles", RolesData).kin_nouns) | frozenset(also)


def word_alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, escaped, longest first (so that "ayahanda" is
    tried before "ayah"); "(?!)", which matches nothing, for no words."""
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w))) \
        or "(?!)"

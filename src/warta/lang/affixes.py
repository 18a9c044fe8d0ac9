"""Model of affixes.toml, the affix stripper of search (`warta.text.stem`).

Apart from `warta.lang.schema` (which re-exports it) so that `warta search`, which reads only
this file, does not build every other language-data model at start-up.
"""

from __future__ import annotations

from pydantic import Field, StrictBool, StrictInt, StrictStr

from .base import LangData, Phrase, Words


class AffixPrefix(LangData):
    form: Phrase
    before: StrictStr = ""  # the letters the rest must start with; "" any
    family: StrictStr  # the name `AffixesData.disallowed` knows it by
    roots: tuple[StrictStr, ...] = Field(min_length=1)  # what replaces the prefix
    last: StrictBool = False  # no further prefix is stripped after this one


class AffixesData(LangData):
    """affixes.toml: the affix stripper of search (`warta.text.stem`)."""

    min_root: StrictInt = Field(ge=2)
    min_stem: StrictInt = Field(ge=2)
    particles: Words
    possessives: Words
    suffixes: Words
    needs_prefix: Words = ()
    disallowed: dict[StrictStr, Words] = {}
    max_prefixes: StrictInt = Field(ge=0)
    prefixes: tuple[AffixPrefix, ...]

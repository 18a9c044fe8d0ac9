"""The base of every language-data model (`warta.lang.schema`) and the value types they share.

Kept apart from the ~70 file models so that a command reading one file (search reads only
affixes.toml, `warta.lang.affixes`) builds only what that file needs.
"""

from __future__ import annotations

import re
from typing import Annotated, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    StringConstraints,
)

Words = tuple[StrictStr, ...]
# A phrase with at least one non-space character (an empty trigger form matches nothing).
Phrase = Annotated[StrictStr, StringConstraints(pattern=r"\S")]
Iso2 = Annotated[StrictStr, StringConstraints(pattern=r"^[A-Z]{2}$")]  # ISO 3166-1 alpha-2
Currency = Annotated[StrictStr, StringConstraints(pattern=r"^[A-Z]{3}$")]  # ISO 4217
# A confix written "prefix-suffix" ("pe-an"): the stages split it at the hyphen, so a value
# without one, or with a space or capital, would match no word.
Confix = Annotated[StrictStr, StringConstraints(pattern=r"^[a-z]+-[a-z]+$")]


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"not a valid regular expression ({e})") from None
    return pattern


Regex = Annotated[StrictStr, AfterValidator(_compiles)]
V = TypeVar("V")


class LangData(BaseModel):
    """Base of every model: frozen, unknown keys are an error, no type coercion."""

    # defer_build: each model builds its validator on first use, not at import, so a
    # command that reads one file (search: affixes) does not build all ~30 (60 ms).
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class WordTable(LangData, Generic[V]):
    """A table of word entries (key -> value of type V) beside the settings declared as
    fields; entries are `.words`, in file order."""

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, V] = Field(init=False)

    @property
    def words(self) -> dict[str, V]:
        return self.__pydantic_extra__


class WordList(LangData):
    """A table holding one word list."""

    words: Words



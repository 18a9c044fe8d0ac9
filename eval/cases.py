"""Hand-written test cases (TOML) as Articles, for the stage evaluations of events and numbers.

A case has `id`, `text`, optional `entities` (`text`, `id`, `kind`, optional `name`,
`country` and `also`: further surfaces of the same entity) and optional `times` (`text`,
`value`, `type`): what the upstream stages would have found, so that a stage is measured
alone.
"""

from __future__ import annotations

import re
from typing import Any

from warta.record import Article, Entity, Span, TimeExpr
from warta.stages.segment import split_sentences


def spans_of(text: str, surface: str) -> tuple[Span, ...]:
    """Every whole-word occurrence of `surface` in `text`."""
    pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return tuple(Span(start=m.start(), end=m.end()) for m in pat.finditer(text))


def case_article(case: dict[str, Any]) -> Article:
    """An Article with the case's sentences, hand-made entities and times."""
    text: str = case["text"]
    ents = []
    for e in case.get("entities", []):
        spans = spans_of(text, e["text"])
        for extra in e.get("also", []):
            spans += spans_of(text, extra)
        if not spans:
            raise ValueError(f"case {case['id']}: entity text {e['text']!r} not in the text")
        ents.append(Entity(id=e["id"], kind=e["kind"], name=e.get("name", e["text"]),
                           mentions=tuple(sorted(spans, key=lambda s: s.start)),
                           country=e.get("country")))
    times = [TimeExpr(span=sp, type=t.get("type", "DATE"), value=t["value"])
             for t in case.get("times", []) for sp in spans_of(text, t["text"])]
    return Article(id=case["id"], text=text, sentences=tuple(split_sentences(text)),
                   entities=tuple(ents), times=tuple(times))

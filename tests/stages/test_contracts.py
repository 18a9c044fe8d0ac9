"""Every default stage run on an article that carries only its declared inputs.

For each stage, the source article keeps only the base fields the stage (or a stage it
depends on) requires, and goes through only the earlier stages that provide those
requirements. The stage must then read exactly the fields it requires (and perhaps those
it provides, to refine them), give the same layers as in the full pipeline and change
nothing it does not provide.
"""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from warta.pipeline import BASE_LAYERS, Pipeline, Stage, changed_layers
from warta.record import Article
from warta.stages import default_stages

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "banjir-semarang.txt"
STAGES = [s.name for s in default_stages()]
NOTHING_TO_FIND = {("events", "example")}  # a flood report: no PLOVER event in it
# Title, date and author set so the stages that read them are tested on them; source is
# left for clean to read from the dateline.
SOURCES = {
    "example": ("BMKG: Hujan Lebat Masih Mengancam Semarang", datetime(2025, 11, 18)),
    "seed": ("Kim Jong Un: Siapkan Perang!", datetime(2024, 11, 20, 9, 30)),
}


@pytest.fixture
def source(request: pytest.FixtureRequest) -> Article:
    which: str = request.param
    text = EXAMPLE.read_text("utf-8") if which == "example" \
        else request.getfixturevalue("seed_text")
    title, published = SOURCES[which]
    return Article(id=which, text=text, url=f"https://warta.invalid/{which}", title=title,
                   published=published, author="Redaksi")


_FULL: dict[str, tuple[Article, ...]] = {}


def _full(art: Article) -> tuple[Article, ...]:
    """The article after each default stage, in order (once per source)."""
    if art.id in _FULL:
        return _FULL[art.id]
    out = []
    for stage in default_stages():
        art = stage(art)
        out.append(art)
    _FULL[art.id] = tuple(out)
    return _FULL[art.id]


def _providers(stages: list[Stage], index: int) -> tuple[list[Stage], set[str]]:
    """The stages before `index` that feed stage `index` (directly or through another),
    in order, and every layer that chain reads."""
    needed = set(stages[index].requires)
    chosen: list[Stage] = []
    for stage in reversed(stages[:index]):
        if stage.provides & needed:
            chosen.insert(0, stage)
            needed |= stage.requires
    return chosen, needed


_FIELDS = frozenset(f.name for f in fields(Article))
_READS: set[str] = set()


class _Spy(Article):
    """An Article that notes which of its fields are read, except by `dataclasses`
    (`replace` copies them all) and by the methods dataclasses generates (`__eq__`)."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS and sys._getframe(1).f_code.co_filename not in (
                dataclasses.__file__, "<string>"):
            _READS.add(name)
        return object.__getattribute__(self, name)


def _reads(stage: Stage, article: Article) -> tuple[Article, frozenset[str]]:
    """The stage's output on `article` and the fields it read."""
    _READS.clear()
    out = stage.process(_Spy(**{f: getattr(article, f) for f in _FIELDS}))
    return out, frozenset(_READS)


def _bare(source: Article, keep: set[str]) -> Article:
    """`source` with every base field not in `keep` back at its default."""
    dropped = {f: None for f in BASE_LAYERS - keep - {"id", "text"}}
    return Article(**{**{f: getattr(source, f) for f in ("id", "text", *BASE_LAYERS)},
                      **dropped})


@pytest.mark.parametrize("source", ["example", pytest.param("seed", marks=pytest.mark.shared)],
                         indirect=True)
@pytest.mark.parametrize("name", STAGES)
def test_stage_works_on_only_its_declared_inputs(name: str, source: Article) -> None:
    stages = default_stages()
    i = STAGES.index(name)
    stage = stages[i]
    chain, reads = _providers(stages, i)
    # Checked as a pipeline too: the chain must build from base layers alone.
    given = Pipeline(chain).run(_bare(source, reads))
    out, read = _reads(stage, given)

    assert stage.requires <= read, f"{name} never reads {sorted(stage.requires - read)}"
    assert read <= stage.requires | stage.provides, (
        f"{name} reads {sorted(read - stage.requires - stage.provides)} undeclared")
    assert changed_layers(given, out) <= stage.provides
    full = _full(source)[i]
    for layer in sorted(stage.provides):
        assert getattr(out, layer) == getattr(full, layer), (
            f"{name} gives another {layer} with only {sorted(stage.requires)}: "
            "it reads a layer it does not require")
    if (name, source.id) not in NOTHING_TO_FIND:
        assert any(getattr(out, layer) not in (None, (), "") for layer in stage.provides), (
            f"{name} found nothing in the {source.id} article")

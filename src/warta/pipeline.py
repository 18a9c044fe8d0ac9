"""Stage contract and the pipeline that runs stages in order.

A stage declares the layers of the `Article` it reads (`requires`) and writes
(`provides`), by field name. `Pipeline` checks the declarations when it is built (every
name is an `Article` field, every need is met by the source or an earlier stage), so
wiring mistakes fail at start-up, not halfway through a corpus; while it runs it checks
that each stage changed only what it provides.

This module imports no stage: the stages import it. The default stage list lives in
`warta.stages.default_stages`.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from itertools import compress
from operator import attrgetter, is_not
from typing import Any, ClassVar

from .errors import ConfigError, ContractError
from .record import Article, StageRun

# Fields the runner owns: every stage appends to provenance, none declares it.
RUNNER_FIELDS = frozenset({"provenance", "schema_version"})
# Every name a stage may require or provide: the Article's fields (so a new field is a
# valid layer as soon as the record has it).
LAYERS = frozenset(f.name for f in fields(Article)) - RUNNER_FIELDS
# Layers that exist once an Article is born from a source (text + metadata).
# `dateline` too: the clean stage finds it in the text, a source may give it as metadata;
# and `dateline_source`, the outlet the text names, which a stored record may carry.
BASE_LAYERS = frozenset({"id", "text", "source", "dateline", "dateline_source", "url",
                         "published", "title", "author"})
_FIELD_NAMES = tuple(f.name for f in fields(Article))


def _provenance_setter() -> Callable[[Article, tuple[StageRun, ...]], Article]:
    """`lambda a, p: dataclasses.replace(a, provenance=p)` at a sixth of its cost (it runs
    after every stage): a new Article with each slot copied by its descriptor. Written out
    field by field, as `dataclasses` writes `__init__`."""
    lines = ["def with_provenance(a, provenance):", "    new = _new(Article)"]
    lines += [f"    _set_{n}(new, {'provenance' if n == 'provenance' else 'a.' + n})"
              for n in _FIELD_NAMES]
    lines.append("    return new")
    scope: dict[str, Any] = {"_new": object.__new__, "Article": Article}
    scope.update({f"_set_{n}": getattr(Article, n).__set__ for n in _FIELD_NAMES})
    exec("\n".join(lines), scope)  # noqa: S102 - code made above from the field names
    fn: Callable[[Article, tuple[StageRun, ...]], Article] = scope["with_provenance"]
    return fn


def _layers_setter() -> Callable[..., Article]:
    """`dataclasses.replace` for an `Article`, written out as `_provenance_setter` is: a
    stage's `process` returns its input with its layers set, and `replace` (which reads
    the fields and calls the frozen `__init__`) cost 22 us, 2-3% of a whole analysis
    over the stages."""
    lines = ["def with_layers(a, /, **c):",
             "    if not _names.issuperset(c):",
             "        raise TypeError(f'Article has no field(s) {sorted(set(c) - _names)}')",
             "    new = _new(Article)"]
    lines += [f"    _set_{n}(new, c['{n}'] if '{n}' in c else a.{n})" for n in _FIELD_NAMES]
    lines.append("    return new")
    scope: dict[str, Any] = {"_new": object.__new__, "Article": Article,
                             "_names": frozenset(_FIELD_NAMES)}
    scope.update({f"_set_{n}": getattr(Article, n).__set__ for n in _FIELD_NAMES})
    exec("\n".join(lines), scope)  # noqa: S102 - code made above from the field names
    fn: Callable[..., Article] = scope["with_layers"]
    return fn


_with_provenance = _provenance_setter()
# `with_layers(article, numbers=...)`: `dataclasses.replace(article, numbers=...)`, faster.
with_layers = _layers_setter()


class Stage:
    """Base class: subclasses set the class attributes and implement `process`.

    `requires` names every `Article` field `process` reads, `provides` every field it
    writes; a stage may read a field it provides without requiring it (it refines what an
    earlier stage or the source put there, as clean does with `text`).
    """

    name: ClassVar[str]
    version: ClassVar[int]
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def process(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError(f"stage {type(self).__name__} must implement process()")

    def __call__(self, article: Article) -> Article:
        out = self.process(article)
        run = _RUNS.get((self.name, self.version))
        if run is None:  # one frozen entry per stage name and version, shared
            run = _RUNS[self.name, self.version] = StageRun(name=self.name,
                                                            version=self.version)
        return _with_provenance(out, (*out.provenance, run))


_RUNS: dict[tuple[str, int], StageRun] = {}


# Every field of an article as one tuple, read in C (`changed_layers`).
_ALL_FIELDS = attrgetter(*_FIELD_NAMES)


def changed_layers(before: Article, after: Article) -> frozenset[str]:
    """Names of the fields `after` holds a different object in (identity, so it is cheap:
    `dataclasses.replace` keeps every field it is not given). Compared in C: a getattr
    pair per field in a generator cost a few microseconds per stage."""
    return frozenset(compress(_FIELD_NAMES, map(is_not, _ALL_FIELDS(before),
                                                _ALL_FIELDS(after))))


def check_contracts(stages: Sequence[Stage]) -> None:
    """Raise `ConfigError` unless every declared layer is an `Article` field, stage names
    are unique and each stage's `requires` is met by the source or an earlier stage."""
    have = set(BASE_LAYERS)
    seen: set[str] = set()
    order = [s.name for s in stages]
    for stage in stages:
        if stage.name in seen:
            raise ConfigError(f"stage '{stage.name}' appears twice in {order}: "
                              "give each stage in a pipeline once")
        seen.add(stage.name)
        for kind, layers in (("requires", stage.requires), ("provides", stage.provides)):
            unknown = sorted(layers - LAYERS)
            if unknown:
                hints = {u: difflib.get_close_matches(u, LAYERS, n=1) for u in unknown}
                hint = "; ".join(f"'{u}': did you mean '{m[0]}'?" for u, m in hints.items()
                                 if m)
                raise ConfigError(
                    f"stage '{stage.name}' {kind} unknown layer(s) {unknown}"
                    f"{' (' + hint + ')' if hint else ''}; a layer is an Article field: "
                    f"{sorted(LAYERS)}")
        missing = stage.requires - have
        if missing:
            raise ConfigError(
                f"stage '{stage.name}' needs {sorted(missing)} but no earlier stage "
                f"provides it; order is {order}"
            )
        have |= stage.provides


@dataclass
class StageStats:
    calls: int = 0
    seconds: float = 0.0


@dataclass
class Pipeline:
    """Stages run in order. `check_writes` (on by default; it costs about 5 microseconds a
    stage) raises `ContractError` when a stage changes a field it does not provide."""

    stages: Sequence[Stage]
    stats: dict[str, StageStats] = field(default_factory=dict)
    check_writes: bool = True

    def __post_init__(self) -> None:
        check_contracts(self.stages)
        self.stats = {s.name: StageStats() for s in self.stages}

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, article: Article, *,
            check: Callable[[Article], None] | None = None) -> Article:
        """Run every stage; `check` is called before each and stops the run by raising
        (a server's cap on work, or a client that has gone)."""
        for stage in self.stages:
            if check is not None:
                check(article)
            t0 = time.perf_counter()
            out = stage(article)
            st = self.stats[stage.name]
            st.calls += 1
            st.seconds += time.perf_counter() - t0
            if self.check_writes:
                undeclared = changed_layers(article, out) - stage.provides - {"provenance"}
                if undeclared:
                    raise ContractError(
                        f"stage '{stage.name}' changed {sorted(undeclared)} but provides "
                        f"only {sorted(stage.provides)}: add them to its `provides` or "
                        "stop writing them")
            article = out
        return article

    def run_many(self, articles: Iterable[Article]) -> Iterable[Article]:
        for a in articles:
            yield self.run(a)

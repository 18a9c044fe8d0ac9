"""Stage contract and the pipeline that runs stages in order.

A stage declares what layers of the `Article` it needs (`requires`) and fills
(`provides`); `Pipeline` refuses to build when a need is not met by an earlier
stage, so wiring mistakes fail at start-up, not halfway through a corpus.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar

from .errors import ConfigError
from .record import Article, StageRun

# Layers that exist once an Article is born from a source (text + metadata).
BASE_LAYERS = frozenset({"text", "source", "url", "published", "title", "author"})


class Stage:
    """Base class: subclasses set the class attributes and implement `process`."""

    name: ClassVar[str]
    version: ClassVar[int]
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def process(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError(f"stage {type(self).__name__} must implement process()")

    def __call__(self, article: Article) -> Article:
        out = self.process(article)
        return replace(out, provenance=(*out.provenance, StageRun(name=self.name,
                                                                  version=self.version)))


@dataclass
class StageStats:
    calls: int = 0
    seconds: float = 0.0


@dataclass
class Pipeline:
    stages: Sequence[Stage]
    stats: dict[str, StageStats] = field(default_factory=dict)

    def __post_init__(self) -> None:
        have = set(BASE_LAYERS)
        for stage in self.stages:
            missing = stage.requires - have
            if missing:
                raise ConfigError(
                    f"stage '{stage.name}' needs {sorted(missing)} but no earlier stage "
                    f"provides it; order is {[s.name for s in self.stages]}"
                )
            have |= stage.provides
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
            article = stage(article)
            st = self.stats[stage.name]
            st.calls += 1
            st.seconds += time.perf_counter() - t0
        return article

    def run_many(self, articles: Iterable[Article]) -> Iterable[Article]:
        for a in articles:
            yield self.run(a)


def default_stages() -> list[Stage]:
    """The stages `warta analyze` runs, in order (models load lazily on first use)."""
    from .stages.clean import CleanStage
    from .stages.entities import EntityStage
    from .stages.events import EventStage
    from .stages.langid import LangIdStage
    from .stages.numbers import NumberStage
    from .stages.quotes import QuoteStage
    from .stages.segment import SegmentStage
    from .stages.summary import SummaryStage
    from .stages.themes import ThemeStage
    from .stages.timex import TimexStage
    from .stages.tone import ToneStage

    return [
        CleanStage(), LangIdStage(), SegmentStage(),
        EntityStage(), TimexStage(), NumberStage(), QuoteStage(), EventStage(),
        SummaryStage(), ThemeStage(), ToneStage(),
    ]

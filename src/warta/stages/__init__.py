"""Pipeline stages: one module each, a thin `Stage` over pure functions.

`default_stages()` is the list `warta analyze` runs. It lives here, not in
`warta.pipeline`, so the contract module imports no stage and the stages import it
without a cycle.
"""

from __future__ import annotations

from ..pipeline import Stage


def default_stages() -> list[Stage]:
    """The stages `warta analyze` runs, in order (models load lazily on first use)."""
    # Imported on call so `import warta` (every CLI start) does not load every stage's
    # libraries.
    from .clean import CleanStage
    from .coref import CorefStage
    from .entities import EntityStage
    from .events import EventStage
    from .langid import LangIdStage
    from .numbers import NumberStage
    from .quotes import QuoteStage
    from .segment import SegmentStage
    from .summary import SummaryStage
    from .themes import ThemeStage
    from .timex import TimexStage
    from .tone import ToneStage

    return [
        CleanStage(), LangIdStage(), SegmentStage(),
        # themes before events: the events stage refuses match play in sport text
        EntityStage(), CorefStage(), TimexStage(), NumberStage(), QuoteStage(), ThemeStage(),
        EventStage(), SummaryStage(), ToneStage(),
    ]

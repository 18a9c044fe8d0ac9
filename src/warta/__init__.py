"""warta: Indonesian news in, structured records out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import Reject, WartaError
from .pipeline import Pipeline, Stage
from .record import (
    Article,
    Count,
    Entity,
    EntityKind,
    Event,
    Quote,
    Span,
    StageRun,
    Theme,
    TimeExpr,
    Tone,
    entity_id,
)

if TYPE_CHECKING:
    from .analysis import analyze, analyze_file
    from .stages import default_stages

__version__ = "0.1.0"
__all__ = [
    "Article", "Count", "Entity", "EntityKind", "Event", "Pipeline", "Quote", "Reject", "Span",
    "Stage", "StageRun", "Theme", "TimeExpr", "Tone", "WartaError", "__version__", "analyze",
    "analyze_file", "default_stages", "entity_id",
]

# Loaded on first use: every `warta` command imports this package, and most (search,
# serve, schema...) never analyse, so they skip the analysis layer's imports.
_LAZY = {"analyze": "analysis", "analyze_file": "analysis", "default_stages": "stages"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'warta' has no attribute '{name}'")

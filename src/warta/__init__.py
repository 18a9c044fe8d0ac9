"""warta: Indonesian news in, structured records out."""
from .analysis import analyze, analyze_file
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
from .stages import default_stages

__version__ = "0.1.0"
__all__ = [
    "Article", "Count", "Entity", "EntityKind", "Event", "Pipeline", "Quote", "Reject", "Span",
    "Stage", "StageRun", "Theme", "TimeExpr", "Tone", "WartaError", "__version__", "analyze",
    "analyze_file", "default_stages", "entity_id",
]

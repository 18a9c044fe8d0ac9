"""warta: Indonesian news in, structured records out."""
from .analysis import analyze, analyze_file
from .errors import Reject, WartaError
from .pipeline import Pipeline, Stage, default_stages
from .record import Article, Count, Entity, Event, Quote, Span, StageRun, Theme, TimeExpr, Tone

__version__ = "0.1.0"
__all__ = [
    "Article", "Count", "Entity", "Event", "Pipeline", "Quote", "Reject", "Span", "Stage",
    "StageRun", "Theme", "TimeExpr", "Tone", "WartaError", "__version__", "analyze",
    "analyze_file", "default_stages",
]

"""HTTP API and web page over a store: `create_app(Settings(db=...))`."""

from __future__ import annotations

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]

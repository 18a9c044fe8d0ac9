"""FastAPI app: JSON API under /search, /articles, /entities, /quotes, /events, /analyze,
/ingest, the web page under / and /view/..., and the API docs at /docs and /redoc.

`create_app` only assembles: the routes live in `api/routes/` (one module per resource)
and reach the store and settings through the dependencies in `api/deps.py`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import ConfigError, InputError, Reject, WartaError
from ..store import SQLStore, StoreBusy
from ..store.errors import IndexDamaged
from .deps import Resources, Settings
from .limits import BodyLimit
from .routes import ROUTERS
from .routes.docs import ASSETS_URL, assets_dir

HERE = Path(__file__).resolve().parent

__all__ = ["Settings", "create_app"]


def _warta_error(request: Request, exc: WartaError) -> JSONResponse:
    status = 409 if isinstance(exc, StoreBusy) else 400 if isinstance(exc, ConfigError) \
        else 422 if isinstance(exc, (Reject, InputError)) \
        else 503 if isinstance(exc, IndexDamaged) else 500
    return JSONResponse({"detail": {"reason": exc.reason, "message": str(exc)}}, status)


def create_app(settings: Settings | None = None, store: SQLStore | None = None) -> FastAPI:
    """The app; pass `store` to serve an open store (tests), else it opens `settings.db`."""
    res = Resources(settings or Settings(), store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        res.close()

    # docs_url/redoc_url off: routes/docs.py serves both from local assets, not a CDN.
    app = FastAPI(title="warta", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Search Indonesian news records: who said what, who did what "
                  "to whom, where, when and how many.")
    app.state.warta = res
    app.add_middleware(BodyLimit, max_body=res.settings.max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-static")
    app.exception_handler(WartaError)(_warta_error)
    for router in ROUTERS:
        app.include_router(router)
    return app

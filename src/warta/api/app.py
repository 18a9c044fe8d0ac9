"""FastAPI app: JSON API under /search, /articles, /entities, /quotes, /events, /analyze,
/ingest, the web page under / and /view/..., and the API docs at /docs and /redoc.

`create_app` only assembles: the routes live in `api/routes/` (one module per resource)
and reach the store and settings through the dependencies in `api/deps.py`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import WartaError
from ..store import SQLStore
from . import openapi, problems
from .deps import Resources, Settings
from .limits import BodyLimit
from .routes import ROUTERS
from .routes.docs import ASSETS_URL, assets_dir

HERE = Path(__file__).resolve().parent

__all__ = ["Settings", "create_app"]


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
                  dependencies=[Depends(problems.no_unknown_parameters)],
                  description="Search Indonesian news records: who said what, who did what "
                  "to whom, where, when and how many.")
    app.state.warta = res
    app.add_middleware(BodyLimit, max_body=res.settings.max_body)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-static")
    # One error shape (RFC 9457) whatever raised it; the web page gets it as HTML.
    app.add_exception_handler(StarletteHTTPException, problems.http_error)
    app.add_exception_handler(RequestValidationError, problems.validation_error)
    app.add_exception_handler(WartaError, problems.warta_error)
    app.add_exception_handler(Exception, problems.server_error)
    for router in ROUTERS:
        app.include_router(router)

    def finished_openapi() -> dict[str, Any]:
        return openapi.build(app)

    app.openapi = finished_openapi  # type: ignore[method-assign]
    return app

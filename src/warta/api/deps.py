"""What the route modules depend on: the app's settings, its store, the write key.

`create_app` puts one `Resources` on `app.state`; routes reach it through the FastAPI
dependencies below, so no route closes over `create_app`'s locals.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader

from ..store import SQLStore, open_store


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    db: str | None = None  # store location, see `warta.store.open_store`
    api_key: str | None = None  # required by write endpoints; None disables them
    max_body: int = 2_000_000  # bytes
    # POST /analyze stores nothing but costs CPU and memory: it needs the key too, unless
    # the server is started open on purpose (`warta serve --open-analyze`).
    open_analyze: bool = False
    max_text: int = 100_000  # characters of article text (after HTML extraction) analysed
    max_analyses: int = 1  # POST /analyze requests at once; more get 503 (they hold the GIL)


class Resources:
    """The settings and the store one app serves; the store opens on first use."""

    def __init__(self, settings: Settings, store: SQLStore | None = None) -> None:
        self.settings = settings
        self._given = store
        self._opened: SQLStore | None = None
        self._opening = threading.Lock()
        self.write_lock = threading.Lock()  # one ingest at a time
        # POST /analyze holds the GIL for its whole run: a few at once starve every search.
        self.analyses = threading.BoundedSemaphore(settings.max_analyses)

    def store(self) -> SQLStore:
        if self._given is not None:
            return self._given
        with self._opening:
            if self._opened is None:
                self._opened = open_store(self.settings.db)
            return self._opened

    def close(self) -> None:
        """Close the store this app opened (a store passed in stays the caller's)."""
        with self._opening:
            if self._opened is not None:
                self._opened.close()
                self._opened = None


def get_resources(request: Request) -> Resources:
    res: Resources = request.app.state.warta
    return res


def get_settings(request: Request) -> Settings:
    return get_resources(request).settings


def get_store(request: Request) -> SQLStore:
    return get_resources(request).store()


StoreDep = Annotated[SQLStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="the server's WARTA_API_KEY")


def require_key(settings: SettingsDep,
                key: Annotated[str | None, Depends(api_key_header)]) -> None:
    _check_key(settings, key)


def require_analyze_key(settings: SettingsDep,
                        key: Annotated[str | None, Depends(api_key_header)]) -> None:
    if not settings.open_analyze:
        _check_key(settings, key)


def analysis_slot(res: Annotated[Resources, Depends(get_resources)]) -> Iterator[None]:
    """One of `Settings.max_analyses` places for a running analysis, else 503 at once."""
    if not res.analyses.acquire(blocking=False):
        raise HTTPException(503, f"this server already runs {res.settings.max_analyses} "
                            "analyses; retry in a few seconds", headers={"Retry-After": "2"})
    try:
        yield
    finally:
        res.analyses.release()


def _check_key(settings: Settings, key: str | None) -> None:
    if not settings.api_key:
        raise HTTPException(403, "write endpoints are disabled: start `warta serve` with "
                            "WARTA_API_KEY set, then send it as X-API-Key")
    if not key or not secrets.compare_digest(key.encode(), settings.api_key.encode()):
        raise HTTPException(401, "missing or wrong X-API-Key header")

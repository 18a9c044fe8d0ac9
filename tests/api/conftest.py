from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from warta.api import Settings, create_app
from warta.store import SQLStore, open_store
from warta.store.samples import prabowo_article, zelenskyy_article, zelenskyy_follow_up

API_KEY = "test-key-123"


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLStore]:
    db: Path = tmp_path_factory.mktemp("api") / "db"
    store = open_store(db)
    store.put_many([zelenskyy_article(), zelenskyy_follow_up(day=20),
                    prabowo_article()])
    store.release_writer()
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(filled_store: SQLStore) -> FastAPI:
    return create_app(Settings(api_key=API_KEY, max_body=200_000), store=filled_store)


@pytest.fixture(scope="module")
def api_key() -> str:
    return API_KEY

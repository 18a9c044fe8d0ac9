"""Golden facts on the cleaned text of real pages (tests/golden/pages.toml, issue 15)."""

import tomllib
from pathlib import Path

import pytest

from warta.pipeline import Pipeline
from warta.sources.extract import to_article
from warta.sources.raw import RawDoc
from warta.stages.clean import CleanStage
from warta.stages.langid import LangIdStage

GOLDEN = Path(__file__).resolve().parent / "golden" / "pages.toml"
PAGES = tomllib.loads(GOLDEN.read_text("utf-8"))["page"]


@pytest.mark.parametrize("page", PAGES, ids=[p["fixture"] for p in PAGES])
def test_page_golden(page: dict[str, object], shared_data: Path) -> None:
    pages = shared_data / "html" / "anpandu" / "test" / "fixtures" / "websites"
    path = pages / str(page["fixture"])
    doc = RawDoc(origin=str(path), data=path.read_bytes(), url=str(page["url"]))
    a = Pipeline([CleanStage(), LangIdStage()]).run(to_article(doc))
    assert a.source == page["source"]
    assert a.lang == "id"
    assert a.text.startswith(str(page["starts_with"])), a.text[:200]
    for s in page["must_contain"]:  # type: ignore[attr-defined]
        assert s in a.text, s
    for s in page["must_not_contain"]:  # type: ignore[attr-defined]
        assert s not in a.text, s

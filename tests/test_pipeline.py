from dataclasses import replace

import pytest

from warta.errors import ConfigError
from warta.pipeline import Pipeline, Stage, default_stages
from warta.record import Article


class Needs(Stage):
    name = "needs"
    version = 1
    requires = frozenset({"entities"})
    provides = frozenset({"quotes"})

    def process(self, article: Article) -> Article:
        return article


class Upper(Stage):
    name = "upper"
    version = 2
    requires = frozenset({"text"})
    provides = frozenset({"title"})

    def process(self, article: Article) -> Article:
        return replace(article, title=article.text.upper())


class Stop(Exception):
    pass


class Same(Stage):
    name = "same"
    version = 1

    def process(self, article: Article) -> Article:
        return article


def test_pipeline_check_runs_before_each_stage_and_can_stop_it() -> None:
    p = Pipeline([Upper(), Same()])
    seen: list[str | None] = []

    def check(article: Article) -> None:
        seen.append(article.title)
        if article.title:
            raise Stop()

    with pytest.raises(Stop):
        p.run(Article(id="x", text="abc"), check=check)
    assert seen == [None, "ABC"] and p.stats["upper"].calls == 1


def test_pipeline_refuses_unmet_requirements() -> None:
    with pytest.raises(ConfigError, match="needs.*entities"):
        Pipeline([Upper(), Needs()])


def test_pipeline_runs_in_order_records_provenance_and_stats() -> None:
    p = Pipeline([Upper()])
    out = p.run(Article(id="x", text="abc"))
    assert out.title == "ABC"
    assert [(r.name, r.version) for r in out.provenance] == [("upper", 2)]
    assert p.stats["upper"].calls == 1


def test_default_pipeline_builds() -> None:
    names = Pipeline(default_stages()).names
    assert names == ["clean", "langid", "segment", "entities", "timex", "numbers", "quotes",
                     "events", "summary", "themes", "tone"]

import ast
from dataclasses import fields, replace
from pathlib import Path

import pytest

import warta.pipeline as pipeline_module
from warta.errors import ConfigError, ContractError
from warta.pipeline import BASE_LAYERS, LAYERS, Pipeline, Stage, changed_layers
from warta.record import Article
from warta.stages import default_stages


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
    assert names == ["clean", "langid", "segment", "entities", "coref", "timex", "numbers",
                     "quotes", "themes", "events", "summary", "tone"]


class Typo(Stage):
    name = "typo"
    version = 1
    requires = frozenset({"text"})
    provides = frozenset({"time"})

    def process(self, article: Article) -> Article:
        return article


class Sneaky(Stage):
    """Declares `title` but also writes `lang`."""

    name = "sneaky"
    version = 1
    requires = frozenset({"text"})
    provides = frozenset({"title"})

    def process(self, article: Article) -> Article:
        return replace(article, title="T", lang="id")


def test_layers_are_the_article_fields() -> None:
    assert {f.name for f in fields(Article)} - {"provenance", "schema_version"} == LAYERS
    assert BASE_LAYERS <= LAYERS


def test_pipeline_refuses_unknown_layer_names_and_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError, match="stage 'typo' provides unknown layer") as err:
        Pipeline([Typo()])
    msg = str(err.value)
    assert "did you mean 'times'?" in msg and "'sentences'" in msg and "'entities'" in msg


def test_pipeline_refuses_a_stage_twice() -> None:
    with pytest.raises(ConfigError, match="'upper' appears twice"):
        Pipeline([Upper(), Upper()])


def test_pipeline_stops_a_stage_that_writes_what_it_does_not_provide() -> None:
    art = Article(id="x", text="abc")
    with pytest.raises(ContractError, match=r"'sneaky' changed \['lang'\]"):
        Pipeline([Sneaky()]).run(art)
    assert Pipeline([Sneaky()], check_writes=False).run(art).lang == "id"


def test_changed_layers_compares_identity() -> None:
    art = Article(id="x", text="abc")
    assert changed_layers(art, replace(art, title="T")) == {"title"}
    assert changed_layers(art, replace(art)) == set()


def test_changed_layers_names_each_field_by_identity() -> None:
    # Read in C over every field at once: each field holding another object is named,
    # alone; an equal but distinct value counts as changed (identity, not equality).
    from dataclasses import fields

    art = Article(id="x", text="abc", title="T")
    for f in fields(Article):
        after = replace(art)
        object.__setattr__(after, f.name, object())
        assert changed_layers(art, after) == {f.name}, f.name
    title = "".join(["T", ""])  # equal to art.title, another object
    assert title is not art.title
    assert changed_layers(art, replace(art, title=title)) == {"title"}


def test_contract_module_imports_no_stage() -> None:
    # The stages import warta.pipeline; it must not import them back (the default list
    # lives in warta.stages).
    src = Path(pipeline_module.__file__ or "").read_text("utf-8")
    names = [n.module or "" for n in ast.walk(ast.parse(src)) if isinstance(n, ast.ImportFrom)]
    names += [a.name for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Import)
              for a in n.names]
    assert names and not [n for n in names if "stages" in n]


def test_a_stage_appends_its_provenance_and_keeps_every_other_field() -> None:
    from warta.record import StageRun, Tokens

    art = Article(id="x", text="teks", url="u", tokens=Tokens(starts=(0,), ends=(4,)),
                  provenance=(StageRun(name="clean", version=3),))
    out = Upper()(art)
    assert out.provenance == (*art.provenance, StageRun(name="upper", version=2))
    for f in fields(Article):
        if f.name not in {"title", "provenance"}:
            assert getattr(out, f.name) is getattr(art, f.name), f.name
    assert out == replace(art, title="TEKS", provenance=out.provenance)
    assert Upper()(art).provenance[-1] is out.provenance[-1]  # one entry per stage version


def test_with_layers_is_dataclasses_replace() -> None:
    from warta.pipeline import with_layers
    from warta.record import Span, StageRun, Tokens

    art = Article(id="x", text="teks", url="u", tokens=Tokens(starts=(0,), ends=(4,)),
                  provenance=(StageRun(name="clean", version=3),))
    changes = {"title": "T", "sentences": (Span(start=0, end=4),), "lang": "id"}
    out = with_layers(art, **changes)
    assert out == replace(art, **changes)
    for f in fields(Article):
        want = changes[f.name] if f.name in changes else getattr(art, f.name)
        assert getattr(out, f.name) is want, f.name
    assert with_layers(art) == art and with_layers(art) is not art
    with pytest.raises(TypeError, match="nope"):
        with_layers(art, nope=1)

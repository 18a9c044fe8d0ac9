"""`warta stories` and `warta trends` on a small store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main
from warta.store import open_store
from warta.store.samples import prabowo_article, zelenskyy_article, zelenskyy_follow_up


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "db")
    s = open_store(path)
    s.put_many([zelenskyy_article(), zelenskyy_follow_up(day=20), prabowo_article()])
    s.close()
    return path


def test_stories_json_table_one_and_rebuild(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", "--db", db, "--min-articles", "1", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"] >= 1 and sum(s["articles"] for s in out["stories"]) == 3
    sid = out["stories"][0]["id"]
    assert main(["stories", sid, "--db", db]) == 0
    assert sid in capsys.readouterr().out
    assert main(["stories", "--db", db, "--min-articles", "1"]) == 0
    assert "stor" in capsys.readouterr().out
    before = out["stories"]
    assert main(["stories", "--rebuild", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 3
    assert main(["stories", "--db", db, "--min-articles", "1", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"] == before
    assert main(["stories", "st-nope", "--db", db]) == 2


def test_trends_formats(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trends", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sum(r["articles"] for r in rows) == 3
    assert main(["trends", "Zelenskyy", "--db", db, "--by", "month", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "period,articles,mentions,tone" and len(lines) >= 2
    assert main(["trends", "--entity", "Volodymyr Zelenskyy", "--db", db]) == 0
    assert "period" in capsys.readouterr().out


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in ("stories", "trends"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        assert "examples:" in capsys.readouterr().out


def test_hint_for_a_store_filled_before_stories(db: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    s = open_store(db)
    s._x("DELETE FROM story_articles")
    s._x("DELETE FROM stories")
    s.close()
    assert main(["stories", "--db", db]) == 0
    assert "--rebuild" in capsys.readouterr().err
    assert main(["stories", "--rebuild", "--db", db]) == 0
    capsys.readouterr()
    assert main(["stories", "--db", db]) == 0
    assert capsys.readouterr().err == ""

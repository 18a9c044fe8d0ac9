"""Every command's --help: an example, and help text for every option (issue 16)."""

from __future__ import annotations

import argparse

import pytest

from warta.cli import COMMANDS, build_parser


def _sub(name: str) -> argparse.ArgumentParser:
    parser = build_parser(name)
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub: argparse.ArgumentParser = action.choices[name]
    return sub


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help_and_the_command_an_example(name: str) -> None:
    sub = _sub(name)
    text = sub.format_help()
    assert "examples:" in text and f"warta {name}" in text.split("examples:", 1)[1], name
    assert "%%" not in text and "%(" not in text, name
    missing = [a.option_strings or [a.dest] for a in sub._actions
               if not isinstance(a, argparse._HelpAction)
               and (not a.help or a.help == argparse.SUPPRESS)]
    assert missing == [], f"warta {name}: options without help: {missing}"


def test_search_table_fits_the_width_and_colours_only_a_terminal(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from warta.commands.search import render_table, use_color
    from warta.store import FacetCount, Hit, SearchQuery, SearchResult

    hit = Hit(id="x" * 16, title="Banjir " * 30, source="kompas.com",
              url="https://k.id/" + "a" * 90, published="2024-11-18T10:00:00", score=1.0,
              snippet="Jakarta kebanjiran " * 20, highlights=((8, 18),))
    result = SearchResult(total=1, hits=[hit], top_entities=[
        FacetCount(key=f"per:{i}", label=f"Orang {i}", count=i) for i in range(30)])
    plain = render_table(result, SearchQuery(text="banjir"), width=60, color=False)
    assert "\x1b[" not in plain and "*kebanjira" in plain
    assert plain.splitlines()[2].startswith("     id xxxx")
    assert max(len(line) for line in plain.splitlines()) <= 62  # two stars for one match
    coloured = render_table(result, SearchQuery(text="banjir"), width=60, color=True)
    assert "\x1b[1;33mkebanjiran\x1b[0m" in coloured

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())


def test_ingest_summary_says_what_updated_means() -> None:
    from warta.store.ingest import plain_summary

    line = plain_summary(100, 25, 3, 2)
    assert line.startswith("stored 100 new articles; updated 25 in place (an article with "
                           "the same URL")
    assert "overwrote" in line and "skipped 3 already stored" in line
    assert plain_summary(1, 0, 0, 0) == "stored 1 new article; rejected 0"


def test_quotes_command_finds_who_said_what_about_x(
        tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from dataclasses import replace
    from pathlib import Path

    from warta.cli import main
    from warta.record import Quote, Span
    from warta.store import open_store
    from warta.store.samples import prabowo_article, zelenskyy_article

    a = zelenskyy_article()
    start = a.text.index("Korea Utara telah")
    said = Quote(content=Span(start=start, end=a.text.index(" pekan lalu")), kind="indirect",
                 speaker="per:volodymyr-zelenskyy")
    db = Path(str(tmp_path)) / "db"
    store = open_store(db)
    store.put_many([replace(a, quotes=(*a.quotes, said)), prabowo_article()])
    store.close()
    assert main(["quotes", "--about", "Korea Utara", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["speaker_name"], r["kind"]) for r in rows] == [("Volodymyr Zelenskyy", "indirect")]
    assert rows[0]["text"].startswith("Korea Utara telah mengirim")
    assert main(["quotes", "--speaker", "Prabowo Subianto", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 quote(s)") and "Kita mampu menjaga inflasi" in out

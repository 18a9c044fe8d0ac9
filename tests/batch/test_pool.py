"""The process pool behind `--workers`: input order, errors, and the same records as one
process for `warta analyze` and `warta ingest`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from warta.batch.pool import check_workers, map_ordered
from warta.cli import main
from warta.errors import ConfigError
from warta.sources.corpus import text_of


def _square(x: int) -> int:
    if x == 13:
        raise RuntimeError("unlucky")
    return x * x


def test_map_ordered_keeps_input_order_and_streams() -> None:
    got = list(map_ordered(_square, range(12), workers=2, chunksize=2, initializer=None))
    assert got == [x * x for x in range(12)]


def test_map_ordered_raises_a_workers_bug() -> None:
    with pytest.raises(RuntimeError, match="unlucky"):
        list(map_ordered(_square, range(20), workers=2, chunksize=3, initializer=None))


def test_workers_must_be_positive() -> None:
    assert check_workers("3") == 3
    with pytest.raises(ConfigError, match="positive"):
        check_workers("0")
    with pytest.raises(ConfigError, match="positive"):
        check_workers("many")


def _records(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db / "warta.sqlite3") as con:
        return list(con.execute("SELECT id, record FROM articles ORDER BY rev"))


def test_two_workers_store_what_one_does(shared_data: Path, tmp_path: Path, seed_text: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mix.jsonl"
    rows = [json.loads(line) for line in
            (shared_data / "news/indosum/dev.01.jsonl").open(encoding="utf-8")][:7]
    lines = [json.dumps(r) for r in rows]
    lines.insert(3, "{not json")
    lines.append(json.dumps({"paragraphs": [[["The", "quick", "brown", "fox", "jumps",
                                              "over", "the", "lazy", "dog", "."]] * 8],
                             "source_url": "https://example.com/en", "id": "1490000000-en"}))
    lines.append(lines[1])  # the same article twice: stored once either way
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summaries = []
    for w in ("1", "2"):
        assert main(["ingest", str(corpus), "--db", str(tmp_path / f"db{w}"), "--create", "--quiet",
                     "--summary-json", "--workers", w, "--batch", "3"]) == 0
        summaries.append(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))
    for s in summaries:
        s.pop("analyse_s"), s.pop("store_s")
    assert summaries[0] == summaries[1]
    assert summaries[0]["stored"] == 7 and summaries[0]["duplicates"] == 1
    assert summaries[0]["rejected"] == {"bad_record": 1, "not_indonesian": 1}
    assert _records(tmp_path / "db1") == _records(tmp_path / "db2")

    # analyze keeps input order with workers too
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "0.txt").write_text(seed_text, encoding="utf-8")
    for i in (1, 2):
        (folder / f"{i}.txt").write_text(text_of(rows[i]["paragraphs"]), encoding="utf-8")
    (folder / "3.txt").write_text("The quick brown fox. " * 30, encoding="utf-8")
    outs = []
    for w in ("1", "2"):
        main(["analyze", str(folder), "--workers", w, "--quiet"])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]
    assert [json.loads(x).get("rejected", {}).get("reason") for x in outs[0].splitlines()] \
        == [None, None, None, "not_indonesian"]

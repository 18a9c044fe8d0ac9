from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.cli import main


def _summary(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out = capsys.readouterr().out.strip().splitlines()
    return dict(json.loads(out[-1]))


def test_ingest_detik_twice_is_idempotent(shared_data: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = shared_data / "news/detik-1k/data_berita.csv"
    db = str(tmp_path / "db")
    args = ["ingest", str(csv_path), "--limit", "4", "--db", db, "--create", "--summary-json",
            "--quiet"]
    assert main(args) == 0
    first = _summary(capsys)
    assert first["stored"] == 4 and first["duplicates"] == 0
    assert main(args) == 0
    second = _summary(capsys)
    assert second["stored"] == 0 and second["duplicates"] == 4

    assert main(["search", "--db", db, "--source", "Detik", "--format", "json",
                 "--limit", "2"]) == 0
    result = json.loads(capsys.readouterr().out)
    # Detik records 4 and 5 are rewrites of one report (eval/dedup/pairs.tsv): one hit.
    assert result["total"] == 3 and len(result["hits"]) == 2
    assert result["hits"][0]["url"].startswith("https://")


def test_ingest_folder_counts_rejects(tmp_path: Path, seed_text: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "english.txt").write_text(
        "The quick brown fox jumps over the lazy dog. " * 20, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    db = str(tmp_path / "db")
    assert main(["ingest", str(folder), "--db", db, "--create", "--summary-json", "--quiet",
                 "--rejects", str(rejects)]) == 0
    summary = _summary(capsys)
    assert summary["stored"] == 1
    assert summary["rejected"] == {"not_indonesian": 1, "empty_input": 1}
    lines = rejects.read_text(encoding="utf-8").splitlines()
    assert {json.loads(x)["rejected"]["reason"] for x in lines} == {"not_indonesian",
                                                                    "empty_input"}
    assert main(["search", "kim jong un", "--db", db]) == 0
    assert "1 article(s)" in capsys.readouterr().out


def test_search_rejects_bad_ranges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "db")
    assert main(["search", "x", "--db", db, "--since", "2024-12-01", "--until",
                 "2024-01-01"]) == 2
    assert "after --until" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["search", "x", "--db", db, "--since", "kemarin"])


def test_reindex_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from warta.store import open_store
    from warta.store.samples import zelenskyy_article

    db = tmp_path / "db"
    s = open_store(db)
    s.put(zelenskyy_article())
    s.close()
    assert main(["reindex", "--db", str(db)]) == 0
    assert "reindexed 1 articles" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["search", "x"], ["export", "-o", "-"], ["dedup"],
                                     ["reindex"], ["serve"]])
def test_reading_commands_refuse_a_db_that_holds_no_store(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "stroe"
    assert main([*command, "--db", str(typo)]) == 2
    err = capsys.readouterr().err
    assert f"no warta store at {typo}" in err and "warta ingest" in err
    assert not typo.exists()  # nothing was created behind the user's back


def test_ingest_creates_the_store_that_search_then_reads(
        tmp_path: Path, seed_text: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(seed_text, "utf-8")
    db = str(tmp_path / "new-store")
    assert main(["ingest", str(src), "--db", db, "--quiet"]) == 2  # not told to create
    assert "--create" in capsys.readouterr().err and not Path(db).exists()
    assert main(["ingest", str(src), "--db", db, "--create", "--quiet"]) == 0
    assert main(["search", "kim", "--db", db, "--format", "json"]) == 0
    assert '"total": 1' in capsys.readouterr().out

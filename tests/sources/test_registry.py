"""Inputs -> RawDoc | Rejected: what each command line argument becomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.errors import MissingInput
from warta.sources.raw import RawDoc, Rejected
from warta.sources.registry import Input, ReadOptions, count_records, expand, read


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Dua.", "id": "d2"}) + "\n"
                                      + json.dumps({"text": "Tiga."}) + "\n", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_expand_for_analyze_and_for_ingest(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    a, b = str(folder / "a.txt"), str(folder / "b.jsonl")
    assert expand([str(folder)], corpora=False, urls=True) == [Input("file", a)]
    assert expand([str(folder)], corpora=True, urls=False) == [Input("file", a),
                                                               Input("jsonl", b)]
    assert expand(["-", "https://x.id/a", b, "nope.txt"], corpora=False, urls=True) == [
        Input("stdin", "-"), Input("url", "https://x.id/a"), Input("file", b),
        Input("file", "nope.txt")]  # analyze reports the missing file as that input's reject
    with pytest.raises(MissingInput, match="no such file or folder"):
        expand(["nope.txt"], corpora=True, urls=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(MissingInput, match=r"holds no \.txt or \.html files"):
        expand([str(empty)], corpora=False, urls=True)
    with pytest.raises(MissingInput, match=r"\.jsonl, \.csv, \.parquet"):
        expand([str(empty)], corpora=True, urls=False)


def test_read_yields_docs_and_rejects_in_order(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    inputs = [*expand([str(folder)], corpora=True, urls=False),
              Input("file", str(folder / "nope.txt"))]
    got = list(read(inputs, ReadOptions()))
    assert [type(g).__name__ for g in got] == ["RawDoc", "RawDoc", "RawDoc", "Rejected"]
    first, second = got[0], got[1]
    assert isinstance(first, RawDoc) and first.data == b"Satu."
    assert isinstance(second, RawDoc) and second.text == "Dua." and second.external_id == "d2"
    assert second.origin == f"{folder / 'b.jsonl'}:1"
    rej = got[3]
    assert isinstance(rej, Rejected) and rej.reason == "missing_file" and rej.exit_code == 3
    assert rej.to_dict() == {"input": str(folder / "nope.txt"), "rejected": {
        "reason": "missing_file", "message": f"no such file: {folder / 'nope.txt'}"}}
    assert count_records(inputs) == 4


def test_unreadable_corpus_in_a_folder_is_one_reject(tmp_path: Path) -> None:
    (tmp_path / "loop.jsonl").symlink_to(tmp_path / "loop.jsonl")
    (tmp_path / "ok.jsonl").write_text('{"text": "Satu."}\n', encoding="utf-8")
    inputs = expand([str(tmp_path)], corpora=True, urls=False)
    got = list(read(inputs))
    assert isinstance(got[0], Rejected) and got[0].origin == str(tmp_path / "loop.jsonl")
    assert got[0].reason == "unreadable" and "symbolic links" in got[0].message
    assert isinstance(got[1], RawDoc)
    assert count_records(inputs) == 2

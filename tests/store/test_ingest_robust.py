"""Issue 18.4: a bad record is a reject with its reason, and the others are stored."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from warta.cli import main
from warta.record import Article
from warta.sources.raw import RawDoc
from warta.store import PutStatus, open_store
from warta.store.ingest import ingest
from warta.store.samples import zelenskyy_article


def _bad_inputs(folder: Path, seed_text: str) -> None:
    folder.mkdir()
    lines = [
        json.dumps({"text": seed_text, "id": "seed"}).encode(),
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # RecursionError
        json.dumps({"text": seed_text + " Satu.", "published": 1e20}).encode(),  # Overflow
        b'{"text": "caf\xe9\xff"}',  # UnicodeDecodeError
    ]
    (folder / "corpus.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")  # unreadable, even as root
    filler = "Pemerintah mengatakan harga beras turun pekan ini di Jakarta. " * 140
    (folder / "nul.txt").write_text(seed_text + "\n" + filler + "\x00 Selesai.", "utf-8")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_bad_records_are_rejected_and_the_rest_stored(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path, seed_text: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = (str(request.getfixturevalue("pg_db")) if backend == "postgres"
          else str(tmp_path / "db"))
    _bad_inputs(tmp_path / "in", seed_text)
    rejects = tmp_path / "rejects.jsonl"
    args = ["ingest", str(tmp_path / "in"), "--db", db, "--create", "--summary-json", "--quiet",
            "--rejects", str(rejects)]
    assert main(args) == 0
    summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert summary["stored"] == 2  # the seed line, and the file with a NUL past 8 KB
    assert summary["rejected"] == {"bad_record": 3, "unreadable": 1}
    origins = [json.loads(x)["input"] for x in rejects.read_text("utf-8").splitlines()]
    corpus = tmp_path / "in" / "corpus.jsonl"
    assert origins == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4",
                       str(tmp_path / "in" / "loop.txt")]
    assert main(args) == 0  # a re-run gets past the same records
    again = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert again["duplicates"] == 2 and again["stored"] == 0


def test_an_unexpected_error_keeps_what_was_analysed(tmp_path: Path) -> None:
    def analyse(doc: RawDoc) -> Article:
        if doc.origin == "3":
            raise RuntimeError("a bug in a stage")
        return zelenskyy_article(day=1 + int(doc.origin), extra=f" Nomor {doc.origin}.")

    store = open_store(tmp_path / "db")
    docs = (RawDoc(origin=str(i), text="") for i in range(10))
    with pytest.raises(RuntimeError, match="a bug"):
        ingest(docs, store, batch=25, analyse=analyse)
    assert store.count() == 3
    store.close()


def test_an_article_the_store_refuses_is_a_reject(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A value the database cannot hold (psycopg.DataError in the issue) once lost the
    whole batch; now that article is rejected and the rest of its batch stored."""
    store = open_store(tmp_path / "db")
    put_many = store.put_many

    def refusing(articles: Iterable[Article],
                 external_ids: Sequence[str | None] | None = None) -> list[PutStatus]:
        batch = list(articles)
        if any("RUSAK" in a.text for a in batch):
            raise ValueError("out of range for the column")
        return put_many(batch, external_ids)

    monkeypatch.setattr(store, "put_many", refusing)

    def analyse(doc: RawDoc) -> Article:
        return zelenskyy_article(day=1 + int(doc.origin[-1]), extra=doc.text or "")

    docs = [RawDoc(origin=f"d{i}", text=f" Nomor {i}{' RUSAK' if i == 2 else ''}.")
            for i in range(5)]
    summary = ingest(docs, store, batch=3, analyse=analyse)
    assert (summary.stored, dict(summary.rejected)) == (4, {"store_refused": 1})
    assert "d2: the store refused it (ValueError" in summary.examples["store_refused"]
    assert store.count() == 4

    # Nothing stored yet and everything refused: the store's failure, not the data's.
    fresh = open_store(tmp_path / "db2")
    monkeypatch.setattr(fresh, "put_many", lambda articles, external_ids=None: (
        _ for _ in ()).throw(ValueError("disk gone")))
    with pytest.raises(ValueError, match="disk gone"):
        ingest(docs[:2], fresh, batch=3, analyse=analyse)
    store.close()
    fresh.close()

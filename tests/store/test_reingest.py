"""Re-ingesting an unchanged corpus changes nothing (issue 18): a corpus that carries two
texts under one URL (six IndoSum URLs do) must not flip between them on every run."""

from __future__ import annotations

from pathlib import Path

from warta.store import open_store
from warta.store.samples import zelenskyy_article

URL = "https://contoh.id/berita/1"


def test_two_texts_under_one_url_settle(tmp_path: Path) -> None:
    a = zelenskyy_article(url=URL, extra=" Versi pertama.")
    b = zelenskyy_article(url=URL, extra=" Versi kedua, sedikit berbeda.")
    assert a.id == b.id and a.text != b.text
    s = open_store(tmp_path / "db")
    assert s.put_many([a, b]) == ["stored", "updated"]
    for _ in range(2):
        assert s.put_many([a, b]) == ["duplicate", "duplicate"]
    kept = s.get(a.id)
    assert kept is not None and kept.text == b.text
    # A text the URL never had is a real revision and replaces the stored one.
    c = zelenskyy_article(url=URL, extra=" Versi ketiga.")
    assert s.put_many([c]) == ["updated"]
    s.close()

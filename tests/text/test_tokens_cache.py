"""The built tokenizer is kept in the user's cache folder: read back, it is the one built
from spaCy's data, and a missing, damaged or unwritable cache only means building it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.text import tokens

TEXTS = ["Presiden Joko Widodo tiba di Jl. Sudirman, Jakarta.\nIa bertemu Kim Jong-un (AS).",
         "anak -anak dan anak- anak, xanak-anak (anak-anak) Anak-Anak ANAK-ANAK.",
         "Gelar Dr.\nmed dan Dr. med :) e-KTP 10-15 km ke-3 https://kompas.com/a-b?x=1 "
         "surel redaksi@kompas.id, pukul 10.30 WIB, Rp1,5 triliun (15%)."]


@pytest.fixture
def fresh() -> Iterator[None]:
    """Each test builds its own tokenizer; later tests get a fresh one too."""
    tokens._nlp.cache_clear()
    tokens._spans.cache_clear()
    yield
    tokens._nlp.cache_clear()
    tokens._spans.cache_clear()


def _state(tokenizer: object) -> tuple[object, ...]:
    """What decides the tokens: patterns with their flags, the rules loaded, heuristics."""
    t: object = tokenizer
    regexes = [getattr(t, name) for name in ("prefix_search", "suffix_search",
                                             "infix_finditer", "token_match", "url_match")]
    return (*((r.__self__.pattern, r.__self__.flags) if r else None for r in regexes),
            dict(t.rules), t.faster_heuristics)  # type: ignore[attr-defined]


def test_tokenizer_read_back_from_the_cache_is_the_one_built(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    path = tokens._cache_file()
    assert path is not None and path.parent == tmp_path and not path.exists()
    built, built_ex = tokens._nlp()  # built from spaCy's data, then written
    assert path.exists()
    state = _state(built)  # before texts add their hyphenated exceptions
    want = [tokens.tokenize(t) for t in TEXTS]
    tokens._nlp.cache_clear()
    tokens._spans.cache_clear()
    read, read_ex = tokens._nlp()  # read back
    assert read is not built and _state(read) == state and "anak-anak" in built.rules
    assert dict(read_ex.rules) == dict(built_ex.rules) and len(read_ex.rules) > 15_000
    assert read_ex.spaced == built_ex.spaced and read_ex.spaced
    assert [tokens.tokenize(t) for t in TEXTS] == want


def test_damaged_stale_or_unwritable_cache_means_building(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    path = tokens._cache_file()
    assert path is not None
    # Other builds' files (another install sharing the folder): the newest stay beside it.
    others = [tmp_path / f"tokenizer-id-0.0.1-{i:016d}.bin" for i in range(5)]
    for age, other in enumerate(others):
        other.write_bytes(b"old")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))
    path.write_bytes(b"\0" * 40)  # cut short: the checksum does not match
    want = [tokens.tokenize(t) for t in TEXTS]
    assert tokens._unpack(path.read_bytes()) is not None
    kept = [o.exists() for o in others]
    assert kept == [True] * (tokens._CACHE_KEEP - 1) + [False] * (6 - tokens._CACHE_KEEP)
    # A cache folder that cannot be made (a file stands in its way), or none at all.
    for where in (str(tmp_path / "file" / "warta"), "off"):
        (tmp_path / "file").write_text("not a folder")
        monkeypatch.setenv("WARTA_CACHE", where)
        tokens._nlp.cache_clear()
        tokens._spans.cache_clear()
        assert [tokens.tokenize(t) for t in TEXTS] == want
    assert tokens._cache_file() is None


def test_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARTA_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert tokens.cache_dir() == Path("/x/cache/warta")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert tokens.cache_dir() == Path.home() / ".cache" / "warta"
    monkeypatch.setenv("WARTA_CACHE", "/y")
    assert tokens.cache_dir() == Path("/y")

import re
from pathlib import Path

import pytest

from warta.text import regex_cache
from warta.text.regex_cache import compile_cached

# A made-up pattern with named groups, a conditional and a word alternation.
PATTERN = (r"(?<!\w)(?:(?P<p0>(?P<p0_d>\d{1,2}) (?P<p0_m>januari|februari|maret)"
           r"(?(p0_d) (?P<p0_y>\d{4}))?)|(?P<p1>pekan (?:lalu|depan)))(?!\w)")
TEXT = "Rapat 3 Maret 2031 dan pekan depan, bukan 99 Maretan atau pekanan."


@pytest.fixture(autouse=True)
def _fresh_process() -> None:
    regex_cache._compiled.cache_clear()  # as a new process: nothing compiled in memory


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    # Pattern equality compares the pattern, the flags and the engine's code
    assert a == b and a.groupindex == b.groupindex and a.groups == b.groups
    assert [(m.span(), m.lastgroup, m.groupdict()) for m in a.finditer(TEXT)] == \
        [(m.span(), m.lastgroup, m.groupdict()) for m in b.finditer(TEXT)]


def test_a_cached_regex_is_the_regex_re_compiles(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    plain = re.compile(PATTERN, re.IGNORECASE)
    first = compile_cached(PATTERN, re.IGNORECASE)  # compiled, its code written
    files = list(tmp_path.glob("re-*/*.bin"))
    assert len(files) == 1
    regex_cache._compiled.cache_clear()
    second = compile_cached(PATTERN, re.IGNORECASE)  # read back from the file
    _same(first, plain)
    _same(second, plain)
    assert [m.group("p0_y") for m in second.finditer(TEXT)] == ["2031", None]


def test_flags_are_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    compile_cached(PATTERN, re.IGNORECASE)
    exact = compile_cached(PATTERN)
    _same(exact, re.compile(PATTERN))
    assert len(list(tmp_path.glob("re-*/*.bin"))) == 2
    assert not exact.search("3 MARET 2031")


def test_a_damaged_file_is_compiled_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    compile_cached(PATTERN)
    (path,) = tmp_path.glob("re-*/*.bin")
    data = path.read_bytes()
    path.write_bytes(data[:32] + bytes([data[32] ^ 1]) + data[33:])  # checksum differs
    regex_cache._compiled.cache_clear()
    _same(compile_cached(PATTERN), re.compile(PATTERN))
    path.write_bytes(b"short")
    regex_cache._compiled.cache_clear()
    _same(compile_cached(PATTERN), re.compile(PATTERN))
    assert path.read_bytes() == data  # written anew


def test_no_cache_folder_compiles_as_usual(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", "off")
    _same(compile_cached(PATTERN), re.compile(PATTERN))
    regex_cache._compiled.cache_clear()
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path / "file"))
    (tmp_path / "file").write_text("not a folder")  # cannot be written: still compiled
    _same(compile_cached(PATTERN), re.compile(PATTERN))


def test_old_files_beyond_the_limit_are_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_KEEP", 2)  # the newest two stay
    for word in ("satu", "dua", "tiga"):
        compile_cached(word)
    assert len(list(tmp_path.glob("re-*/*.bin"))) == 2


def test_a_pattern_asked_again_is_not_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_CACHE", str(tmp_path))
    first = compile_cached("(?:kali|sungai) " + "x" * 7)
    for path in tmp_path.glob("re-*/*.bin"):
        path.unlink()
    assert compile_cached("(?:kali|sungai) " + "x" * 7) is first
    assert not list(tmp_path.glob("re-*/*.bin"))

"""File, folder and stdin readers: bytes in a RawDoc, or a clear error, never a hang."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from warta.errors import InputTooLarge, MissingInput, UnreadableInput
from warta.sources.fetch import MAX_BYTES as URL_MAX_BYTES
from warta.sources.files import folder_files, read_file
from warta.sources.raw import MAX_BYTES, RawDoc, read_capped


def test_read_file_gives_bytes(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Harga beras naik.")
    doc = read_file(f)
    assert doc == RawDoc(origin=str(f), data=b"Harga beras naik.")


def test_read_file_errors(tmp_path: Path) -> None:
    with pytest.raises(MissingInput, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(MissingInput, match="is a folder"):
        read_file(tmp_path)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)  # unreadable even as root, unlike chmod 000
    with pytest.raises(UnreadableInput, match="cannot read") as e:
        read_file(loop)
    assert e.value.exit_code == 13 and e.value.reason == "unreadable"


def test_size_cap_reads_no_more_than_it_needs(tmp_path: Path) -> None:
    assert MAX_BYTES == URL_MAX_BYTES  # files and stdin are capped like URLs
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge) as e:
        read_file(f, max_bytes=100)
    assert e.value.exit_code == 12
    assert read_file(f, max_bytes=101).data == b"x" * 101
    endless = io.BufferedReader(io.FileIO(os.open("/dev/zero", os.O_RDONLY)))
    with endless, pytest.raises(InputTooLarge, match="MB cap"):
        read_capped(endless, "/dev/zero")


def test_folder_files_keeps_broken_links_and_skips_fifos(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "c.csv").write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block: never listed
    got = folder_files(tmp_path, frozenset({".txt", ".html"}))
    assert [p.relative_to(tmp_path).as_posix() for p in got] == ["b.txt", "gone.txt",
                                                                 "sub/a.html"]


def test_rawdoc_holds_text_or_data() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        RawDoc(origin="x")
    with pytest.raises(ValueError, match="exactly one"):
        RawDoc(origin="x", text="a", data=b"a")

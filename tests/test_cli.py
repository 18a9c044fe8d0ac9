import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta import __version__
from warta.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "banjir-semarang.txt"


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "analyze" in out and "exit codes" in out


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_analyze_one_file_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE), "--pretty", "--published", "2025-11-18"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["source"] == "Kompas.com" and rec["published"].startswith("2025-11-18")


def test_folder_gives_jsonl_and_rejects(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").write_text("This English text is not what warta reads at all.", "utf-8")
    (tmp_path / "c.txt").write_text("", "utf-8")
    assert main(["analyze", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert len(lines) == 3
    assert lines[0]["lang"] == "id"
    assert lines[1]["rejected"]["reason"] == "not_indonesian"
    assert lines[2]["rejected"]["reason"] == "empty_input"
    assert "2 of 3 inputs rejected" in captured.err


@pytest.mark.parametrize(
    "content,code,needle",
    [
        (None, 3, "no such file"),
        (b"", 4, "empty"),
        (b"\x00\x01\x02binary" * 50, 5, "binary"),
        (b"teks \x81\x8d\x8f\x90 rusak", 6, "neither UTF-8"),
        (b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>", 7, "no article"),
        (b"The weather in London is grey and wet again this week.", 8, "not Indonesian"),
    ],
)
def test_distinct_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             content: bytes | None, code: int, needle: str) -> None:
    f = tmp_path / "in.txt"
    if content is not None:
        f.write_bytes(content)
    assert main(["analyze", str(f)]) == code
    captured = capsys.readouterr()
    assert needle in captured.err
    assert "Traceback" not in captured.err


def test_cp1252_is_reported_in_provenance(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "lama.txt"
    f.write_bytes(EXAMPLE.read_text("utf-8").encode("cp1252", errors="replace"))
    assert main(["analyze", str(f)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["provenance"][0] == {"name": "read", "version": 1, "note": "decoded as cp1252"}


def test_bad_published_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(EXAMPLE), "--published", "kemarin"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_private_url_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "http://127.0.0.1:9/berita"]) == 9
    assert "--allow-private" in capsys.readouterr().err


def test_stdin_via_real_process() -> None:
    proc = subprocess.run([sys.executable, "-m", "warta.cli", "analyze", "-", "--format", "jsonl"],
                          input=EXAMPLE.read_bytes(), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["lang"] == "id"


def test_url_with_allow_private(capsys: pytest.CaptureFixture[str]) -> None:
    import http.server
    import threading

    page = EXAMPLE.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/berita/1"
        assert main(["analyze", url, "--allow-private"]) == 0
    finally:
        srv.shutdown()
    rec = json.loads(capsys.readouterr().out)
    assert rec["url"] == url and rec["source"] == "Kompas.com"


def test_unreadable_file_is_a_reject_and_the_batch_goes_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11: an unreadable input once stopped the whole batch. A symlink loop cannot be
    read even by root (tests run as root, so chmod 000 would not do)."""
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "b.txt")
    assert main(["analyze", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert lines[0]["lang"] == "id"
    assert lines[1] == {"input": str(tmp_path / "b.txt"), "rejected": {
        "reason": "unreadable", "message": lines[1]["rejected"]["message"]}}
    assert "1 of 2 inputs rejected" in captured.err and "Traceback" not in captured.err
    assert main(["analyze", str(tmp_path / "b.txt")]) == 13
    assert "cannot read" in capsys.readouterr().err


def test_size_cap_on_files_devices_and_stdin(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 9: a 50 MB file once ran for minutes; /dev/zero gave a MemoryError."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"Harga beras naik. " * 300_000)  # 5.4 MB
    assert main(["analyze", str(big)]) == 12
    assert "over the 5 MB cap" in capsys.readouterr().err
    assert main(["analyze", "/dev/zero"]) == 12
    captured = capsys.readouterr()
    assert "over the 5 MB cap" in captured.err and "Traceback" not in captured.err
    with big.open("rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "warta.cli", "analyze", "-"], stdin=fh,
                              capture_output=True, timeout=120)
    assert proc.returncode == 12 and b"standard input is over" in proc.stderr


def test_help_lists_new_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "12 input over the size cap" in out and "13 unreadable input" in out


def test_search_starts_without_the_analysis_libraries(tmp_path: Path) -> None:
    # Start-up cost (issue 13): a command builds only its own parser, and searching loads
    # no tokenizer, HTML extractor, near-duplicate sketches or Parquet writer.
    from warta.store import open_store

    open_store(tmp_path / "db").close()  # an empty store: search refuses a missing one
    probe = ("import sys\nfrom warta.cli import main\n"
             f"code = main(['search', 'x', '--db', {str(tmp_path / 'db')!r}])\n"
             "heavy = ('spacy', 'trafilatura', 'httpx', 'datasketch', 'pyarrow',"
             " 'warta.analysis')\n"
             "print(code, sorted(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    assert out == "0 []"


def test_help_builds_every_parser_without_the_heavy_libraries() -> None:
    # `warta --help` builds every command's parser (issue 13): registering a command
    # imports what its options need, not what it runs with.
    probe = ("import contextlib, io, sys\nfrom warta.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    try:\n        main(['--help'])\n"
             "    except SystemExit as e:\n        code = e.code\n"
             "heavy = ('spacy', 'trafilatura', 'httpx', 'numpy', 'pyarrow', 'multiprocessing',"
             " 'warta.analysis', 'warta.batch.pool', 'warta.sources.registry')\n"
             "print(code, sorted(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1]
    assert out == "0 []"


def test_an_unknown_command_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serch", "x"])
    err = capsys.readouterr().err
    assert "invalid choice: 'serch'" in err and "'search'" in err and "'analyze'" in err

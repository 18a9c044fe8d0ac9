"""`warta` command line. Each subcommand lives in `warta.commands.<name>` and exposes
`register(subparsers)`; add a module name to `COMMANDS` to plug one in.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import sys
from collections.abc import Sequence

from . import __version__
from .errors import WartaError

COMMANDS = ["analyze", "schema", "train", "ingest", "batch", "search", "quotes", "serve",
            "reindex", "export", "dedup", "crawl", "watch", "stories", "trends", "entities"]

DESCRIPTION = """\
warta reads Indonesian news and turns each article into a structured record:
clean text, source, related headlines, sentences, entities (people, organisations,
places with country codes), quotes with speakers, numbers, time expressions,
PLOVER-coded events, themes, tone and an extractive summary.

examples:
  warta analyze artikel.txt --pretty          one article, readable JSON
  warta analyze halaman.html --published 2024-11-18
  warta analyze folder/ > records.jsonl       every .txt/.html file, one JSON a line
  cat artikel.txt | warta analyze -           from standard input
  warta ingest folder/ && warta search "korea utara" --speaker Zelenskyy
  warta quotes --about "Korea Utara"          who said what about North Korea
  warta serve                                 API and web page on 127.0.0.1:8765
  warta watch kompas detik --every 10m        follow news sites into the store
"""

OUTPUT_ERROR = 14
OS_HINTS = {errno.ENOSPC: "free some disk space and run it again",
            errno.ENOENT: "create the folder first or choose another path",
            errno.EACCES: "choose a path you may write to",
            errno.EROFS: "choose a path on a writable disk"}
EXIT_CODES = """\
exit codes: 0 ok, 1 some inputs rejected (batch), 2 usage or settings error,
  3 missing file, 4 empty input, 5 binary input, 6 undecodable bytes,
  7 no article in the HTML, 8 not Indonesian, 9 URL fetch failed or refused,
  10 store error, 11 store busy, 12 input over the size cap (5 MB a file or stdin),
  13 unreadable input (permissions, symlink loop, I/O error), 14 output cannot be
  written (missing folder, no permission, disk full)
"""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of `only` that one (each command module imports
    what its `register` needs, Parquet's pyarrow for `export`: a command's start-up
    should not pay for the others)."""
    parser = argparse.ArgumentParser(
        prog="warta", description=DESCRIPTION, epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else [only]:
        importlib.import_module(f"warta.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    # A known command first (global options are only --help and --version): build just
    # its parser. Anything else (none, a typo, --help) gets the parser of every command.
    parser = build_parser(given[0] if given and given[0] in COMMANDS else None)
    args = parser.parse_args(given)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # a full disk shows here, not as a warning at exit
        return code
    except WartaError as e:
        print(f"warta: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("warta: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `warta analyze ... | head`
        return 0
    except OSError as e:  # `-o /no/such/dir/x.json`, a full disk, a read-only folder
        where = f" {e.filename}:" if e.filename else ""
        hint = OS_HINTS.get(e.errno or 0, "check the path and the disk")
        print(f"warta: error:{where} {e.strerror or e}; {hint}", file=sys.stderr)
        return OUTPUT_ERROR

if __name__ == "__main__":
    sys.exit(main())

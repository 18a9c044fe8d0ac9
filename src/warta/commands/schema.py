"""`warta schema`: print the JSON Schema of the record."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..record import json_schema


def register(sub: Any) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of warta's Article record",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Print the JSON Schema (draft 2020-12) of the Article "
                       "record that `warta analyze` writes.",
                       epilog="examples:\n"
                       "  warta schema > article.schema.json\n"
                       "  warta schema | python -m json.tool | less")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
